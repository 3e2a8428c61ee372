"""A state that speaks through a body the article names: "Mexico seeks ..." is the words of
"Mexico's Foreign Ministry", the body that spoke."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor, SpeakerRef
from ..vocabulary import COUNTRIES, DEMONYMS
from .governments import ADJECTIVE_GOVERNMENT

#: Nouns of a body that speaks for its state: data/words/speaking_state_bodies.txt.
SPEAKING_STATE_BODIES = word_set("speaking_state_bodies")


def body_state(actor: Actor) -> str | None:
    """The state whose body ``actor`` is, named in its name by the state's name or
    adjective before a body noun ("Mexico's Foreign Ministry", "Chinese Foreign
    Ministry", "Sri Lankan government"), or the unnamed official who speaks for it
    ("North Korea's foreign ministry spokesman"); None for any other actor, and for a body that
    names a state it works in ("UN peacekeeping mission in the Democratic Republic of
    Congo").

    >>> body_state(Actor("organisation", "Mexico’s Foreign Ministry"))
    'Mexico'
    >>> body_state(Actor("organisation", "Sri Lankan government"))
    'Sri Lanka'
    >>> body_state(Actor("group", "Egyptian presidency"))
    'Egypt'
    >>> body_state(Actor("person", "North Korea's foreign ministry spokesman", key="unnamed:"))
    'North Korea'
    >>> body_state(Actor("organisation", "Foreign Ministry")) is None
    True
    >>> body_state(Actor("organisation", "UN peacekeeping mission in the Democratic Republic of Congo")) is None
    True
    >>> body_state(Actor("organisation", "Amnesty International")) is None
    True
    """
    words = [w.removesuffix("'s").removesuffix("’s") for w in actor.name_tokens]
    unnamed = actor.kind == "person" and actor.key.startswith("unnamed:")
    if not (unnamed or actor.kind in ("organisation", "group")):
        return None
    if not SPEAKING_STATE_BODIES & set(words):
        return None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            state = COUNTRIES.get(phrase) or DEMONYMS.get(phrase)
            if state is not None and "in" not in words[:i]:  # "a mission in Congo": not Congo's
                return state
    return None


def written_body_state(ref: SpeakerRef, text: str) -> str | None:
    """The state of the body ``ref`` names as the text writes it at that mention, when the
    actor's own name dropped the state's adjective: "the Russian foreign ministry said" is
    Russia's "foreign ministry" (:func:`body_state` of the words written there).

    >>> ministry = Actor("organisation", "foreign ministry")
    >>> t = "the Russian foreign ministry said"
    >>> written_body_state(SpeakerRef(ministry, None, 0, 28), t)
    'Russia'
    >>> written_body_state(SpeakerRef(ministry, None, 0, 3), "the ministry said") is None
    True
    """
    actor = ref.actor
    written = " ".join(text[ref.start : ref.end].split())
    if actor is None or not written or written == actor.name:
        return None
    return body_state(Actor(actor.kind, written, key=actor.key))


def _same_state(a: str, b: str) -> bool:
    """``DR Congo`` and ``Congo``: two names of one state (the same name, or the same last
    word of the canonical names)."""
    a, b = COUNTRIES.get(a.lower(), a), COUNTRIES.get(b.lower(), b)
    return a == b or a.split()[-1] == b.split()[-1]


#: The evidence for a speaker placed by :func:`states_speak_through_bodies`.
STATE_BODY = "the one body of that state that speaks"

#: An offset after every text: where an actor that never speaks "first speaks".
_NEVER = 1 << 62


def first_in_text(refs: list[SpeakerRef], in_headline) -> dict[int, int]:
    """Where each actor (by ``id``) first speaks in the body of the text, headline and
    heading lines (``in_headline``) aside."""
    first: dict[int, int] = {}
    for ref in refs:
        if ref.actor is not None and not in_headline(ref.start):
            first[id(ref.actor)] = min(ref.start, first.get(id(ref.actor), ref.start))
    return first


def states_speak_through_bodies(
    quoted: list[SpeakerRef], subjects: list[SpeakerRef], in_headline, text: str = ""
) -> None:
    """A state given as a speaker ("China yesterday announced ...", "Russia has threatened
    ...") when the article also has the state's own body speak ("The Chinese Foreign
    Ministry said"): the words are that body's, the speaker as the article names it.
    Only when one body of that state speaks (two ministries leave the state as it is), and
    only when that body speaks in quotations of its own (``quoted``, the quotes' speakers),
    or has spoken (``subjects``, the reporting verbs' subjects, too) before the state's words
    in the body of the text (``in_headline`` tells an offset on a headline or heading line).
    A body that only "had also refuted the allegations" six paragraphs after "China today
    said ... "politically motivated"" is another speaker, and a heading's "Russia says ...
    'Washington's tools'" is Russia's when the ministry said nothing in quotation marks. A
    headline's state that the text then has speak itself before its body does is the
    state ("Russia blames US for 'illegal' Bout extradition", then "Russia said Tuesday
    ... was an illegal act", then "the Russian foreign ministry said"), as the headline
    sums up the lead. A body whose name dropped its state's adjective is that state's where
    the ``text`` writes it ("the Russian foreign ministry said": :func:`written_body_state`).
    A "the government" named as its government only by :func:`adjective_government` is the
    state here, no body of its own. Each ref is updated in place."""
    bodies: dict[str, dict[int, Actor]] = {}
    for ref in quoted + subjects:
        if ref.how and ADJECTIVE_GOVERNMENT in ref.how:
            continue  # "the government" the state, named as the article names its government
        state = body_state(ref.actor) if ref.actor is not None else None
        state = state or written_body_state(ref, text)
        if state is not None:
            bodies.setdefault(state, {})[id(ref.actor)] = ref.actor
    if not bodies:
        return
    quoting = {id(ref.actor) for ref in quoted if ref.actor is not None}
    first = first_in_text(quoted + subjects, in_headline)
    for ref in quoted + subjects:
        if ref.actor is None or ref.actor.kind != "state":
            continue
        found = [b for s, b in bodies.items() if _same_state(s, ref.actor.name)]
        if len(found) != 1 or len(found[0]) != 1:
            continue
        body = next(iter(found[0].values()))
        body_first = first.get(id(body), _NEVER)
        if in_headline(ref.start):
            speaks = id(body) in quoting and body_first < first.get(id(ref.actor), _NEVER)
        else:
            speaks = id(body) in quoting or body_first < ref.start
        if speaks:
            ref.actor = body
            ref.how = f"{ref.how}, {STATE_BODY}" if ref.how else STATE_BODY
