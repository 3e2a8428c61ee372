"""The subject of the verb that issued an indefinite document issued it: "The Indian
Embassy in Washington issued a strong statement" ... "the statement read"; also the subject
of a verb done in or with it ("said in a statement", "responded with a statement"), and one
before an apposition ("X, the EU's diplomatic arm, issued a statement"; apposed_issuers)."""

from __future__ import annotations

from dataclasses import replace

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import BE_FORMS, CONJUNCTIONS, PREPOSITIONS
from .apposed_issuers import (
    apposed_name_label,
    apposed_person,
    only_auxiliaries,
    subject_before_apposition,
)
from .authoring_verbs import ADOPTING_VERBS, AUTHORING_VERBS
from .head_noun_issuers import head_noun_body, head_noun_name, the_bare_noun
from .unnamed_issuers import ISSUED as _ISSUED  # how the evidence says it issued it

#: Prepositions between a verb in the past and the document it was done in or with.
VERB_PREPOSITIONS = frozenset(["in", "with"])

#: Endings of a verb done in a document: the past ("said", "announced"), or the present a
#: trade story reports in ("the Minnesota health system says in a release").
_DONE_IN_ENDS = ("ed", "said", "wrote", "says", "writes")

#: Kinds of actor that issue a document under their own name, a state among them.
_SUBJECT_ISSUERS = ("organisation", "group", "person", "state")


def subject_issued_it(att, words: list[Token], first: int) -> SpeakerRef | None:
    """``The Indian Embassy in Washington issued a strong statement`` then ``"Q," the
    statement read``: the subject of the clause whose verb issued the indefinite document
    named from ``words[first]`` ("issued", "released"), or whose verb was done "in" it
    ("said in a statement", "committed ... in a communique"), issued it; a body the index
    does not know is named by its capitalised words. ``words`` open the sentence or the
    verb's object ("Unifor, Canada's largest ... union ..., released a statement on Friday
    stressing": Unifor; tim_hortons_wage_duguid_thespec); ``att`` is an :class:`Attributor`."""
    if first < 2 or words[first - 1].lower not in ("a", "an"):
        return None
    j = first - 2
    if words[j].lower in VERB_PREPOSITIONS and j > 0:  # not a phrase opening with "in"
        j -= 1  # "said in a statement", "wrote in a letter", "responded with a statement"
        if not words[j].text.islower() or not words[j].lower.endswith(_DONE_IN_ENDS):
            return None
        if words[j - 1].lower in BE_FORMS:
            return None  # "details ... were revealed in an indictment": no subject issued it
    elif words[j].lower not in AUTHORING_VERBS and words[j].lower not in ADOPTING_VERBS:
        return None
    s_start = att.sentences[words[j].sent][3]
    clause = last_clause(att, s_start, words[j].start)
    if apposed := only_auxiliaries(clause):  # "X, the EU's diplomatic arm, issued": X
        before_verb = att.toks_between(s_start, words[j].start)
        if (m := apposed_person(att.index, before_verb)) is not None:  # "A spokesman, X,"
            return SpeakerRef(m.actor, None, m.start, m.end, how=_ISSUED)
        clause = subject_before_apposition(before_verb)
    if not clause:
        return None
    ref = att.resolve_span(clause[0].start, clause[-1].end, words[j].start)
    if ref is None or bare_description(ref, clause):  # "The hotel issued ...": that hotel
        ref = head_noun_body(att.index, clause, words[j].start) or ref
    if ref is not None and ref.actor is not None and ref.actor.kind in _SUBJECT_ISSUERS:
        return replace(ref, how=_ISSUED)
    label = body_name_label(clause) or (apposed and apposed_name_label(clause))
    label = label or head_noun_name(att, clause, words[j].start)  # "The hotel": "Antrobus Hotel"
    unread = ref is None or bare_description(ref, clause)
    return replace(label, how=_ISSUED) if label and unread else None


def bare_description(ref: SpeakerRef, clause: list[Token]) -> bool:
    """``the zoo announced in a statement`` (chester_zoo_chimpanzee_birth_lenihan_people):
    the subject ``clause`` is "the" and one lower-case noun that the resolver read as a
    description with no actor behind it, which a body named before may take up.

    >>> from hrlesson.speech.tokens import tokenize
    >>> bare_description(SpeakerRef(None, "zoo", 4, 7), tokenize("the zoo", [0]))
    True
    >>> bare_description(SpeakerRef(None, "zoo officials", 4, 7), tokenize("zoo officials", [0]))
    False
    """
    return ref.actor is None and the_bare_noun(clause)


def last_clause(att, start: int, end: int) -> list[Token]:
    """The words between ``start`` and ``end`` after the last comma, colon, semicolon or
    "that" ("NEW DELHI: The Indian Embassy": "The Indian Embassy"; "The New York Times
    reported that A and B": "A and B"); none when they open with a preposition or a
    conjunction. ``att`` is an :class:`Attributor`."""
    words: list[Token] = []
    for t in att.toks_between(start, end):
        if t.text in ",;:" or t.text == "that":
            words = []
        elif t.text[0].isalnum():
            words.append(t)
    if not words or words[0].lower in PREPOSITIONS or words[0].lower in CONJUNCTIONS:
        return []
    return words


def body_name_label(words: list[Token]) -> SpeakerRef | None:
    """``The Indian Embassy in Washington``: a subject that is only "the" and capitalised
    words (joined by "in", "of" or "for") names a body the index does not know; its label.

    >>> from hrlesson.speech.tokens import tokenize
    >>> body_name_label(tokenize("The Indian Embassy in Washington", [0])).label
    'Indian Embassy in Washington'
    >>> body_name_label(tokenize("The embassy in Washington", [0])) is None
    True
    """
    if len(words) < 3 or words[0].lower != "the" or not words[-1].cap:
        return None
    name = words[1:]
    if not all(w.cap or w.lower in ("in", "of", "for") for w in name) or not name[1].cap:
        return None
    if not name[0].cap or any(w.lower in CONJUNCTIONS for w in name):
        return None
    return SpeakerRef(None, " ".join(w.text for w in name), name[0].start, name[-1].end)
