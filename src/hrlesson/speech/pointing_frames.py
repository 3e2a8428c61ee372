"""A sentence right after a quotation points back at it and names who said it.

Features and reconstructions quote first and name the speaker after, with no reporting
verb the cue finder reads as the quotation's: ``“It feels like a film set where a film was
never shot.” That’s how Houghton festival described its site last week``; ``'Aarey
Bachao, Mumbai Bachao', is what hundreds of Mumbaikars were sloganeering``; ``“I’m 15,
don’t let me die.” Those were the final words of Daejaun Campbell, a teenager ...``. The
quotation is the speaker's that the pointing words name (attribution ``pointing_frame``),
as the article writes it when no actor holds the name.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .cues import CUE_FORMS
from .records import SpeakerRef
from .rules import QuotePlace
from .vocabulary import AUXILIARIES, FINITE_VERBS

#: The attribution of a quotation placed by :meth:`PointingFrames.rule_pointing_frame`.
POINTING_FRAME = "pointing_frame"
#: Words that point back at the quotation: "how"/"what", or a noun for words said.
POINTING_HEADS = word_set("pointing_frame_heads")
#: After the closing mark: a demonstrative and "is"/"was"/..., or the verb alone after a
#: comma, then "the" and one modifier before a noun, and the pointing word.
_FRAME = re.compile(
    r"[.,!?]?\s*(?:(?:that|this|those|these)(?:[’']s|\s+(?:is|was|are|were))|,?\s*(?:is|was|were))"
    r"\s+(?:the\s+(?:[a-z]+\s+)?)?([a-z]+)\s+(of\s+)?",
    re.IGNORECASE,
)
#: A closing mark's trailing stop and the spaces after it (before the pointing words).
_AFTER_CLOSE = re.compile(r"[.,!?]?[ \t]*")
#: Most words of the speaker's phrase after the pointing words.
_PHRASE_WORDS = 6


def pointing_frame_end(after: str) -> int | None:
    """Where the speaker's phrase starts in the words ``after`` a quotation's closing mark,
    when they point back at it; None otherwise.

    >>> pointing_frame_end(" That’s how Houghton festival described it")
    12
    >>> pointing_frame_end(", is what hundreds of Mumbaikars were sloganeering")
    10
    >>> pointing_frame_end(" Those were the final words of Daejaun Campbell, a teenager")
    31
    >>> pointing_frame_end(" That is the plan."), pointing_frame_end(" Those words of X") is None
    (None, True)
    """
    m = _FRAME.match(after)
    if m is None or m.group(1).lower() not in POINTING_HEADS:
        return None
    wh = m.group(1).lower() in ("how", "what")
    return m.end() if wh != bool(m.group(2)) else None


class PointingFrames:
    """The rule of :data:`POINTING_FRAME` (a part of :class:`Attributor`)."""

    def rule_pointing_frame(self, w: QuotePlace) -> bool:
        """``“Q.” That’s how Houghton festival described its site``, ``'Q', is what
        hundreds of Mumbaikars were sloganeering``, ``“Q.” Those were the final words of
        Daejaun Campbell, ...``: the words right after the closing mark point back at the
        quotation and name its speaker, the actor named there or the words as written."""
        q = w.quote
        if q.ref is not None or w.sentence_kind != "body" or w.cues_after:
            return False
        close = q.pair.close + 1
        m = _AFTER_CLOSE.match(self.text, close)
        if m.end() >= len(self.text) or self.text[m.end()] == "\n":
            return False
        end = self.sentences[self.sent_of(m.end())][4]  # "“Q.” That’s how ...": the next one
        skip = pointing_frame_end(self.text[close:end])
        if skip is None:
            return False
        wh = self.text[close : close + skip].rstrip().lower().endswith(("how", "what"))
        ref = self._pointed_speaker(close + skip, end, wh)
        if ref is None:
            return False
        q.cue, q.ref, q.attribution = None, ref, POINTING_FRAME
        return True

    def _pointed_speaker(self, start: int, end: int, wh: bool) -> SpeakerRef | None:
        """The speaker's phrase from ``start``: up to its verb after "how"/"what" (a
        reporting verb, or a form of "be" before one or an -ing form: "were
        sloganeering"), up to a comma or the end after "words of"."""
        toks = [t for t in self.toks_between(start, end) if t.text[0].isalnum()]
        if wh:
            k = next((i for i, t in enumerate(toks) if _verb(t.lower)), None)
            if k is None or not _reports(toks, k):
                return None
        else:
            stop = self.text.find(",", start, end)
            k = len([t for t in toks if t.start < (end if stop < 0 else stop)])
        if not 0 < k <= _PHRASE_WORDS:
            return None
        s, e = toks[0].start, toks[k - 1].end
        mention = self.index.mention_starting(s)
        if mention is not None and not mention.in_quote and mention.end <= e:
            return SpeakerRef(mention.actor, None, mention.start, mention.end)
        ref = self.resolve_span(s, e, s)
        if ref is not None:
            return ref
        return SpeakerRef(None, self.text[s:e], s, e)


def _verb(word: str) -> bool:
    """A word that ends the speaker's phrase: a reporting verb or a finite verb."""
    return word in CUE_FORMS or word in AUXILIARIES or word in FINITE_VERBS


def _reports(toks: list, k: int) -> bool:
    """The verb at ``k`` reports: a reporting verb, or "be" before one or an -ing form."""
    word = toks[k].lower
    if word in CUE_FORMS:
        return True
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    return word in AUXILIARIES and (nxt in CUE_FORMS or nxt.endswith("ing"))
