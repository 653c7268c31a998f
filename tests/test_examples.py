"""The files in ``examples/`` agree: ``bulletin.json`` is the parse of the example page.

When the parser or the schema changes the output, regenerate it with
``bulletinkit parse examples/russia-monitor-example.txt -o examples/bulletin.json``.
"""

from __future__ import annotations

import json

from bulletinkit import Bulletin, from_json, parse_text, to_json, validate
from tests.conftest import REPO

EXAMPLES = REPO / "examples"
REGENERATE = "bulletinkit parse examples/russia-monitor-example.txt -o examples/bulletin.json"


def test_example_json_is_the_parse_of_the_example_page() -> None:
    parsed = parse_text((EXAMPLES / "russia-monitor-example.txt").read_text("utf-8"))
    stored = (EXAMPLES / "bulletin.json").read_text("utf-8")
    assert from_json(stored, Bulletin) == parsed, f"stale example: run {REGENERATE}"
    assert stored == to_json(parsed, indent=2) + "\n", f"stale example: run {REGENERATE}"
    assert validate(json.loads(stored)).ok
