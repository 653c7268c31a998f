"""Score the header reader on the invented news pages of issue 13.

usage: python scripts/score_headers.py [-v] [GROUP ...]

Reads the expectations of ``tests/parse/layout/test_news_pages.py`` (``NEWS``) and
prints, for all pages, the tuning pages, the held-out pages and the pages written
after tuning (``LATE``), and the second round's tuning and held-out pages
(``ROUND2``, ``ROUND2_HELD_OUT``), how often the date
(on pages that state one), the title (on pages that have one), the dateline, the
authors, the lead start and the number of paragraphs after the lead are right.
``-v`` lists each miss; GROUP names limit the groups printed (``all``, ``tuning``,
``round 2, tuning``, ...).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.parse.layout.test_news_pages import (  # noqa: E402
    HELD_OUT,
    LATE,
    NEWS,
    PAGES,
    ROUND2,
    ROUND2_HELD_OUT,
)

from bulletinkit import ParseError, parse_text  # noqa: E402

FIELDS = ("date", "title", "dateline", "authors", "lead", "paragraphs")


def _score(names: list[str], verbose: bool) -> dict[str, tuple[int, int]]:
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    for name in names:
        date, title, dateline, authors, lead, count = NEWS[name]
        try:
            bulletin = parse_text((PAGES / name).read_text(encoding="utf-8"))
        except ParseError as error:  # a refused page misses every field
            if verbose:
                print(f"  {name}: refused: {error}")
            for field in FIELDS:
                total[field] += (
                    field not in ("date", "title") or NEWS[name][FIELDS.index(field)] is not None
                )
            continue
        found = bulletin.dateline
        got = {
            "date": bulletin.date,
            "title": bulletin.title,
            "dateline": None if found is None else (found.place, found.agency),
            "authors": bulletin.authors,
            "lead": (bulletin.lead or "")[: len(lead)],
            "paragraphs": len(bulletin.paragraphs),
        }
        wanted: dict[str, object] = {"date": date, "title": title, "dateline": dateline}
        wanted.update(authors=authors, lead=lead, paragraphs=count)
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
    tuning = sorted(set(NEWS) - HELD_OUT - LATE - ROUND2 - ROUND2_HELD_OUT)
    groups: tuple[tuple[str, list[str]], ...] = (
        ("all", sorted(NEWS)),
        ("tuning", tuning),
        ("held-out", sorted(HELD_OUT)),
        ("late (written after tuning)", sorted(LATE)),
        ("round 2, tuning", sorted(ROUND2)),
        ("round 2, held out", sorted(ROUND2_HELD_OUT)),
    )
    only = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if only:
        groups = tuple(group for group in groups if group[0] in only)
    for label, names in groups:
        print(f"{label} ({len(names)} pages)")
        for field, (right, total) in _score(names, verbose and label != "all").items():
            rate = 100 * right / total if total else 0.0
            print(f"  {field:9} {right:3}/{total:<3} {rate:5.1f}%")


if __name__ == "__main__":
    main()
