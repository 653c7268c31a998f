"""The optional ``html`` extra: import its packages or say how to install them."""

from __future__ import annotations

import importlib
from types import ModuleType

from bulletinkit.errors import MISSING_EXTRA, ParseError

INSTALL_HINT = "pip install 'bulletinkit[html]'"


def require(module: str, what: str = "reading HTML") -> ModuleType:
    """Import ``module`` from the ``html`` extra, or raise a :class:`ParseError` naming it.

    A module set to ``None`` in ``sys.modules`` (how tests simulate a missing package)
    counts as missing, like one that is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ParseError(
            f"{what} needs the optional 'html' extra ({module} is not installed: {INSTALL_HINT})",
            expected=f"the html extra: {INSTALL_HINT}",
            code=MISSING_EXTRA,
        ) from error
