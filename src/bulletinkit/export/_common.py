"""Helpers shared by the export formats: ids, URIs, names of meetings and countries.

Everything here is pure: strings in, strings out, no I/O and no clock.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from bulletinkit.model import Actor, Bulletin, DateRange, Meeting, MeetingKind, PartialDate

URN_PREFIX = "urn:bulletinkit:"

# RFC 3986 absolute URIs, conservatively: a host that is a registered name or IPv4 address
# (IP literals are left out), percent escapes well formed. Anything this accepts, an
# RFC 3986 validator accepts; what it rejects is left out of URI-typed fields.
_UNRESERVED_SUB = r"A-Za-z0-9\-._~!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED_SUB}:@]|{_PCT})"
_URI = re.compile(
    rf"[A-Za-z][A-Za-z0-9+.\-]*:"
    rf"(?://(?:(?:[{_UNRESERVED_SUB}:]|{_PCT})*@)?(?:[{_UNRESERVED_SUB}]|{_PCT})*(?::[0-9]*)?"
    rf"(?:/{_PCHAR}*)*"
    rf"|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?"
    rf"|{_PCHAR}+(?:/{_PCHAR}*)*"
    rf"|)"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?"
    rf"(?:#(?:{_PCHAR}|[/?])*)?"
)

_KIND_LABELS: Mapping[MeetingKind, str] = {
    MeetingKind.PHONE_CALL: "Phone call",
    MeetingKind.VIDEO_CALL: "Video call",
    MeetingKind.TALKS: "Talks",
    MeetingKind.VISIT: "Visit",
    MeetingKind.SUMMIT: "Summit",
    MeetingKind.NEGOTIATIONS: "Negotiations",
    MeetingKind.OTHER: "Meeting",
}


def absolute_uri(text: str | None) -> str | None:
    """``text`` when it is an absolute RFC 3986 URI (as far as we check), else ``None``."""
    if text is None or not _URI.fullmatch(text):
        return None
    return text


def bulletin_uri(bulletin: Bulletin) -> str:
    """The URN that names a bulletin in every export: ``urn:bulletinkit:`` and its id."""
    return URN_PREFIX + bulletin.id


def digest(text: str, size: int = 8) -> str:
    """``size`` hex digits of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:size]


def squeeze(text: str) -> str:
    """``text`` with runs of white space made one space, and stripped."""
    return " ".join(text.split())


def slug(text: str) -> str:
    """A lower-case ASCII slug of ``text`` (``x`` when nothing is left)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower())
    return "-".join(words)[:48].strip("-") or "x"


def name_id(prefix: str, name: str) -> str:
    """A stable id for the thing called exactly ``name`` (white space squeezed).

    ``person/sergey-lavrov-1a2b3c4d``: readable slug, then a digest of the exact name, so
    that names that fold to one slug ("José", "Jose") stay apart.
    """
    exact = squeeze(name)
    return f"{prefix}/{slug(exact)}-{digest(exact)}"


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The English short name of an ISO 3166-1 alpha-2 code (per pycountry)."""
    import pycountry  # imported lazily: it loads a large data file

    country = pycountry.countries.get(alpha_2=code)
    return code if country is None else str(country.name)


def body_parts(bulletin: Bulletin) -> tuple[str, ...]:
    """The lead (if any) and the paragraphs: the article's body, without captions."""
    if bulletin.lead is None:
        return bulletin.paragraphs
    return (bulletin.lead, *bulletin.paragraphs)


def body_text(bulletin: Bulletin) -> str:
    """The lead and the paragraphs, one blank line apart."""
    return "\n\n".join(body_parts(bulletin))


def edtf_plain(date: PartialDate) -> str:
    """The ISO 8601 form of a partial date: ``2021-11-15``, ``2021-11``, ``2021`` (no ``~``)."""
    return date.isoformat().rstrip("~")


def date_bounds(date: PartialDate | DateRange | None) -> tuple[str | None, str | None]:
    """``(start, end)`` ISO strings of a meeting date; a single date has no end."""
    if date is None:
        return None, None
    if isinstance(date, DateRange):
        return edtf_plain(date.start), edtf_plain(date.end)
    return edtf_plain(date), None


def actors_by_id(bulletin: Bulletin) -> dict[str, Actor]:
    """The bulletin's actors by id (the first wins if ids repeat)."""
    found: dict[str, Actor] = {}
    for actor in bulletin.actors:
        found.setdefault(actor.id, actor)
    return found


def names_of(ids: Iterable[str], actors: Mapping[str, Actor]) -> list[str]:
    """The names of the actors ``ids`` point at (an unknown id stands for itself)."""
    return [actors[i].name if i in actors else i for i in ids]


def meeting_name(meeting: Meeting, actors: Mapping[str, Actor]) -> str:
    """A readable name: ``Talks (two-plus-two): France, Russia [cancelled]``."""
    name = _KIND_LABELS[meeting.kind]
    if meeting.format is not None:
        name += f" ({meeting.format})"
    who = names_of(meeting.participants, actors)
    if who:
        name += ": " + ", ".join(who)
    return f"{name} [{meeting.status.value}]"
