"""``bulletinkit version``: print the library and schema versions."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``version``."""
    parser = sub.add_parser("version", help="print the bulletinkit version")
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace) -> int:
    """Print ``bulletinkit X.Y.Z``."""
    from bulletinkit import __version__

    print(f"bulletinkit {__version__}")
    return 0
