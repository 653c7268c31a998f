"""Hostile JSON: the nesting limit, duplicate keys, and one wording for both backends.

The backends (the standard library and orjson) refuse the same inputs but say so in their
own words, at their own places, or not at all: the standard library recurses until a
``RecursionError``, accepts ``1e400`` as infinity and keeps the last of two equal keys;
orjson stops at 1,024 levels. This module gives both one behaviour:

- :data:`MAX_DEPTH`: a document may nest arrays and objects at most this deep; deeper is
  a ``depth`` issue at the JSON pointer of the first value past the limit, whether the
  parser gave up or the data arrived parsed (:func:`too_deep`).
- ``NaN``, ``Infinity``, ``-Infinity``, numbers too large for a double, lone surrogates
  and bytes that are not UTF-8 are ``json`` issues worded here, located at the line and
  column where they start (:func:`hostile`, run only once a parser has failed).
- Two equal keys in one object are a ``duplicate-key`` issue at the pointer of the second
  (:func:`duplicate`): found on the happy path by a count (a re-serialized document has
  one ``:`` per key; fewer than the text means a key was swallowed), located by a
  second parse only when the count says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 128
"""How deep arrays and objects may nest in a document (the document itself is level 1)."""

_TOKEN = re.compile(
    r'[ \t\r\n]*(?:(")|([\[{])|([\]}])|(,)|(:)|(NaN|-?Infinity)|([-+0-9.eE]+)|(true|false|null))'
)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    r"|[\ud800-\udfff]"
)


class Hostile(ValueError):
    """A located reason to refuse a JSON text: ``code``, ``message``, and where."""

    def __init__(
        self,
        code: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        pointer: str | None = None,
        index: int = 0,
    ) -> None:
        super().__init__(message)
        self.code, self.message = code, message
        self.line, self.column, self.pointer = line, column, pointer
        self.index = index
        """Where in the text the refusal starts (a character index)."""


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def depth_issue(pointer: str, index: int = 0) -> Hostile:
    """The issue of a value nested past :data:`MAX_DEPTH` at ``pointer``."""
    return Hostile(
        "depth",
        f"nested deeper than {MAX_DEPTH} levels of arrays and objects (the limit of bulletinkit)",
        pointer=pointer,
        index=index,
    )


def decode_utf8(text: bytes) -> str:
    """``text`` decoded strictly, or :class:`Hostile` at the first bad byte."""
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_column(text[: error.start].decode("utf-8", "replace"), error.start)
        raise Hostile(
            "json", "the text is not valid UTF-8 (or holds a lone surrogate)", line, column
        ) from None  # index 0: it comes before any parsing


def hostile(text: str | bytes) -> Hostile | None:
    """The first refusal of ``text`` this module words, scanning from the start; ``None``
    when there is none before the end or the first plain syntax error."""
    if isinstance(text, bytes):
        try:
            text = decode_utf8(text)
        except Hostile as error:
            return error
    keys: list[Any] = []  # per open container: its current index or key
    arrays: list[bool] = []
    expect_key = False
    position = 0
    while True:
        match = _TOKEN.match(text, position)
        if match is None:
            return None
        start = match.end() - len(match.group(0).lstrip(" \t\r\n"))
        position = match.end()
        if match.group(1):  # a string
            string = _STRING.match(text, start)
            if string is None:
                return None
            position = string.end()
            lone = _SURROGATE.search(string.group())
            if lone:
                index = start + lone.start()
                line, column = _line_column(text, index)
                return Hostile(
                    "json", "a lone surrogate is not valid JSON text", line, column, index=index
                )
            if expect_key and arrays and not arrays[-1]:
                try:
                    keys[-1] = json.loads(string.group())
                except ValueError:  # a control character: the parser says so first
                    return None
                expect_key = False
        elif match.group(2):
            arrays.append(match.group(2) == "[")
            keys.append(0 if arrays[-1] else None)
            if len(arrays) > MAX_DEPTH:
                return depth_issue("".join("/" + _escape(k) for k in keys[:-1]), start)
            expect_key = not arrays[-1]
        elif match.group(3):
            if not arrays:
                return None
            arrays.pop()
            keys.pop()
        elif match.group(4):
            if not arrays:
                return None
            if arrays[-1]:
                keys[-1] += 1
            else:
                expect_key = True
        elif match.group(6):
            line, column = _line_column(text, start)
            message = f"{match.group(6)} is not a JSON value"
            return Hostile("json", message, line, column, index=start)
        elif match.group(7):
            try:
                number = float(match.group(7))
            except ValueError:
                return None
            if number in (float("inf"), float("-inf")):
                line, column = _line_column(text, start)
                message = "the number is too large for a double"
                return Hostile("json", message, line, column, index=start)


def too_deep(data: Any) -> str | None:
    """The JSON pointer of the first value of ``data`` nested past :data:`MAX_DEPTH`."""
    stack: list[tuple[Any, int, Any]] = [(data, 1, None)]
    while stack:
        node, depth, trail = stack.pop()
        if node.__class__ is dict or isinstance(node, dict):
            items: Any = node.items()
        elif node.__class__ is list or isinstance(node, (list, tuple)):
            items = enumerate(node)
        else:
            continue
        if depth > MAX_DEPTH:
            keys = []
            while trail is not None:
                trail, key = trail
                keys.append(_escape(key))
            return "".join("/" + key for key in reversed(keys))
        for key, value in items:
            if value.__class__ in (dict, list) or isinstance(value, (dict, list, tuple)):
                stack.append((value, depth + 1, (trail, key)))
    return None


def lone_surrogate(data: Any) -> str | None:
    """The JSON pointer of the first string (key or value) of ``data`` that holds a lone
    surrogate, which no UTF-8 JSON text can carry; ``None`` when there is none."""
    stack: list[tuple[Any, Any]] = [(data, None)]
    while stack:
        node, trail = stack.pop()
        found = None
        if isinstance(node, str):
            found = not node.isascii() and _SURROGATE.search(node) is not None
        elif isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                    found, trail = True, (trail, key)
                    break
                stack.append((value, (trail, key)))
        elif isinstance(node, (list, tuple)):
            stack.extend((value, (trail, index)) for index, value in enumerate(node))
        if found:
            keys = []
            while trail is not None:
                trail, key = trail
                keys.append(_escape(key))
            return "".join("/" + key for key in reversed(keys))
    return None


class _Pairs(dict[str, Any]):
    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> _Pairs:
    found = _Pairs()
    for key, value in pairs:
        if key in found and found.duplicate is None:
            found.duplicate = key
        found[key] = value
    return found


def _first_duplicate(node: Any) -> str | None:
    stack: list[tuple[Any, Any]] = [(node, None)]
    while stack:  # depth first, in document order
        node, trail = stack.pop()
        if isinstance(node, _Pairs) and node.duplicate is not None:
            keys = [_escape(node.duplicate)]
            while trail is not None:
                trail, key = trail
                keys.append(_escape(key))
            return "".join("/" + key for key in reversed(keys))
        if isinstance(node, (dict, list)):
            children = node.items() if isinstance(node, dict) else enumerate(node)
            stack.extend(reversed([(value, (trail, key)) for key, value in children]))
    return None


def duplicate(text: str | bytes, data: Any, dumps: Callable[[Any], str | bytes]) -> Hostile | None:
    """The duplicate-key issue of ``text`` (already parsed into ``data``), if any.

    ``dumps`` writes ``data`` compactly (it may raise: then the slow, exact way is taken).
    """
    if data.__class__ is not dict and data.__class__ is not list:
        return None
    colon: Any = b":" if isinstance(text, bytes) else ":"
    escaped: Any = b"\\u003" if isinstance(text, bytes) else "\\u003"
    if escaped not in text:
        try:
            again = dumps(data)
        except (ValueError, TypeError, RecursionError):
            pass
        else:
            # every key of the text is still there (see the module docstring)
            again_colons = again.count(b":") if isinstance(again, bytes) else again.count(":")
            if again_colons >= text.count(colon):
                return None
    pointer = too_deep(data)
    if pointer is not None:
        return depth_issue(pointer)
    try:
        source = text.decode("utf-8") if isinstance(text, bytes) else text
        pairs = json.loads(source, object_pairs_hook=_pairs)
    except (ValueError, RecursionError):  # the other parser refuses what the first read:
        return None  # nothing to add, the first parser's reading stands
    pointer = _first_duplicate(pairs)
    if pointer is None:
        return None
    return Hostile(
        "duplicate-key",
        "this key appears twice in the same object (JSON readers would keep only one)",
        pointer=pointer,
    )
