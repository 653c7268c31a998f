"""The helper that lets the tables and Dask tests skip only outside CI."""

from __future__ import annotations

import pytest

from tests.extras import require


def test_missing_module_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require("bulletinkit_no_such_module", "tables")


def test_missing_module_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        require("bulletinkit_no_such_module", "tables")


def test_present_module_is_returned() -> None:
    assert require("json", "tables").dumps([]) == "[]"
