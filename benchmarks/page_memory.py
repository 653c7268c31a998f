"""Peak memory and time of one large page: ``python -m benchmarks.page_memory [MB ...]``.

For each size (default 0.25, 1 and 2 MB, the default ``--max-bytes`` being 2 MiB) a
fresh interpreter builds a generated text page of about that size
(``corpus.make_text``), imports the parser, then parses the page once, and reports the
growth of its peak resident memory (``resource.getrusage``: ``ru_maxrss``) during the
parse, as a multiple of the page's size in bytes, with the time taken. A benchmark, not
a test.

``--stages`` says where the memory goes instead: each stage of ``parse_text`` run on its
own under ``tracemalloc`` (Python objects only), with the peak it reached above what was
held before it and what it kept, as multiples of the page, and the actor scanner's
largest allocation sites.
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


_STAGES = """
import gc, random, sys, tracemalloc
from benchmarks.corpus import make_text
from bulletinkit.batch import parse_path
from bulletinkit.parse.actors import extract_actors
from bulletinkit.parse.actors._scan import scan
from bulletinkit.parse.layout import read_layout
from bulletinkit.parse.meetings import extract_meetings
from bulletinkit.parse.text import decode_bytes
text = make_text(random.Random(1), int(sys.argv[1]))
data = text.encode("utf-8")
size = len(data)
parse_path("warm.txt", data=b"Date: 1 May 2020\\nA Title\\nA lead.\\n")
tracemalloc.start(1)
held = []
def stage(name, run):
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    out = run()
    now, peak = tracemalloc.get_traced_memory()
    print(f"| {name} | {(peak - base) / size:.1f}x | {(now - base) / size:.1f}x |")
    held.append(out)
    return out
print(f"page: {size / 1e6:.2f} MB; traced memory as a multiple of the page")
print("| stage | peak above what was held | kept |")
print("|---|---:|---:|")
page = stage("decode and read_layout", lambda: read_layout(decode_bytes(data, None)))
parts = page.paragraphs
actors = stage("extract_actors", lambda: extract_actors(parts))
stage("extract_meetings", lambda: extract_meetings(parts, actors, date=page.date))
held.clear()
del page, actors
stage("parse_path, the whole page", lambda: parse_path("p.txt", data=data, max_bytes=size))
held.clear()
gc.collect()
base = tracemalloc.get_traced_memory()[0]
doc = scan(parts)
now = tracemalloc.get_traced_memory()[0]
print(f"\\nthe actor scanner's tokens: {len(doc.tokens)} for {len(text)} characters, "
      f"{(now - base) / size:.1f}x the page held; largest sites:")
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, "*/parse/*")])
for stat in snapshot.statistics("lineno")[:6]:
    frame = stat.traceback[0]
    where = frame.filename.rsplit("/src/", 1)[-1]
    print(f"  {stat.size / size:5.1f}x  {stat.count:7d} blocks  {where}:{frame.lineno}")
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Measure each size in its own interpreter and print a markdown table."""
    args = list(argv if argv is not None else sys.argv[1:])
    stages = "--stages" in args
    sizes = [float(a) for a in args if a != "--stages"] or ([0.25] if stages else [0.25, 1, 2])
    if stages:
        for megabytes in sizes:
            scale = max(1, round(megabytes * 1024 * 1024 / TEXT_PAGE_CHARS))
            out = subprocess.run(
                [sys.executable, "-c", _STAGES, str(scale)],
                capture_output=True,
                text=True,
                check=True,
            )
            print(out.stdout)
        return 0
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
