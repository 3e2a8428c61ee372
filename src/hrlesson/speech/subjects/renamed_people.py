"""A reporting verb's subject that renames a person already named, by what they are
(""My book is a respectful portrayal of Islam ...," said the American author": Sherry
Jones, named paragraphs before; "In response, the entrepreneur labeled European regulators
as "Q"": Elon Musk).

News writing names a person, then goes on with a definite description of their occupation
or standing instead of the name. When the phrase resolver ties such a subject to no actor,
it is the person named last before it, outside quotations; not when the text brought in an
unnamed person with that noun before ("a teacher said ... the teacher added").
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..descriptions.demonym_nouns import person_demonym_subject
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    DEMONYMS,
    ORGANISATION_WORDS,
    PRONOUN_GENDERS,
    RENAMED_OFFICE_TITLES,
    TITLE_HEADS,
)
from .main_clause import definite_description
from .renamed_rulers import renamed_rulers

#: Nouns that describe a person by occupation or standing ("teacher", "author",
#: data/words/person_nouns.txt), not a title the title rules read ("minister") nor a body.
_PERSON_NOUNS = word_set("person_nouns") - TITLE_HEADS - ORGANISATION_WORDS

#: The most words of such a description after "the" ("the retired primary teacher").
_MAX_WORDS = 3

#: Past participles that state a person's standing before their noun ("the retired
#: teacher"), not a verb (data/words/person_status_participles.txt).
_STATUS_PARTICIPLES = word_set("person_status_participles")

#: A pronoun that shows the gender of the sentence's subject ("posted to her page").
_GENDER_PRONOUNS = {**PRONOUN_GENDERS, "herself": "f", "himself": "m"}

#: Parties and their short forms ("Labour", "Green"): data/words/party_names.txt.
_PARTY_NAMES = word_set("party_names")

#: The rule, for the evidence column.
RENAMED_PERSON = "a description of the person named last before it"


def renaming_description(words: list[Token]) -> bool:
    """``words`` are "the" and a short lower-case description (a nationality may stand in
    it: "the American author") headed by a noun of a person's occupation or standing, no
    title ("the minister": the title rules') nor body ("the union").

    >>> from ..tokens import tokenize
    >>> renaming_description(tokenize("the American author", [0]))
    True
    >>> renaming_description(tokenize("the minister", [0]))
    False
    >>> renaming_description(tokenize("The retired teacher", [0]))
    True
    >>> renaming_description(tokenize("The Sliding Doors star", [0]))
    True
    >>> renaming_description(tokenize("the union", [0]))
    False
    """
    if not 2 <= len(words) <= _MAX_WORDS + 1 or words[0].lower != "the":
        return False
    rest = [w for w in words[1:] if not (w.cap and w.lower in DEMONYMS)]
    rest = [w for w in without_work_title(rest) if w.lower not in _STATUS_PARTICIPLES]
    if not rest or rest[-1] is not words[-1] or words[-1].lower not in _PERSON_NOUNS:
        return False
    return definite_description([words[0], *rest]) is not None


def without_work_title(words: list[Token]) -> list[Token]:
    """``words`` after "the" without the capitalised title of a work or a show that opens
    them, when a lower-case noun follows it: "the Sliding Doors star" is a star of that film
    (page matthew_perry_family_heartbroken_paltrow_pressandjournal), not a body's name.

    >>> from ..tokens import tokenize
    >>> [t.text for t in without_work_title(tokenize("Sliding Doors star", [0]))]
    ['star']
    >>> [t.text for t in without_work_title(tokenize("Labour's star", [0]))]
    ["Labour's", 'star']
    """
    k = 0
    while k < len(words) - 1 and words[k].cap and not words[k].poss and words[k].text.isalpha():
        k += 1
    return words[k:] if 0 < k and words[k].text.islower() else words


def gender_of_clause(finder, start: int) -> str | None:
    """The gender a possessive or personal pronoun shows in the sentence from ``start``
    to its first quotation or its end ("The Sliding Doors star, 51, posted to her Instagram
    page and said:" -> "f"), None when there is none or both."""
    end = finder.text.find("\n", start)
    end = len(finder.text) if end < 0 else end
    for mark in (":", '"', "\u201c"):
        if (at := finder.text.find(mark, start, end)) >= 0:
            end = at
    k = finder.index.token_index(start)
    found = set()
    while k < len(finder.tokens) and finder.tokens[k].start < end:
        if (g := _GENDER_PRONOUNS.get(finder.tokens[k].lower)) is not None:
            found.add(g)
        k += 1
    return found.pop() if len(found) == 1 else None


def renamed_person(finder, words: list[Token]) -> SpeakerRef | None:
    """The person named last before the subject ``words`` (:func:`renaming_description`),
    outside quotations; None when ``words`` are no such description, no person is named
    before, or an unnamed person came in with the same noun ("a teacher"). ``finder`` is
    the :class:`Attributor`."""
    if (found := person_demonym_subject(finder, words)) is not None:
        return found  # "Spaniard Rafael Nadal" ... "the Spaniard said"
    if not words or not renaming_description(words):
        return None
    start, noun = words[0].start, re.escape(words[-1].lower)
    if re.search(
        rf"\b(?:an?|one)\s+(?:\S+\s+){{0,2}}?{noun}\b", finder.text[:start], re.IGNORECASE
    ):
        return None  # "a teacher said ... the teacher added": the unnamed one
    gender = gender_of_clause(finder, words[-1].end)
    people = [
        m
        for m in finder.index.mentions_in(0, start)
        if m.actor.kind == "person"
        and not m.in_quote
        and m.end <= start
        and m.actor.gender in (None, gender or m.actor.gender)
    ]
    if not people:
        return None
    actor = people[-1].actor
    finder.note_span(actor, start, words[-1].end)
    return SpeakerRef(actor, None, start, words[-1].end, True, RENAMED_PERSON)


#: The most capitalised words of the party, place or body before such a title.
_MAX_MODIFIERS = 4

#: The rule, for the evidence column.
RENAMED_OFFICEHOLDER = "a party's or place's office title renaming the person named last before it"


def office_description(words: list[Token]) -> bool:
    """``words`` are "the" (maybe "former"), one to four capitalised words of a party, a
    place or a body, and a title of an elected office or a party's leader, an acronym in
    capitals (data/words/renamed_office_titles.txt). Page
    politician_dog_attack_coco_sargeant_bbc: "the Alyn and Deeside MS said" (Jack
    Sargeant); rising_road_deaths_odonnell_rsa_irishtimes: "added the former Progressive
    Democrats TD" (Liz O'Donnell).

    >>> from ..tokens import tokenize
    >>> office_description(tokenize("the Alyn and Deeside MS", [0]))
    True
    >>> office_description(tokenize("The Fianna Fáil leader", [0]))
    True
    >>> office_description(tokenize("the leader", [0]))
    False
    >>> office_description(tokenize("the Deeside Ms", [0]))
    False
    """
    if len(words) < 3 or words[0].lower != "the":
        return False
    title, rest = words[-1], words[1:-1]
    if title.lower not in RENAMED_OFFICE_TITLES or (
        len(title.text) <= 3 and not title.text.isupper()
    ):
        return False
    if title.text[0].isupper() and len(title.text) > 3:
        return False  # "the Labour Leader": a capitalised run, the name rules'
    if rest and rest[0].lower == "former":
        rest = rest[1:]
    if not 1 <= len(rest) <= _MAX_MODIFIERS or not (rest[0].cap and rest[-1].cap):
        return False
    return all((w.cap and not w.poss) or w.lower in ("and", "of") for w in rest)


def seat_office_description(words: list[Token]) -> bool:
    """``words`` are "the" (maybe "former"), an elected office's title in capitals
    (data/words/renamed_office_titles.txt) and its seat after "for" or "of": one to four
    capitalised words of a place, "and" allowed. Page
    hospice_cash_mps_kinnock_written_answer_lordspress: "Health Minister Stephen Kinnock,
    said ... The MP for Aberafan Maesteg added" (Kinnock).

    >>> from ..tokens import tokenize
    >>> seat_office_description(tokenize("The MP for Aberafan Maesteg", [0]))
    True
    >>> seat_office_description(tokenize("the former TD for Cork South-Central", [0]))
    True
    >>> seat_office_description(tokenize("the Minister for Local Growth", [0]))
    False
    >>> seat_office_description(tokenize("the MP for the area", [0]))
    False
    """
    if len(words) < 4 or words[0].lower != "the":
        return False
    rest = words[2:] if words[1].lower == "former" else words[1:]
    if len(rest) < 3 or rest[1].lower not in ("for", "of"):
        return False
    title, seat = rest[0], rest[2:]
    if title.lower not in RENAMED_OFFICE_TITLES or not title.text.isupper():
        return False
    if len(seat) > _MAX_MODIFIERS or not (seat[0].cap and seat[-1].cap):
        return False
    return all((w.cap and not w.poss) or w.lower == "and" for w in seat)


def party_member_description(words: list[Token]) -> bool:
    """``words`` are "the", a party's name and a lower-case "member": a party member named
    before (page attenborough_mural_dublin_byrne_98fm: "Green Party Councillor for the area
    Claire Byrne" ... "The Green Party member said"); the party's name ends in "Party" or
    is one word of data/words/party_names.txt, never any body ("the Nato member": a state).

    >>> from ..tokens import tokenize
    >>> party_member_description(tokenize("The Green Party member", [0]))
    True
    >>> party_member_description(tokenize("the Labour member", [0]))
    True
    >>> party_member_description(tokenize("the Nato member", [0]))
    False
    """
    if len(words) < 3 or words[0].lower != "the" or words[-1].text != "member":
        return False
    rest = words[1:-1]
    if not all(w.cap and not w.poss for w in rest):
        return False
    return rest[-1].lower == "party" or (len(rest) == 1 and rest[0].lower in _PARTY_NAMES)


def renamed_officeholder(finder, words: list[Token], at: int) -> SpeakerRef | None:
    """The subject ``words`` of a cue at ``at`` as the phrase resolver resolves it; but the
    person named last before it, outside quotations, when it is an office title after a
    party or place (:func:`office_description`) that the resolver tied to nobody or only to
    an actor made of its own words ("Deeside MS", an unnamed "leader"). Page
    ireland_census_5m_micheal_martin_derryjournal: "An Taoiseach Micheál Martin" ... "The
    Fianna Fáil leader said": Micheál Martin; a description of the military in power, the
    ruling group that spoke last (:func:`.renamed_rulers.renamed_rulers`). ``finder`` is the
    :class:`Attributor`."""
    ref = renamed_rulers(finder, words, finder.resolve_span(words[0].start, words[-1].end, at))
    if office_head_description(words):
        if ref is None or ref.actor is None or _made_of(ref.actor.name, words):
            return officeholder_named_before(finder, words) or ref
        return ref
    if not (
        office_description(words)
        or party_member_description(words)
        or seat_office_description(words)
    ):
        return ref
    start = words[0].start
    held = ref is not None and ref.actor is not None and not _made_of(ref.actor.name, words)
    if held and not first_named_after(finder, ref.actor, start):
        return ref  # a holder the resolver found by the title itself
    people = [
        m
        for m in finder.index.mentions_in(0, start)
        if m.actor.kind == "person"
        and not m.in_quote
        and m.end <= start
        and not _after_the(finder, m.start)  # "in the Senedd": no person's name
        and not _made_of(m.actor.name, words)
    ]
    if not people:
        return ref
    actor = people[-1].actor
    finder.note_span(actor, start, words[-1].end)
    return SpeakerRef(actor, None, start, words[-1].end, True, RENAMED_OFFICEHOLDER)


def first_named_after(finder, actor, start: int) -> bool:
    """``actor`` is first named, outside quotations, after ``start``: a holder of the same
    office the text brings in later, not the one a definite description renames. Page
    gp_survey_mps_mcfadden_wood_expressandstar: "Shadow minister Pat McFadden says ... The
    Wolverhampton South East MP said" is McFadden, not "Dudley South Conservative MP Mike
    Wood" of a later paragraph. ``finder`` is the :class:`Attributor`."""
    named = [m.start for m in finder.index.mentions if m.actor is actor and not m.in_quote]
    return bool(named) and min(named) > start


def _made_of(name: str, words: list[Token]) -> bool:
    """``name`` is only words of the subject ``words`` ("Deeside MS" of "the Alyn and
    Deeside MS")."""
    own = {w.text.lower() for w in words}
    return all(part.lower() in own for part in name.split())


def _after_the(finder, start: int) -> bool:
    """The word before ``start`` is "the": a name there is a place's or a body's ("in the
    Senedd"), not a person's."""
    k = finder.index.token_index(start) - 1
    return k >= 0 and finder.tokens[k].lower == "the"


#: Head nouns of a description that renames an office-holder named just before
#: (data/words/office_description_heads.txt).
_OFFICE_HEADS = word_set("office_description_heads")

#: The rule, for the evidence column.
RENAMED_TITLED = "an office description renaming the one titled person named just before it"


def office_head_description(words: list[Token]) -> bool:
    """``words`` are "the", up to three plain modifiers and a lower-case head noun of an
    office (data/words/office_description_heads.txt). Pages
    private_escooters_legislation_haigh_independent: "The Cabinet minister said";
    coincheck_heist_suga_phnompenhpost: "the top government spokesman said".

    >>> from ..tokens import tokenize
    >>> office_head_description(tokenize("The Cabinet minister", [0]))
    True
    >>> office_head_description(tokenize("the top government spokesman", [0]))
    True
    >>> office_head_description(tokenize("the embassy's spokesperson", [0]))
    False
    >>> office_head_description(tokenize("a spokesman", [0]))
    False
    """
    if not 2 <= len(words) <= 5 or words[0].lower != "the":
        return False
    head = words[-1]
    if head.lower not in _OFFICE_HEADS or not head.text.islower():
        return False
    return all(w.text.isalpha() and not w.poss for w in words[1:-1])


def officeholder_named_before(finder, words: list[Token]) -> SpeakerRef | None:
    """The one titled person (a role read with the name) named outside quotations in the
    paragraph of the subject ``words`` or the one before, before it, when no other titled
    person is named there (an untitled name may be a firm's: "Coincheck"): "Chief Cabinet Secretary Yoshihide Suga said at a regular briefing. ¶
    "Q," the top government spokesman said" is Suga. ``finder`` is the :class:`Attributor`."""
    start = words[0].start
    first_par = finder.par_of_sent[finder.sent_of(start)] - 1
    people = [
        m
        for m in finder.index.mentions_in(0, start)
        if m.actor.kind == "person"
        and not m.in_quote
        and m.end <= start
        and finder.par_of_sent[finder.sent_of(m.start)] >= first_par
        and m.actor.role
        and not _made_of(m.actor.name, words)
    ]
    if len({id(m.actor) for m in people}) != 1:
        return None
    actor = people[-1].actor
    finder.note_span(actor, start, words[-1].end)
    return SpeakerRef(actor, None, start, words[-1].end, True, RENAMED_TITLED)
