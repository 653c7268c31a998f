"""Which tokens the passes after the tokenizer start from, noted while tokenizing.

The scan, the run finder and the role finder each look only at tokens of a few kinds;
the tokenizer knows each word's kind from a per-word memo, so it notes their indices as
it goes, and those passes need not step through every token.
"""

from __future__ import annotations

from bulletinkit.parse.actors._titles import strip_lead
from bulletinkit.parse.text import lexicon, role_start_words

__all__ = ["CUE", "NAME", "SCAN", "Marks", "mark_of"]

# The lists of Marks a token goes in, as bits.
NAME, SCAN, CUE = 1, 2, 4
_ARTICLES = ("al-", "el-", "ad-")  # "al-Assad", "el-Sisi"


class Marks:
    """Which tokens later passes must look at, by index (in order), so that they need
    not test every token: ``names`` may start a name run (capitalised, or "al-Assad"),
    ``scan`` a known name or a title (a capitalised word a known name starts with, a word
    a title starts with, a hyphenated word), ``cues`` a role phrase (a determiner or a
    role prefix word)."""

    __slots__ = ("cues", "names", "offset", "scan")

    def __init__(self) -> None:
        self.offset = 0  # the index of the next part's first token
        self.names: list[int] = []
        self.scan: list[int] = []
        self.cues: list[int] = []

    def add(self, index: int, mark: int) -> None:
        """Note token ``index`` under each list its ``mark`` bits name."""
        if mark & NAME:
            self.names.append(index)
        if mark & SCAN:
            self.scan.append(index)
        if mark & CUE:
            self.cues.append(index)

    def drop(self, index: int) -> None:
        """Forget token ``index``, the last one noted (its text changed)."""
        for found in (self.names, self.scan, self.cues):
            if found and found[-1] == index:
                found.pop()


def mark_of(text: str, lower: str, is_cap: bool) -> int:
    """The bits of the Marks lists a token with this text goes in."""
    lex = lexicon()
    mark = NAME if is_cap or text.startswith(_ARTICLES) else 0
    # What the scan looks up: a known name, a title (see _scan.scan), "ex-president".
    if text[:1].isalpha() and (
        (is_cap and (text in lex.proper_prefixes or "-" in text))
        or lower in lex.title_prefixes
        or ("-" in lower and strip_lead(lower)[1] in lex.title_prefixes)
    ):
        mark |= SCAN
    if lower in role_start_words():
        mark |= CUE
    return mark
