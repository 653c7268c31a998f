"""The ``bulletinkit`` command: one sub-command per module in this package.

Exit codes (every command): 0 success, 1 invalid data or a page that failed to parse,
2 usage error or unreadable input, 130 interrupted (Ctrl-C). The table: ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bulletinkit.cli import _commands

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``bulletinkit`` command."""
    from bulletinkit import __version__

    parser = argparse.ArgumentParser(
        prog="bulletinkit",
        description="Turn bulletins into typed, validated JSON.",
        epilog=(
            "Exit status of every command: 0 all good, 1 some input failed or was invalid, "
            "2 usage error or unreadable input, 130 interrupted. "
            "'bulletinkit COMMAND --help' for each command."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bulletinkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in _commands.COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on usage errors, 0 on --help
        return int(stop.code or 0)
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        # Outputs are written atomically: nothing half-written is left behind.
        print("bulletinkit: interrupted", file=sys.stderr)
        return 130
    return code
