"""Clauses that open a sentence but hold no subject: participle adjuncts.

"Speaking at the European Parliament on November 12, she began her speech by saying ...":
the clause before the comma is an adjunct; the subject of the sentence ("she") follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...inflection import IRREGULAR_PASTS
from ...wordlists import word_set
from ..clause_words import (
    ADJUNCT_OPENERS,
    COMPARISONS,
    PARTICIPLE_LINKS,
    SUBORDINATORS,
    clause_words,
)
from ..tokens import Token, last_index_of
from ..vocabulary import ADVERBS, DETERMINERS, FINITE_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS
from .with_participles import with_people_phrase


def fronted_without_comma(words: list[Token], index) -> bool:
    """The subject words ``words`` open with a fronted phrase that no comma closes: a
    prepositional phrase ("In Geneva the ministry") or a capitalised participle phrase
    that opens the sentence ("Delivering a statement outside Downing Street the Prime
    Minister": the Prime Minister speaks, not the statement; not a participle inside the
    sentence). ``index`` is the article's actor index (where names start).

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> fronted_without_comma(tokenize("Delivering a statement the minister", [0]), nobody)
    True
    >>> fronted_without_comma(tokenize("The minister", [0]), nobody)
    False
    >>> fronted_without_comma(tokenize("speaking at the summit the minister", [0]), nobody)
    False
    """
    if not words or words[0].lower in PREPOSITIONS:
        return bool(words)
    return words[0].cap and participle_adjunct(words, index)


_QUOTE_THEN_COMMA = re.compile(r"(?:,\s*[\"\u201d\u2019']|[\"\u201d\u2019']\s*,)\s*\Z")


def quote_closes_adjunct(between: str) -> bool:
    """The text ``between`` two words ends with a quotation closed by a comma, which ends a
    fronted participle adjunct as a comma would: ``Characterizing his time in office as
    "an administration of common sense," Mr. Tory alluded`` (the subject is Mr. Tory).

    >>> quote_closes_adjunct(' "an administration of common sense," ')
    True
    >>> quote_closes_adjunct(' "a gamble" ')
    False
    """
    return _QUOTE_THEN_COMMA.search(between) is not None


#: Words after a fronted past participle that show it is an adjunct ("Asked whether ...").
_AFTER_PAST_PARTICIPLE = frozenset({"whether", "if", "why", "what", "how", "when", "about"})


def participle_adjunct(seg: list[Token], index) -> bool:
    """The words of a clause open with a participle that is not the start of a name:
    ``Speaking at the European Parliament``, ``Addressing the Council``, ``Asked whether
    ...``; such a clause is an adjunct, never the subject. ``index`` (the article's actor
    index) says where names start ("Beijing on Monday" opens with a name).

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> participle_adjunct(tokenize("Speaking at the European Parliament", [0]), nobody)
    True
    >>> participle_adjunct(tokenize("Asked about the talks", [0]), nobody)
    True
    >>> participle_adjunct(tokenize("Beijing on Monday", [0]), N(mention_starting=bool))
    False
    >>> participle_adjunct(tokenize("Leading rights group Amnesty", [0]), nobody)
    False
    >>> participle_adjunct(tokenize("The ministry", [0]), nobody)
    False
    """
    if len(seg) < 2 or seg[0].lower in PREPOSITIONS:
        return False  # "During the visit": a prepositional phrase
    if index.mention_starting(seg[0].start) is not None:
        return False
    low, nxt = seg[0].lower, seg[1].lower
    # "Speaking at", "Addressing the Council", "Responding to"; not "Leading rights NGO X"
    if len(low) > 5 and low.endswith("ing"):
        return nxt in PREPOSITIONS or nxt in DETERMINERS or nxt in ("to", "reporters")
    return (
        len(low) > 4
        and low.endswith("ed")
        and (nxt in _AFTER_PAST_PARTICIPLE or nxt in PREPOSITIONS or nxt == "by")
    )


def fronted_participle(seg: list[Token], index) -> bool:
    """A clause before a comma that opens with a participle is an adjunct
    (:func:`participle_adjunct`), and so is one of three words or more that opens with a
    capitalised word in -ing which starts no name, whatever word follows it ("Staring down
    years of deficits, Chalmers spruiks budget").

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> fronted_participle(tokenize("Staring down years of deficits", [0]), nobody)
    True
    >>> fronted_participle(tokenize("Reading police said", [0]), N(mention_starting=bool))
    False
    """
    if participle_adjunct(seg, index):
        return True
    first = seg[0] if seg else None
    return (
        len(seg) > 2
        and first.cap
        and len(first.lower) > 5
        and first.lower.endswith("ing")
        and index.mention_starting(first.start) is None
    )


def subordinate_participle(left_words: list[Token]) -> bool:
    """The words before a participle cue end in a subordinator ("by", "while"), adverbs
    aside: the participle shares the main clause's subject. ``X responded to the report by
    saying``, ``Maduro recommends a period ..., while nevertheless saying he is "open"``.

    >>> from ..tokens import tokenize
    >>> subordinate_participle(tokenize("the zone, while nevertheless", [0]))
    True
    >>> subordinate_participle(tokenize("the talks on", [0]))
    False
    """
    words = without_last_adverbs([w for w in left_words if w.text[0].isalnum()])
    return bool(words) and words[-1].lower in PARTICIPLE_LINKS


def without_last_adverbs(words: list[Token]) -> list[Token]:
    """``words`` without the adverbs that end them ("while also" -> "while").

    >>> from ..tokens import tokenize
    >>> [w.text for w in without_last_adverbs(tokenize("while also", [0]))]
    ['while']
    """
    end = len(words)
    while end > 0 and words[end - 1].lower in ADVERBS:
        end -= 1
    return words[:end]


#: Words that can open the subject after a fronted phrase ("In Geneva the office ...").
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we"})


def subject_after_fronted_phrase(seg: list[Token], index) -> list[Token] | None:
    """The clause after a fronted prepositional phrase with no comma, from its subject on:
    ``During the four day visit the delegation held hearings`` gives ``the delegation held
    hearings`` (the subject opens with a determiner, a pronoun or a name right after a
    noun, and a verb follows it); None when the words hold no such clause ("After meeting
    the minister" has no verb after "the minister"). ``index`` is the article's actor
    index (where names start).

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> seg = tokenize("During the visit the minister held talks", [0])
    >>> [t.text for t in subject_after_fronted_phrase(seg, nobody)]
    ['the', 'minister', 'held', 'talks']
    >>> subject_after_fronted_phrase(tokenize("After meeting the minister", [0]), nobody)
    """
    if len(seg) < 4 or seg[0].lower not in PREPOSITIONS:
        return None
    for j in range(2, len(seg) - 1):
        t, prev = seg[j], seg[j - 1]
        if _clause_verb(prev):
            return None  # the fronted words make a clause of their own
        opens = t.lower in _SUBJECT_OPENERS or index.mention_starting(t.start) is not None
        if (
            opens
            and prev.lower not in PREPOSITIONS
            and prev.lower not in DETERMINERS
            and prev.lower not in ("and", "or", "of")
            and any(_clause_verb(w) for w in seg[j + 1 :])
        ):
            return seg[j:]
    return None


def _clause_verb(t: Token) -> bool:
    """A lower-case finite verb: an auxiliary, a past form ("held", "reported")."""
    low = t.lower
    return t.text.islower() and (
        low in FINITE_VERBS or low in IRREGULAR_PASTS or (low.endswith("ed") and len(low) > 4)
    )


#: Words before a fronted time phrase or clause ("Shortly after", "Hours before").
FRONTING_WORDS = word_set("fronting_words")

#: Verbs after an opening "It" that is no actor ("It came as ..."):
#: data/words/expletive_openers.txt.
EXPLETIVE_OPENERS = word_set("expletive_openers")

#: The words that open the clause after such an "It comes" ("as", "after", "amid").
_EVENT_LINKS = ADJUNCT_OPENERS


def after_expletive_it(seg: list[Token]) -> list[Token] | None:
    """``It came as Labour attacked the Government over council funding, accusing MPs
    of ...``: an opening "It comes/came as|after|amid" names no actor; the subject is the
    clause after the link word. The words from there, else None.

    >>> from ..tokens import tokenize
    >>> [t.text for t in after_expletive_it(tokenize("It came as Labour attacked", [0]))]
    ['Labour', 'attacked']
    >>> after_expletive_it(tokenize("It said Labour attacked", [0])) is None
    True
    """
    if len(seg) < 4 or seg[0].lower != "it" or seg[1].lower not in EXPLETIVE_OPENERS:
        return None
    return seg[3:] if seg[2].lower in _EVENT_LINKS else None


#: Words that open a fronted time phrase or clause after such a word ("Shortly after",
#: "Just as"), or close it ("Hours later").
_TIME_OPENERS = clause_words("subordinator", "temporal", "time_adverb")


def fronted_time_phrase(seg: list[Token]) -> bool:
    """``Shortly after the decision was announced``, ``Hours before the vote``: a word of
    time or degree, then "after", "before", ...: a fronted phrase or clause, never the
    subject ("Shortly after the decision ..., the OAS published a statement ...").

    >>> from ..tokens import tokenize
    >>> fronted_time_phrase(tokenize("Shortly after the decision was announced", [0]))
    True
    >>> fronted_time_phrase(tokenize("The decision", [0]))
    False
    """
    return len(seg) >= 2 and seg[0].lower in FRONTING_WORDS and seg[1].lower in _TIME_OPENERS


#: The evidence for a speaker found by :func:`according_to_person`.
ACCORDING_TO_SOURCE = "the person of the sentence's opening 'according to'"


def according_to_person(seg: list[Token], index) -> list[Token] | None:
    """The named person of a sentence's opening ``According to X,`` clause, or None: that
    person reports the whole sentence, so a participle or a second verb later in it is
    theirs ("According to Muyaya, the government granted the request, while stating that
    "Q"": Muyaya; "According to Cavallo, the meeting will be "Q" and said": Cavallo). Not
    a body or an outlet ("According to police, the man ..., saying": the man).

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> person = N(mention_starting=lambda start: N(actor=N(kind="person", key="cavallo")))
    >>> [t.text for t in according_to_person(tokenize("According to Cavallo", [0]), person)]
    ['Cavallo']
    >>> body = N(mention_starting=lambda start: N(actor=N(kind="body", key="police")))
    >>> according_to_person(tokenize("According to police", [0]), body) is None
    True
    """
    if len(seg) < 3 or seg[0].lower != "according" or seg[1].lower != "to":
        return None
    mention = index.mention_starting(seg[2].start)
    if (
        mention is None
        or mention.actor.kind != "person"
        or mention.actor.key.startswith("unnamed:")
    ):
        return None
    return seg[2:]


#: Conjunctions that open a sentence outside its fronted phrase:
#: data/words/sentence_conjunctions.txt.
SENTENCE_CONJUNCTIONS = word_set("sentence_conjunctions")


def after_opening_conjunction(segs: list[list[Token]]) -> list[list[Token]]:
    """The clauses ``segs`` without a conjunction that opens the sentence before a fronted
    phrase or clause: ``But in handing down the ruling, presiding Judge Katsunori Ono brushed
    off this argument, saying "Q"``: "in handing down the ruling" is still a fronted phrase,
    so the subject is Judge Katsunori Ono, not "the ruling". A first clause of one word, or
    one that opens with anything else, is kept as it is.

    >>> from ..tokens import tokenize
    >>> segs = [tokenize("But in handing down the ruling", [0]), tokenize("Ono said", [0])]
    >>> [[t.text for t in s] for s in after_opening_conjunction(segs)]
    [['in', 'handing', 'down', 'the', 'ruling'], ['Ono', 'said']]
    >>> [[t.text for t in s] for s in after_opening_conjunction([tokenize("But Ono", [0])])]
    [['But', 'Ono']]
    """
    first = segs[0] if segs else []
    if len(first) < 2 or first[0].lower not in SENTENCE_CONJUNCTIONS:
        return segs
    if first[1].lower not in PREPOSITIONS and first[1].lower not in SUBORDINATORS:
        return segs
    return [first[1:], *segs[1:]]


def clause_subjects(segs: list[list[Token]], index) -> Iterator[tuple[list[Token], str | None]]:
    """The words that may hold the subject of a sentence's main clause, clause by clause
    (``segs``: the words of each comma-separated clause), each with the rule that skipped
    words before it (None when none did): a fronted phrase or subordinate clause is
    skipped ("The evening before at the Summit, Haley smiled and said"), a participle
    adjunct too ("Speaking at the European Parliament, she began by saying"), and a fronted
    prepositional phrase with no comma gives the clause after it ("During the visit the
    delegation held hearings, and reported").

    >>> from types import SimpleNamespace as N
    >>> from ..tokens import tokenize
    >>> nobody = N(mention_starting=lambda start: None)
    >>> segs = [tokenize("Speaking at the forum", [0]), tokenize("she began by", [0])]
    >>> [([t.text for t in w], rule) for w, rule in clause_subjects(segs, nobody)]
    [(['she', 'began', 'by'], 'subject after a participle adjunct')]
    >>> segs = [tokenize("Like the nuncio", [0]), tokenize("who spoke", [0]), tokenize("Bob did", [0])]
    >>> [([t.text for t in w], rule) for w, rule in clause_subjects(segs, nobody)]
    [(['Bob', 'did'], 'subject after a fronted comparison')]
    >>> segs = [tokenize("The star", [0]), tokenize("who starred in Mona Lisa", [0])]
    >>> [[t.text for t in w] for w, _ in clause_subjects(segs, nobody)]
    [['The', 'star']]
    """
    opened = after_opening_conjunction(segs)
    rule = None if opened is segs else "subject after an opening conjunction and a fronted phrase"
    for k, seg in enumerate(opened):
        if not seg:
            continue
        if k == len(segs) - 1 and (words := own_subordinate_subject(seg)) is not None:
            yield words, "subject of the subordinate clause the verb is in"
            continue
        if k == 0 and (words := according_to_person(seg, index)) is not None:
            yield words, ACCORDING_TO_SOURCE
        elif (words := after_expletive_it(seg)) is not None:
            yield words, "subject of the clause after an opening 'It came as'"
        elif participle_adjunct(seg, index):
            rule = "subject after a participle adjunct"
        elif fronted_time_phrase(seg):
            rule = "subject after a fronted time phrase"
        elif seg[0].lower in COMPARISONS:  # "Like X, who spoke on Monday, Y did not mince"
            rule = "subject after a fronted comparison"
        elif seg[0].lower in PREPOSITIONS:
            if (words := subject_after_fronted_phrase(seg, index)) is not None:
                yield words, "subject after a fronted phrase"
        elif seg[0].lower in RELATIVE_PRONOUNS:
            continue  # "The star, who landed a nomination for Mona Lisa, retired": no subject
        elif seg[0].lower not in SUBORDINATORS:  # "When X arrived, ..."
            yield seg, rule


def own_subordinate_subject(seg: list[Token]) -> list[Token] | None:
    """The words after the subordinator that opens the clause a cue stands in, no comma
    between: the participle or second verb shares that clause's subject, not the main
    clause's after it ("While Barra started the hearing by stating, "Q"": Barra).

    >>> from ..tokens import tokenize
    >>> [t.text for t in own_subordinate_subject(tokenize("While Barra started the hearing by", [0]))]
    ['Barra', 'started', 'the', 'hearing', 'by']
    >>> own_subordinate_subject(tokenize("When", [0])) is None
    True
    >>> own_subordinate_subject(tokenize("When asked by X if he had by", [0])) is None
    True
    """
    if len(seg) < 2 or seg[0].lower not in SUBORDINATORS or seg[1].lower in PARTICIPLE_LINKS:
        return None
    if seg[1].lower in ADVERBS or seg[1].lower.endswith(("ed", "ing")):
        return None  # "When asked by the BBC's X if", "While not": a reduced clause, no subject
    return seg[1:]


def absolute_with(text: str, bound: int, left_words: list[Token]) -> int | None:
    """The index of the "with" that opens an absolute construction after a comma in
    ``left_words`` (", with its foreign minister, X, calling"), or without one before a
    short plural phrase of people (:func:`.with_participles.with_people_phrase`:
    "frustrated with witnesses saying"), or None."""
    if (bare := with_people_phrase(left_words)) is not None:
        return bare
    with_k = last_index_of(left_words, ("with",))
    if (
        with_k is not None
        and 0 < with_k < len(left_words) - 1
        and text[bound : left_words[with_k].start].rstrip().endswith(",")
    ):
        return with_k
    return None


def after_fronted_without_comma(chosen: list[Token], index) -> list[Token]:
    """``In Geneva the ministry said``, ``Delivering a statement outside No 10 the PM
    said``: a fronted phrase without a comma (:func:`fronted_without_comma`); the subject
    is the last pronoun, name or determiner that starts a new phrase (not after "of")."""
    if len(chosen) < 3 or not fronted_without_comma(chosen, index):
        return chosen
    for j in range(len(chosen) - 1, 1, -1):
        t = chosen[j]
        starts = (
            t.lower in ("he", "she", "they", "it", "we", "the")
            or index.mention_starting(t.start) is not None
        )
        if starts and chosen[j - 1].lower not in PREPOSITIONS:
            return chosen[j:]
    return chosen
