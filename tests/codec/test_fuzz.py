"""A bounded fuzzing campaign: only bulletinkit's own exceptions may escape.

The same checks as the release script ``scripts/fuzz_json.py`` (run it for a million
inputs before a release), driven by hypothesis: raw bytes, text, and the script's hostile
generator (mutated bulletins, deep nesting, NaN, lone surrogates, duplicate keys...),
through ``from_json``, ``iter_ndjson``, ``validate`` and the command line in-process.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripts import fuzz_json

from bulletinkit._codec import backend

INPUTS = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    st.randoms(use_true_random=False).map(fuzz_json.make_input),
)
LOADERS = [backend.loads_std] + ([backend.loads_fast] if backend.BACKEND == "orjson" else [])


@pytest.mark.parametrize("loads", LOADERS, ids=lambda f: f.__name__)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=INPUTS)
def test_nothing_but_bulletinkit_errors_escape(
    loads: object, data: str | bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backend, "loads", loads)
    assert fuzz_json.check(data) == []


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(INPUTS, min_size=1, max_size=30))
def test_the_command_line_reads_every_hostile_batch(
    batch: list[str | bytes], tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert fuzz_json.check_cli(batch, Path(tmp_path_factory.mktemp("cli"))) == []


def test_the_release_script_runs_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert fuzz_json.run(300, seed=11, report=None, progress=False) == 0
    assert "checked 300 inputs (seed 11)" in capsys.readouterr().out
    assert isinstance(fuzz_json.make_input(random.Random(1)), (str, bytes))
