"""The head of a subject noun phrase speaks, not a name among its modifiers.

"Jordan’s royal palace said", "UN humanitarians reiterated", "The UK PM admitted": the name
before the noun only says whose palace, which humanitarians, which prime minister; the noun
after it heads the phrase, and the phrase, not the name, is the verb's subject. So
"Family facing deportation from Canada says": the family speaks, not the country named inside
the participle phrase that modifies it. :func:`head_after_name` and
:func:`head_before_participle` find such a head; the phrase resolver then keeps the head.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..cue_nouns import document_relayed
from ..cues import CUE_FORMS
from ..relation_holders import relation_word
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    COMMON_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    GROUP_NOUNS,
    MONTHS,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TIME_WORDS,
    is_group_word,
    is_head_word,
)

#: Acronyms of a person's title ("the PM"): they head a phrase as a lower-case noun does.
_TITLE_ACRONYMS = word_set("title_acronyms")

#: Nouns after a name that leave the named body the speaker: a document the body issued
#: ("the UNIFIL statement"), a group noun that is the body ("the M23 rebel group"), its
#: organisers ("Qatar 2022 organisers").
_BODY_ITSELF = DOCUMENT_NOUNS | GROUP_NOUNS | word_set("body_voice_nouns")

#: Words that never head a noun phrase after a name.
_NOT_HEADS = (
    ADVERBS
    | AUXILIARIES
    | COMMON_VERBS
    | frozenset(CUE_FORMS)
    | CONJUNCTIONS
    | DETERMINERS
    | FINITE_VERBS
    | PREPOSITIONS
    | RELATIVE_PRONOUNS
    | TIME_WORDS
    | MONTHS
    | frozenset(PRONOUNS)
    | frozenset(["himself", "herself", "itself", "themselves", "too", "alone"])
)


def _noun_like(t: Token, endings: tuple[str, ...] = ("ly", "ed", "ing")) -> bool:
    """A word that can be (part of) a noun head: a word of letters that is no function
    word, nor (after a name) an adverb in -ly or a verb form in -ed/-ing."""
    low = t.lower
    if not t.text.replace("-", "").isalpha() or low in _NOT_HEADS:
        return False
    return not low.endswith(endings)


def head_after_name(words: list[Token], k: int) -> Token | None:
    """The head noun that the name ending at ``words[k]`` modifies, when the phrase runs on
    from the name, without a gap, into one to three nouns that end it (or end before a
    preposition): "Russia’s top diplomat", "UN humanitarians", "The UK PM", "The EU's Brexit
    negotiator" (a group or document noun leaves the body as the speaker: "Jordan’s royal
    palace", "the OSCE report"). The head is lower case or a title acronym; a capitalised word may stand
    before it. None when the name ends the phrase or an adverb, a verb or a time word
    follows it ("ICE also", "the UN on Monday", "Moscow last week").

    >>> from ..tokens import tokenize
    >>> def head(s, k):
    ...     found = head_after_name([t for t in tokenize(s, [0]) if t.text[0].isalnum()], k)
    ...     return found.text if found else None
    >>> head("Russia’s top diplomat", 0), head("UN humanitarians", 0), head("The UK PM", 1)
    ('diplomat', 'humanitarians', 'PM')
    >>> head("Jordan’s royal palace", 0) is None  # a group noun: the palace speaks
    True
    >>> head("The EU's Brexit negotiator", 1), head("ICE also", 0), head("the UN on Monday", 1)
    ('negotiator', None, None)
    >>> head("Moscow last week", 0), head("Russia", 0), head("Britain and France", 0)
    (None, None, None)
    """
    run: list[Token] = []
    prev = words[k]
    for t in words[k + 1 :]:
        if t.lower in PREPOSITIONS or len(run) == 3:
            break
        if t.start - prev.end > 1 or not _noun_like(t):
            return None
        run.append(t)
        prev = t
    if not run or any(t.lower in _BODY_ITSELF for t in run):
        return None  # "the UNIFIL statement", "the M23 rebel group", "OSCE report"
    head = run[-1]
    if head.text.islower() or head.lower in _TITLE_ACRONYMS:
        return head
    return None


def owns_title(words: list[Token], k: int) -> bool:
    """The possessive ``words[k]`` owns a title or group noun that follows it, right after
    it or after one or two lower-case modifiers: "Michael's private secretary", "Modi's
    longtime media adviser", "the rapporteur's spokesperson": the possessor names whose
    secretary, not the subject (nor a later "he").

    >>> from ..tokens import tokenize
    >>> def owns(s):
    ...     return owns_title([t for t in tokenize(s, [0]) if t.text[0].isalnum()], 0)
    >>> owns("Michael's private secretary"), owns("Modi's longtime media adviser")
    (True, True)
    >>> owns("Ghai's comments"), owns("Michael's secretary"), owns("Michael secretary")
    (False, True, False)
    """
    if not words[k].poss:
        return False
    for n, t in enumerate(words[k + 1 : k + 4]):
        if is_head_word(t.lower):
            return True
        if n == 2 or not t.text.islower() or not _noun_like(t, ("ly", "ing")):
            return False
    return False


#: Nouns for the people who work for one person or body ("Lai’s legal team"):
#: data/words/owned_team_nouns.txt.
_OWNED_TEAMS = word_set("owned_team_nouns")

#: Nouns of a body or a team that a possessive owns and that act for it ("Spain’s civil
#: protection", "Lai’s legal team"): data/words/organisation_words.txt and owned_team_nouns.txt.
_OWNED_AGENT_NOUNS = ORGANISATION_WORDS | _OWNED_TEAMS


def possessed_head(words: list[Token], k: int) -> Token | None:
    """The head noun the possessive name ending at ``words[k]`` owns, when the phrase runs
    on from it, without a gap, into one to three words whose last is a lower-case noun for
    a person, a relative or a body, up to a verb or the end of ``words``: the phrase, not
    the owner, acts ("Lockheed Martin’s UK vice-president added", "Spain’s civil
    protection issued a warning reminding", "Lai’s international legal team filed ...,
    arguing", "A statement from Liam Scarlett’s family said"). None when no such noun
    follows: a document or another thing the owner has ("Hunt’s Autumn Statement",
    "Smith's comments"), a name ("Iran's Zarif"), or a run longer than three words.

    >>> from ..tokens import tokenize
    >>> def head(s, k):
    ...     found = possessed_head([t for t in tokenize(s, [0]) if t.text[0].isalnum()], k)
    ...     return found.text if found else None
    >>> head("Lockheed Martin’s UK vice-president", 1), head("Liam Scarlett’s family", 1)
    ('vice-president', 'family')
    >>> head("Spain’s civil protection issued a warning", 0)
    'protection'
    >>> head("Lai’s international legal team filed an", 0)
    'team'
    >>> head("Smith's comments", 0), head("Iran's Zarif", 0), head("Spain", 0)
    (None, None, None)
    """
    if not words[k].poss:
        return None
    run: list[Token] = []
    prev = words[k]
    for t in words[k + 1 :]:
        adverb = t.lower.endswith("ly") and not relation_word(t.lower)  # not "family"
        if t.start - prev.end > 1 or t.lower in PREPOSITIONS or adverb:
            break
        if not _noun_like(t, ("ed", "ing")):
            break
        if len(run) == 3:
            return None
        run.append(t)
        prev = t
    if not run or not run[-1].text.islower():
        return None
    low = run[-1].lower
    agent = is_head_word(low) or is_group_word(low) or relation_word(low)
    return run[-1] if agent or low in _OWNED_AGENT_NOUNS else None


def head_before_participle(words: list[Token], starts: set[int]) -> list[Token]:
    """The phrase cut before a participle phrase that modifies the common noun opening it
    when a name (a start in ``starts``) stands inside that participle phrase: "Family facing
    deportation from Canada" is the family, not Canada; "Residents living near the border".

    >>> from ..tokens import tokenize
    >>> words = tokenize("Family facing deportation from Canada", [0])
    >>> [t.text for t in head_before_participle(words, {words[4].start})]
    ['Family']
    >>> words = tokenize("According to Canada", [0])
    >>> len(head_before_participle(words, {words[2].start}))
    3
    """
    start = 1 if words and words[0].lower in DETERMINERS else 0
    if len(words) < start + 3 or not _noun_like(words[start], ("ed", "ing")):
        return words
    nxt = words[start + 1]
    relayed = document_relayed(words, start)  # "A statement read on national television"
    if not relayed and not (
        nxt.lower.endswith("ing") and nxt.text.islower() and nxt.lower not in _NOT_HEADS
    ):
        return words
    if not any(t.start in starts for t in words[start + 2 :]):
        return words
    return words[: start + 1]


def owned_name_after(words: list[Token], k: int, index) -> object | None:
    """The mention of a body named right after the possessive name ending at ``words[k]``:
    "Germany's Constitutional Court ruled" is the court, its owner only says whose (a
    body's name, not a person's: "Iran's Zarif" is read as a person elsewhere)."""
    if not words[k].poss or k + 1 >= len(words):
        return None
    m = index.mention_starting(words[k + 1].start)
    if m is None or m.how != "name" or m.actor.kind in ("person", "state"):
        return None
    return m


def modified_head_run(words: list[Token], name_end: int) -> list[Token]:
    """The one to three lower-case nouns that run on, without a gap, from a name ending at
    ``name_end`` to the end of ``words`` (the words before a relative pronoun): the name
    only modifies that phrase's head, so the phrase, not the name, is the antecedent. "the
    Chinese government, which calls": "government"; "Iceland's meteorological office which
    says": "meteorological office"; [] when the name ends the phrase ("Sri Lanka, which").

    >>> from ..tokens import tokenize
    >>> def run(s, end):
    ...     ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    ...     return [t.text for t in modified_head_run(ws, end)]
    >>> run("the Chinese government", 11), run("Iceland’s meteorological office", 7)
    (['government'], ['meteorological', 'office'])
    >>> run("Sri Lanka", 9), run("the UN on Monday", 6), run("China last week", 5)
    ([], [], [])
    """
    run = [t for t in words if t.start >= name_end]
    prev_end = next((t.end for t in reversed(words) if t.start < name_end), name_end)
    if not 0 < len(run) <= 3:
        return []
    for t in run:
        if t.start - prev_end > 1 or not t.text.islower() or not _noun_like(t):
            return []
        prev_end = t.end
    return run


#: Prepositions after which a place is where something happens: data/words/location_prepositions.txt.
LOCATION_PREPOSITIONS = word_set("location_prepositions")


def place_after_preposition(tokens: list[Token], k: int, span: str) -> bool:
    """The subject found for a verb is a place's name (``span``, not a pronoun) whose word
    before (``tokens[k]``, the last word before the name) is a preposition of place: the
    place only says where ("Organisers of the controversial 2022 World Cup in Qatar have
    said", "A family in Milton is racing ... to stay in Canada, saying", "unrest in Nicaragua
    describes"), and the phrase's head, not the place, is the subject.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("the World Cup in Qatar have said", [0])
    >>> place_after_preposition(ws, 3, "Qatar"), place_after_preposition(ws, 2, "Qatar")
    (True, False)
    >>> place_after_preposition(tokenize("demands in it said", [0]), 1, "it")
    False
    """
    if k < 0 or span.lower() in PRONOUNS:
        return False
    return tokens[k].lower in LOCATION_PREPOSITIONS
