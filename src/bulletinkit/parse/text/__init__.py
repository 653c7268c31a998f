"""What every stage shares: page text, sentences, vocabularies and gated matching.

Reads plain strings; produces nothing of a bulletin itself. Exports to the other stages:
:func:`clean_lines` and :func:`decode_page` (checking and normalising a page's text),
:func:`decode_bytes` and :class:`DecodeError` (bytes to text in any encoding),
:func:`split_sentences` and :class:`Sentence`, the actor and place vocabularies of
``lexicon/`` (:func:`lexicon`, :class:`Lexicon`, :class:`TitleEntry`,
:func:`role_start_words`, :func:`rows`), and the gated matching of the rules of every stage
(:class:`Gate`, :class:`Choice` and :func:`fold`, patterns tried only where the needles
their rules declare occur). It imports no other stage.
"""

from __future__ import annotations

from bulletinkit.parse.text._encoding import DecodeError, decode_bytes, decode_error
from bulletinkit.parse.text._gate import Choice, Gate, fold
from bulletinkit.parse.text._lexicon import Lexicon, TitleEntry, lexicon, role_start_words, rows
from bulletinkit.parse.text._page import clean_lines, decode_page
from bulletinkit.parse.text._sentences import Sentence, split_sentences

__all__ = [
    "Choice",
    "DecodeError",
    "Gate",
    "Lexicon",
    "Sentence",
    "TitleEntry",
    "clean_lines",
    "decode_bytes",
    "decode_error",
    "decode_page",
    "fold",
    "lexicon",
    "role_start_words",
    "rows",
    "split_sentences",
]
