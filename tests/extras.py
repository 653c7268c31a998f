"""Optional extras in tests: skipped on a developer's machine without them, never in CI."""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` (from the ``extra`` extra); skip when missing, fail when CI is set.

    CI installs every extra, so a missing one there is a broken install, not a reason to
    skip the tests that need it.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {module} (extra {extra!r}) is missing: {error}")
        pytest.skip(
            f"{module} is not installed (pip install 'bulletinkit[{extra}]')",
            allow_module_level=True,
        )
