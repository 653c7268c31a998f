"""Write ``src/bulletinkit/schemas/v1/country-code.schema.json`` from pycountry.

The schema's enum is the list of ISO 3166-1 alpha-2 codes that the installed pycountry
knows, the same list bulletinkit's models accept. Re-run after upgrading pycountry:

    python scripts/generate_country_codes.py

``tests/schemas/test_country_codes.py`` fails when the file and pycountry disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "bulletinkit"
    / "schemas"
    / "v1"
    / "country-code.schema.json"
)
BASE = "https://schemas.bulletinkit.dev/v1/"


def render() -> str:
    """The text of the country-code schema for the installed pycountry."""
    import pycountry

    codes = sorted(country.alpha_2 for country in pycountry.countries)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "country-code.schema.json",
        "title": "country code",
        "description": (
            "An ISO 3166-1 alpha-2 country code of a current country, upper case. "
            "Generated from pycountry's ISO 3166-1 list by "
            "scripts/generate_country_codes.py; do not edit by hand."
        ),
        "type": "string",
        "enum": codes,
        "examples": ["FR", "RU", "UA"],
    }
    return json.dumps(schema, indent=2, ensure_ascii=True) + "\n"


def main() -> int:
    """Write the file; print where."""
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
