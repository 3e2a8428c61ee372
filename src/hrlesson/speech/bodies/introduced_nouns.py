"""A body the article introduced by a noun written right before its name ("anti-monarchy
campaign group Republic", "run by the NGO Mediterranea Saving Humans"): the body a later
bare "the group" / "the NGO" means, whoever spoke in between."""

from __future__ import annotations

from ..records import Actor, sole_actor
from ..vocabulary import STOP_WORDS
from .group_noun import group_noun_fits

#: The evidence for a body the text introduced by the noun (:func:`introduced_by_noun`).
INTRODUCED_BY_NOUN = "the one body the article introduced by that noun before its name"


def capitalised_run(tokens, k: int) -> int:
    """The index after the run of capitalised words that starts at token ``k`` in one
    sentence, each right after the one before ("Mediterranea Saving Humans"); ``k`` when
    the word there is no such word (a stop word or a weekday: "the group Tuesday")."""
    j = k
    while (
        j < len(tokens)
        and tokens[j].cap
        and tokens[j].text.isalpha()
        and tokens[j].lower not in STOP_WORDS
        and tokens[j].sent == tokens[k].sent
        and (j == k or tokens[j].start == tokens[j - 1].end + 1)
    ):
        j += 1
        if tokens[j - 1].poss:
            break
    return j


def _named_after(reader, k: int) -> Actor | None:
    """The body named right after the noun at token ``k``: the actor of the mention that
    starts there, else an organisation of the capitalised run there ("group Republic", a
    word no list reads as a name)."""
    tokens = reader.tokens
    m = reader.index.mention_starting(tokens[k + 1].start)
    if m is not None:
        return m.actor
    j = capitalised_run(tokens, k + 1)
    if j == k + 1 or tokens[j - 1].poss:
        return None
    inside = reader.index.mentions_in(tokens[k + 1].start, tokens[j - 1].end)
    if inside:  # "the NGO Mediterranea Saving Humans" read as "Humans"
        return inside[-1].actor
    name = reader.text[tokens[k + 1].start : tokens[j - 1].end]
    key = "org:" + name.lower()
    return reader.index.actors_by_key.get(key) or reader.index.new_actor("organisation", name, key)


def introduced_by_noun(reader, noun: str, at: int) -> Actor | None:
    """The one fitting body whose name the text wrote right after ``noun`` (in lower case
    or capitals, "the NGO Mediterranea Saving Humans"; outside quotations) before ``at``: ``The leader of anti-monarchy campaign group
    Republic has been arrested ... Footage posted on Twitter ... "Q," the group said``:
    Republic, the body the article introduced as a group, not the platform named in
    passing since. None when no body or two were introduced so (``reader`` is the
    :class:`Attributor`)."""
    tokens, found = reader.tokens, []
    for k in range(reader.index.token_index(at) - 1):
        t, after = tokens[k], tokens[k + 1]
        if t.lower != noun or (t.text[:1].isupper() and not t.text.isupper()):
            continue  # "group", "NGO"; not "Group" of a name
        if t.poss or after.sent != t.sent or not after.cap:
            continue
        if after.start != t.end + 1 or reader.index.in_quote(t.start):
            continue
        actor = _named_after(reader, k)
        if actor is not None and group_noun_fits(actor, noun):
            found.append(actor)
    actor = sole_actor(found)
    if actor is not None and unshown_person(actor):
        actor.kind = "organisation"  # "the NGO Mediterranea Saving Humans": a body
    return actor


def unshown_person(actor: Actor) -> bool:
    """A name read as a person's with nothing to show it is one: no gender, no role
    ("Mediterranea Saving Humans"), which a body noun before it shows is a body.

    >>> unshown_person(Actor("person", "Mediterranea Saving Humans"))
    True
    >>> unshown_person(Actor("person", "Seb Cole", gender="m"))
    False
    """
    return actor.kind == "person" and actor.gender is None and actor.role is None
