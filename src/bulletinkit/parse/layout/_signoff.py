"""Wire sign-offs: who reported the story, and sign-offs glued to its last paragraph.

Wire copy ends with a sign-off, on its own line(s) or in brackets after the last
sentence: ``Reporting by A in Geneva and B; Writing by C; Additional reporting by D;
Editing by E``. The people who reported and wrote the story are its authors (what a
byline would have named); those who added reporting, edited or compiled it are not, and
none of them is an actor of the news (the sign-off is never part of the text).
"""

from __future__ import annotations

import re

from bulletinkit.parse.layout._story import is_person_name

# One duty of a sign-off: "Reporting by A and B", "Editing by C".
_DUTY = re.compile(
    r"(?i)(?P<extra>additional\s+)?(?P<duty>reporting|writing|editing|compiled|edited|written|"
    r"translated|research)\s+by\s+(?P<names>[^;()]+)"
)
_AUTHOR_DUTIES = frozenset({"reporting", "writing", "written"})
_NAMES = re.compile(r"\s*(?:,|&|\band\b)\s*")
# " in Geneva", " at the United Nations", " from Kyiv" after a reporter's name.
_PLACE = re.compile(r"\s+(?:in|at|from)\s+[A-Z].*$")
# "... the ministry said. (Reporting by A; Editing by B)" at the end of a paragraph.
_GLUED = re.compile(
    r"\((?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written)\s+by\s+"
    r"[^()]{2,300}\)",
    re.IGNORECASE,
)
_MAX_SIGNOFF_LINES = 6


def signoff_authors(lines: list[str]) -> list[str]:
    """The reporters and writers a sign-off in ``lines`` (the story's tail) names."""
    found: list[str] = []
    for line in lines[:_MAX_SIGNOFF_LINES]:
        for duty in _DUTY.finditer(line):
            if duty["extra"] or duty["duty"].casefold() not in _AUTHOR_DUTIES:
                continue
            for name in _NAMES.split(duty["names"]):
                name = _PLACE.sub("", name.strip(" .,;:)"))
                if is_person_name(name):
                    found.append(name)
    return found


def cut_glued_signoff(paragraph: str) -> tuple[str, str | None]:
    """``paragraph`` less a sign-off in brackets at its end, and that sign-off."""
    text = paragraph.rstrip()
    if not text.endswith(")"):
        return paragraph, None  # most paragraphs: turned away cheaply
    start = text.rfind("(")
    if start <= 0 or _GLUED.fullmatch(text, start) is None:
        return paragraph, None
    return text[:start].rstrip(), text[start:]
