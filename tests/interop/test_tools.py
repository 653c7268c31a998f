"""ajv, check-jsonschema and Python jsonschema, given only the self-contained schema files,
give the verdicts of ``bulletinkit validate --no-checks`` on every document: the
bad-document catalogue, each schema's examples, and generated and mutated documents."""

from __future__ import annotations

import copy
import json
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import validate
from bulletinkit.cli import main
from bulletinkit.codec import to_dict
from bulletinkit.schemas import DOCUMENT_NAMES, load_schema
from tests import strategies
from tests.interop import tools
from tests.schemas.bundled import draft7_view
from tests.schemas.catalogue import CATALOGUE, example
from tests.schemas.generate import from_view

Runner = Callable[[str, list[Any], Path], list[bool]]
TOOLS: dict[str, Runner] = {
    "ajv": tools.ajv,
    "check-jsonschema": tools.check_jsonschema,
    "jsonschema": lambda name, documents, _folder: tools.python_jsonschema(name, documents),
}


def bulletinkit_verdicts(name: str, documents: list[Any], folder: Path) -> list[bool]:
    """``bulletinkit validate --no-checks --schema NAME FILE``, one file at a time
    (exit 0: valid), checked against the library's own ``validate(checks=False)``."""
    verdicts = []
    for index, document in enumerate(documents):
        path = folder / f"bk-{index:04d}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        code = main(["validate", "--no-checks", "--schema", name, str(path)])
        assert code in (0, 1)
        verdicts.append(code == 0)
        assert verdicts[-1] is validate(document, name, checks=False).ok
    return verdicts


def tool_verdicts(tool: str, name: str, documents: list[Any], folder: Path) -> list[bool]:
    """The tool's verdicts; a top-level array, which bulletinkit reads as a batch of
    documents, is valid when the tool finds every item valid (each item a document)."""
    flat: list[Any] = []
    spans = []
    for document in documents:
        items = document if isinstance(document, list) else [document]
        spans.append((len(flat), len(items)))
        flat.extend(items)
    found = TOOLS[tool](name, flat, folder)
    return [all(found[start : start + size]) for start, size in spans]


def _agree(tool: str, name: str, documents: list[Any], folder: Path) -> None:
    expected = bulletinkit_verdicts(name, documents, folder)
    found = tool_verdicts(tool, name, documents, folder)
    disagree = [
        (index, json.dumps(documents[index])[:300], expected[index])
        for index in range(len(documents))
        if found[index] is not expected[index]
    ]
    assert disagree == [], f"{tool} disagrees with bulletinkit (index, document, bulletinkit)"


def _named_documents(name: str) -> list[Any]:
    """The fixed documents of one type: examples, their broken forms, a $schema member."""
    schema = load_schema(name)
    good = [copy.deepcopy(e) for e in schema["examples"]]
    if name == "bulletin":
        good.append(example())
    documents: list[Any] = [*good, None, [], "text", 1, {}, good, [good[0], {}], [[good[0]]]]
    for document in good:
        documents.append({**document, "$schema": "https://example.org/any.json"})
        documents.append({**document, "$schema": 1})
        documents.append({**document, "unexpected": True})
        documents.append({key: value for key, value in document.items() if key != "id"})
        documents.append({**document, "schema_version": "1.1x"})
    return documents


@pytest.mark.parametrize("tool", list(TOOLS))
def test_catalogue_verdicts_agree(tool: str, tmp_path: Path) -> None:
    documents = [bad.document() for bad in CATALOGUE]
    assert sum(not validate(d, checks=False).ok for d in documents) >= 20  # mostly invalid
    _agree(tool, "bulletin", documents, tmp_path)


@pytest.mark.parametrize("tool", list(TOOLS))
@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_fixed_documents_agree(tool: str, name: str, tmp_path: Path) -> None:
    _agree(tool, name, _named_documents(name), tmp_path)


# Generated documents: to_dict of model objects, documents generated from the schema, and
# both mutated by values of every JSON type dropped anywhere.
_MODELS = {
    "bulletin": strategies.bulletins(),
    "actor": strategies.actors(),
    "meeting": strategies.meetings(),
    "license-notice": strategies.license_notices(),
}
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["2021-02-29", "2024-02-29", "2021-11~", "FR", "XX", " ", "m1", "A b"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=5,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


@st.composite
def _documents(draw: st.DrawFn, name: str) -> Any:
    source = draw(st.sampled_from(["model", "schema"]))
    if source == "model":
        document = to_dict(draw(_MODELS[name]))
        if name != "bulletin" and draw(st.booleans()):
            document.pop("schema_version")
    else:
        document = draw(from_view(draft7_view(name)))
    for _ in range(draw(st.integers(0, 2))):
        path = draw(st.sampled_from(_paths(document)))
        value = draw(_JSON)
        if not path:
            return value
        node: Any = document
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return document


_BATCH = 12


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_documents_agree(
    name: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    documents = data.draw(st.lists(_documents(name), min_size=_BATCH, max_size=_BATCH))
    folder = tmp_path_factory.mktemp("batch")
    expected = bulletinkit_verdicts(name, documents, folder)
    skipped = []
    for tool in TOOLS:
        try:
            found = tool_verdicts(tool, name, documents, folder)
        except pytest.skip.Exception:  # outside CI only: tools.missing fails in CI
            skipped.append(tool)
            continue
        disagree = [i for i, verdict in enumerate(found) if verdict is not expected[i]]
        assert disagree == [], (tool, [json.dumps(documents[i])[:300] for i in disagree])
    if skipped:
        pytest.skip(f"not installed: {', '.join(skipped)}")


def test_ajv_strict_compiles_each_bundle_alone(tmp_path: Path) -> None:
    for name in DOCUMENT_NAMES:
        assert tools.ajv(name, [], tmp_path) == []


def test_check_jsonschema_really_is_offline(tmp_path: Path) -> None:
    # The control: the per-file schema refers to other files by $id, which check-jsonschema
    # tries to download; with the proxy pointing at a closed port that download fails.
    document = tmp_path / "bulletin.json"
    document.write_text(json.dumps(example()), "utf-8")
    per_file = tools.REPO / "schemas" / "bulletin.schema.json"
    command = tools.check_jsonschema_command()
    done = subprocess.run(
        [*command, "--schemafile", str(per_file), str(document)],
        capture_output=True,
        text=True,
        check=False,
        env=tools.offline_env(),
    )
    assert done.returncode != 0
    assert "ProxyError" in done.stdout + done.stderr or "refused" in done.stdout + done.stderr
    bundled = subprocess.run(
        [*command, "--schemafile", str(tools.BUNDLED / "bulletin.schema.json"), str(document)],
        capture_output=True,
        text=True,
        check=False,
        env=tools.offline_env(),
    )
    assert bundled.returncode == 0, bundled.stdout + bundled.stderr
    assert "ok -- validation done" in bundled.stdout


def test_python_jsonschema_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    documents = [bad.document() for bad in CATALOGUE]
    verdicts = tools.python_jsonschema("bulletin", documents)
    assert verdicts == [validate(d, checks=False).ok for d in documents]
