"""Checks of the codec's arguments: a mistake in the calling code raises UsageError.

Each check costs a class test or a set lookup, so the public functions run them on
every call; the messages name the function, the argument, what it takes and what came.
"""

from __future__ import annotations

from typing import Any

from bulletinkit._codec.plan import OBJECT_MODELS
from bulletinkit.errors import UsageError

MODELS = frozenset(OBJECT_MODELS)
"""The classes the codec reads and writes."""
_NAMES = ", ".join(model.__name__ for model in OBJECT_MODELS)
_TEXT = (str, bytes, bytearray)


def _given(value: object) -> str:
    if isinstance(value, type):
        return f"the class {value.__name__}"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _model_class(value: object) -> str | None:
    """The name of ``value`` when it is a model class."""
    return value.__name__ if isinstance(value, type) and value in MODELS else None


def model_class(function: str, cls: object, first: str, other: object) -> None:
    """``cls`` of ``function(first, cls)`` is a model class (``other``: the value of
    ``first``, which may be the class, swapped)."""
    if isinstance(cls, type) and cls in MODELS:
        return
    message = f"{function}(): cls must be a bulletinkit model class ({_NAMES}), got {_given(cls)}"
    swapped = _model_class(other)
    if swapped is not None:
        message += f"; the arguments are swapped: call {function}({first}, {swapped})"
    elif cls in (dict, list, object):
        message += "; for plain JSON data use json.loads"
    raise UsageError(message)


def json_text(function: str, text: object) -> None:
    """``text`` is JSON text (``str`` or ``bytes``)."""
    if isinstance(text, _TEXT):
        return
    message = f"{function}(): text must be JSON text (str or bytes), got {_given(text)}"
    swapped = _model_class(text)
    if swapped is not None:
        message += f"; the arguments are swapped: call {function}(text, {swapped})"
    elif isinstance(text, (dict, list)):
        message += "; for data as json.loads returns it call from_dict(data, cls)"
    raise UsageError(message)


def model_object(function: str, obj: object, argument: str = "obj") -> None:
    """``obj`` is an instance of a model class."""
    if obj.__class__ in MODELS:
        return
    message = (
        f"{function}(): {argument} must be a bulletinkit model object ({_NAMES}), got {_given(obj)}"
    )
    if _model_class(obj) is not None:
        message += "; pass an instance, not the class"
    elif isinstance(obj, (dict, list)):
        message += "; for plain data use json.dumps"
    raise UsageError(message)


def lines(function: str, value: Any) -> None:
    """``value`` is an iterable of lines, not one string."""
    if isinstance(value, _TEXT):
        raise UsageError(
            f"{function}(): lines must be an iterable of lines (an open file, a list, "
            f"text.splitlines()), got one {type(value).__name__}"
        )
