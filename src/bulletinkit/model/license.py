"""License notices as ODRL-style rules, with the verbatim text always kept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from bulletinkit.model import _convert, _rules
from bulletinkit.model._enum import ValueEnum
from bulletinkit.model._extra import extra_field

__all__ = ["Action", "Duty", "LicenseNotice", "Rule", "Target"]


class Action(ValueEnum):
    """What a rule is about, named after ODRL 2.2 actions."""

    USE = "use"
    REPRODUCE = "reproduce"
    DISTRIBUTE = "distribute"
    MODIFY = "modify"
    DERIVE = "derive"
    COMMERCIALIZE = "commercialize"


class Duty(ValueEnum):
    """What a permission requires, named after ODRL 2.2 / Creative Commons duties."""

    ATTRIBUTE = "attribute"
    OBTAIN_CONSENT = "obtain-consent"
    SHARE_ALIKE = "share-alike"
    NOTICE = "notice"


class Target(ValueEnum):
    """What a rule applies to."""

    ALL = "all"
    TEXT = "text"
    IMAGE = "image"


# An action implies the narrower actions it contains (ODRL's "use" includes the rest).
_IMPLIES: dict[Action, frozenset[Action]] = {
    Action.USE: frozenset(Action),
    Action.REPRODUCE: frozenset({Action.REPRODUCE}),
    Action.DISTRIBUTE: frozenset({Action.DISTRIBUTE, Action.REPRODUCE}),
    Action.MODIFY: frozenset({Action.MODIFY}),
    Action.DERIVE: frozenset({Action.DERIVE, Action.MODIFY}),
    Action.COMMERCIALIZE: frozenset({Action.COMMERCIALIZE}),
}


def _action(value: Action | str) -> Action:
    return value if value.__class__ is Action else _convert.member(Action, value)


def _target(value: Target | str) -> Target:
    return value if value.__class__ is Target else _convert.member(Target, value)


def _duties(value: Sequence[Duty | str]) -> tuple[Duty, ...]:
    return _convert.members(Duty, value)


@attrs.frozen(kw_only=True)
class Rule:
    """One permission or prohibition: ``action`` on ``target``, with ``duties``.

    On a permission, ``duties`` are what the user must do (``attribute``: credit the
    origin). On a prohibition, ``obtain-consent`` says the holder's consent lifts it
    ("Images may not be used without permission"); a prohibition still wins in
    :meth:`LicenseNotice.permits`.
    """

    action: Action = attrs.field(converter=_action, validator=_rules.instance_of(Action))
    target: Target = attrs.field(
        default=Target.ALL, converter=_target, validator=_rules.instance_of(Target)
    )
    duties: tuple[Duty, ...] = attrs.field(
        default=(), converter=_duties, validator=_rules.tuple_of(Duty)
    )
    extra: Mapping[str, Any] = extra_field()

    def covers(self, action: Action | str, target: Target | str) -> bool:
        """Whether this rule speaks of ``action`` on ``target``.

        ``action`` and ``target`` are members or their values (``"distribute"``,
        ``"text"``); anything else raises ValidationError listing the allowed values.
        """
        action = _rules.member(Action, "action", action)
        target = _rules.member(Target, "target", target)
        target_ok = self.target is Target.ALL or self.target is target
        return target_ok and action in _IMPLIES[self.action]


def _rules_of(value: Sequence[Rule]) -> tuple[Rule, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


@attrs.frozen(kw_only=True)
class LicenseNotice:
    """The terms under which a bulletin may be reused.

    ``text`` is the notice verbatim and is always kept, even when no rule could be read
    from it. ``spdx`` is the SPDX identifier when the notice is a standard licence
    (``CC-BY-4.0``). A prohibition wins over a permission for the same action and target.
    """

    text: str = attrs.field(validator=_rules.non_empty)
    holder: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    permissions: tuple[Rule, ...] = attrs.field(
        default=(), converter=_rules_of, validator=_rules.tuple_of(Rule)
    )
    prohibitions: tuple[Rule, ...] = attrs.field(
        default=(), converter=_rules_of, validator=_rules.tuple_of(Rule)
    )
    spdx: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    url: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    extra: Mapping[str, Any] = extra_field()

    def permits(self, action: Action | str, target: Target | str = Target.TEXT) -> bool:
        """Whether ``action`` on ``target`` is permitted (and not prohibited).

        ``action`` and ``target`` are members or their values; an unknown one raises
        :class:`~bulletinkit.ValidationError` listing the allowed values, whatever rules
        the notice holds.

        >>> notice.permits("distribute", "text")  # doctest: +SKIP
        True
        """
        action = _rules.member(Action, "action", action)
        target = _rules.member(Target, "target", target)
        if any(rule.covers(action, target) for rule in self.prohibitions):
            return False
        return any(rule.covers(action, target) for rule in self.permissions)

    def duties(self, action: Action | str, target: Target | str = Target.TEXT) -> tuple[Duty, ...]:
        """The duties that come with permission for ``action`` on ``target``.

        Empty when the action is not permitted at all; arguments as :meth:`permits`.
        """
        action = _rules.member(Action, "action", action)
        target = _rules.member(Target, "target", target)
        if not self.permits(action, target):
            return ()
        found: list[Duty] = []
        for rule in self.permissions:
            if rule.covers(action, target):
                found.extend(duty for duty in rule.duties if duty not in found)
        return tuple(found)
