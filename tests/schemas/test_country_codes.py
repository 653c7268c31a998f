"""country-code.schema.json is generated from pycountry and matches it."""

from __future__ import annotations

import importlib.util

import pycountry

from bulletinkit.schemas import load_schema, schema_text
from tests.conftest import REPO


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "generate_country_codes", REPO / "scripts" / "generate_country_codes.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_file_is_what_the_script_writes_for_the_installed_pycountry() -> None:
    assert schema_text("country-code") == _generator().render()


def test_enum_is_every_pycountry_alpha_2_code() -> None:
    enum = load_schema("country-code")["enum"]
    assert enum == sorted(c.alpha_2 for c in pycountry.countries)
    assert {"FR", "RU", "UA", "DE", "US"} <= set(enum)
    assert "XX" not in enum
    assert "UK" not in enum
