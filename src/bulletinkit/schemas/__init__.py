"""The bundled JSON Schema files (draft 2020-12) and validation against them.

The files live in ``v1/`` beside this module (copied to ``schemas/`` at the repository
root) and are the contract for third parties; ``v1/bundled/`` holds one self-contained
file per document type. :func:`validate` checks a document
against one of them, offline, and then runs the rules a schema cannot express.
"""

from bulletinkit.schemas._files import (
    DOCUMENT_NAMES,
    SCHEMA_NAMES,
    load_schema,
    registry,
    schema_text,
    schema_uri,
)
from bulletinkit.schemas._report import Problem, ValidationReport
from bulletinkit.schemas._validate import (
    BACKEND_ENV,
    BACKENDS,
    choose_backend,
    require_valid,
    validate,
)

__all__ = [
    "BACKENDS",
    "BACKEND_ENV",
    "DOCUMENT_NAMES",
    "SCHEMA_NAMES",
    "Problem",
    "ValidationReport",
    "choose_backend",
    "load_schema",
    "registry",
    "require_valid",
    "schema_text",
    "schema_uri",
    "validate",
]
