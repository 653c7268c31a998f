"""Score the header reader on the invented news pages of issue 13.

usage: python scripts/score_headers.py [-v]

Reads the expectations of ``tests/parse/layout/test_news_pages.py`` (``NEWS``) and
prints, for all pages, the tuning pages, the held-out pages and the pages written
after tuning (``LATE``), how often the date
(on pages that state one), the title (on pages that have one), the dateline, the
authors and the lead start are right. ``-v`` lists each miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.parse.layout.test_news_pages import HELD_OUT, LATE, NEWS, PAGES  # noqa: E402

from bulletinkit import parse_text  # noqa: E402

FIELDS = ("date", "title", "dateline", "authors", "lead")


def _score(names: list[str], verbose: bool) -> dict[str, tuple[int, int]]:
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    for name in names:
        date, title, dateline, authors, lead, _count = NEWS[name]
        bulletin = parse_text((PAGES / name).read_text(encoding="utf-8"))
        found = bulletin.dateline
        got = {
            "date": bulletin.date,
            "title": bulletin.title,
            "dateline": None if found is None else (found.place, found.agency),
            "authors": bulletin.authors,
            "lead": (bulletin.lead or "")[: len(lead)],
        }
        wanted = {"date": date, "title": title, "dateline": dateline, "authors": authors}
        wanted["lead"] = lead
        for field in FIELDS:
            # The rates count dates and titles only on pages that state them.
            if field in ("date", "title") and wanted[field] is None:
                if got[field] is not None and verbose:
                    print(f"  {name}: {field} {got[field]!r}, page states none")
                continue
            total[field] += 1
            if got[field] == wanted[field]:
                right[field] += 1
            elif verbose:
                print(f"  {name}: {field} {got[field]!r} != {wanted[field]!r}")
    return {field: (right[field], total[field]) for field in FIELDS}


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    tuning = sorted(set(NEWS) - HELD_OUT - LATE)
    groups = (
        ("all", sorted(NEWS)),
        ("tuning", tuning),
        ("held-out", sorted(HELD_OUT)),
        ("late (written after tuning)", sorted(LATE)),
    )
    for label, names in groups:
        print(f"{label} ({len(names)} pages)")
        for field, (right, total) in _score(names, verbose and label != "all").items():
            rate = 100 * right / total if total else 0.0
            print(f"  {field:9} {right:3}/{total:<3} {rate:5.1f}%")


if __name__ == "__main__":
    main()
