"""Who adopted a resolution, told by a noun of adoption before it: 'welcomed the adoption by
the United Nations General Assembly of a resolution on Ukraine' (the Assembly's), or by
"adopted in/at" after it; and those who only backed it ("the sponsors of the resolution")."""

from __future__ import annotations

from ...inflection import verb_forms
from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from .authoring_verbs import ADOPTING_VERBS, DRAFTING_VERBS, verb_before_by
from .summit import MEETING_NOUNS

#: Nouns for the act of adopting a text ('the adoption by X of a resolution').
ADOPTION_NOUNS = frozenset(["adoption", "approval", "passage", "passing"])


def adoption_by_before(att, words: list[Token], i: int, kind: str) -> SpeakerRef | None:
    """The body named between "the adoption by" and "of" right before the resolution
    ``words[i]`` (at most twelve words back) owns it: 'Top EU officials have welcomed the
    adoption by the United Nations General Assembly of a resolution on Ukraine'."""
    if kind != "resolution":
        return None
    for j in range(max(0, i - 12), i - 2):
        if words[j].lower not in ADOPTION_NOUNS or words[j + 1].lower != "by":
            continue
        of = next((k for k in range(j + 2, i) if words[k].lower == "of"), None)
        if of is None or i - of > 3:
            return None
        return organisation_between(att, words[j + 2].start, words[of].start)
    return None


def organisation_between(att, start: int, end: int) -> SpeakerRef | None:
    """The first organisation the text names in ``[start, end)``, as the body that adopted a
    resolution ("adopted in the 47-nation UNHRC", "the adoption by the General Assembly of")."""
    body = next(
        (m for m in att.index.mentions_in(start, end) if m.actor.kind == "organisation"), None
    )
    if body is None:
        return None
    return SpeakerRef(body.actor, None, body.start, body.end, how=ADOPTED_BY)


ADOPTED_BY = "the body that adopted the resolution"


def adopting_body_known(known: SpeakerRef | None, owner: SpeakerRef) -> bool:
    """The resolution's owner ``known`` was found as the body that adopted it, and the new
    ``owner`` was not: a party that later works "to advance this resolution" is a sponsor
    and does not replace the adopting body.

    >>> adopted = SpeakerRef(None, "Assembly", 0, 8, how=ADOPTED_BY)
    >>> adopting_body_known(adopted, SpeakerRef(None, "EU", 9, 11))
    True
    >>> adopting_body_known(None, SpeakerRef(None, "EU", 9, 11))
    False
    """
    return known is not None and known.how == ADOPTED_BY and owner.how != ADOPTED_BY


def adopted_in_body(att, words: list[Token], i: int, kind: str) -> SpeakerRef | None:
    """``the resolution ... which was adopted in the 47-nation UNHRC``, ``a resolution
    passed at the General Assembly``: the body named (within six words) after "adopted
    in/at" owns the resolution ``words[i]``; a later "It also expressed ..." is that body's.
    """
    if kind != "resolution":
        return None
    for j in range(i + 1, min(i + 14, len(words) - 2)):
        if words[j].lower in ADOPTING_VERBS and words[j + 1].lower in ("in", "at", "by"):
            end = words[min(j + 7, len(words) - 1)].end
            return organisation_between(att, words[j + 2].start, end)
    return None


#: Those who drafted, backed or opposed a document: they are not its author.
_BACKER_NOUNS = word_set("drafter_nouns")


def backers_of_document(words: list[Token], i: int) -> SpeakerRef | None:
    """``the sponsors of the resolution maintaining that ...``: the sponsors speak, not
    the body that adopted the resolution ``words[i]``; the phrase itself names them.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("the sponsors of the resolution", [0]) if t.text[0].isalnum()]
    >>> backers_of_document(ws, 4).label
    'sponsors of the resolution'
    """
    if i < 3 or words[i - 1].lower != "the" or words[i - 2].lower != "of":
        return None
    if words[i - 3].lower not in _BACKER_NOUNS:
        return None
    start = words[i - 3].start
    return SpeakerRef(None, " ".join(w.text for w in words[i - 3 : i + 1]), start, words[i].end)


#: Verbs of voting on a text: "The lawmakers voted ... on a resolution".
_VOTING_VERBS = frozenset(verb_forms("vote"))


#: At most this many words before the verb of a sentence whose subject voted.
_SUBJECT_WORDS = 10


def voted_on_at(words: list[Token], i: int) -> int | None:
    """Index of the verb by which a body adopted the resolution ``words[i]``: "voted"
    whose "on"/"for" opens its phrase (at most twelve words back, the preposition at most
    three before the noun), or "adopted"/"passed" right before its determiner, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "The lawmakers voted Thursday by 325 for, 1 against on a resolution calling"
    >>> ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> voted_on_at(ws, 11)
    2
    >>> voted_on_at([t for t in tokenize("The Council adopted a resolution", [0])], 4)
    2
    """
    if i >= 2 and words[i - 1].lower in ("a", "the") and words[i - 2].lower in ADOPTING_VERBS:
        return i - 2
    on = next(
        (k for k in range(i - 1, max(-1, i - 4), -1) if words[k].lower in ("on", "for")), None
    )
    if on is None:
        return None
    return next(
        (k for k in range(on - 1, max(-1, i - 13), -1) if words[k].lower in _VOTING_VERBS), None
    )


def voters_of_resolution(att, noun: Token, kind: str) -> SpeakerRef | None:
    """``The lawmakers voted Thursday by 325 for, 1 against and 19 abstentions on a
    resolution calling on member countries “Q”``, ``The Security Council adopted a
    resolution``: the subject who voted on (adopted) the resolution ``noun`` adopted it (a
    body, or a group such as a parliament's members), its words are theirs; so is "the
    resolution" right after a sentence whose subject voted ("The Council unanimously voted
    Thursday to extend the mission." "The resolution extends ..."). ``att`` is an
    :class:`Attributor`."""
    if kind != "resolution":
        return None
    s_start = att.sentences[noun.sent][3]
    words = [t for t in att.toks_between(s_start, noun.end) if t.text[0].isalnum()]
    k = voted_on_at(words, len(words) - 1)
    if k is None and noun.sent > 0 and [w.lower for w in words] == ["the", noun.lower]:
        s_start = att.sentences[noun.sent - 1][3]  # the sentence before, opened by its subject
        words = att.toks_between(s_start, att.sentences[noun.sent - 1][4])[:_SUBJECT_WORDS]
        verbs = _VOTING_VERBS | ADOPTING_VERBS
        k = next((k for k, w in enumerate(words) if w.lower in verbs), None)
        if k is not None and any(not w.text[0].isalnum() for w in words[:k]):
            return None  # "While X remains unchanged, the resolution adopted"
    if k is None or k == 0:
        return None
    ref = att._clause_subject(s_start, words[k].start)
    if ref is None or ref.actor is None or ref.actor.kind not in ("organisation", "group"):
        return None
    return members_body(att, ref) or SpeakerRef(
        ref.actor, ref.label, ref.start, ref.end, how=ADOPTED_BY
    )


def drafters_after_adopter(known: SpeakerRef | None, words: list[Token], j: int, i: int) -> bool:
    """``The United Nations Security Council adopted a resolution`` then ``The resolution,
    which was drafted by the US and Ecuador, authorized ...``: the "by" at ``words[j]``
    names the drafters of the resolution ``words[i]``, whose adopting body ``known`` is
    already known: the words stay the body's (a vetoed draft stays its drafters').

    >>> from hrlesson.speech.records import Actor
    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("The resolution, drafted by the US", [0]) if t.text[0].isalnum()]
    >>> who = Actor("organisation", "Security Council", key="o")
    >>> council = SpeakerRef(who, None, 0, 5, how=ADOPTED_BY)
    >>> drafters_after_adopter(council, ws, 3, 1), drafters_after_adopter(None, ws, 3, 1)
    (True, False)
    """
    if known is None or known.how != ADOPTED_BY:
        return False
    return words[j].lower == "by" and verb_before_by(words, j, i) in DRAFTING_VERBS


def members_body(att, ref: SpeakerRef) -> SpeakerRef | None:
    """``In a unanimously adopted resolution, the council members also authorized ...``:
    the members of a body ("the council" the text names: the UN Security Council) adopt a
    resolution as that body. ``ref`` is the group; ``att`` an :class:`Attributor`."""
    if ref.actor is None or ref.actor.kind != "group":
        return None
    toks = [t for t in att.toks_between(ref.start, ref.end) if t.text[0].isalnum()]
    if len(toks) < 3 or toks[-1].lower != "members" or toks[0].lower != "the":
        return None
    body = att.resolve_span(toks[0].start, toks[-2].end, ref.start)
    if body is None or body.actor is None or body.actor.kind != "organisation":
        return None
    return SpeakerRef(body.actor, None, ref.start, ref.end, how=ADOPTED_BY)


def meeting_adopted(att, words: list[Token], i: int, kind: str) -> SpeakerRef | None:
    """``The motion passed at the NAHT headteachers’ conference this afternoon said``: a
    resolution passed at a meeting the text names but the index does not know (a
    conference, a congress) is the meeting's, named as the text writes it.
    ``att`` is an :class:`Attributor`."""
    if kind != "resolution":
        return None
    for j in range(i + 1, min(i + 4, len(words) - 2)):
        if words[j].lower not in ADOPTING_VERBS or words[j + 1].lower != "at":
            continue
        last = min(j + 8, len(words))
        k = next((k for k in range(j + 2, last) if words[k].lower in MEETING_NOUNS), None)
        if k is None:
            return None
        first = j + 3 if words[j + 2].lower == "the" else j + 2
        name = att.text[words[first].start : words[k].end]
        return SpeakerRef(None, name, words[first].start, words[k].end, how=ADOPTED_BY)
    return None
