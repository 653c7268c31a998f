"""Run third-party JSON Schema tools on the self-contained schema files, offline.

Each runner takes a schema name and a list of documents and returns one verdict
(``True`` valid) per document. The tools run as a schema-only user would run them:

- ajv (npm ``ajv``), draft 2020-12 build, strict mode, the one bundled file compiled
  with nothing else loaded (``tests/interop/ajv_validate.js``); ajv is found through
  ``$NODE_PATH``, where ``.ci/run`` installs it;
- ``check-jsonschema`` (PyPI) with no flag but ``--schemafile``, with ``HTTP(S)_PROXY``
  pointing at a closed local port, so any download attempt fails;
- Python ``jsonschema``'s ``Draft202012Validator`` over the bundled file alone.

A missing tool skips the test outside CI and fails it when ``$CI`` is set.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

BUNDLED = REPO / "schemas" / "bundled"
AJV_SCRIPT = Path(__file__).with_name("ajv_validate.js")
DEAD_PROXY = "http://127.0.0.1:9"  # the discard port: nothing listens there
_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY")


def missing(tool: str, why: str) -> None:
    """Skip outside CI; fail in CI, where ``.ci/run`` installs every tool."""
    message = f"{tool} is not available ({why}); .ci/run installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def offline_env() -> dict[str, str]:
    """The environment with every proxy variable pointing at a closed port."""
    env = dict(os.environ)
    for name in _PROXY_VARIABLES:
        env[name] = DEAD_PROXY
    env.pop("NO_PROXY", None)
    env.pop("no_proxy", None)
    return env


def _write(folder: Path, documents: list[Any]) -> list[Path]:
    paths = []
    for index, document in enumerate(documents):
        path = folder / f"doc-{index:04d}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        paths.append(path)
    return paths


def require_ajv() -> None:
    """Skip or fail unless node can load ``ajv/dist/2020``."""
    if shutil.which("node") is None:
        missing("node", "not on PATH")
    done = subprocess.run(
        ["node", "-e", "require('ajv/dist/2020')"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        missing(
            "ajv", f"node cannot load ajv/dist/2020 with NODE_PATH={os.environ.get('NODE_PATH')}"
        )


def ajv(name: str, documents: list[Any], folder: Path) -> list[bool]:
    """ajv strict's verdicts on ``documents`` against ``schemas/bundled/<name>``."""
    require_ajv()
    batch = folder / "ajv-documents.json"
    batch.write_text(json.dumps(documents, ensure_ascii=False), "utf-8")
    schema = BUNDLED / f"{name}.schema.json"
    done = subprocess.run(
        ["node", str(AJV_SCRIPT), str(schema), str(batch)],
        capture_output=True,
        text=True,
        check=False,
        env=offline_env(),
    )
    assert done.returncode == 0, done.stderr
    return [bool(verdict["valid"]) for verdict in json.loads(done.stdout)]


def check_jsonschema_command() -> list[str]:
    """How to run check-jsonschema: this interpreter's module, else the one on PATH."""
    if importlib.util.find_spec("check_jsonschema") is not None:
        return [sys.executable, "-m", "check_jsonschema"]
    found = shutil.which("check-jsonschema")
    if found is None:
        missing("check-jsonschema", "neither importable nor on PATH")
    return [str(found)]


def check_jsonschema(name: str, documents: list[Any], folder: Path) -> list[bool]:
    """check-jsonschema's verdicts, no flag but ``--schemafile``, with the network blocked."""
    paths = _write(folder, documents)
    schema = BUNDLED / f"{name}.schema.json"
    done = subprocess.run(
        [*check_jsonschema_command(), "--schemafile", str(schema), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        env=offline_env(),
        cwd=folder,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    bad = set(re.findall(r"^\s+(\S+?)::", done.stdout, flags=re.MULTILINE))
    assert "ok -- validation done" in done.stdout if not bad else "validation errors" in done.stdout
    assert bad <= {str(path) for path in paths}, done.stdout
    assert (done.returncode == 1) == bool(bad)
    return [str(path) not in bad for path in paths]


def python_jsonschema(name: str, documents: list[Any]) -> list[bool]:
    """Python jsonschema's verdicts with the bundled file alone (no registry given)."""
    from jsonschema import Draft202012Validator

    schema = json.loads((BUNDLED / f"{name}.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)
    return [bool(validator.is_valid(document)) for document in documents]
