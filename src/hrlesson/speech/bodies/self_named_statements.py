"""A company's statement that opens with the company's own name: "the company said" right
after a quotation whose first words are a name and its verb is that name's company
(counterfeit_handbags_detroit_russell_wxyz: ``"Louis Vuitton has a zero-tolerance policy
to counterfeiting ...," the company wrote``; idea_vodafone_cci_nod_gizbot: ``"Idea
Cellular is pleased to confirm receipt of the letter ...," the company said``). A company
writes of itself by name in its statements; the name finder may read that name as a
person's ("Louis Vuitton"), so no other rule takes it for "the company". A football club
does the same (bobby_charlton_death_man_united_hurst_rediff: ``"Manchester United are in
mourning ...," the club said``): "the club" is chosen as "the company" is
(data/words/body_nouns.csv).
"""

from __future__ import annotations

import re

from ..records import Actor
from .group_noun import company_fits

#: The evidence for a company read this way.
SELF_NAMED_COMPANY = "the body whose statement opens with its own name"

#: What stands between a quotation's closing mark and the verb after it: its comma and
#: the subject ("the company", "the Paris-based company").
_FRAME_SUBJECT = re.compile(r"[\s,]*[Tt]he(?:\s+[\w-]+){1,4}\s*")

#: At most this many characters between the closing mark and the verb.
_MOST_GAP = 60

#: A lower-case word right after the name: its verb ("has", "is pleased").
_VERB_AFTER = re.compile(r"\s+[a-z]+\b")


def opens_with_verb(text: str, end: int) -> bool:
    """Is the name that ends at ``end`` followed by a lower-case word, its verb?

    >>> opens_with_verb("Louis Vuitton has a zero-tolerance policy", 13)
    True
    >>> opens_with_verb("Louis Vuitton, Gucci and Chanel", 13)
    False
    """
    return _VERB_AFTER.match(text, end) is not None


def may_be_company(actor: Actor) -> bool:
    """Can the name a statement opens with be the company that made it? A body that fits
    "the company" (:func:`.group_noun.company_fits`), or a name read as a person's that
    holds no role ("Louis Vuitton", "Idea Cellular"; not "Cheng Wei, CEO of Didi").

    >>> may_be_company(Actor("person", "Louis Vuitton", key="person:louis vuitton"))
    True
    >>> may_be_company(Actor("person", "Cheng Wei", role="CEO of Didi Chuxing"))
    False
    >>> may_be_company(Actor("organisation", "US Commerce Department"))
    False
    """
    if company_fits(actor):
        return True
    return actor.kind == "person" and actor.role is None


def self_named_company(reader, at: int) -> Actor | None:
    """The company a bare "the company" before the verb at ``at`` means when the quotation
    right before it opens with a name and its verb (``"Louis Vuitton has a zero-tolerance
    policy ...," the company wrote``: Louis Vuitton), or None. ``reader`` is the
    :class:`Attributor`."""
    text, k = reader.text, at
    while k > max(0, at - _MOST_GAP) and (text[k - 1].isalnum() or text[k - 1] in " ,-\t\n"):
        k -= 1
    pair = reader.quote_at(k - 1) if k > 0 else None
    if pair is None or pair.close != k - 1 or not _FRAME_SUBJECT.fullmatch(text, k, at):
        return None
    first = pair.open + 1
    while first < pair.close and text[first].isspace():
        first += 1
    mention = reader.index.mention_starting(first)
    if mention is None or not opens_with_verb(text, name_end(reader.index, mention)):
        return None
    return mention.actor if may_be_company(mention.actor) else None


def name_end(index, mention) -> int:
    """Where the name ``mention`` opens ends: past the further mentions of its actor that
    follow it word by word ("Idea" then "Cellular", both Idea Cellular's)."""
    end = mention.end
    while (nxt := index.mention_starting(end + 1)) is not None and nxt.actor is mention.actor:
        end = nxt.end
    return end
