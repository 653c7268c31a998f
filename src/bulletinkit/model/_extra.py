"""The ``extra`` field every model object carries for unknown JSON members."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

import attrs

EMPTY: Mapping[str, Any] = types.MappingProxyType({})


def extra_field() -> Any:
    """An ``extra`` mapping: unknown members kept by the codec's lenient mode.

    It is empty unless data was read with ``lenient=True``; it takes part in equality
    but not in hashing (a mapping is not hashable).
    """
    return attrs.field(default=EMPTY, hash=False, repr=False)
