"""The pages a batch reads: file arguments as given, folders walked recursively.

Inside a folder a file is a page when its suffix is one a reader exists for (the table
``SUFFIXES`` of ``bulletinkit.batch._readers``: text, HTML and WARC files), or, when the
caller gives glob patterns, when its name matches one of them. Without patterns, the
other files of a folder are *passed over*: listed apart so that a batch can count them
as skipped. A file named explicitly is always read.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence

import attrs

from bulletinkit.batch._readers import suffix_format

__all__ = ["Listing", "find_pages", "list_pages"]

Globs = str | Sequence[str] | None


@attrs.frozen
class Listing:
    """What a batch was given: ``paths`` in order, ``passed_over`` their positions that
    a folder held but no reader reads (by suffix), to be counted as skipped, not read."""

    paths: tuple[str, ...]
    passed_over: frozenset[int] = frozenset()

    @property
    def pages(self) -> list[str]:
        """The paths to read."""
        return [p for i, p in enumerate(self.paths) if i not in self.passed_over]


def _patterns(glob: Globs) -> tuple[str, ...] | None:
    if glob is None:
        return None
    return (glob,) if isinstance(glob, str) else tuple(glob)


def _walk(folder: str, patterns: tuple[str, ...] | None) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []

    def unreadable(error: OSError) -> None:
        # A sub-folder that cannot be listed is kept as a page: reading it reports why.
        if error.filename is not None:
            found.append((os.fspath(error.filename), True))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if patterns is None:
                found.append((os.path.join(root, name), suffix_format(name) is not None))
            elif any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
                found.append((os.path.join(root, name), True))
    return found


def list_pages(paths: Iterable[str | os.PathLike[str]], *, glob: Globs = None) -> Listing:
    """The :class:`Listing` of ``paths``: see :func:`find_pages`; files a folder holds
    that no reader reads (by suffix; only when ``glob`` is ``None``) are kept in place
    and marked in ``passed_over``."""
    patterns = _patterns(glob)
    listed: list[str] = []
    passed_over: set[int] = set()
    for path in paths:
        name = os.fspath(path)
        if name != "-" and os.path.isdir(name):
            for found, known in _walk(name, patterns):
                if not known:
                    passed_over.add(len(listed))
                listed.append(found)
        else:
            listed.append(name)
    return Listing(tuple(listed), frozenset(passed_over))


def find_pages(paths: Iterable[str | os.PathLike[str]], *, glob: Globs = None) -> list[str]:
    """Every page named by ``paths``, in order: files (and ``-``) as given, folders walked.

    A folder is walked recursively in sorted order (by name, folder by folder), skipping
    hidden files and folders (names starting with ``.``). Without ``glob`` it keeps the
    files a reader exists for, by suffix, in any case: ``.txt``, ``.text``, ``.html``,
    ``.htm``, ``.xhtml``, ``.shtml``, ``.warc``, ``.warc.gz``. ``glob`` (one pattern or
    several) keeps instead the files whose *name* matches one of the patterns, whatever
    their suffix (``"*.md"`` reads Markdown files as text). A file named explicitly is
    kept whatever its name; a path that does not exist is kept too, so that reading it
    reports the error.
    """
    return list_pages(paths, glob=glob).pages
