"""Counted groups keep their count: "four Special Rapporteurs", "Seventeen UN human rights experts"."""

from __future__ import annotations

import re

from ..partitives import NUMBER_WORDS
from ..records import Actor, SpeakerRef
from ..vocabulary import GROUP_NOUNS, TITLE_HEADS, is_umbrella_body
from .postmodifiers import head_word

#: The word right before a span, and the space after it ("four " in "by four Special").
_LAST_WORD = re.compile(r"([^\W\d_]+) $")


def count_before(text: str, start: int) -> str | None:
    """The number word that counts the group named at ``text[start:]``, as written, else None.

    >>> count_before("The joint statement by four Special Rapporteurs", 28)
    'four'
    >>> count_before("Seventeen UN human rights experts", 10)
    'Seventeen'
    >>> count_before("one of the UN experts", 11) is None
    True
    """
    found = _LAST_WORD.search(text, max(0, start - 30), start)
    if found is None or found.end() != start:
        return None
    word = found.group(1)
    low = word.lower()
    return word if low in NUMBER_WORDS and low != "one" else None


def is_plural_group(actor: Actor) -> bool:
    """A group or body whose name ends in a plural noun ("Special Rapporteurs", "UN experts").

    >>> is_plural_group(Actor("group", "UN human rights experts"))
    True
    >>> is_plural_group(Actor("group", "Congress")), is_plural_group(Actor("person", "Jones"))
    (False, False)
    """
    last = head_word(actor.name)  # "Foreign ministers from A and B": "ministers"
    return (
        actor.kind in ("group", "organisation")
        and not is_umbrella_body(actor.name)
        and last[:1].isalpha()
        and last.endswith("s")
        and not last.endswith("ss")
        and not last.isupper()
    )


def noun_after(text: str, end: int) -> bool:
    """A group noun or a title right after ``end`` heads the noun phrase a name only
    modifies: "three United Nations agencies", "two Amnesty International researchers".

    >>> noun_after("three United Nations agencies said", 20), noun_after("four Experts said", 12)
    (True, False)
    """
    found = re.match(r" ([a-z]+)\b", text[end : end + 40])
    word = found.group(1) if found else ""
    return word in GROUP_NOUNS or word.removesuffix("s") in TITLE_HEADS


def count_group_names(text: str, refs: list[SpeakerRef]) -> None:
    """A group the text counts where it names it ("The joint statement by four Special
    Rapporteurs ...", "Seventeen UN human rights experts criticised ...") is shown with its
    count, the first one written: "four Special Rapporteurs". Only a speaker's actor whose
    name ends in a plural noun; "one" counts no group. The actor is renamed in place, so
    every quote and reporting verb of it shows the same name."""
    done: set[int] = set()
    for ref in refs:
        actor = ref.actor
        if actor is None or id(actor) in done or not is_plural_group(actor):
            continue
        done.add(id(actor))
        spans = sorted({actor.first, *actor.mentions})
        for start, end in spans:
            if end <= start or not text[start:end].endswith(actor.name.split()[-1]):
                continue
            if noun_after(text, end):
                continue  # "three United Nations agencies": the count is the agencies'
            count = count_before(text, start)
            if count is not None:
                actor.name = f"{count} {actor.name}"
                break
