"""The export functions are public, pure and need nothing beyond the default install."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings

import bulletinkit
import bulletinkit.export
from bulletinkit import Bulletin, to_ninjs, to_popolo, to_schema_org
from tests import strategies
from tests.export.standards import ninjs_errors, popolo_problems


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


@settings(max_examples=40, deadline=None)
@given(strategies.bulletins(with_extra=True, consistent=False))
def test_inconsistent_bulletins_still_export_valid_documents(bulletin: Bulletin) -> None:
    """Participants that name no actor, repeated ids, unknown members: nothing breaks."""
    assert ninjs_errors(to_ninjs(bulletin)) == []
    document = to_popolo([bulletin])
    assert popolo_problems(document) == []
    article = to_schema_org(bulletin)
    nodes = {node["@id"] for node in article.get("mentions", [])}
    for event in article.get("about", []):
        for ref in event.get("attendee", []) + event.get("organizer", []):
            assert ref["@id"] in nodes if "@id" in ref else set(ref) == {"name"}
