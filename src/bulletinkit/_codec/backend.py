"""JSON text in and out: orjson when it is importable, the standard library otherwise.

Both backends give the same results: compact output uses ``,`` and ``:`` without spaces
and keeps non-ASCII characters as they are; input refuses ``NaN``/``Infinity``, numbers
too large for a double, lone surrogates, text that is not UTF-8 and repeated keys, in the
same words at the same place (:mod:`bulletinkit._codec.guard`), and never raises anything
but :class:`JSONSyntaxError`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bulletinkit._codec import guard

try:  # the optional fast path (bulletinkit[fast])
    import orjson
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    orjson = None  # type: ignore[assignment]


class JSONSyntaxError(ValueError):
    """Text that is not JSON (``code`` ``json``), nests too deep (``depth``) or repeats a key
    (``duplicate-key``): ``message`` at 1-based ``line`` and ``column``, or at ``pointer``."""

    def __init__(
        self,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        code: str = "json",
        pointer: str | None = None,
    ):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column
        self.code, self.pointer = code, pointer


def _refusal(found: guard.Hostile) -> JSONSyntaxError:
    return JSONSyntaxError(
        found.message, found.line, found.column, code=found.code, pointer=found.pointer
    )


def _located(text: str | bytes, error: JSONSyntaxError, position: int | None) -> JSONSyntaxError:
    """The parser's ``error``, or the refusal :mod:`guard` words if it comes first."""
    found = guard.hostile(text)
    if found is not None and (position is None or found.index <= position):
        return _refusal(found)
    return error


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (_INF, -_INF):
        raise ValueError("the number is too large for a double")
    return value


_INF = float("inf")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _std_dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads_std(text: str | bytes) -> Any:
    """Parse ``text`` with the standard library, raising :class:`JSONSyntaxError`."""
    if not isinstance(text, (str, bytes)):
        raise JSONSyntaxError(f"expected str or bytes, got {type(text).__name__}")
    try:
        source = guard.decode_utf8(text) if isinstance(text, bytes) else text
        data = json.loads(source, parse_constant=_no_constant, parse_float=_finite)
    except guard.Hostile as found:
        raise _refusal(found) from None
    except json.JSONDecodeError as error:
        plain = JSONSyntaxError(error.msg, error.lineno, error.colno)
        raise _located(source, plain, error.pos) from None
    except (ValueError, RecursionError):  # NaN, Infinity, 1e400, nested too deep
        raise _located(source, JSONSyntaxError("not valid JSON"), None) from None
    if not source.isascii() or _SURROGATE_ESCAPE.search(source):
        try:  # json.loads keeps lone surrogates, which are not UTF-8 (orjson refuses them)
            source.encode("utf-8")
            if _SURROGATE_ESCAPE.search(source):
                _std_dumps(data).encode("utf-8")
        except UnicodeError:
            raise _located(source, JSONSyntaxError("a lone surrogate"), None) from None
        except RecursionError:  # parsed, but too deep to write back from here
            raise _refusal(guard.depth_issue(guard.too_deep(data) or "")) from None
    repeated = guard.duplicate(source, data, _std_dumps)
    if repeated is not None:
        raise _refusal(repeated)
    return data


def loads_fast(text: str | bytes) -> Any:
    """Parse ``text`` with orjson, raising :class:`JSONSyntaxError`."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        plain = JSONSyntaxError(error.msg, error.lineno, error.colno)
        anywhere = "UTF-8" in error.msg or "surrogate" in error.msg
        raise _located(text, plain, None if anywhere else error.pos) from None
    except TypeError as error:
        raise JSONSyntaxError(str(error)) from None
    repeated = guard.duplicate(text, data, orjson.dumps)
    if repeated is not None:
        raise _refusal(repeated)
    return data


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
