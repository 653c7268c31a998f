"""What a single line of a page is: chrome, a credit, a label, a blurb, a footer line."""

from __future__ import annotations

from bulletinkit.parse.layout._lexicon import lexicon

_MAX_LABEL_WORDS = 6
_MAX_CHROME_CHARS = 120
_MAX_CREDIT_CHARS = 200
_MAX_BLURB_NAME_WORDS = 6
_MAX_HEADING_CHARS = 40
_LOWER_IN_NAMES = frozenset({"of", "and", "the", "for", "on", "in", "&"})
_ISSUE_WORDS = frozenset({"no", "nr", "issue", "number", "vol", "volume"})
_PHOTO_WORDS = ("photo", "image", "picture", "fot.", "foto", "getty", "shutterstock")


def sort_lines(lines: list[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """The page's (line number, text) entries less chrome and credits, and the credits.

    Blank lines stay (as empty text): they end paragraphs. The same as testing each
    line with :func:`is_credit`, then :func:`is_chrome`, with the cheap tests first.
    """
    words = lexicon()
    credit_start, chrome = words.credit_start, words.chrome
    entries: list[tuple[int, str]] = []
    credits: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line:
            entries.append((number, line))
        elif (
            len(line) <= _MAX_CREDIT_CHARS
            and credit_start.match(line) is not None
            and is_credit(line)
        ):
            credits.append(line)
        elif len(line) > _MAX_CHROME_CHARS or chrome.fullmatch(line) is None:
            entries.append((number, line))
    return entries, credits


def is_chrome(line: str) -> bool:
    """Whether the line is page or reader-app chrome ("4 minute read", "Advertisement")."""
    return len(line) <= _MAX_CHROME_CHARS and lexicon().chrome.fullmatch(line) is not None


def is_credit(line: str) -> bool:
    """Whether the line is a photo credit ("source: kremlin.ru", "Photo: Reuters")."""
    if len(line) > _MAX_CREDIT_CHARS:
        return False
    found = lexicon().credit_start.match(line)
    if found is None:
        return False
    if not found.group().casefold().startswith("source"):
        return True
    # "Source: TASS" after a digest item credits the item's source, not a photo: only a
    # source line that speaks of a picture, names a web site or shouts is a photo credit.
    folded = line.casefold()
    rest = line[found.end() :]
    return (
        any(word in folded for word in _PHOTO_WORDS)
        or _has_domain(rest)
        or (rest.upper() == rest and any(c.isalpha() for c in rest))
    )


def _has_domain(text: str) -> bool:
    for token in text.split():
        host = token.strip(",;()[]").rstrip(".")
        if "." in host and not host.startswith(".") and all(host.split(".")):
            return True
    return False


def is_license(line: str) -> bool:
    """Whether the line reads as a license or copyright notice."""
    return any(map(line.casefold().__contains__, lexicon().license_cues))


def is_appeal_heading(line: str) -> bool:
    """Whether the line is a donation-appeal heading ("Support Us")."""
    if len(line) > _MAX_HEADING_CHARS:
        return False
    return line.rstrip(":!. ").casefold() in lexicon().appeal_headings


def author_prefix(line: str) -> str | None:
    """The byline prefix the line starts with ("By:", "Article by:"), if any."""
    words = lexicon()
    # Case folding never shortens a text, so the folded head is the head's fold.
    folded = line[: words.longest_author_prefix].casefold()
    if not folded.startswith(words.author_prefixes):
        return None
    for prefix in words.author_prefixes:
        if not folded.startswith(prefix):
            continue
        if prefix.endswith(":"):
            return prefix
        # Without a colon, "By" must be followed by a name ("By Jane Doe"), so that a
        # sentence such as "By then, Moscow ..." is not taken for a byline.
        rest = line[len(prefix) :]
        first = rest.split(None, 1)[0] if rest.strip() else ""
        if rest[:1] == " " and rest[1:2].isupper() and not first.endswith(","):
            return prefix
    return None


def is_capitals(line: str) -> bool:
    """Whether every letter of the line is a capital (and it has letters)."""
    return line.upper() == line and line.lower() != line


def label_name(line: str) -> str | None:
    """The series a capitals label line names ("RUSSIA MONITOR" -> "Russia Monitor").

    ``None`` unless the line is in capitals, short, and ends with a series word of the
    lexicon (MONITOR, DIGEST, BULLETIN, ...).
    """
    # One split more than a label has words tells a long line from a label.
    words = line.split(None, _MAX_LABEL_WORDS)
    if not (0 < len(words) <= _MAX_LABEL_WORDS) or not is_capitals(line):
        return None
    if words[-1].strip(".:").casefold() not in lexicon().series_words:
        return None
    return name_from_capitals(line)


def series_field(text: str) -> str | None:
    """The series a short header field names ("Russia Monitor", "RUSSIA MONITOR"), if any.

    The field must be a few capitalised words ending with a series word of the lexicon;
    an issue number after it ("Caucasus Monitor No. 1987") is allowed and dropped.
    """
    words = text.strip(" .:").split()
    if len(words) >= 3 and words[-2].casefold().rstrip(".") in _ISSUE_WORDS:
        words = words[:-2]
    elif len(words) >= 2 and words[-1].startswith("#") and words[-1][1:].isdigit():
        words = words[:-1]
    if not 0 < len(words) <= _MAX_LABEL_WORDS:
        return None
    if words[-1].casefold() not in lexicon().series_words:
        return None
    if not all(w[:1].isupper() or w in _LOWER_IN_NAMES for w in words):
        return None
    name = " ".join(words)
    return name_from_capitals(name) if is_capitals(name) else name


def name_from_capitals(line: str) -> str:
    """Write a line given in capitals in title case, keeping acronyms."""
    case = lexicon().label_case
    words = line.strip(" .:").split()
    written = []
    for index, word in enumerate(words):
        form = case.get(word)
        if form is None or (index == 0 and form.islower()):
            form = "-".join(part.capitalize() for part in word.split("-"))
        written.append(form)
    return " ".join(written)


def blurb_name(line: str) -> str | None:
    """The series a blurb line introduces ("Russia Monitor is a review of ..."), if any."""
    for verb in (" is a ", " is an ", " is the "):
        cut = line.find(verb, 0, 80)
        if cut > 0:
            break
    else:
        return None
    name = line[:cut].strip()
    words = name.split()
    if not 0 < len(words) <= _MAX_BLURB_NAME_WORDS or not words[0][:1].isupper():
        return None
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in _LOWER_IN_NAMES) for w in words):
        return None
    described = line[cut + len(verb) :].split(maxsplit=4)[:4]
    nouns = lexicon().blurb_nouns
    if not any(word.strip(",.;:").casefold() in nouns for word in described):
        return None
    return name
