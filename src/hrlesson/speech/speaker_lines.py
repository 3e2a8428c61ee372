"""A paragraph that names a person and ends with a colon hands the floor to that person.

Press releases and reaction round-ups put the speaker on a line of its own, with no
reporting verb: ``The following can be attributed to CCIA Europe's Senior Policy Manager,
Boniface de Champris:`` or ``Environmental minister Svenja Schulze (SPD):``, then the
quotation as the next paragraph. The quotation is that person's (attribution
``speaker_line``), not a guess at the last speaker, and the paragraphs of quotation after it
go on with the same person. A line with a reporting verb ('X said:') is the cue's own
pattern (attribution ``speaker_cue_quote``).
"""

from __future__ import annotations

import re

from .records import SpeakerRef
from .rules import QuotePlace

#: The attribution of a quotation placed by :meth:`SpeakerLines.rule_speaker_line`.
SPEAKER_LINE = "speaker_line"
#: What may stand between the name and the colon: a party or an acronym in brackets.
_NAME_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:\s*$")


def name_ends_line(line: str, name_end: int) -> bool:
    """The name ending at ``name_end`` is the last thing of ``line`` before its closing
    colon, a bracketed party or acronym aside.

    >>> line = "Environmental minister Svenja Schulze (SPD):"
    >>> name_ends_line(line, line.index(" (")), name_ends_line(line, len("Environmental"))
    (True, False)
    >>> name_ends_line("From the Guardian", len("From the Guardian"))
    False
    """
    return _NAME_TAIL.fullmatch(line[name_end:]) is not None


class SpeakerLines:
    """The rule of :data:`SPEAKER_LINE` (a part of :class:`Attributor`)."""

    def rule_speaker_line(self, w: QuotePlace) -> bool:
        """A quotation that opens its paragraph right after a one-sentence paragraph ending
        in "<person>:" with no reporting verb and no quotation of its own goes to that
        person: ``The following can be attributed to ..., Boniface de Champris:`` then
        ``"Today's endorsement of the final AI Act text ... is an important step."``."""
        q = w.quote
        if not w.starts or q.sent == 0 or self.text[w.paragraph[2] : q.pair.open].strip():
            return False
        _, par, _, start, end = self.sentences[q.sent - 1][:5]
        if par != self.sentences[q.sent][1] - 1 or self.paragraphs[par - 1][2] != start:
            return False  # the line is a whole paragraph of its own
        line = self.text[start:end].rstrip()
        if not line.endswith(":"):
            return False
        if any(c.lemma for c in self.cues_in(start, end)) or self._quotes_after(start, end):
            return False
        people = [
            m
            for m in self.index.mentions_in(start, end)
            if m.actor.kind == "person" and name_ends_line(line, m.end - start)
        ]
        if not people:
            return False
        q.ref = SpeakerRef(people[-1].actor, None, people[-1].start, people[-1].end)
        q.cue, q.attribution = None, SPEAKER_LINE
        return True
