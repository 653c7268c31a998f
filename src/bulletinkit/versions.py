"""Version numbers of the library and of the JSON shape it reads and writes."""

from __future__ import annotations

__all__ = ["SCHEMA_BASE_URI", "SCHEMA_VERSION", "SCHEMA_VERSIONS", "__version__"]

__version__ = "0.2.0"

SCHEMA_VERSION = "1.1"
"""The version of the JSON shape, written as ``schema_version`` in every document.

The major number names the schema folder (``schemas/v1/``) and changes only with an
incompatible change; the minor number grows with compatible additions.
"""

SCHEMA_VERSIONS: tuple[str, ...] = ("1.0", "1.1")
"""Every version bulletinkit reads (the last is the one it writes). A ``1.0`` bulletin
must have its ``title`` and ``date``; ``1.1`` made them optional (``docs/schemas.md``)."""

SCHEMA_BASE_URI = "https://schemas.bulletinkit.dev/v1/"
"""The base of every bundled schema's ``$id``; each file is ``<base><name>.schema.json``."""
