"""Peak memory and time of one large page: ``python -m benchmarks.page_memory [MB ...]``.

For each size (default 0.25, 1 and 2 MB, the default ``--max-bytes`` being 2 MiB) a
fresh interpreter builds a generated text page of about that size
(``corpus.make_text``), imports the parser, then parses the page once, and reports the
growth of its peak resident memory (``resource.getrusage``: ``ru_maxrss``) during the
parse, as a multiple of the page's size in bytes, with the time taken. A benchmark, not
a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence

from benchmarks.corpus import TEXT_PAGE_CHARS

__all__ = ["main"]

_CHILD = """
import json, random, resource, sys, time
from benchmarks.corpus import make_text
from bulletinkit.batch import parse_path
text = make_text(random.Random(1), int(sys.argv[1]))
data = text.encode("utf-8")
parse_path("warm.txt", data=b"Date: 1 May 2020\\nA Title\\nA lead.\\n")  # imports, patterns
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.perf_counter()
result = parse_path("page.txt", data=data, max_bytes=len(data))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
meetings = len(result.bulletin.meetings) if result.bulletin else None
print(json.dumps({"bytes": len(data), "seconds": seconds, "growth": peak - before,
                  "meetings": meetings, "code": result.code}))
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Measure each size in its own interpreter and print a markdown table."""
    sizes = [float(a) for a in (argv if argv is not None else sys.argv[1:])] or [0.25, 1, 2]
    print("| page | seconds | peak memory growth | multiple of the page | meetings |")
    print("|---:|---:|---:|---:|---:|")
    for megabytes in sizes:
        scale = max(1, round(megabytes * 1024 * 1024 / TEXT_PAGE_CHARS))
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(scale)], capture_output=True, text=True, check=True
        )
        row = json.loads(out.stdout)
        print(
            f"| {row['bytes'] / 1e6:.2f} MB | {row['seconds']:.1f} | {row['growth'] / 1e6:.0f} MB "
            f"| {row['growth'] / row['bytes']:.0f}x | {row['meetings']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
