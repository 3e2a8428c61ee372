"""A body's name right before its reporting verb that the actor index never read ("State
Farm confirmed that all three states were in the "top 10" list", "the Groninger Museum
said"). News English puts the speaker's name right before the verb; when no actor has that
name, the name as written speaks, rather than a guess of the ranker (which can only pick
someone else). Names after an inverted verb are :mod:`.unindexed_names`' part.

The subject must be a name alone: every word capitalised, none a pronoun or a word that
opens sentences (:func:`.main_clause.named_run`), at most four words, after an optional
"the". One capitalised word that opens its sentence is no name ("Officials said",
"Residents say": a common noun written with a capital); nor is a person's title and
surname ("Mr French"), a demonym ("the Kuwaiti said") or "I". A name that shortens the
name of an actor the article names ("the Fed" for the Federal Reserve, "the Met" for the
Metropolitan Police) is that actor, not a new speaker: it is left to the resolver.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor, SpeakerRef
from ..tokens import Token
from ..vocabulary import DEMONYMS, HONORIFICS
from .common_word_names import common_word_name
from .indefinite_descriptions import indefinite_description
from .main_clause import named_run
from .name_end_nouns import name_end_noun_subject
from .named_body_descriptions import named_body_description
from .unclaimed_descriptions import unclaimed_description
from .unnamed_people import unnamed_described_person

#: Nouns that name a person by nationality ("the Spaniard said"): no body's name.
_PERSON_DEMONYMS = word_set("person_demonyms")

#: The most words of a written name kept as the subject ("Mendocino County Health Agency").
_MAX_NAME_WORDS = 4

#: A capitalised word and a comma or a joining word right before the subject: the subject
#: is the tail of a longer name ("Ministry of Environment, Natural Resources Conservation,
#: and Tourism said"), not a name alone.
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.]*(?:\s*,)?\s*(?:,|\b(?:and|&|of|for))\s*$")

#: The rule, for the evidence column.
WRITTEN_NAME = "a name before the verb that no actor holds, kept as written"
WRITTEN_NAME_AFTER = '"the" and a name after the verb that no actor holds, kept as written'


def written_name_words(words: list[Token], s_start: int) -> list[Token] | None:
    """The words of the name that is the whole subject ``words`` (an opening "the"
    dropped), or None when ``words`` are no name alone; ``s_start`` is where the sentence
    starts.

    >>> from ..tokens import tokenize
    >>> def name(s, start=0):
    ...     found = written_name_words(tokenize(s, [0]), start)
    ...     return found and " ".join(t.text for t in found)
    >>> name("State Farm")  # midwest_hail_storms_claims_whittle_insurancebusinessmag
    'State Farm'
    >>> name("the Groninger Museum")  # van_gogh_recovered_groninger_museum_wion
    'Groninger Museum'
    >>> name("Officials") is None  # a common noun that opens the sentence
    True
    >>> name("Hikma", start=-1)  # amoxicillin_shortage_kumar_hikma_cbsny: not the opening word
    'Hikma'
    >>> name("the museum") is None
    True
    """
    if words and words[0].lower == "the" and len(words) > 1:
        words = words[1:]
    if not words or len(words) > _MAX_NAME_WORDS or not named_run(words):
        return None
    if not all(t.text[0].isalpha() for t in words):
        return None
    if len(words) == 1 and words[0].start == s_start:
        return None
    if words[0].lower in HONORIFICS or words[-1].lower in DEMONYMS or words[0].text == "I":
        return None  # "Mr French", "the Kuwaiti said", "I said": people
    if len(words) == 1 and words[0].lower in _PERSON_DEMONYMS:
        return None  # "the Spaniard said": a person
    return words


def shortens_actor_name(words: list[Token], actors: list[Actor]) -> bool:
    """Whether every word of ``words`` opens a word of one actor's name: "Fed" shortens
    "Federal Reserve" (icbc_fed_fine_confidential_info_regreport), "Met" shortens
    "Metropolitan Police" (coronation_arrests_met_police_republic_thejournal).

    >>> from ..tokens import tokenize
    >>> fed = [Actor("organisation", "Federal Reserve")]
    >>> shortens_actor_name(tokenize("Fed", [0]), fed)
    True
    >>> shortens_actor_name(tokenize("State Farm", [0]), fed)
    False
    """
    for actor in actors:
        name_words = actor.name.lower().split()
        if all(any(n.startswith(w.lower) for n in name_words) for w in words):
            return True
    return False


def written_name_subject(finder, words: list[Token], sent: int) -> SpeakerRef | None:
    """The subject ``words`` of a cue in sentence ``sent`` kept as written when they are a
    name alone (:func:`written_name_ref`); ``finder`` is the :class:`Attributor`."""
    s_start = finder.sentences[sent][3]
    return written_name_ref(finder.text, words, s_start, finder.index.actors)


def written_or_described_subject(finder, words: list[Token], sent: int) -> SpeakerRef | None:
    """The subject ``words`` kept as written when they are a name alone
    (:func:`written_name_subject`), else the person they only describe
    (:func:`.unnamed_people.unnamed_described_person`: "The grieving mum of a teenager
    who was stabbed to death said"), else the body named before whose name ends in the
    subject's noun (:func:`.name_end_nouns.name_end_noun_subject`: "the museum said" after
    "the Groninger Museum"), else a person described by a noun no one named before was
    given (:func:`.unclaimed_descriptions.unclaimed_description`: "The victim said"), else
    a body described by a name and a noun for a body
    (:func:`.named_body_descriptions.named_body_description`: "The Irish navy said"), else
    the body a common word opening the sentence shortens
    (:func:`.common_word_names.common_word_name`: "First says"), else an unnamed speaker an
    indefinite description brings in (:func:`.indefinite_descriptions.indefinite_description`:
    '"Q," a netizen said')."""
    return (
        written_name_subject(finder, words, sent)
        or unnamed_described_person(finder, words)
        or name_end_noun_subject(finder, words)
        or unclaimed_description(finder, words)
        or named_body_description(finder.text, words)
        or common_word_name(finder, words, sent)
        or indefinite_description(finder.text, words)
    )


def written_name_ref(
    text: str, words: list[Token], s_start: int, actors: list[Actor]
) -> SpeakerRef | None:
    """The subject ``words`` kept as written when they are a name alone
    (:func:`written_name_words`); None otherwise, or when they close a longer name
    (botswana_elephant_hunting_ban_ministry_newser: "Botswana's Ministry of Environment,
    Natural Resources Conservation, and Tourism said" is not "Tourism").

    >>> from ..tokens import tokenize
    >>> text = "Ministry of Environment, Natural Resources Conservation, and Tourism said"
    >>> written_name_ref(text, tokenize(text, [0])[-2:-1], 0, []) is None
    True
    >>> text = "State Farm confirmed"  # midwest_hail_storms_claims_whittle_insurancebusinessmag
    >>> written_name_ref(text, tokenize(text, [0])[:2], 0, []).label
    'State Farm'
    """
    name = written_name_words(words, s_start)
    if name is None or _NAME_BEFORE.search(text, s_start, name[0].start):
        return None
    if shortens_actor_name(name, actors):
        return None
    start, end = name[0].start, name[-1].end
    return SpeakerRef(None, text[start:end], start, end, False, WRITTEN_NAME)


def written_body_after_verb(
    text: str, words: list[Token], actors: list[Actor]
) -> SpeakerRef | None:
    """The subject ``words`` read after an inverted reporting verb, kept as written when it
    is "the" and a name alone that no actor holds (:func:`written_name_ref`): a newspaper or
    a body closing the frame after its quotation (noma_norovirus_media_headlines_redzepi_time:
    ``"Restaurant Leaves Bad Taste with Guests," giggled the Financial Times.``). A person's
    name without "the" is :mod:`.unindexed_names`' part.

    >>> from ..tokens import tokenize
    >>> text = "giggled the Financial Times"
    >>> written_body_after_verb(text, tokenize(text, [0])[1:], []).label
    'Financial Times'
    >>> text = "said the spokesman"
    >>> written_body_after_verb(text, tokenize(text, [0])[1:], []) is None
    True
    """
    if len(words) < 2 or words[0].lower != "the":
        return None
    ref = written_name_ref(text, words, words[0].start, actors)
    if ref is not None:
        ref.how = WRITTEN_NAME_AFTER
    return ref
