"""An office title's words said again by the person who holds it, named later: "The
foreign secretary has branded China's move ... a "sign of weakness"" and, paragraphs on,
"Mr Raab added that ... the actions were a "sign of weakness"": Dominic Raab's, not the
Boris Johnson named in between; "The Transport Secretary has said the commitment ... is as
'strong as ever'" then "He [Chris Grayling] ... added 'our commitment to the third runway
is as strong as ever'"."""

from __future__ import annotations

from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import TITLE_HEADS, role_has
from .echoed_leads import quote_words

#: The evidence for a speaker placed by :func:`echoed_by_title_holder`.
TITLE_HOLDER_ECHO = "the person who says the title's words again later"


def definite_title(text: str) -> str | None:
    """The head of a definite office title with no name in it ("The foreign secretary",
    "the Transport Secretary"), lower case; else None.

    >>> definite_title("The foreign secretary"), definite_title("the Transport Secretary")
    ('secretary', 'secretary')
    >>> definite_title("Dominic Raab") is None, definite_title("the group") is None
    (True, True)
    """
    words = text.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in TITLE_HEADS:
        return None
    return words[-1].lower()


def holder_fits(person: Actor, head: str) -> bool:
    """``person``, quoted by name, may hold the title ``head``: the text gives them no role,
    or that one."""
    return person.kind == "person" and (not person.role or role_has(person.role, head))


def named_echo(quotes: list[QuoteRecord], i: int, head: str) -> Actor | None:
    """The person quoted by name (not through a description) after ``quotes[i]`` in a
    quotation that holds all its words, when one person does and may hold ``head``."""
    needle = f" {quote_words(quotes[i].text)} "
    found = {
        id(later.ref.actor): later.ref.actor
        for later in quotes[i + 1 :]
        if later.ref is not None
        and later.ref.actor is not None
        and not later.ref.described
        and not later.ref.actor.key.startswith("unnamed:")
        and needle in f" {quote_words(later.text)} "
    }
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    return person if holder_fits(person, head) else None


def echoed_by_title_holder(quotes: list[QuoteRecord], text: str) -> None:
    """A quotation of two words or more credited to a definite office title (``text`` is
    the article's) goes to the person quoted by name later in words that hold it
    (:func:`named_echo`): the article names the title's holder where it repeats the words.
    """
    for i, q in enumerate(quotes):
        ref = q.ref
        if ref is None or not ref.described or len(quote_words(q.text).split()) < 2:
            continue
        head = definite_title(text[ref.start : ref.end])
        if head is None:
            continue
        person = named_echo(quotes, i, head)
        if person is not None and person is not ref.actor:
            q.ref = SpeakerRef(person, None, ref.start, ref.end, True, TITLE_HOLDER_ECHO)
