"""Score ``extract_actors`` on the development set: people P/R/F1, role and country accuracy.

Run from the repository root::

    PYTHONPATH=src python benchmarks/actors_devset/score.py [-v]

Each page's non-empty lines are passed as parts, chrome included, so the extractor's own
defences against captions, bylines and page furniture are measured too; with ``--pages``
each page goes whole through ``parse_text`` (layout first, then the extractor). A predicted person
matches a gold one when one name ends with the other (by transliteration key, so
"Lukashenko" matches "Alexander Lukashenka"). Role accuracy counts the matched gold people
that have a role: right when one predicted title equals the gold title after light
normalisation (case, defence/defense, spokeswoman/spokesman). Country accuracy counts the
matched gold people that have a country; "countries where none" counts the matched gold
people without one (the text does not say) that were given a country all the same.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

from bulletinkit import Actor, ActorKind, parse_text
from bulletinkit.parse.actors import extract_actors
from bulletinkit.parse.actors._names import name_key

HERE = Path(__file__).resolve().parent
_ROLE_SYNONYMS = {
    "defence": "defense",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "press secretary": "spokesman",
    "chief executive": "ceo",
    "chairwoman": "chairman",
}


def load(path: Path) -> list[dict[str, object]]:
    """Read one development-set file into items with text and gold people."""
    items: list[dict[str, object]] = []
    item: dict[str, object] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not item:
            continue
        if line.startswith("=== "):
            item = {"id": line[4:].strip(), "text": [], "people": []}
            items.append(item)
            section = ""
        elif line.startswith("style:"):
            item["style"] = line.split(":", 1)[1].strip()
        elif line.startswith("--- "):
            section = line[4:].strip()
        elif section == "text" and line.strip():
            item["text"].append(line)  # type: ignore[attr-defined]
        elif section == "people" and line.strip():
            name, role, country = (c.strip() for c in line.split("|"))
            item["people"].append(  # type: ignore[attr-defined]
                (name, None if role == "-" else role, None if country == "-" else country)
            )
    return items


def norm_role(title: str) -> str:
    """A role title in the form the scorer compares."""
    text = title.lower().replace("-", " ")
    for old, new in _ROLE_SYNONYMS.items():
        text = text.replace(old, new)
    return " ".join(text.split())


def _matches(gold: str, predicted: tuple[str, ...]) -> bool:
    g = name_key(gold.split())
    for form in predicted:
        p = name_key(form.split())
        short, long = (p, g) if len(p) <= len(g) else (g, p)
        if long[len(long) - len(short) :] == short:
            return True
    return False


def main() -> int:
    """Score every development-set file and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--set",
        choices=["dev", "heldout", "all"],
        default="dev",
        help="dev: parts A-C (tuned on); heldout: part D (not tuned on); all: both",
    )
    parser.add_argument(
        "--pages",
        action="store_true",
        help="read each page whole with parse_text (layout first) instead of line by line",
    )
    parser.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="NAME",
        help="score only this file of the set (e.g. devset_k.txt); may be repeated",
    )
    parser.add_argument(
        "--no-figures",
        action="store_true",
        help="score without the bundled public-figures list (countries from the text only)",
    )
    args = parser.parse_args()
    tp = fp = fn = 0
    role_ok = role_all = country_ok = country_all = 0
    extra_country = no_country = 0
    patterns = {"dev": ["devset_*.txt"], "heldout": ["heldout_*.txt"]}
    chosen = patterns.get(args.set, [*patterns["dev"], *patterns["heldout"]])
    files = [f for pattern in chosen for f in sorted(HERE.glob(pattern))]
    if args.file:
        files = [HERE / name for name in args.file]
    items = [i for f in files for i in load(f)]
    if args.no_figures:
        import importlib

        from bulletinkit.parse import actors as actors_module

        # Score without the bundled public-figures list: swap the extractor's source of it
        # (read where people get their countries; older layouts read it in the package).
        for name in ("bulletinkit.parse.actors", "bulletinkit.parse.actors._countries"):
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            setattr(module, "public_figures", lambda: actors_module.KnownPeople(()))  # noqa: B010
    started = time.perf_counter()
    for item in items:
        actors: tuple[Actor, ...]
        if args.pages:
            actors = parse_text(
                "\n".join(item["text"]),  # type: ignore[arg-type]
                date=datetime.date(2000, 1, 1),
                title="untitled"
                if not any(
                    line.startswith("Date:")
                    for line in item["text"]  # type: ignore[attr-defined]
                )
                else None,
            ).actors
        else:
            actors = extract_actors(item["text"])  # type: ignore[arg-type]
        people = [a for a in actors if a.kind is ActorKind.PERSON]
        unmatched = list(people)
        for name, role, country in item["people"]:  # type: ignore[attr-defined]
            hit = next((a for a in unmatched if _matches(name, (a.name, *a.aliases[:1]))), None)
            if hit is None:
                fn += 1
                if args.verbose:
                    print(f"{item['id']}: missed {name}")
                continue
            unmatched.remove(hit)
            tp += 1
            if role is not None:
                role_all += 1
                titles = [norm_role(r.title) for r in hit.roles]
                if any(norm_role(alt) in titles for alt in role.split(" / ")):
                    role_ok += 1
                elif args.verbose:
                    print(f"{item['id']}: role of {name}: want {role!r}, got {titles}")
            if country is None:
                no_country += 1
                if hit.country is not None:
                    extra_country += 1
                    if args.verbose:
                        print(f"{item['id']}: country of {name}: want none, got {hit.country}")
            else:
                country_all += 1
                if hit.country == country:
                    country_ok += 1
                elif args.verbose:
                    print(f"{item['id']}: country of {name}: want {country}, got {hit.country}")
        fp += len(unmatched)
        if args.verbose:
            for extra in unmatched:
                print(f"{item['id']}: spurious {extra.name}")
    elapsed = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"passages: {len(items)}  gold people: {tp + fn}  predicted: {tp + fp}")
    print(f"people    P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    print(f"roles     accuracy {role_ok / max(role_all, 1):.3f} ({role_ok}/{role_all})")
    print(f"countries accuracy {country_ok / max(country_all, 1):.3f} ({country_ok}/{country_all})")
    print(f"countries where none {extra_country}/{no_country} given one (lower is better)")
    print(f"time      {elapsed * 1000 / max(len(items), 1):.2f} ms per passage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
