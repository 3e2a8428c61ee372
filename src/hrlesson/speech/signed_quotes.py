"""A reaction list signs each quotation with its speaker, no reporting verb between.

Round-ups of reactions put the speaker after the quotation, set off by a dash (an
underscore in wire copy) or by the quotation's own closing comma, and then the person's
post: ``"Q." - Australian Industry Group chief executive Innes Willox``, ``“Q.” – Brian
Tierney, publisher of the Philadelphia Daily News, on ...``, ``“Q,” Steve Miletich, winner
of breaking news Pulitzer for ...``, ``“Q.” _ laid-off journalist Paul Giblin, of the East
Valley Tribune``; or they head the entry with the speaker before a colon: ``1994, Alfred
G. Gilman, Medicine: “Q.”``. The quotation is that person's (attribution
``signed_quote``), not a continuation of the quote before it.
"""

from __future__ import annotations

import re

from .clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from .cues import CUE_FORMS
from .names.quote_signers import SIGN_DASHES
from .pointing_frames import PointingFrames
from .records import Mention, SpeakerRef
from .rules import QuotePlace
from .vocabulary import FINITE_VERBS, RELATIVE_PRONOUNS, WORD_RE

#: The attribution of a quotation placed by :meth:`SignedQuotes.rule_signed_quote`.
SIGNED_QUOTE = "signed_quote"
#: A dash or a wire copy's underscore that sets the signature off from the quotation.
_SIGN_DASH = re.compile(r"[ \t]*[" + re.escape("".join(sorted(SIGN_DASHES))) + r"][ \t]+")
#: What may follow the signing name: its post after a comma, "of" a body, or nothing more.
_NAME_FOLLOWER = re.compile(r"[ \t]*(?:$|[,.;(]|of\b|on\b|from\b|at\b)")
#: Words that open a clause, not a post ("which", "after", "when").
_CLAUSE_OPENERS = SUBORDINATORS | TEMPORAL_SUBORDINATORS | RELATIVE_PRONOUNS
#: Most words of a titled name's post before the name ("Opposition employment spokesman").
_POST_WORDS = 16
#: Most words of an entry heading before its colon ("1994, Alfred G. Gilman, Medicine:").
_HEADING_WORDS = 8


def signing_dash_end(after: str) -> int | None:
    """Where the signature starts after a quotation's closing mark: past a dash or an
    underscore standing between spaces; None without one.

    >>> signing_dash_end(" - ACTU secretary Sally McManus"), signing_dash_end(" _ Paul Anger")
    (3, 3)
    >>> signing_dash_end(" -- which is"), signing_dash_end(", she said") is None
    (None, True)
    """
    m = _SIGN_DASH.match(after)
    return m.end() if m else None


def post_before_name(words: str) -> bool:
    """The words between a signing dash and the name are a post, no clause: no verb, no
    stop, no quotation mark, a few words (``Australian Catholic Council for Employment
    Relations acting chair`` before ``Tony Farley``; not ``that is what`` before a name).

    >>> post_before_name("laid-off journalist "), post_before_name("")
    (True, True)
    >>> post_before_name("which is what "), post_before_name("he told. Then ")
    (False, False)
    >>> post_before_name("the day after ")
    False
    """
    if any(c in words for c in '.!?"“”:;'):
        return False
    found = WORD_RE.findall(words)
    if any(w.lower() in _CLAUSE_OPENERS for w in found):
        return False
    return len(found) <= _POST_WORDS and verbless(words)


def verbless(words: str) -> bool:
    """No finite verb among ``words`` ("1994, Alfred G. Gilman, Medicine"; not "Polanyi
    was fighting a fire").

    >>> verbless("1994, Alfred G. Gilman, Medicine"), verbless("Polanyi was fighting")
    (True, False)
    """
    return not any(w.lower() in FINITE_VERBS for w in WORD_RE.findall(words))


def lower_post(words: str) -> bool:
    """The words between a quotation's closing comma and the signing name are a post in
    lower case (``"Q," socialist party alderman for housing Laurens Ivens.``), no clause
    (:func:`post_before_name`); not a capitalised word nor a verb ("which is what").

    >>> lower_post(" socialist party alderman for housing "), lower_post(" which is what ")
    (True, False)
    >>> lower_post(" Mayor "), lower_post(" said ")
    (False, False)
    """
    if any(w.lower() in CUE_FORMS for w in WORD_RE.findall(words)):
        return False  # '"Q," said X': a reporting verb's frame
    return words.strip()[:1].islower() and post_before_name(words)


def name_closes_signature(rest: str) -> bool:
    """The name ends the signature or its post follows ("Brian Tierney, publisher of",
    "Paul Giblin, of the East Valley Tribune", "Innes Willox" at the paragraph's end).

    >>> name_closes_signature(", publisher of the Times"), name_closes_signature("")
    (True, True)
    >>> name_closes_signature(" won the prize")
    False
    """
    return _NAME_FOLLOWER.match(rest) is not None


class SignedQuotes(PointingFrames):
    """The rule of :data:`SIGNED_QUOTE` (a part of :class:`Attributor`), with its kin that
    names the speaker after the quotation too, in the words pointing back at it
    (:class:`~hrlesson.speech.pointing_frames.PointingFrames`)."""

    def rule_signed_quote(self, w: QuotePlace) -> bool:
        """A quotation that opens its paragraph and is signed after its closing mark by a
        person with no reporting verb (``"Q." - Australian Chamber of Commerce and Industry
        director ... Jenny Lambert``; ``“Q,” Steve Miletich, winner of ...``), or that
        follows the entry's heading naming the person before a colon (``1994, Alfred G.
        Gilman, Medicine: “Q.”``), goes to that person."""
        q = w.quote
        sentence_end = self.sentences[self.sent_of(q.pair.close)][4]
        if any(c.start < sentence_end for c in w.cues_after):
            return False  # a reporting verb in the quotation's own sentence frames it
        if self.text[w.paragraph[2] : q.pair.open].strip():
            mention = self._heading_signer(w)
        else:
            mention = self._signing_person(w)
        if mention is None:
            return False
        q.ref = SpeakerRef(mention.actor, None, mention.start, mention.end)
        q.cue, q.attribution = None, SIGNED_QUOTE
        return True

    def _signing_person(self, w: QuotePlace) -> Mention | None:
        """The person mention that signs the quotation after its closing mark, or None."""
        close, p_end = w.quote.pair.close + 1, w.paragraph[3]
        after = self.text[close:p_end]
        dash = signing_dash_end(after)
        if dash is None and not (self.text[close - 2 : close].startswith(",") and after[:1] == " "):
            return None
        start = close + (dash if dash is not None else 1)
        for m in self.index.mentions_in(start, p_end):
            if m.actor is None or m.actor.kind != "person":
                continue
            between = self.text[start : m.start]
            if dash is None and between.strip() and not lower_post(between):
                return None  # '"Q," Steve Miletich, ...': the name right after the comma
            if post_before_name(between) and name_closes_signature(self.text[m.end : p_end]):
                return m
            return None
        return None

    def _heading_signer(self, w: QuotePlace) -> Mention | None:
        """The one person named in an entry's heading that opens the paragraph and ends in
        a colon right before the quotation, with no reporting verb: ``1994, Alfred G.
        Gilman, Medicine:``."""
        start, open_ = w.paragraph[2], w.quote.pair.open
        heading = self.text[start:open_].rstrip()
        if not heading.endswith(":") or len(heading.split()) > _HEADING_WORDS:
            return None
        if not verbless(heading) or any(c in heading for c in '"“”;') or self.cues_in(start, open_):
            return None
        people = [
            m
            for m in self.index.mentions_in(start, open_)
            if m.actor is not None and m.actor.kind == "person"
        ]
        return people[0] if len(people) == 1 else None
