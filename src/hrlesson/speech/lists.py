"""Quotations set out as a list after a colon: each item is the introducer's."""

from __future__ import annotations

import re

from .clauses import clause_words
from .records import SpeakerRef
from .rules import QuotePlace
from .vocabulary import CONJUNCTIONS, PREPOSITIONS

#: A list item's mark at the start of a paragraph: "- ", "– ", "• ", "* ", "1. ", "2) ".
LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2014\u2022\u25aa*]|\d{1,2}[.)])\s")


class ListedQuotes:
    """The rule for quotations listed as items (a part of :class:`Attributor`)."""

    def rule_listed_quote(self, w: QuotePlace) -> bool:
        """A quote that opens an item of a list belongs to whoever introduced the list::

            During the briefing, he made the following statements:
            - “The two parties are trying to show their willingness ...”
            - Hostilities on the fronts remain low.
            - “This week I traveled to Muscat ...”

        Every item of the list (paragraphs that open with "-", "•" or "1.") after a
        paragraph ending in a colon is the introducing sentence's subject's, unquoted items
        in between included (attribution ``listed_quote``).
        """
        q = w.quote
        if q.ref is not None:
            return False
        par_id, start = w.paragraph[0], w.paragraph[2]
        if not LIST_ITEM.match(self.text[start : q.pair.open + 1]):
            return False
        intro = par_id - 1
        while intro >= 1 and LIST_ITEM.match(self.paragraphs[intro - 1][4]):
            intro -= 1
        if intro < 1 or not self.paragraphs[intro - 1][4].rstrip().endswith(":"):
            return False
        p_end = self.paragraphs[intro - 1][3]
        last_sentence = self.sent_of(p_end - 1)
        ref = self._introducer(self.sentences[last_sentence][3], p_end, q.pair.open)
        if ref is None:
            return False
        q.cue, q.ref, q.attribution = None, ref, "listed_quote"
        return True

    def _introducer(self, s_start: int, s_end: int, at: int) -> SpeakerRef | None:
        """The first clause of the introducing sentence that names someone ("During the
        briefing, he made ...": "he")."""
        for seg in clause_words(self.toks_between(s_start, s_end)):
            if not seg or seg[0].lower in PREPOSITIONS or seg[0].lower in CONJUNCTIONS:
                continue
            ref = self.resolve_span(seg[0].start, seg[-1].end, at)
            if ref is not None and ref.actor is not None:
                return ref
        return None
