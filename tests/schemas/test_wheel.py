"""The built wheel ships every schema file, and validation works from an installed wheel.

CycloneDX once shipped a release without its schema files; this test builds the wheel
(offline: ``--no-isolation`` with the installed hatchling), installs it into a temporary
folder with ``pip --no-deps --no-index`` and validates the example from there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bulletinkit.schemas import DOCUMENT_NAMES, SCHEMA_NAMES
from tests.conftest import REPO

pytestmark = pytest.mark.slow
pytest.importorskip("build")
pytest.importorskip("hatchling")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("bulletinkit-*.whl")
    return built


def test_wheel_contains_every_schema_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in SCHEMA_NAMES:
        assert f"bulletinkit/schemas/v1/{name}.schema.json" in names
    for name in DOCUMENT_NAMES:
        assert f"bulletinkit/schemas/v1/bundled/{name}.schema.json" in names
    assert "bulletinkit/py.typed" in names


def test_wheel_contains_every_parser_module_and_word_list(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    src = REPO / "src"
    parser = {
        path.relative_to(src).as_posix()
        for path in (src / "bulletinkit" / "parse").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert any(name.startswith("bulletinkit/parse/lexicon/") for name in parser)
    assert parser - names == set()


def test_validate_works_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    document = tmp_path / "bulletin.json"
    document.write_text((REPO / "examples" / "bulletin.json").read_text("utf-8"), "utf-8")
    code = (
        "import json, sys, bulletinkit\n"
        "report = bulletinkit.validate(json.load(open(sys.argv[1])))\n"
        "bad = bulletinkit.validate({'title': 1})\n"
        "print(json.dumps([bulletinkit.__file__, report.ok, [p.location for p in bad.problems]]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BULLETINKIT_VALIDATOR")}
    env["PYTHONPATH"] = str(target)
    for backend in ("jsonschema", ""):
        env["BULLETINKIT_VALIDATOR"] = backend
        done = subprocess.run(
            [sys.executable, "-c", code, str(document)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        location, ok, pointers = json.loads(done.stdout)
        assert Path(location).is_relative_to(target)
        assert ok is True
        assert pointers == ["", "/title"]  # no schema_version; title not a string
