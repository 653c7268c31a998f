"""What the text says about one run of capitalised words, and lists of such runs."""

from __future__ import annotations

import attrs

from bulletinkit.model import Role
from bulletinkit.parse.actors._roles import RolePhrase
from bulletinkit.parse.actors._scan import Doc, Run

__all__ = ["LIST_JOINERS", "STRONG", "WEAK", "Finding", "name_list"]

LIST_JOINERS = frozenset({",", "and"})
STRONG = 2
WEAK = 1


@attrs.define(slots=True)
class Finding:
    """What the text says about one run: how sure it is a person, and its roles."""

    run: Run
    strength: int = 0
    roles: list[RolePhrase] = attrs.Factory(list)
    counterpart_roles: list[tuple[Role, str]] = attrs.Factory(list)
    apposition: int = -1


def name_list(doc: Doc, first: Run) -> list[Run]:
    """The run and the runs listed after it with "," and "and": "A, B and C"."""
    runs = [first]
    i = first.end
    tokens = doc.tokens
    while i < len(tokens) and tokens[i].text in LIST_JOINERS:
        j = i + 1
        if j < len(tokens) and tokens[j].text == "and":
            j += 1
        run = doc.run_at.get(j)
        if run is None or run.is_org or run.is_thing:
            break
        runs.append(run)
        i = run.end
    return runs
