"""Kinds read from a name, corrected once every actor is known: a person's name that
holds a media word is a news organisation ("Agence France-Presse reported"); a body's name
that names an office is its holder, a person ("the UN High Commissioner for Human Rights
... saying he")."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .bodies.names import spells_acronym
from .kinds import names_media, names_office
from .person_appositions import office_beside_its_holder, person_word
from .records import Actor, Mention
from .tokens import written_in_lower_case
from .vocabulary import TITLE_HEADS, first_name_gender


def media_are_organisations(actors: list[Actor]) -> None:
    """``Agence France-Presse reported``: a name read as a person's that holds a media
    word is a news organisation; a pronoun ("he said") never reaches it."""
    for actor in actors:
        if actor.kind == "person" and names_media(actor.name):
            actor.kind, actor.gender = "organisation", None


def ampersand_names_are_bodies(actors: list[Actor]) -> None:
    """``Ernst & Young said``: a name joined by an ampersand names a firm or a body, never
    one person.

    >>> firm = Actor("person", "Ernst & Young")
    >>> ampersand_names_are_bodies([firm]); firm.kind
    'organisation'
    """
    for actor in actors:
        if actor.kind == "person" and " & " in actor.name:
            actor.kind, actor.gender = "organisation", None


def plural_title(word: str) -> bool:
    """``word`` is a title or an acronym in the plural ("MPs", "MEPs", "Senators"): it
    names several people, never one.

    >>> plural_title("MPs"), plural_title("Senators"), plural_title("Williams")
    (True, True, False)
    """
    if len(word) < 3 or not word.endswith("s") or word.endswith("ss"):
        return False
    one = word[:-1]
    return (one.isupper() and one.isalpha()) or one.lower() in TITLE_HEADS


def plural_names_are_groups(actors: list[Actor]) -> None:
    """``Tory MPs will narrow the field down`` ... ``"Q," he added``: a name read as a
    person's whose last word is a title in the plural names a group of people; a "he" or
    a "she" never reaches it. A known first name and one more word is a person whose
    surname reads like a plural title ("Chris Husbands").

    >>> mps, husbands = Actor("person", "Tory MPs"), Actor("person", "Chris Husbands")
    >>> plural_names_are_groups([mps, husbands]); mps.kind, husbands.kind
    ('group', 'person')
    """
    for actor in actors:
        words = actor.name.split()
        if actor.kind != "person" or not plural_title(words[-1]):
            continue
        if len(words) == 2 and first_name_gender(words[0].lower()) is not None:
            continue  # "Chris Husbands": a first name and a surname
        actor.kind, actor.gender = "group", None


def body_variants_are_bodies(text: str, actors: list[Actor]) -> None:
    """``Blairite, Brownite, Old Labour, New Labour`` in an article that names the ``Labour
    Party``: a two-word name read as a person's whose last word opens a body's name in the
    article, and whose first word is no first name but a word the article also writes in
    lower case ("these old debates"), names a wing of that body; a "he" or a "she" never
    reaches it, nor does the bare "Labour".

    >>> party, wing = Actor("organisation", "Labour Party"), Actor("person", "New Labour")
    >>> body_variants_are_bodies("something new", [party, wing]); wing.kind
    'organisation'
    >>> tata, ratan = Actor("organisation", "Tata Group"), Actor("person", "Ratan Tata")
    >>> body_variants_are_bodies("a new plant", [tata, ratan]); ratan.kind
    'person'
    """
    openers = {
        a.name_tokens[0] for a in actors if a.kind == "organisation" and len(a.name_tokens) > 1
    }
    for actor in actors:
        words = actor.name_tokens
        if (
            actor.kind == "person"
            and len(words) == 2
            and words[1] in openers
            and first_name_gender(words[0]) is None
            and written_in_lower_case(text, words[0])
        ):
            actor.kind, actor.gender = "organisation", None


#: A word whose capital inside it follows three lower-case letters or more, not after "Mac".
_INNER_CAPITAL = re.compile(r"^(?!Mac)([A-Z][a-z]{3,})[A-Z][a-z]+$")


def brand_spelling(word: str) -> bool:
    """``word`` joins two capitalised words into one as a brand does ("AngloGold",
    "BlackRock"), not a surname's prefix ("MacArthur", "DeSantis") nor two first names
    ("MaryKay").

    >>> brand_spelling("AngloGold"), brand_spelling("MacArthur"), brand_spelling("MaryKay")
    (True, False, False)
    """
    joined = _INNER_CAPITAL.match(word)
    return joined is not None and first_name_gender(joined.group(1).lower()) is None


def inner_capital_names_are_bodies(actors: list[Actor]) -> None:
    """``AngloGold Ashanti said`` ... ``a company statement said``: a name read as a
    person's whose word joins two capitalised words into one (a brand's spelling, not a
    surname's prefix: "MacArthur", "DeSantis"; :func:`brand_spelling`) names a company, unless something marks a
    person (a gender, a role).

    >>> firm, general = Actor("person", "AngloGold Ashanti"), Actor("person", "Douglas MacArthur")
    >>> inner_capital_names_are_bodies([firm, general]); firm.kind, general.kind
    ('organisation', 'person')
    """
    for actor in actors:
        if (
            actor.kind == "person"
            and not actor.marked_person
            and any(brand_spelling(w) for w in actor.name.split())
        ):
            actor.kind = "organisation"


#: Last words of a firm's name no surname is: "Caverton Helicopter", "United Utilities".
TRADE_NAME_ENDS = word_set("trade_name_ends")


def trade_names_are_bodies(actors: list[Actor]) -> None:
    """``Caverton Helicopter`` ... ``"Q," he said``: a name of two words or more read as a
    person's whose last word is a trade's or a cause's (``data/words/trade_name_ends.txt``:
    "Helicopter", "Utilities", "Earth") names a body, unless something marks a person (a
    gender, a role); a "he" never reaches it.

    >>> firm, man = Actor("person", "United Utilities"), Actor("person", "Mark Energy", gender="m")
    >>> trade_names_are_bodies([firm, man]); firm.kind, man.kind
    ('organisation', 'person')
    """
    for actor in actors:
        words = actor.name.split()
        if (
            actor.kind == "person"
            and len(words) >= 2
            and words[-1].lower() in TRADE_NAME_ENDS
            and not actor.marked_person
        ):
            actor.kind = "organisation"


def acronym_led_names_are_bodies(actors: list[Actor]) -> None:
    """``the Kenya Red Cross Society (KRCS)`` ... ``KRCS Marsabit coordinator, Abdi Malik,
    told IRIN`` ... ``he said``: a name read as a person's that opens with the acronym of a
    body the article names is that body's branch or unit, an organisation, unless something
    marks a person (a gender, a role); a "he" never reaches it.

    >>> krcs = Actor("organisation", "Kenya Red Cross Society")
    >>> branch, man = Actor("person", "KRCS Marsabit"), Actor("person", "AJ Smith")
    >>> acronym_led_names_are_bodies([krcs, branch, man]); branch.kind, man.kind
    ('organisation', 'person')
    """
    bodies = [a.name for a in actors if a.kind == "organisation"]
    for actor in actors:
        words = actor.name.split()
        if (
            actor.kind == "person"
            and len(words) >= 2
            and len(words[0]) > 2
            and words[0].isupper()
            and not actor.marked_person
            and any(spells_acronym(words[0], body) for body in bodies)
        ):
            actor.kind = "organisation"


#: Nouns of a trade right before a name: "broadcaster Mick Fitzgerald" (data/words/trade_nouns.txt).
TRADE_NOUNS = word_set("trade_nouns")


def introduced_by_noun(text: str, name: str) -> bool:
    """``name`` is written somewhere right after a lower-case noun of a person or a trade,
    the way news English introduces a person: "Far North District councillor Ann Court
    said", "Former jockey turned broadcaster Mick Fitzgerald" (by the text, where
    :func:`.person_appositions.described_before` reads tokens).

    >>> introduced_by_noun("Far North District councillor Ann Court said", "Ann Court")
    True
    >>> introduced_by_noun("The Ann Court hearing", "Ann Court")
    False
    """
    at = text.find(name)
    while at > 0:
        word = text[:at].rstrip(" ").rsplit(None, 1)[-1] if text[:at].strip() else ""
        if text[at - 1] == " " and word.islower() and (person_word(word) or word in TRADE_NOUNS):
            return True
        at = text.find(name, at + 1)
    return False


def described_given_names_are_persons(text: str, actors: list[Actor]) -> None:
    """``Far North District councillor Ann Court said ... She drove to Christchurch``
    (sh1_potholes_court_rnz), ``broadcaster Mick Fitzgerald`` (jockey_death_tributes_mccoy_
    bigwnews): a two-word name read as a body whose first word is a known given name and
    which the text introduces with a person's or a trade's noun is a person, though its
    surname is a body word ("Court", "Church", "Hall"); its given name gives the gender.

    >>> text = "Far North District councillor Ann Court said Northland had the worst roads."
    >>> court = Actor("organisation", "Ann Court")
    >>> described_given_names_are_persons(text, [court]); court.kind, court.gender
    ('person', 'f')
    """
    for actor in actors:
        words = actor.name.split()
        if (
            actor.kind == "organisation"
            and len(words) == 2
            and not words[1].isupper()
            and (gender := first_name_gender(words[0].lower())) is not None
            and introduced_by_noun(text, actor.name)
        ):
            actor.kind = "person"
            actor.gender = actor.gender or gender


def kinds_from_names(text: str, actors: list[Actor]) -> None:
    """The kinds a person's name corrects by its own words: a media word, an ampersand,
    a title in the plural, a body's wing, a word with a capital inside, a trade's last word,
    a body's acronym first (see the functions above)."""
    media_are_organisations(actors)
    ampersand_names_are_bodies(actors)
    plural_names_are_groups(actors)
    body_variants_are_bodies(text, actors)
    inner_capital_names_are_bodies(actors)
    trade_names_are_bodies(actors)
    acronym_led_names_are_bodies(actors)
    described_given_names_are_persons(text, actors)


def offices_are_persons(text: str, mentions: list[Mention], actors: list[Actor]) -> None:
    """``The United Nations High Commissioner for Human Rights ... saying he had
    visited a prison``: an office read as a body is its holder, a person; not one
    named with its acronym ("the UN High Commissioner for Refugees (UNHCR)"), nor one
    in apposition after its holder's name (the holder's title)."""
    for actor in actors:
        spelled = any(spells_acronym(f, actor.name) for f in actor.forms if f.isupper())
        if (
            actor.kind == "organisation"
            and names_office(actor.name)
            and not spelled
            and not office_beside_its_holder(text, mentions, actor)
        ):
            actor.kind = "person"


def later_body_kind(actor: Actor, kind: str) -> str:
    """The kind of a one-word name read as a person at first ("Greenpeace: Brazilian
    Meatpacker Hurting Amazon") when a later mention reads it as an organisation
    (``kind``: "Greenpeace said it based its accusations"): an organisation, unless
    something marks the person (a gender, a role).

    >>> later_body_kind(Actor("person", "Greenpeace"), "organisation")
    'organisation'
    >>> later_body_kind(Actor("person", "Ruto", gender="m"), "organisation")
    'person'
    """
    if actor.kind == "person" and kind == "organisation" and not actor.marked_person:
        return "organisation"
    return actor.kind
