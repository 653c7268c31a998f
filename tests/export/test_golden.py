"""The seed's exports equal the golden files (``python -m tests.export.golden`` rewrites them)."""

from __future__ import annotations

import pytest

from bulletinkit import parse_text
from tests.conftest import seed_paths
from tests.export.golden import EXPORTS, golden_path, render


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_seed_exports_match_the_golden_files(export: str) -> None:
    for seed in seed_paths():
        path = golden_path(seed, export)
        assert path.is_file(), f"{path} is missing: run python -m tests.export.golden"
        bulletin = parse_text(seed.read_text(encoding="utf-8"))
        assert render(EXPORTS[export](bulletin)) == path.read_text(encoding="utf-8"), (
            f"{path.name} differs: if the change is deliberate, run python -m tests.export.golden"
        )
