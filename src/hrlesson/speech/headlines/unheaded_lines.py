"""A quotation alone on a line like a heading that heads nothing: the last speaker goes on.

A line with no final stop reads as a heading, and a quotation alone on it keeps no speaker: a
crosshead heads the paragraphs below it ('Atmosphere of fear'; docs/test-pages.md). A line
that closes the article heads nothing, nor does a whole sentence longer than any heading,
nor a line right above another heading line ('"It's a public amenity which should be available
for everyone"' then the crosshead "'Not happy'": nothing stands under the first): such a line right after a paragraph that quotes a speaker is that speaker's next sentence,
its full stop dropped. '“I was shaking. ...,” Otero said.' then '“I’m super grateful that
nobody got hurt”' as the page's last line: Alejandro Otero's; '"We feel strong anger over
these executions," the organisation's Tokyo branch said ...' then '"The Japanese government
should recognise its international obligation to establish a criminal justice system which
does not rely on capital punishment"' with a paragraph after it: the Amnesty section's.
:func:`unheaded_line_speakers` gives such lines to the speaker before them.
"""

from __future__ import annotations

from ..records import QuoteRecord

#: The attribution of a heading line placed by :func:`unheaded_line_speakers`.
UNHEADED_LINE = "unheaded_line"

#: Fewest words of a quoted line too long to be a heading ('Atmosphere of fear', 'It
#: would be like letting the Tower of London fall down' are headings).
_LONGER_THAN_HEADING = 15


def heads_nothing(
    paragraph: int,
    last_paragraph: int,
    n_words: int,
    heading_paragraphs: frozenset[int] | None = None,
) -> bool:
    """A heading line in paragraph ``paragraph`` (1-based) of ``n_words`` words heads
    nothing: it is the article's last paragraph (``last_paragraph``), or longer than a
    heading, or the paragraph right after it is a heading line too (a paragraph number of
    ``heading_paragraphs``: :func:`heading_above_heading`).

    >>> heads_nothing(10, 10, 8), heads_nothing(11, 12, 21), heads_nothing(4, 12, 7)
    (True, True, False)
    >>> heads_nothing(9, 12, 10, frozenset([10]))
    True
    """
    return (
        paragraph == last_paragraph
        or n_words >= _LONGER_THAN_HEADING
        or heading_above_heading(paragraph, heading_paragraphs or frozenset())
    )


def heading_above_heading(paragraph: int, heading_paragraphs: frozenset[int]) -> bool:
    """The line in paragraph ``paragraph`` stands right above another heading line (a
    paragraph number of ``heading_paragraphs``), so it heads no section: a speaker's last
    sentence with its stop dropped, as in '"I think it's absolutely disgusting," she said.'
    then '"It's a public amenity which should be available for everyone"' then the crosshead
    "'Not happy'" (somerset_toilets_close_powles_rowell_bbc: Odelle Powles's).

    >>> heading_above_heading(9, frozenset([10])), heading_above_heading(9, frozenset([12]))
    (True, False)
    """
    return paragraph + 1 in heading_paragraphs


def unheaded_line_speakers(
    sentences: list, lead: frozenset[int], quotes: list[QuoteRecord]
) -> None:
    """Each quotation of ``quotes`` (reading order) alone on a heading line below the lead
    (paragraph numbers ``lead``) that heads nothing (:func:`heads_nothing`), right after a
    paragraph whose last quotation has a speaker, becomes that speaker's (role ``quote``,
    attribution ``unheaded_line``). ``sentences`` are the article's sentence rows."""
    if not sentences:
        return
    last_paragraph = sentences[-1][1]
    heading_paragraphs = frozenset(row[1] for row in sentences if row[2] == "heading")
    last: QuoteRecord | None = None
    for q in quotes:
        if q.role == "quote":
            last = q
            continue
        if q.role != "heading" or last is None or last.ref is None:
            continue
        paragraph = sentences[q.sent][1]
        if sentences[q.sent][2] == "title" or paragraph in lead:
            continue  # a headline or a standfirst: lead_speakers.py and the echo rules
        if sentences[last.sent][1] != paragraph - 1:
            continue  # no quoted paragraph right before it
        if heads_nothing(paragraph, last_paragraph, q.n_words, heading_paragraphs):
            q.role, q.kind, q.ref, q.attribution = "quote", "full", last.ref, UNHEADED_LINE
