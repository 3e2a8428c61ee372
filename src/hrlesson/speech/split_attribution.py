"""A quotation the segmenter set apart from its attribution: '"Why?" Zakharova asked.'

A quotation that ends with a question mark, an exclamation mark or an ellipsis ends a
sentence for the segmenter when a capital follows, so '"Summit about what?" Callas asked
European Union leaders.' is two sentences. The second, opened by its speaker and a reporting
verb, attributes the first.
"""

from __future__ import annotations

import re

from .clauses import without_apposition
from .cues import CLAUSAL_CUES
from .records import Cue
from .rules import QuotePlace
from .vocabulary import WORD_RE

#: How a quotation ends when the segmenter may cut its attribution off.
SPLIT_ENDS = ("?", "!", "...", "…")

#: Most title words before the subject that opens the sentence ("DoT Secretary R X said").
_MAX_TITLE_WORDS = 4

#: Most words between the sentence start and the verb (an aside about the speaker aside).
_MAX_SUBJECT_WORDS = 8


def opens_with_attribution(text: str, start: int, cue: Cue) -> bool:
    """The sentence at ``start`` opens with the subject of ``cue`` and then ``cue``, with at
    most eight words before the verb once an aside is left out ('Callas, who can count on
    ..., reiterated'), or with ``cue`` and its subject after it ('shouted the crowd').

    >>> from .records import SpeakerRef
    >>> cue = Cue(7, 12, "asked", "ask", 1, 1)
    >>> cue.subject = SpeakerRef(None, "Callas", 0, 6)
    >>> opens_with_attribution("Callas asked leaders.", 0, cue)
    True
    >>> cue.subject = SpeakerRef(None, "leaders", 13, 20)
    >>> opens_with_attribution("Callas asked leaders.", 0, cue)
    False
    """
    subject = cue.subject
    if subject is None:
        return False
    before = text[start : cue.start]
    if not WORD_RE.search(before):
        return subject.start >= cue.end  # inverted: '"Go home!" shouted the protesters.'
    if not titled_subject(text[start + len(before) - len(before.lstrip()) : subject.start]):
        return False
    return len(WORD_RE.findall(without_apposition(before))) <= _MAX_SUBJECT_WORDS


def titled_subject(words_before: str) -> bool:
    """The words between a sentence's start and its subject are none, or capitalised title
    words (at most four): ``"... likely impact on tariff?" DoT Secretary R Chandrashekhar
    said``, ``"Why wake up supporting companies that hate you?" Rep. Lauren Boebert
    (R-Col.) said on Twitter Monday.``; not ``the aide of Lauren Boebert said``.

    >>> titled_subject(""), titled_subject("DoT Secretary "), titled_subject("Rep. ")
    (True, True, True)
    >>> titled_subject("the aide of ")
    False
    """
    words = WORD_RE.findall(words_before)
    return len(words) <= _MAX_TITLE_WORDS and all(w[:1].isupper() for w in words)


def relayed_cue(text: str, cues: list[Cue]) -> Cue:
    """The first of ``cues`` (a sentence's), or the verb of the speech it reports when it
    opens a clause with its own subject right after it: 'Iran International said her father
    told her.' after the father's words is his telling, relayed.

    >>> from .records import SpeakerRef
    >>> said, told = Cue(19, 23, "said", "say", 1, 2), Cue(35, 39, "told", "tell", 1, 5)
    >>> told.subject = SpeakerRef(None, "her father", 24, 34)
    >>> relayed_cue("Iran International said her father told her.", [said, told]) is told
    True
    """
    first = cues[0]
    if len(cues) < 2 or first.lemma not in CLAUSAL_CUES:
        return first
    inner = cues[1]
    if inner.subject is None or inner.subject.start < first.end:
        return first
    return first if re.search(r"[,;:()\u2014\u2013]", text[first.end : inner.start]) else inner


class SplitAttribution:
    """The rule for attributions split off by the segmenter (a part of :class:`Attributor`)."""

    def rule_split_attribution(self, w: QuotePlace) -> bool:
        """``"Summit about what?" Callas asked European Union leaders.``: a quotation that
        opens its sentence and ends it with "?", "!" or an ellipsis, followed in the same
        paragraph by a sentence that opens with a speaker and a reporting verb (see
        :func:`opens_with_attribution`) and quotes nothing, is that speaker's (attribution
        ``quote_speaker_cue``, or ``quote_cue_speaker`` when the verb comes first)."""
        q = w.quote
        if not w.starts or w.cues_after or not q.text.rstrip().endswith(SPLIT_ENDS):
            return False
        last = self.sent_of(q.pair.close)
        if last + 1 >= len(self.sentences) or self.text[q.pair.close + 1 : w.s_end].strip():
            return False
        nxt = self.sentences[last + 1]
        if nxt[1] != self.sentences[last][1] or self._quote_between(nxt[3], nxt[4]):
            return False
        cues = [c for c in self.cues_in(nxt[3], nxt[4]) if c.lemma is not None]
        if not cues or not opens_with_attribution(self.text, nxt[3], cues[0]):
            return False
        cue = relayed_cue(self.text, cues)
        q.cue, q.ref = cue, cue.subject
        inverted = cue.subject is not None and cue.subject.start > cue.start
        q.attribution = "quote_cue_speaker" if inverted else "quote_speaker_cue"
        return True
