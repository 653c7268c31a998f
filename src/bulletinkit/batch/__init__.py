"""Many pages at once: ``parse_files`` yields each page's bulletin or error, in input order.

>>> from bulletinkit.batch import parse_files
>>> for result in parse_files(["pages/"], jobs=2):   # doctest: +SKIP
...     print(result.path, result.bulletin.title if result.ok else result.message)

The command line (``bulletinkit parse FILE|DIR...``) is a thin layer over this module.
:func:`parse_path` parses one page and is what worker processes (ours, or a Dask bag's)
call. Readers for other formats plug in through ``bulletinkit.batch._readers``.
"""

from __future__ import annotations

from bulletinkit.batch._files import Listing, find_pages, list_pages
from bulletinkit.batch._manifest import load_manifest
from bulletinkit.batch._page import DEFAULT_MAX_BYTES, parse_path
from bulletinkit.batch._pool import default_jobs, parse_files, parse_pages
from bulletinkit.batch._result import Hints, PageResult

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Hints",
    "Listing",
    "PageResult",
    "default_jobs",
    "find_pages",
    "list_pages",
    "load_manifest",
    "parse_files",
    "parse_pages",
    "parse_path",
]
