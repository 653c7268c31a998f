"""Golden files of the seed's exports, in ``tests/export/golden/``.

``python -m tests.export.golden`` (from the repository root) writes them again after a
deliberate change of a mapping; ``test_golden.py`` compares every export with them. Review
the diff before committing it.

The seed is a third-party page, so its text is not copied into the repository: every string
longer than 60 characters (the body, the lead, the notice, the encoded rights) is written as
its length and a SHA-256 digest. A change to such a text still changes the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bulletinkit import Bulletin
from bulletinkit.export import to_ninjs, to_odrl, to_popolo, to_schema_org

GOLDEN = Path(__file__).resolve().parent / "golden"


def _odrl(bulletin: Bulletin) -> Any:
    if bulletin.license is None:
        return None
    return to_odrl(bulletin.license, asset=f"urn:bulletinkit:{bulletin.id}")


EXPORTS: dict[str, Callable[[Bulletin], Any]] = {
    "schema-org": to_schema_org,
    "ninjs": to_ninjs,
    "popolo": lambda bulletin: to_popolo([bulletin]),
    "odrl": _odrl,
}


LONG = 60


def redact(data: Any) -> Any:
    """``data`` with each string longer than :data:`LONG` as ``<N chars, sha256 HEX>``."""
    if isinstance(data, dict):
        return {key: redact(value) for key, value in data.items()}
    if isinstance(data, list):
        return [redact(item) for item in data]
    if isinstance(data, str) and len(data) > LONG:
        digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
        return f"<{len(data)} chars, sha256 {digest}>"
    return data


def render(data: Any) -> str:
    """The golden file text: indented JSON, long texts redacted, a final newline."""
    return json.dumps(redact(data), indent=2, ensure_ascii=False) + "\n"


def golden_path(seed: Path, export: str) -> Path:
    """``golden/<seed name>.<export>.json``."""
    return GOLDEN / f"{seed.stem}.{export}.json"


def main() -> None:
    """Write the golden files of every seed page."""
    from bulletinkit import parse_text
    from tests.conftest import seed_paths

    GOLDEN.mkdir(exist_ok=True)
    for seed in seed_paths():
        bulletin = parse_text(seed.read_text(encoding="utf-8"))
        for name, export in EXPORTS.items():
            golden_path(seed, name).write_text(render(export(bulletin)), encoding="utf-8")
            print(golden_path(seed, name).relative_to(GOLDEN.parents[2]))


if __name__ == "__main__":
    main()
