"""Quick tests that a cleaning pattern cannot match, so its scan of the text can be skipped.

Each test is a necessary condition for a match of one pattern of :mod:`hrlesson.clean`:
when it is False the pattern has no match and the step leaves the text as it is. The
tests use ``in`` and ``str`` methods, much faster than a regular-expression scan with
look-behinds; they never change what cleaning does.

>>> may_have_edge_space("a \\nb"), may_have_edge_space("a\\nb")
(True, False)
>>> may_be_glued('he said."The'), may_be_glued("he said. The")
(True, False)
"""

from __future__ import annotations

import re

__all__ = [
    "may_be_glued",
    "may_have_broken_ellipsis",
    "may_have_colon",
    "may_have_dash_heading",
    "may_have_edge_space",
    "may_have_invisible",
    "may_have_multi_space",
    "may_have_newline_variant",
    "may_have_odd_space",
    "may_have_space_after_open",
    "may_have_space_before",
    "may_have_tab",
    "may_have_text_edges",
]


def may_have_newline_variant(text: str) -> bool:
    """``\\r``, ``\\r\\n``, line/paragraph separators, vertical tab, form feed or NEL."""
    return any(c in text for c in "\r\u2028\u2029\x0b\x0c\x85")


def may_have_tab(text: str) -> bool:
    """A tab."""
    return "\t" in text


def may_have_invisible(text: str) -> bool:
    """A zero-width character, word joiner, byte-order mark or soft hyphen."""
    return any(c in text for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad")


def may_have_odd_space(text: str) -> bool:
    """A non-ASCII character (every odd space, such as the no-break space, is one)."""
    return not text.isascii()


def may_have_edge_space(text: str) -> bool:
    """A space at the start or end of a line: ``"a \\nb"``."""
    return text.startswith(" ") or text.endswith(" ") or "\n " in text or " \n" in text


def may_have_multi_space(text: str) -> bool:
    """Two spaces in a row."""
    return "  " in text


def may_have_broken_ellipsis(text: str) -> bool:
    """A dot, a blank line and a dot: ``"..\\n\\n."``."""
    return ".\n\n." in text


def may_have_dash_heading(text: str) -> bool:
    """A line that starts with a dash: ``- "Heading" -``."""
    return text.startswith(("-", "–", "—")) or any(d in text for d in ("\n-", "\n–", "\n—"))


_END_THEN_CAPITAL = re.compile(r"[.!?][\"”’]?[A-Z]")


def may_be_glued(text: str) -> bool:
    """Sentence-ending punctuation (and a closing quote) directly before a capital:
    ``said."The``."""
    return _END_THEN_CAPITAL.search(text) is not None


def may_have_space_before(text: str) -> bool:
    """A space before ``)``, ``,``, ``;`` or ``:``."""
    return any(s in text for s in (" )", " ,", " ;", " :"))


def may_have_space_after_open(text: str) -> bool:
    """A space after ``(``."""
    return "( " in text


def may_have_colon(text: str) -> bool:
    """A colon."""
    return ":" in text


def may_have_text_edges(text: str) -> bool:
    """White space at the very start or end of the text."""
    return text[:1].isspace() or text[-1:].isspace()
