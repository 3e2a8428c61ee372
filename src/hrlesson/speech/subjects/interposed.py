"""Words that stand between a subject and its reporting verb.

Small tests on tokens, used by the name finder, the cue finder and the subject finder: a
time phrase or an aside after a subject ("Moscow on Monday said", "Kyiv, for its part,
said"), a short prepositional phrase after a name in apposition ("The mayor of Los Teques,
Francisco Garces, on Twitter blamed"), the speaker named in an aside after a description
(a body after a group noun: "The mayor's political party, Popular Will, denounced"), and a
verb with its object after "in a statement" ("Zakharova in a statement called it").
"""

from __future__ import annotations

from itertools import pairwise

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    ANONYMOUS_ROLES,
    FINITE_VERBS,
    GROUP_NOUNS,
    MONTHS,
    NAMING_GROUP_NOUNS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TIME_WORDS,
    is_person_head,
)

#: Words that may stand between a subject and its reporting verb: "UNIFIL also said", "the
#: ministry had said" (data/words/interposed_words.txt).
INTERPOSED_WORDS = word_set("interposed_words")

#: Words that open a time phrase before a time word ("on Monday", "last week", "earlier
#: this week").
_TIME_OPENERS = frozenset(["on", "in", "last", "this", "earlier", "late", "early"])


def verb_after_interposed(toks: list[Token], k: int) -> int:
    """The index of the token after the time phrase or the aside set off by commas that
    starts at ``toks[k]`` (the token after a subject), or ``k``: ``Moscow on Monday said``,
    ``Tehran, in a statement, called``, ``Kyiv, for its part, said``, ``Voss, 73, said``
    (an age) (where the verb may stand).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Tehran, in a statement, called", [0])
    >>> toks[verb_after_interposed(toks, 1)].text
    'called'
    >>> toks = tokenize("Tehran, Moscow and Kyiv", [0])
    >>> verb_after_interposed(toks, 1)
    1
    >>> toks = tokenize("Beijing on Friday in a statement called", [0])
    >>> toks[verb_after_interposed(toks, 1)].text
    'called'
    >>> toks = tokenize("Moscow meanwhile called", [0])
    >>> toks[verb_after_interposed(toks, 1)].text
    'called'
    """
    if k >= len(toks) or toks[k].text != ",":
        return _phrase_end(toks, k)
    close = next((j for j in range(k + 1, min(k + 9, len(toks))) if toks[j].text == ","), None)
    if close is None or toks[close].sent != toks[k].sent:
        return k
    aside = toks[k + 1 : close]
    age = len(aside) == 1 and aside[0].text.isdigit()  # "Hollenstein, 73, tells TIME"
    return close + 1 if age or interposed_phrase(aside) else k


def after_adverbs(toks: list[Token], j: int) -> int:
    """The index after the lower-case adverbs that start at ``toks[j]`` (``j`` itself when
    none does): "Moscow meanwhile called", "Adneia, a Yanomami elder, also told".

    >>> from ..tokens import tokenize
    >>> after_adverbs(tokenize("Moscow meanwhile also called", [0]), 1)
    3
    """
    while j < len(toks) and toks[j].text.islower() and toks[j].lower in ADVERBS:
        j += 1
    return j


def _phrase_end(toks: list[Token], k: int) -> int:
    """The index after the adverbs, time phrase and short phrase of place or medium (no
    commas) that start at ``toks[k]``, when a past or present form follows them; else the
    index after the time phrase alone (or ``k``)."""
    j = time_phrase_end(toks, after_adverbs(toks, k))  # "Moscow meanwhile called"
    for end in range(j + 2, min(j + 8, len(toks))):
        verb = toks[end]
        if toks[end - 1].sent != toks[k].sent or not toks[end - 1].text[0].isalnum():
            break
        past = verb.text.islower() and verb.lower.endswith(("ed", "s", "said", "told"))
        if past and verb.lower not in PREPOSITIONS and interposed_phrase(toks[j:end]):
            return end  # "Beijing on Friday in a statement called"
    return j


def time_phrase_end(toks: list[Token], k: int) -> int:
    """The index of the first token after the time phrase that starts at ``toks[k]``
    ("on Monday", "on Monday evening", "last week", "earlier this week", "today", "on 7
    August"), or ``k`` when no time phrase starts there (at most five words, in one
    sentence, all lower case but the day or month).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Moscow on Monday said", [0])
    >>> time_phrase_end(toks, 1)
    3
    >>> time_phrase_end(tokenize("Moscow earlier this week said", [0]), 1)
    4
    >>> time_phrase_end(tokenize("Moscow on Twitter said", [0]), 1)
    1
    >>> time_phrase_end(tokenize("Moscow on Friday in a statement said", [0]), 1)
    3
    """
    j, timed = k, 0
    while j < len(toks) and j - k < 5 and toks[j].sent == toks[k].sent:
        t = toks[j]
        j += 1
        if t.lower in TIME_WORDS or t.lower in MONTHS or (timed and t.text.isdigit()):
            timed = j  # "on Monday", "on August 7"
        elif not (t.text.islower() and t.lower in _TIME_OPENERS) and not t.text.isdigit():
            break
    return timed or k


def only_time_words(toks: list[Token]) -> bool:
    """The words of ``toks`` (punctuation aside) are only adverbs and a time phrase, as
    between a reporting verb and the document it was said in: ``said today in a letter``,
    ``said on Monday in a statement`` (no words at all is also true).

    >>> from ..tokens import tokenize
    >>> only_time_words(tokenize("today", [0])), only_time_words(tokenize("also on Monday", [0]))
    (True, True)
    >>> only_time_words(tokenize("the minister", [0]))
    False
    """
    words = [t for t in toks if t.text[0].isalnum()]
    j = time_phrase_end(words, after_adverbs(words, 0)) if words else 0
    return after_adverbs(words, j) == len(words)


#: Prepositions that open a phrase of place, time or medium between a subject and its verb
#: ("on Twitter", "in a statement", "at a news conference").
_PHRASE_OPENERS = frozenset(["on", "in", "at", "via", "during", "over", "through", "for"])


#: Words that open a noun phrase: inside an interposed phrase only after its preposition.
_PHRASE_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that"])


def interposed_phrase(words: list[Token]) -> bool:
    """The ``words`` between a subject (or the name in apposition after it) and the verb are
    only adverbs, a time phrase or a short phrase of place, time or medium (at most seven
    words, no verb, no new noun phrase after its noun): in ``The mayor of Los Teques,
    Francisco Garces, on Twitter blamed`` the words "on Twitter" stand between Garces
    and the verb; in ``..., in a statement the ministry said`` the ministry is the subject.

    >>> from ..tokens import tokenize
    >>> interposed_phrase(tokenize("on Twitter", [0])), interposed_phrase(tokenize("on Monday", [0]))
    (True, True)
    >>> interposed_phrase(tokenize("at a news conference in Caracas", [0]))
    True
    >>> interposed_phrase(tokenize("also on Monday", [0])), interposed_phrase(tokenize("for its part", [0]))
    (True, True)
    >>> interposed_phrase(tokenize("in a statement the ministry", [0]))
    False
    >>> interposed_phrase(tokenize("in a statement Amnesty", [0]))
    False
    >>> [interposed_phrase(tokenize(t, [0])) for t in ("on Monday officials", "in an interview he")]
    [False, False]
    """
    words = [w for w in words if w.text[0].isalnum()]
    if not words or all(w.lower in ADVERBS or w.lower in TIME_WORDS for w in words):
        return bool(words)
    while words and words[0].lower in ADVERBS:
        words = words[1:]  # "also on Monday"
    if time_phrase_end(words, 0) == len(words):
        return True
    if len(words) > 7 or words[0].lower not in _PHRASE_OPENERS or not words[0].text.islower():
        return False
    last, stem = words[-1], words[-1].lower.removesuffix("s")
    if last.text.islower() and any(_names_speaker(w) for w in (last.lower, stem)):
        return False  # "in a statement officials", "in Geneva diplomats": a subject
    for prev, w in pairwise(words):
        opens = prev.lower in PREPOSITIONS or prev.lower in _PHRASE_DETERMINERS
        if w.lower in FINITE_VERBS or w.lower in RELATIVE_PRONOUNS or w.lower in PERSONAL_SUBJECTS:
            return False  # "in an interview he"
        if prev.lower in TIME_WORDS and w.text.islower() and w.lower not in PREPOSITIONS:
            return False  # "on Monday officials"
        if w.lower in _PHRASE_DETERMINERS and not opens:
            return False  # "in a statement the ministry": a new noun phrase
        if w.cap and not (opens or prev.cap or w.lower in TIME_WORDS or w.lower in MONTHS):
            return False  # "in Geneva Amnesty", "in a statement Amnesty"
    return True


#: The evidence of a body named in an aside after its description.
APPOSED = "a body named in apposition after its description"


def apposed_body(index, asides: list[list[Token]], chosen: list[Token]):
    """The mention of a body whose name fills an aside after a description whose head is a
    group noun, or None: ``The mayor's political party, Popular Will, denounced``, ``The
    opposition coalition, the Democratic Unity Roundtable, said`` (the party, the coalition
    speaks). ``asides`` hold the asides' words, ``chosen`` the description's; ``index`` is
    the article's actor index."""
    if not chosen or chosen[-1].lower not in NAMING_GROUP_NOUNS or not chosen[-1].text.islower():
        return None
    for aside in filter(None, asides):
        names = index.mentions_in(aside[0].start, aside[-1].end + 1)
        if len(names) != 1 or names[0].actor.kind == "person":
            continue
        body = names[0]
        rest = [w for w in aside if w.start < body.start or w.start >= body.end]
        if all(w.lower == "the" for w in rest):
            return body
    return None


def _names_speaker(word: str) -> bool:
    """A noun that may head a subject: "officials", "diplomats", "the group"."""
    return word in GROUP_NOUNS or word in ANONYMOUS_ROLES or is_person_head(word)


def object_follows(toks: list[Token], k: int) -> bool:
    """A determiner, an object pronoun or "that" at ``toks[k]``, right after a past form:
    the form is a verb with its object (``Maria Zakharova in a statement called it "a
    travesty"``), not a participle that qualifies the noun before it (``in a video message
    posted on YouTube``, ``in a message posted the same day``).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("in a statement called it a travesty", [0])
    >>> object_follows(toks, 4), object_follows(tokenize("a message posted on X", [0]), 3)
    (True, False)
    >>> object_follows(tokenize("a message posted the same day", [0]), 3)
    False
    """
    if k >= len(toks):
        return False
    nxt, after = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and (after.lower in TIME_WORDS or after.lower in ("same", "next")):
        return False  # "the same day", "this week": a time phrase, no object
    return nxt.lower in _PHRASE_DETERMINERS or nxt.lower in ("it", "them", "him", "us")
