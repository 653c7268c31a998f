"""The self-contained schema files: generated, in sync, complete, and the same contract."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import referencing
import referencing.exceptions
from jsonschema import Draft202012Validator
from scripts import bundle_schemas

from bulletinkit import SchemaError
from bulletinkit.cli import main
from bulletinkit.schemas import DOCUMENT_NAMES, SCHEMA_NAMES, load_schema, schema_text, validate
from tests.conftest import REPO
from tests.schemas.catalogue import CATALOGUE


def test_generated_schema_files_are_in_sync() -> None:
    stale = bundle_schemas.stale_files()
    assert stale == [], (
        f"generated schema files are stale: {stale}; regenerate them with "
        f"`{bundle_schemas.COMMAND}` (from the repository root) and commit the result"
    )


def test_check_mode_of_the_script_agrees() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/bundle_schemas.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_top_level_schemas_folder_holds_real_copies() -> None:
    top = REPO / "schemas"
    assert top.is_dir()
    assert not top.is_symlink()
    for name in SCHEMA_NAMES:
        path = top / f"{name}.schema.json"
        assert not path.is_symlink()
        assert path.read_text("utf-8") == schema_text(name)
    for name in DOCUMENT_NAMES:
        path = top / "bundled" / f"{name}.schema.json"
        assert path.read_text("utf-8") == schema_text(name, bundled=True)


def _refuse(uri: str) -> Any:
    raise AssertionError(f"the bundle needed {uri}")


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_bundle_needs_no_other_file(name: str) -> None:
    bundle = load_schema(name, bundled=True)
    Draft202012Validator.check_schema(bundle)
    registry: referencing.Registry[Any] = referencing.Registry(retrieve=_refuse)  # type: ignore[call-arg]
    validator = Draft202012Validator(bundle, registry=registry)
    for document in load_schema(name)["examples"]:  # resolves every $ref on the way
        assert validator.is_valid(document)
    refs = [value for key, value in _walk(bundle) if key == "$ref"]
    resolver = registry.resolver_with_root(
        referencing.jsonschema.DRAFT202012.create_resource(bundle)
    )
    for ref in refs:  # every reference, also those the examples do not reach
        try:
            resolver.lookup(ref)
        except referencing.exceptions.Unresolvable:  # relative to an embedded resource
            embedded = [
                resolver.in_subresource(referencing.jsonschema.DRAFT202012.create_resource(sub))
                for sub in bundle["$defs"].values()
                if "$id" in sub
            ]
            assert any(_resolves(r, ref) for r in embedded), ref


def _resolves(resolver: Any, ref: str) -> bool:
    try:
        resolver.lookup(ref)
    except referencing.exceptions.Unresolvable:
        return False
    return True


def _walk(node: Any) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((key, value))
            if key not in ("examples", "enum", "const"):
                found += _walk(value)
    elif isinstance(node, list):
        for item in node:
            found += _walk(item)
    return found


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_bundle_is_the_source_schema_with_its_references_embedded(name: str) -> None:
    bundle = load_schema(name, bundled=True)
    source = load_schema(name)
    assert bundle["$id"] == source["$id"]
    embedded = {key: sub for key, sub in bundle["$defs"].items() if key.endswith(".schema.json")}
    for key, sub in embedded.items():
        other = load_schema(key.removesuffix(".schema.json"))
        other.pop("$schema")
        assert sub == other
    assert {k: v for k, v in bundle["$defs"].items() if k not in embedded} == source.get(
        "$defs", {}
    )
    rest = {k: v for k, v in bundle.items() if k not in ("$defs", "$comment")}
    assert rest == {k: v for k, v in source.items() if k != "$defs"}


def test_bundled_bulletin_gives_the_catalogue_verdicts() -> None:
    validator = Draft202012Validator(load_schema("bulletin", bundled=True))
    for bad in CATALOGUE:
        assert validator.is_valid(bad.document()) is validate(bad.document(), checks=False).ok


def test_cli_prints_the_bundled_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "meeting", "--bundled"]) == 0
    printed = capsys.readouterr().out
    assert printed == schema_text("meeting", bundled=True)
    assert json.loads(printed)["$defs"]["defs.schema.json"]["$id"].endswith("/defs.schema.json")


def test_cli_bundled_of_a_building_block_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema", "defs", "--bundled"]) == 2
    assert "bulletin, actor, meeting, license-notice" in capsys.readouterr().err
    with pytest.raises(SchemaError):
        schema_text("country-code", bundled=True)
