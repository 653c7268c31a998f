"""Read a licence footer into a :class:`~bulletinkit.LicenseNotice` of ODRL-style rules.

What is recognised (phrases in ``lexicon/licence_phrases.json``, Creative Commons
elements in ``lexicon/cc_licences.json``):

* plain reuse sentences: "All texts published by X may be disseminated on the condition
  that their origin is credited" is a permission to ``distribute`` ``text`` with the
  duty ``attribute``; "Images may not be used without permission" a prohibition to
  ``use`` ``image`` whose duty ``obtain-consent`` says what lifts it; "All texts (except
  images) ..." adds that same prohibition for the excepted target;
* Creative Commons licences by name, short code or URL, with their SPDX identifier;
* "All rights reserved" and "Reprinted with permission": no permission, and (when no
  sentence grants one) a prohibition to ``use`` anything without the holder's consent.

Whatever is not recognised is kept verbatim in ``text`` with no rules: a notice is never
dropped. See ``docs/license.md``.

The license stage: reads the footer text the layout stage kept; produces a
:class:`~bulletinkit.LicenseNotice`. Exports ``read_license``; imports only
:mod:`bulletinkit.parse.text` (gated matching).
"""

from __future__ import annotations

from bulletinkit.errors import NOT_TEXT, ParseError
from bulletinkit.model.license import Action, Duty, LicenseNotice, Rule, Target
from bulletinkit.parse.license._cc import find_cc_licence
from bulletinkit.parse.license._phrases import phrases, sentences
from bulletinkit.parse.text import Gate, fold

__all__ = ["read_license"]

_URL = Gate(r"https?://[^\s<>\"')\]]+", needles=["http"])
_RESERVED = Rule(action=Action.USE, target=Target.ALL, duties=(Duty.OBTAIN_CONSENT,))


def _unique(rules: list[Rule]) -> tuple[Rule, ...]:
    return tuple(dict.fromkeys(rules))


def read_license(text: str) -> LicenseNotice:
    """The reuse terms a licence notice states, with the notice kept verbatim.

    ``text`` is kept as given, less surrounding white space. Raises
    :class:`~bulletinkit.ParseError` when ``text`` is not a string or is blank; any
    other text gives a notice, with no rules when none could be read from it.
    """
    if not isinstance(text, str):
        raise ParseError(
            f"a license notice must be text, not {type(text).__name__}",
            expected="the text of a license notice",
            code=NOT_TEXT,
        )
    verbatim = text.strip()
    if not verbatim:
        raise ParseError(
            "the license notice is empty", expected="the text of a license notice", code=NOT_TEXT
        )
    lexicon = phrases()
    permissions: list[Rule] = []
    prohibitions: list[Rule] = []
    for sentence in sentences(verbatim):
        rules = lexicon.read_sentence(sentence)
        permissions.extend(rules.permissions)
        prohibitions.extend(rules.prohibitions)
    folded = fold(verbatim)
    licence = find_cc_licence(verbatim, folded)
    if licence is not None:
        granted, denied = licence.rules()
        permissions = [*granted, *permissions]
        prohibitions = [*denied, *prohibitions]
    reserved = lexicon.all_rights_reserved.search(verbatim, folded) or lexicon.reprinted.search(
        verbatim, folded
    )
    if reserved is not None and not permissions:
        prohibitions.insert(0, _RESERVED)
    url = licence.url if licence is not None and licence.url else None
    if url is None:
        found = _URL.search(verbatim, folded)
        url = None if found is None else found.group().rstrip(".,;")
    return LicenseNotice(
        text=verbatim,
        holder=lexicon.holder(verbatim, folded),
        permissions=_unique(permissions),
        prohibitions=_unique(prohibitions),
        spdx=None if licence is None else licence.spdx,
        url=url,
    )
