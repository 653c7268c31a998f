"""The export functions are public, pure and need nothing beyond the default install."""

from __future__ import annotations

import subprocess
import sys

import bulletinkit
import bulletinkit.export


def test_the_functions_are_public_at_both_levels() -> None:
    for name in bulletinkit.export.__all__:
        assert getattr(bulletinkit, name) is getattr(bulletinkit.export, name)
        assert name in bulletinkit.__all__


def test_exporting_loads_no_extra_nor_the_parser() -> None:
    code = (
        "import sys, json, pendulum\n"
        "from bulletinkit import Bulletin, LicenseNotice, to_ninjs, to_popolo, to_schema_org\n"
        "from bulletinkit import from_odrl, to_odrl\n"
        "n = LicenseNotice(text='Free.')\n"
        "b = Bulletin(title='T', date=pendulum.Date(2021, 1, 2), license=n)\n"
        "json.dumps([to_ninjs(b), to_popolo([b]), to_schema_org(b)])\n"
        "assert from_odrl(to_odrl(n)) == n\n"
        "heavy = ('pyld', 'jsonschema', 'referencing', 'rfc3986_validator', 'rfc3339_validator',"
        " 'bulletinkit.parse', 'bulletinkit.codec', 'cattrs')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
