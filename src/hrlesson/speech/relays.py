"""News agencies and social platforms relay words; they do not speak them: ``X described
the incident as "Q," Reuters reported`` is X's, ``"Q," the minister's Facebook post said``
is the minister's."""

from __future__ import annotations

from dataclasses import replace

from .documents.issuers import described_possessor
from .kinds import names_outlet
from .records import Actor, Cue, SpeakerRef
from .spokespeople.relaying import relaying_spokesperson
from .vocabulary import ADVERBS, CONJUNCTIONS, FINITE_BE, SOCIAL_PLATFORMS

#: Lemmas of the verbs an outlet relays someone's words with ("Reuters reported").
_RELAY_LEMMAS = frozenset(["report", "say", "cite", "quote"])

#: Kinds of actor whose words an outlet relays.
_SPEAKER_KINDS = ("person", "organisation", "state", "group")


def is_outlet(actor: Actor | None) -> bool:
    """A news agency or outlet ("Reuters", "Italian news agency Ansa", "TesfaNews").

    >>> from hrlesson.speech.records import Actor
    >>> is_outlet(Actor("organisation", "Reuters")), is_outlet(Actor("person", "Di Maio"))
    (True, False)
    """
    if actor is None:
        return False
    return names_outlet(actor.name)


def is_platform(actor: Actor | None) -> bool:
    """A social platform ("Facebook", "Twitter"): where words are posted, not who posts.

    >>> from hrlesson.speech.records import Actor
    >>> is_platform(Actor("organisation", "Facebook"))
    True
    """
    return actor is not None and actor.name.lower() in SOCIAL_PLATFORMS


def aside_closed(between: str) -> bool:
    """The words between an "according to" aside's source and the verb after it: the
    comma that closes the aside, then adverbs only (``X, according to Reuters, further
    stated``).

    >>> aside_closed(", further "), aside_closed(", "), aside_closed(" reported ")
    (True, True, False)
    """
    between = between.strip()
    return between.startswith(",") and all(w.lower() in ADVERBS for w in between[1:].split())


#: The most words after the subject's first name to look for the verb ("and Qatar are").
_SUBJECT_TAIL = 5


def ongoing_after(words: list) -> bool:
    """The words after a clause's subject's name (the rest of a coordinated subject at
    most) open a progressive verb (``Egypt and Qatar are exerting "intensive efforts"
    ..., Egyptian media said``, ``Yellen and others are hoping to stymie ... "Q," Reuters
    reports``): the clause tells what is going on, the outlet's own report, not what the
    subject said.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ongoing_after(tokenize("and Qatar are exerting efforts", [0]))
    True
    >>> ongoing_after(tokenize("wished the envoy success", [0]))
    False
    """
    words = words[:_SUBJECT_TAIL]
    if any(not t.text[0].isalnum() for t in words):
        return False
    be = next((k for k, t in enumerate(words) if t.lower in FINITE_BE), None)
    if be is None:
        return False
    rest = [t for t in words[be + 1 :] if t.lower not in ADVERBS]
    return bool(rest) and rest[0].text.islower() and rest[0].lower.endswith("ing")


#: The most words after a verb that closes its sentence ("the statement said on Friday.").
_CLOSING_TAIL = 4

#: The most words in the subject of a verb that closes its sentence ("the statement").
_CLOSING_SUBJECT = 4


def closes_sentence(rest: str) -> bool:
    """The words ``rest`` after a verb, to the sentence's end, are a short tail with no
    quotation or clause of its own: the verb closes the sentence ("..., the statement
    said.").

    >>> closes_sentence("."), closes_sentence(" on Friday."), closes_sentence(" that it was “Q”.")
    (True, True, False)
    """
    words = rest.split()
    return (
        len(words) <= _CLOSING_TAIL
        and not any(ch in rest for ch in '"“”‘’,;:')
        and not any(w.lower() == "that" for w in words)
    )


class RelayRules:
    """The rule for quotes relayed by an outlet or posted on a platform (a part of
    :class:`Attributor`, tried before the reporting verb after the quote decides)."""

    def rule_relayed(self, w) -> bool:
        """``Italian Foreign Minister Luigi Di Maio characterized the incident as "extremely
        grave," Reuters reported.``: a quote after its clause's subject (a speaker, or the
        subject of a reporting verb before the quote), then a news agency's reporting verb,
        is the subject's; the agency only relays it (attribution ``relayed``).
        ``"Q," the minister's Facebook post said``: a platform named as the subject of the
        verb after the quote is where the words were posted; its possessor speaks."""
        if (ref := self._source_around_aside(w)) is not None:
            w.quote.cue, w.quote.ref = w.cues_before[-1], ref
            w.quote.attribution = "speaker_cue_clause"
            return True
        if (closing := self._closing_after_outlet(w)) is not None:
            w.quote.cue, w.quote.ref, w.quote.attribution = closing, closing.subject, "relayed"
            return True
        if not w.cues_after:
            return False
        post = w.cues_after[0]
        subj = post.subject
        if subj is None:
            return False
        if is_platform(subj.actor):
            ref = self._platform_poster(subj)
        elif is_outlet(subj.actor) and post.lemma in _RELAY_LEMMAS:
            ref = self._relayed_speaker(w)
        elif relaying_spokesperson(self.text, subj) and post.lemma == "say":
            said = [c for c in w.cues_before if c.subject is not None and c.lemma]
            ref = said[-1].subject if said else None  # "X condemned ... "Q", a spokesperson said"
        else:
            return False
        if ref is None:
            return False
        q = w.quote
        said = [c for c in w.cues_before if c.subject is not None and c.subject.actor is ref.actor]
        saying = self._saying_after_object(w) or self._quoted_by_outlet(w)
        if saying is not None and saying[0].actor is ref.actor:
            # '"Q," AP reported Vladimir Putin as saying': Putin says it ("saying")
            q.cue, q.ref, q.attribution = saying[1], ref, "relayed"
        elif said:  # 'Di Maio described the incident as "Q," Reuters reported': "described"
            q.cue, q.ref, q.attribution = said[-1], said[-1].subject, "speaker_cue_clause"
        elif is_platform(subj.actor):  # '"Q," the minister's Facebook post said': "said"
            q.cue, q.ref, q.attribution = post, ref, "relayed"
        else:
            q.cue, q.ref, q.attribution = None, ref, "relayed"
        return True

    def _closing_after_outlet(self, w) -> Cue | None:
        """``Channels Television reported that, Faced with "Q1" ... and "Q2", the
        authorities have decided to ..., the statement said.`` (niger_junta_french_ambassador_
        48_hours_ngdailynews): an outlet's verb of relaying before the quote, and a reporting
        verb closing the sentence after a comma, its subject between them: that closing
        verb's subject speaks, the outlet only relays what it said. The closing cue, else
        None."""
        if not w.cues_before or not w.cues_after:
            return None
        outlet = w.cues_before[-1]
        if outlet.lemma not in _RELAY_LEMMAS or outlet.subject is None:
            return None
        closing = w.cues_after[-1]
        ref = closing.subject
        if (
            not is_outlet(outlet.subject.actor)
            or ref is None
            or (ref.actor is None and not ref.label)
        ):
            return None
        if is_outlet(ref.actor) or is_platform(ref.actor):
            return None  # '"Q," Reuters reported' after it
        comma = self.text.rfind(",", w.quote.pair.close, closing.start)
        if comma == -1 or not closes_sentence(self.text[closing.end : w.s_end]):
            return None
        subject = self.text[comma + 1 : closing.start].split()
        return closing if 0 < len(subject) <= _CLOSING_SUBJECT else None

    def _relayed_speaker(self, w) -> SpeakerRef | None:
        """The speaker of the clause before the quote: the subject of its reporting verb,
        or of its first clause ("Luigi Di Maio characterized the incident as"); or the one
        the agency quotes ('"Q", Xinhua cited ISNA as quoting Marzieh Afkham')."""
        before = [c for c in w.cues_before if c.subject is not None]
        q = w.quote
        quoted = self._quoted_by_outlet(w)
        if quoted is not None:
            quoted = quoted[0]
        elif (saying := self._saying_after_object(w)) is not None:
            quoted = saying[0]  # '"Q," AP reported Vladimir Putin as saying'
        if quoted is not None:
            return quoted
        if before:
            ref = before[-1].subject
        elif w.starts or self.text[w.s_start : q.pair.open].rstrip().endswith((":",)):
            return None  # '"Q," Reuters reported': the agency's own story
        else:
            ref = self._clause_subject(w.s_start, q.pair.open)
            if ref is not None and ongoing_after(self.toks_between(ref.end, q.pair.open)):
                return None  # "Egypt and Qatar are exerting "Q" ..., Egyptian media said"
        if ref is None or ref.actor is None or ref.actor.kind not in _SPEAKER_KINDS:
            return None
        if is_outlet(ref.actor) or is_platform(ref.actor):
            return None
        return replace(ref, how=ref.how or "a news agency relays it")

    def _source_around_aside(self, w) -> SpeakerRef | None:
        """``But Israeli officials, according to Reuters, say that Hamas approved a
        proposal that had been "softened"``: the agency in an aside between the subject
        and its verb only relays; the subject before the aside speaks."""
        if not w.cues_before or w.cues_before[-1].subject is None:
            return None
        cue = w.cues_before[-1]
        if not is_outlet(cue.subject.actor):
            return None
        aside = self.text.rfind(", according to", w.s_start, cue.subject.start)
        if aside == -1 or not aside_closed(self.text[cue.subject.end : cue.start]):
            return None
        words = [t for t in self.toks_between(w.s_start, aside) if t.text[0].isalnum()]
        while words and words[0].lower in CONJUNCTIONS:
            words = words[1:]  # "But Israeli officials"
        if not words or any(t.text in ",;:" for t in self.toks_between(words[0].start, aside)):
            return None
        ref = self.resolve_span(words[0].start, aside, cue.start)
        if ref is None or (ref.actor is None and not ref.label) or is_outlet(ref.actor):
            return None
        return replace(ref, how=ref.how or "a news agency relays it")

    def _saying_after_object(self, w) -> tuple[SpeakerRef, Cue] | None:
        """``"Q," AP reported Vladimir Putin as saying``: the one named between the agency's
        verb and "as saying" (at most six words) speaks, with "saying" as the cue; the
        agency only relays the words."""
        post = w.cues_after[0]
        words = [t for t in self.toks_between(post.end, w.s_end) if t.text[0].isalnum()]
        k = next((k for k, t in enumerate(words[:7]) if t.lower == "as"), None)
        if not k or k + 1 >= len(words) or not words[k + 1].lower.endswith("ing"):
            return None  # "as saying", "as telling": a reporting participle after "as"
        cue = next((c for c in w.cues_after[1:] if c.start == words[k + 1].start), None)
        ref = self.resolve_span(words[0].start, words[k - 1].end, post.start)
        if cue is None or ref is None or ref.actor is None or is_outlet(ref.actor):
            return None
        return replace(ref, how=ref.how or "the one a news agency quotes"), cue

    def _quoted_by_outlet(self, w) -> tuple[SpeakerRef, Cue] | None:
        """``Xinhua cited ISNA news agency as quoting Marzieh Afkham``: the one named after
        "quoting" (after the agency's verb, in the quote's sentence) speaks, with
        "quoting" as the cue."""
        post = w.cues_after[0]
        words = [t for t in self.toks_between(post.end, w.s_end) if t.text[0].isalnum()]
        k = next((k for k, t in enumerate(words[:8]) if t.lower == "quoting"), None)
        if k is None or k + 1 >= len(words):
            return None
        ref = self.resolve_span(words[k + 1].start, words[-1].end, post.start)
        if ref is None or ref.actor is None or is_outlet(ref.actor):
            return None
        t = words[k]
        cue = next((c for c in w.cues_after if c.start == t.start), None)
        if cue is None:
            cue = Cue(t.start, t.end, t.text, "quote", post.sent, self.index.token_index(t.start))
        return replace(ref, how=ref.how or "the one a news agency quotes"), cue

    def _platform_poster(self, subj: SpeakerRef) -> SpeakerRef | None:
        """``the minister's Facebook post``: the possessor right before the platform."""
        ti = self.index.token_index(subj.start)
        toks = self.tokens
        if ti == 0 or not toks[ti - 1].poss:
            return None
        ref = described_possessor(self, toks[ti - 1], subj.start)
        if ref is None:  # "Italian Foreign Minister Luigi Di Maio's": the whole name
            k = ti - 1
            while k > 0 and toks[k - 1].cap and not toks[k - 1].poss:
                k -= 1
            ref = self.resolve_span(toks[k].start, toks[ti - 1].end, subj.start)
        if ref is None or ref.actor is None or is_platform(ref.actor):
            return None
        return replace(ref, how=ref.how or "posted it on the platform")
