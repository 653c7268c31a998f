"""The sub-commands of ``bulletinkit``, in the order ``--help`` lists them.

Each module named here has ``add_parser(subparsers)``, which adds its parser and sets
``run(args) -> int`` as the parser's default.
"""

from __future__ import annotations

import argparse
from types import ModuleType
from typing import Any, Protocol


class Command(Protocol):
    """A sub-command module."""

    def add_parser(self, sub: argparse._SubParsersAction[Any], /) -> None:
        """Add the sub-command's parser and set its ``run(args) -> int`` default."""


def _modules() -> tuple[ModuleType, ...]:
    from bulletinkit.cli import export, parse, schema, validate, version

    return (parse, validate, schema, export, version)


COMMANDS: tuple[Command, ...] = _modules()
