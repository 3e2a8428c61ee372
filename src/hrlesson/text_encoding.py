"""Telling text encodings apart: byte-order marks, UTF-16 without a mark, plausible text.

Small tests used by :func:`hrlesson.clean.decode_bytes`.

>>> sniff_utf16("привет мир".encode("utf-16-le"))
'utf-16-le'
>>> plain_utf8(b"U'a'"), plain_utf8("U'a'".encode("utf-16-le"))
("U'a'", None)
"""

from __future__ import annotations

import codecs
import unicodedata

__all__ = ["bom_encodings", "implausible_ratio", "plain_utf8", "sniff_utf16"]


def plain_utf8(data: bytes) -> str | None:
    """The text if ``data`` is UTF-8 without NUL, control or unassigned characters."""
    text = data.decode("utf-8", errors="replace")
    return text if set("\ufffd\x00").isdisjoint(text) and not implausible_ratio(text) else None


def bom_encodings(data: bytes) -> list[str]:
    """Encodings to try, in order, for a file that starts with a byte-order mark."""
    if data.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if data.startswith(codecs.BOM_UTF32_LE):  # also UTF-16 LE with a NUL first
        return ["utf-32", "utf-16"]
    if data.startswith(codecs.BOM_UTF32_BE):
        return ["utf-32"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    return []


def sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, when one byte of each pair takes few values.

    Text in one script (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, ...) has the
    same high byte in almost every pair; random bytes and other encodings do not.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high, low in (
        ("utf-16-le", data[1::2], data[0::2]),
        ("utf-16-be", data[0::2], data[1::2]),
    ):
        counts = sorted((high.count(bytes([b])) for b in set(high)), reverse=True)
        if sum(counts[:3]) >= 0.95 * len(high) and len(set(low)) > len(set(high)):
            return encoding
    return None


def implausible_ratio(text: str) -> float:
    """Share of characters that do not occur in text: controls, unassigned, private use."""
    sample = text[:20000]
    # each distinct character is tested once and counted with str.count (no per-character loop)
    bad = sum(sample.count(ch) for ch in set(sample) if _implausible(ch))
    return bad / max(1, len(sample))


def _implausible(ch: str) -> bool:
    """A control character other than newline, tab, NUL or form feed, or an unassigned,
    private-use or surrogate code point.

    >>> [_implausible(c) for c in ("a", "\\n", "\\x01", "\\ue000")]
    [False, False, True, True]
    """
    if ord(ch) < 32:
        return ch not in "\n\r\t\x00\x0c"
    return ch > "\x7f" and unicodedata.category(ch) in ("Cn", "Co", "Cs")
