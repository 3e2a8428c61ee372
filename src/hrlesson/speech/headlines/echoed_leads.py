"""A state's words in the lead that its own official says in the next quotations.

A news lead often credits a state with a word ("Moscow on Monday said that a peace deal is
"impossible""), and the next paragraph quotes the official who said it ("... a peaceful
settlement is impossible," Russian Foreign Ministry spokeswoman Maria Zakharova said). The
word is the official's: :func:`echoed_by_own_official` gives it to them.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import CAPITALS, COUNTRIES, DEMONYMS

#: The evidence for a speaker placed by :func:`echoed_by_own_official`.
OWN_OFFICIAL = "the state's official who says the same words in the next quotations"

#: Titles of a state's official: data/words/state_official_titles.txt.
STATE_OFFICIAL_TITLES = word_set("state_official_titles")

#: Longest lead quotation (in words) the rule looks at: a word or a short phrase the official
#: used; a longer clause ("a challenge to our pride") is the state's own statement.
_SHORT = 3

#: Where a title before a name starts: punctuation that ends the clause before it.
_TITLE_START = re.compile(r".*[,;:\"“”(—–.!?\n]", re.DOTALL)


def quote_words(text: str) -> str:
    """The lower-case words of ``text``, hyphenated words split and a plural's "s" dropped,
    joined by spaces: "doors of cooperation" is said again in "the door of cooperation".

    >>> quote_words('"tabloid-style" Advocacy of the doors.')
    'tabloid style advocacy of the door'
    """
    words = re.findall(r"[^\W_]+", text.lower())
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _lead_quote_state(q: QuoteRecord) -> Actor | None:
    """The state a short quotation is credited to ('Moscow said it is "impossible"')."""
    ref = q.ref
    if ref is None or ref.actor is None or ref.actor.kind != "state" or q.n_words > _SHORT:
        return None
    if not any(len(w) > 3 for w in quote_words(q.text).split()):
        return None
    return ref.actor


def _actor_of(q: QuoteRecord) -> Actor | None:
    return q.ref.actor if q.ref is not None else None


def next_speaker_echo(quotes: list[QuoteRecord], i: int, state: Actor) -> Actor | None:
    """The person whose quotations come next after ``quotes[i]`` (quotations of ``state``
    itself aside) when one of them, longer, holds the words of ``quotes[i]``; None when
    another speaker is quoted before them. 'The US has also urged China to halt its
    "provocative" actions.' then '... Matthew Miller stated, "We urge Beijing to cease its
    provocative and dangerous behavior."': Matthew Miller."""
    needle = f" {quote_words(quotes[i].text)} "
    person = None
    for later in quotes[i + 1 :]:
        actor = _actor_of(later)
        if actor is state:
            continue
        if actor is None or actor.kind != "person" or (person and actor is not person):
            return None
        person = actor
        if later.n_words > quotes[i].n_words and needle in f" {quote_words(later.text)} ":
            return person
    return None


def others_say(quotes: list[QuoteRecord], i: int, person: Actor) -> bool:
    """Another person than ``person`` also says the words of ``quotes[i]`` later: the state's
    word for a thing, not one official's. "a "ballistic missile" ..., Japan said", then its
    spokesman's "As a ballistic missile launch ..." and the prime minister's "what appears to
    be a ballistic missile": Japan's."""
    needle = f" {quote_words(quotes[i].text)} "
    return any(
        actor is not None and actor.kind == "person" and actor is not person
        for later in quotes[i + 1 :]
        if needle in f" {quote_words(later.text)} "
        for actor in [_actor_of(later)]
    )


def title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words that give the title of a name at ``text[start:end]``: those before it back
    to the clause's start, and an apposition after it ("Humaid bin Deemas, the undersecretary
    at the Ministry of Labour, was ...").

    >>> t = 'it said. Russian Foreign Ministry spokeswoman Maria Zakharova, an envoy, said'
    >>> [t[a:b] for a, b in title_spans(t, 46, 61)]
    [' Russian Foreign Ministry spokeswoman ', ' an envoy']
    """
    before = _TITLE_START.match(text, max(0, start - 80), start)
    spans = [(before.end() if before else max(0, start - 80), start)]
    if text[end : end + 1] == ",":
        stop = re.compile(r"[,;.)\"“”]").search(text, end + 1, end + 120)
        spans.append((end + 1, stop.start() if stop else end + 1))
    return spans


def states_named(words: str) -> set[str]:
    """The countries ``words`` name, by name, demonym or capital, in one to three words.

    >>> sorted(states_named("Russian Foreign Ministry spokeswoman"))
    ['Russia']
    >>> sorted(states_named("North Korea's U.N. Ambassador"))
    ['North Korea']
    >>> states_named("Foreign Secretary")
    set()
    """
    tokens = re.findall(r"[\w.]+", re.sub(r"['’]s?\b", " ", words))
    found = set()
    for n in (1, 2, 3):
        for k in range(len(tokens) - n + 1):
            key = " ".join(tokens[k : k + n]).lower().rstrip(".")
            found.update(filter(None, (COUNTRIES.get(key), DEMONYMS.get(key), CAPITALS.get(key))))
    return found


def official_title_for(words: str, state: str) -> bool:
    """A title (``words``) of an official of ``state``: it names the state ("Russian Foreign
    Ministry spokeswoman"), or names no state and holds an official's word ("Foreign
    Secretary"); a title naming another state is another state's official.

    >>> official_title_for(" Foreign Secretary ", "Philippines")
    True
    >>> official_title_for(" Chinese Foreign Ministry spokesman ", "Philippines")
    False
    >>> official_title_for(" a professor at Harvard", "Philippines")
    False
    """
    named = states_named(words)
    if named:
        return state in named
    return any(w in STATE_OFFICIAL_TITLES for w in re.findall(r"\w+", words.lower()))


def titled_for_state(text: str, person: Actor, state: Actor) -> bool:
    """The person is an official of ``state`` by a title the ``text`` gives them where it
    names them (:func:`official_title_for`): "Russian Foreign Ministry spokeswoman Maria
    Zakharova", "Foreign Secretary Teodoro Locsin Jr."; not when their affiliation is
    another state."""
    if person.affiliation == state.name:
        return True
    if person.affiliation is not None and states_named(person.affiliation):
        return False
    return any(
        official_title_for(text[a:b], state.name)
        for start, end in person.mentions
        for a, b in title_spans(text, start, end)
    )


def echoed_by_own_official(quotes: list[QuoteRecord], text: str) -> None:
    """A short quotation credited to a state before any person is quoted, whose words the
    next person quoted says again, is that person's when they are the state's official
    (:func:`titled_for_state`; their ``how`` says so): 'Moscow on Monday said that a peace
    deal with Kyiv is "impossible"' and next '"... a peaceful settlement is impossible,"
    Russian Foreign Ministry spokeswoman Maria Zakharova said': Maria Zakharova. A state's
    words its envoy echoes only far later, after other speakers, stay the state's. The lead
    lasts until a second person is quoted: the official may already speak in the headline
    ("Philippine foreign secretary ... demands that China 'back off'", then 'The Philippines
    ... calling the action "illegal."', echoed by Foreign Secretary Teodoro Locsin Jr.).
    Words that other people say again too stay the state's (:func:`others_say`)."""
    lead_person = None
    for i, q in enumerate(quotes):
        actor = _actor_of(q)
        if actor is not None and actor.kind == "person":
            if lead_person is not None and actor is not lead_person:
                return  # past the lead: a second person has been quoted
            lead_person = actor
            continue
        state = _lead_quote_state(q)
        if state is None:
            continue
        person = next_speaker_echo(quotes, i, state)
        if person is None or (lead_person is not None and person is not lead_person):
            continue
        if others_say(quotes, i, person):
            continue
        if titled_for_state(text, person, state):
            q.ref = SpeakerRef(person, None, q.ref.start, q.ref.end, how=OWN_OFFICIAL)
