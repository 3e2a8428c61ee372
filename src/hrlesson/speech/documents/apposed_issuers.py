"""The subject of a verb that issued a document stands before an apposition set off by
commas: "The European External Action Service (EEAS), the EU's diplomatic arm, issued a
statement"; "a subsidiary of HYBE, the agency behind BTS, had compiled a report"; a person
named in apposition after a description ("A spokesman for the Houthis, Yahya Sarea, issued a
statement saying": Yahya Sarea)."""

from __future__ import annotations

from ..records import Mention, SpeakerRef
from ..tokens import Token
from ..vocabulary import ADVERBS, AUXILIARIES, PERSONAL_SUBJECTS

#: Words that open an apposition or a relative clause set off by commas after a subject.
_APPOSITION_OPENERS = frozenset(
    ["the", "a", "an", "which", "who", "whose", "his", "her", "its", "their"]
)


def segments(words: list[Token]) -> list[list[Token]]:
    """``words`` cut at commas into the runs of words between them (commas dropped).

    >>> from hrlesson.speech.tokens import tokenize
    >>> [[t.text for t in s] for s in segments(tokenize("X, the arm, had", [0]))]
    [['X'], ['the', 'arm'], ['had']]
    """
    runs: list[list[Token]] = [[]]
    for t in words:
        if t.text == ",":
            runs.append([])
        elif t.text[0].isalnum():
            runs[-1].append(t)
    return runs


def only_auxiliaries(words: list[Token]) -> bool:
    """No subject of its own: nothing, or only auxiliaries and adverbs ("had", "has also").

    >>> from hrlesson.speech.tokens import tokenize
    >>> only_auxiliaries(tokenize("had also", [0])), only_auxiliaries(tokenize("the firm", [0]))
    (True, False)
    """
    return all(w.lower in AUXILIARIES or w.lower in ADVERBS for w in words)


def opens_apposition(words: list[Token]) -> bool:
    """A run set off by commas that describes the words before it: opened by an article,
    a possessive name or determiner, or a relative pronoun ("the EU's diplomatic arm",
    "which oversees the ports").

    >>> from hrlesson.speech.tokens import tokenize
    >>> opens_apposition(tokenize("the EU's diplomatic arm", [0]))
    True
    >>> opens_apposition(tokenize("said on Monday", [0]))
    False
    """
    if not words:
        return False
    first = words[0]
    return first.lower in _APPOSITION_OPENERS or first.poss


def subject_before_apposition(words: list[Token]) -> list[Token]:
    """The subject of the verb that follows ``words`` (the sentence up to the verb) when an
    apposition set off by commas stands between them and nothing but auxiliaries or
    adverbs follows it: the run before the apposition, after its last "that" (``it was
    revealed that a subsidiary of HYBE, the agency behind BTS, had``: "a subsidiary of
    HYBE"); none otherwise.

    >>> from hrlesson.speech.tokens import tokenize
    >>> t = "On September 4, the European External Action Service, the EU's diplomatic arm, "
    >>> [w.text for w in subject_before_apposition(tokenize(t, [0]))]
    ['the', 'European', 'External', 'Action', 'Service']
    >>> subject_before_apposition(tokenize("The ministry said on Monday, ", [0]))
    []
    """
    runs = segments(words)
    if len(runs) < 3 or not only_auxiliaries(runs[-1]) or not opens_apposition(runs[-2]):
        return []
    subject = runs[-3]
    cut = max((k + 1 for k, w in enumerate(subject) if w.lower == "that"), default=0)
    return subject[cut:]


def apposed_name_label(words: list[Token]) -> SpeakerRef | None:
    """A subject before an apposition that says what it is, written only in capitalised
    words, names a body the index does not know: its label ("However, Unifor, Canada's
    largest public sector union that represents more than 315,000 workers, released a
    statement on Friday stressing": "Unifor"; tim_hortons_wage_duguid_thespec); none for
    a word in lower case or a subject pronoun (data/words/subject_pronouns.txt).

    >>> from hrlesson.speech.tokens import tokenize
    >>> apposed_name_label(tokenize("Unifor", [0])).label
    'Unifor'
    >>> apposed_name_label(tokenize("the union", [0])) is None
    True
    """
    if not words or not all(w.cap for w in words) or words[0].lower in PERSONAL_SUBJECTS:
        return None
    return SpeakerRef(None, " ".join(w.text for w in words), words[0].start, words[-1].end)


def apposed_person(index, words: list[Token]) -> Mention | None:
    """The person named in apposition, set off by commas, after a description opened by an
    article that is the subject of the verb after ``words`` (the sentence up to the verb),
    nothing but auxiliaries or adverbs between: "A spokesman for the Houthis, Yahya Sarea,
    issued a statement saying that the ship was "Q"" (Yahya Sarea's statement;
    gulf_of_aden_houthi_ship_sinking_sarea_gfatf); the run between the commas must be that
    person's name and nothing else. ``index`` is the article's actor index."""
    runs = segments(words)
    if len(runs) < 3 or not only_auxiliaries(runs[-1]) or not runs[-2] or not runs[-3]:
        return None
    if runs[-3][0].lower not in ("a", "an", "the") or not runs[-3][1:2]:
        return None
    if not runs[-3][1].text.islower():
        return None  # "The European External Action Service, ...": a name, not a description
    m = index.mention_starting(runs[-2][0].start)
    if m is None or m.actor.kind != "person" or m.end != runs[-2][-1].end:
        return None
    return m
