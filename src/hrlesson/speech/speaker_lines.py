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
#: A label line with no colon: a bullet or nothing, then words, no stop at the end.
_LABEL_LINE = re.compile(r"(?:[•·▪*–-]\s*)?[^!?:;\"“”]{2,120}[^.!?:;\"“”]")
#: Most words of a label line with no colon ("• SpiritsEurope president Joep Stassen").
_LABEL_WORDS = 10


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


def name_opens_line(line: str, name_start: int, name_end: int) -> bool:
    """The name at ``name_start:name_end`` opens ``line`` and a comma follows it, as a
    round-up line gives a speaker with the role and the body after: ``Andrew Cowan, country
    director, Diageo Great Britain:`` (the person, not the body that ends the line).

    >>> line = "Andrew Cowan, country director, Diageo Great Britain:"
    >>> name_opens_line(line, 0, 12), name_opens_line(line, 32, 52)
    (True, False)
    """
    return not line[:name_start].strip() and line[name_end:].lstrip().startswith(",")


def label_line(line: str) -> bool:
    """A round-up's heading that gives only who speaks next, with no colon: a bullet or
    nothing, a few words, no stop ("• SpiritsEurope president Joep Stassen", "UGANDAN
    RIGHTS ADVOCATE STELLA NYANZI"); the person it names must end it
    (:func:`name_ends_label`).

    >>> label_line("• SpiritsEurope president Joep Stassen"), label_line("He left.")
    (True, False)
    >>> label_line("U.S. PRESIDENT JOE BIDEN")
    True
    >>> label_line("The minister, who spoke to reporters on Monday after the meeting in Rome")
    False
    """
    return _LABEL_LINE.fullmatch(line) is not None and len(line.split()) <= _LABEL_WORDS


def name_ends_label(line: str, name_end: int) -> bool:
    """The name ending at ``name_end`` ends ``line``, a label line with no colon.

    >>> name_ends_label("U.S. PRESIDENT JOE BIDEN", 24), name_ends_label("Joe Biden in Rome", 9)
    (True, False)
    """
    return not line[name_end:].strip()


class SpeakerLines:
    """The rule of :data:`SPEAKER_LINE` (a part of :class:`Attributor`)."""

    def rule_speaker_line(self, w: QuotePlace) -> bool:
        """A quotation that opens its paragraph right after a one-sentence paragraph ending
        in "<person>:" with no reporting verb and no quotation of its own goes to that
        person: ``The following can be attributed to ..., Boniface de Champris:`` then
        ``"Today's endorsement of the final AI Act text ... is an important step."``; so
        does a round-up's label line with no colon that ends with the person's name
        (:func:`label_line`: ``• SpiritsEurope president Joep Stassen`` then ``"We regret
        the Supreme Court's ruling ..."``)."""
        q = w.quote
        if not w.starts or q.sent == 0 or self.text[w.paragraph[2] : q.pair.open].strip():
            return False
        _, par, _, start, end = self.sentences[q.sent - 1][:5]
        if par != self.sentences[q.sent][1] - 1 or self.paragraphs[par - 1][2] != start:
            return False  # the line is a whole paragraph of its own
        line = self.text[start:end].rstrip()
        labelled = not line.endswith(":") and label_line(line)
        if not (line.endswith(":") or labelled):
            return False
        if any(c.lemma for c in self.cues_in(start, end)) or self._quotes_after(start, end):
            return False
        mentions = [m for m in self.index.mentions_in(start, end) if m.actor.kind == "person"]
        if labelled:  # "• SpiritsEurope president Joep Stassen": only a name ending the line
            people = [m for m in mentions if name_ends_label(line, m.end - start)]
        else:
            people = [m for m in mentions if name_opens_line(line, m.start - start, m.end - start)]
            people = people or [m for m in mentions if name_ends_line(line, m.end - start)]
        if not people:
            return False
        q.ref = SpeakerRef(people[0].actor, None, people[0].start, people[0].end)
        q.cue, q.attribution = None, SPEAKER_LINE
        return True
