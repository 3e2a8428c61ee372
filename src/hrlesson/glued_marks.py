"""A quotation mark glued between two sentences: does it close the first or open the second?

Pages that lost their paragraph breaks glue a sentence's last mark to the next sentence
(``...for peace."It is my hope ...," he added.``). The cleaner restores the break; this module
says on which side of the mark it goes. The mark opens the next sentence when nothing is open
before it on its line and a mark that can close it follows on the line: otherwise it closes.

>>> text = 'path for peace."It is my hope," he added.'
>>> opens_next(text, text.index('"'))
True
>>> text = 'He said "yes."She left.'
>>> opens_next(text, text.index('."') + 1)
False
>>> text = 'to the authorities.”We want the extradition.”'
>>> opens_next(text, text.index('”'))
True
"""

from __future__ import annotations

__all__ = ["inside_quotation", "opens_next"]

#: Closing marks written for both ends of a quotation, and the opening mark of each.
_OPENERS = {'"': '"', "”": "“"}


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line around offset ``at``.

    >>> _line_bounds("a\\nbc\\nd", 3)
    (2, 4)
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _open_before(text: str, start: int, at: int, mark: str) -> bool:
    """A quotation is open at ``at`` on its line (from ``start``).

    Straight marks pair by count; a curly closing mark is open after an unmatched opener.

    >>> _open_before('x "a b', 0, 6, '"'), _open_before('x "a" b', 0, 7, '"')
    (True, False)
    >>> _open_before("x “a” b “c", 0, 10, "”")
    True
    """
    before = text[start:at]
    if mark == '"':
        return before.count('"') % 2 == 1
    return before.count("“") > before.count("”")


def opens_next(text: str, at: int) -> bool:
    """The mark at ``at`` (after a sentence's end, before a capital) opens the next sentence.

    It does when no quotation is open before it on its line and the same mark follows on the
    line before another opener does (it is there to close the quotation this one opens).
    """
    mark = text[at]
    opener = _OPENERS.get(mark)
    if opener is None:
        return False
    start, end = _line_bounds(text, at)
    if _open_before(text, start, at, mark):
        return False
    rest = text[at + 1 : end]
    close = rest.find(mark)
    if close < 0:
        return False
    other = rest.find(opener) if opener != mark else -1
    return other < 0 or close < other


def inside_quotation(text: str, at: int) -> bool:
    """Two sentences glued at ``at`` with no mark between them stand inside a quotation opened
    on their line and not yet closed: a space the page dropped inside the quote, not a lost
    paragraph break (a quotation over a paragraph break reopens with a mark), so the cleaner
    leaves them as published.

    >>> text = 'He said: “Participants are coming to participate.Every breed has its standard.”'
    >>> inside_quotation(text, text.index("Every"))
    True
    >>> text = 'He said "they should be fixing it.They said no."'
    >>> inside_quotation(text, text.index("They"))
    True
    >>> text = '“It is over,” he said.The council met on Monday.'
    >>> inside_quotation(text, text.index("The"))
    False
    """
    start, _ = _line_bounds(text, at)
    return _open_before(text, start, at, '"') or _open_before(text, start, at, "”")
