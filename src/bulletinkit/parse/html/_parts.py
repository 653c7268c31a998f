"""What the page says outside its article text: captions, the license footer, teasers."""

from __future__ import annotations

import re
from typing import Any

from bulletinkit.parse.layout import is_license

_FOOTER_MARKS = frozenset(
    {"footer", "colophon", "copyright", "license", "licence", "legal", "rights", "site-info"}
)
_WORD = re.compile(r"[a-z0-9]+")
_BLOCKS = ("p", "div", "small", "li", "span", "section", "td", "address")
_MAX_LICENSE_CHARS = 500
# A page with no footer element: its license line is among its last blocks.
_LAST_BLOCKS = 5
# Footer links that are navigation, not part of a notice ("Privacy Policy").
_FOOTER_LINK_WORDS = (
    "privacy",
    "terms",
    "cookie",
    "contact",
    "about",
    "imprint",
    "sitemap",
    "accessibility",
    "policy",
    "newsletter",
    "rss",
    "careers",
    "advertise",
)
_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Runs of white space as one space, ends stripped."""
    return _SPACES.sub(" ", text).strip()


def license_text(root: Any) -> str | None:
    """The license or copyright lines of the page's footer, in page order, or ``None``.

    A footer is a ``<footer>``, ``role="contentinfo"``, or an element whose id or class
    says footer, colophon, copyright, license or legal; a page with none of them has its
    last few blocks read instead. A line counts when it reads as a license or copyright
    notice, by the same cues as the text reader's footer.
    """
    return _footer_lines(root) or _last_lines(root)


def _last_lines(root: Any) -> str | None:
    last: list[str] = []  # the last leaf blocks outside the article, last first
    for element in reversed(list(root.iter(*_BLOCKS))):
        if len(last) == _LAST_BLOCKS:
            break
        if element.xpath("boolean(.//p | .//div | .//li | .//section | ancestor::article)"):
            continue
        text = _without_links(element)
        if text:
            last.append(text)
    lines = [
        line for line in reversed(last) if len(line) <= _MAX_LICENSE_CHARS and is_license(line)
    ]
    return " ".join(dict.fromkeys(lines)) or None


def _footer_lines(root: Any) -> str | None:
    lines: list[str] = []
    for footer in root.iter():
        if not isinstance(footer.tag, str) or not _is_footer(footer):
            continue
        if any(_is_footer(up) for up in footer.iterancestors()):
            continue  # read once, from the outermost footer
        for line in _block_texts(footer):
            if len(line) <= _MAX_LICENSE_CHARS and is_license(line) and line not in lines:
                lines.append(line)
    return " ".join(lines) or None


def _is_footer(element: Any) -> bool:
    if element.tag == "footer" and not element.xpath("ancestor::article"):
        return True
    if (element.get("role") or "").lower() == "contentinfo":
        return True
    marks = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return any(mark in _FOOTER_MARKS for mark in _WORD.findall(marks)) or "site-info" in marks


def _block_texts(container: Any) -> list[str]:
    """The texts of the innermost blocks of ``container`` (a leaf block's whole text)."""
    found = []
    for element in container.iter(*_BLOCKS):
        if element.xpath("boolean(.//p | .//div | .//li | .//section)"):
            continue
        text = _without_links(element)
        if text:
            found.append(text)
    if not found:
        text = squash(container.text_content())
        if text:
            found.append(text)
    return found


def _without_links(element: Any) -> str:
    """The block's text less its short links that are no notice ("Privacy Policy")."""
    text = squash(element.text_content())
    for link in element.iter("a"):
        words = squash(link.text_content())
        folded = words.casefold()
        if words and any(word in folded for word in _FOOTER_LINK_WORDS):
            text = squash(text.replace(words, " "))
    return text


def captions(root: Any) -> tuple[str, ...]:
    """The figure captions of the article (``<figcaption>``, WordPress caption text)."""
    found: list[str] = []
    for element in root.xpath(
        "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '),"
        " ' wp-caption-text ')]"
    ):
        text = squash(element.text_content())
        if text and text not in found:
            found.append(text)
    return tuple(found)


def link_texts(root: Any) -> frozenset[str]:
    """The texts of the page's links: a line that is only a link is a teaser, not text."""
    return frozenset(
        text
        for text in (squash(a.text_content()) for a in root.iter("a"))
        if len(text.split()) >= 3
    )


def teaser_count(root: Any) -> int:
    """How many teasers the page lists: short articles, or headings that are links."""
    short_articles = root.xpath("//article[count(.//p) < 3][.//a]")
    linked_headings = root.xpath("//*[self::h2 or self::h3][a][not(ancestor::article)]")
    return len(short_articles) + len(linked_headings)


def language(root: Any) -> str | None:
    """The page's language from ``<html lang>``: the primary subtag, lower case."""
    lang = root.get("lang") or root.get("xml:lang") or ""
    primary = lang.split("-")[0].split("_")[0].strip().lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
