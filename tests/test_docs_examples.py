"""Every ```python block in the docs and the README runs, page by page, without error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
PAGES = [*sorted((REPO / "docs").glob("**/*.md")), REPO / "README.md"]


def test_docs_have_examples() -> None:
    assert sum(len(_BLOCK.findall(page.read_text("utf-8"))) for page in PAGES) >= 3


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for index, block in enumerate(_BLOCK.findall(page.read_text("utf-8"))):
        code = compile(block, f"{page.name}[block {index}]", "exec")
        exec(code, namespace)
