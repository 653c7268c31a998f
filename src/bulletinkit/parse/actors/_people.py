"""Find the people of a bulletin: name runs with a cue, their roles, and their mentions.

Cues that make a run of capitalised words a person: a title before it ("French President
Emmanuel Macron"), an apposition after it ("Sergey Chemezov, CEO of Rostec"), a list after
"counterparts", a form of address, a known given name, a speech verb after a two-word name,
a surname ending for a lone word, or an entry of the known-people registry. Runs without a
cue are kept only when they repeat (part of) a person already found.
"""

from __future__ import annotations

import bisect
import functools

from bulletinkit.parse.actors._coordination import (
    carry_over,
    coordinated,
    counterparts,
    shared_demonyms,
)
from bulletinkit.parse.actors._finding import STRONG, WEAK, Finding, name_list
from bulletinkit.parse.actors._known import public_figures
from bulletinkit.parse.actors._names import name_key
from bulletinkit.parse.actors._roles import RolePhrase, parse_role
from bulletinkit.parse.actors._scan import Doc, Run, TitleHit
from bulletinkit.parse.text import lexicon

__all__ = ["Finding", "find_people"]

_CLAUSE_ENDS = frozenset({",", ".", ";", ")", "—", "–", ":"})
_APPOSITION_TAIL = 12
_TITLE_TAIL = 8
_COPULAS = frozenset({"is", "was", "becomes", "became", "has", "had", "will"})
_LINKS = frozenset(
    {"is", "was", "has", "had", "been", "will", "would", "become", "becomes", "became",
     "serves", "served", "as", "now", "also", "still", "currently", "then", "later",
     "appointed", "named", "elected", "made"}
)  # fmt: skip
_LINK_WORDS = 4
_HEADED = frozenset({"headed", "led", "chaired", "run"})


def _next_run(doc: Doc, i: int, det: str | None = None) -> Run | None:
    run = doc.run_at.get(i)
    tokens = doc.tokens
    if run is None and i < len(tokens) and tokens[i].text == ",":
        run = doc.run_at.get(i + 1)
    if run is None and det in {"the", "a", "an"} and i < len(tokens):
        # "The head of the Duma committee on information policy, Alexander Khinshtein,"
        sent = tokens[i].sent
        for k in range(i, min(len(tokens) - 1, i + _TITLE_TAIL)):
            tok = tokens[k]
            if tok.sent != sent or not (tok.text == "," or tok.text[:1].islower()):
                break
            if tok.text == ",":
                after = doc.run_at.get(k + 1)
                end = after.end if after is not None else k + 1
                closed = end >= len(tokens) or tokens[end].text in {",", ".", ";"}
                run = after if closed else None
                break
    if run is not None and not run.is_org and not run.is_thing:
        return run
    return None


def find_people(doc: Doc) -> tuple[dict[int, Finding], list[RolePhrase]]:
    """Return the findings by run start, and the role phrases that stand alone."""
    findings: dict[int, Finding] = {r.start: Finding(r) for r in doc.runs}
    descriptions: list[RolePhrase] = []
    titled: list[tuple[int, Finding, RolePhrase]] = []  # (sentence, finding, role) in order
    tokens = doc.tokens
    # a role phrase ends in a title of its own sentence: the last one bounds its start
    last_title = {tokens[i].sent: i for i in doc.titles}
    p = 0
    for start in _role_starts(doc):
        if start < p or last_title.get(tokens[start].sent, -1) < start:
            continue  # (as parse_role would find no phrase, p need not move)
        p = start
        phrase = parse_role(doc, p)
        if phrase is None:
            p += 1
            continue
        run = _next_run(doc, phrase.end, phrase.det if phrase.start == p else None)
        second = None
        if run is None and phrase.end in doc.titles and not phrase.hit.counterpart:
            second = parse_role(doc, phrase.end)  # "Defense Minister Army General X"
            run = _next_run(doc, second.end) if second is not None else None
        if run is None:
            if phrase.det in {"the", None} and not phrase.numbered:
                descriptions.append(phrase)  # (plural ones name a group named before)
            p = phrase.end
            continue
        if phrase.hit.counterpart:
            counterparts(doc, findings, titled, phrase, run)
            p = run.end
            continue
        finding = findings[run.start]
        vessels = lexicon().cues["vessel"]
        after = tokens[run.end].lower if run.end < len(tokens) else ""
        if (phrase.start > 0 and tokens[phrase.start - 1].lower in vessels) or after in vessels:
            run.is_thing = (
                True  # "the aircraft carrier Admiral Kuznetsov", "Admiral Makarov frigate"
            )
            p = run.end
            continue
        carry_over(doc, titled, phrase)
        finding.strength = max(finding.strength, STRONG)
        finding.roles.append(phrase)
        if second is not None:
            second.country = second.country or phrase.country
            finding.roles.append(second)
        titled.append((tokens[run.start].sent, finding, phrase))
        names = name_list(doc, run) if phrase.hit.plural else [run]
        for other in names[1:]:
            findings[other.start].strength = STRONG
            findings[other.start].roles.append(phrase)
        if len(names) > 1:
            shared_demonyms(doc, findings, phrase, names)
        p = names[-1].end
    for finding in findings.values():
        _other_cues(doc, finding)
    coordinated(doc, findings)
    return findings, descriptions


def _role_starts(doc: Doc) -> list[int]:
    """The tokens a role phrase can start at, in order: a cheap filter before the parse."""
    starts = {*doc.titles, *doc.run_at, *doc.cue_at}
    # an acronym body before a title: "NASA Administrator"
    starts.update(i - 1 for i in doc.titles if i > 0)
    for tag in doc.tag_list:
        starts.update(range(tag.start, tag.end))
    return sorted(starts)


@functools.cache
def _honorifics() -> frozenset[str]:
    """Forms of address without their full stop ("Mr", "Dr")."""
    return frozenset(h.rstrip(".") for h in lexicon().cues["honorific"])


def _other_cues(doc: Doc, finding: Finding) -> None:
    lex = lexicon()
    run = finding.run
    tokens = doc.tokens
    if run.is_org or run.is_thing:
        finding.strength = 0
        return
    before = tokens[run.start - 1] if run.start > 0 else None
    after = tokens[run.end] if run.end < len(tokens) else None
    if before is not None and before.lower in lex.cues["vessel"]:
        finding.strength = 0
        finding.roles.clear()
        return
    if before is not None and before.lower in lex.cues["business"] and not finding.roles:
        finding.strength = 0  # "the diamond company De Beers said": a firm
        return
    named_after = run.start > 1 and tokens[run.start - 2].lower == "named"
    if before is not None and before.lower == "after" and named_after:
        finding.strength = 0
        return
    if after is not None and after.text == "," and not finding.roles:
        phrase = parse_role(doc, run.end + 1)
        if (
            phrase is not None
            and phrase.det in {None, "the", "a", "an"}
            and _closes(doc, phrase)
            and not phrase.hit.counterpart
            and not phrase.hit.plural
            and doc.run_at.get(phrase.end) is None  # "Lyman, Defense Minister X said"
        ):
            finding.roles.append(phrase)
            finding.apposition = phrase.start
            finding.strength = STRONG
    headed = _headed_by(doc, run)
    if headed is not None:
        finding.roles.append(headed)
        finding.strength = STRONG
    at = _predicate(doc, run.end)
    if at is not None:
        phrase = parse_role(doc, at)
        if (
            phrase is not None
            and phrase.det in {None, "the", "a", "an"}
            and not phrase.hit.plural
            and not phrase.hit.counterpart
        ):
            finding.roles.append(phrase)
            finding.strength = STRONG
    if finding.strength >= STRONG:
        return
    if before is not None and before.text.rstrip(".") in _honorifics():
        finding.strength = STRONG
        return
    words = run.words
    strong = _surname_like(words[-1], "strong_surname_suffix")
    if len(words) >= 2 and (words[0] in lex.given_names or strong):
        finding.strength = STRONG
        return
    if public_figures().lookup(words) is not None:
        finding.strength = max(finding.strength, WEAK)
        return
    # "Residents of Rublyovka said": the speaker is the noun before "of", not the run
    of = before is not None and before.lower == "of"
    speech = after is not None and after.lower in lex.cues["speech"] and not of
    according = (
        before is not None
        and before.lower == "to"
        and run.start > 1
        and tokens[run.start - 2].lower == "according"
    )
    after_place = before is not None and before.lower in lex.cues["locative"]
    # at a sentence's start only with a surname's shape ("Ron DeSantis said", not
    # "New York said" nor "Goldman Sachs said")
    if (
        len(words) >= 2
        and (speech or according)
        and not after_place
        and (not tokens[run.start].initial or _inner_capital(words[-1]) or _surname_like(words[-1]))
    ):
        finding.strength = STRONG
        return
    initial = tokens[run.start].initial and words[0].endswith("s")  # "Critics say"
    if len(words) == 1 and ((speech and not initial) or _surname_like(words[0])):
        located = (
            before is not None
            and before.lower in lex.cues["locative"]
            and not tokens[run.end - 1].possessive
        )
        if not located:
            finding.strength = WEAK


def _headed_by(doc: Doc, run: Run) -> RolePhrase | None:
    """ "the Central Election Commission headed by Ella Pamfilova": Head of that body."""
    tokens = doc.tokens
    k = run.start
    if k < 3 or tokens[k - 1].lower != "by" or tokens[k - 2].lower not in _HEADED:
        return None
    end = k - 2
    while end > 1 and tokens[end - 1].lower in {"is", "was", "are", "were", "been", "being"}:
        end -= 1  # "Rosoboronexport is led by ..."
    tag = doc.tags[end - 1]
    org_run = None
    if tag is None:  # runs do not overlap and come in order: at most one ends at ``end``
        at = bisect.bisect_left(doc.runs, end, key=_run_end)
        if at < len(doc.runs) and doc.runs[at].end == end and doc.runs[at].is_org:
            org_run = doc.runs[at]
    if tag is not None and tag.kind == "org" and tag.name:
        org, country, start = tag.name, tag.code, tag.start
    elif org_run is not None:
        org, country, start = " ".join(org_run.words), None, org_run.start
    else:
        return None
    title = "Chair" if tokens[k - 2].lower == "chaired" else "Head"
    entry = lexicon().titles[title.lower()]
    hit = TitleHit(k - 2, k, entry.title, entry, False, keyword=title.lower())
    return RolePhrase(start, k, hit, None, [], org=org, org_country=country)


def _run_end(run: Run) -> int:
    return run.end


def _predicate(doc: Doc, i: int) -> int | None:
    """Where a role stated after a name starts: "X as head of", ", who is the", "X, who
    will become secretary of"; ``None`` when no such link follows."""
    tokens = doc.tokens
    n = len(tokens)
    if i < n and tokens[i].lower == "as":
        return i + 1
    if i + 1 < n and tokens[i].text == "," and tokens[i + 1].lower == "who":
        i += 2
    elif i < n and tokens[i].lower not in _COPULAS:
        return None
    for _ in range(_LINK_WORDS):
        if i >= n or tokens[i].lower not in _LINKS:
            break
        i += 1
    return i if i < n and tokens[i - 1].lower in _LINKS else None


def _closes(doc: Doc, phrase: RolePhrase) -> bool:
    """Whether the apposition's clause closes soon after the role phrase."""
    tokens = doc.tokens
    sent = tokens[phrase.start].sent
    for i in range(phrase.end, min(len(tokens), phrase.end + _APPOSITION_TAIL)):
        tok = tokens[i]
        if tok.sent != sent or tok.text in _CLAUSE_ENDS or tok.lower in {"who", "said"}:
            return True
    return phrase.end >= len(tokens)


def _inner_capital(word: str) -> bool:
    """ "DeSantis", "McKinnon", "O'Brien": a capital inside a word that is not all capitals."""
    return not word.isupper() and any(c.isupper() for c in word[1:])


@functools.lru_cache(maxsize=4096)
def _surname_like(word: str, cue: str = "surname_suffix") -> bool:
    head, _, tail = word.partition("-")
    if tail[:1].isupper() and len(head) > 2:
        return False  # "Putin-Lukashenko talks": two names, not one surname
    key = name_key([word])[0]
    low = word.lower()
    suffixes = _suffixes(cue)
    if not (key.endswith(suffixes) or low.endswith(suffixes)):
        return False  # (a quick test in C before the loop)
    return any((key.endswith(s) or low.endswith(s)) and len(low) > len(s) + 2 for s in suffixes)


@functools.cache
def _suffixes(cue: str) -> tuple[str, ...]:
    """The lexicon's suffixes under ``cue``, as a tuple for ``str.endswith``."""
    return tuple(lexicon().cues[cue])
