"""An office title's words said again by the person who holds it, named later: "The
foreign secretary has branded China's move ... a "sign of weakness"" and, paragraphs on,
"Mr Raab added that ... the actions were a "sign of weakness"": Dominic Raab's, not the
Boris Johnson named in between; "The Transport Secretary has said the commitment ... is as
'strong as ever'" then "He [Chris Grayling] ... added 'our commitment to the third runway
is as strong as ever'". Likewise the words of a plural description of people ("industry
bosses have warned", "Ministers have admitted") that one person named later says again: that
person voices the group ("A tourism tax ... would "turn people away from Wales", industry
bosses have warned" ... ""... will turn people away from Wales ...," she [Suzy Davies]
said"). So are the words of one unnamed person a description brings in with "one" or "a"
that a person quoted by name, titled so, says again ("with one prominent rock promoter
labelling the company "outrageously out of control"" ... ""They're outrageously out of
control ...," said long-time Australian rock promoter Michael Chugg")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...inflection import noun_forms
from ...wordlists import word_set
from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import DETERMINERS, PREPOSITIONS, PRONOUNS, TITLE_HEADS, role_has
from .echoed_leads import quote_words, says_again

#: Titles a headline gives the leader of a body whatever their post:
#: data/words/headline_chief_titles.txt.
HEADLINE_CHIEFS = word_set("headline_chief_titles")

#: Closed-class words no description of one person holds ("one in five", "one of them").
CLOSED_WORDS = PREPOSITIONS | DETERMINERS | frozenset(PRONOUNS) | {"of"}

#: The evidence for a speaker placed by :func:`echoed_by_title_holder`.
TITLE_HOLDER_ECHO = "the person who says the title's words again later"

#: The evidence for a group's voice placed by :func:`echoed_by_title_holder`.
GROUP_VOICE_ECHO = "the one person who says the group's words again later"


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


#: Words that bring in one unnamed person: "one prominent rock promoter", "an expert".
_ONE_PERSON_ARTICLES = frozenset(["one", "a", "an"])


def counted_title(text: str) -> str | None:
    """The head of a description of one unnamed person, brought in with "one", "a" or
    "an" and two to four words after it ending in a singular noun ("one prominent rock
    promoter", "one Chief Constable"), lower case; else None. The lead may hold a name
    back that the body gives where it quotes the same words again: "... with one prominent
    rock promoter labelling the company "outrageously out of control"" ... ""They're
    outrageously out of control ...," said long-time Australian rock promoter Michael
    Chugg" (viagogo_promoters_chugg_adelaidenow); "... are "fair game", one Chief
    Constable said" ... "Meredydd Hughes, Chief Constable of South Yorkshire ..., said:
    ... then they are fair game." (phone_drivers_fair_game_hughes_dailymail).

    >>> counted_title("one prominent rock promoter"), counted_title("one Chief Constable")
    ('promoter', 'constable')
    >>> counted_title("one of them") is None, counted_title("One") is None
    (True, True)
    >>> counted_title("one 92-year-old rider"), counted_title("a local journalist")
    ('rider', 'journalist')
    >>> counted_title("one of the residents") is None, counted_title("an officials") is None
    (True, True)
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in _ONE_PERSON_ARTICLES:
        return None
    head = words[-1].lower()
    body = {w.lower() for w in words[1:]}
    if body & CLOSED_WORDS or not head.isalpha() or len(head) < 4:
        return None
    return None if head.endswith("s") and not head.endswith("ss") else head


def headline_title(text: str) -> str | None:
    """The head of a headline's bare office title, with no article and no name: two to
    four words, lower case but a capitalised modifier ("inquiry chief", "Grenfell Tower
    inquiry chief"), ending in a title head; else None. A headline drops the article a
    lead would write ("Grenfell Tower inquiry chief hails 'useful and powerful' meeting":
    the chief the body names, Sir Martin Moore-Bick).

    >>> headline_title("Grenfell Tower inquiry chief"), headline_title("inquiry chief")
    ('chief', 'chief')
    >>> headline_title("chief") is None, headline_title("Dominic Raab") is None
    (True, True)
    """
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in ("the", "a", "an"):
        return None
    head = words[-1]
    if not head.islower() or head not in TITLE_HEADS or not words[-2].islower():
        return None
    return head


def plural_group(text: str, ref: SpeakerRef) -> str | None:
    """The head of a plural description of people, three words at most, that no name or
    body the article knows is ("industry bosses", "Ministers", "NASA astronauts"), lower
    case; else None. ``ref`` is the description's speaker.

    >>> plural_group("industry bosses", SpeakerRef(None, "industry bosses", 0, 15))
    'bosses'
    >>> plural_group("Amnesty", SpeakerRef(None, "Amnesty", 0, 7)) is None
    True
    >>> plural_group("Reuters", SpeakerRef(Actor("organisation", "Reuters"), None, 0, 7)) is None
    True
    """
    words = text.split()
    head = words[-1].lower() if words else ""
    named = ref.actor is not None and not ref.actor.key.startswith("group:")
    if named or not 1 <= len(words) <= 3 or len(head) < 4 or not head.isalpha():
        return None
    return head if head.endswith("s") and not head.endswith("ss") else None


def singular(plural: str) -> str:
    """The regular singular of a plural noun.

    >>> singular("ministers"), singular("bosses"), singular("charities")
    ('minister', 'boss', 'charity')
    """
    for cand in (plural[:-3] + "y", plural[:-2], plural[:-1]):
        if cand and noun_forms(cand)[1] == plural:
            return cand
    return plural


def voices_group(person: Actor, plural: str, word_before: str = "") -> bool:
    """``person`` is named with a role that makes them one of the group ``plural`` names, in
    the actor's role or as the lower-case ``word_before`` their name: "Business minister
    Paul Scully" for "Ministers", "astronaut Butch Wilmore" for "NASA astronauts", a
    chairwoman for "industry bosses" (data/words/title_synonyms.csv); not a researcher for
    "Rights groups", nor a chief executive for "pharmacists".

    >>> voices_group(Actor("person", "Paul Scully", role="Business minister"), "ministers")
    True
    >>> voices_group(Actor("person", "Butch Wilmore"), "astronauts", "astronaut")
    True
    >>> voices_group(Actor("person", "Hiba Al-Khatib", role="researcher"), "groups")
    False
    """
    role = " ".join(filter(None, (person.role, word_before)))
    return person.kind == "person" and bool(role) and role_has(role, singular(plural))


def holder_fits(person: Actor, head: str) -> bool:
    """``person``, quoted by name, may hold the title ``head``: the text gives them no role,
    or that one."""
    return person.kind == "person" and (not person.role or role_has(person.role, head))


def named_echo(
    quotes: list[QuoteRecord],
    i: int,
    head: str,
    group: str = "",
    text: str = "",
    described: bool = False,
    counted: bool = False,
) -> Actor | None:
    """The person quoted by name (not through a description) after ``quotes[i]`` in a
    quotation that holds all its words, when one person does and may hold ``head``; for a
    ``group`` (a plural description), when that person is one of it (:func:`voices_group`,
    the word before their name in the article's ``text`` too), named or described ("John
    Bason, finance chief of ... " ... "The finance chief said: "... fashion is back ...""
    for "bosses say ... "Fashion is back.""); a headline's title (``described``) may be
    echoed by a person the body describes and names ("The former judge leading the
    inquiry said ... "very useful and powerful"": Sir Martin Moore-Bick); a ``counted``
    description of one person ("one Chief Constable", :func:`counted_title`) by a person
    the text titles so beside the name (:func:`titled_near`)."""
    found = {
        id(later.ref.actor): (later.ref.actor, later.ref.start)
        for later in quotes[i + 1 :]
        if later.ref is not None
        and later.ref.actor is not None
        and (group or described or not later.ref.described)
        and not later.ref.actor.key.startswith("unnamed:")
        and says_again(quotes[i].text, later.text)
    }
    if len(found) != 1:
        return None
    person, at = next(iter(found.values()))
    before = text[max(at - 40, 0) : at].split()[-1:] if group else []
    word = before[0] if before and before[0].isalpha() and before[0].islower() else ""
    chief = described and head in HEADLINE_CHIEFS and person.kind == "person"
    fits = voices_group(person, group, word) if group else chief or holder_fits(person, head)
    if not fits and counted and person.kind == "person":
        fits = titled_near(text, at, head)
    return person if fits else None


#: A run of lower-case letters: a word of a lower-cased window.
_LOWER_WORD = re.compile(r"[a-z]+")


def titled_near(text: str, at: int, head: str) -> bool:
    """The title ``head`` is written right around the name at ``at``, in its sentence: up
    to 40 characters before it or in the 80 after it ("Meredydd Hughes, Chief Constable of
    South Yorkshire and head of roads policing ..., said:" holds "constable", though the
    name's role was read as "Chief").

    >>> titled_near("Meredydd Hughes, Chief Constable of South Yorkshire, said:", 0, "constable")
    True
    >>> titled_near("Tom Lee said. Chief Constable Ann Ray added", 0, "constable")
    False
    >>> titled_near("Constable Ann Ray said", 10, "constable")  # the text's first word
    True
    """
    stop_before = text.rfind(". ", 0, at)
    start = max(stop_before + 2 if stop_before != -1 else 0, at - 40)
    stop = text.find(". ", at)
    window = text[start : min(at + 80, stop if stop != -1 else len(text))]
    return head in _LOWER_WORD.findall(window.lower())


def echoed_by_title_holder(
    quotes: list[QuoteRecord], text: str, in_title: Callable[[int], bool] = lambda s: False
) -> None:
    """A quotation of two words or more credited to a definite office title (``text`` is
    the article's) goes to the person quoted by name later in words that hold it
    (:func:`named_echo`): the article names the title's holder where it repeats the words.
    So does one credited to a description of one unnamed person (:func:`counted_title`).
    One credited to a plural description of people (:func:`plural_group`) goes to such a
    person whose role makes them one of the group (:func:`voices_group`). A headline's
    bare title (:func:`headline_title`; ``in_title`` tells a headline's sentence) goes so
    too, to a person the body names or describes.
    """
    for i, q in enumerate(quotes):
        ref = q.ref
        if ref is None or len(quote_words(q.text).split()) < 2:
            continue
        span = text[ref.start : ref.end]
        head = definite_title(span) if ref.described else None
        counted = head is None and ref.described and (head := counted_title(span)) is not None
        unnamed = ref.actor is None or ref.actor.key.startswith("unnamed:")
        bare = head is None and unnamed and in_title(q.sent)
        head = headline_title(span) if bare else head
        group = plural_group(span, ref) if head is None else None
        if head is None and group is None:
            continue
        is_bare = bare and head is not None
        person = named_echo(quotes, i, head or "", group or "", text, is_bare, counted)
        if person is not None and person is not ref.actor:
            how = TITLE_HOLDER_ECHO if head else GROUP_VOICE_ECHO
            q.ref = SpeakerRef(person, None, ref.start, ref.end, True, how)
