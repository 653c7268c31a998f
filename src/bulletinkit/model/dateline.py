"""Datelines: where a story was filed and which agency filed it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from bulletinkit.model import _rules
from bulletinkit.model._extra import extra_field

__all__ = ["Dateline"]


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline of a story: ``KYIV, March 3 (Example Wire) -`` is
    ``Dateline(place="KYIV", agency="Example Wire")``.

    ``place`` is the place as the text writes it, ``agency`` the news agency named in
    it; at least one of them is given. The dateline's date, when it has one, is not the
    publication date and is not kept here.
    """

    place: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    agency: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    extra: Mapping[str, Any] = extra_field()

    def __attrs_post_init__(self) -> None:
        if self.place is None and self.agency is None:
            _rules.fail_object(
                "empty",
                "a dateline needs a place or an agency",
                expected="a place, an agency or both",
            )
