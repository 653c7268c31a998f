"""The bulletinkit models: frozen, slotted, keyword-only attrs classes.

They hold data and check what a single object can check at construction; they know
nothing about JSON or text. Rules across objects live in :mod:`bulletinkit.checks`.
"""

from bulletinkit.model.actor import Actor, ActorKind, Role
from bulletinkit.model.bulletin import Bulletin, Series, bulletin_id
from bulletinkit.model.dateline import Dateline
from bulletinkit.model.dates import DateRange, PartialDate, Precision
from bulletinkit.model.license import Action, Duty, LicenseNotice, Rule, Target
from bulletinkit.model.meeting import Meeting, MeetingKind, MeetingStatus
from bulletinkit.model.provenance import Provenance
from bulletinkit.model.span import Span

__all__ = [
    "Action",
    "Actor",
    "ActorKind",
    "Bulletin",
    "DateRange",
    "Dateline",
    "Duty",
    "LicenseNotice",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "PartialDate",
    "Precision",
    "Provenance",
    "Role",
    "Rule",
    "Series",
    "Span",
    "Target",
    "bulletin_id",
]
