"""The records the speech analysis builds: actors, mentions, cues, speaker references, quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .marks import Pair


@dataclass(slots=True, eq=False)
class Actor:
    """One actor: a person, state, organisation or group (internal record)."""

    kind: str
    name: str
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    first: tuple[int, int] = (0, 0)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    linked_to: Actor | None = None
    represents: Actor | None = None
    key: str = ""
    actor_id: int = 0
    #: Where a shown name the text never writes whole comes from ("family name of Daniel
    #: Morgan, whose brother the text calls Alastair"); empty for a name as written.
    name_source: str = ""

    def add_form(self, form: str) -> None:
        """Remember another way the text writes this actor's name."""
        if form and form not in self.forms:
            self.forms.append(form)

    @property
    def marked_person(self) -> bool:
        """Something besides its name shows this actor is a person: a known gender or a role
        (a name read as a person's with neither may be a firm, a place or a landmark)."""
        return bool(self.gender or self.role)

    @property
    def name_tokens(self) -> list[str]:
        """The lower-case words of the actor's name."""
        return list(name_words(self.name))


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The lower-case words of a name, read once per name (actors' names are asked for often).

    >>> name_words("Michelle Bachelet-Jeria Jr.")
    ('michelle', 'bachelet-jeria', 'jr')
    """
    return tuple(t.lower().strip(".") for t in _NAME_WORD.findall(name))


_NAME_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*")


def sole_actor(actors: Iterable[Actor]) -> Actor | None:
    """The one actor among ``actors`` (the same actor may come several times), or None
    when there are none or several: the rules' "the one body that fits".

    >>> a, b = Actor("person", "Ann Lee"), Actor("person", "Bo Li")
    >>> sole_actor([a, a]) is a, sole_actor([a, b]), sole_actor([])
    (True, None, None)
    """
    found = {id(a): a for a in actors}
    return next(iter(found.values())) if len(found) == 1 else None


def actors_named(actors: Iterable[Actor], name: str) -> list[Actor]:
    """The actors whose name, or one of whose written forms, is ``name`` exactly: how a
    name the text writes outside any mention ("by NASA", "the Oxford Economics report")
    is matched to the article's actors.

    >>> nasa = Actor("organisation", "National Aeronautics and Space Administration")
    >>> nasa.add_form("NASA")
    >>> [a.name for a in actors_named([nasa, Actor("person", "Bo Li")], "NASA")]
    ['National Aeronautics and Space Administration']
    """
    return [a for a in actors if a.name == name or name in a.forms]


@dataclass(slots=True)
class Mention:
    """Where an actor is named: ``text[start:end]``, and how (name, demonym, capital...)."""

    start: int
    end: int
    actor: Actor
    how: str  # name, surname, acronym, demonym, capital, country, description
    subject: bool = False  # first words of a sentence or clause
    in_quote: bool = False


@dataclass(slots=True, eq=False)
class Cue:
    """A reporting verb (or "according to") and the subject it has in its sentence."""

    start: int
    end: int
    form: str
    lemma: str | None  # None for "according to"
    sent: int
    tok: int  # index of the cue's token
    passive: bool = False
    subject: SpeakerRef | None = None
    clausal: bool = False
    parenthetical: bool = False
    event: int = 0


@dataclass(slots=True)
class SpeakerRef:
    """A resolved speaker: an actor, or a description that names no actor."""

    actor: Actor | None
    label: str | None
    start: int
    end: int
    described: bool = False  # found through a description ("the envoy"), not a name
    how: str | None = None  # the rule that named a description's person, for the evidence

    @property
    def name(self) -> str | None:
        """The speaker's name: the actor's canonical name, else the description."""
        if self.actor is not None:
            return self.actor.name
        return self.label


@dataclass(slots=True, eq=False)
class QuoteRecord:
    """One pair of quotation marks and what the analysis made of it (role, cue, speaker)."""

    pair: Pair
    start: int
    end: int
    text: str
    role: str = "quote"  # quote, heading, label
    reason: str = ""
    kind: str = "partial"
    cue: Cue | None = None
    ref: SpeakerRef | None = None
    attribution: str | None = None
    event: int = 0
    sent: int = 0
    n_words: int = 0
    speaker_actor: Actor | None = None
    speaker: str | None = None
    ranking: str = ""  # why the ranker chose the speaker ("ranked", "ranked_override")
    confidence: float | None = None  # how likely the speaker is right (ranking.confidence)
