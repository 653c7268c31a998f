"""Without its extra, importing bulletinkit.tables or bulletinkit.dask says what to install."""

from __future__ import annotations

import importlib
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "hidden", "extra"),
    [("bulletinkit.tables", "pyarrow", "tables"), ("bulletinkit.dask", "dask.bag", "dask")],
)
def test_a_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, module: str, hidden: str, extra: str
) -> None:
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, hidden, None)  # makes `import hidden` fail
    with pytest.raises(ImportError, match=rf"pip install 'bulletinkit\[{extra}\]'"):
        importlib.import_module(module)
