"""The bundled schema files: well-formed draft 2020-12, documented, self-contained."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from bulletinkit import SCHEMA_VERSION, SCHEMA_VERSIONS, SchemaError
from bulletinkit.schemas import SCHEMA_NAMES, load_schema, schema_text, schema_uri, validate
from bulletinkit.versions import SCHEMA_BASE_URI
from tests.conftest import REPO

FOLDER = REPO / "src" / "bulletinkit" / "schemas" / "v1"


def test_every_file_is_named_and_every_name_has_a_file() -> None:
    on_disk = sorted(p.name for p in FOLDER.glob("*.json"))
    assert on_disk == sorted(f"{name}.schema.json" for name in SCHEMA_NAMES)


def test_repository_root_schemas_holds_copies_of_the_files() -> None:
    # real files (a symlink checks out as a text file where symlinks are off);
    # tests/schemas/test_bundles.py keeps them in sync
    root = REPO / "schemas"
    assert not root.is_symlink()
    for path in FOLDER.glob("*.json"):
        assert (root / path.name).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_passes_the_draft_2020_12_metaschema(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_has_versioned_id_title_and_description(name: str) -> None:
    schema = load_schema(name)
    assert schema["$id"] == SCHEMA_BASE_URI + f"{name}.schema.json" == schema_uri(name)
    assert schema["title"].strip()
    assert schema["description"].strip()


def _subschemas(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key not in ("examples", "enum", "const"):
                yield from _subschemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _subschemas(value, f"{path}/{index}")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_property_has_a_description(name: str) -> None:
    undocumented = [
        f"{path}/properties/{prop}"
        for path, node in _subschemas(load_schema(name))
        for prop, sub in (node.get("properties") or {}).items()
        if not (isinstance(sub, dict) and str(sub.get("description", "")).strip())
    ]
    assert undocumented == []


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_refs_are_relative_and_point_at_bundled_files(name: str) -> None:
    refs = [node["$ref"] for _, node in _subschemas(load_schema(name)) if "$ref" in node]
    for ref in refs:
        assert "://" not in ref, ref
        target = ref.split("#", 1)[0]
        assert target == "" or target.removesuffix(".schema.json") in SCHEMA_NAMES, ref


def _examples() -> Iterator[tuple[str, str, Any]]:
    for name in SCHEMA_NAMES:
        schema = load_schema(name)
        for index, example in enumerate(schema.get("examples", [])):
            yield name, f"{name}#/examples/{index}", example
        for def_name, sub in schema.get("$defs", {}).items():
            for index, example in enumerate(sub.get("examples", [])):
                yield name, f"{name}#/$defs/{def_name}/examples/{index}", example


@pytest.mark.parametrize(("name", "where", "example"), list(_examples()), ids=lambda v: str(v))
def test_every_example_is_valid(name: str, where: str, example: Any) -> None:
    schema = load_schema(name)
    if where.startswith(f"{name}#/$defs/"):
        def_name = where.split("/")[2]
        schema = {"$ref": f"{schema_uri(name)}#/$defs/{def_name}"}
    report = validate(example, schema, checks=False, backend="jsonschema")
    assert report.problems == (), where


@pytest.mark.parametrize("name", [n for n in SCHEMA_NAMES if n not in ("defs",)])
def test_every_file_has_examples(name: str) -> None:
    assert load_schema(name)["examples"]


def test_defs_have_examples() -> None:
    missing = [key for key, sub in load_schema("defs")["$defs"].items() if not sub.get("examples")]
    assert missing == []


def test_schema_versions_are_the_library_schema_versions() -> None:
    assert load_schema("defs")["$defs"]["schema-version"]["enum"] == list(SCHEMA_VERSIONS)
    assert SCHEMA_VERSIONS[-1] == SCHEMA_VERSION


def test_schema_text_is_the_file_as_shipped() -> None:
    for name in SCHEMA_NAMES:
        assert schema_text(name) == (FOLDER / f"{name}.schema.json").read_text("utf-8")
        assert json.loads(schema_text(name)) == load_schema(name)


def test_load_schema_returns_a_copy() -> None:
    load_schema("bulletin")["title"] = "changed"
    assert load_schema("bulletin")["title"] != "changed"


def test_unknown_schema_name_is_a_schema_error_listing_the_names() -> None:
    with pytest.raises(SchemaError, match="bulletin, actor, meeting"):
        validate({}, "bulletins")
    with pytest.raises(SchemaError):
        schema_text("../pyproject")


def test_files_are_formatted_as_the_repository_writes_them() -> None:
    for path in FOLDER.glob("*.json"):
        text = path.read_text("utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=True) + "\n", path


def test_example_bulletin_in_repository_is_schema_valid() -> None:
    document = json.loads((REPO / "examples" / "bulletin.json").read_text("utf-8"))
    assert validate(document, checks=False, backend="jsonschema").problems == ()


def test_paths_exist() -> None:
    assert Path(FOLDER).is_dir()
