"""Quotation marks typed with the wrong key or the wrong way round, where the page still shows
the quotation.

News copy types a paragraph's opening mark as a backquote (a backquote before ``We do expect
some fainting. That's normal."``), a closing-shaped mark to open a quotation after a reporting verb's
comma (``Ms Johnson stated, ” We will look at it.”``), or an opening-shaped one to close it
(``“The essence of Film Classification, “at the training``), or an opening one glued to the
stop that ends a quotation to open the next (``by Visit England.“Those who``). :mod:`.marks`
asks these rules while it pairs a paragraph's marks.
"""

from __future__ import annotations

import re

from .mark_shapes import Mark

#: The words a quotation ends with before its closing mark: a comma or a stop.
_QUOTATION_END = (",", ".", "?", "!", "…")

#: A backquote and a capital that open a paragraph.
_BACKQUOTE_START = re.compile(r"`[A-Z]")

#: A reporting verb's comma or colon and a space before a mark, a space and a capital after it.
_COMMA_BEFORE = (", ", ": ")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def backquote_opener(text: str, mark: Mark, span: tuple[int, int]) -> Mark | None:
    """A single backquote before a capital, as a paragraph's first character, is the opening
    mark of a quotation when the paragraph's first mark is a double one that can only close,
    after the comma or stop that ends quoted words, with nothing open (old copy typed the
    opening mark on the key left of ``1``: hpv_vaccine_skinner_odt, a backquote before ``We do
    expect to have some fainting .... That's all perfectly normal with any standard
    vaccine."``). A paragraph
    with no opening mark at all is left unread, as the gold pages leave it.

    >>> from .mark_shapes import find_marks
    >>> text = '`We expect some fainting. It is normal."'
    >>> backquote_opener(text, find_marks(text)[0], (0, len(text)))
    Mark(pos=0, char='`', family='D', can_open=True, can_close=False)
    >>> text = "She’s the oldest mom to give birth,” Megan Owen said."
    >>> backquote_opener(text, find_marks(text)[0], (0, len(text))) is None
    True
    """
    p_start = span[0]
    if (
        mark.family != "D"
        or mark.can_open
        or len(mark.char) != 1
        or not text.endswith(_QUOTATION_END, p_start, mark.pos)
        or not _BACKQUOTE_START.match(text, p_start)
    ):
        return None
    return Mark(p_start, "`", "D", True, False)


def opens_after_comma(text: str, mark: Mark) -> bool:
    """A closing-shaped ``”`` after a reporting verb's comma or colon and a space, with a space
    and a capital after it, opens a quotation: the mark was typed the wrong way round
    (pub_smoking_ban_reid_johnson_politicscouk: ``Ms Johnson stated, ” We will certainly be
    looking at the ways ... white paper.”``). The caller checks that the paragraph's next
    double mark is its last and can only close.

    >>> from .mark_shapes import find_marks
    >>> text = "Ms Johnson stated, ” We will look at it.”"
    >>> opens_after_comma(text, find_marks(text)[0])
    True
    """
    return (
        mark.char == "”"
        and text.endswith(_COMMA_BEFORE, 0, mark.pos)
        and _CAPITAL_AFTER.match(text, mark.pos + 1) is not None
    )


def closing_typed_as_opener(text: str, stack: list[list]) -> bool:
    """A quotation left open at its paragraph's end, with an opening-shaped mark of its own
    type open inside it right after a comma and a space and before a lower-case word, ended
    at that mark: it is the closing mark typed wrong, and the next paragraph's opening mark
    opens a quotation of its own rather than continuing this one
    (nollywood_classification_imasuen_pmnews: ``He spoke on the theme; “The essence of Film
    Classification, Editing, and context Development for Youth, “at the training organized
    by ...¶¶“The business of classification should be for the Board. So, nobody should gag
    us,” Imasuen said.``).

    >>> from .mark_shapes import find_marks
    >>> text = "the theme; “The essence of it, “at the training."
    >>> closing_typed_as_opener(text, [[m, False] for m in find_marks(text)])
    True
    """
    if len(stack) < 2:
        return False
    opener, inner = stack[0][0], stack[1][0]
    return (
        inner.family == opener.family
        and inner.char in "“„"
        and text.endswith(", ", 0, inner.pos)
        and text[inner.pos + 1 : inner.pos + 2].islower()
    )


#: A sentence's stop glued to an opening mark, a capital after it.
_GLUED_REOPENER = re.compile(r"(?<=[A-Za-z0-9)][.?!])[“„][A-Z]")


def glued_reopener(text: str, stack: list[list], mark: Mark) -> bool:
    """An opening-shaped ``“`` of the one open quotation's type, glued to the stop that ends
    a sentence with no space between and a capital after it, ends that quotation and opens
    the next: the page dropped the closing mark and the space (raby_castle_reopens_jones_northernecho:
    ``said: “We are delighted ... visitors.¶¶“We have introduced measures ... awarded good to
    go status by Visit England.“Those who have visited us before will notice ...¶¶“Above all,
    ... in new and engaging ways.”``: two quotations, the first closed after ``England.``). A
    reopening mark after a stop and a space stays inside the quotation
    (:mod:`.reopened_quotes`).

    >>> from .mark_shapes import find_marks
    >>> text = "“We are proud of it.“Those who came will see it.”"
    >>> [glued_reopener(text, [[m, False]], n) for m, n in [find_marks(text)[:2]]]
    [True]
    >>> text = "“We are proud of it. “Those who came will see it.”"
    >>> [glued_reopener(text, [[m, False]], n) for m, n in [find_marks(text)[:2]]]
    [False]
    """
    return (
        len(stack) == 1
        and stack[0][0].family == mark.family
        and mark.can_open
        and _GLUED_REOPENER.match(text, mark.pos) is not None
    )


def single_reopener(text: str, stack: list[list], here: list[Mark], start: int) -> bool:
    """A single ``‘`` opening a paragraph reopens the double quotation left open at the end of
    the paragraph before when the paragraph's only other mark, its last, is a double one that
    can only close: the reopening mark was typed with the single key (stannary_maltingsfest_
    champion_john_tavistocktoday: ``“To have a hazy ... we’re well happy.¶¶‘We put a lot of
    time into getting this beer right, ... proud of this beer.”``: one quotation, as the
    ``”`` that closes it shows).

    >>> from .mark_shapes import find_marks
    >>> text = "“We are happy.\\n\\n‘We put a lot of time into it.”"
    >>> marks = find_marks(text)
    >>> single_reopener(text, [[marks[0], False]], marks[1:], 16)
    True
    >>> text = "“We are happy.\\n\\n‘We put a lot of time into it,’ he said."
    >>> marks = find_marks(text)
    >>> single_reopener(text, [[marks[0], False]], marks[1:], 16)
    False
    """
    if len(stack) != 1 or len(here) != 2 or stack[0][0].family != "D":
        return False
    first, last = here
    return (
        first.char == "‘"
        and first.pos == start
        and first.can_open
        and last.family == "D"
        and last.can_close
        and not last.can_open
        and text[last.pos - 1 : last.pos] in (".", "?", "!", "…")
    )
