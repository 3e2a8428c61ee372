"""A state's government named with the state's adjective: "the Turkish government"; "the
government" that goes on with the words of one of its ministries is that ministry."""

from __future__ import annotations

import re

from ..records import Actor
from ..vocabulary import CAPITALS, COUNTRIES, DEMONYMS, is_national

#: "the Turkish government", "a Sri Lankan government" (capitalised adjectives; a
#: capitalised article that opens a sentence is no adjective: "The British government").
_DEMONYM_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?((?:[A-Z][\w'’-]+\s+)+)(government|authorities)"
)


def demonym_government(index, text: str, aff: str | None) -> Actor | None:
    """``the Turkish government said``, ``UK authorities said``: the government as a body of
    its own, named by the article's words ("Turkish government", "UK authorities") and
    representing its state, not the state itself; None for "the government" or "the
    authorities" without a state's adjective.
    ``index`` is the article's actor index, ``aff`` the adjective's country.

    >>> from types import SimpleNamespace
    >>> index = SimpleNamespace(actors_by_key={}, new_actor=lambda kind, name, key: Actor(kind, name),
    ...     actor_for_country=lambda country: None)
    >>> demonym_government(index, "The British government", "United Kingdom").name
    'British government'
    >>> demonym_government(index, "Venezuelan authorities", "Venezuela").name
    'Venezuelan authorities'
    """
    m = _DEMONYM_GOVERNMENT.fullmatch(text.strip())
    if m is None or not is_national(aff) or re.search(r"['’]s?\s", m.group(1)):
        return None  # "South Sudan's government": the state's own (see body_names)
    key = f"{m.group(2)}:{aff.lower()}"
    actor = index.actors_by_key.get(key)
    if actor is None:
        actor = index.new_actor("organisation", f"{' '.join(m.group(1).split())} {m.group(2)}", key)
        actor.represents = index.actor_for_country(aff)
        actor.affiliation = aff
    return actor


#: "the Maduro government": one capitalised word (not a place's) before "government".
_LEADER_GOVERNMENT = re.compile(r"[Tt]he\s+([A-Z][\w'’-]+)\s+government")


def leader_government(index, text: str) -> Actor | None:
    """``The Maduro government rejected the report``: a government named by its leader (a
    capitalised word that is no country, demonym or capital) is a body of its own,
    "Maduro government", not the state it governs. ``index`` is the article's actor index.

    >>> from types import SimpleNamespace
    >>> index = SimpleNamespace(actors_by_key={}, new_actor=lambda kind, name, key: Actor(kind, name))
    >>> leader_government(index, "the Maduro government").name
    'Maduro government'
    >>> leader_government(index, "the Turkish government") is None
    True
    """
    m = _LEADER_GOVERNMENT.fullmatch(text.strip())
    word = m.group(1).lower() if m is not None else ""
    if not word or word in COUNTRIES or word in DEMONYMS or word in CAPITALS:
        return None
    key = "government:" + word
    actor = index.actors_by_key.get(key)
    return actor or index.new_actor("organisation", f"{m.group(1)} government", key)


def government_speaker(index, text: str, aff: str | None, recent_state) -> Actor | None:
    """The speaker of "the government", "the authorities", "the Turkish government": the
    government named by its adjective (:func:`demonym_government`), else the state that
    spoke last (``recent_state()``), else the adjective's country; none for many local
    governments (:func:`local_governments`)."""
    if local_governments(text):
        return None
    actor = leader_government(index, text) or demonym_government(index, text, aff)
    actor = actor or recent_state()
    if actor is not None and bare_authorities(text, aff) and not government_named(index, actor):
        return None
    return actor or (index.actor_for_country(aff) if is_national(aff) else None)


def bare_authorities(text: str, aff: str | None) -> bool:
    """``text`` is "authorities" or "the authorities" with no adjective or country: the
    unnamed officials as the article writes them, not the state named somewhere before
    ("... with temperatures in north India soaring" ... "as authorities say Indian cities
    have become "heat traps"": authorities).

    >>> bare_authorities("Authorities", None), bare_authorities("the authorities", None)
    (True, True)
    >>> bare_authorities("the Turkish authorities", "Turkey"), bare_authorities("the government", None)
    (False, False)
    """
    return aff is None and text.lower().removeprefix("the ").strip() == "authorities"


def government_named(index, state: Actor) -> bool:
    """The article names ``state``'s government itself somewhere: a mention of the state
    right before "government" ("Ethiopia's government on Thursday announced", "the
    Ethiopian government"), so bare "authorities" there are that government. ``index``
    is the article's actor index; the state's own mentions are read, not every mention."""
    for start, end in state.mentions:
        if not index.in_quote(start):
            k = index.token_index(end)
            after = [t.lower for t in index.tokens[k : k + 3] if t.text[0].isalnum()]
            if after[:1] == ["government"] or after[:2] == ["s", "government"]:
                return True
    return False


#: Words that make governments or authorities many local ones, not a state's.
_LOCAL_WORDS = frozenset(["local", "municipal", "regional", "provincial", "county", "city"])


#: Nouns for those who govern.
_GOVERNING_WORDS = frozenset(["government", "governments", "authorities", "authority"])


def local_governments(text: str) -> bool:
    """``text`` describes many governments, or local ones, not one state's government:
    "Local governments around the country voted ..., claiming", "local authorities said",
    "governments" (a plural of "government").

    >>> local_governments("Local governments"), local_governments("the local authorities")
    (True, True)
    >>> local_governments("the authorities"), local_governments("the Turkish government")
    (False, False)
    >>> local_governments("the local council")
    False
    """
    words = text.lower().split()
    if not _GOVERNING_WORDS & set(words):
        return False  # "the local council": a council, maybe one named before
    return "governments" in words or any(w in _LOCAL_WORDS for w in words)


#: The evidence for a speaker placed by :func:`government_ministry`.
GOVERNMENT_MINISTRY = "the ministry of this government that spoke just before"


def _ministry_of(actor: Actor, country: str | None) -> bool:
    """``actor`` is a ministry, of ``country`` when one is given: its name's demonym or
    country, or its affiliation, says so.

    >>> _ministry_of(Actor("organisation", "Venezuelan Foreign Ministry"), "Venezuela")
    True
    >>> _ministry_of(Actor("organisation", "Venezuelan Foreign Ministry"), "Guyana")
    False
    >>> _ministry_of(Actor("organisation", "Amnesty International"), None)
    False
    """
    words = actor.name_tokens
    if actor.kind != "organisation" or "ministry" not in words:
        return False
    if country is None or actor.affiliation == country:
        return True
    return any(DEMONYMS.get(w) == country or COUNTRIES.get(w) == country for w in words)


def government_ministry(recent_at, sent_of, text: str, aff: str | None, at: int) -> Actor | None:
    """``The Syrian Justice Ministry on Tuesday denied the findings ... The government said
    the report was completely "devoid of truth"``: "the government" or "the Venezuelan
    government" whose verb (at ``at``) comes at most three sentences after one of its
    ministries spoke is that ministry, whose words the article goes on with.
    ``recent_at(at, ok)`` finds the latest speaker ``ok`` accepts, with its position;
    ``sent_of`` maps an offset to its sentence; ``aff`` is the description's country."""
    if text.lower().split()[-1:] != ["government"]:
        return None
    found = recent_at(at, lambda a: _ministry_of(a, aff if is_national(aff) else None))
    if found is None or sent_of(found[0]) < sent_of(at) - 3:
        return None
    return found[1]


#: The evidence for a speaker placed by :func:`adjective_government`.
ADJECTIVE_GOVERNMENT = "the state's government as the article names it with the state's adjective"

#: One or two capitalised words before "government": "the Dutch government", "South African
#: government" (the words are checked against the demonyms).
_ADJECTIVE_BEFORE_GOVERNMENT = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+government\b")


def adjective_government(index, text: str, state: Actor | None) -> Actor | None:
    """``Dutch companies ... will be required to have export licences ..., the government
    announced. The new measure ... “is country neutral,” the government said.`` ... ``“The
    Dutch government will determine ...,” ASML said``: a bare "the government" read as a
    state is the government the article names with that state's adjective somewhere
    ("Dutch government", made by :func:`demonym_government`), not the state
    ("Netherlands"); "Ethiopia's government" is no such name (the state's own: the state
    speaks). None when ``text`` is not a bare "the government" or ``state`` no state.
    ``index`` is the article's actor index.

    >>> from types import SimpleNamespace
    >>> index = SimpleNamespace(actors_by_key={}, new_actor=lambda kind, name, key: Actor(kind, name),
    ...     actor_for_country=lambda country: None, text="“The Dutch government will decide,” it said.")
    >>> adjective_government(index, "the government", Actor("state", "Netherlands")).name
    'Dutch government'
    >>> adjective_government(index, "the government", Actor("state", "Ethiopia")) is None
    True
    """
    bare = text.lower().removeprefix("the ").strip() == "government"
    if not bare or state is None or state.kind != "state":
        return None
    for m in _ADJECTIVE_BEFORE_GOVERNMENT.finditer(index.text):
        words = m.group(1).split()
        for adjective in (" ".join(words), words[-1]):
            if DEMONYMS.get(adjective.lower()) == state.name:
                return demonym_government(index, f"{adjective} government", state.name)
    return None
