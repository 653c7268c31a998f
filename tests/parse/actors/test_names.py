"""Name keys: the quick tests before each transliteration rule change no key."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.actors._names import ascii_fold, word_key
from bulletinkit.parse.text._lexicon import lexicon


def _reference_key(word: str) -> str:
    """The key by the rules read plainly: fold, keep letters, digits and "-", rewrite."""
    decomposed = unicodedata.normalize("NFKD", word)
    key = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    key = "".join(c for c in key.replace("’", "'") if c.isalnum() or c == "-")
    for pattern, replacement in lexicon().translit:
        key = pattern.sub(replacement, key)
    return key


# Letters the rules look at, so that random words often match one.
_LETTERS = "abcdeghijklmnorstuvxyzAEKOSVY-’'é"


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_LETTERS, max_size=12),
        st.text(max_size=8),
        st.sampled_from(["Volodymyr", "Dmytro", "Oleksandr", "Siarhei", "Zelenskyy", "Shoygu",
                         "Lukashenka", "Yevgeny", "Aleksei", "Serhiy", "Uladzimir", "Myhailo"]),
    )
)  # fmt: skip
def test_word_key_matches_the_plain_rules(word: str) -> None:
    word_key.cache_clear()
    assert word_key(word) == _reference_key(word)


def test_keys_join_transliterations() -> None:
    assert word_key("Sergey") == word_key("Sergei") == word_key("Serhiy")
    assert word_key("Zelensky") == word_key("Zelenskyy")
    assert ascii_fold("Élysée") == "elysee"
    assert ascii_fold("Macron") == "macron"


_RULE_SHAPES = ["ks", "^ye", "iy$", "([bcd])y([aeou])", "a[bc]de", "[]a]", "a[^b]c", "ab?c",
                "a|bc", "(?:ab)c", r"a\dc", "^volodymyr$", "(ab)(cd)"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_RULE_SHAPES), st.text(alphabet="abcdeksyiou]^1", max_size=10))
def test_a_rules_letters_are_in_every_match(pattern: str, text: str) -> None:
    from bulletinkit.parse.actors._names import _needed  # the quick test word_key runs first

    if re.search(pattern, text):
        assert _needed(pattern) in text
