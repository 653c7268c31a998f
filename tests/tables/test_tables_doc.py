"""The column table of docs/tables.md is the code's schemas, column for column."""

from __future__ import annotations

import re

from tests.conftest import REPO
from tests.extras import require

schema = require("bulletinkit.tables.schema", "tables")

_ROW = re.compile(r"^\| `(\w+)` \| `(\w+)` \| `([^`]+)` \| (yes|no) \| (.+) \|$", re.MULTILINE)


def test_the_docs_table_lists_every_column_with_its_type_nullability_and_meaning() -> None:
    text = (REPO / "docs" / "tables.md").read_text(encoding="utf-8")
    documented = [m.groups() for m in _ROW.finditer(text)]
    in_code = [
        (
            table,
            field.name,
            str(field.type),
            "yes" if field.nullable else "no",
            schema.describe(field),
        )
        for table, arrow_schema in schema.SCHEMAS.items()
        for field in arrow_schema
    ]
    assert documented == in_code


def test_every_column_has_a_meaning() -> None:
    for arrow_schema in schema.SCHEMAS.values():
        for field in arrow_schema:
            assert schema.describe(field).strip(), field.name
