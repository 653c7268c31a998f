"""Where a bulletin document came from: the program that made it and its notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from bulletinkit.errors import Issue
from bulletinkit.model import _convert, _rules
from bulletinkit.model._extra import extra_field

__all__ = ["Provenance"]


def _issues(value: Sequence[Issue]) -> tuple[Issue, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


@attrs.frozen(kw_only=True)
class Provenance:
    """What produced a bulletin: ``generator`` names the program and its version
    (``"bulletinkit 0.2.0"``); ``notes`` are the :class:`~bulletinkit.Issue` records it
    left, such as the parser's ``no-date`` warning (codes in ``docs/parsing.md``).
    """

    generator: str = attrs.field(validator=_rules.non_empty)
    notes: tuple[Issue, ...] = attrs.field(
        default=(), converter=_issues, validator=_rules.tuple_of(Issue)
    )
    extra: Mapping[str, Any] = extra_field()
