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

__all__ = ["Phrases", "phrases", "sentences"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z©(])|\s*\n\s*(?=[A-Z©(])")
_ACTION_REACH = 60
# Where the verbs of a rule end and its conditions begin.
_CONDITION = re.compile(
    r",|\b(?:on|provided|with|without|if|as\s+long\s+as|for|by|unless|subject)\b", re.I
)


def _either(words: list[str]) -> str:
    return "|".join(f"(?:{word})" for word in words)


def _earliest(actions: list[tuple[Action, re.Pattern[str]]], text: str) -> Action | None:
    best: tuple[int, int, Action] | None = None
    for action, pattern in actions:
        found = pattern.search(text)
        if found is not None:
            key = (found.start(), -len(found.group()), action)
            if best is None or key[:2] < best[:2]:
                best = key
    return None if best is None else best[2]


@attrs.frozen(kw_only=True)
class SentenceRules:
    """What one sentence permits and prohibits."""

    permissions: tuple[Rule, ...] = ()
    prohibitions: tuple[Rule, ...] = ()


class Phrases:
    """The compiled phrase patterns of the licence lexicon."""

    def __init__(self, data: dict[str, Any]) -> None:
        flags = re.IGNORECASE
        self.targets = {
            Target(name): re.compile(rf"\b(?:{_either(words)})\b", flags)
            for name, words in data["targets"].items()
        }
        self.actions = [
            (Action(name), re.compile(rf"\b(?:{_either(words)})\b", flags))
            for name, words in data["actions"].items()
        ]
        self.nominal_actions = [
            (Action(name), re.compile(rf"\b(?:{_either(words)})\b", flags))
            for name, words in data["nominal_actions"].items()
        ]
        self.limits = [
            (Action(name), re.compile(rf"\b(?:{_either(words)})\b", flags))
            for name, words in data["limits"].items()
        ]
        self.negation = re.compile(rf"(?<!\w)(?:{_either(data['negations'])})(?!\w)", flags)
        self.permission = re.compile(rf"\b(?:{_either(data['permissions'])})\b", flags)
        self.duties = {
            Duty(name): re.compile(_either(words), flags) for name, words in data["duties"].items()
        }
        self.exceptions = [re.compile(pattern, flags) for pattern in data["exceptions"]]
        self.all_rights_reserved = re.compile(_either(data["all_rights_reserved"]), flags)
        self.reprinted = re.compile(_either(data["reprinted"]), flags)
        self.holders = [re.compile(pattern) for pattern in data["holders"]]

    def holder(self, text: str) -> str | None:
        """The rights holder a notice names, or ``None``."""
        for pattern in self.holders:
            found = pattern.search(text)
            if found is not None:
                name = re.split(r"\.\s", found.group("holder"), maxsplit=1)[0]
                name = re.sub(r"(?:\s+(?:of|for|and|the|on|&))+$", "", name).rstrip(".,;")
                if name and name.lower() not in {"all", "copyright"}:
                    return name
        return None

    def _actions(self, sentence: str, start: int) -> tuple[Action, ...]:
        # "may be reproduced and distributed": the verbs after the modal, up to the
        # condition; else "Reproduction is authorised": the noun before it.
        reach = _CONDITION.split(sentence[start : start + _ACTION_REACH], maxsplit=1)[0]
        found = sorted(
            (match.start(), action)
            for action, pattern in self.actions
            for match in pattern.finditer(reach)
        )
        verbal = tuple(dict.fromkeys(action for _, action in found))
        if verbal:
            return verbal
        nominal = _earliest(self.nominal_actions, sentence[:start])
        return () if nominal is None else (nominal,)

    def _targets(self, text: str) -> list[Target]:
        found = [(m.start(), t) for t, p in self.targets.items() for m in p.finditer(text)]
        return [target for _, target in sorted(found, key=lambda pair: pair[0])]

    def read_sentence(self, sentence: str) -> SentenceRules:
        """The rules one sentence states (none when it states no modal rule)."""
        excepted: list[Target] = []
        for pattern in self.exceptions:
            for found in pattern.finditer(sentence):
                excepted.extend(self._targets(found.group("what")))
            sentence = pattern.sub(" ", sentence)
        negation = self.negation.search(sentence)
        modal = negation or self.permission.search(sentence)
        if modal is None:
            return SentenceRules()
        actions = self._actions(sentence, modal.start())
        if not actions:
            return SentenceRules()
        named = self._targets(sentence[: modal.start()]) or self._targets(sentence)
        target = named[0] if named else Target.ALL
        duties = tuple(duty for duty, pattern in self.duties.items() if pattern.search(sentence))
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
            if pattern.search(sentence)
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
    return [part for part in _SENTENCE.split(text.strip()) if part.strip()]
