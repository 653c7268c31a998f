"""Read a role phrase: "the top Russian diplomat", "Gazprom CEO", "head of Rostec".

A role phrase is an optional determiner, modifiers (demonym, country, organisation, prefix
words such as "Deputy" or "former"), a title from ``titles.tsv`` or a ministerial
portfolio, and an optional "of"/"at" complement naming an organisation or a country.
"""

from __future__ import annotations

import functools

import attrs

from bulletinkit.parse.actors._bodies import (
    STATE_NOUNS,
    body_noun,
    common_body,
    generic,
    is_acronym,
    remit,
    state_before,
)
from bulletinkit.parse.actors._scan import Doc, TitleHit
from bulletinkit.parse.text import TitleEntry, lexicon

__all__ = ["RolePhrase", "parse_role"]

_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our"])
_KEPT_PREFIXES = frozenset(
    ["deputy", "first", "vice", "acting", "former", "ex", "interim", "assistant"]
)
_NUMBERS = frozenset(["two", "three", "four", "five", "six", "both", "several"])
_COMPLEMENT = frozenset({"of", "at", "to", "for"})
_MAX_MODIFIERS = 6
_MAX_COMPLEMENTS = 2


@attrs.define(slots=True)
class RolePhrase:
    """A role phrase found in the text, spanning tokens ``start`` to ``end``."""

    start: int
    end: int
    hit: TitleHit
    det: str | None
    prefixes: list[str]
    country: str | None = None
    org: str | None = None
    org_country: str | None = None
    numbered: bool = False
    countries: list[str] = attrs.Factory(list)  # "ministers of Russia and Ukraine", in order
    org_start: int = -1  # tokens of the organisation read so far, to join "CIS Department"
    org_end: int = -1
    tail: str = ""  # a body or a remit the post is named by: "of the Security Council"

    def set_org(self, doc: Doc, name: str, start: int, end: int) -> None:
        """Record the organisation over tokens ``start``-``end``, joining an adjacent one."""
        if self.org and self.org_end == start:
            self.org = " ".join(t.text for t in doc.tokens[self.org_start : end])
        else:
            self.org = name
            self.org_start = start
        self.org_end = end

    @property
    def title(self) -> str | None:
        """The title with the prefixes it keeps ("First Deputy Prime Minister")."""
        if self.hit.title is None:
            return None
        kept = [p.capitalize() for p in self.prefixes if p in _KEPT_PREFIXES]
        if "ex" in self.prefixes:
            kept = ["Former" if p == "Ex" else p for p in kept]
        if self.tail:
            return " ".join([*kept, self.hit.title, self.tail])
        return " ".join([*kept, self.hit.title])

    @property
    def effective_country(self) -> str | None:
        """The country the role belongs to, from a demonym or from its organisation."""
        return self.country or self.org_country


def _modifier(doc: Doc, phrase: RolePhrase, i: int) -> int | None:
    """Read one modifier at token ``i`` into ``phrase``; return where it ends, or None."""
    tokens = doc.tokens
    tag = doc.tags[i]
    if tag is not None and tag.start == i:
        if tag.kind == "demonym" or (tag.kind == "country" and phrase.country is None):
            phrase.country = phrase.country or tag.code
            return tag.end
        if tag.kind == "capital":  # "Moscow Mayor", "Kyiv's envoy", "ambassador to Paris"
            phrase.country = phrase.country or tag.code
            return tag.end
        if tag.kind == "org" and tag.name:
            phrase.set_org(doc, tag.name, i, tag.end)
            phrase.org_country = tag.code
            return tag.end
        if tag.kind == "place":  # "Kirov Governor", "Odesa regional governor"
            phrase.country = phrase.country or tag.code
            return tag.end
        return None
    if tokens[i].possessive and tokens[i].lower in STATE_NOUNS:
        phrase.country = phrase.country or state_before(doc, i)  # "the country's president"
        return i + 1
    run = doc.run_at.get(i)
    if run is not None and (run.is_org or run.is_thing):
        phrase.set_org(doc, " ".join(run.words), i, run.end)  # a body named by a run
        return run.end
    text = tokens[i].text
    if tag is None and (i + 1) in doc.titles and is_acronym(text):
        phrase.set_org(doc, text, i, i + 1)  # "PGNiG chief", "SBU head": an acronym before a title
        return i + 1
    if run is not None and tokens[run.end - 1].possessive:
        return run.end  # "Putin's spokesman": the title still follows
    low = tokens[i].lower.rstrip(".")
    cues = lexicon().cues
    if low in cues["role_adjective"]:
        return i + 1
    if low in cues["role_prefix"]:
        phrase.prefixes.append(low)
        return i + 1
    if low in _NUMBERS:
        phrase.numbered = True
        return i + 1
    if run is not None and run.end - run.start == 1 and run.end in doc.titles:
        return run.end  # "Bashkir activist", "Putin adviser": a word that qualifies the title
    return None


def parse_role(doc: Doc, p: int) -> RolePhrase | None:
    """Parse a role phrase starting at token ``p``; ``None`` if no title is found."""
    tokens = doc.tokens
    n = len(tokens)
    if p >= n:
        return None
    sent = tokens[p].sent
    det = tokens[p].lower if tokens[p].lower in _DETERMINERS else None
    i = p + 1 if det else p
    if not _reaches_title(doc, i, sent):
        return None  # most starts: settled without building a phrase
    probe = RolePhrase(p, p, _PLACEHOLDER, det, [])
    for _ in range(_MAX_MODIFIERS):
        if i >= n or tokens[i].sent != sent:
            return None
        hit = doc.titles.get(i)
        if hit is not None:
            while hit.entry.cls == "occupation" and hit.end in doc.titles:
                hit = doc.titles[hit.end]  # "the billionaire founder of ..."
            probe.hit = hit
            probe.end = hit.end
            _upgrade(probe)
            if probe.end < n and tokens[probe.end].lower in _COMPLEMENT:
                _complement(doc, probe)  # (most titles have none: no call then)
            return probe
        possessive = tokens[i].possessive and doc.tags[i] is None and not doc.run_at.get(i)
        if possessive and tokens[i].lower not in STATE_NOUNS:
            return None
        after = _modifier(doc, probe, i)
        if after is None:
            return None
        i = after
    return None


def _reaches_title(doc: Doc, i: int, sent: int) -> bool:
    """Whether the modifiers from token ``i`` on lead to a title, as :func:`parse_role`
    reads them (the same steps as :func:`_modifier`, without recording anything)."""
    tokens = doc.tokens
    n = len(tokens)
    titles = doc.titles
    tags = doc.tags
    run_at = doc.run_at
    words = _modifier_words()
    country: str | None = None
    for _ in range(_MAX_MODIFIERS):
        if i >= n or tokens[i].sent != sent:
            return False
        if i in titles:
            return True
        tok = tokens[i]
        tag = tags[i]
        run = run_at.get(i)
        if tok.possessive and tag is None and run is None and tok.lower not in STATE_NOUNS:
            return False
        if tag is not None and tag.start == i:
            kind = tag.kind
            if kind in _PLACE_KINDS or (kind == "country" and country is None):
                country = country or tag.code
            elif not (kind == "org" and tag.name):
                return False
            i = tag.end
        elif tok.possessive and tok.lower in STATE_NOUNS:
            i += 1
        elif run is not None and (run.is_org or run.is_thing):
            i = run.end
        elif tag is None and (i + 1) in titles and is_acronym(tok.text):
            i += 1
        elif run is not None and tokens[run.end - 1].possessive:
            i = run.end
        elif tok.lower.rstrip(".") in words:
            i += 1  # a role adjective, a prefix word or a number
        elif run is not None and run.end - run.start == 1 and run.end in titles:
            i = run.end
        else:
            return False
    return False


_PLACE_KINDS = frozenset({"demonym", "capital", "place"})


@functools.cache
def _modifier_words() -> frozenset[str]:
    """The words :func:`_modifier` reads as one-word modifiers."""
    cues = lexicon().cues
    return cues["role_adjective"] | cues["role_prefix"] | _NUMBERS


def _upgrade(phrase: RolePhrase) -> None:
    """Prefer "top diplomat" over "diplomat" when "top" was read as a prefix."""
    if not phrase.prefixes:
        return
    titles = lexicon().titles
    for prefix in ("top", "chief"):
        if prefix in phrase.prefixes:
            entry = titles.get(f"{prefix} {phrase.hit.keyword}")
            if entry is not None:
                phrase.hit = attrs.evolve(phrase.hit, title=entry.title, entry=entry)


def _complement(doc: Doc, phrase: RolePhrase) -> None:
    """Read "of Rostec", "of the Chechen Republic", "to Washington" after a title."""
    for _ in range(_MAX_COMPLEMENTS):
        end = phrase.end
        _one_complement(doc, phrase)
        if phrase.end == end:
            return


def _one_complement(doc: Doc, phrase: RolePhrase) -> None:
    tokens = doc.tokens
    i = phrase.end
    n = len(tokens)
    if i + 1 >= n or tokens[i].lower not in _COMPLEMENT or tokens[i].sent != tokens[i - 1].sent:
        return
    j = i + 1
    if tokens[j].lower == "the" and j + 1 < n:
        j += 1
    if j in doc.titles and tokens[i].lower == "of" and tokens[j - 1].lower == "the":
        nested = parse_role(doc, j)  # "spokesman of the president of Russia": whose post
        if nested is not None:
            phrase.country = phrase.country or nested.effective_country
            phrase.end = nested.end
            return
    if body_noun(tokens[j]) and doc.run_at.get(j + 1) is not None and tokens[i].lower != "to":
        phrase.end = j + 1  # "spokeswoman for the ministry Maria Zakharova": the post's body
        return
    named = " of " in (phrase.hit.title or "") or bool(phrase.tail)  # "Chief of the General Staff"
    if tokens[i].lower == "of" and j > i + 1 and not named:
        body = common_body(doc, j)  # "head of the presidential administration"
        if body > j:
            words = [t.text.capitalize() for t in tokens[j:body]]
            phrase.tail = "of the " + " ".join(words)
            phrase.org = phrase.org or " ".join(words)
            phrase.end = body
            return
    extra = RolePhrase(j, j, phrase.hit, None, [])
    end = j
    tag = doc.tags[j]
    placed = tag is not None and tag.kind == "place" and tag.start == j
    if tag is not None and placed:
        extra.org = " ".join(t.text for t in tokens[j : tag.end])  # "head of Chechnya"
        extra.country = tag.code
        end = tag.end
    for _ in range(0 if placed else 3):
        if end >= n:
            break
        after = _modifier(doc, extra, end)
        if after is None or extra.prefixes:
            break
        end = after
    run = doc.run_at.get(end) if end > j and not placed else None
    before = doc.tags[end - 1]
    last = tokens[end - 1]
    demonym = before is not None and before.kind == "demonym"
    adjectival = demonym or (last.is_word and last.text[:1].islower())
    if run is not None and adjectival and tokens[run.start].sent == tokens[i].sent:
        # "founder of the ruling Georgian Dream party": the run names the body
        first = next(k for k in range(j, end + 1) if tokens[k].is_cap)
        extra.org = " ".join(t.text for t in tokens[first : run.end])
        end = run.end
    if end == j or (extra.org is None and extra.country is None):
        return
    if tokens[i].lower in {"to", "for"}:
        phrase.end = end  # "ambassador to Washington", "envoy for Syria": where, not whose
        if tokens[i].lower == "for" and phrase.hit.entry.cls == "envoy" and not named:
            phrase.tail = " ".join(t.text for t in tokens[i:end])  # the envoy's remit
        return
    if extra.org is not None:
        if tokens[i].lower == "of" and j > i + 1 and not named and generic(doc, j, end):
            phrase.tail = "of the " + extra.org  # "Secretary of the Security Council"
            upto = remit(doc, end)  # "... of the Federal Service for Military Cooperation"
            if upto > end:
                phrase.tail += " " + " ".join(t.text for t in tokens[end:upto])
                end = upto
        phrase.org = phrase.org or extra.org
        phrase.org_country = phrase.org_country or extra.org_country
        phrase.country = phrase.country or extra.country
    else:
        phrase.country = phrase.country or extra.country
        if phrase.hit.plural and extra.country:
            phrase.countries = [extra.country]
            end = _more_countries(doc, phrase, end)
    phrase.end = end


def _more_countries(doc: Doc, phrase: RolePhrase, end: int) -> int:
    """ "the foreign ministers of Russia and Ukraine": read the rest of the list."""
    tokens = doc.tokens
    while end + 1 < len(tokens) and tokens[end].text in {",", "and"}:
        k = end + 1
        if tokens[k].text == "and" and k + 1 < len(tokens):
            k += 1
        tag = doc.tags[k]
        if tag is None or tag.start != k or tag.kind != "country" or tag.code is None:
            break
        phrase.countries.append(tag.code)
        end = tag.end
    return end


# Stands in for the title until the parse finds one (a phrase is returned only then).
_PLACEHOLDER = TitleHit(0, 0, None, TitleEntry(title=None, cls="", refers=frozenset()), False)
