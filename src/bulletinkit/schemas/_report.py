"""What :func:`~bulletinkit.validate` returns: every problem, and the best one as summary."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from bulletinkit.errors import Issue, Severity, ValidationError

__all__ = ["Problem", "ValidationReport", "pointer"]


def pointer(path: Iterable[str | int]) -> str:
    """The RFC 6901 JSON pointer of a path such as ``("meetings", 1, "date")``."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


@attrs.frozen(kw_only=True)
class Problem(Issue):
    """An :class:`~bulletinkit.Issue` found by validation, with where the rule lives.

    ``code`` is the failing JSON Schema keyword (``"type"``, ``"required"``,
    ``"pattern"``, ``"additionalProperties"``...) for a schema problem, the rule code
    (``"BK101"``...) for a check of :mod:`bulletinkit.checks`, or the model's code when
    a schema-valid document breaks a model rule (``"span"``, ``"date-order"``).
    ``schema_location`` is ``<file>#<pointer>`` of the failing keyword in the file that
    defines it, after following ``$ref``s (``defs.schema.json#/$defs/calendar-date/pattern``);
    ``None`` for the model and the checks.
    """

    schema_location: str | None = None


@attrs.frozen(kw_only=True)
class ValidationReport:
    """The outcome of validating one document: ``ok``, every problem, the best one.

    ``problems`` lists every problem found, schema problems first (sorted by JSON
    pointer), then the problems of the model and of :func:`~bulletinkit.check`.
    ``best`` is the one problem to show when only one fits (jsonschema's
    ``best_match`` among schema problems), ``None`` when there are none.
    """

    schema: str
    """The name of the schema the document was validated against (or ``"custom"``)."""
    problems: tuple[Problem, ...] = ()
    best: Problem | None = None
    backend: str = "jsonschema"
    """Which validator decided validity: ``"jsonschema"`` or ``"jsonschema-rs"``."""

    @property
    def ok(self) -> bool:
        """Whether the document has no problem of severity ``error``."""
        return not any(problem.severity is Severity.ERROR for problem in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems of severity ``error``."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems of severity ``warning``."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    def __bool__(self) -> bool:
        return self.ok

    def raise_for_problems(self) -> None:
        """Raise :class:`~bulletinkit.ValidationError` listing every error, if any."""
        if not self.ok:
            raise ValidationError(self.errors)
