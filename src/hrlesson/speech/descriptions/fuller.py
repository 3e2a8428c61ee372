"""A body met first by a bare noun ("the service said") is named by the fuller description
the text gives it elsewhere ("the EU diplomatic service"); an unnamed group or person met
again as a bare "the <noun>" ("the ministers said") keeps the description with its
postmodifier given before ("the foreign ministers of the Council's member states"); an
unnamed person met as a bare title ("The Monarch") keeps the title of the same post the
text gave before ("the Queen")."""

from __future__ import annotations

import re

from ..tokens import tokenize
from ..vocabulary import DETERMINERS, PREPOSITIONS, TITLE_SYNONYMS, tidy_description
from .postmodifiers import complement_end

#: The evidence for an unnamed person named by :func:`same_post_before`.
SAME_POST_TITLE = "an unnamed holder, by the title of the same post the text gave before"

#: The evidence for a body named by the fuller description the text gives it elsewhere.
FULLER_DESCRIPTION = "the fuller description the text gives it elsewhere"

#: Lower-case words that never modify the noun of a fuller description.
_NOT_MODIFIERS = DETERMINERS | frozenset(["and", "or", "of", "in", "to", "for", "that"])


#: "<Owner>'s [up to three lower-case modifiers]" before a noun: "Jordan’s royal palace".
_OWNED_DESCRIPTION = r"\b((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*[’']s\s+(?:[a-z][\w-]*\s+){0,3}"


def fuller_description(text: str, noun: str) -> str | None:
    """The first "the <Owner> [up to two lower-case modifiers] <noun>" or "<Owner>'s [up to
    three lower-case modifiers] <noun>" in ``text``, without its article, for a body met as a
    bare ``noun``; None when the text gives no such words. The owner is one or two
    capitalised words (a name, an acronym or a demonym).

    >>> fuller_description("criticised, the EU diplomatic service said. the service", "service")
    'EU diplomatic service'
    >>> fuller_description("The Chinese embassy dismissed it", "embassy")
    'Chinese embassy'
    >>> fuller_description("Italy’s data protection authority said. The authority", "authority")
    'Italy’s data protection authority'
    >>> fuller_description("the service said", "service") is None
    True
    >>> fuller_description("the President and the service", "service") is None
    True
    """
    pattern = (
        r"(?:\b[Tt]he\s+((?:[A-Z][\w.-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,2}"
        + re.escape(noun)
        + r")|"
        + _OWNED_DESCRIPTION
        + re.escape(noun)
        + r"))\b(?![-’'])"
    )
    for m in re.finditer(pattern, text):
        found = m.group(1) or m.group(2)
        lowers = [w for w in found.split()[:-1] if w.islower()]
        if not any(w in _NOT_MODIFIERS for w in lowers):
            return found
    return None


def fuller_name(text: str, name: str, det: str | None, content: list[str], at: int = 0) -> str:
    """The name of a new body described as ``det`` + ``name`` (its group nouns ``content``)
    at ``at``: for a bare "the <noun>", the :func:`fuller_description` the text gives, else
    the :func:`earlier_postmodified` one before ``at``, else ``name``.

    >>> fuller_name("the EU diplomatic service said", "service", "the", ["service"])
    'EU diplomatic service'
    >>> fuller_name("the EU diplomatic service said", "rights service", "the", ["service"])
    'rights service'
    """
    if det != "the" or not content:
        return name
    if name != content[-1]:
        return owned_modified_description(text, name) or name
    return fuller_description(text, name) or earlier_postmodified(text, name, at) or name


def owned_modified_description(text: str, description: str) -> str | None:
    """For a body met as "the <lower-case modifiers> <noun>", the one fuller form the text
    writes with a state's or owner's word before the same words: "<Owner>'s <description>"
    or "the <Capitalised words> <description>" ("The foreign ministry says" ... "the Russian
    foreign ministry said": Russian foreign ministry; "the commerce ministry announced" ...
    "China’s commerce ministry said": China’s commerce ministry). None when ``description``
    has no lower-case modifier, or the text gives no such form or two different ones ("the
    Russian foreign ministry" and "the Norwegian foreign ministry").

    >>> s = "The foreign ministry says. the Russian foreign ministry said"
    >>> owned_modified_description(s, "foreign ministry")
    'Russian foreign ministry'
    >>> owned_modified_description("China’s commerce ministry said", "commerce ministry")
    'China’s commerce ministry'
    >>> s = "the Russian foreign ministry and the Norwegian foreign ministry"
    >>> owned_modified_description(s, "foreign ministry") is None
    True
    """
    words = description.split()
    if len(words) < 2 or not all(w.islower() for w in words):
        return None
    pattern = (
        r"(?:\b[Tt]he\s+((?:[A-Z][\w.-]*\s+){1,2})|\b((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*[’']s\s+))"
        + re.escape(description)
        + r"\b(?![-’'])"
    )
    found = {" ".join((m.group(1) or m.group(2)).split()) for m in re.finditer(pattern, text)}
    return f"{found.pop()} {description}" if len(found) == 1 else None


def body_written_as(orgs, name: str):
    """The body of ``orgs`` the text also writes as the description ``name`` under another
    name: "the authority" is "Italy’s data protection authority", the Garante (see
    :mod:`.apposed_bodies`); else None.

    >>> from ..records import Actor
    >>> garante = Actor("organisation", "Garante", forms=["Garante", "Italy’s authority"])
    >>> body_written_as([garante], "Italy’s authority").name
    'Garante'
    """
    return next((a for a in orgs if name in a.forms and a.name != name), None)


def earlier_postmodified(text: str, noun: str, before: int) -> str | None:
    """The last description before ``before`` that a bare "the <noun>" takes up again:
    "the/a [up to three words] <noun> of/from X", without its article, its postmodifier read
    as :func:`~.postmodifiers.complement_end` reads it (twelve words at most); None when the
    text gives none. Unnamed people keep the words that describe them ("the ministers" are
    "foreign ministers of the Council's member states").

    >>> s = "The foreign ministers of the Arctic Council’s member states signed it. The ministers"
    >>> earlier_postmodified(s, "ministers", s.rindex("The"))
    'foreign ministers of the Arctic Council’s member states'
    >>> s = "the family of the prominent former candidate Ali Omar announced. The family"
    >>> earlier_postmodified(s, "family", s.rindex("The"))
    'family of the prominent former candidate Ali Omar'
    >>> earlier_postmodified("The ministers met. The ministers", "ministers", 19) is None
    True

    The description may have brought the speaker in with "a" ("a coalition of animal
    welfare organisations" ... "the coalition say"):

    >>> s = "the view of a coalition of animal welfare organisations, who wrote. The coalition"
    >>> earlier_postmodified(s, "coalition", s.rindex("The"))
    'coalition of animal welfare organisations'
    """
    pattern = (
        r"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w’'-]+\s+){0,3}?)" + re.escape(noun) + r"\s+(?:of|from)\s"
    )
    found = list(re.finditer("(?=" + pattern + ")", text[:before]))  # overlapping: "the view of a"
    if not found or any(w.lower() in _NOT_MODIFIERS for w in found[-1].group(1).split()):
        return None
    m = found[-1]
    start = m.start(1)
    words = [t for t in tokenize(text[:before], [0]) if t.start >= start and t.text[0].isalnum()]
    k = len(m.group(1).split()) + 1
    end = complement_end(text, words, k, most=12) if k < len(words) else None
    return " ".join(text[start:end].split()) if end else None


def taken_up_name(text: str, description: str, start: int) -> str:
    """The name of an unnamed speaker met as ``description`` at ``start``: the
    :func:`taken_up` description, else ``description`` as written, without its article.

    >>> s = "The family of Ali Omar announced it. The family"
    >>> taken_up_name(s, "The family", s.rindex("The")), taken_up_name(s, "the envoy", 0)
    ('family of Ali Omar', 'envoy')
    """
    return (
        taken_up(text, description, start)
        or same_post_before(text, description, start)
        or introduced_with_modifiers(text, description, start)
        or tidy_description(description)
    )


#: Words that never stand between "a" and the noun of a person it introduces.
_NOT_INTRODUCING = _NOT_MODIFIERS | PREPOSITIONS


def introduced_with_modifiers(text: str, description: str, start: int) -> str | None:
    """For a bare "the <noun>" at ``start``, the fuller words the text last introduced that
    unnamed person with before it: "a/an/one" and up to four modifiers before the same noun
    ("a space industry source told TASS" ... "the source said": "space industry source";
    "a San Jose nursing home resident" ... "the resident told": "San Jose nursing home
    resident"); None when the text gives no such words.

    >>> s = "a space industry source told TASS. The source"
    >>> introduced_with_modifiers(s, "The source", s.rindex("The"))
    'space industry source'
    >>> introduced_with_modifiers("a source told TASS. The source", "The source", 20) is None
    True
    >>> introduced_with_modifiers("a man saw the source. The source", "The source", 22) is None
    True
    """
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
        return None
    pattern = r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+\s+){1,4}?)" + re.escape(words[1])
    found = list(re.finditer(pattern + r"\b(?![-’'])", text[:start]))
    if not found or any(w.lower() in _NOT_INTRODUCING for w in found[-1].group(1).split()):
        return None
    return " ".join(text[found[-1].start(1) : found[-1].end()].split())


def same_post_before(text: str, description: str, start: int) -> str | None:
    """For a bare "the <Title>" at ``start`` whose title has synonyms ("monarch": king,
    queen, ...), the one synonym the text wrote before it capitalised and bare, with no
    name after it ("THE Queen has sent ...", then "The Monarch, 94, said": "Queen"); else
    None (none, or two different ones).

    >>> s = "THE Queen has sent a statement. The Monarch"
    >>> same_post_before(s, "The Monarch", s.rindex("The")), same_post_before(s, "the envoy", 30)
    ('Queen', None)
    >>> same_post_before("King Charles spoke. The Monarch", "The Monarch", 20) is None
    True

    A title word inside a body's name is no post ("the Royal Courts of Justice"):

    >>> s = "outside the Royal Courts of Justice in London. The judge"
    >>> same_post_before(s, "The judge", s.rindex("The")) is None
    True
    """
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    synonyms = TITLE_SYNONYMS.get(words[1].lower(), frozenset())
    found = {
        m.group(1)
        for m in re.finditer(r"(?<!\bof\s)\b([A-Z][a-z]+)\b(?:[’']s)?(?!\s+[A-Z])", text[:start])
        if m.group(1).lower() in synonyms
    }
    return found.pop() if len(found) == 1 else None


def taken_up(text: str, description: str, start: int) -> str | None:
    """For a bare "the <noun>" at ``start``, the :func:`earlier_postmodified` description
    the text gave it before; else None.

    >>> s = "The family of Ali Omar announced it. The family"
    >>> taken_up(s, "The family", s.rindex("The")), taken_up(s, "The Family", 20)
    ('family of Ali Omar', None)
    """
    words = description.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].islower():
        return earlier_postmodified(text, words[1], start)
    return None
