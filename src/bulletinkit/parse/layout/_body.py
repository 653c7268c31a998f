"""Reading the rest of a page: the footer (appeal, license notice) and the paragraphs."""

from __future__ import annotations

import attrs

from bulletinkit.parse.layout import _lines

# A line that ends with one of these ends a sentence (or a quotation, or a note marker);
# a line that does not was wrapped in the middle of a sentence.
_TERMINAL = frozenset(".!?:;\"”’')]…")
_BULLETS = ("•", "▪", "●", "◦", "‣", "·", "- ", "* ", "– ")
_MAX_FOOTER_LINES = 12
_SHORT_LINE = 0.7
# "Source: TASS" on the line after a digest item credits that item: it stays with it.
_SOURCE_NOTES = ("source:", "sources:", "(source")
_SOURCE_NOTE_CHARS = max(map(len, _SOURCE_NOTES))
_MAX_FOOTER_LINE_CHARS = 300
_MAX_LICENSE_LINE_CHARS = 500


@attrs.define(kw_only=True)
class Footer:
    """The appeal and license lines found at the end of a page, and where they start."""

    appeal: str | None = None
    license_lines: list[str] = attrs.field(factory=list)
    start: int = 0
    """Index (into the page's entries) of the footer's first line."""


def read_footer(entries: list[tuple[int, str]], body_start: int) -> Footer:
    """Find the appeal heading and license lines at the end of ``entries``.

    Only the last few non-blank lines after ``body_start`` are searched: a footer is
    short. The appeal runs from the first appeal heading there ("Support Us") to the
    first license line; the license runs from its first line to the end of the page
    (a notice may continue on a line without a cue: "Images may not be used ...").
    A page without a footer gives an empty :class:`Footer` that starts at the end.
    """
    footer = Footer(start=len(entries))
    window: list[int] = []
    index = len(entries) - 1
    while index >= body_start and len(window) < _MAX_FOOTER_LINES:
        if entries[index][1]:
            window.append(index)
        index -= 1
    window.reverse()
    heading = next((i for i in window if _lines.is_appeal_heading(entries[i][1])), None)
    first_license = next(
        (i for i in window if (heading is None or i > heading) and _is_license(entries, i)),
        None,
    )
    if first_license is not None:
        footer.license_lines = [
            text
            for _, text in entries[first_license:]
            if text and not _lines.is_appeal_heading(text)
        ]
        footer.start = first_license
    if heading is not None:
        appeal = [
            text
            for _, text in entries[heading + 1 : footer.start]
            if text and not _lines.is_appeal_heading(text)
        ]
        footer.appeal = " ".join(appeal) or None
        footer.start = heading
    return footer


def _is_license(entries: list[tuple[int, str]], index: int) -> bool:
    # A license line ends the page: every later line must be footer-sized, not a paragraph.
    text = entries[index][1]
    if len(text) > _MAX_LICENSE_LINE_CHARS or not _lines.is_license(text):
        return False
    return all(len(later) <= _MAX_FOOTER_LINE_CHARS for _, later in entries[index + 1 :])


def _bullet(text: str) -> str | None:
    if not text.startswith(_BULLETS):
        return None
    for mark in _BULLETS:
        if text.startswith(mark):
            return text[len(mark) :].strip()
    return None


def _wrapped(blocks: list[list[str]]) -> bool:
    breaks = wraps = 0
    for block in blocks:
        for line in block[:-1]:
            breaks += 1
            wraps += line[-1] not in _TERMINAL
    # Hard-wrapped text breaks nearly every line mid-sentence; a page with one line per
    # paragraph breaks only where a title or a truncated line lacks its full stop.
    return breaks > 1 and 4 * wraps >= 3 * breaks


def _wrap_width(blocks: list[list[str]]) -> int:
    # The median length of lines that do not end a block: what the wrap made them.
    inner = sorted(len(line) for block in blocks for line in block[:-1])
    return inner[len(inner) // 2] if inner else 0


def split_paragraphs(entries: list[tuple[int, str]]) -> list[str]:
    """The paragraphs of the body lines in ``entries`` (blank text = blank line).

    Blank lines always end a paragraph. Within a block of lines, a page whose lines are
    mostly wrapped mid-sentence joins them; otherwise each line is a paragraph, unless it
    continues a sentence the previous line left open. A bullet item is a paragraph of
    its own, without its bullet.
    """
    blocks: list[list[str]] = [[]]
    for _, text in entries:
        if text:
            blocks[-1].append(text)
        elif blocks[-1]:
            blocks.append([])
    wrapped = _wrapped(blocks)
    # In hard-wrapped text a paragraph's last line is the one that stops well short of
    # the wrap width after a full stop; it ends the paragraph even without a blank line.
    short = _SHORT_LINE * _wrap_width(blocks) if wrapped else 0.0
    paragraphs: list[str] = []
    for block in blocks:
        current: list[str] = []
        for line in block:
            item = _bullet(line)
            if item == "":
                continue  # a bullet with nothing after it
            previous = current[-1] if current else ""
            ended = previous[-1:] in _TERMINAL if previous else False
            opens = item is not None or (
                bool(current)
                and not line[:_SOURCE_NOTE_CHARS].casefold().startswith(_SOURCE_NOTES)
                and (
                    (not wrapped and (ended or not line[:1].islower()))
                    or (wrapped and ended and len(previous) < short and line[:1].isupper())
                )
            )
            if opens and current:
                paragraphs.append(_join(current))
                current = []
            current.append(line if item is None else item)
        if current:
            paragraphs.append(_join(current))
    return [p for p in paragraphs if p]


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        # A line wrapped after a hyphen ("Russia-" + "Ukraine") is joined without a space.
        glue = "" if text.endswith("-") and text[-2:-1].isalpha() else " "
        text = f"{text}{glue}{line}"
    return text
