"""The documented limits of the HTML and WARC readers (see ``docs/parsing.md``).

Each is checked before the expensive work and reported as a clear
:class:`~bulletinkit.ParseError`; none can be turned off, but each is a keyword
argument of the readers for callers who need more.
"""

from __future__ import annotations

MAX_HTML_BYTES = 5_000_000
"""The largest HTML page read, in bytes as saved (characters for a ``str``): 5 MB.
Reading costs about 4 seconds a megabyte of markup (trafilatura's metadata pass is most
of it; measured on a busy 2-core machine); real article pages are 50 KB to 2 MB."""

MAX_DEPTH = 200
"""The deepest element nesting read (``<html>`` is depth 1). Real pages stay under 60;
the HTML parser itself stops at 256, so a deeper page would be read cut."""

MAX_WARC_RECORD_BYTES = 20_000_000
"""The largest WARC record payload read, once decompressed: 20 MB. A larger record is
reported as a failed record; the archive goes on."""
