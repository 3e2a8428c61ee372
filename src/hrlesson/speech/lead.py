"""The lead: the opening paragraphs of an article's body, below the headline.

Several rules read the lead differently from the rest of the story (a body's words in the lead
said again later by its own person; a title that speaks before anyone holds it). They all ask
this module which paragraphs it holds, so that they agree on where the lead ends.
"""

from __future__ import annotations


def lead_paragraphs(sentences: list[tuple], count: int = 2) -> frozenset[int]:
    """The numbers of the first ``count`` paragraphs below the headline (a subheadline
    counts: "Lawmaker's office says he's 'fully cooperating'" under the title is the lead's).
    ``sentences`` are the article's sentence rows (``(id, paragraph, kind, start, end,
    ...)``). A lead split into one-sentence paragraphs is two: 'A tourism tax ... would "turn
    people away", industry bosses have warned.' then 'The Wales Tourism Alliance said ...'.

    >>> rows = [(1, 1, "title"), (2, 2, "heading"), (3, 3, "body"), (4, 3, "body"), (5, 4, "body")]
    >>> sorted(lead_paragraphs(rows)), sorted(lead_paragraphs(rows, 3))
    ([2, 3], [2, 3, 4])
    """
    below = sorted({row[1] for row in sentences if row[2] != "title"})
    return frozenset(below[:count])
