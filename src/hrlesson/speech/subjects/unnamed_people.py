"""People the article describes but never names: "said a 35-year-old Nepalese worker".

When no description rule reads an indefinite subject (an age and a nationality before the
role, or two roles joined by "and"), the subject is still a person: the words up to the
first role noun describe them ("35-year-old Nepalese worker").
"""

from __future__ import annotations

from ...wordlists import word_set
from ..person_appositions import PERSON_NOUNS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ANONYMOUS_ROLES,
    DEMONYMS,
    EPITHET_GENDER,
    EPITHET_NOUNS,
    KIN_SPEAKERS,
    PREPOSITIONS,
)

#: At most this many words between the article and the role noun.
_MAX_MODIFIERS = 4

#: Adjectives that name a person when no noun follows them ("said a local").
PERSON_ADJECTIVE_NOUNS = word_set("person_adjective_nouns")


def unnamed_person_words(words: list[Token]) -> list[Token] | None:
    """The words that describe an unnamed person in an indefinite subject, without the
    article: ``a 35-year-old Nepalese worker and father-of-three`` gives
    ``35-year-old Nepalese worker``; None when the words are no such phrase (lower-case
    modifiers and nationalities only, then a role noun such as "worker" or "woman").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("a 35-year-old Nepalese worker and father-of-three", [0])
    >>> [t.text for t in unnamed_person_words(toks)]
    ['35-year-old', 'Nepalese', 'worker']
    >>> unnamed_person_words(tokenize("a Geneva lawyer", [0])) is None
    True
    >>> unnamed_person_words(tokenize("a statement", [0])) is None
    True
    """
    if len(words) < 2 or words[0].lower not in ("a", "an", "one"):
        return None
    k = person_noun_after_opener(words, ANONYMOUS_ROLES)
    if k is None:
        k = adjective_noun_closing(words)
    return None if k is None else words[1 : k + 1]


def adjective_noun_closing(words: list[Token]) -> int | None:
    """The index of an adjective that names a person (data/words/person_adjective_nouns.txt)
    closing an indefinite subject, after at most :data:`_MAX_MODIFIERS` lower-case
    modifiers, or going on only with a preposition or "who" ('"Q," said a local.', "a
    native of the town"); None otherwise ("a local official": the role noun names the
    person).

    >>> from ..tokens import tokenize
    >>> [adjective_noun_closing(tokenize(s, [0])) for s in ("a local", "a native of Kulgam")]
    [1, 1]
    >>> adjective_noun_closing(tokenize("a local official", [0])) is None
    True
    """
    k = person_noun_after_opener(words, PERSON_ADJECTIVE_NOUNS)
    if k is None or k == len(words) - 1:
        return k
    after = words[k + 1].lower
    return k if after in PREPOSITIONS or after == "who" else None


def person_noun_after_opener(words: list[Token], nouns: frozenset[str]) -> int | None:
    """The index of the first word of ``words`` after their opener (``words[0]``) that is
    one of ``nouns`` in lower case, with at most :data:`_MAX_MODIFIERS` lower-case
    modifiers, numbers or nationalities before it; None when a preposition, "and", "or",
    "who" or another capitalised word comes first.

    >>> from ..tokens import tokenize
    >>> person_noun_after_opener(tokenize("a 35-year-old Nepalese worker", [0]), ANONYMOUS_ROLES)
    3
    >>> person_noun_after_opener(tokenize("a Geneva lawyer", [0]), ANONYMOUS_ROLES) is None
    True
    """
    for k in range(1, min(len(words), _MAX_MODIFIERS + 2)):
        t = words[k]
        if t.lower in nouns and t.text.islower():
            return k
        if t.lower in PREPOSITIONS or t.lower in ("and", "or", "who"):
            return None
        if not (t.text.islower() or t.text[0].isdigit() or t.lower in DEMONYMS):
            return None
    return None


def unnamed_person_ref(text: str, words: list[Token]) -> SpeakerRef | None:
    """The unnamed person an inverted subject describes ("said a 35-year-old Nepalese
    worker and father-of-three who ..."), labelled by the words that describe them; an
    adjective that names the person keeps its article ("said a local": "a local")."""
    desc = unnamed_person_words(words)
    if desc is None:
        return None
    if desc[-1].lower in PERSON_ADJECTIVE_NOUNS and adjective_noun_closing(words) is not None:
        label = text[words[0].start : desc[-1].end]
        how = "an unnamed person an adjective names after the verb"
        return SpeakerRef(None, label, words[0].start, desc[-1].end, True, how)
    label = text[desc[0].start : desc[-1].end]
    how = "an unnamed person described after the verb"
    return SpeakerRef(None, label, desc[0].start, desc[-1].end, True, how)


#: Words that open an indefinite description of one person ("a pirate commander").
PREPOSED_OPENERS = frozenset({"a", "an", "another"})

#: Words that open the description of one person before its verb ("the grieving mum").
DESCRIPTION_OPENERS = PREPOSED_OPENERS | {"the", "its", "his", "her", "their"}

#: Nouns that describe one person: roles, epithets, kin and the nouns set beside names.
PERSON_DESCRIPTION_NOUNS = ANONYMOUS_ROLES | EPITHET_NOUNS | KIN_SPEAKERS | PERSON_NOUNS


def described_person_ref(text: str, words: list[Token]) -> SpeakerRef | None:
    """The person a subject before its verb only describes, when no rule found anyone
    (no person named before fits it): the opener ("the", "a", "its" ...), lower-case
    modifiers and the first person noun, then nothing or a phrase opened by a preposition:
    ``The grieving mum of a teenager who was stabbed to death said`` gives "the grieving
    mum"; ``its captain said`` "its captain". The label keeps the article, in lower case.

    >>> from ..tokens import tokenize
    >>> text = "The grieving mum of a teenager"
    >>> described_person_ref(text, tokenize(text, [0])).label
    'the grieving mum'
    >>> [described_person_ref(s, tokenize(s, [0])) for s in ("The statement", "the Zoo keeper")]
    [None, None]
    """
    if len(words) < 2 or words[0].lower not in DESCRIPTION_OPENERS:
        return None
    k = person_noun_after_opener(words, PERSON_DESCRIPTION_NOUNS)
    if k is None or (k + 1 < len(words) and words[k + 1].lower not in PREPOSITIONS):
        return None
    end = words[k].end
    label = words[0].lower + text[words[0].end : end]
    return SpeakerRef(None, label, words[0].start, end, True, "a person the subject only describes")


def unnamed_described_person(finder, words: list[Token]) -> SpeakerRef | None:
    """:func:`described_person_ref` for the subject ``words`` of a cue; a definite description
    ("the protesting driver", "its captain") only when the article names no person before
    it whom it could rename, outside quotations: none at all, or, for a gendered noun
    ("the woman"), none known to be of that gender ("the five-time world champion" after
    Magnus Carlsen renames him, which the naming rules decide).
    ``finder`` is the :class:`Attributor`."""
    ref = described_person_ref(finder.text, words)
    if ref is None or words[0].lower in PREPOSED_OPENERS:
        return ref
    gender = EPITHET_GENDER.get(finder.text[ref.start : ref.end].split()[-1].lower())
    for m in finder.index.mentions_in(0, words[0].start):
        if m.actor.kind == "person" and not m.in_quote and gender in (None, m.actor.gender):
            return None
    return ref
