"""Reuse rules stated in plain sentences ("Images may not be used without permission").

The phrases come from ``lexicon/licence_phrases.json``; each sentence of a notice gives
rules for its main target only, one per action it names ("may be reproduced and
distributed"), plus a prohibition for any target it excepts ("All texts (except images)").
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

__all__ = ["Phrases", "phrases", "sentences"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z©(])|\s*\n\s*(?=[A-Z©(])")
# The same cuts in a text without line breaks, found from the stop (a faster scan).
_AFTER_STOP = re.compile(r"[.!?](\s+)(?=[A-Z©(])")
_FULL_STOP = re.compile(r"\.\s")
_TRAILING_JOINERS = re.compile(r"(?:\s+(?:of|for|and|the|on|&))+$")
_ACTION_REACH = 60
# Where the verbs of a rule end and its conditions begin.
_CONDITION = Gate(
    r",|\b(?:on|provided|with|without|if|as\s+long\s+as|for|by|unless|subject)\b", re.I
)


def _either(words: list[str]) -> str:
    return "|".join(f"(?:{word})" for word in words)


def _gate(source: str) -> Gate:
    return Gate(source, re.IGNORECASE)


def _span(gate: Gate, text: str, folded: str | None) -> tuple[int, int] | None:
    # A twin's match is of the folded text: its span is the text's, its groups are not.
    found = gate.search(text, folded)
    return None if found is None else found.span()


def _starts(gate: Gate, text: str, folded: str | None) -> list[int]:
    return [found.start() for found in gate.finditer(text, folded)]


def _earliest(actions: list[tuple[Action, Gate]], text: str, folded: str | None) -> Action | None:
    best: tuple[int, int, Action] | None = None
    for action, pattern in actions:
        found = _span(pattern, text, folded)
        if found is not None:
            key = (found[0], found[0] - found[1], action)
            if best is None or key[:2] < best[:2]:
                best = key
    return None if best is None else best[2]


def _cut(folded: str | None, start: int, end: int | None = None) -> str | None:
    # fold() keeps every character's place, so a slice of the folded text folds the slice.
    return None if folded is None else folded[start:end]


@attrs.frozen(kw_only=True)
class SentenceRules:
    """What one sentence permits and prohibits."""

    permissions: tuple[Rule, ...] = ()
    prohibitions: tuple[Rule, ...] = ()


class Phrases:
    """The compiled phrase patterns of the licence lexicon.

    The case-insensitive patterns are :class:`~bulletinkit.parse.text.Gate`: a
    sentence is read lowered, with a case-sensitive twin where the pattern has one.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.targets = {
            Target(name): _gate(rf"\b(?:{_either(words)})\b")
            for name, words in data["targets"].items()
        }
        self.actions = [
            (Action(name), _gate(rf"\b(?:{_either(words)})\b"))
            for name, words in data["actions"].items()
        ]
        self.nominal_actions = [
            (Action(name), _gate(rf"\b(?:{_either(words)})\b"))
            for name, words in data["nominal_actions"].items()
        ]
        self.limits = [
            (Action(name), _gate(rf"\b(?:{_either(words)})\b"))
            for name, words in data["limits"].items()
        ]
        self.negation = _gate(rf"(?<!\w)(?:{_either(data['negations'])})(?!\w)")
        self.permission = _gate(rf"\b(?:{_either(data['permissions'])})\b")
        self.duties = {Duty(name): _gate(_either(words)) for name, words in data["duties"].items()}
        # Their group "what" is read: matches of the text itself.
        self.exceptions = [
            Gate(e["pattern"], re.IGNORECASE, e["needles"], twin=False) for e in data["exceptions"]
        ]
        self.all_rights_reserved = _gate(_either(data["all_rights_reserved"]))
        self.reprinted = _gate(_either(data["reprinted"]))
        self.holders = [Gate(h["pattern"], needles=h["needles"]) for h in data["holders"]]

    def holder(self, text: str, folded: str | None) -> str | None:
        """The rights holder a notice names, or ``None`` (``folded`` is ``fold(text)``)."""
        for pattern in self.holders:
            found = pattern.search(text, folded)
            if found is not None:
                name = _FULL_STOP.split(found.group("holder"), maxsplit=1)[0]
                name = _TRAILING_JOINERS.sub("", name).rstrip(".,;")
                if name and name.lower() not in {"all", "copyright"}:
                    return name
        return None

    def _actions(self, sentence: str, folded: str | None, start: int) -> tuple[Action, ...]:
        # "may be reproduced and distributed": the verbs after the modal, up to the
        # condition; else "Reproduction is authorised": the noun before it.
        window = sentence[start : start + _ACTION_REACH]
        condition = _span(_CONDITION, window, _cut(folded, start, start + _ACTION_REACH))
        reach = window if condition is None else window[: condition[0]]
        folded_reach = _cut(folded, start, start + len(reach))
        found = sorted(
            (at, action)
            for action, pattern in self.actions
            for at in _starts(pattern, reach, folded_reach)
        )
        verbal = tuple(dict.fromkeys(action for _, action in found))
        if verbal:
            return verbal
        nominal = _earliest(self.nominal_actions, sentence[:start], _cut(folded, 0, start))
        return () if nominal is None else (nominal,)

    def _targets(self, text: str, folded: str | None) -> list[Target]:
        found = [(start, t) for t, p in self.targets.items() for start in _starts(p, text, folded)]
        return [target for _, target in sorted(found, key=lambda pair: pair[0])]

    def read_sentence(self, sentence: str) -> SentenceRules:
        """The rules one sentence states (none when it states no modal rule)."""
        excepted: list[Target] = []
        folded = fold(sentence)
        for pattern in self.exceptions:
            cut = False
            for found in pattern.finditer(sentence, folded):
                what = found.group("what")
                excepted.extend(self._targets(what, fold(what)))
                cut = True
            if cut:
                sentence = pattern.pattern.sub(" ", sentence)
                folded = fold(sentence)
        negation = _span(self.negation, sentence, folded)
        modal = negation or _span(self.permission, sentence, folded)
        if modal is None:
            return SentenceRules()
        at = modal[0]
        actions = self._actions(sentence, folded, at)
        if not actions:
            return SentenceRules()
        named = self._targets(sentence[:at], _cut(folded, 0, at)) or self._targets(sentence, folded)
        target = named[0] if named else Target.ALL
        duties = tuple(
            duty
            for duty, pattern in self.duties.items()
            if pattern.search(sentence, folded) is not None
        )
        consent = (Duty.OBTAIN_CONSENT,)
        excepted_rules = tuple(
            Rule(action=Action.USE, target=other, duties=consent)
            for other in dict.fromkeys(excepted)
            if other is not target
        )
        if negation is not None:
            kept = tuple(duty for duty in duties if duty is Duty.OBTAIN_CONSENT)
            denied = tuple(Rule(action=a, target=target, duties=kept) for a in actions)
            return SentenceRules(prohibitions=(*denied, *excepted_rules))
        limited = tuple(
            Rule(action=action, target=target)
            for action, pattern in self.limits
            if pattern.search(sentence, folded) is not None
        )
        return SentenceRules(
            permissions=tuple(Rule(action=a, target=target, duties=duties) for a in actions),
            prohibitions=(*limited, *excepted_rules),
        )


@functools.lru_cache(maxsize=1)
def phrases() -> Phrases:
    """The phrase patterns, compiled once from the lexicon."""
    path = resources.files("bulletinkit.parse").joinpath("lexicon")
    data = json.loads(path.joinpath("licence_phrases.json").read_text("utf-8"))
    return Phrases(data)


def sentences(text: str) -> list[str]:
    """The sentences of a notice: cut after a stop or a line break, before a capital, © or (."""
    text = text.strip()
    if "\n" in text:
        parts = _SENTENCE.split(text)
    else:
        parts, last = [], 0
        for found in _AFTER_STOP.finditer(text):
            parts.append(text[last : found.start(1)])
            last = found.end(1)
        parts.append(text[last:])
    return [part for part in parts if part.strip()]
