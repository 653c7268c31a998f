"""Folders of generated pages (``benchmarks/corpus.py``: invented words only) for batch tests."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.corpus import make_text


def write_pages(folder: Path, count: int, *, seed: int = 7, scale: int = 1) -> list[Path]:
    """``count`` pages ``folder/NNNN.txt`` (some in a sub-folder), deterministic by ``seed``."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        where = folder / "sub" if index % 5 == 4 else folder
        where.mkdir(parents=True, exist_ok=True)
        path = where / f"{index:04d}.txt"
        path.write_text(make_text(rng, scale), encoding="utf-8")
        paths.append(path)
    return paths
