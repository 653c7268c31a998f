"""Exports to the formats other systems read: schema.org, IPTC ninjs, Popolo and ODRL.

Each function is pure: bulletinkit models in, plain JSON data (dicts, lists, strings,
numbers) out, with no I/O and no dependency beyond bulletinkit's own. Serialize the
result with :func:`json.dumps`. ``docs/export.md`` has the mapping tables and what each
format loses.
"""

from __future__ import annotations

from bulletinkit.export.ninjs import to_ninjs
from bulletinkit.export.odrl import from_odrl, to_odrl
from bulletinkit.export.popolo import to_popolo
from bulletinkit.export.schema_org import to_schema_org

__all__ = ["from_odrl", "to_ninjs", "to_odrl", "to_popolo", "to_schema_org"]
