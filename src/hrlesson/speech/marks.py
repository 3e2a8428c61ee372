"""Quotation marks: the one pairer every table reads.

Marks are paired by type (``" “ ” ‘ ’ « »`` and ``'`` as a single quote; apostrophes such as
*Belarus's* and *don't* are not marks: :mod:`.mark_shapes` finds the marks); a quotation may run
over a paragraph break when the next paragraph opens with a mark of the same type. Two single marks
typed for a double one (``’’``, ``''``, ``‘‘``) are one double mark, and the two double types close
each other (``“...»``, ``«...”``) when no mark of the opening type comes to close it, as machine
translation and copy typed on other keyboards write them; so do a double and a single one
(``'little gestures of kindness"``, ``“... implement workers,’ said Burrow``:
:func:`.mark_shapes.closes_instead`). A plural's apostrophe inside a single quotation (``'... the
junior doctors' pay dispute?'``) closes nothing.

A quotation still open at the end of its paragraph, which the next paragraph does not continue, is
closed by whatever mark ends it, even a wrong one (:func:`_settle`): an opening-shaped mark typed
to close it (``right now “On Monday, he spoke``), a stray opening mark inside it (``injured “were
shot by ... forces,” the report said``), a reporting clause before the next quotation (``"We are
excited ..., Jansson said. "Today’s``), or the paragraph's end when the rest of the paragraph is
the quotation (:mod:`.unclosed_quotes`); otherwise it is dropped with a warning. A closing mark
first in a later paragraph, with nothing open, grows the quotation that ended the last paragraph
with marks at its end without a closing mark (:func:`_continued_to`: a quotation over paragraphs
not reopened with a mark, or reopened at the end of the one before); else, after the comma or
stop that ends quoted words, it closes a quotation a backquote opened at the paragraph's start
(:mod:`.dropped_marks`).
"""

from __future__ import annotations

import bisect
import re

from ..article import Article
from .dropped_marks import (
    backquote_opener,
    closing_typed_as_opener,
    glued_reopener,
    opens_after_comma,
    single_reopener,
)
from .mark_pairs import Pair, QuotationMarks
from .mark_shapes import (
    Mark,
    closes_instead,
    end_before_attribution,
    find_marks,
    opens_paragraph,
    plural_apostrophe,
    possessive_apostrophe,
    unmatched_warning,
)
from .own_quotations import quotation_of_its_own
from .reopened_quotes import reopened_quotation
from .tokens import Token
from .unclosed_quotes import Paragraph, closed_by_paragraph_end


def pair_quotation_marks(text: str, paragraphs: list[tuple]) -> QuotationMarks:
    """Pair the quotation marks of ``text``, paragraph by paragraph (``article._segments()[0]``)."""
    marks = find_marks(text)
    out = QuotationMarks([], [], [])
    stack: list[list] = []  # [mark, continued]
    last: tuple[int, int, list[Mark]] = (0, 0, [])  # the paragraph before: start, end, marks
    marked = last  # the last paragraph with marks
    k = 0
    for p_start, p_end in ((p[2], p[3]) for p in paragraphs):
        here = []
        while k < len(marks) and marks[k].pos < p_end:
            if marks[k].pos >= p_start:
                here.append(marks[k])
            k += 1
        kept, j = _carry_over(text, stack, here, (p_start, p_end))
        if kept is None:
            _settle(text, stack, last, out)
            kept = []
        if not kept and here:
            if _continued_to(text, here[0], marked, out):
                j = 1
            elif (opener := backquote_opener(text, here[0], (p_start, p_end))) is not None:
                kept = [[opener, False]]
        stack = _pair_run(text, here[j:], kept, out)
        last = (p_start, p_end, here)
        marked = last if here else marked
    if stack:
        _settle(text, stack, last, out)
    out.top.sort(key=lambda p: p.open)
    out.nested.sort(key=lambda p: p.open)
    return out


def _continued_to(text: str, mark: Mark, marked: Paragraph, out: QuotationMarks) -> bool:
    """A closing mark that comes first in its paragraph, with no quotation open, closes the
    quotation that ended the last paragraph with marks without a closing mark of its own: at
    the paragraph's end (the middle paragraphs of a quotation not reopened with a mark), or
    at a mark typed after a space at its end (the next paragraph's reopening mark, set at the
    end of this one); the paragraphs between hold no marks. The pair is grown to ``mark``.

    >>> text = '"To prevent it, we must act.\\n\\nI will insist,\\n\\nas before," he stated.'
    >>> paragraphs = [(0, 0, 0, 28), (0, 0, 30, 44), (0, 0, 46, 71)]
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, paragraphs).top]
    ['To prevent it, we must act.\\n\\nI will insist,\\n\\nas before,']
    >>> text = '"Stay away from the Park. "\\n\\nReport any poacher." concluded Mabasa.'
    >>> paragraphs = [(0, 0, 0, 27), (0, 0, 29, 68)]
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, paragraphs).top]
    ['Stay away from the Park. "\\n\\nReport any poacher.']
    """
    if not out.top or not mark.can_close or mark.can_open:
        return False
    pair = max(out.top, key=lambda p: p.close)
    p_start, p_end, _ = marked
    end = p_start + len(text[p_start:p_end].rstrip())
    unclosed = pair.close_char == "" and pair.close == end
    reopening = pair.close == end - 1 and text[pair.close - 1] == " "
    if (
        pair.family != mark.family
        or not p_start <= pair.close <= end
        or not (unclosed or reopening)
    ):
        return False
    out.top.remove(pair)
    out.top.append(Pair(pair.open, mark.pos, pair.family, 0, pair.open_char, mark.char, True))
    return True


def _backward_opener(text: str, mark: Mark, later: list[Mark]) -> bool:
    """A closing-shaped ``”`` with no quotation open is an opening mark typed backwards when
    it is glued to the stop that ends the sentence before it or opens its paragraph, a space
    and a capital come after it, or it is glued to the word after it and to no word or stop
    before it (``the French proposal of €100,000 (£86,000)”a proper fine”.``), and the
    paragraph's next double mark, its last, can only close; or it follows a reporting verb's
    comma, a space and a capital after it (:func:`.dropped_marks.opens_after_comma`).

    >>> text = "Stone declared the disruption.” We urge officials to help,” he said."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 68)]).top]
    [' We urge officials to help,']
    >>> text = "It was over.” He left,” she said. “Yes"
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 38)]).top]
    ['Yes']
    >>> text = "It was over.\\n\\n” Yes! We count on you”, said the head."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 14, 57)]).top]
    [' Yes! We count on you']
    >>> text = "calling the proposal of €100,000 (£86,000)”a proper fine”."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 59)]).top]
    ['a proper fine']
    """
    before = text[mark.pos - 1 : mark.pos] if mark.pos else "\n"
    stop = before in (".", "!", "?", "\n")
    glued = (
        not (stop or before.isalnum() or before.isspace()) and text[mark.pos + 1 :][:1].isalpha()
    )
    comma = opens_after_comma(text, mark)
    if mark.char != "”" or mark.can_open or not (stop or glued or comma):
        return False
    doubles = [m for m in later if m.family == "D"]
    return (
        (glued or _BACKWARD_OPENER.match(text, mark.pos + 1) is not None)
        and len(doubles) == 1
        and doubles[0].can_close
        and not doubles[0].can_open
    )


#: A space and a capital after a closing-shaped mark that opens a quotation.
_BACKWARD_OPENER = re.compile(r" [A-Z]")


def _pair_run(text: str, marks: list[Mark], stack: list[list], out: QuotationMarks) -> list[list]:
    """Pair a paragraph's ``marks`` on ``stack`` (the marks still open); returns the stack."""
    for k, mark in enumerate(marks):
        if mark.char == "`" and not any(s[0].family in ("D", "G") for s in stack):
            continue  # a nested backquote (mark_shapes.nested_backquotes) opens only inside one
        if not stack:
            if mark.can_open:
                stack.append([mark, False])
            elif _backward_opener(text, mark, marks[k + 1 :]):
                stack.append([Mark(mark.pos, mark.char, mark.family, True, False), False])
            elif mark.family in ("D", "G") and mark.char != "'":
                out.warnings.append(
                    f"closing quotation mark {mark.char} at offset {mark.pos} has no "
                    "opening mark: ignored"
                )
            continue
        if _switched_mark_style(text, stack, mark, marks[k + 1 :]):
            opener, continued = stack.pop()
            out.top.append(Pair(opener.pos, mark.pos - 1, "D", 0, opener.char, " ", continued))
            stack.append([mark, False])
            continue
        if glued_reopener(text, stack, mark):
            opener, continued = stack.pop()
            out.top.append(Pair(opener.pos, mark.pos, opener.family, 0, opener.char, "", continued))
            stack.append([mark, False])
            continue
        top_mark = stack[-1][0]
        if mark.family == top_mark.family:
            if mark.can_close and possessive_apostrophe(text, mark, marks[k + 1 :]):
                continue
            if mark.can_close:
                _close(stack, len(stack) - 1, mark, out.top, out.nested)
            elif mark.can_open:
                stack.append([mark, False])
            continue
        if mark.can_open and not mark.can_close:
            stack.append([mark, False])
            continue
        lower = [i for i, s in enumerate(stack) if s[0].family == mark.family]
        for family in () if lower else closes_instead(text, mark):
            lower = [i for i, s in enumerate(stack) if s[0].family == family]
            if lower:
                break
        if mark.can_close and lower:
            _close(stack, lower[-1], mark, out.top, out.nested)
        elif mark.can_open:
            stack.append([mark, False])
    return stack


def _switched_mark_style(text: str, stack: list[list], mark: Mark, later: list[Mark]) -> bool:
    """A straight double mark left open, which no straight mark closes later in its
    paragraph, ends at the stop before a curly opening mark that opens the next sentence: the
    writer switched to curly marks for the next quotation, which is one of its own, not one
    nested in the first (nz_auckland_tornado_little_tvnz).

    >>> text = '"The system has weakened. “So we expect no more,” Little said.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 62)]).top]
    ['The system has weakened.', 'So we expect no more,']

    A curly quotation nested in a straight one that a straight mark closes stays nested:

    >>> text = '"He wrote. “Go home.” We did," she said.'
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 40)]).top]
    ['He wrote. “Go home.” We did,']
    """
    opener = stack[-1][0]
    return (
        len(stack) == 1
        and opener.char == '"'
        and mark.char == "“"
        and text[mark.pos - 2 : mark.pos] in (". ", "? ", "! ")
        and not any(m.char == '"' for m in later)
    )


def _carry_over(
    text: str, stack: list[list], here: list[Mark], span: tuple[int, int]
) -> tuple[list[list] | None, int]:
    """At a paragraph start: keep a quotation open when the paragraph continues it.

    Returns the stack (None when the paragraph does not continue the open quotation) and
    how many of the paragraph's marks were used (1 when the paragraph opens with a mark of
    the open quotation's type, as news style repeats it, unless it opens a quotation of its
    own: :mod:`.own_quotations`). A plural's apostrophe before the
    closing mark is no mark (:func:`.mark_shapes.plural_apostrophe`: ``"We found an
    issue.¶¶To date ... our customers' safety ... Note7," it said``), and a straight mark
    that ends the paragraph can only close (:func:`_closes_paragraph`).

    >>> text = '"We found it.\\n\\nOur customers’ safety comes first," it said.'
    >>> paragraphs = [(0, 0, 0, 13), (0, 0, 15, 60)]
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, paragraphs).top]
    ['We found it.\\n\\nOur customers’ safety comes first,']
    """
    if not stack:
        return stack, 0
    if closing_typed_as_opener(text, stack):
        return None, 0
    bottom = stack[0]
    if single_reopener(text, stack, here, span[0]):
        bottom[1] = True
        return [bottom], 1  # reopened with a single mark typed for a double one
    marks = [m for m in here if not plural_apostrophe(text, m)]
    first = marks[0] if marks else None
    if first and first.family == bottom[0].family:
        if first is here[0] and opens_paragraph(first, span[0]) and first.can_open:
            if quotation_of_its_own(text, bottom[0], first, here[1:]):
                return None, 0
            bottom[1] = True
            return [bottom], 1  # a quotation continued in the next paragraph
        if first.can_close and (not first.can_open or _closes_paragraph(text, first, span)):
            bottom[1] = True
            return [bottom], 0
    return None, 0


def _closes_paragraph(text: str, mark: Mark, span: tuple[int, int]) -> bool:
    """A mark that could open or close, set after a stop and a space at its paragraph's end,
    closes the quotation still open from the paragraph before (``said: “These remains are a
    find.¶¶They give us a better knowledge of Roman Britain. "``).

    >>> text = 'He said: “These are a find.\\n\\nThey give us more. "'
    >>> paragraphs = [(0, 0, 0, 27), (0, 0, 29, 50)]
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, paragraphs).top]
    ['These are a find.\\n\\nThey give us more. ']
    """
    end = span[0] + len(text[span[0] : span[1]].rstrip())
    return mark.pos == end - 1 and text[mark.pos - 2 : mark.pos - 1] in (".", "?", "!")


#: Double marks shaped to open a quotation, which copy sometimes types to close one.
_OPENING_SHAPED = '“„"'

#: Opening double marks that may stand stray inside a quotation, doubled single ones too.
_STRAY_OPENERS = ("“", "„", '"', "‘‘", "''")


def _settle(text: str, stack: list[list], paragraph: Paragraph, out: QuotationMarks) -> None:
    """A quotation still open at the end of ``paragraph``, which the next paragraph does not
    continue: closed where a wrongly typed or missing closing mark belongs (the three rules
    below, in turn; the marks after a wrong closing one are paired afresh), else not read
    as a quotation, with a warning. Pairs of the development gold's rule: a pair is closed
    by whatever mark ends it, even the wrong one.
    """
    while stack:
        pair = (
            _closed_before_attribution(text, stack, out)
            or reopened_quotation(text, stack, paragraph, out)
            or _closed_by_opening_mark(stack, out)
            or _stray_opening_mark(text, stack, paragraph, out)
            or closed_by_paragraph_end(text, stack, paragraph, out)
        )
        if pair is None:
            out.warnings.append(unmatched_warning(text, stack[0][0]))
            _promote_inner_pairs(stack[0][0], out)
            return
        out.top.append(pair)
        stack = _pair_run(text, [m for m in paragraph[2] if m.pos > pair.close], [], out)


def _promote_inner_pairs(opener: Mark, out: QuotationMarks) -> None:
    """The pairs inside an opening mark never closed are one level less deep: it holds no
    quotation (``The New York Times‘ DealBook ... He told X, “The real ...”``).

    >>> text = "At the Times‘ conference, he said, “It will be time.”"
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 53)]).top]
    ['It will be time.']
    """
    inner = [p for p in out.nested if p.open > opener.pos]
    if not inner:
        return
    out.nested[:] = [p for p in out.nested if p.open < opener.pos]
    for p in inner:
        p.depth -= 1
        (out.nested if p.depth else out.top).append(p)


def _closed_by_opening_mark(stack: list[list], out: QuotationMarks) -> Pair | None:
    """An opening-shaped double mark left open inside a quotation that is never closed is
    that quotation's closing mark, typed wrong; the text ends where the mark stands (with
    the space before it). Pairs read inside it are dropped and the marks after it paired
    afresh.

    >>> text = "“It happens in Ukraine right now “On Monday, he spoke."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 53)]).top]
    ['It happens in Ukraine right now ']
    >>> text = "“We must help them. “The fires, started by “protesters” say police."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 67)]).top]
    ['We must help them. ', 'protesters']

    Not when a pair of the quotation's type was read inside it before the mark.
    """
    if len(stack) < 2:
        return None
    (opener, continued), mark = stack[0], stack[1][0]
    if mark.family != opener.family or mark.char not in _OPENING_SHAPED:
        return None
    if any(opener.pos < p.open < mark.pos and p.family == opener.family for p in out.nested):
        return None  # '“Many “were shot,” it said. “More': a pair of its type came before
    out.nested[:] = [p for p in out.nested if p.open < mark.pos]
    return Pair(opener.pos, mark.pos, opener.family, 0, opener.char, mark.char, continued)


def _closed_before_attribution(text: str, stack: list[list], out: QuotationMarks) -> Pair | None:
    """A double quotation never closed, the only one open, ends before a reporting clause that
    stands right before a pair of its type inside it (:func:`.mark_shapes.end_before_attribution`):
    ``"We are excited to receive this support, Delhaize chairman Mats Jansson said in a
    statement. "Today’s vote ..."`` ends before the comma."""
    opener, continued = stack[0]
    if len(stack) != 1 or opener.family != "D":
        return None
    inner = [p.open for p in out.nested if p.family == "D" and p.open > opener.pos]
    if not inner or (end := end_before_attribution(text, opener.pos, inner[0])) is None:
        return None
    out.nested[:] = [p for p in out.nested if p.open < end]
    return Pair(opener.pos, end, opener.family, 0, opener.char, text[end], continued)


def _stray_opening_mark(
    text: str, stack: list[list], paragraph: Paragraph, out: QuotationMarks
) -> Pair | None:
    """A quotation never closed whose last inner pair, of its own type, holds the
    paragraph's last mark, after a stop or comma: the inner opening mark is a stray one,
    and the closing mark closes the whole quotation.

    >>> text = "“Many were injured, and most of those “were shot by police,” it said."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 68)]).top]
    ['Many were injured, and most of those “were shot by police,']
    >>> text = "he hoped “both will respect it. ‘‘As we speak, they die,” he added."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 67)]).top]
    ['both will respect it. ‘‘As we speak, they die,']
    """
    opener, continued = stack[0]
    inner = out.nested[-1] if out.nested else None
    if (
        len(stack) != 1
        or inner is None
        or not paragraph[2]
        or (inner.depth, inner.family) != (1, opener.family)
        or inner.open < opener.pos
        or inner.open_char not in _STRAY_OPENERS
        or inner.close != paragraph[2][-1].pos
        or text[inner.close - 1] not in ",.?!"
    ):
        return None
    out.nested.pop()
    return Pair(opener.pos, inner.close, opener.family, 0, opener.char, inner.close_char, continued)


def _close(stack: list[list], i: int, mark: Mark, top: list[Pair], nested: list[Pair]) -> None:
    opener, continued = stack[i]
    del stack[i:]
    pair = Pair(opener.pos, mark.pos, opener.family, i, opener.char, mark.char, continued)
    (nested if i else top).append(pair)


def quotation_marks(article: Article) -> QuotationMarks:
    """The quotation-mark pairs of ``article``, computed once and cached on it."""
    cache = article._cache.setdefault("quotes", {})
    if "pairs" not in cache:
        cache["pairs"] = pair_quotation_marks(article.text, article._segments()[0])
    return cache["pairs"]


#: The spaces French typography sets inside guillemets.
_FRENCH_SPACES = " \u00a0\u202f"


def quoted_span(text: str, pair: Pair) -> tuple[int, int]:
    """The offsets of the quotation's characters: those between the marks, without the
    spaces French typography sets inside guillemets (``« Oui »``, ``the century. »``). A
    space inside a curly or straight mark is kept: the mark was typed on the wrong side of
    it, and the pair holds what its marks enclose (``magnitude, ”Mitsotakis said``).

    >>> text = "« Oui », he said, “as before ”Mitsotakis said."
    >>> [text[slice(*quoted_span(text, p))] for p in pair_quotation_marks(text, [(0, 0, 0, 46)]).top]
    ['Oui', 'as before ']
    """
    start, end = pair.open + 1, pair.close
    inner = text[start:end]
    if not inner.strip(_FRENCH_SPACES):
        return start, end
    if pair.open_char in "«‹»›":
        start += len(inner) - len(inner.lstrip(_FRENCH_SPACES))
    if pair.close_char in "«‹»›" and pair.close_char:
        end -= len(inner) - len(inner.rstrip(_FRENCH_SPACES))
    return start, end


def outside_quotes_mask(tokens: list[Token], pairs: list[Pair]) -> list[bool]:
    """For each token: True when it lies outside every top-level quotation (``pairs``, in
    reading order, none inside another): the tokens from each opening mark to its closing
    mark are cleared at once, found by bisecting the token starts.

    >>> from .tokens import tokenize
    >>> text = 'He said "no way" today'
    >>> outside_quotes_mask(tokenize(text, [0]), [Pair(8, 15, "D", 0, '"', '"')])
    [True, True, False, False, False, False, True]
    """
    mask = [True] * len(tokens)
    starts = [t.start for t in tokens]
    for p in pairs:
        i = bisect.bisect_left(starts, p.open)
        j = bisect.bisect_right(starts, p.close, i)
        mask[i:j] = [False] * (j - i)
    return mask
