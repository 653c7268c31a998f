"""Targets (PASS/MISS) and the markdown tables of a benchmark result."""

from __future__ import annotations

from typing import Any

from benchmarks.subjects import PURE_TWIN, RAW_FAST, SCHEMA_DEFAULT, SCHEMA_PURE

__all__ = ["markdown", "targets"]


def _ok(row: Any) -> bool:
    return isinstance(row, dict) and row.get("status") == "ok"


def _median(section: dict[str, Any], name: str, scale: int | str) -> float | None:
    row = section.get(name, {}).get(str(scale))
    return row["median"] if _ok(row) else None


def _ratio(top: float | None, bottom: float | None) -> float | None:
    return None if top is None or bottom is None or bottom == 0 else top / bottom


def _target(name: str, value: float | None, limit: float, *, at_most: bool, unit: str = "x") -> Any:
    if value is None:
        status = "N/A"
    elif (value <= limit) if at_most else (value >= limit):
        status = "PASS"
    else:
        status = "MISS"
    rule = f"{'≤' if at_most else '≥'} {limit:g}{unit}"
    return {"target": name, "value": value, "rule": rule, "status": status}


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 6 with its measured value and PASS, MISS or N/A."""
    codec = result.get("codec", {})
    decode, encode = codec.get("decode", {}), codec.get("encode", {})
    smallest = min((int(scale) for scale in result["corpus"]["text"]), default=1)
    found = [
        _target(
            "decode: bulletinkit time / msgspec time",
            _ratio(_median(decode, "bulletinkit", 1), _median(decode, "msgspec", 1)),
            2.5,
            at_most=True,
        ),
        _target(
            "decode: pydantic time / bulletinkit time",
            _ratio(_median(decode, "pydantic", 1), _median(decode, "bulletinkit", 1)),
            1.8,
            at_most=False,
        ),
        _target(
            "encode: bulletinkit time / msgspec time",
            _ratio(_median(encode, "bulletinkit", 1), _median(encode, "msgspec", 1)),
            3.0,
            at_most=True,
        ),
        _target(
            "encode: pydantic time / bulletinkit time",
            _ratio(_median(encode, "pydantic", 1), _median(encode, "bulletinkit", 1)),
            1.0,
            at_most=False,
        ),
    ]
    validation = result.get("validation", {})
    times = validation.get("times", {})
    speedup = _ratio(_median(times, SCHEMA_PURE, 1), _median(times, SCHEMA_DEFAULT, 1))
    fast_installed = _ok(times.get(RAW_FAST, {}).get("1"))
    if not (fast_installed and validation.get("verdicts_identical", False)):
        speedup = None  # without the fast extra the default backend *is* jsonschema
    found.append(
        _target(
            "schema validation: jsonschema time / fast default time (identical verdicts)",
            speedup,
            100,
            at_most=False,
        )
    )
    parse = result.get("parse_text", {})
    small = parse.get(str(smallest), {})
    found.append(
        _target(
            "parse_text: seed-sized pages per second",
            small.get("per_second") if _ok(small) else None,
            1000,
            at_most=False,
            unit="/s",
        )
    )
    found.append(
        _target(
            "parse_text: time growth / size growth, largest vs seed-sized",
            parse.get("linearity"),
            1.1,
            at_most=True,
        )
    )
    rows = result.get("import", {}).get("rows", {})
    found.append(
        _target(
            "import: bulletinkit / its dependencies",
            _ratio(
                rows.get("bulletinkit", {}).get("median"),
                rows.get("dependencies", {}).get("median"),
            ),
            1.0,
            at_most=True,
        )
    )
    memory = result.get("memory", {})
    found.append(
        _target(
            "memory: bulletinkit bytes / msgspec bytes per bulletin",
            _ratio(
                memory.get("bulletinkit", {}).get("bytes"), memory.get("msgspec", {}).get("bytes")
            ),
            1.1,
            at_most=True,
        )
    )
    return found


def _us(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    us = seconds * 1e6
    return f"{us:,.0f}" if us >= 100 else f"{us:.1f}"


def _x(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}x"


def _cell(row: Any) -> str:
    if _ok(row):
        return _us(row["median"])
    return str(row.get("status", "–")) if isinstance(row, dict) else "–"


def _codec_table(result: dict[str, Any]) -> list[str]:
    codec = result.get("codec")
    if not codec or "decode" not in codec:
        return [f"({(codec or {}).get('status', 'not run')})"]
    names = list(codec["decode"])
    lines = [
        "| operation | scale | JSON KB | "
        + " | ".join(names)
        + " | bk / msgspec | pydantic / bk |",
        "|---|---|---|" + "---|" * len(names) + "---|---|",
    ]
    sizes = result["corpus"].get("json", {})
    for operation in ("decode", "encode"):
        section = codec[operation]
        for scale in sizes:
            if not isinstance(sizes[scale], dict) or "mean_bytes" not in sizes[scale]:
                continue
            cells = [_cell(section[name].get(scale)) for name in names]
            bk = _median(section, "bulletinkit", scale)
            lines.append(
                f"| {operation} | {scale}x | {sizes[scale]['mean_bytes'] / 1024:.1f} | "
                + " | ".join(cells)
                + f" | {_x(_ratio(bk, _median(section, 'msgspec', scale)))}"
                + f" | {_x(_ratio(_median(section, 'pydantic', scale), bk))} |"
            )
    same = codec.get("same_data", {})
    if same:
        said = ", ".join(f"{name} {'yes' if ok else 'NO'}" for name, ok in same.items())
        lines += ["", f"Each library writes back the JSON data it read: {said}."]
    return lines


def _validation_table(result: dict[str, Any]) -> list[str]:
    validation = result.get("validation", {})
    times = validation.get("times", {})
    if not times:
        return [f"({validation.get('status', 'not run')})"]
    scales = list(next(iter(times.values())))
    lines = [
        "| backend | "
        + " | ".join(f"µs at {s}x" for s in scales)
        + " | speed-up vs its jsonschema twin, 1x | verdicts |",
        "|---|" + "---|" * len(scales) + "---|---|",
    ]
    for name, row in times.items():
        verdicts = validation["verdicts"].get(name, {})
        if _ok(verdicts):
            expected = "yes" if verdicts["as_expected"] else "NO"
            agree = f"{verdicts['documents']} docs, as expected: {expected}"
        else:
            agree = str(verdicts.get("status"))
        twin = PURE_TWIN.get(name)
        speedup = None if twin is None else _ratio(_median(times, twin, 1), _median(times, name, 1))
        cells = " | ".join(_cell(row.get(scale)) for scale in scales)
        lines.append(f"| {name} | {cells} | {_x(speedup)} | {agree} |")
    return lines


def _parse_table(result: dict[str, Any]) -> list[str]:
    parse = result.get("parse_text")
    if parse is None:
        return ["(not run)"]
    lines = ["| scale | chars | µs per page | pages/s |", "|---|---|---|---|"]
    for scale, row in parse.items():
        if not isinstance(row, dict) or "chars" not in row:
            continue
        rate = f"{row['per_second']:,.0f}" if _ok(row) else "–"
        lines.append(f"| {scale}x | {row['chars']:,.0f} | {_cell(row)} | {rate} |")
    if parse.get("linearity") is not None:
        lines += [
            "",
            f"Largest vs smallest page: {parse['size_ratio']:.0f}x the text took"
            f" {parse['time_ratio']:.0f}x the time (growth per unit of size:"
            f" {parse['linearity']:.2f}; 1.00 is linear).",
        ]
    return lines


def _import_table(result: dict[str, Any]) -> list[str]:
    section = result.get("import", {})
    if not _ok(section):
        return [f"(import section: {section.get('status', 'not run')})"]
    lines = ["| import | ms |", "|---|---|"]
    for name, row in section["rows"].items():
        value = f"{row['median'] * 1e3:.1f}" if _ok(row) else row["status"]
        label = row.get("statement", name)
        lines.append(f"| `{label}` | {value} |")
    return lines


def _memory_table(result: dict[str, Any]) -> list[str]:
    memory = result.get("memory", {"status": "not run"})
    if "status" in memory:
        return [f"({memory['status']})"]
    lines = ["| library | bytes per held bulletin | vs msgspec |", "|---|---|---|"]
    reference = memory.get("msgspec", {}).get("bytes")
    for name, row in memory.items():
        if not isinstance(row, dict):
            continue
        if _ok(row):
            ratio = _x(_ratio(row["bytes"], reference))
            lines.append(f"| {name} | {row['bytes']:,.0f} | {ratio} |")
        else:
            lines.append(f"| {name} | {row.get('status')} | – |")
    return lines


def _targets_table(result: dict[str, Any]) -> list[str]:
    lines = ["| target | measured | rule | status |", "|---|---|---|---|"]
    for row in result.get("targets", []):
        value = "–" if row["value"] is None else f"{row['value']:,.2f}"
        lines.append(f"| {row['target']} | {value} | {row['rule']} | **{row['status']}** |")
    return lines


def markdown(result: dict[str, Any]) -> str:
    """The result as markdown tables: times in µs per document, medians of the rounds."""
    meta = result["meta"]
    parts = [
        f"Preset `{meta['preset']}`, {meta['rounds']} rounds (median), Python {meta['python']}, "
        f"{meta['machine']}; versions: "
        + ", ".join(f"{name} {version}" for name, version in meta["versions"].items())
        + f"; load average before/after: {meta.get('load_average_before')}"
        + f" / {meta.get('load_average_after')}",
        "",
        "### Decode (bytes → validated object) and encode (object → JSON), µs per document",
        *_codec_table(result),
        "",
        "### Schema validation, µs per document",
        *_validation_table(result),
        "",
        "### parse_text",
        *_parse_table(result),
        "",
        "### Import time (fresh interpreter, `-X importtime`, start-up subtracted)",
        *_import_table(result),
        "",
        f"### Memory ({result.get('memory', {}).get('count', 'no')} decoded 1x bulletins held)",
        *_memory_table(result),
        "",
        "### Targets",
        *_targets_table(result),
    ]
    return "\n".join(parts) + "\n"
