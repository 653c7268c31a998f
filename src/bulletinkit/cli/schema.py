"""``bulletinkit schema NAME``: print a bundled JSON Schema file."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``schema``."""
    parser = sub.add_parser(
        "schema",
        help="print a bundled JSON Schema file (no NAME: list the names)",
        description=(
            "Print the bundled JSON Schema file NAME, exactly as shipped (no NAME: list the "
            "names). Exit status: 0 printed, 2 unknown NAME or usage error."
        ),
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="e.g. bulletin, actor, defs")
    parser.add_argument(
        "--bundled",
        action="store_true",
        help="print the self-contained file of a document type (bulletin, actor, meeting, "
        "license-notice): every file it refers to embedded, nothing else to load",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the file here, not to stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the file, or the list of names; unknown name: exit 2 with the list."""
    from bulletinkit.atomic import atomic_output
    from bulletinkit.errors import SchemaError
    from bulletinkit.schemas import SCHEMA_NAMES, schema_text

    if args.name is None:
        text = "\n".join(SCHEMA_NAMES) + "\n"
    else:
        try:
            text = schema_text(args.name, bundled=args.bundled)
        except SchemaError as exc:
            print(f"bulletinkit schema: {exc}", file=sys.stderr)
            return 2
    try:
        with atomic_output(args.output) as out:
            out.write(text)
    except OSError as exc:
        print(f"{args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
