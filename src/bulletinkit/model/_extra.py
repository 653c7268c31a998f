"""The ``extra`` field every model object carries for unknown JSON members.

``extra`` is a :class:`FrozenExtra`: a read-only mapping that, unlike
``types.MappingProxyType``, pickles and deep-copies, so models cross process pools.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

import attrs

__all__ = ["EMPTY", "FrozenExtra", "extra_field", "freeze_extra"]


class FrozenExtra(Mapping[str, Any]):
    """A read-only mapping of unknown JSON members that pickles and deep-copies.

    Built from a copy of the given mapping, so later changes to it do not reach the model.
    It compares equal to any mapping with the same items and is not hashable.
    """

    __slots__ = ("_data",)
    _data: dict[str, Any]

    def __init__(self, data: Mapping[str, Any] = {}) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenExtra):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a mapping is not hashable

    def __repr__(self) -> str:
        return f"FrozenExtra({self._data!r})"

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"FrozenExtra is read-only (cannot set {name!r})")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"FrozenExtra is read-only (cannot delete {name!r})")

    def __reduce__(self) -> tuple[type[FrozenExtra], tuple[dict[str, Any]]]:
        return (FrozenExtra, (self._data,))


EMPTY: Mapping[str, Any] = FrozenExtra()


def freeze_extra(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """``value`` as a :class:`FrozenExtra` (kept as is when it already is one)."""
    if isinstance(value, FrozenExtra):
        return value
    if not value:
        return EMPTY
    return FrozenExtra(value)


def extra_field() -> Any:
    """An ``extra`` mapping: unknown members kept by the codec's lenient mode.

    It is empty unless data was read with ``lenient=True``; it takes part in equality
    but not in hashing (a mapping is not hashable). Whatever mapping is passed is
    stored as a read-only, picklable copy (:class:`FrozenExtra`).
    """
    return attrs.field(default=EMPTY, converter=freeze_extra, hash=False, repr=False)
