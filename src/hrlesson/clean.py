"""Decode raw bytes and clean article text, logging every repair.

Cleaning never guesses silently: each change is a :class:`Repair` with its kind,
the text before and after, and the position of the repaired text in the
*cleaned* text, so ``cleaned[position:position + len(after)] == after`` for the
repairs that later steps did not touch again.

>>> text, log = clean_text('He said "yes."She left.\\r\\n\\r\\n- \\'A heading\\' - Body text.')
>>> print(text)
He said "yes."
<BLANKLINE>
She left.
<BLANKLINE>
'A heading'
<BLANKLINE>
Body text.
>>> [r.kind for r in log]
['line_endings', 'section_heading', 'glued_paragraphs']
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from . import clean_checks
from .errors import InputError
from .glued_marks import inside_quotation, opens_next
from .text_encoding import bom_encodings, implausible_ratio, plain_utf8, sniff_utf16

__all__ = ["MAX_BYTES", "Repair", "clean_text", "decode_bytes", "repairs_table"]

#: Largest input accepted, in bytes. News articles are 2-50 kB; a bigger file is
#: almost certainly not one article, and refusing it early keeps every command fast.
MAX_BYTES = 2_000_000

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable program",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass
class Repair:
    """One logged change made while cleaning.

    ``position`` is where ``after`` starts in the cleaned text.
    """

    kind: str
    before: str
    after: str
    position: int
    note: str = ""


def repairs_table(repairs: list[Repair]):
    """Return the cleaning log as a DataFrame (one row per repair, in order)."""
    import pandas as pd

    columns = ["repair_id", "kind", "before", "after", "position", "note"]
    rows = [{"repair_id": i, **asdict(r)} for i, r in enumerate(repairs, start=1)]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str, list[Repair]]:
    """Decode the bytes of a text file; return ``(text, encoding, repairs)``.

    Handles UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 (with a
    mark, or UTF-16 without one when its pattern of bytes is clear), and legacy
    Windows-1252 files. Anything else - binary files, random bytes, empty files,
    text in an encoding that cannot be told apart - raises
    :class:`~hrlesson.errors.InputError` with one line that says what to do.

    >>> decode_bytes("café".encode("cp1252"))[:2]
    ('café', 'cp1252')
    >>> decode_bytes(codecs.BOM_UTF8 + b"hi")[:2]
    ('hi', 'utf-8-sig')
    >>> decode_bytes("привет мир".encode("utf-16-le"))[:2]
    ('привет мир', 'utf-16-le')
    """
    if not isinstance(data, (bytes, bytearray)):
        raise InputError(f"{name}: expected bytes, not {type(data).__name__}")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: file is {len(data) / 1e6:.1f} MB; hrlesson analyses news articles "
            f"up to {MAX_BYTES / 1e6:.0f} MB (split the text into articles first)"
        )
    if not data.strip():
        raise InputError(f"{name}: file is empty or contains only whitespace")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {what}, not a plain-text article")
    text, encoding = _decode(bytes(data), name)
    repairs: list[Repair] = []
    if encoding != "utf-8":
        repairs.append(Repair("decode", "", "", 0, f"decoded from {encoding}"))
    if implausible_ratio(text) > 0.02:
        raise InputError(
            f"{name}: looks like a binary file, or text in an encoding hrlesson cannot identify "
            "(many control or unassigned characters); save it as UTF-8 and try again"
        )
    if not text.strip():
        raise InputError(f"{name}: file is empty or contains only whitespace")
    return text, encoding, repairs


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for encoding in bom_encodings(data):
        try:
            return data.decode(encoding).lstrip("\ufeff"), encoding
        except UnicodeDecodeError:
            continue
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        raise InputError(
            f"{name}: starts with a UTF-16/UTF-32 byte-order mark but is not valid UTF-16 or "
            "UTF-32 (a damaged file?); save it again as UTF-8"
        )
    utf8 = plain_utf8(data)
    if utf8 is not None:  # ASCII and UTF-8 text first: short ASCII can look like UTF-16
        return utf8, "utf-8"
    wide = sniff_utf16(data)
    if wide is not None:
        try:
            text = data.decode(wide)
            if implausible_ratio(text) <= 0.02:
                return text, wide
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > max(4, len(data) // 100):
        raise InputError(f"{name}: looks like a binary file (many NUL bytes), not text")
    # The five bytes Windows-1252 leaves undefined are kept as Latin-1 control characters
    # (ftfy may repair them later); more than a few of them mean another encoding.
    text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    undefined = sum(text.count(ch) for ch in "\x81\x8d\x8f\x90\x9d")
    # Windows-1252 text is mostly ASCII; random bytes or other encodings are not.
    high = sum(1 for ch in text if ord(ch) > 127)
    if undefined > max(2, len(text) // 1000) or high > 0.3 * len(text):
        raise InputError(
            f"{name}: is not UTF-8, UTF-16 or Windows-1252 text (a binary file, or another "
            "encoding); save it as UTF-8 and try again"
        )
    return text, "cp1252"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "hrlesson-latin-1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


# --------------------------------------------------------------------------- cleaning


class _Log:
    """Repairs with positions kept up to date as later steps edit the text."""

    def __init__(self) -> None:
        self.repairs: list[Repair] = []

    def sub(
        self,
        text: str,
        pattern: re.Pattern[str],
        repl: str | Callable[[re.Match[str]], str],
        kind: str,
        note: str = "",
    ) -> str:
        check = _QUICK_CHECKS.get(pattern)
        if check is not None and not check(text):
            return text  # the pattern cannot match: skip the scan
        pieces: list[str] = []
        edits: list[tuple[int, int, int]] = []  # (start, end, new length) in the input
        new: list[Repair] = []
        pos = shift = 0
        for m in pattern.finditer(text):
            after = repl(m) if callable(repl) else m.expand(repl)
            before = m.group(0)
            if after == before:
                continue
            pieces.append(text[pos : m.start()])
            pieces.append(after)
            new.append(Repair(kind, before, after, m.start() + shift, note))
            edits.append((m.start(), m.end(), len(after)))
            shift += len(after) - len(before)
            pos = m.end()
        if not edits:
            return text
        pieces.append(text[pos:])
        self._remap(edits)
        self.repairs.extend(new)
        return "".join(pieces)

    def _remap(self, edits: list[tuple[int, int, int]]) -> None:
        ends = [e for _, e, _ in edits]
        cumulative = []
        total = 0
        for s, e, n in edits:
            total += n - (e - s)
            cumulative.append(total)
        for r in self.repairs:
            i = bisect.bisect_right(ends, r.position)
            shift = cumulative[i - 1] if i else 0
            if i < len(edits) and edits[i][0] < r.position:
                # the repaired text was itself edited later: point at that edit
                r.position = edits[i][0] + shift
            else:
                r.position += shift


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")
_TAB = re.compile(r"\t+")
_HTML_TAG = re.compile(
    r"<\s*(/?)\s*(p|br|div|html|body|head|span|a|h[1-6]|li|ul|ol|strong|em|b|i|u|"
    r"blockquote|section|article|header|footer|table|tr|td|th|meta|title|!DOCTYPE|script|style)"
    r"\b[^>]*>",
    re.IGNORECASE,
)
_HTML_BLOCK = {
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "title",
}
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,6});")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_EDGE_SPACE = re.compile(r"^ +| +$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n(?:[ ]*\n){2,}")
_LINE_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
_BROKEN_ELLIPSIS = re.compile(r"(?<=[^\s.])(\.{1,2})\n\n(\.{1,2})(?=[ \w])")
_GLUED = re.compile(r"(?<=[a-z0-9%)][.!?])([\"”’])(?=[A-Z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_GLUED_NOTE = "paragraph break restored between glued sentences"
_HEADING = re.compile(r"(?m)^[-–—] ?([\"'“‘][^\n\"“”]{1,80}?[\"'”’]) ?[-–—](?: +|\n+|$)")
_SPACE_BEFORE = re.compile(r"(?<=\S) +(?=[),;:])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=\() +")
_COLON_GLUE = re.compile(r"(?<=[a-z)]):(?=[A-Z][a-z])")
_TEXT_EDGES = re.compile(r"\A\s+|\s+\Z")

#: A fast necessary condition for a match of each pattern (see :mod:`hrlesson.clean_checks`).
_QUICK_CHECKS = {
    _NEWLINES: clean_checks.may_have_newline_variant,
    _TAB: clean_checks.may_have_tab,
    _INVISIBLE: clean_checks.may_have_invisible,
    _ODD_SPACE: clean_checks.may_have_odd_space,
    _EDGE_SPACE: clean_checks.may_have_edge_space,
    _MULTI_SPACE: clean_checks.may_have_multi_space,
    _BROKEN_ELLIPSIS: clean_checks.may_have_broken_ellipsis,
    _HEADING: clean_checks.may_have_dash_heading,
    _GLUED: clean_checks.may_be_glued,
    _SPACE_BEFORE: clean_checks.may_have_space_before,
    _SPACE_AFTER_OPEN: clean_checks.may_have_space_after_open,
    _COLON_GLUE: clean_checks.may_have_colon,
    _TEXT_EDGES: clean_checks.may_have_text_edges,
}


def clean_text(text: str) -> tuple[str, list[Repair]]:
    """Clean decoded article text; return ``(cleaned_text, repairs)``.

    Steps, in order: line endings; control characters and tabs; HTML markup and
    entities; mojibake (ftfy); invisible characters and odd spaces; stray
    whitespace; paragraph breaks (blank lines, hard line wraps, one paragraph
    per line when there are no blank lines); broken ellipses; glued paragraphs;
    section headings; spaces before punctuation.
    """
    log = _Log()
    n_crlf = len(_NEWLINES.findall(text)) if clean_checks.may_have_newline_variant(text) else 0
    text = log.sub(text, _NEWLINES, "\n", "line_endings", "normalised to \\n")
    if n_crlf > 1:
        # one row is enough for a file-wide convention; keep the first and count the rest
        rows = [r for r in log.repairs if r.kind == "line_endings"]
        rows[0].note = f"{n_crlf} line ends normalised to \\n"
        log.repairs = [rows[0]]
    text = log.sub(text, _CONTROL, "", "control_characters", "removed NUL/control characters")
    text = log.sub(text, _TAB, " ", "whitespace", "tab replaced by a space")
    if _HTML_TAG.search(text):
        text = log.sub(text, _SCRIPT, "", "html_markup", "script/style element removed")
        text = log.sub(text, _HTML_TAG, _html_tag_repl, "html_markup", "HTML tag removed")
    text = log.sub(
        text, _ENTITY, lambda m: html.unescape(m.group(0)), "html_entity", "HTML entity decoded"
    )
    text = _fix_mojibake(text, log)
    text = log.sub(
        text, _INVISIBLE, "", "invisible_characters", "zero-width character or soft hyphen removed"
    )
    text = log.sub(text, _ODD_SPACE, " ", "whitespace", "non-breaking or special space")
    text = log.sub(text, _EDGE_SPACE, "", "whitespace", "space at the start or end of a line")
    text = log.sub(text, _MULTI_SPACE, " ", "whitespace", "repeated spaces")
    text = _paragraph_breaks(text, log)
    text = log.sub(
        text,
        _BROKEN_ELLIPSIS,
        _ellipsis_repl,
        "broken_ellipsis",
        "ellipsis split across a paragraph break joined",
    )
    text = log.sub(
        text,
        _HEADING,
        r"\1\n\n",
        "section_heading",
        "section heading moved to its own paragraph, dashes removed",
    )
    text = log.sub(text, _GLUED, _glued_repl, "glued_paragraphs", _GLUED_NOTE)
    text = log.sub(text, _SPACE_BEFORE, "", "stray_whitespace", "space before punctuation")
    text = log.sub(text, _SPACE_AFTER_OPEN, "", "stray_whitespace", "space after '('")
    text = log.sub(text, _COLON_GLUE, ": ", "stray_whitespace", "space added after colon")
    text = log.sub(
        text, _TEXT_EDGES, "", "whitespace", "blank space at the start or end of the text"
    )
    return text, log.repairs


def _html_tag_repl(m: re.Match[str]) -> str:
    return "\n\n" if m.group(2).lower() in _HTML_BLOCK else ""


def _glued_repl(m: re.Match[str]) -> str:
    mark = m.group(1) or ""
    if not mark and inside_quotation(m.string, m.start()):
        return ""  # a space dropped inside a quotation: kept as published
    if mark and opens_next(m.string, m.start(1)):
        return "\n\n" + mark
    return mark + "\n\n"


def _ellipsis_repl(m: re.Match[str]) -> str:
    dots = len(m.group(1)) + len(m.group(2))
    return "..." if dots >= 2 else m.group(0)


def _paragraph_breaks(text: str, log: _Log) -> str:
    if "\n\n" in text.strip("\n"):
        text = log.sub(
            text, _MANY_NEWLINES, "\n\n", "paragraph_break", "several blank lines reduced to one"
        )
        return log.sub(text, _LINE_WRAP, " ", "line_wrap", "hard line wrap joined")
    return log.sub(
        text,
        re.compile(r"(?<=\S)\n+(?=\S)"),
        "\n\n",
        "line_paragraphs",
        "no blank lines in the file: each line taken as a paragraph",
    )


def _fix_mojibake(text: str, log: _Log) -> str:
    """Let ftfy repair encoding damage; keep the repair only if ftfy rates it better.

    Each changed stretch is logged separately. Lines are compared one by one, so the
    cost grows with the text, not with its square.
    """
    if not _MAYBE_MOJIBAKE.search(text):
        return text
    import ftfy
    from ftfy.badness import badness

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if not _MAYBE_MOJIBAKE.search(line):
            offset += len(line)
            continue
        fixed = ftfy.fix_text(line, config)
        if fixed != line and badness(fixed) < badness(line):
            spans.extend((offset + a, offset + b, new) for a, b, new in _changed_spans(line, fixed))
        offset += len(line)
    if not spans:
        return text
    return log.sub(
        text, _Spans(spans), lambda m: m.replacement, "mojibake", "encoding damage repaired (ftfy)"
    )


def _changed_spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """The stretches of ``old`` replaced in ``new``: ``(start, end, replacement)``.

    Words are paired when the repair kept the number of spaces; otherwise the
    common start and end are trimmed and the rest compared with difflib.
    """
    old_words, new_words = old.split(" "), new.split(" ")
    if len(old_words) == len(new_words):
        spans, pos = [], 0
        for a, b in zip(old_words, new_words, strict=True):
            if a != b:
                head = _common_prefix_length(a, b)
                tail = _common_prefix_length(a[head:][::-1], b[head:][::-1])
                spans.append((pos + head, pos + len(a) - tail, b[head : len(b) - tail]))
            pos += len(a) + 1
        return spans
    import difflib

    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def _common_prefix_length(a: str, b: str) -> int:
    """Length of the common start made of ASCII letters and digits (mojibake is neither)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y or not (x.isascii() and x.isalnum()):
            break
        n += 1
    return n


class _Spans:
    """Stands in for a compiled pattern: 'matches' fixed spans with given replacements."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans

    def finditer(self, text: str):
        for start, end, replacement in self.spans:
            yield _SpanMatch(text, start, end, replacement)


class _SpanMatch:
    def __init__(self, text: str, start: int, end: int, replacement: str) -> None:
        self._text, self._start, self._end = text, start, end
        self.replacement = replacement

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _n: int = 0) -> str:
        return self._text[self._start : self._end]


#: A UTF-8 lead byte read as Windows-1252 or Latin-1, then a continuation byte read the
#: same way: every UTF-8-read-as-1252 mojibake has one. Only lines with one go to ftfy.
_MAYBE_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
