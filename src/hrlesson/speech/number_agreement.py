"""Agreement and continuity: who can be the subject of a cue when the clause around it
does not say it plainly (a possessive pronoun after a participle; a sentence cut in two)."""

from __future__ import annotations

from ..wordlists import word_set
from .clauses import comma_segments
from .descriptions.postmodifiers import head_word
from .records import Actor, Cue, SpeakerRef
from .subjects.participle_names import participle_name_subject

#: Possessive pronouns and what they refer to: a plural, a man, a woman, a body.
POSSESSIVES = {"their": "plural", "his": "m", "her": "f", "its": "body"}

#: Verbs whose possessed object is the subject's own ("voicing their concern"); after others
#: the owner is often someone else ("accusing his government").
OWN_OBJECT_VERBS = word_set("own_object_verbs")

_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "him", "them", *POSSESSIVES])


def agrees(ref: SpeakerRef, possessive: str) -> bool | None:
    """Whether the speaker ``ref`` can be the owner a possessive pronoun points back to:
    True, False, or None when the kit cannot tell.

    >>> person = SpeakerRef(Actor("person", "Mustafa Ismail", gender="m"), None, 0, 1)
    >>> agrees(person, "their"), agrees(person, "his")
    (False, True)
    >>> agrees(SpeakerRef(None, "eight experts", 0, 1), "their")
    True
    """
    want = POSSESSIVES[possessive]
    actor = ref.actor
    if actor is None:
        words = (ref.label or "").split()
        if not words or not words[-1].islower():
            return None
        return want == "plural" if words[-1].endswith("s") else None
    if actor.kind == "person":
        return actor.gender in (None, want) if want in ("m", "f") else False
    if actor.kind == "plural" or _plural_group(actor):
        return want == "plural"
    return None if want in ("plural", "body") else False


def _plural_group(actor: Actor) -> bool:
    """A group named by a plural noun ("the 15 judges")."""
    last = head_word(actor.name)  # "protesters in Tehran": "protesters"
    return actor.kind == "group" and last.islower() and last.endswith("s")


class ParticipleAgreement:
    """The subject of "..., expressing their concern" (a part of :class:`Attributor`)."""

    def agreeing_participle_subject(self, cue: Cue, ref: SpeakerRef | None) -> SpeakerRef | None:
        """``He was reacting to a statement issued by eight experts ..., expressing their
        grave concern "Q"``: a participle cue after a comma takes the main clause's subject
        (``ref``) unless the possessive pronoun right after it cannot point back to that
        subject ("He" ... "their"); then the first phrase of the clause before the comma
        that agrees with the pronoun ("eight experts") is the subject."""
        if ref is None:  # "Williams was docked ... after calling": the name as written
            return participle_name_subject(self, cue)
        nxt = self._next_word(cue.tok)
        if ref is None or nxt is None or nxt.lower not in POSSESSIVES:
            return ref
        if cue.lemma not in OWN_OBJECT_VERBS:
            return ref
        if agrees(ref, nxt.lower) is not False:
            return ref
        s_start = self.sentences[cue.sent][3]
        segments = comma_segments(self.toks_between(s_start, cue.start))
        words = [t for seg in segments[-2:-1] for t in seg if t.text[0].isalnum()]
        for k, w in enumerate(words):
            if k == 0 or w.lower in _PRONOUNS:
                continue
            other = self.resolve_span(w.start, words[-1].end, cue.start)
            if other is not None and other.start == w.start and agrees(other, nxt.lower):
                return other
        return ref


class BrokenSentence:
    """The subject of a cue that opens a paragraph in lower case (a part of
    :class:`Attributor`)."""

    def subject_across_break(self, cue: Cue) -> SpeakerRef | None:
        """``India's Ambassador Ruchira Kamboj`` / (paragraph break) / ``said that "Q"``: a
        lower-case reporting verb that opens its sentence, after a sentence that ends with
        no stop, continues that sentence; its subject is the end of that one."""
        s = cue.sent
        if s == 0 or not cue.form.islower() or self.text[cue.start - 1 : cue.start] not in "\n":
            return None
        if self._next_nonspace(self.sentences[s][3]) != cue.start:
            return None
        p_start, p_end = self.sentences[s - 1][3], self.sentences[s - 1][4]
        if self.text[p_start:p_end].rstrip()[-1:] in ".!?:;\"”'’)":
            return None
        return self._subject_from_left(p_start, p_end, cue)
