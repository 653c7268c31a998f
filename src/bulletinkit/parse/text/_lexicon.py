"""Load the actor vocabularies from the data files in ``lexicon/``.

Every list lives in a data file with a header saying where it comes from; this module only
reads them (once, cached) into the lookup tables the extractor uses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = ["Lexicon", "TitleEntry", "lexicon", "role_start_words", "rows"]


@attrs.frozen(kw_only=True)
class TitleEntry:
    """One title phrase: its canonical form, its class and what a description may mean."""

    title: str | None
    cls: str
    refers: frozenset[str]


@attrs.frozen(kw_only=True)
class Lexicon:
    """Every vocabulary the actor extractor reads, as lookup tables."""

    country_names: dict[str, str]
    state_names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    organizations: dict[str, tuple[str, str | None]]
    not_actors: frozenset[str]
    places: dict[str, str | None]
    calendar: frozenset[str]
    stopwords: frozenset[str]
    given_names: frozenset[str]
    name_forms: dict[str, str]
    surname_forms: tuple[tuple[str, str], ...]
    titles: dict[str, TitleEntry]
    ministries: dict[str, tuple[str, str]]
    cues: dict[str, frozenset[str]]
    translit: tuple[tuple[re.Pattern[str], str], ...]
    max_title_words: int
    max_proper_words: int
    title_prefixes: frozenset[str]
    proper_prefixes: frozenset[str]


def rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a lexicon file, without comments and blank lines."""
    return _rows(name)


def _rows(name: str) -> Iterator[list[str]]:
    text = (
        resources.files("bulletinkit.parse").joinpath("lexicon").joinpath(name).read_text("utf-8")
    )
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _words(name: str) -> Iterator[str]:
    for row in _rows(name):
        yield from row[0].split()


def _variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _states() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for row in _rows("country_names.tsv"):
        for name in _variants(_cell(row, 1)):
            if "," in name or "(" in name:
                continue
            if names.get(name, row[0]) != row[0]:
                ambiguous.add(name)
            names[name] = row[0]
    for name in ambiguous:
        del names[name]
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    display: dict[str, str] = {}
    for row in _rows("states.tsv"):
        code = row[0]
        display[code] = _variants(_cell(row, 1))[0]
        for name in _variants(_cell(row, 1)):
            names[name] = code
        for demonym in _variants(_cell(row, 2)):
            demonyms.setdefault(demonym, code)
        for capital in _variants(_cell(row, 3)):
            capitals.setdefault(capital, code)
    return names, demonyms, capitals, display


def _titles() -> dict[str, TitleEntry]:
    table: dict[str, TitleEntry] = {}
    for row in _rows("titles.tsv"):
        cls = _cell(row, 2)
        refers = frozenset(_cell(row, 3).split()) or frozenset({cls})
        title = None if _cell(row, 1) == "-" else _cell(row, 1)
        table[row[0]] = TitleEntry(title=title, cls=cls, refers=refers)
    return table


def _plurals(word: str) -> list[str]:
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s", word + "es"]


def _prefixes(phrases: list[str]) -> frozenset[str]:
    """Every leading run of words of every phrase, so a scan can stop early."""
    found: set[str] = set()
    for phrase in phrases:
        words = phrase.split()
        for end in range(1, len(words) + 1):
            found.add(" ".join(words[:end]))
    return frozenset(found)


def _title_forms(
    titles: dict[str, TitleEntry], ministries: dict[str, tuple[str, str]]
) -> list[str]:
    forms: list[str] = []
    heads = [*titles]
    for portfolio in ministries:
        heads.append(f"{portfolio} minister")
        for link in ("of", "of the", "for"):
            forms.append(f"minister {link} {portfolio}")
            forms.append(f"ministers {link} {portfolio}")
    for head in heads:
        words = head.split()
        forms.append(head)
        forms.extend(" ".join([*words[:-1], plural]) for plural in _plurals(words[-1]))
    return forms


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the vocabularies, read from the data files once per process."""
    names, demonyms, capitals, display = _states()
    organizations: dict[str, tuple[str, str | None]] = {}
    for row in _rows("organizations.tsv"):
        country = _cell(row, 2).strip() or None
        organizations[row[0]] = (row[0], country)
        for alias in _variants(_cell(row, 1)):
            organizations[alias] = (row[0], country)
    titles = _titles()
    ministries = {row[0]: (row[1], row[2]) for row in _rows("ministries.tsv")}
    cues = {row[0]: frozenset(_variants(row[1])) for row in _rows("cues.tsv")}
    translit = tuple((re.compile(row[0]), _cell(row, 1)) for row in _rows("translit.tsv"))
    not_actors = frozenset(row[0] for row in _rows("not_actors.tsv"))
    places = {row[0]: (_cell(row, 1).strip() or None) for row in _rows("places.tsv")}
    calendar = frozenset(_words("calendar.txt"))
    proper = [*names, *capitals, *organizations, *not_actors, *places, *demonyms, *calendar]
    title_forms = [*_title_forms(titles, ministries), *cues["counterpart"]]
    return Lexicon(
        country_names=names,
        state_names=display,
        demonyms=demonyms,
        capitals=capitals,
        organizations=organizations,
        not_actors=not_actors,
        places=places,
        calendar=calendar,
        stopwords=frozenset(_words("stopwords.txt")),
        given_names=frozenset(_words("given_names.txt")),
        name_forms={
            n: row[0]
            for row in _rows("given_name_forms.tsv")
            if ":" not in row[0]
            for n in _variants(row[1])
        },
        surname_forms=tuple(
            (ending, row[0].split(":")[1])
            for row in _rows("given_name_forms.tsv")
            if row[0].startswith("suffix:")
            for ending in _variants(row[1])
        ),
        titles=titles,
        ministries=ministries,
        cues=cues,
        translit=translit,
        max_title_words=max(len(t.split()) for t in [*titles, *ministries]) + 2,
        max_proper_words=max(len(p.split()) for p in proper),
        title_prefixes=_prefixes(title_forms),
        proper_prefixes=_prefixes(proper),
    )


# Words a role phrase may start with besides the role prefixes: determiners, numbers.
_ROLE_STARTERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "two", "three", "four", "both"}
)


@functools.cache
def role_start_words() -> frozenset[str]:
    """Words a role phrase may start with: determiners and the lexicon's role prefixes."""
    return _ROLE_STARTERS | lexicon().cues["role_prefix"]
