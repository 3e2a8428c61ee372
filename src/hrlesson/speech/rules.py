"""Attribution rules: which cue and speaker each quotation belongs to."""

from __future__ import annotations

import re

from .cues import CLAUSAL_CUES
from .records import Cue, QuoteRecord, SpeakerRef
from .vocabulary import WORD_RE, normalised_words


class QuoteRules:
    """Attributes each quotation (a part of :class:`Attributor`)."""

    def _attribute(self, q: QuoteRecord, last: QuoteRecord | None) -> None:
        text = self.text
        p = q.pair
        s_open = q.sent
        s_close = self.sent_of(p.close)
        s_start = self.sentences[s_open][3]
        s_end = self.sentences[s_close][4]
        par = self.paragraphs[self.sentences[s_open][1] - 1]
        kind = self.sentences[s_open][2]
        starts = self._starts_sentence(q)
        cues_before = [c for c in self._cues_in(s_start, p.open) if c.lemma is not None]
        cues_after = [c for c in self._cues_in(p.close + 1, s_end) if c.lemma is not None]
        text[p.close + 1 : s_end]
        # 1. "Q," said S / "Q," S said
        post = None
        after_mark = text[p.close + 1 : p.close + 3].lstrip()[:1]
        invites = (
            starts
            or q.text.rstrip().endswith((",", "?", "!", "—", "...", "…"))
            or after_mark in (",", "—", "–")
            or text[s_start : p.open].rstrip().endswith(":")
        )
        if cues_after and invites and (not cues_before or starts):
            post = self._post_cue(q, cues_after)
        if post is not None:
            q.cue = post
            q.ref = post.subject
            inverted = post.subject is not None and post.subject.start > post.start
            q.attribution = "quote_cue_speaker" if inverted else "quote_speaker_cue"
            return
        # 1b. the quote starts with the reporting verb itself: 'The resolution, adopted ...,
        # "expresses grave concern"', 'the commission "requests" it to': the clause's subject
        # speaks (a document's words go to its author, see _document)
        if self._quoted_verb(q):
            ref = self._clause_subject(s_start, p.open)
            if ref is not None:
                q.cue, q.ref = None, ref
                q.attribution = "quoted_verb"
                return
        # 2. S said: "Q" / S said that ... "Q" / slammed by S as "Q" / Citing "Q", S ...
        if cues_before:
            cue = cues_before[-1]
            if cue.subject is None:
                # "S said that the evidence pointed to "Q"": a cue with no speaker inside the
                # reported clause of an earlier cue; the quote is the earlier speaker's
                gov = [c for c in cues_before[:-1] if c.clausal and c.subject is not None]
                if gov:
                    cue = gov[-1]
            # a quotation that sits between the cue and this one belongs to the same cue
            q.cue = cue
            q.ref = cue.subject
            if cue.passive:
                q.attribution = "passive"
            elif (
                cue.form.lower().endswith("ing")
                and cue.subject is not None
                and cue.subject.start > p.close
            ):
                q.attribution = "participle"
            elif self.text[cue.end : p.open].strip() in (":", ",", ""):
                q.attribution = "speaker_cue_quote"
            else:
                q.attribution = "speaker_cue_clause"
            if cue.subject is not None:
                return
        # "... has "systematically" targeted critics, investigators said on Thursday"
        late = next((c for c in cues_after if c.subject is not None and self._postposed(c)), None)
        if late is not None and not cues_before:
            q.cue, q.ref = late, late.subject
            q.attribution = "speaker_cue_after"
            return
        # 3. according to S
        acc = [c for c in self._cues_in(s_start, s_end) if c.lemma is None]
        if acc:
            q.cue = None
            q.ref = acc[0].subject
            q.attribution = "according_to"
            if q.ref is not None:
                return
        # 4. headlines: S: "Q" / "Q" - S / "Q ...: S"
        if kind in ("title", "heading") or p.open == par[2]:
            ref = self._headline(q, par)
            if ref is not None:
                q.ref, q.cue = ref
                q.attribution = "headline"
                return
        # 5. continuation of the previous speaker
        if starts and last is not None and last.ref is not None:
            last_close_sent = self.sent_of(last.pair.close)
            if s_open == last_close_sent + 1 or (
                s_open == last_close_sent and last.pair.close < p.open
            ):
                q.cue = None
                q.ref = last.ref
                q.attribution = "continuation"
                return
        if starts and s_open > 0:
            prev = self.sentences[s_open - 1]
            prev_sent_cues = [
                c
                for c in self._cues_in(prev[3], prev[4])
                if c.subject is not None and c.lemma in CLAUSAL_CUES
            ]
            if prev_sent_cues:
                q.cue = None
                q.ref = prev_sent_cues[-1].subject
                q.attribution = "continuation"
                return
        if q.cue is not None and q.ref is None:
            return
        q.cue = None

    def _postposed(self, cue: Cue) -> bool:
        """``..., UN investigators said on Thursday.``: an attribution after its clause."""
        s_start = self.sentences[cue.sent][3]
        comma = self.text.rfind(",", s_start, cue.start)
        if comma == -1 or cue.subject is None or cue.subject.start < comma:
            return False
        between = WORD_RE.findall(self.text[comma + 1 : cue.start])
        return 0 < len(between) <= 8

    def _post_cue(self, q: QuoteRecord, cues_after: list[Cue]) -> Cue | None:
        cue = cues_after[0]
        between = self.text[q.pair.close + 1 : cue.start]
        if self.quote_at(cue.start) is not None:
            return None
        words = WORD_RE.findall(between)
        if len(words) > 12:
            return None
        if not re.match(r"^\s*[,—–-]?\s*", between):
            return None
        if words and not re.match(r"^[\s,—–-]*$", between[: between.find(words[0])]):
            return None
        if cue.form.lower().endswith("ing") and words:
            return None
        return cue

    def _headline(self, q: QuoteRecord, par: tuple) -> tuple[SpeakerRef, None] | None:
        p = q.pair
        p_start, p_end = par[2], par[3]
        before = self.text[p_start : p.open]
        after = self.text[p.close + 1 : p_end]
        m = re.match(r"^\s*([^:\"“”‘’]{2,60}?)\s*:\s*$", before)
        if m:
            ref = self._resolve_span(p_start + m.start(1), p_start + m.end(1), p.open)
            if ref is not None:
                return ref, None
        m = re.match(r"^\s*[-–—]\s*(.{2,60}?)\s*$", after)
        if m:
            s = p.close + 1 + m.start(1)
            ref = self._resolve_span(s, s + len(m.group(1)), p.open)
            if ref is not None:
                return ref, None
        m = re.search(r":\s*([^:\"“”‘’]{2,60}?)\s*$", after)
        if m:
            s = p.close + 1 + m.start(1)
            ref = self._resolve_span(s, s + len(m.group(1)), p.open)
            if ref is not None:
                return ref, None
        # 'UN chief "appalled" by executions': the headline drops "is"; the speaker is the
        # noun phrase right before the quote. Only when the body quotes the same words
        # again, so a label in a headline ('UN "experts" meet') stays a label.
        m = re.match(r"^\s*([^:\"“”‘’,;]{2,40}?)\s*$", before)
        if m and re.match(r"^\s*[a-z]", after) and self._echoed_in_body(q, p_end):
            ref = self._resolve_span(p_start + m.start(1), p_start + m.end(1), p.open)
            if ref is not None:
                return ref, None
        return None

    def _echoed_in_body(self, q: QuoteRecord, after: int) -> bool:
        """The body quotes the same words again (a headline quote taken from the story)."""
        needle = normalised_words(q.text)
        return bool(needle) and f" {needle} " in f" {normalised_words(self.text[after:])} "

    def _kind(self, q: QuoteRecord) -> str:
        p = q.pair
        s_start = self.sentences[q.sent][3]
        before = self.text[s_start : p.open].rstrip()
        body = q.text.lstrip("(")
        initial = body[:1].isupper() or body[:1].isdigit()
        if not initial:
            return "partial"
        if (
            not re.search(r"\w", before)
            or before.endswith((":", ","))
            or (
                q.cue is not None
                and q.cue.end >= len(before) + s_start - 1
                and before.endswith(q.cue.form)
            )
        ):
            return "full"
        return "partial"

    def _lead_repeats(self, quotes: list[QuoteRecord]) -> None:
        """A government's words in the lead, quoted in full later by its envoy: the envoy."""
        for i, q in enumerate(quotes):
            ref = q.ref
            if ref is None or ref.actor is None or ref.actor.kind != "state":
                continue
            needle = normalised_words(q.text)
            for later in quotes[i + 1 :]:
                a = later.ref.actor if later.ref else None
                if (
                    a is not None
                    and a.kind == "person"
                    and a.affiliation == ref.actor.name
                    and needle in normalised_words(later.text)
                ):
                    q.ref = SpeakerRef(a, None, ref.start, ref.end)
                    break
