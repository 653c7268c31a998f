"""Positions of text inside a bulletin."""

from __future__ import annotations

import attrs

from bulletinkit.model._rules import fail

__all__ = ["Span"]


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of a bulletin's text: characters ``start`` to ``end`` of one part.

    ``part`` indexes the lead and the paragraphs in reading order: ``0`` is the lead
    (or the first paragraph when there is no lead), ``1`` the next paragraph, and so on.
    ``start`` and ``end`` are Python string offsets (``text[start:end]``).
    """

    part: int
    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        part, start, end = self.part, self.start, self.end
        ints = type(part) is int and type(start) is int and type(end) is int
        if ints and part >= 0 and 0 <= start <= end:  # the common case, without a loop
            return
        for name in ("part", "start", "end"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                fail(name, "span", "must be a non-negative integer", value)
        if self.end < self.start:
            fail("end", "span", f"must not be less than start {self.start}", self.end)
