"""A reporting verb after the quotation: ``"Q," said S``, ``"Q" and "R," S said``, ``...,
investigators said on Thursday``, ``X "categorically" rejected``."""

from __future__ import annotations

import re

from .clauses import long_subject_before, temporal_clause_subject, without_apposition
from .closing_frames import body_stance_of_speaker
from .cues import SAY_CUES
from .documents.closing_frames import document_frame
from .frames import quoted_as_frame
from .joined_clauses import joined_clause_cue
from .records import Cue, QuoteRecord
from .rules import QuotePlace
from .spokespeople.bodies import spokesperson_voices_body
from .vocabulary import DASHES, WORD_RE

#: After a quotation: "and", "or" or a comma, then the next quotation's opening mark.
_LISTED_BEFORE_QUOTE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?[\"\u201c\u2018']")


class PostposedCues:
    """The rules whose reporting verb follows the quotation (a part of :class:`Attributor`;
    their names are in :data:`~hrlesson.speech.rules.ATTRIBUTION_RULES`)."""

    def rule_quote_then_cue(self, w: QuotePlace) -> bool:
        """``"Q," said S`` / ``"Q," S said``: a cue right after the quote.

        Attribution ``quote_cue_speaker`` (subject after the verb) or ``quote_speaker_cue``.
        """
        q, p, text = w.quote, w.quote.pair, self.text
        after_mark = text[p.close + 1 : p.close + 3].lstrip()[:1]
        invites = (
            w.starts
            or q.text.rstrip().endswith((",", "?", "!", "—", "...", "…"))
            or after_mark in (",", *DASHES)
            or text[w.s_start : p.open].rstrip().endswith(":")
            or listed_before_quote(self.text, q)
        )
        if not (w.cues_after and invites):
            return False
        post = self._post_cue(q, w.cues_after)
        if post is None:
            return False
        if w.cues_before and not w.starts and not self._closing_attribution(q, post, w):
            return False
        q.cue, q.ref = post, post.subject
        inverted = post.subject is not None and post.subject.start > post.start
        q.attribution = "quote_cue_speaker" if inverted else "quote_speaker_cue"
        return True

    def rule_closing_reporter(self, w: QuotePlace) -> bool:
        """``The Government has rejected a UN report, claiming the report was "Q1" and the
        content was "Q2," a cabinet minister said on Wednesday.``: a sentence closed by a
        post-posed "said" clause is all that speaker's report, so a quote after a
        participle of that report (", claiming") is the closing speaker's (attribution
        ``speaker_cue_after``); a finite verb with its own subject keeps the quote, but for
        a body's stance in the present tense (:func:`body_stance_of_speaker`)."""
        if not w.cues_before or len(w.cues_after) != 1:
            return False
        inner, late = w.cues_before[-1], w.cues_after[0]
        stance = len(w.cues_before) == 1 and body_stance_of_speaker(self.text, w.quote, inner, late)
        participle = inner.form.lower().endswith("ing")
        if not stance and (not participle or not self.text[: inner.start].rstrip().endswith(",")):
            return False  # 'X had written that "Q", Y said': X's words, relayed by Y
        if late.lemma not in ("say", "add", "tell" if stance else "") or not self._postposed(late):
            return False
        comma = self.text.rfind(",", w.s_start, late.start)
        if comma < w.quote.pair.close or self._quotes_after(late.end, w.s_end):
            return False
        w.quote.cue, w.quote.ref, w.quote.attribution = late, late.subject, "speaker_cue_after"
        return True

    def rule_cue_after_clause(self, w: QuotePlace) -> bool:
        """``... has "systematically" targeted critics, investigators said on Thursday``:
        a post-posed attribution after the clause (attribution ``speaker_cue_after``). A
        verb before the quote that found no subject is no attribution of its own: ``Brussels
        strongly condemns the "horrible attack" that occurred on September 24, European
        Commission President Ursula von der Leyen told a joint press conference``."""
        if any(c.subject is not None for c in w.cues_before):
            return False
        late = next((c for c in w.cues_after if c.subject is not None and self._postposed(c)), None)
        if late is None or self._joined_clause(w.quote, late, w):
            return False
        w.quote.cue, w.quote.ref, w.quote.attribution = late, late.subject, "speaker_cue_after"
        return True

    def rule_quote_before_verb(self, w: QuotePlace) -> bool:
        """``North Korea's UN envoy "categorically" rejected the report``: a quoted word
        right before its verb, whose subject stands before the quote (attribution
        ``speaker_quote_cue``)."""
        q = w.quote
        if w.cues_before or not w.cues_after:
            return False
        cue = w.cues_after[0]
        if (
            cue.subject is None
            or cue.subject.start > q.pair.open
            or self.text[q.pair.close + 1 : cue.start].strip()
        ):
            return False
        q.cue, q.ref, q.attribution = cue, cue.subject, "speaker_quote_cue"
        return True

    def _closing_attribution(self, q: QuoteRecord, post: Cue, w: QuotePlace) -> bool:
        """``A recent UN report is "unrealistic" and "biased," Iran's spokeswoman said.``: a
        quote that ends in a comma, then a saying verb with its speaker and no other
        quotation up to the end of the sentence, is the speaker's, whatever verb or noun
        came earlier in the sentence, unless an earlier speaker reports the quote in a
        clause of its own ('X had written that "Q", Y said': X's words, as Y reports them)
        or the later verb is joined to the clause ('described it as "Q," but added', '...
        as "Q," adding that': the first verb's quote)."""
        voiced = lambda c: spokesperson_voices_body(c.subject, post.subject)
        if any(c.subject and self._that_follows(c.tok) and not voiced(c) for c in w.cues_before):
            return False
        if self._joined_clause(q, post, w):
            return False  # '"start fixing", but the energy minister said': a new clause
        joined = WORD_RE.findall(self.text[q.pair.close + 1 : post.start])
        if post.form.lower().endswith("ing") or joined in (["and"], ["but"]):
            return False  # 'described it as "Q," but added ...': a verb joined to the clause
        return (
            (
                q.text.rstrip().endswith(",")
                or self.text[q.pair.close + 1 : q.pair.close + 2] == ","
                or listed_before_quote(self.text, q)
            )
            and post.lemma in SAY_CUES
            and post.subject is not None
            and not self._quote_between(post.end, w.s_end)
        )

    def _joined_clause(self, q: QuoteRecord, post: Cue, w: QuotePlace) -> bool:
        """A verb before the quote has its subject, and the later verb opens a clause of its
        own after a conjunction (:func:`joined_clause_cue`): ``Steve Barclay said he was
        serious about 'rapidly settling this dispute,' and yesterday the BMA responded``."""
        if post.subject is None or not any(
            c.subject is not None or c.clausal for c in w.cues_before
        ):
            return False
        return joined_clause_cue(self.text, q.pair.close, post.start, post.subject.start)

    def _postposed(self, cue: Cue) -> bool:
        """``..., UN investigators said on Thursday.``, ``..., the country's UN envoy Choe
        Myong Nam was quoted as saying``: an attribution after its clause (at most 12 words
        between the comma and the cue)."""
        s_start = self.sentences[cue.sent][3]
        comma = self.text.rfind(",", s_start, cue.start)
        if comma == -1 or cue.subject is None:
            return False
        if cue.subject.start < comma:
            # '..., the statement added.': a document whose author is named elsewhere
            return cue.subject.end <= s_start and document_frame(self.text[comma + 1 : cue.start])
        between = WORD_RE.findall(self.text[comma + 1 : cue.start])
        if not between:
            # '..., said the International Court of Justice': the speaker after the verb
            return cue.subject is not None and cue.subject.start > cue.end
        return len(between) <= 12

    def _post_cue(self, q: QuoteRecord, cues_after: list[Cue]) -> Cue | None:
        cue = cues_after[0]
        between = self.text[q.pair.close + 1 : cue.start]
        if self.quote_at(cue.start) is not None:
            return None
        words = WORD_RE.findall(between)
        quoted_as = quoted_as_frame(words)
        if (
            len(words) > (24 if quoted_as else 12)
            and len(WORD_RE.findall(without_apposition(between))) > 12
            and not long_subject_before(between, q.pair.close + 1, cue)
        ):
            return None
        if not re.match(r"^\s*[,—–-]?\s*", between):
            return None
        if words and not re.match(r"^[\s,—–’-]*$", between[: between.find(words[0])]):
            return None  # a doubled closing mark may stand first: '“Q,’’ the statement said
        if cue.form.lower().endswith("ing") and words and not quoted_as:
            return None
        subj = cue.subject
        inside = subj is not None and q.pair.close < subj.start < cue.start
        if inside and temporal_clause_subject(self.tokens, self.index.token_index(subj.start)):
            return None  # '"Q," after the firm said
        return cue


def listed_before_quote(text: str, q: QuoteRecord) -> bool:
    """``is "unrealistic" and "biased," X said``: the quote is listed with the next one
    ("and", "or" or a comma, then a quotation), so the next one's attribution is its own."""
    after = text[q.pair.close + 1 : q.pair.close + 12]
    return bool(_LISTED_BEFORE_QUOTE.match(after))
