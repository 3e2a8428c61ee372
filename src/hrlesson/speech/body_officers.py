"""A body's officer named after the body's whole name and a lower-case title: "Euston RMT
Health and Safety rep Paul Chadwick added", "Rail, Maritime and Transport union (RMT)
general secretary Mick Lynch said", "Bureau of Meteorology forecaster Dean Narramore
said". The person at the end heads the phrase, though the body's name holds an "and", a
comma, a bracketed acronym or a preposition that cuts a plain premodifier short
(:func:`.named_heads.final_name`); the title may end in an occupation noun
("forecaster", "economist": data/words/person_nouns.txt)."""

from __future__ import annotations

from ..wordlists import word_set
from .cues import CUE_FORMS
from .tokens import Token
from .vocabulary import FINITE_VERBS, ORGANISATION_WORDS, PREPOSITIONS, TITLE_HEADS

#: The rule, for the evidence column.
BODY_OFFICER = "the officer named after a body's whole name and a lower-case title"

#: Title heads, their short forms news writing uses (data/words/short_title_heads.txt) and
#: occupation nouns a body's staff are named with (data/words/person_nouns.txt).
_TITLE_HEADS = TITLE_HEADS | word_set("short_title_heads") | word_set("person_nouns")

#: The most lower-case words of the title between the body and the name ("general secretary").
_MAX_TITLE = 3

#: Lower-case words a body's name may hold between its capitalised words.
_NAME_LINKS = frozenset(["and", "the", "&"]) | PREPOSITIONS


def _lower_title_start(before: list[Token]) -> int | None:
    """Where the lower-case title that closes ``before`` starts (its last word a title
    head: "general secretary", "rep"), or None."""
    k = len(before)
    while k > 0 and before[k - 1].text.isalpha() and before[k - 1].text.islower():
        k -= 1
    if not 0 < len(before) - k <= _MAX_TITLE or before[-1].lower not in _TITLE_HEADS:
        return None
    if any(w.lower in FINITE_VERBS or w.lower in CUE_FORMS for w in before[k:]):
        return None
    return k


def _body_name(words: list[Token]) -> bool:
    """``words`` are a body's name: capitalised words, and between them only links ("and",
    "of", "on") or lower-case organisation words ("union"); a capitalised word last."""
    if not words or not words[-1].cap:
        return False
    return all(w.cap or w.lower in _NAME_LINKS or w.lower in ORGANISATION_WORDS for w in words)


def officer_after_body(text: str, words: list[Token], mentions: list):
    """The person mention that closes ``words`` (a subject phrase's words, no punctuation)
    after a lower-case title and a body's name that holds an "and", a comma or a bracket;
    None for any other phrase.

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> s = "Euston RMT Health and Safety rep Paul Chadwick"
    >>> ws = tokenize(s, [0])
    >>> m = NS(start=33, end=46, how="name", actor=NS(kind="person", name="Paul Chadwick"))
    >>> officer_after_body(s, ws, [m]) is m
    True
    >>> s = "Smith and Jones said Paul Chadwick"
    >>> m = NS(start=21, end=34, how="name", actor=NS(kind="person", name="Paul Chadwick"))
    >>> officer_after_body(s, tokenize(s, [0]), [m]) is None
    True
    """
    if len(words) < 4:
        return None
    name = next(
        (m for m in reversed(mentions) if m.end == words[-1].end and m.actor.kind == "person"),
        None,
    )
    if name is None or name.how != "name" or " " not in name.actor.name:
        return None
    before = [w for w in words if w.end <= name.start]
    k = _lower_title_start(before)
    if not k or not _body_name(before[:k]):
        return None
    if not _cut_body_name(text, before[:k], name.start):
        return None  # a plain premodifier: named_heads.final_name reads it
    if any(_named_person(text, m) for m in mentions if m.start < name.start):
        return None  # "Smith and Jones chairman X"
    return name


def _cut_body_name(text: str, body: list[Token], name_start: int) -> bool:
    """The body's name ``body`` (its words, before the title and the officer's name at
    ``name_start``) holds what cuts a plain premodifier short: an "and" or a comma ("Rail,
    Maritime and Transport union"), a bracket ("(RMT)") or a lower-case preposition between
    its capitalised words ("Bureau of Meteorology forecaster Dean Narramore", "Bank of
    England chief economist Andy Haldane").

    >>> from .tokens import tokenize
    >>> s = "Bureau of Meteorology forecaster Dean Narramore"
    >>> _cut_body_name(s, tokenize(s, [0])[:3], 32)
    True
    >>> s = "Met Office forecaster Alex Deakin"
    >>> _cut_body_name(s, tokenize(s, [0])[:2], 22)
    False
    """
    body_text = text[body[0].start : body[-1].end]
    if " and " in body_text or "," in body_text or "(" in text[body[0].start : name_start]:
        return True
    return any(w.text.islower() and w.lower in PREPOSITIONS for w in body[1:-1])


def _named_person(text: str, m) -> bool:
    """``m`` names a person in full, not a run of a body's name cut at its "and" ("Euston
    RMT Health and Safety": the words before "and" read as a person's) nor one word of it
    read as such a run's surname ("RMT")."""
    return m.actor.kind == "person" and m.how == "name" and not text.startswith(" and ", m.end)
