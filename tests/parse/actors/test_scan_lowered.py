"""The scanner's "spelt in lower case somewhere" test: its answers, and its linear cost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.actors import _scan
from bulletinkit.parse.actors._token import Token
from bulletinkit.parse.actors._tokens import tokenize


def _tokens(parts: list[str]) -> list[Token]:
    return [token for index, part in enumerate(parts) for token in tokenize(index, part)]


_WORDS = ["the", "Court", "court", "Border", "border", "guard", "Guard", "Sea", "sea", "x"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), min_size=1, max_size=4),
    st.lists(st.sampled_from([*_WORDS, "absent", "Absent", "gua"]), max_size=30),
)
def test_it_answers_as_the_set_of_lower_case_token_texts(
    parts_words: list[list[str]], asked: list[str]
) -> None:
    parts = [" ".join(words) + "." for words in parts_words]
    tokens = _tokens(parts)
    plain = {t.text for t in tokens if t.text[:1].islower()}
    lowered = _scan._Lowered(parts, tokens)
    assert [word in lowered for word in asked] == [word in plain for word in asked]


def test_it_stops_searching_the_whole_text_after_a_few_absent_words() -> None:
    # A search of the whole text per word made long pages quadratic (a 100x page took
    # 1.5x the time per character of a 1x page); after a few absent words the set is built.
    parts = ["the border guard met the court."] * 50
    lowered = _scan._Lowered(parts, _tokens(parts))
    for index in range(_scan._SUBSTRING_SEARCHES + 1):
        assert f"absent{index}" not in lowered
    assert lowered._found is not None
