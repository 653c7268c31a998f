"""The URI check behind URI-typed fields: what it accepts, a real RFC 3986 validator accepts."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bulletinkit.export._common import absolute_uri, name_id
from tests.export.standards import need

URI_ALPHABET = st.sampled_from(list("abcXYZ019:/?#[]@!$&'()*+,;=-._~% \"<>\\^`{|}é"))


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/bulletin/1",
        "http://example.org:8080/a?b=c#d",
        "urn:bulletinkit:bk-0161d9ec87374e3a",
        "mailto:desk@example.org",
        "https://example.org/%20space",
    ],
)
def test_uris_are_kept(text: str) -> None:
    assert absolute_uri(text) == text


@pytest.mark.parametrize(
    "text",
    ["example.org/bulletin", "https://exa mple.org/", "https://example.org/%zz", "", "1http://x"],
)
def test_other_text_is_not_a_uri(text: str) -> None:
    assert absolute_uri(text) is None


@settings(max_examples=500, deadline=None)
@given(
    st.text(URI_ALPHABET, max_size=30).map(lambda tail: "https://" + tail) | st.text(URI_ALPHABET)
)
@example("http://[::1]")
@example("a:b#c#d")
def test_what_is_accepted_is_an_rfc3986_uri(text: str) -> None:
    validator = need("rfc3986_validator")
    if absolute_uri(text) is not None:
        assert validator.validate_rfc3986(text, rule="URI"), text


def test_name_ids_keep_apart_names_that_fold_alike() -> None:
    assert name_id("person", "José Martí") != name_id("person", "Jose Marti")
    assert name_id("person", "José  Martí") == name_id("person", "José Martí")
    assert name_id("person", "José Martí").startswith("person/jose-marti-")
