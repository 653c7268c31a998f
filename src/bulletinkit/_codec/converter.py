"""The codec's rules registered on a ``cattrs.Converter``, for code that speaks cattrs.

``cattrs`` is imported only when this converter is first asked for, so ``import
bulletinkit`` stays light. Structuring a model class reads a top-level document exactly
as :func:`bulletinkit.from_dict` does (strict, ``schema_version`` required, every problem
in one :class:`~bulletinkit.ValidationError`); unstructuring writes what
:func:`bulletinkit.to_dict` writes.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import pendulum

from bulletinkit._codec import leaves
from bulletinkit._codec.hooks import structure_document, unstructure_document
from bulletinkit._codec.issues import ROOT
from bulletinkit._codec.plan import OBJECT_MODELS
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model import DateRange, PartialDate

if TYPE_CHECKING:
    import cattrs


def _string_value(reader: Any, report: Any) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        found = reader(value)
        if found is leaves.BAD:
            errs: list[Issue] = []
            report(errs, ROOT, value)
            raise ValidationError(errs)
        return found

    return structure


def _structure_model(data: Any, cls: type) -> Any:
    return structure_document(data, cls, False)


@functools.lru_cache(maxsize=1)
def converter() -> cattrs.Converter:
    """The one ``cattrs.Converter`` carrying the JSON shape of every model."""
    import cattrs

    made = cattrs.Converter()
    for cls in OBJECT_MODELS:
        made.register_structure_hook(cls, _structure_model)
        made.register_unstructure_hook(cls, unstructure_document)
    made.register_structure_hook(pendulum.Date, _string_value(leaves.read_date, leaves.report_date))
    made.register_structure_hook(
        PartialDate,
        _string_value(
            leaves.read_partial_date,
            lambda errs, at, value: leaves.report_partial_date(errs, at, value, False),
        ),
    )
    made.register_structure_hook(
        DateRange,
        _string_value(
            lambda value: (
                found
                if (found := leaves.read_partial_date_or_range(value)).__class__ is DateRange
                else leaves.BAD
            ),
            lambda errs, at, value: leaves.report_partial_date(errs, at, value, True),
        ),
    )
    for kind in (pendulum.Date, PartialDate, DateRange):
        made.register_unstructure_hook(kind, lambda value: value.isoformat())
    return made
