"""A paragraph that names a person and ends with a colon hands the floor to that person.

Press releases and reaction round-ups put the speaker on a line of its own, with no
reporting verb: ``The following can be attributed to CCIA Europe's Senior Policy Manager,
Boniface de Champris:`` or ``Environmental minister Svenja Schulze (SPD):``, then the
quotation as the next paragraph. The quotation is that person's (attribution
``speaker_line``), not a guess at the last speaker, and the paragraphs of quotation after it
go on with the same person. A line with a reporting verb ('X said:') is the cue's own
pattern (attribution ``speaker_cue_quote``).

Round-ups and features also caption a quotation from below: the quotation alone in its
paragraph, then a sentence with no reporting verb that names the one person it is by
(``Quantum physicist Serge Haroche realises that ...``; attribution
``caption_after_quote``, :class:`CaptionLines`).
"""

from __future__ import annotations

import re

from .records import QuoteRecord, SpeakerRef
from .rules import QuotePlace
from .vocabulary import AUXILIARIES, CONJUNCTIONS, PREPOSITIONS

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


#: The attribution of a quotation placed by :meth:`CaptionLines.rule_caption_after_quote`.
CAPTION_AFTER_QUOTE = "caption_after_quote"
#: Most words of a description before the person a caption names ("Quantum physicist").
_DESCRIPTION_WORDS = 3
#: Words no description before a name holds: a verb's helper, a preposition, a pronoun.
_NOT_DESCRIPTION = AUXILIARIES | PREPOSITIONS | CONJUNCTIONS | frozenset(["he", "she", "it"])
#: Fewest words of a caption sentence (fewer is a label line, which names the next speaker).
_CAPTION_WORDS = 5


def caption_sentence(line: str) -> bool:
    """A sentence that can caption the quotation above it: running prose of a few words or
    more with lower-case words in it, no quotation marks and no closing colon (a heading in
    capitals or a bare name is a label line for the quotation below it).

    >>> caption_sentence("Quantum physicist Serge Haroche realises that phone numbers can "
    ...                  "provide a useful reality check")  # nobel_winners_speak_out_gurdon
    True
    >>> caption_sentence("UGANDAN PARLIAMENT SPEAKER ANITA AMONG"), caption_sentence("He said:")
    (False, False)
    """
    words = line.split()
    return (
        len(words) >= _CAPTION_WORDS
        and any(w.islower() for w in words)
        and not any(c in line for c in '"“”')
        and not line.rstrip().endswith(":")
    )


def caption_subject(before: str) -> bool:
    """The words of a caption sentence before the person's name leave the name its subject:
    nothing, or a short description with no verb or preposition in it.

    >>> caption_subject(""), caption_subject("Quantum physicist ")  # nobel_winners_...gurdon
    (True, True)
    >>> caption_subject("The President of Teachers Union Ireland (TUI) has slammed ")
    False
    >>> caption_subject("He also condoled the death of ")  # ysr_chopper_crash_...dainikdisha
    False
    """
    words = before.lower().split()
    return len(words) <= _DESCRIPTION_WORDS and not any(w in _NOT_DESCRIPTION for w in words)


def ends_with_stop(paragraph: str) -> bool:
    """``paragraph`` ends with a full stop, a question or an exclamation mark, a closing
    quotation mark or bracket after it allowed: prose, not a caption line.

    >>> ends_with_stop("Fiji skipper Kolinisau said everything had gone to plan."), ends_with_stop(
    ...     "John Gurdon was sceptical on hearing that he had won")
    (True, False)
    >>> ends_with_stop('He said: "We will."')
    True
    """
    return paragraph.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


class CaptionLines:
    """The rule of :data:`CAPTION_AFTER_QUOTE` (a part of :class:`Attributor`)."""

    def rule_caption_after_quote(self, w: QuotePlace) -> bool:
        """A quotation that is a paragraph of its own, which no rule placed, goes to the one
        person the first sentence of the next paragraph names, when that sentence is a
        caption (:func:`caption_sentence`) and the paragraph before does not end with a
        colon: ``"I was walking in the street with my wife. ..."`` then ``Quantum physicist
        Serge Haroche realises that phone numbers can provide a useful reality check``
        (nobel_winners_speak_out_gurdon_newscientist); ``"Everyone in Northern California
        should be prepared for bills to go up, not down."`` then ``Mindy Spatt is with a
        consumer group ...`` (gas_bills_ramp_capradio)."""
        q = w.quote
        ref = None if q.ref is not None else self.caption_person(q)
        if ref is None:
            return False
        q.ref, q.cue, q.attribution = ref, None, CAPTION_AFTER_QUOTE
        return True

    def caption_headings(self, quotes: list[QuoteRecord]) -> None:
        """A quotation alone on a heading line that a caption below names the one person of
        (:meth:`caption_person`) is that person's quote: ``"If you were to ask me what was
        the application, I would tell you I don't know"`` then ``Serge Haroche explains how
        his work is driven by ...`` (nobel_winners_speak_out_gurdon_newscientist); not a
        crosshead over a paragraph of prose (:meth:`prose_below_heading`)."""
        for q in quotes:
            if q.role != "heading" or self.prose_below_heading(q):
                continue
            if (ref := self.caption_person(q)) is not None:
                q.role, q.kind, q.ref, q.attribution = "quote", "full", ref, CAPTION_AFTER_QUOTE

    def prose_below_heading(self, q: QuoteRecord) -> bool:
        """The paragraph after the heading ``q`` is prose: it ends with a stop, where a
        caption line under a quotation ends with none (``John Gurdon was sceptical on hearing
        that he had won ...``). The heading is then a crosshead over its section and keeps no
        speaker (docs/test-pages.md): "'Never dreamt of being a gold medallist'" then "Fiji
        skipper Kolinisau said everything had gone to plan ... ." (fiji_sevens_gold_party_
        bainimarama_newvision); "'The team is of course deeply saddened by the loss'" then
        "Simonsen, one of the world's more experienced endurance drivers ..., was competing
        ... ." (le_mans_simonsen_crash_richards_rediff)."""
        pid = self.sentences[q.sent][1]
        if pid >= len(self.paragraphs):
            return False
        _, _, start, end = self.paragraphs[pid][:4]
        return ends_with_stop(self.text[start:end])

    def caption_person(self, q: QuoteRecord) -> SpeakerRef | None:
        """The one person the first sentence of the paragraph after ``q`` names as its
        subject, when ``q`` is its whole paragraph of five words or more, not introduced by
        a colon, and that sentence a caption (:func:`caption_sentence`); else None:
        ``"Everyone in Northern California should be prepared for bills to go up, not
        down."`` then ``Mindy Spatt is with a consumer group ...`` -> Mindy Spatt."""
        pid = self.sentences[q.sent][1]
        _, _, p_start, p_end = self.paragraphs[pid - 1][:4]
        if q.n_words < _CAPTION_WORDS or pid >= len(self.paragraphs):
            return None
        if self.text[p_start : q.pair.open].strip() or self.text[q.pair.close + 1 : p_end].strip(
            " .,\n"
        ):
            return None  # the quotation is not the whole paragraph
        before = self.text[self.paragraphs[pid - 2][2] : p_start] if pid > 1 else ""
        if before.rstrip().endswith((":", ";")):
            return None  # introduced by the paragraph before
        start = self.paragraphs[pid][2]
        end = self.sentences[self.sent_of(start)][4]
        if not caption_sentence(self.text[start:end]):
            return None
        people = [m for m in self.index.mentions_in(start, end) if m.actor.kind == "person"]
        if not people or any(m.actor is not people[0].actor for m in people):
            return None
        if not caption_subject(self.text[start : people[0].start]):
            return None  # "... has slammed Norma Foley": the person is no subject
        return SpeakerRef(people[0].actor, None, people[0].start, people[0].end)
