"""bulletinkit: think-tank and news-agency bulletins as typed, validated, serializable data.

The public API is re-exported here; see ``__all__``.
"""

from bulletinkit.checks import check
from bulletinkit.codec import (
    from_dict,
    from_json,
    iter_ndjson,
    to_dict,
    to_json,
    write_ndjson,
)
from bulletinkit.errors import (
    BulletinkitError,
    Issue,
    ParseError,
    SchemaError,
    Severity,
    ValidationError,
)
from bulletinkit.model import (
    Action,
    Actor,
    ActorKind,
    Bulletin,
    DateRange,
    Duty,
    LicenseNotice,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PartialDate,
    Precision,
    Role,
    Rule,
    Series,
    Span,
    Target,
    bulletin_id,
)
from bulletinkit.parse import parse_text
from bulletinkit.parse.actors import KnownPeople, KnownPerson, extract_actors
from bulletinkit.schemas import Problem, ValidationReport, require_valid, validate
from bulletinkit.versions import SCHEMA_VERSION, __version__

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "Actor",
    "ActorKind",
    "Bulletin",
    "BulletinkitError",
    "DateRange",
    "Duty",
    "Issue",
    "KnownPeople",
    "KnownPerson",
    "LicenseNotice",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "ParseError",
    "PartialDate",
    "Precision",
    "Problem",
    "Role",
    "Rule",
    "SchemaError",
    "Series",
    "Severity",
    "Span",
    "Target",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "bulletin_id",
    "check",
    "extract_actors",
    "from_dict",
    "from_json",
    "iter_ndjson",
    "parse_text",
    "require_valid",
    "to_dict",
    "to_json",
    "validate",
    "write_ndjson",
]
