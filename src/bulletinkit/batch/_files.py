"""The pages a batch reads: file arguments as given, folders walked recursively."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable

__all__ = ["find_pages"]


def _walk(folder: str, glob: str) -> list[str]:
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        # A sub-folder that cannot be listed is kept as a page: reading it reports why.
        if error.filename is not None:
            found.append(os.fspath(error.filename))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, name)
            for name in sorted(files)
            if not name.startswith(".") and fnmatch.fnmatchcase(name, glob)
        )
    return found


def find_pages(paths: Iterable[str | os.PathLike[str]], *, glob: str = "*.txt") -> list[str]:
    """Every page named by ``paths``, in order: files (and ``-``) as given, folders walked.

    A folder is walked recursively in sorted order (by name, folder by folder), keeping
    the files whose *name* matches ``glob`` and skipping hidden files and folders (names
    starting with ``.``). A file named explicitly is kept whatever its name; a path that
    does not exist is kept too, so that reading it reports the error.
    """
    pages: list[str] = []
    for path in paths:
        name = os.fspath(path)
        if name != "-" and os.path.isdir(name):
            pages.extend(_walk(name, glob))
        else:
            pages.append(name)
    return pages
