"""The package's public names: all importable, and the heavy ones imported lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bulletinkit


def test_every_public_name_resolves() -> None:
    for name in bulletinkit.__all__:
        assert getattr(bulletinkit, name) is not None, name
    assert set(bulletinkit.__all__) <= set(dir(bulletinkit))


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        bulletinkit.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_import_loads_neither_the_parser_nor_the_codec_nor_jsonschema() -> None:
    code = (
        "import sys, bulletinkit; "
        "print(sorted(m for m in ('jsonschema', 'jsonschema_rs', 'referencing', 'cattrs', "
        "'bulletinkit.parse', 'bulletinkit.codec', 'bulletinkit.schemas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
