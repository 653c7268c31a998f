"""The base of the models' enums: members that read as their JSON value."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum", "allowed_values"]


class ValueEnum(str, enum.Enum):
    """A string enum whose ``str()`` and ``format()`` are the member's value.

    ``str(MeetingKind.TALKS) == f"{MeetingKind.TALKS}" == "talks"`` on every supported
    Python (3.11 and 3.12 changed what ``str()`` and ``format()`` give for ``str`` mix-in
    enums, so both are stated here); ``repr`` stays ``<MeetingKind.TALKS: 'talks'>``.
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


def allowed_values(kind: type[enum.Enum]) -> str:
    """The values of ``kind`` for a message: ``'person', 'state', 'organization'``."""
    return ", ".join(repr(member.value) for member in kind)
