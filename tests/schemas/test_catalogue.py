"""Every bad document of the catalogue gets exactly the problems it should."""

from __future__ import annotations

from typing import Any

import pytest

from bulletinkit import ValidationError, require_valid, validate
from bulletinkit.schemas import SCHEMA_NAMES, load_schema
from tests.schemas.catalogue import CATALOGUE, Bad, example

SCHEMA_LAYER = [bad for bad in CATALOGUE if bad.layer == "schema"]


def test_the_example_bulletin_is_valid_with_every_check() -> None:
    report = validate(example(), backend="jsonschema")
    assert report.ok
    assert report.problems == ()
    assert report.best is None


@pytest.mark.parametrize("bad", CATALOGUE, ids=lambda bad: bad.name)
def test_bad_document_reports_exactly(bad: Bad) -> None:
    report = validate(bad.document(), backend="jsonschema")
    assert not report.ok
    found = tuple((p.location, p.code, p.message) for p in report.problems)
    assert found == bad.expected
    assert report.best is not None
    assert (report.best.location, report.best.code, report.best.message) in bad.expected


@pytest.mark.parametrize("bad", SCHEMA_LAYER, ids=lambda bad: bad.name)
def test_schema_problems_carry_a_schema_location(bad: Bad) -> None:
    report = validate(bad.document(), backend="jsonschema")
    for problem in report.problems:
        assert problem.schema_location is not None
        file, _, keyword_path = problem.schema_location.partition("#")
        assert file.removesuffix(".schema.json") in SCHEMA_NAMES
        assert keyword_path.endswith("/" + problem.code)
        node: Any = load_schema(file.removesuffix(".schema.json"))
        for part in keyword_path.strip("/").split("/"):
            node = node[int(part)] if isinstance(node, list) else node[part]
        assert node is not None  # the location names a keyword that exists in that file


def test_schema_location_follows_refs_into_the_defining_file() -> None:
    bad = next(bad for bad in CATALOGUE if bad.name == "impossible-date")
    (problem,) = validate(bad.document(), backend="jsonschema").problems
    assert problem.schema_location == "defs.schema.json#/$defs/calendar-date/pattern"
    bad = next(bad for bad in CATALOGUE if bad.name == "unknown-actor-key")
    (problem,) = validate(bad.document(), backend="jsonschema").problems
    assert problem.schema_location == "actor.schema.json#/$defs/actor/unevaluatedProperties"


@pytest.mark.parametrize("bad", CATALOGUE, ids=lambda bad: bad.name)
def test_require_valid_raises_with_the_pointers(bad: Bad) -> None:
    with pytest.raises(ValidationError) as caught:
        require_valid(bad.document(), backend="jsonschema")
    errors = [where for where, code, _ in bad.expected if not code.startswith("BK2")]
    assert [issue.location for issue in caught.value.issues] == errors


def test_best_match_prefers_the_shallowest_problem() -> None:
    doc = example()
    doc["actors"][0]["country"] = "XX"
    doc["schema_version"] = "1.0"  # 1.0 requires the title
    del doc["title"]
    report = validate(doc, backend="jsonschema")
    assert report.best is not None
    assert (report.best.location, report.best.code) == ("", "required")
    assert len(report.problems) == 2


def test_checks_false_stops_after_the_schema() -> None:
    bad = next(bad for bad in CATALOGUE if bad.name == "dangling-participant")
    assert validate(bad.document(), checks=False, backend="jsonschema").ok
