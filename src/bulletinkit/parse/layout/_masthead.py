"""Lines above a title that are not the title: mastheads and section labels.

A crawler keeps the site's name ("Example Wire", "Ministry of Foreign Affairs of ...")
and the section a story is filed under ("World", "Press releases") above the title,
and some sites glue the section to the title's end ("Talks resume in GenevaWorld").
The words come from ``parse/lexicon/layout_site_words.tsv`` and ``layout_sections.tsv``.
"""

from __future__ import annotations

import itertools
import re

from bulletinkit.parse.layout._lexicon import lexicon

_MAX_MASTHEAD_WORDS = 8
_LOWER_IN_NAMES = frozenset({"of", "and", "the", "for", "on", "in", "&", "de"})
_GLUED = re.compile(r"(?<=[a-z])([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


def is_masthead(line: str) -> bool:
    """Whether ``line`` names a publisher: capitalised words ending with a site word
    ("Example Broadcasting"), or a "Ministry of ..."/"Institute for ..." name."""
    words = line.strip(" .:").split()
    if not 0 < len(words) <= _MAX_MASTHEAD_WORDS:
        return False
    if not all(w[:1].isupper() or w in _LOWER_IN_NAMES for w in words):
        return False
    folded = [w.casefold() for w in words]
    site = lexicon()
    if folded[-1] in site.site_words:
        return True
    return names_an_office(line)


def names_an_office(line: str) -> bool:
    """Whether ``line`` starts like an office's name ("Ministry of ...", "Institute for
    ..."): a masthead, unless nothing else on the page can be the title ("Ministry of
    Defence Denies Report")."""
    folded = [w.casefold() for w in line.strip(" .:").split()]
    starts = lexicon().site_starts
    return any(
        word in starts and following in ("of", "for")
        for word, following in itertools.pairwise(folded)
    )


def is_section(line: str) -> bool:
    """Whether ``line`` is a section or category label ("World", "Press releases")."""
    return line.strip(" .:»›>|").casefold() in lexicon().sections


def strip_glued_section(title: str) -> str:
    """``title`` without a section label glued to its last word ("GenevaWorld")."""
    found = _GLUED.search(title)
    if found is None or found[1].casefold() not in lexicon().sections:
        return title
    return title[: found.start()].rstrip()
