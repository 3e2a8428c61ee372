"""An age used as a noun renames a person: "Jenny Hockey, a retired sociology lecturer, was
one of those arrested. "Q," the 70-year-old said": the person the article introduced last."""

from __future__ import annotations

import bisect
import re

from ..actor_index import ActorIndex
from ..records import Actor, SpeakerRef
from ..tokens import Token
from ..vocabulary import AGE_NOUN, ANONYMOUS_ROLES, PREPOSITIONS, is_head_word

#: The evidence of a quote this rule placed.
AGED_PERSON = "an age noun: the person the text introduced last"
#: The evidence of a quote placed so, passing over a person met only after a preposition.
AGED_NOT_OBJECT = "an age noun: the person the text introduced last, not one met only as an object"
#: The evidence of a quote placed with the person the text wrote with that age.
AGED_INTRODUCED = "an age noun: the person the text wrote with that age"
#: The evidence of a quote whose age noun renames nobody the text named before it.
UNNAMED_AGED = "an age noun: a person the text does not name"


def is_age_noun(word: str) -> bool:
    """``70-year-old``: an age written as one word, a noun after "the".

    >>> is_age_noun("70-year-old"), is_age_noun("year-old"), is_age_noun("old")
    (True, False, False)
    """
    return bool(AGE_NOUN.match(word))


def aged_speaker(index: ActorIndex, start: int, end: int) -> SpeakerRef | None:
    """``the 70-year-old said`` at ``start``: the person the text wrote with that age, the
    nearest before it (:func:`person_with_age`); else of the persons named outside quotations in
    its paragraph or the one before, the one the text introduced last (named first latest):
    "Mika Biereth" after "Schicker is negotiating ... about the striker" in "The 21-year-old
    has told", the person just introduced, not the one who goes on acting around him; with
    none there, the person introduced last before it (:func:`person_introduced_last`)."""
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    par = index.sentences[max(0, s)][1] - 1  # ids count from 1
    since = index.paragraphs[max(0, par - 1)][2]
    age = index.text[start:end].split()[1].lower()
    if (actor := person_with_age(index, start, age)) is not None:
        return SpeakerRef(actor, None, start, end, True, AGED_INTRODUCED)
    actor, passed = person_introduced_last(index, since, start, age)
    if actor is None and since:
        actor, passed = person_introduced_last(index, 0, start, age)  # anywhere before it
    if actor is None:
        return None
    return SpeakerRef(actor, None, start, end, True, AGED_NOT_OBJECT if passed else AGED_PERSON)


def person_with_age(index: ActorIndex, start: int, age: str) -> Actor | None:
    """The person named nearest before ``start``, outside quotations, whom the text wrote
    with the age ``age`` (:func:`written_with_age`): "Marcus Rashford, 23, said ... Prime
    Minister Boris Johnson ... the 23-year-old said" is Rashford; None when there is none."""
    for m in reversed(index.mentions_in(0, start)):
        if m.actor.kind == "person" and not m.in_quote and written_with_age(index.text, m, age):
            return m.actor
    return None


def written_with_age(text: str, span, age: str) -> bool:
    """The name at ``span`` (a start and an end) is written right after the age ``age``
    ("23-year-old Marcus Rashford") or right before it between commas ("Rashford, 23,").

    >>> s = "Forward Marcus Rashford, 23, and 21-year-old Mason Greenwood"
    >>> written_with_age(s, (8, 23), "23-year-old"), written_with_age(s, (45, 60), "21-year-old")
    (True, True)
    >>> written_with_age(s, (45, 60), "23-year-old")
    False
    """
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    before = text[max(0, start - 20) : start].split()
    if before and before[-1].lower() == age:
        return True
    years = age.split("-", 1)[0]
    return re.match(rf",\s*{years}\s*,", text[end : end + 8]) is not None


def person_introduced_last(
    index: ActorIndex, since: int, start: int, age: str
) -> tuple[Actor | None, bool]:
    """Of the persons named outside quotations in ``[since, start)`` and not written with
    another age than ``age`` (:func:`other_age`), the one the text named first latest, passing
    over one met only as an object (:func:`only_after_prepositions`) while another remains;
    and whether such a person, introduced later, was passed over. (None, False) when there is
    none. ican_nobel_survivors_tsuboi_physorg: '"Q," Sunao Tsuboi, who suffered serious burns
    ..., said ... "Q," said the long-time Hiroshima campaigner ... "Q," the 92-year-old
    said': Sunao Tsuboi, two paragraphs up."""
    persons = {
        m.actor
        for m in index.mentions_in(since, start)
        if m.actor.kind == "person" and not m.in_quote
    }
    persons = {a for a in persons if not any(other_age(index.text, x, age) for x in a.mentions)}
    if not persons:
        return None, False
    last = max(persons, key=lambda a: a.first[0])
    introduced = {a for a in persons if not only_after_prepositions(index, a, start)}
    if not introduced:
        return last, False
    actor = max(introduced, key=lambda a: a.first[0])
    return actor, actor is not last


def only_after_prepositions(index: ActorIndex, actor: Actor, start: int) -> bool:
    """Every mention of ``actor`` before ``start``, outside quotations, stands after a
    preposition (:func:`after_preposition`): a person only met as an object ("Rashford said
    he spoke to Prime Minister Boris Johnson" ... "the 23-year-old said": not Johnson;
    "benefitted from Lewis Hamilton's problems" ... "the 27-year-old adding": not Hamilton)
    is no one the text introduced for an age noun to rename."""
    spans = [m for m in index.mentions_in(0, start) if m.actor is actor and not m.in_quote]
    return bool(spans) and all(after_preposition(index.text, m.start) for m in spans)


def after_preposition(text: str, start: int) -> bool:
    """The name at ``start`` stands right after a preposition, past the capitalised words of a
    title ("spoke to Prime Minister Boris Johnson"; data/words/prepositions.txt).

    >>> s = "Rashford spoke to Prime Minister Boris Johnson and striker Mika Biereth"
    >>> after_preposition(s, s.index("Boris")), after_preposition(s, s.index("Mika"))
    (True, False)
    """
    before = text[max(0, start - 60) : start].split()
    for word in reversed(before[-5:]):
        if word.lower() in PREPOSITIONS:
            return True
        if not (word[:1].isupper() and word.isalpha()):
            return False
    return False


def other_age(text: str, span: tuple[int, int], age: str) -> bool:
    """The name at ``span`` is written right after an age that is not ``age``: "15-year-old
    Christopher Yoo" is not "the 19-year-old American" (us_chess_championship_cheating_\
niemann_blackhawksjersey).

    >>> s = "the victory against 15-year-old Christopher Yoo"
    >>> other_age(s, (32, 47), "19-year-old"), other_age(s, (32, 47), "15-year-old")
    (True, False)
    """
    before = text[max(0, span[0] - 20) : span[0]].split()
    return bool(before) and is_age_noun(before[-1].lower()) and before[-1].lower() != age


def aged_subject(reader, words: list[Token], i: int, k: int, run: list[Token]):
    """The person a definite description made of an age alone renames (``run``, from
    ``words[i]`` "the" to ``words[k]``), unless a name follows it ("the 62-year-old Costa":
    the name is the mention; a demonym is none: "said the 19-year-old American"); when the
    text names no person before it, the unnamed person the description itself is
    (:func:`unnamed_aged`). ``reader`` is the :class:`Attributor`."""
    nouns = [t for t in run if not demonym_at(reader.index, t)]
    if len(nouns) != 1 or not is_age_noun(nouns[0].lower) or nouns[0] is not run[0]:
        return None
    if k < len(words) and words[k].cap:
        return None
    start, end = words[i].start, run[-1].end
    return aged_speaker(reader.index, start, end) or unnamed_aged(reader, start, end)


def demonym_at(index: ActorIndex, tok: Token) -> bool:
    """``tok`` is a state's demonym, no name: "American" in "said the 19-year-old American"
    (us_chess_championship_cheating_niemann_blackhawksjersey)."""
    m = index.mention_starting(tok.start)
    return m is not None and m.end == tok.end and m.actor.kind == "state" and m.how != "name"


def unnamed_aged(reader, start: int, end: int) -> SpeakerRef:
    """``"Q," said the 29-year-old in court`` where the text names no person before it
    (green_vault_confession_defendant_indonewyork: "one of the defendants made a
    confession"): the unnamed person "the 29-year-old" stands for."""
    words = reader.text[start:end].split()
    actor = reader.unnamed_person(" ".join(words[1:]), None)
    reader.note_span(actor, start, end)
    return SpeakerRef(actor, None, start, end, True, UNNAMED_AGED)


def head_positions(run: list[Token], unnamed: bool) -> list[int]:
    """Where a description's run has a head word: a title or group noun, for an unnamed
    person an anonymous role too ("a witness"), not a possessive nor an age, which modifies
    the noun or name after it ("56-year-old Frederic Perdriel", "the 64-year-old writer")."""
    return [
        n
        for n, t in enumerate(run)
        if (is_head_word(t.lower) or (unnamed and t.lower in ANONYMOUS_ROLES))
        and not t.poss
        and not is_age_noun(t.lower)
    ]
