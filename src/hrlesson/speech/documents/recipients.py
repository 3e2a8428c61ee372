"""A document sent out speaks for whoever issued it, never for the one it was sent to:
``documents issued to the first group of asylum seekers stating: "Q"`` (the participle's
subject is the documents, not the asylum seekers); a news release is the body's whose
employee announced it ("X's senior economist Y said in a news release")."""

from __future__ import annotations

from dataclasses import replace

from ..kinds import names_outlet
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS
from .sole_bodies import sole_body_before

#: Verbs that send a document to its recipient ("issued to", "sent to", "handed to").
_SENDING_VERBS = frozenset(
    [
        "addressed",
        "delivered",
        "e-mailed",
        "emailed",
        "given",
        "handed",
        "issued",
        "mailed",
        "provided",
        "sent",
        "served",
    ]
)

#: Document nouns for papers handed to a person ("notices issued to", "a document sent to").
_SENT_PAPERS = DOCUMENT_NOUNS | frozenset(["document", "documents", "notice", "notices"])

#: At most this many words between "to" and the participle (the recipient's description).
_RECIPIENT_WORDS = 14


def recipient_document(words: list[Token]) -> int | None:
    """The index in ``words`` (the words before an -ing cue, in its clause) of a document
    noun followed by a sending verb and "to" whose object runs up to the cue: ``documents
    issued to the first group of asylum seekers`` + ``stating``; else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> recipient_document(tokenize("learned of documents issued to the first group", [0]))
    2
    >>> recipient_document(tokenize("the minister issued to the press", [0])) is None
    True
    """
    for k in range(len(words) - 3, 0, -1):
        if words[k].lower == "to" and words[k - 1].lower in _SENDING_VERBS and k >= 2:
            noun = words[k - 2]
            if noun.lower in _SENT_PAPERS and noun.text.islower():
                return k - 2 if len(words) - k - 1 <= _RECIPIENT_WORDS else None
            return None
    return None


#: At most this many words name the recipient between "to" and "from" ("to NBC 7").
_RECIPIENT_BEFORE_FROM = 5


def past_recipient(toks: list[Token]) -> list[Token]:
    """The tokens after a document noun past the sending verb and recipient that open them,
    when "from" and its issuer follow (``according to a statement sent to NBC 7 from the
    City of San Diego``: ocean_beach_pier_closed_indefinitely_diem_nbcsandiego): the
    document is the issuer's, not the recipient's; else ``toks`` as given.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [t.text for t in past_recipient(tokenize("sent to NBC 7 from the city", [0]))]
    ['from', 'the', 'city']
    >>> [t.text for t in past_recipient(tokenize("sent to NBC 7, from", [0]))][0]
    'sent'
    """
    if len(toks) < 4 or toks[0].lower not in _SENDING_VERBS or toks[1].lower != "to":
        return toks
    for j in range(2, min(len(toks), 3 + _RECIPIENT_BEFORE_FROM)):
        if toks[j].lower == "from":
            return toks[j:] if j > 2 and j + 1 < len(toks) else toks
        if not toks[j].text[0].isalnum():
            return toks  # "sent to NBC 7, from": the phrase ended
    return toks


def sent_from(ref: SpeakerRef | None) -> SpeakerRef | None:
    """The issuer ``ref`` named after "from" past the recipient (:func:`past_recipient`),
    the evidence saying so; None stays None.

    >>> sent_from(SpeakerRef(None, "the city", 0, 8)).how
    'the body the document is from, not the one it was sent to'
    """
    if ref is None:
        return None
    return replace(ref, how=f"{ref.how or 'the body the document is from'}, {_NOT_RECIPIENT}")


#: How the evidence says the recipient before "from" was passed over.
_NOT_RECIPIENT = "not the one it was sent to"


def sent_document_issuer(att, noun: Token) -> SpeakerRef | None:
    """``In what is seen as ..., the Home Office is giving asylum seekers 'an offer you
    can't refuse'. The Guardian has learned of documents issued to the first group of
    asylum seekers ...``: a document sent to someone, its issuer unnamed, is the last body
    named in its own sentence before it or in the sentence before (never a news outlet,
    which only reports it). ``att`` is an :class:`Attributor`."""
    s = noun.sent
    start = att.sentences[s - 1][3] if s > 0 else att.sentences[s][3]
    bodies = [
        m
        for m in att.index.mentions_in(start, noun.start)
        if m.actor.kind == "organisation" and not m.in_quote and not names_outlet(m.actor.name)
    ]
    if not bodies:
        return None
    m = bodies[-1]
    return SpeakerRef(m.actor, None, m.start, m.end, how="the body that sent the document")


def sent_earlier(att, noun: Token) -> SpeakerRef | None:
    """``documents issued to the first group of asylum seekers stating: "Q1"`` then
    ``Further, the document adds: "Q2"``: a definite document noun is the same document
    sent to someone earlier in its paragraph (the noun, singular or plural, before a
    sending verb and "to"); its issuer (:func:`sent_document_issuer`) speaks. ``att`` is
    an :class:`Attributor`."""
    par = att.par_of_sent[noun.sent]
    first = next(
        s
        for s in range(noun.sent, -1, -1)
        if att.par_of_sent[s] == par and (s == 0 or att.par_of_sent[s - 1] != par)
    )
    words = [
        t for t in att.toks_between(att.sentences[first][3], noun.start) if t.text[0].isalnum()
    ]
    stem = noun.lower.rstrip("s")
    for k in range(len(words) - 3, -1, -1):
        w, verb, to = words[k], words[k + 1], words[k + 2]
        if w.lower.rstrip("s") == stem and verb.lower in _SENDING_VERBS and to.lower == "to":
            return sent_document_issuer(att, w)
    return None


#: Nouns for a body's publication: "the release" is the body's, not its employee's.
_RELEASE_NOUNS = frozenset(["release", "releases"])


def release_body(att, words: list[Token], i: int, owner: SpeakerRef | None) -> SpeakerRef | None:
    """``"Q1," Oxfam Australia's senior economist Muheed Jamaldeen said in a news release.``
    then ``"Q2," the release said``: a release (``words[i]``) that a person (``owner``)
    announced, introduced with a possessive body and lower-case title words before the
    name, is that body's (no state: a minister speaks for herself); else None. ``att`` is
    an :class:`Attributor`."""
    if words[i].lower not in _RELEASE_NOUNS or owner is None or owner.actor is None:
        return None
    if owner.actor.kind != "person":
        return None
    before = [t for t in att.toks_between(att.sentences[words[i].sent][3], owner.start)]
    k = len(before) - 1
    while k >= 0 and before[k].text.islower() and len(before) - k <= 4:
        k -= 1
    if k < 0 or k == len(before) - 1 or not before[k].poss:
        return None
    m = next(
        (
            m
            for m in att.index.mentions_in(before[0].start, owner.start)
            if m.start <= before[k].start < m.end
        ),
        None,
    )
    if m is None or m.actor is owner.actor or m.actor.kind == "state":
        return None
    return SpeakerRef(m.actor, None, m.start, m.end, how="the body whose release it is")


#: Nouns for a body's own people, to whom it writes ("members of the drama school body").
_OWN_PEOPLE = frozenset(["members", "staff", "employees"])


def own_people_body(att, words: list[Token], i: int, at: int) -> SpeakerRef | None:
    """``A letter sent to all current and recent members of the drama school body
    confirmed the decision of its board`` (drama_uk_closes_tambling_thestage): a document
    ``words[i]`` sent to the members, staff or employees "of" a body is that body's, the
    description after "of" resolved as any is ("the drama school body": Drama UK, the one
    body the article shows acting); None when it names no body. ``words`` run up to the
    verb at ``at``; ``att`` is an :class:`Attributor`."""
    if i + 3 >= len(words) or words[i + 1].lower not in _SENDING_VERBS:
        return None
    if words[i + 2].lower != "to":
        return None
    k = next(
        (k for k in range(i + 3, min(i + 9, len(words) - 2)) if words[k].lower in _OWN_PEOPLE),
        None,
    )
    if k is None or words[k + 1].lower != "of":
        return None
    ref = att.resolve_span(words[k + 2].start, words[-1].end, at)
    if ref is None or ref.actor is None:  # "the drama school body": the one body acting
        actor = sole_body_before(att, at)
        if actor is None:
            return None
        start, end = words[k + 2].start, words[-1].end
        return SpeakerRef(actor, None, start, end, described=True, how=_SENT_TO_MEMBERS)
    if ref.actor.kind not in ("organisation", "group"):
        return None
    return SpeakerRef(ref.actor, None, ref.start, ref.end, how=_SENT_TO_MEMBERS)


#: How the evidence names the body whose members a document was sent to.
_SENT_TO_MEMBERS = "the body whose members it was sent to"
