"""License notices as W3C ODRL 2.2 policies, and back.

:func:`to_odrl` writes a notice as an ODRL ``Set`` policy in the compact JSON-LD form of
the ODRL context (``http://www.w3.org/ns/odrl.jsonld``); :func:`from_odrl` reads such a
policy back into a :class:`~bulletinkit.LicenseNotice`, using ODRL's own terms only, without
fetching or shipping the context. ``from_odrl(to_odrl(notice)) == notice`` for every notice
whose ``extra`` members are empty.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bulletinkit.errors import Issue, ValidationError, excerpt
from bulletinkit.export._common import URN_PREFIX, digest
from bulletinkit.model import Action, Duty, LicenseNotice, Rule, Target

__all__ = ["ODRL_CONTEXT", "ODRL_NAMESPACE", "from_odrl", "to_odrl"]

ODRL_CONTEXT = "http://www.w3.org/ns/odrl.jsonld"
"""The IRI of the ODRL 2.2 JSON-LD context every policy names."""
ODRL_NAMESPACE = "http://www.w3.org/ns/odrl/2/"
"""The ODRL 2.2 vocabulary namespace (also the ``langId`` of ninjs ``rightsInfo``)."""
DEFAULT_ASSET = URN_PREFIX + "bulletin"
"""The asset a policy speaks of when no bulletin URI is given."""

# Our actions and duties -> compact ODRL terms. "commercialize" is deprecated in ODRL 2.2
# in favour of Creative Commons' CommercialUse; share-alike and notice are CC duties too
# (the ODRL context defines the ``cc:`` prefix).
_ACTIONS: Mapping[Action, str] = {
    Action.USE: "use",
    Action.REPRODUCE: "reproduce",
    Action.DISTRIBUTE: "distribute",
    Action.MODIFY: "modify",
    Action.DERIVE: "derive",
    Action.COMMERCIALIZE: "cc:CommercialUse",
}
_DUTIES: Mapping[Duty, str] = {
    Duty.ATTRIBUTE: "attribute",
    Duty.OBTAIN_CONSENT: "obtainConsent",
    Duty.SHARE_ALIKE: "cc:ShareAlike",
    Duty.NOTICE: "cc:Notice",
}
_READ_ACTIONS: Mapping[str, Action] = {
    **{term: action for action, term in _ACTIONS.items()},
    "commercialize": Action.COMMERCIALIZE,  # ODRL 2.2's deprecated term, read only
}
_READ_DUTIES: Mapping[str, Duty] = {term: duty for duty, term in _DUTIES.items()}
_FRAGMENTS: Mapping[Target, str] = {Target.TEXT: "#text", Target.IMAGE: "#image"}

# On a permission the duties are ODRL duties; on a prohibition they say what lifts it
# ("not without consent"), which ODRL writes as the prohibition's remedy.
_DUTY_KEY = {"permission": "duty", "prohibition": "remedy"}
_POLICY_KEYS = frozenset(
    {"@context", "@type", "type", "uid", "@id", "assigner", "permission", "prohibition"}
    | {"dct:description", "dct:identifier", "dct:source"}
)
_PARTY_KEYS = frozenset({"@type", "type", "uid", "@id", "vcard:fn"})


def _target(asset: str, target: Target) -> str:
    return asset + _FRAGMENTS.get(target, "")


def _rule(rule: Rule, asset: str, kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {"target": _target(asset, rule.target), "action": _ACTIONS[rule.action]}
    if rule.duties:
        out[_DUTY_KEY[kind]] = [{"action": _DUTIES[duty]} for duty in rule.duties]
    return out


def to_odrl(notice: LicenseNotice, *, asset: str = DEFAULT_ASSET) -> dict[str, Any]:
    """The notice as an ODRL 2.2 ``Set`` policy (compact JSON-LD, plain JSON data).

    ``asset`` is the IRI of what the notice covers (a bulletin's URI); rules on ``all``
    target it, rules on ``text`` and ``image`` target ``asset#text`` and ``asset#image``.
    The holder is the ``assigner`` (a ``Party`` with its name as ``vcard:fn``); the
    verbatim text is ``dct:description``, the SPDX identifier ``dct:identifier`` and the
    notice's URL ``dct:source``. A permission's duties are ODRL ``duty`` entries; a
    prohibition's (what lifts it, such as ``obtainConsent``) are its ``remedy``. The
    policy ``uid`` is a URN derived from the content, so equal notices get equal uids.
    """
    policy: dict[str, Any] = {"@context": ODRL_CONTEXT, "@type": "Set"}
    body: dict[str, Any] = {}
    if notice.holder is not None:
        body["assigner"] = {
            "@type": "Party",
            "uid": f"{URN_PREFIX}party:{digest(notice.holder, 16)}",
            "vcard:fn": notice.holder,
        }
    for kind, rules in (("permission", notice.permissions), ("prohibition", notice.prohibitions)):
        if rules:
            body[kind] = [_rule(rule, asset, kind) for rule in rules]
    body["dct:description"] = notice.text
    if notice.spdx is not None:
        body["dct:identifier"] = notice.spdx
    if notice.url is not None:
        body["dct:source"] = notice.url
    key = json.dumps([asset, body], sort_keys=True)
    policy["uid"] = f"{URN_PREFIX}policy:{digest(key, 16)}"
    policy.update(body)
    return policy


def _issue(pointer: str, message: str, value: object, expected: str | None = None) -> Issue:
    return Issue(
        code="odrl",
        message=f"{message} (got {excerpt(value)})",
        location=pointer,
        expected=expected,
        found=excerpt(value),
    )


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _compact(term: object) -> object:
    """``odrl:use`` and the full IRI are read as ``use``."""
    if isinstance(term, str):
        for prefix in ("odrl:", ODRL_NAMESPACE):
            if term.startswith(prefix):
                return term[len(prefix) :]
    return term


class _Reader:
    """Reads one policy, collecting every problem with its JSON pointer."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.asset: str | None = None

    def fail(self, pointer: str, message: str, value: object, expected: str | None = None) -> None:
        self.issues.append(_issue(pointer, message, value, expected))

    def unknown(self, data: Mapping[str, Any], allowed: frozenset[str], pointer: str) -> None:
        for key in data:
            if key not in allowed:
                self.fail(
                    f"{pointer}/{_escape(key)}",
                    f"'{key}' cannot be mapped to a bulletinkit license notice",
                    data[key],
                    expected="one of " + ", ".join(sorted(allowed)),
                )

    def text(self, data: Mapping[str, Any], key: str, pointer: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{pointer}/{_escape(key)}", f"'{key}' must be a non-empty string", value)
            return None
        return value

    def target(self, value: object, pointer: str) -> Target:
        if not isinstance(value, str) or not value:
            self.fail(pointer, "a target must be an IRI string", value)
            return Target.ALL
        target, asset = Target.ALL, value
        for candidate, fragment in _FRAGMENTS.items():
            if value.endswith(fragment):
                target, asset = candidate, value[: -len(fragment)]
        if "#" in asset:
            self.fail(pointer, "a target is the asset, asset#text or asset#image", value)
        elif self.asset is None:
            self.asset = asset
        elif asset != self.asset:
            self.fail(pointer, f"every target must be of one asset, {self.asset!r}", value)
        return target

    def duties(self, value: object, pointer: str) -> tuple[Duty, ...]:
        items = value if isinstance(value, list) else [value]
        found: list[Duty] = []
        for index, item in enumerate(items):
            where = f"{pointer}/{index}" if isinstance(value, list) else pointer
            if not isinstance(item, Mapping):
                self.fail(where, "a duty must be an object with an 'action'", item)
                continue
            self.unknown(item, frozenset({"action"}), where)
            term = _compact(item.get("action"))
            duty = _READ_DUTIES.get(term) if isinstance(term, str) else None
            if duty is None:
                expected = ", ".join(_READ_DUTIES)
                self.fail(f"{where}/action", "unknown duty", item.get("action"), expected)
            else:
                found.append(duty)
        return tuple(found)

    def rule(self, item: object, kind: str, pointer: str) -> Rule | None:
        if not isinstance(item, Mapping):
            self.fail(pointer, f"a {kind} must be an object", item)
            return None
        duty_key = _DUTY_KEY[kind]
        self.unknown(item, frozenset({"action", "target", duty_key}), pointer)
        term = _compact(item.get("action"))
        action = _READ_ACTIONS.get(term) if isinstance(term, str) else None
        if action is None:
            expected = ", ".join(_READ_ACTIONS)
            self.fail(f"{pointer}/action", "unknown action", item.get("action"), expected)
        target = Target.ALL
        if "target" in item:
            target = self.target(item["target"], f"{pointer}/target")
        duties = self.duties(item[duty_key], f"{pointer}/{duty_key}") if duty_key in item else ()
        return None if action is None else Rule(action=action, target=target, duties=duties)

    def rules(self, policy: Mapping[str, Any], kind: str) -> tuple[Rule, ...]:
        value = policy.get(kind, [])
        items = value if isinstance(value, list) else [value]
        found = []
        for index, item in enumerate(items):
            pointer = f"/{kind}/{index}" if isinstance(value, list) else f"/{kind}"
            rule = self.rule(item, kind, pointer)
            if rule is not None:
                found.append(rule)
        return tuple(found)

    def holder(self, policy: Mapping[str, Any]) -> str | None:
        party = policy.get("assigner")
        if party is None:
            return None
        if not isinstance(party, Mapping):
            self.fail("/assigner", "the assigner must be a Party object with 'vcard:fn'", party)
            return None
        self.unknown(party, _PARTY_KEYS, "/assigner")
        name = self.text(party, "vcard:fn", "/assigner")
        if name is None and "vcard:fn" not in party:
            self.fail("/assigner", "the assigner has no name ('vcard:fn')", party)
        return name

    def header(self, policy: Mapping[str, Any]) -> None:
        context = policy.get("@context", ODRL_CONTEXT)
        contexts = context if isinstance(context, list) else [context]
        if ODRL_CONTEXT not in contexts or any(not isinstance(c, str) for c in contexts):
            self.fail("/@context", f"the context must be {ODRL_CONTEXT!r}", context)
        kind = _compact(policy.get("@type", policy.get("type")))
        if kind != "Set":
            where = "/type" if "type" in policy and "@type" not in policy else "/@type"
            self.fail(where, "only a 'Set' policy maps to a license notice", kind, "Set")


def from_odrl(policy: Mapping[str, Any]) -> LicenseNotice:
    """Read an ODRL 2.2 ``Set`` policy in compact form (ODRL terms) as a license notice.

    Reads what :func:`to_odrl` writes: ``assigner`` (``vcard:fn``), ``permission`` and
    ``prohibition`` rules with ``action``, ``target`` and ``duty`` (``remedy`` on a
    prohibition), ``dct:description`` (the verbatim text, required), ``dct:identifier``
    and ``dct:source``. ``odrl:``-prefixed and full ODRL IRIs are read as the bare terms.
    No context is fetched. Anything that cannot be mapped (constraints, assignees, other
    actions, targets of several assets, other policy types) raises
    :class:`~bulletinkit.ValidationError` listing each problem with its JSON pointer.
    """
    if not isinstance(policy, Mapping):
        raise ValidationError((_issue("", "an ODRL policy must be a JSON object", policy),))
    reader = _Reader()
    reader.header(policy)
    reader.unknown(policy, _POLICY_KEYS, "")
    holder = reader.holder(policy)
    permissions = reader.rules(policy, "permission")
    prohibitions = reader.rules(policy, "prohibition")
    text = reader.text(policy, "dct:description", "")
    if text is None and "dct:description" not in policy:
        reader.fail(
            "/dct:description",
            "the notice text is missing: bulletinkit keeps every notice verbatim",
            None,
            expected="the notice text as 'dct:description'",
        )
    spdx = reader.text(policy, "dct:identifier", "")
    url = reader.text(policy, "dct:source", "")
    if reader.issues or text is None:
        raise ValidationError(reader.issues)
    return LicenseNotice(
        text=text,
        holder=holder,
        permissions=permissions,
        prohibitions=prohibitions,
        spdx=spdx,
        url=url,
    )
