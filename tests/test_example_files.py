"""The files in examples/ stay what the docs say they are.

When the parser or the schema changes the parse, regenerate the example JSON with
``bulletinkit parse examples/russia-monitor-example.txt -o examples/bulletin.json``.
"""

from __future__ import annotations

import json

import pytest

from bulletinkit import Bulletin, from_json, validate
from bulletinkit.cli import main
from tests.conftest import REPO

EXAMPLES = REPO / "examples"


def test_the_example_json_is_the_parse_of_the_example_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = EXAMPLES / "russia-monitor-example.txt"
    assert main(["parse", str(page)]) == 0
    printed = json.loads(capsys.readouterr().out)
    # the CLI says where the record came from: this checkout's file, not in the example
    assert printed.pop("source_url") == page.resolve().as_uri()
    assert printed == json.loads((EXAMPLES / "bulletin.json").read_text("utf-8"))


def test_the_example_json_is_a_valid_1_1_document() -> None:
    text = (EXAMPLES / "bulletin.json").read_text("utf-8")
    document = json.loads(text)
    assert document["schema_version"] == "1.1"
    assert validate(document).ok
    bulletin = from_json(text, Bulletin)
    assert bulletin.provenance is not None
    assert bulletin.notes == ()
