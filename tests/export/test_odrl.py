"""ODRL 2.2: the policy's expanded IRIs, the round trip, and what ``from_odrl`` rejects."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Action, Duty, LicenseNotice, Rule, Target, ValidationError
from bulletinkit.export import from_odrl, to_odrl
from bulletinkit.parse.license import read_license
from tests import strategies
from tests.export.conftest import seed_bulletins
from tests.export.standards import expand_odrl

ODRL = "http://www.w3.org/ns/odrl/2/"
CC = "http://creativecommons.org/ns#"
ACTION_IRIS = {
    Action.USE: ODRL + "use",
    Action.REPRODUCE: ODRL + "reproduce",
    Action.DISTRIBUTE: ODRL + "distribute",
    Action.MODIFY: ODRL + "modify",
    Action.DERIVE: ODRL + "derive",
    Action.COMMERCIALIZE: CC + "CommercialUse",
}
DUTY_IRIS = {
    Duty.ATTRIBUTE: ODRL + "attribute",
    Duty.OBTAIN_CONSENT: ODRL + "obtainConsent",
    Duty.SHARE_ALIKE: CC + "ShareAlike",
    Duty.NOTICE: CC + "Notice",
}


def ids(values: list[dict[str, str]]) -> list[str]:
    return [value["@id"] for value in values]


def expanded_rules(node: dict[str, Any], kind: str) -> list[tuple[str, str, list[str]]]:
    """(action IRI, target IRI, duty action IRIs) of each rule of an expanded policy."""
    duty_key = ODRL + ("duty" if kind == "permission" else "remedy")
    return [
        (
            ids(rule[ODRL + "action"])[0],
            ids(rule[ODRL + "target"])[0],
            [ids(duty[ODRL + "action"])[0] for duty in rule.get(duty_key, [])],
        )
        for rule in node.get(ODRL + kind, [])
    ]


def check_expansion(notice: LicenseNotice, asset: str) -> None:
    (node,) = expand_odrl(to_odrl(notice, asset=asset))
    assert node["@type"] == [ODRL + "Set"]
    targets = {Target.ALL: asset, Target.TEXT: asset + "#text", Target.IMAGE: asset + "#image"}
    for kind, rules in (("permission", notice.permissions), ("prohibition", notice.prohibitions)):
        expected = [
            (ACTION_IRIS[r.action], targets[r.target], [DUTY_IRIS[d] for d in r.duties])
            for r in rules
        ]
        # JSON-LD sets are unordered: compare as sorted lists
        assert sorted(expanded_rules(node, kind)) == sorted(expected)
    text = node["http://purl.org/dc/terms/description"]
    assert text == [{"@value": notice.text}]
    if notice.holder is not None:
        (party,) = node[ODRL + "assigner"]
        assert party["http://www.w3.org/2006/vcard/ns#fn"] == [{"@value": notice.holder}]


def test_seed_policy_expands_to_odrl_iris() -> None:
    notice = seed_bulletins()[0].license
    assert notice is not None
    (node,) = expand_odrl(to_odrl(notice))
    assert expanded_rules(node, "permission") == [
        (ODRL + "distribute", "urn:bulletinkit:bulletin#text", [ODRL + "attribute"])
    ]
    assert expanded_rules(node, "prohibition") == [
        (ODRL + "use", "urn:bulletinkit:bulletin#image", [ODRL + "obtainConsent"])
    ]
    assert from_odrl(to_odrl(notice)) == notice


def test_creative_commons_policy() -> None:
    notice = read_license("This analysis is published under CC BY-NC-SA 4.0.")
    policy = to_odrl(notice, asset="https://example.org/a/1")
    assert policy["dct:identifier"] == "CC-BY-NC-SA-4.0"
    check_expansion(notice, "https://example.org/a/1")
    assert {"target": "https://example.org/a/1", "action": "cc:CommercialUse"} in policy[
        "prohibition"
    ]
    assert from_odrl(policy) == notice


def test_equal_notices_get_equal_uids() -> None:
    notice = LicenseNotice(text="Free to share.", permissions=(Rule(action=Action.DISTRIBUTE),))
    assert to_odrl(notice)["uid"] == to_odrl(LicenseNotice(**_fields(notice)))["uid"]
    other = LicenseNotice(text="Free to share!", permissions=notice.permissions)
    assert to_odrl(notice)["uid"] != to_odrl(other)["uid"]


def _fields(notice: LicenseNotice) -> dict[str, Any]:
    return {
        "text": notice.text,
        "holder": notice.holder,
        "permissions": notice.permissions,
        "prohibitions": notice.prohibitions,
    }


@settings(max_examples=80, deadline=None)
@given(strategies.license_notices(), st.sampled_from(["urn:bulletinkit:bk-1", "https://x.org/a"]))
def test_round_trip(notice: LicenseNotice, asset: str) -> None:
    assert from_odrl(to_odrl(notice, asset=asset)) == notice


@settings(max_examples=30, deadline=None)
@given(strategies.license_notices())
def test_generated_policies_expand_to_odrl_iris(notice: LicenseNotice) -> None:
    check_expansion(notice, "urn:bulletinkit:bk-1")


def seed_policy() -> dict[str, Any]:
    notice = seed_bulletins()[0].license
    assert notice is not None
    return to_odrl(notice)


def rejected(policy: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        from_odrl(policy)
    return [issue.location for issue in caught.value.issues]


def test_prefixed_and_full_iris_are_read_as_terms() -> None:
    policy = seed_policy()
    policy["@type"] = "odrl:Set"
    policy["permission"][0]["action"] = ODRL + "distribute"
    policy["prohibition"][0]["remedy"] = {"action": "odrl:obtainConsent"}
    assert from_odrl(policy) == from_odrl(seed_policy())


def test_what_cannot_be_mapped_is_rejected_with_its_pointer() -> None:
    policy = seed_policy()
    policy["permission"][0]["constraint"] = [{"leftOperand": "count", "operator": "lteq"}]
    policy["prohibition"][0]["action"] = "play"
    policy["assignee"] = "urn:someone"
    assert sorted(rejected(policy)) == [
        "/assignee",
        "/permission/0/constraint",
        "/prohibition/0/action",
    ]


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"@type": "Offer"}, "/@type"),
        ({"@context": "https://example.org/other.jsonld"}, "/@context"),
        ({"dct:description": ""}, "/dct:description"),
        ({"assigner": "Warsaw Institute"}, "/assigner"),
        (
            {"permission": [{"action": "distribute", "target": "urn:other#text"}]},
            "/prohibition/0/target",  # the first target named the asset
        ),
        (
            {"permission": [{"action": "distribute", "duty": [{"action": "pay"}]}]},
            "/permission/0/duty/0/action",
        ),
        ({"permission": ["distribute"]}, "/permission/0"),
    ],
)
def test_each_problem_names_its_pointer(change: dict[str, Any], pointer: str) -> None:
    policy = copy.deepcopy(seed_policy())
    policy.update(change)
    assert rejected(policy) == [pointer]


def test_the_text_is_required() -> None:
    policy = seed_policy()
    del policy["dct:description"]
    assert rejected(policy) == ["/dct:description"]
    assert rejected(["not", "a", "policy"]) == [""]


def test_the_deprecated_commercialize_is_read() -> None:
    policy = {
        "@type": "Set",
        "dct:description": "No sale.",
        "prohibition": {"action": "commercialize"},
    }
    notice = from_odrl(policy)
    assert notice.prohibitions == (Rule(action=Action.COMMERCIALIZE),)
    assert notice.text == "No sale."
