"""Creative Commons licences named in a notice: by name, short code or URL.

The elements (BY, NC, ND, SA), their words and what each requires or prohibits come
from ``lexicon/cc_licences.json``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from bulletinkit.model.license import Action, Duty, Rule, Target
from bulletinkit.parse.text import Gate, fold

__all__ = ["CcLicence", "find_cc_licence"]

_URL = Gate(
    r"(?i)(?:https?://)?(?:www\.)?creativecommons\.org/"
    r"(?:licenses/(?P<codes>[a-z-]+)/(?P<version>\d\.\d)|publicdomain/zero/(?P<zero>\d\.\d))"
    r"[\w./-]*",
    needles=["creativecommons.org"],
)
_WINDOW = 120


@attrs.frozen(kw_only=True)
class CcLicence:
    """A Creative Commons licence found in a notice."""

    elements: frozenset[str]
    version: str | None
    zero: bool = False
    url: str | None = None

    @property
    def spdx(self) -> str | None:
        """The SPDX identifier, or ``None`` when the version is not stated."""
        data = _data()
        if self.zero:
            return str(data["zero"]["spdx"])
        if self.version is None or self.version not in data["versions"]:
            return None
        codes = [code for code in data["order"] if code in self.elements]
        return "CC-" + "-".join(codes) + "-" + self.version

    def rules(self) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """The permissions and prohibitions the licence grants and sets."""
        if self.zero:
            return (Rule(action=Action.USE, target=Target.ALL),), ()
        elements = _data()["elements"]
        duties = [
            Duty(elements[code]["duty"])
            for code in _data()["order"]
            if code in self.elements and "duty" in elements[code] and "on" not in elements[code]
        ]
        derive_duties = duties + [
            Duty(elements[code]["duty"])
            for code in _data()["order"]
            if code in self.elements and elements[code].get("on") == "derive"
        ]
        prohibited = [
            Action(elements[code]["prohibit"])
            for code in _data()["order"]
            if code in self.elements and "prohibit" in elements[code]
        ]
        # One broad grant (ODRL "use" includes every other action) with the BY duty; the
        # SA duty rides on a narrower derive grant; NC and ND carve out prohibitions.
        permissions = [Rule(action=Action.USE, duties=tuple(duties))]
        if derive_duties != duties and Action.DERIVE not in prohibited:
            permissions.append(Rule(action=Action.DERIVE, duties=tuple(derive_duties)))
        return tuple(permissions), tuple(Rule(action=action) for action in prohibited)


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("bulletinkit.parse").joinpath("lexicon").joinpath("cc_licences.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _word_pattern(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"[\s-]+") for word in ordered)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[Gate, Gate]:
    data = _data()
    codes = "|".join(data["order"])
    short = Gate(
        rf"(?i)(?<![\w/])CC[\s-]+(?P<codes>(?:{codes})(?:[\s-]+(?:{codes}))*)\b"
        r"(?:[\s-]+v?(?P<version>\d\.\d))?",
        needles=["cc"],
    )
    zero = Gate(
        rf"(?i)(?<![\w/])(?:{_word_pattern(data['zero']['words'])})\b",
        needles=data["zero"]["needles"],
    )
    return short, zero


@functools.lru_cache(maxsize=1)
def _element_words() -> dict[str, re.Pattern[str]]:
    # Compiled on first need: only a notice naming "Creative Commons" uses them.
    return {
        code: re.compile(rf"(?i)\b(?:{_word_pattern(entry['words'])})\b")
        for code, entry in _data()["elements"].items()
    }


def _from_name(text: str) -> CcLicence | None:
    start = text.lower().find("creative commons")
    if start < 0:
        return None
    window = text[start + len("creative commons") : start + len("creative commons") + _WINDOW]
    window = re.split(r"\.(?!\d)", window, maxsplit=1)[0]
    elements = frozenset(
        code for code, pattern in _element_words().items() if pattern.search(window)
    )
    if not elements:
        return None
    version = re.search(r"\d\.\d", window)
    return CcLicence(elements=elements, version=None if version is None else version.group())


def find_cc_licence(text: str, folded: str | None = None) -> CcLicence | None:
    """The Creative Commons licence ``text`` names, if any (a URL wins over a name).

    ``folded`` is ``fold(text)`` when the caller has it (see :func:`~bulletinkit.parse.text.fold`).
    """
    if folded is None:
        folded = fold(text)
    url = _URL.search(text, folded)
    if url is not None:
        link = url.group().rstrip(".")
        link = link if link.lower().startswith("http") else "https://" + link
        if url.group("zero"):
            return CcLicence(elements=frozenset(), version=url.group("zero"), zero=True, url=link)
        elements = frozenset(part.upper() for part in url.group("codes").split("-"))
        if elements <= set(_data()["order"]):
            return CcLicence(elements=elements, version=url.group("version"), url=link)
    short, zero = _patterns()
    if zero.search(text, folded):
        return CcLicence(elements=frozenset(), version="1.0", zero=True)
    named = _from_name(text)
    if named is not None:
        return named
    found = short.search(text, folded)
    if found is not None:
        elements = frozenset(code.upper() for code in re.split(r"[\s-]+", found.group("codes")))
        return CcLicence(elements=elements, version=found.group("version"))
    return None
