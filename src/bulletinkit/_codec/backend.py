"""JSON text in and out: orjson when it is importable, the standard library otherwise.

Both backends give the same results: compact output uses ``,`` and ``:`` without spaces
and keeps non-ASCII characters as they are; input rejects ``NaN``/``Infinity`` (not JSON).
"""

from __future__ import annotations

import json
import re
from typing import Any

try:  # the optional fast path (bulletinkit[fast])
    import orjson
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    orjson = None  # type: ignore[assignment]


class JSONSyntaxError(ValueError):
    """Text that is not JSON: ``message`` at 1-based ``line`` and ``column`` (if known)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(text: str | bytes, data: Any) -> None:
    """Refuse text that is not UTF-8 (a lone surrogate), as orjson does."""
    if isinstance(text, str):
        text.encode("utf-8")  # raises on a raw lone surrogate
        escaped = _SURROGATE_ESCAPE.search(text)
    else:
        escaped = _SURROGATE_ESCAPE.search(text.decode("utf-8", "replace"))
    if escaped:  # pairs were joined by json.loads; what is left alone fails to encode
        json.dumps(data, ensure_ascii=False).encode("utf-8")


def loads_std(text: str | bytes) -> Any:
    """Parse ``text`` with the standard library, raising :class:`JSONSyntaxError`."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
        _refuse_lone_surrogates(text, data)
        return data
    except json.JSONDecodeError as error:
        raise JSONSyntaxError(error.msg, error.lineno, error.colno) from None
    except UnicodeError:
        raise JSONSyntaxError("the text is not valid UTF-8 (a lone surrogate)") from None
    except (ValueError, TypeError) as error:  # bad UTF-8, NaN, or not str/bytes
        raise JSONSyntaxError(str(error)) from None


def loads_fast(text: str | bytes) -> Any:
    """Parse ``text`` with orjson, raising :class:`JSONSyntaxError`."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise JSONSyntaxError(error.msg, error.lineno, error.colno) from None
    except TypeError as error:
        raise JSONSyntaxError(str(error)) from None


def dumps_std(data: Any, indent: int | None = None) -> str:
    """Serialize with the standard library in the shared spelling."""
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)


def dumps_fast(data: Any, indent: int | None = None) -> str:
    """Serialize with orjson (``indent`` 2 or None), falling back where orjson cannot."""
    if indent is None:
        option = 0
    elif indent == 2:
        option = orjson.OPT_INDENT_2
    else:
        return dumps_std(data, indent)
    try:
        return orjson.dumps(data, option=option).decode()
    except orjson.JSONEncodeError:  # integers beyond 64 bits, lone surrogates
        return dumps_std(data, indent)


def dumps_native(data: Any, indent: int | None = None) -> str | None:
    """orjson's text of data that may also hold tuples and ``str`` enum members.

    Only for the fast backend and an ``indent`` of None or 2. ``None`` when orjson
    refuses the data: the caller then writes plain data with :func:`dumps` instead,
    which gives the same text wherever both can write it.
    """
    try:
        return orjson.dumps(data, option=0 if indent is None else orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:  # integers beyond 64 bits, lone surrogates
        return None


loads = loads_std if orjson is None else loads_fast
dumps = dumps_std if orjson is None else dumps_fast
BACKEND = "json" if orjson is None else "orjson"
"""The name of the backend in use."""
