"""A definite spokesperson is the unnamed one the article brought in before with "a" and a
body's name, and speaks for that body: "A Volkswagen corporate spokesman said ..." then
""Q," the company spokesman said" and "The Volkswagen spokesman said" are Volkswagen's; "A
Toyota Motor North America representative told FOX Business ..." then ""Q," the
spokesperson said" is Toyota Motor North America's."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor, SpeakerRef
from ..vocabulary import role_has
from .bodies import PRINCIPAL_BODY_NOUNS, spelled_out_spokesperson
from .titles import SPOKESPERSON_WORDS

#: Nouns of an unnamed person who speaks for a body named before the noun:
#: data/words/speaking_representatives.txt.
SPEAKING_REPRESENTATIVES = word_set("speaking_representatives")

#: The evidence for a speaker placed by :func:`introduced_body`.
INTRODUCED_SPOKESPERSON = "the body whose unnamed spokesperson the article brought in before"

_INTRODUCTION = re.compile(
    r"\b[Aa]n? ((?:[A-Z][\w.&'\u2019-]*\s+)+(?:[a-z]+\s+)?)("
    + "|".join(sorted(SPEAKING_REPRESENTATIVES))
    + r")\b"
)


def introduction_before(index, start: int) -> re.Match | None:
    """The last unnamed spokesperson brought in with "a"/"an" and a capitalised body's name
    before ``start``, outside quotations ("A Volkswagen corporate spokesman", "A Toyota
    Motor North America representative"), or None.

    >>> from ...article import article_from_text
    >>> from ..actor_index import actor_index
    >>> art = article_from_text(
    ...     "A Volkswagen corporate spokesman said it was ready. Later the spokesman spoke.",
    ...     date="2024-01-01",
    ... )
    >>> introduction_before(actor_index(art), 60).group(0)
    'A Volkswagen corporate spokesman'
    """
    found = None
    for m in _INTRODUCTION.finditer(index.text, 0, start):
        if not index.in_quote(m.start()):
            found = m
    return found


def fits_introduction(words: list[str], intro: str) -> bool:
    """The definite spokesperson's ``words`` (as written, with "the") say nothing the
    introduction ``intro`` does not: each modifier is a noun of a body ("the company
    spokesman") or a capitalised word of the introduction ("The Volkswagen spokesman").

    >>> fits_introduction("The Volkswagen spokesman".split(), "Volkswagen corporate spokesman")
    True
    >>> fits_introduction("the foreign ministry spokesman".split(), "Volkswagen corporate spokesman")
    False
    """
    if words[:1] not in (["the"], ["The"]) or words[-1].lower() not in SPOKESPERSON_WORDS:
        return False
    said = set(intro.split())
    return all(
        w.lower() in PRINCIPAL_BODY_NOUNS or (w[:1].isupper() and w in said) for w in words[1:-1]
    )


def introduced_body(index, text: str, start: int) -> Actor | None:
    """The body whose unnamed spokesperson (:func:`introduction_before`) the definite
    spokesperson ``text`` at ``start`` names again ("the company spokesman", "the
    spokesperson"): the actor the introduction's capitalised words name ("Volkswagen"),
    made if the index has none ("Toyota Motor North America"); None when the definite
    words say more (:func:`fits_introduction`), when the introduced one was quoted as
    described ("A Foreign Office spokeswoman said a reply would be "Q"" then "The Foreign
    Office spokeswoman added": the spokeswoman), or when the article names a spokesperson
    ("spokeswoman Caitlin Oakley"), who may be the one meant.

    ``index`` is the article's actor index.
    """
    words = text.split()
    found = introduction_before(index, start)
    if found is None or not fits_introduction(words, found.group(0)):
        return None
    for a in index.actors:
        named = a.kind == "person" and a.role and not a.key.startswith("unnamed:")
        if named and any(role_has(a.role, w) for w in SPOKESPERSON_WORDS):
            return None
    intro = " ".join(found.group(0).split()[1:])
    spelled = spelled_out_spokesperson(index, found.start(), found.end())
    if any("unnamed:" + n.lower() in index.actors_by_key for n in (intro, *(spelled or ())[:1])):
        return None  # "A Foreign Office spokeswoman said ... "Q"": she speaks, as described
    name = " ".join(w for w in found.group(1).split() if w[:1].isupper())
    m = index.mention_starting(found.start(1))
    if m is not None and m.actor.kind in ("organisation", "group") and m.actor.name == name:
        return m.actor
    key = "group:" + name.lower()
    actor = index.actors_by_key.get(key) or index.new_actor("organisation", name, key)
    if not actor.mentions:
        actor.first = (found.start(1), found.start(1) + len(name))
    return actor


def introduced_speaker(index, note, text: str, start: int) -> SpeakerRef | None:
    """The reference to the body (:func:`introduced_body`) that the definite spokesperson
    ``text`` at ``start`` speaks for, the span noted as the body's (``note``); else None."""
    body = introduced_body(index, text, start)
    if body is None:
        return None
    note(body, start, start + len(text))
    return SpeakerRef(body, None, start, start + len(text), True, INTRODUCED_SPOKESPERSON)


#: The evidence for a speaker placed by :func:`bare_spokesperson`.
BARE_SPOKESPERSON = "the unnamed spokesperson described more fully just before"

#: "a"/"an" before a description, or opening it.
_INDEFINITE_BEFORE, _INDEFINITE_OPENING = re.compile(r"\b[Aa]n?\s+$"), re.compile(r"[Aa]n?\s")


def brought_in_with_a(text: str, start: int) -> bool:
    """The description at ``start`` opens with "a"/"an" or stands right after one.

    >>> brought_in_with_a("A spokesman for Heathrow said", 0)
    True
    >>> brought_in_with_a("said a spokesman", 7), brought_in_with_a("the spokesman", 4)
    (True, False)
    """
    return bool(
        _INDEFINITE_OPENING.match(text, start)
        or _INDEFINITE_BEFORE.search(text[max(0, start - 4) : start])
    )


#: The most paragraphs between the fuller description and the bare one.
_AGAIN_REACH = 3


def bare_spokesperson(reader, begin: int, end: int) -> SpeakerRef | None:
    """A bare "a spokesperson" (the title alone, from ``begin`` to ``end``) is the unnamed spokesperson
    the text described more fully with "a" in the same paragraph or the three before, when
    no other person is mentioned between the two: "A Department of Health and Social Care
    spokesperson said the government had invested ... ¶ "Q," a spokesperson added"; "A
    spokesman for Heathrow said ... ¶ A spokesman said the airport ... got "back to
    normal"". ``reader`` is the :class:`Attributor`; None when there is no such one.

    Pages hospice_beds_unused_dhsc_spokesperson_stuffunknown and
    heathrow_snow_flights_cancelled_spokesman_irishtimes."""
    span = (begin, end)
    words = reader.text[begin:end].split()
    if len(words) != 2 or words[0].lower() not in ("a", "an") or words[1] not in SPOKESPERSON_WORDS:
        return None
    unnamed = [
        (start, a)
        for a in reader.index.actors
        if a.key.startswith("unnamed:") and a.kind == "person"
        for start, _ in (*a.mentions, *reader.extra.get(id(a), ()))
        if start < span[0]
    ]
    if not unnamed:
        return None
    start, actor = max(unnamed, key=lambda found: found[0])
    words = actor.name.lower().split()
    if len(words) < 2 or not SPOKESPERSON_WORDS.intersection(words):
        return None
    if not brought_in_with_a(reader.text, start) or any(
        m.actor.kind == "person" and not m.in_quote
        for m in reader.index.mentions_in(start + 1, span[0])
    ):
        return None
    par = reader.par_of_sent[reader.sent_of(span[0])]
    if par - reader.par_of_sent[reader.sent_of(start)] > _AGAIN_REACH:
        return None
    reader.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, True, BARE_SPOKESPERSON)
