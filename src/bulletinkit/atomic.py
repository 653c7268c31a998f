"""Write an output file all at once or not at all.

:func:`atomic_output` writes to a temporary file in the destination's folder and, only
when the ``with`` block ends without an exception, renames it over the destination with
:func:`os.replace` (atomic on POSIX and Windows within one file system). An error, a
``KeyboardInterrupt`` or a killed process leaves any existing file untouched; the
temporary file is removed (a hard kill may leave a ``.NAME.*.tmp`` file behind, never a
half-written ``NAME``). Every command that writes a file goes through it.

:func:`refuse_overwriting_inputs` stops a command before it reads anything when its
output would replace one of its inputs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

__all__ = ["OutputIsInput", "atomic_output", "is_stdout", "refuse_overwriting_inputs"]


class OutputIsInput(ValueError):
    """The output path names one of the inputs (the same file, by any name)."""


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` means standard output (``None`` or ``-``)."""
    return path is None or os.fspath(path) == "-"


def _mode_for_new_file() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str] | None) -> Iterator[IO[str]]:
    """A text stream (UTF-8, ``\\n`` line ends) that replaces ``path`` on success.

    ``None`` or ``-`` yields standard output itself (nothing to protect). The file keeps
    the permissions of the file it replaces, or gets the usual ones (``0o666`` minus the
    umask) when new. Raises :class:`OSError` when the folder cannot be written.
    """
    if is_stdout(path):
        yield sys.stdout
        return
    assert path is not None
    target = Path(path)
    folder = target.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=folder
        )
    except OSError as error:  # name the file the caller asked for, not the temporary one
        raise OSError(error.errno, error.strerror, os.fspath(path)) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = _mode_for_new_file()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def refuse_overwriting_inputs(
    outputs: Iterable[str | os.PathLike[str] | None], inputs: Iterable[str]
) -> None:
    """Raise :class:`OutputIsInput` when an output file is one of ``inputs``.

    Compares files by device and inode (so a symlink or another spelling of the same
    path is caught) and, for outputs that do not exist yet, by resolved path. Two
    outputs naming the same file are refused too. Standard output and stdin never clash.
    """
    named = [os.fspath(out) for out in outputs if not is_stdout(out)]  # type: ignore[arg-type]
    if not named:
        return
    seen: dict[object, str] = {}
    for out in named:
        key: object = _identity(out) or Path(out).resolve()
        if key in seen:
            raise OutputIsInput(f"{out}: named twice as an output")
        seen[key] = out
    for name in inputs:
        if name == "-":
            continue
        key = _identity(name) or Path(name).resolve()
        if key in seen:
            raise OutputIsInput(f"{seen[key]}: the output is also an input ({name}); refusing")
