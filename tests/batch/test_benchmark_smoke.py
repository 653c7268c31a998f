"""The batch and large-page benchmarks run on a tiny input, so they cannot rot (no timing)."""

from __future__ import annotations

import pytest
from benchmarks import batch, page_memory


def test_batch_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert batch.main(["--pages", "6", "--jobs", "1", "2"]) == 0
    out = capsys.readouterr().out
    assert "6 pages (6 parsed)" in out
    assert "identical records for every --jobs: yes" in out


def test_page_memory_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert page_memory.main(["0.01"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 3
    assert rows[2].startswith("| 0.01 MB |")


def test_page_memory_stages_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert page_memory.main(["--stages", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "| extract_actors |" in out
    assert "the actor scanner's tokens:" in out
    assert "parse/actors/_tokens.py:" in out
