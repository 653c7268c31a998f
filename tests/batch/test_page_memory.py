"""What a large page costs in memory: the parts of the parse that hold one object per word."""

from __future__ import annotations

from bulletinkit.parse.actors._tokens import tokenize


def test_tokens_of_one_word_share_one_string() -> None:
    # One Token per word is what a large page costs most (docs/performance.md); the words'
    # texts, at least, are kept once per distinct word rather than once per use.
    text = "The minister met the envoy. The envoy met the minister, and the minister left."
    tokens = tokenize(0, text)
    by_text: dict[str, set[int]] = {}
    for token in tokens:
        by_text.setdefault(token.text, set()).add(id(token.text))
    assert len(by_text["minister"]) == 1  # three uses: plain and before a comma
    assert len(by_text["the"]) == 1
    assert len(by_text["envoy"]) == 1
    assert [t.text for t in tokens].count("minister") == 3
