"""bulletinkit: think-tank and news-agency bulletins as typed, validated, serializable data.

The public API is re-exported here; see ``__all__``. The models, errors and versions are
imported with the package; the codec, the validators and the parser are imported on
first use, so that ``import bulletinkit`` stays cheap (``jsonschema`` alone takes
longer to import than the models).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from bulletinkit.errors import (
    BulletinkitError,
    Issue,
    ParseError,
    SchemaError,
    Severity,
    UsageError,
    ValidationError,
)
from bulletinkit.model import (
    Action,
    Actor,
    ActorKind,
    Bulletin,
    Dateline,
    DateRange,
    Duty,
    LicenseNotice,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PartialDate,
    Precision,
    Provenance,
    Role,
    Rule,
    Series,
    Span,
    Target,
    bulletin_id,
)
from bulletinkit.versions import SCHEMA_VERSION, SCHEMA_VERSIONS, __version__

if TYPE_CHECKING:
    from bulletinkit.batch import Hints, PageResult, parse_files, parse_path
    from bulletinkit.checks import check
    from bulletinkit.codec import (
        from_dict,
        from_json,
        iter_ndjson,
        to_dict,
        to_json,
        write_ndjson,
    )
    from bulletinkit.export import from_odrl, to_ninjs, to_odrl, to_popolo, to_schema_org
    from bulletinkit.parse import iter_warc, parse_html, parse_text
    from bulletinkit.parse.actors import KnownPeople, KnownPerson, extract_actors
    from bulletinkit.parse.license import read_license
    from bulletinkit.parse.meetings import extract_meetings
    from bulletinkit.parse.text import decode_bytes
    from bulletinkit.schemas import Problem, ValidationReport, require_valid, validate

# Public name -> the module that defines it, imported when the name is first used.
_LAZY = {
    "Hints": "bulletinkit.batch",
    "PageResult": "bulletinkit.batch",
    "parse_files": "bulletinkit.batch",
    "parse_path": "bulletinkit.batch",
    "check": "bulletinkit.checks",
    "from_dict": "bulletinkit.codec",
    "from_json": "bulletinkit.codec",
    "iter_ndjson": "bulletinkit.codec",
    "to_dict": "bulletinkit.codec",
    "to_json": "bulletinkit.codec",
    "write_ndjson": "bulletinkit.codec",
    "from_odrl": "bulletinkit.export",
    "to_ninjs": "bulletinkit.export",
    "to_odrl": "bulletinkit.export",
    "to_popolo": "bulletinkit.export",
    "to_schema_org": "bulletinkit.export",
    "parse_text": "bulletinkit.parse",
    "parse_html": "bulletinkit.parse",
    "iter_warc": "bulletinkit.parse",
    "decode_bytes": "bulletinkit.parse.text",
    "KnownPeople": "bulletinkit.parse.actors",
    "KnownPerson": "bulletinkit.parse.actors",
    "extract_actors": "bulletinkit.parse.actors",
    "extract_meetings": "bulletinkit.parse.meetings",
    "read_license": "bulletinkit.parse.license",
    "Problem": "bulletinkit.schemas",
    "ValidationReport": "bulletinkit.schemas",
    "require_valid": "bulletinkit.schemas",
    "validate": "bulletinkit.schemas",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bulletinkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "SCHEMA_VERSION",
    "SCHEMA_VERSIONS",
    "Action",
    "Actor",
    "ActorKind",
    "Bulletin",
    "BulletinkitError",
    "DateRange",
    "Dateline",
    "Duty",
    "Hints",
    "Issue",
    "KnownPeople",
    "KnownPerson",
    "LicenseNotice",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "PageResult",
    "ParseError",
    "PartialDate",
    "Precision",
    "Problem",
    "Provenance",
    "Role",
    "Rule",
    "SchemaError",
    "Series",
    "Severity",
    "Span",
    "Target",
    "UsageError",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "bulletin_id",
    "check",
    "decode_bytes",
    "extract_actors",
    "extract_meetings",
    "from_dict",
    "from_json",
    "from_odrl",
    "iter_ndjson",
    "iter_warc",
    "parse_files",
    "parse_html",
    "parse_path",
    "parse_text",
    "read_license",
    "require_valid",
    "to_dict",
    "to_json",
    "to_ninjs",
    "to_odrl",
    "to_popolo",
    "to_schema_org",
    "validate",
    "write_ndjson",
]
