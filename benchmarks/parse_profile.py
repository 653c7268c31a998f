"""Where ``parse_text`` spends its time, stage by stage (a profiling aid, not a test).

Run from the repository root::

    PYTHONPATH=src:. /work/venv/bin/python benchmarks/parse_profile.py [--rounds 7] [--profile]

It times, per bulletin, the stages :func:`bulletinkit.parse_text` runs (layout, actors,
meetings, license) and the whole call, on the seed bulletin(s) from ``../shared/seeds/``
and on the repository's own pages (``examples/`` and ``tests/parse/bulletins/``), and
prints microseconds per bulletin (median of ``--rounds`` rounds), seed bulletins per
second, and how the time grows on pages of 1x, 10x and 100x the seed's size: the seed's
head and footer around bodies cut from the paragraphs of the development pages under
``benchmarks/actors_devset/`` (cycled), the same text for every size (100 pages of 1x, 10
of 10x, one of 100x), so the sizes differ in page length only. ``--profile`` adds a
cProfile listing of the hottest functions over the whole corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import pendulum

from bulletinkit import parse_text
from bulletinkit.errors import ParseError
from bulletinkit.parse.actors import extract_actors
from bulletinkit.parse.layout import read_layout
from bulletinkit.parse.license import read_license
from bulletinkit.parse.meetings import extract_meetings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SCALES = (1, 10, 100)


def seed_texts() -> list[str]:
    """The seed bulletins (empty when ``../shared/seeds/`` is absent)."""
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def repo_texts() -> list[str]:
    """The repository's example page and test bulletins that parse without arguments."""
    paths = [ROOT / "examples" / "russia-monitor-example.txt"]
    paths += sorted((ROOT / "tests" / "parse" / "bulletins").glob("*.txt"))
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        try:
            parse_text(text)
        except ParseError:
            continue
        texts.append(text)
    return texts


def devset_paragraphs() -> list[str]:
    """Body paragraphs of the actor development pages, in file order."""
    found: list[str] = []
    for path in sorted((ROOT / "benchmarks" / "actors_devset").glob("*.txt")):
        for item in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
            if "--- text\n" not in item:
                continue
            page = item.split("--- text\n", 1)[1].split("\n--- people", 1)[0]
            try:
                found.extend(read_layout(page).paragraphs)
            except ParseError:
                continue
    return found


def scaled_pages(seed: str, scale: int, pool: Sequence[str], total: int = 100) -> list[str]:
    """``total // scale`` pages with ``seed``'s head and footer around bodies of about
    ``scale`` times the seed's body, cut in turn from ``pool`` cycled.

    Every scale reads the same ``total`` seed bodies' worth of paragraphs in the same
    order, so the times of the scales differ by page size only, not by content.
    """
    page = read_layout(seed)
    first, last = page.paragraphs[0], page.paragraphs[-1]
    head = seed[: seed.index(first)]
    tail = seed[seed.rindex(last) + len(last) :]
    size = sum(len(p) + 2 for p in page.paragraphs)
    stream = itertools.cycle(pool)
    pages = []
    for _ in range(total // scale):
        body: list[str] = []
        while sum(len(p) + 2 for p in body) < size * scale:
            body.append(next(stream))
        pages.append(head + "\n\n".join(body) + tail)
    return pages


def _median_us(work: Callable[[], object], count: int, rounds: int) -> float:
    """Median over ``rounds`` of the µs per item of ``work`` (``count`` items a call).

    Each round repeats ``work`` for at least 50 ms, so short calls are timed in bulk;
    the clock is the process's CPU time, which other work on a shared machine disturbs less.
    """
    start = time.process_time()
    work()
    once = max(time.process_time() - start, 1e-7)
    repeat = max(1, int(0.05 / once))
    samples = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            work()
        samples.append((time.process_time() - start) / (repeat * count) * 1e6)
    return statistics.median(samples)


def stage_times(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Median microseconds per bulletin of each stage over ``texts``."""
    pages = [read_layout(text) for text in texts]
    dates = [page.date or pendulum.Date(2021, 1, 1) for page in pages]
    actors = [extract_actors(page.paragraphs) for page in pages]
    licenses = [page.license_text for page in pages if page.license_text is not None]
    count = len(texts)
    return {
        "layout": _median_us(lambda: [read_layout(t) for t in texts], count, rounds),
        "actors": _median_us(lambda: [extract_actors(p.paragraphs) for p in pages], count, rounds),
        "meetings": _median_us(
            lambda: [
                extract_meetings(p.paragraphs, a, date=d)
                for p, a, d in zip(pages, actors, dates, strict=True)
            ],
            count,
            rounds,
        ),
        "license": _median_us(lambda: [read_license(t) for t in licenses], count, rounds),
        "whole": _median_us(lambda: [parse_text(t) for t in texts], count, rounds),
    }


def _row(name: str, times: dict[str, float]) -> str:
    cells = "".join(f"{times[stage]:>10.0f}" for stage in STAGES)
    return f"{name:<22}{cells}{1e6 / times['whole']:>12.0f}"


STAGES = ("layout", "actors", "meetings", "license", "whole")


def main(argv: Sequence[str] | None = None) -> None:
    """Print the stage table, the growth ratios and (with ``--profile``) a profile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds per median (7)")
    parser.add_argument("--profile", action="store_true", help="add a cProfile listing")
    parser.add_argument("--no-growth", action="store_true", help="skip the 1x/10x/100x pages")
    args = parser.parse_args(argv)
    seeds, repo = seed_texts(), repo_texts()
    corpora = {"seed": seeds, "repo pages": repo} if seeds else {"repo pages": repo}
    parse_text(repo[0])  # warm lexicon loading and regex compilation
    print("µs per bulletin (median of rounds)")
    print(f"{'corpus':<22}" + "".join(f"{s:>10}" for s in STAGES) + f"{'bulletins/s':>12}")
    for name, texts in corpora.items():
        print(_row(f"{name} ({len(texts)})", stage_times(texts, args.rounds)))
    if not args.no_growth:
        _growth(seeds[0] if seeds else repo[0], args.rounds)
    if args.profile:
        _profile([*seeds, *repo])


def _parse_all(pages: Sequence[str]) -> list[object]:
    return [parse_text(page) for page in pages]


def _growth(base: str, rounds: int) -> None:
    pool = devset_paragraphs()
    print("\ngrowth of parse_text with page size (the same text cut in pages of each size)")
    columns = ("chars/page", "ms/page", "time ratio", "size ratio")
    print(f"{'scale':<8}{'pages':>6}" + "".join(f"{c:>12}" for c in columns))
    first: tuple[float, float] | None = None
    for scale in SCALES:
        pages = scaled_pages(base, scale, pool)
        taken = _median_us(partial(_parse_all, pages), len(pages), rounds)
        chars = sum(len(p) for p in pages) / len(pages)
        first = first or (taken, chars)
        print(
            f"{scale:<8}{len(pages):>6}{chars:>12.0f}{taken / 1e3:>12.2f}"
            f"{taken / first[0]:>12.1f}{chars / first[1]:>12.1f}"
        )


def _profile(texts: Sequence[str]) -> None:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(20):
        for text in texts:
            parse_text(text)
    profile.disable()
    stream = io.StringIO()
    pstats.Stats(profile, stream=stream).sort_stats("tottime").print_stats(30)
    print(stream.getvalue())


if __name__ == "__main__":
    main()
