"""Roles shared across coordinations: "A and Defense Minister B", "counterparts C and D".

Each rule reads a list of names or titles and hands a role (or a country) from one member
to the others.
"""

from __future__ import annotations

import attrs

from bulletinkit.model import Role
from bulletinkit.parse.actors._finding import LIST_JOINERS, STRONG, Finding, name_list
from bulletinkit.parse.actors._roles import RolePhrase
from bulletinkit.parse.actors._scan import Doc, Run
from bulletinkit.parse.text import lexicon

__all__ = ["carry_over", "coordinated", "counterparts", "shared_demonyms"]


def carry_over(doc: Doc, titled: list[tuple[int, Finding, RolePhrase]], phrase: RolePhrase) -> None:
    """ "French Foreign Minister A and Defense Minister B": B is French too."""
    if phrase.country or phrase.org or not titled or phrase.start < 2:
        return
    joiner = doc.tokens[phrase.start - 1].text
    _sent, previous, role = titled[-1]
    if joiner not in LIST_JOINERS or previous.run.end != phrase.start - 1:
        return
    phrase.country = role.country
    phrase.org = role.org
    phrase.org_country = role.org_country


def counterparts(
    doc: Doc,
    findings: dict[int, Finding],
    titled: list[tuple[int, Finding, RolePhrase]],
    phrase: RolePhrase,
    run: Run,
) -> None:
    """ "met their Russian counterparts A and B": A and B take the earlier roles in order."""
    names = name_list(doc, run)
    sent = doc.tokens[run.start].sent
    first = len(titled)  # ``titled`` is in text order: this sentence's roles end it
    while first > 0 and titled[first - 1][0] == sent:
        first -= 1
    earlier = [role for _s, _f, role in titled[first:]]
    if not earlier and titled:
        earlier = [titled[-1][2]]
    sources: list[RolePhrase] = earlier[-len(names) :] if len(earlier) >= len(names) else []
    for index, other in enumerate(names):
        finding = findings[other.start]
        finding.strength = max(finding.strength, STRONG)
        if sources and sources[index].title:
            source = sources[index]
            org = source.org if phrase.country is None else None
            role = Role(title=source.title or "", country=phrase.country, organization=org)
            finding.counterpart_roles.append((role, source.hit.entry.cls))


def shared_demonyms(
    doc: Doc, findings: dict[int, Finding], phrase: RolePhrase, names: list[Run]
) -> None:
    """ "Russian and Chinese foreign ministers A and B": A is Russian, B Chinese."""
    if len(phrase.countries) == len(names) > 1:
        _assign(findings, phrase, names, phrase.countries)
        return
    codes: list[str] = []
    k = phrase.start
    tokens = doc.tokens
    if phrase.country is None or k < 2 or tokens[k].lower in {"the", "their"}:
        return
    k -= 1
    while k >= 1 and tokens[k].text in LIST_JOINERS:
        tag = doc.tags[k - 1]
        if tag is None or tag.kind != "demonym" or tag.code is None:
            break
        codes.insert(0, tag.code)
        k = tag.start - 1
    codes.append(phrase.country)
    if len(codes) == len(names):
        _assign(findings, phrase, names, codes)


def _assign(
    findings: dict[int, Finding], phrase: RolePhrase, names: list[Run], codes: list[str]
) -> None:
    for run, code in zip(names, codes, strict=True):
        finding = findings[run.start]
        finding.roles = [r for r in finding.roles if r is not phrase]
        finding.roles.append(attrs.evolve(phrase, country=code))


def coordinated(doc: Doc, findings: dict[int, Finding]) -> None:
    """In "A and B" or "A, B and C", full names beside a person are people too."""
    tokens = doc.tokens
    given = lexicon().given_names
    for run in doc.runs:
        if run.is_org or run.is_thing:
            continue
        names = name_list(doc, run)
        if len(names) < 2 or not any(findings[r.start].strength >= STRONG for r in names):
            continue
        for other in names:
            finding = findings[other.start]
            plural = tokens[other.end - 1].text.endswith("s") and other.words[0] not in given
            if finding.strength == 0 and len(other.words) >= 2 and not plural:
                finding.strength = STRONG
