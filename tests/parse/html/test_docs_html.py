"""The HTML example of docs/parsing.md: a ```py block (it needs the html extra, which the
lean install that runs the other docs examples does not have), run here."""

from __future__ import annotations

import re

from tests.conftest import REPO
from tests.parse.html._support import require_html


def test_the_html_example_in_the_docs_runs() -> None:
    require_html()
    text = (REPO / "docs" / "parsing.md").read_text("utf-8")
    blocks = [b for b in re.findall(r"^```py\n(.*?)^```", text, re.S | re.M) if "parse_html" in b]
    assert len(blocks) == 1
    exec(compile(blocks[0], "parsing.md[html]", "exec"), {"__name__": "__docs__"})
