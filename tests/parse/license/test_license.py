"""read_license: licence footers as ODRL-style rules, the verbatim text always kept."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Action, Duty, LicenseNotice, ParseError, Rule, Target
from bulletinkit.parse.license import read_license

ACTIONS = list(Action)
TARGETS = list(Target)


def assert_free_text_with_credit_and_no_images(notice: LicenseNotice) -> None:
    assert notice.permits("distribute", "text")
    assert notice.permits("reproduce", "text")
    assert notice.duties("distribute", "text") == (Duty.ATTRIBUTE,)
    assert not notice.permits("use", "image")
    assert not notice.permits("distribute", "image")
    assert not notice.permits("commercialize", "text")
    assert not notice.permits("modify", "text")
    assert Rule(action=Action.USE, target=Target.IMAGE, duties=(Duty.OBTAIN_CONSENT,)) in (
        notice.prohibitions
    )
    assert notice.spdx is None


def test_seed_footer(seed_text: str) -> None:
    footer = seed_text.rstrip().splitlines()[-1]
    notice = read_license(footer)
    assert notice.text == footer.strip()
    assert notice.holder == "Warsaw Institute Foundation"
    assert_free_text_with_credit_and_no_images(notice)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "All texts published by the Example Policy Foundation may be disseminated on the "
            "condition that their origin is credited. Images may not be used without permission.",
            "Example Policy Foundation",
        ),
        (
            "All texts (except images) published by the Example Policy Foundation may be "
            "disseminated on condition that their origin is stated.",
            "Example Policy Foundation",
        ),
        (
            "All analyses published by the Institute for Example Studies may be shared provided "
            "the source is cited. Photographs must not be reused without prior written consent.",
            "Institute for Example Studies",
        ),
        (
            "Texts published by Example Monitor can be republished with attribution, "
            "except for photos.",
            "Example Monitor",
        ),
    ],
)
def test_free_texts_with_credit_no_images(text: str, holder: str) -> None:
    notice = read_license(text)
    assert notice.holder == holder
    assert notice.text == text
    assert_free_text_with_credit_and_no_images(notice)


@pytest.mark.parametrize(
    ("text", "spdx"),
    [
        ("Licensed under Creative Commons Attribution 4.0 International.", "CC-BY-4.0"),
        (
            "This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 "
            "International License.",
            "CC-BY-NC-4.0",
        ),
        ("Creative Commons Attribution-ShareAlike 3.0 Unported License", "CC-BY-SA-3.0"),
        (
            "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
            "CC-BY-NC-ND-4.0",
        ),
        ("Creative Commons Attribution-NonCommercial-ShareAlike 2.5", "CC-BY-NC-SA-2.5"),
        ("Creative Commons Attribution-NoDerivs 2.0 Generic", "CC-BY-ND-2.0"),
        ("Creative Commons Attribution Non-Commercial Share Alike 4.0", "CC-BY-NC-SA-4.0"),
        ("Text: CC BY 4.0", "CC-BY-4.0"),
        ("Published under CC BY-SA 4.0.", "CC-BY-SA-4.0"),
        ("License: CC-BY-NC-4.0", "CC-BY-NC-4.0"),
        ("cc by-nc-sa 3.0", "CC-BY-NC-SA-3.0"),
        ("See https://creativecommons.org/licenses/by/4.0/ for terms.", "CC-BY-4.0"),
        ("creativecommons.org/licenses/by-nd-nc/1.0/", "CC-BY-NC-ND-1.0"),
        ("Dedicated to the public domain under CC0.", "CC0-1.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
        ("Creative Commons Attribution", None),
    ],
)
def test_creative_commons_spdx(text: str, spdx: str | None) -> None:
    notice = read_license(text)
    assert notice.spdx == spdx
    assert notice.text == text
    assert notice.permits("distribute", "text")


def test_creative_commons_url_is_kept() -> None:
    notice = read_license("Licensed CC BY 4.0: https://creativecommons.org/licenses/by/4.0/.")
    assert notice.url == "https://creativecommons.org/licenses/by/4.0/"
    assert notice.spdx == "CC-BY-4.0"


def test_cc0_has_no_duties_and_permits_everything() -> None:
    notice = read_license("CC0 1.0 Universal")
    for action, target in itertools.product(ACTIONS, TARGETS):
        assert notice.permits(action, target)
        assert notice.duties(action, target) == ()


LONG = {"BY": "Attribution", "NC": "NonCommercial", "ND": "NoDerivatives", "SA": "ShareAlike"}


@given(
    nc=st.booleans(),
    last=st.sampled_from([None, "ND", "SA"]),
    version=st.sampled_from(["1.0", "2.0", "2.5", "3.0", "4.0"]),
    form=st.sampled_from(["long", "short", "url"]),
)
@settings(max_examples=120)
def test_creative_commons_elements_give_their_rules(
    nc: bool, last: str | None, version: str, form: str
) -> None:
    codes = ["BY", *(["NC"] if nc else []), *([last] if last else [])]
    if form == "long":
        text = f"Creative Commons {'-'.join(LONG[c] for c in codes)} {version} International"
    elif form == "short":
        text = f"CC {'-'.join(codes)} {version}"
    else:
        text = f"https://creativecommons.org/licenses/{'-'.join(codes).lower()}/{version}/"
    notice = read_license(text)
    assert notice.spdx == "CC-" + "-".join(codes) + "-" + version
    assert notice.duties("distribute", "text") == (Duty.ATTRIBUTE,)
    assert notice.permits("commercialize", "text") is not nc
    assert notice.permits("derive", "text") is (last != "ND")
    if last == "SA":
        assert notice.duties("derive", "text") == (Duty.ATTRIBUTE, Duty.SHARE_ALIKE)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2021 Example Press Ltd. All rights reserved.", "Example Press Ltd"),
        ("Copyright 2019-2021 The Example Group. All rights reserved.", "Example Group"),
        ("Copyright © Example Analytics. All Rights Reserved", "Example Analytics"),
        ("(c) 2020 Example Media", "Example Media"),
        ("All rights reserved.", None),
    ],
)
def test_all_rights_reserved(text: str, holder: str | None) -> None:
    notice = read_license(text)
    assert notice.holder == holder
    assert notice.permissions == ()
    for action, target in itertools.product(ACTIONS, TARGETS):
        assert not notice.permits(action, target)
    if "reserved" in text.lower():
        assert notice.prohibitions == (
            Rule(action=Action.USE, target=Target.ALL, duties=(Duty.OBTAIN_CONSENT,)),
        )


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Reprinted with permission from Example Quarterly.", "Example Quarterly"),
        ("Republished with the kind permission of the Example Review.", "Example Review"),
        ("Reprinted with permission.", None),
    ],
)
def test_reprinted_with_permission(text: str, holder: str | None) -> None:
    notice = read_license(text)
    assert notice.holder == holder
    assert notice.permissions == ()
    assert notice.prohibitions == (
        Rule(action=Action.USE, target=Target.ALL, duties=(Duty.OBTAIN_CONSENT,)),
    )
    assert not notice.permits("distribute", "text")


def test_a_granted_permission_outweighs_all_rights_reserved() -> None:
    notice = read_license(
        "© 2020 Example Institute. Texts may be quoted with attribution. All rights reserved."
    )
    assert notice.holder == "Example Institute"
    assert notice.permits("distribute", "text")
    assert notice.duties("distribute", "text") == (Duty.ATTRIBUTE,)
    assert not notice.permits("modify", "text")


def test_creative_commons_text_with_an_image_restriction() -> None:
    notice = read_license(
        "Texts are licensed under CC BY 4.0. Photos may not be used without permission."
    )
    assert notice.spdx == "CC-BY-4.0"
    assert notice.permits("distribute", "text")
    assert not notice.permits("use", "image")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for reading our newsletter.",
        "Subscribe to receive the monitor every week.",
        "  Views expressed are the authors' own.  ",
    ],
)
def test_unrecognised_notice_is_kept_verbatim_without_rules(text: str) -> None:
    notice = read_license(text)
    assert notice.text == text.strip()
    assert notice.permissions == ()
    assert notice.prohibitions == ()
    assert notice.spdx is None


@pytest.mark.parametrize("text", ["", "   \n ", None, b"All rights reserved."])
def test_empty_or_non_text_is_a_parse_error(text: object) -> None:
    with pytest.raises(ParseError, match="license notice"):
        read_license(text)  # type: ignore[arg-type]


@given(st.text(max_size=300).filter(str.strip))
@settings(max_examples=300)
def test_any_text_gives_a_notice_that_keeps_it(text: str) -> None:
    notice = read_license(text)
    assert notice.text == text.strip()


def test_a_notice_wrapped_over_lines_reads_the_same() -> None:
    notice = read_license(
        "All texts published by the Example Policy Foundation may be\n"
        "disseminated on the condition that their origin is credited.\n"
        "Images may not be used without permission."
    )
    assert notice.holder == "Example Policy Foundation"
    assert_free_text_with_credit_and_no_images(notice)


def test_lines_without_stops_are_separate_sentences() -> None:
    notice = read_license("Copyright Example Analytics\nAll rights reserved")
    assert notice.holder == "Example Analytics"
    assert not notice.permits("distribute", "text")


def test_creative_commons_permits_any_use_within_its_prohibitions() -> None:
    notice = read_license("CC BY-NC-ND 4.0")
    assert notice.permits("use", "image")
    assert notice.duties("use", "image") == (Duty.ATTRIBUTE,)
    assert not notice.permits("commercialize", "image")
    assert not notice.permits("modify", "text")


@pytest.mark.parametrize(
    ("text", "permitted", "denied", "duties"),
    [
        (
            "Reproduction is authorised provided the source is acknowledged.",
            [("reproduce", "text")],
            [("distribute", "text"), ("modify", "text")],
            (Duty.ATTRIBUTE,),
        ),
        (
            "Texts may be reproduced and distributed for non-commercial purposes provided "
            "the source is cited.",
            [("reproduce", "text"), ("distribute", "text")],
            [("commercialize", "text"), ("use", "image")],
            (Duty.ATTRIBUTE,),
        ),
        (
            "You are free to share and adapt this report.",
            [("distribute", "text"), ("modify", "text")],
            [("commercialize", "text")],
            (),
        ),
        (
            "Quotation is permitted with attribution. Commercial use is prohibited.",
            [("distribute", "text")],
            [("commercialize", "text")],
            (Duty.ATTRIBUTE,),
        ),
        (
            "No part of this publication may be reproduced without prior written permission.",
            [],
            [("reproduce", "text"), ("distribute", "text")],
            (),
        ),
    ],
)
def test_other_reuse_sentences(
    text: str,
    permitted: list[tuple[str, str]],
    denied: list[tuple[str, str]],
    duties: tuple[Duty, ...],
) -> None:
    notice = read_license(text)
    for action, target in permitted:
        assert notice.permits(action, target), (action, target)
        assert notice.duties(action, target) == duties
    for action, target in denied:
        assert not notice.permits(action, target), (action, target)
