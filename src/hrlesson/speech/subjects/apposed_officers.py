"""A body's officer named in apposition at the end of a subject written after its verb.

'"Q," warned WFP Country Director in Chad, Pierre Honnorat.' and '"Q," announced the
African Union’s (AU) High Representative for the Horn of Africa, former Nigerian President
Olusegun Obasanjo.': the description before the comma holds a title of the body and a
preposition or a bracket that ends a plain inverted subject ("said the envoy in Geneva");
the person named after the comma, closing the sentence, is the one who speaks, not the body.
"""

from __future__ import annotations

from ..actor_index import ActorIndex
from ..records import Mention
from ..tokens import Token
from ..vocabulary import TITLE_HEADS

#: The rule, for the evidence column.
APPOSED_OFFICER = "the officer named after the post's description and a comma"

#: Words inside a title's description that cut a plain subject after its verb short: a
#: bracket (an acronym's gloss) and the prepositions of place and time.
_CUTTING_WORDS = frozenset(["(", "in", "at", "on", "from", "during"])

#: The most words a description before the officer's name may have.
_MAX_DESCRIPTION = 20

#: The most words before the name after the comma ("former Nigerian President").
_MAX_NAME_TITLE = 4


def _description_ok(toks: list[Token]) -> bool:
    """``toks`` (before the comma) describe a post: a title word, and a bracket or a
    preposition a plain inverted subject would have stopped at; no other punctuation."""
    words = [t for t in toks if t.text[0].isalnum()]
    if not words or len(words) > _MAX_DESCRIPTION or words[0].lower == "that":
        return False
    if any(not t.text[0].isalnum() and t.text not in "()’'" for t in toks):
        return False  # a quotation mark, a dash or a stop: more than a description
    if not any(t.lower in TITLE_HEADS for t in words):
        return False
    return any(t.lower in _CUTTING_WORDS for t in toks[1:])


def final_apposed_officer(index: ActorIndex, toks: list[Token]) -> Mention | None:
    """The person named after the last comma of ``toks`` (the words after a reporting verb
    up to the end of its sentence), when that name closes the sentence and the words before
    the comma describe a post of a body (:func:`_description_ok`), naming no person.

    >>> from hrlesson.article import article_from_text
    >>> from hrlesson.speech.actor_index import actor_index
    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "warned WFP Country Director in Chad, Pierre Honnorat."
    >>> a = article_from_text('"We need donors," ' + s, date="2023-05-01")
    >>> toks = tokenize(a.text, [0])
    >>> final_apposed_officer(actor_index(a), toks[7:]).actor.name
    'Pierre Honnorat'
    >>> s = "said the minister, adding that Jane Smith."
    >>> a = article_from_text('"We need donors," ' + s, date="2023-05-01")
    >>> final_apposed_officer(actor_index(a), tokenize(a.text, [0])[7:]) is None
    True
    """
    while toks and not toks[-1].text[0].isalnum():
        toks = toks[:-1]  # the closing stop
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if not toks or not commas or not _description_ok(toks[: commas[-1]]):
        return None
    before, after = toks[: commas[-1]], toks[commas[-1] + 1 :]
    if not after or any(not t.text[0].isalnum() for t in after):
        return None
    if any(m.actor.kind == "person" for m in index.mentions_in(before[0].start, before[-1].end)):
        return None  # "said John Smith of X in Geneva, ..."
    found = index.mentions_in(after[0].start, after[-1].end + 1)
    people = [m for m in found if m.actor.kind == "person"]
    if len(people) != 1 or people[0].end != after[-1].end:
        return None
    if sum(t.start < people[0].start for t in after) > _MAX_NAME_TITLE:
        return None
    return people[0]
