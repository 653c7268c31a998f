"""Generated hook source: lines written with fresh variable names, then defined.

The codec writes its hooks as Python source once per model class. :class:`Lines` holds
the lines of one hook and hands out variable names no other inlined object uses;
:func:`define` compiles the source into a namespace and registers it with
:mod:`linecache`, so that tracebacks and debuggers show the generated lines.
"""

from __future__ import annotations

import linecache
from typing import Any

__all__ = ["Lines", "define"]


class Lines:
    """Source lines of one hook, with fresh variable names for each inlined object."""

    def __init__(self, ns: dict[str, Any]) -> None:
        self.ns = ns
        self.lines: list[str] = []
        self.serial = 0

    def add(self, pad: int, line: str) -> None:
        """Append ``line`` indented by ``pad`` levels."""
        self.lines.append("    " * pad + line)

    def fresh(self, stem: str) -> str:
        """A variable name not used before in this hook."""
        self.serial += 1
        return f"{stem}_{self.serial}"


def define(lines: list[str], filename: str, ns: dict[str, Any], name: str) -> Any:
    """Compile ``lines`` into ``ns`` under ``filename`` and return the function ``name``."""
    source = "\n".join(lines) + "\n"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    return ns[name]
