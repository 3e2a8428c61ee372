"""A state's words in the lead that its own official says in the next quotations.

A news lead often credits a state with a word ("Moscow on Monday said that a peace deal is
"impossible""), and the next paragraph quotes the official who said it ("... a peaceful
settlement is impossible," Russian Foreign Ministry spokeswoman Maria Zakharova said). The
word is the official's: :func:`echoed_by_own_official` gives it to them.
"""

from __future__ import annotations

import re

from .records import Actor, QuoteRecord, SpeakerRef
from .vocabulary import CAPITALS, COUNTRIES, DEMONYMS, STATE_BODIES

#: The evidence for a speaker placed by :func:`echoed_by_own_official`.
OWN_OFFICIAL = "the state's official who says the same words in the next quotations"

#: Longest lead quotation (in words) the rule looks at.
_SHORT = 5

#: Where a title before a name starts: punctuation that ends the clause before it.
_TITLE_START = re.compile(r".*[,;:\"“”(—–.!?\n]", re.DOTALL)


def quote_words(text: str) -> str:
    """The lower-case words of ``text``, hyphenated words split, joined by spaces.

    >>> quote_words('"tabloid-style" Advocacy.')
    'tabloid style advocacy'
    """
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


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


def names_state(words: str, state: str) -> bool:
    """``words`` name the country ``state``, its demonym or capital, in one to three words
    ("Russian Foreign Ministry", "US State Department", "North Korea's U.N.").

    >>> names_state("Russian Foreign Ministry spokeswoman", "Russia")
    True
    >>> names_state("the Kremlin's top aide", "Russia")
    False
    """
    tokens = re.findall(r"[\w.]+", re.sub(r"['’]s?\b", " ", words))
    for n in (1, 2, 3):
        for k in range(len(tokens) - n + 1):
            key = " ".join(tokens[k : k + n]).lower().rstrip(".")
            if state in (COUNTRIES.get(key), DEMONYMS.get(key), CAPITALS.get(key)):
                return True
    return False


def _body_of_state(actor: Actor, state: Actor) -> bool:
    """A body of ``state``: named for it ("Russian Foreign Ministry", affiliation Russia),
    representing it, or a ministry or department named for no state ("Ministry of
    Labour")."""
    if actor is state or actor.represents is state or actor.affiliation == state.name:
        return True
    head = actor.name.split()[0].lower() if actor.name else ""
    return actor.kind == "organisation" and actor.affiliation is None and head in STATE_BODIES


def titled_for_state(index, person: Actor, state: Actor) -> bool:
    """The person's title, where the text names them, names ``state`` or a body of it:
    "Russian Foreign Ministry spokeswoman Maria Zakharova", "US State Department
    spokesperson Matthew Miller". ``index`` is the article's actor index."""
    if person.affiliation == state.name:
        return True
    for start, end in person.mentions:
        for a, b in title_spans(index.text, start, end):
            if names_state(index.text[a:b], state.name):
                return True
            if any(_body_of_state(t.actor, state) for t in index.mentions_in(a, b)):
                return True
    return False


def echoed_by_own_official(quotes: list[QuoteRecord], index) -> None:
    """A short quotation credited to a state before any person is quoted, whose words the
    next person quoted says again, is that person's when their title names the state or a
    body of it (their ``how`` says so): 'Moscow on Monday said that a peace deal with Kyiv
    is "impossible"' and next '"... a peaceful settlement is impossible," Russian Foreign
    Ministry spokeswoman Maria Zakharova said': Maria Zakharova. A state's words its envoy
    echoes only far later, after other speakers, stay the state's."""
    for i, q in enumerate(quotes):
        actor = _actor_of(q)
        if actor is not None and actor.kind == "person":
            return  # past the lead: a person has been quoted
        state = _lead_quote_state(q)
        if state is None:
            continue
        person = next_speaker_echo(quotes, i, state)
        if person is not None and titled_for_state(index, person, state):
            q.ref = SpeakerRef(person, None, q.ref.start, q.ref.end, how=OWN_OFFICIAL)
