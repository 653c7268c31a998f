"""The shape of a title line: short, not a sentence, or a repeat of the title."""

from __future__ import annotations

from bulletinkit.parse.layout._lexicon import lexicon

_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
_SENTENCE_ENDS = (".", "!", "…")
_MAX_ABBREVIATION = 4


def looks_like_title(text: str) -> bool:
    """Whether ``text`` can be a title: short, and not ending like a sentence."""
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    # A title does not end like a sentence; an abbreviation ("Nov.", "U.S.") or a title
    # in title case ("Putin Tightens Control over Regions.") may.
    if text.endswith(_SENTENCE_ENDS):
        words = text.rstrip(".!…").split()
        last = (words or [""])[-1]
        return _abbreviation(last) or _title_case(words)
    return True


def _abbreviation(word: str) -> bool:
    # "Nov." (the full stop is the text's last), "U.S.", "EU."
    core = word.strip(",;:")
    return (
        (len(core) <= _MAX_ABBREVIATION and core.casefold() in lexicon().calendar_words)
        or ("." in core and core[:1].isalpha())
        or (core.isupper() and len(core) > 1)
    )


_MAX_ABBREVIATION = 4


def _title_case(words: list[str]) -> bool:
    # "Putin Tightens Control over Regions." is a title despite its full stop: every
    # word but the small ones is capitalised, which a sentence's are not ("Prime
    # Minister Jane Doe met ...": "met").
    content = [w for w in words if w[:1].isalpha()]
    if len(content) < 2:
        return False
    lower = lexicon().title_lower
    return all(w[:1].isupper() or w.casefold() in lower for w in content)


def same_words(one: str, other: str) -> bool:
    """Whether two texts have the same words, ignoring case and spacing."""
    # Folding never makes a space, so texts with the same words start with the same
    # word: a cheap test that spares most lines the whole comparison.
    first, second = one.split(None, 1), other.split(None, 1)
    if first[:1] and second[:1] and first[0].casefold() != second[0].casefold():
        return False
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


_MIN_DEK_WORDS = 12
_MIN_DEK_TITLE_WORDS = 3
_MIN_DEK_TITLE_WORDS_FIRST = 4
_DEK_RATIO = 1.5
_MIN_DEK_LOWER = 2


def is_dek(title: str, line: str, *, first: bool = False) -> bool:
    """Whether ``line``, set right under ``title`` without a full stop, is a standfirst.

    A dek is a sentence without its stop: long (at least ``_MIN_DEK_WORDS`` words, half
    as long again as the title) and in sentence case (lower-case words that are not the
    small words of title case), under a title of a few words. When ``title`` is the
    page's first candidate line it may be a site's name the lexicon does not know ("The
    Example Independent" above a long headline): it must then have more words.
    """
    words, heading = line.split(), title.split()
    least = _MIN_DEK_TITLE_WORDS_FIRST if first else _MIN_DEK_TITLE_WORDS
    if len(heading) < least or len(words) < max(_MIN_DEK_WORDS, _DEK_RATIO * len(heading)):
        return False
    small = lexicon().title_lower
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in small]
    return len(lower) >= _MIN_DEK_LOWER
