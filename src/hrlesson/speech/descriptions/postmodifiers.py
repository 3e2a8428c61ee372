"""An unnamed speaker's description keeps its postmodifier: "protesters in Tehran", "US envoy
to UN", "the Spanish presidency of the Council of the EU" (not "protesters", "US envoy")."""

from __future__ import annotations

from ...inflection import IRREGULAR_PASTS
from ...wordlists import word_set, word_table
from ..clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from ..cues import CUE_FORMS, NOUN_CUES
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    COMMON_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    NAME_ABBREVIATIONS,
    PREPOSITIONS,
    TIME_WORDS,
)

#: Prepositions that open a postmodifier ("of", "to", "in", "from", "for").
POSTMODIFIER_PREPOSITIONS = word_set("postmodifier_prepositions")

#: Means of saying ("by phone", "in a video"): data/words/means_nouns.txt.
MEANS_NOUNS = word_set("means_nouns")

#: Adjectives with their preposition that open a postmodifier ("close to", "familiar with").
POSTMODIFIER_ADJECTIVES = frozenset(
    (row["adjective"], row["preposition"]) for row in word_table("postmodifier_adjectives")
)

#: Nouns that make "in"/"for" an adverbial ("in turn", "in private"), no postmodifier.
ADVERBIAL_OBJECTS = word_set("adverbial_objects")

#: Occasions of speaking that make "at" an adverbial ("at a press conference"):
#: data/words/speaking_occasions.txt.
SPEAKING_OCCASIONS = word_set("speaking_occasions")

#: Reporting verbs' past forms and "says"/"tells" (of :data:`..cues.CUE_FORMS`, not its
#: nouns): a postmodifier stops there ("... said").
_VERB_CUE_FORMS = frozenset(
    form for form, lemma in CUE_FORMS.items() if form != lemma and not form.endswith(("s", "ing"))
) - NOUN_CUES | {"says", "tells"}

#: "-ing" words that are prepositions, not participles ("Industry groups including IATA").
_NOT_PARTICIPLES = frozenset(["including", "according", "regarding", "concerning", "following"])

#: Words after a head that never open a participle postmodifier: reporting verbs' forms,
#: finite verbs and the prepositional participles above.
_NOT_POSTMODIFIER_PARTICIPLES = CUE_FORMS.keys() | FINITE_VERBS | _NOT_PARTICIPLES

#: Words a head's complement stops before: finite verbs, time words, reporting verbs' past
#: forms ("... said").
_POSTMODIFIER_STOPS = FINITE_VERBS | TIME_WORDS | _VERB_CUE_FORMS

#: Bare verbs after "to" that make it a verb's infinitive, no postmodifier ("urged by airlines
#: to take action"): the frequent verbs of data/words/common_verbs.txt and light_verbs.txt.
_BARE_VERBS = COMMON_VERBS | word_set("light_verbs")

#: Words that open a clause and end a postmodifier ("workers at its operations if ...").
_CLAUSE_OPENERS = (SUBORDINATORS - {"as"}) | TEMPORAL_SUBORDINATORS | {"but"}


#: Words a postmodifier never ends on: prepositions, determiners, and the "as" of "cited X
#: as saying".
_NEVER_LAST = PREPOSITIONS | DETERMINERS | {"as"}


def postmodified_end(text: str, words: list[Token], k: int, end: int) -> int:
    """The end of a description whose head ends at ``end`` when ``words[k]``, right after
    the head, opens a postmodifier (or a plural's :func:`coordinated_end`): the phrase runs on to the end of "of/to/in/for/from X"
    (see :func:`head_complement_end`: not past punctuation, a verb or a relative clause).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "the Spanish presidency of the Council of the EU indicated"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 3, toks[2].end)]
    'the Spanish presidency of the Council of the EU'
    >>> s = "protesters in Tehran, who marched, said"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 1, toks[0].end)]
    'protesters in Tehran'
    >>> s = "the committee in turn announced"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 2, toks[1].end)]
    'the committee'
    >>> s = "indigenous organizations and allies issued"
    >>> toks = tokenize(s, [0])
    >>> s[: postmodified_end(s, toks, 2, toks[1].end)]
    'indigenous organizations and allies'
    """
    if k < len(words) and words[k].lower == "and":
        return coordinated_end(text, words, k, end)  # "organizations and allies"
    if adjective_opens(text, words, k, end):
        return complement_end(text, words, k + 1) or end  # "a source close to Kraft"
    if participle_opens(text, words, k, end):
        return participle_end(text, words, k) or end  # "One woman supporting the petition"
    if k >= len(words) or words[k].lower not in POSTMODIFIER_PREPOSITIONS:
        return end
    if verb_complement_opens(words, k):
        return end  # "accused UN experts of lying": the verb's complement
    if end != words[k - 1].end:
        return end  # the head already has its complement ("the representative of Norvalia")
    if text[end : words[k].start].strip():
        return end  # "the group, in a statement": an aside
    if adverbial_phrase(words, k):
        return end  # "the committee in turn", "the group in a post on X"
    return complement_end(text, words, k) or end


def verb_complement_opens(words: list[Token], k: int) -> bool:
    """``words[k]`` is "of" before a lower-case gerund or "to" before a lower-case bare verb:
    the complement a verb before the description governs ("accuse X of doing", "urge X to
    do"), no postmodifier of it: "The Sudanese government on Tuesday accused UN experts of
    lying with reports" (darfur_experts_ismail_sudantribune), "They were accused by police of
    possessing "secret government documents"" (reuters_reporters_appeal_rejected_than_zaw_
    aung_iol), "has been urged by airlines to take "urgent" action" (dublin_airport_drones_
    ryanair_irishexaminer). Not "of something", "envoy to UN", "adviser to the president".

    >>> from hrlesson.speech.tokens import tokenize
    >>> verb_complement_opens(tokenize("accused UN experts of lying with reports", [0]), 3)
    True
    >>> verb_complement_opens(tokenize("urged by airlines to take action", [0]), 3)
    True
    >>> verb_complement_opens(tokenize("US envoy to UN", [0]), 2)
    False
    >>> verb_complement_opens(tokenize("the adviser to the president", [0]), 2)
    False
    """
    if k + 1 >= len(words) or not words[k + 1].text.islower():
        return False
    prep, verb = words[k].lower, words[k + 1].lower
    if prep == "to":
        return verb in _BARE_VERBS
    gerund = len(verb) > 4 and verb.endswith("ing") and not verb.endswith("thing")
    return prep == "of" and gerund and verb not in _NOT_PARTICIPLES


def adjective_opens(text: str, words: list[Token], k: int, end: int) -> bool:
    """``words[k]`` and the word after it, right after a head ending at ``end``, are an
    adjective and its preposition that open a postmodifier ("a source close to Kraft said",
    "people familiar with the matter said").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "A source close to Kraft said"
    >>> toks = tokenize(s, [0])
    >>> adjective_opens(s, toks, 2, toks[1].end), adjective_opens(s, toks, 1, toks[0].end)
    (True, False)
    """
    if k + 2 >= len(words) or end != words[k - 1].end:
        return False
    pair = (words[k].lower, words[k + 1].lower)
    gaps = text[end : words[k].start] + text[words[k].end : words[k + 1].start]
    return pair in POSTMODIFIER_ADJECTIVES and not gaps.strip()


def participle_opens(text: str, words: list[Token], k: int, end: int) -> bool:
    """``words[k]``, right after a head ending at ``end`` with no punctuation between, is a
    lower-case "-ing" participle, hyphenated or not, that opens a postmodifier ("One woman
    supporting the petition said", "activists working for human rights", "a man jet-skiing
    near the surfer"); not a reporting verb's
    participle ("a group accusing the government") nor one with no object after it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "One woman supporting the petition said"
    >>> toks = tokenize(s, [0])
    >>> participle_opens(s, toks, 2, toks[1].end)
    True
    >>> s = "the group accusing the government"
    >>> toks = tokenize(s, [0])
    >>> participle_opens(s, toks, 2, toks[1].end)
    False
    """
    if k + 1 >= len(words) or end != words[k - 1].end or text[end : words[k].start].strip():
        return False
    w, nxt = words[k], words[k + 1]
    return (
        w.text.replace("-", "").isalpha()
        and w.text.islower()
        and w.lower.endswith("ing")
        and len(w.lower) > 5
        and w.lower not in _NOT_POSTMODIFIER_PARTICIPLES
        and nxt.lower not in ("and", "or")  # "families watching and waiting"
        and not text[w.end : nxt.start].strip()
    )


def participle_end(text: str, words: list[Token], k: int) -> int | None:
    """The end of the participle phrase ``words[k]`` opens (as :func:`complement_end`);
    None when it runs up to a quotation or a colon: then the participle brings in the
    words ("union members yelling such slogans as "Q"").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "One woman supporting the petition said"
    >>> s[: participle_end(s, tokenize(s, [0]), 2)]
    'One woman supporting the petition'
    >>> s = 'union members yelling such slogans as "Q"'
    >>> participle_end(s, [t for t in tokenize(s, [0]) if t.text[0].isalnum()], 2) is None
    True
    """
    end = complement_end(text, words, k)
    after = text[end : end + 6].lstrip() if end is not None else ""
    after = after[2:].lstrip() if after.startswith("as ") else after  # "such slogans as "Q""
    return None if after[:1] in ('"', "“", "‘", "'", ":") else end


def adverbial_phrase(words: list[Token], k: int) -> bool:
    """``words[k]``, a preposition after a description's head, opens an adverbial: "in
    turn", "in private", or "in" + a document or a means of saying ("the Mallorca Beach Tour
    group in a post on social media platform X", "the union in a statement"); the speaker
    is the description before it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> adverbial_phrase(tokenize("the group in a post on X", [0]), 2)
    True
    >>> adverbial_phrase(tokenize("protesters in Tehran said", [0]), 1)
    False
    """
    nxt = words[k + 1].lower if k + 1 < len(words) else ""
    if nxt in ADVERBIAL_OBJECTS:
        return True
    if words[k].lower == "at":
        return speaking_occasion(words, k)
    if words[k].lower != "in" or nxt not in DETERMINERS or k + 2 >= len(words):
        return False
    return words[k + 2].lower in DOCUMENT_NOUNS | MEANS_NOUNS


def speaking_occasion(words: list[Token], k: int) -> bool:
    """``words[k]``, "at" after a description's head, opens the occasion its speaker spoke
    at, an adverbial of the verb: one of the four words after it is a noun of
    data/words/speaking_occasions.txt ("Officials at a press conference said"); a place or a
    body after "at" is a postmodifier ("A patient at the practice", "a senior official at
    the Ministry of Home Affairs").

    >>> from hrlesson.speech.tokens import tokenize
    >>> speaking_occasion(tokenize("Officials at a press conference said", [0]), 1)
    True
    >>> speaking_occasion(tokenize("A patient at the practice said", [0]), 2)
    False
    """
    return any(w.lower in SPEAKING_OCCASIONS for w in words[k + 1 : k + 5])


def complement_end(text: str, words: list[Token], k: int, most: int = 9) -> int | None:
    """The end of the phrase that ``words[k]`` (a preposition) opens, up to ``most`` words,
    not past punctuation, a verb or a relative clause, never on a preposition or an article
    (as :func:`head_complement_end`, which reads five words).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "ministers of the Association of Southeast Asian Nations expressed"
    >>> s[: complement_end(s, tokenize(s, [0]), 1)]
    'ministers of the Association of Southeast Asian Nations'
    >>> s = "the mission to the UN office in Geneva on Friday urged"
    >>> s[: complement_end(s, tokenize(s, [0]), 2)]
    'the mission to the UN office in Geneva'
    >>> s = "a spokesperson for St. Rose Hospital, who"
    >>> s[: complement_end(s, [t for t in tokenize(s, [0]) if t.text[0].isalnum()], 2)]
    'a spokesperson for St. Rose Hospital'
    """
    kept: list[Token] = []
    for j in range(k + 1, min(len(words), k + 1 + most)):
        w = words[j]
        gap = text[words[j - 1].end : w.start].strip()
        if gap == "." and words[j - 1].text in NAME_ABBREVIATIONS:
            gap = ""  # "a spokesperson for St. Rose Hospital": the stop of an abbreviation
        if gap or w.lower in _POSTMODIFIER_STOPS:
            break  # "the mission to the UN in Geneva on Friday": not the day
        if w.text.islower() and w.lower in ("who", "that", "which"):
            break
        if w.text.islower() and w.lower.endswith("ed") and not attributive(words, j):
            break
        if w.text.islower() and w.lower in _CLAUSE_OPENERS:
            break  # "workers at its operations if the producer ...": a clause
        if verb_after_name(words, j):
            break  # "Officials at the Department of Water Resources also sent out"
        kept.append(w)
    while kept and kept[-1].text.islower() and kept[-1].lower in _NEVER_LAST:
        kept.pop()  # "cited a man jet-skiing near the surfer as saying": not "as"
    return kept[-1].start + len(kept[-1].base) if kept else None


#: Lower-case words that end a capitalised name in a complement: an adverb or an
#: auxiliary before a verb (data/words/adverbs.txt: "also", "has"), an irregular past
#: (data/words/irregular_verbs.csv: "made") or a frequent verb (data/words/common_verbs.txt:
#: "sent").
_VERBS_AFTER_NAMES = ADVERBS | IRREGULAR_PASTS | COMMON_VERBS


def verb_after_name(words: list[Token], j: int) -> bool:
    """``words[j]`` is a lower-case adverb, auxiliary or verb (:data:`_VERBS_AFTER_NAMES`)
    right after a capitalised word: the name before it ends there, and the clause's verb
    phrase begins; it is no part of the complement.

    oroville_auxiliary_spillway_sheriff_ktla, san_diego_zoo_elephant_wills_latimes:

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Officials at the Department of Water Resources also sent out an alert"
    >>> toks = tokenize(s, [0])
    >>> s[: complement_end(s, toks, 1)]
    'Officials at the Department of Water Resources'
    >>> s = "Investigators at the Humane Society of the United States sent a letter"
    >>> s[: complement_end(s, tokenize(s, [0]), 1)]
    'Investigators at the Humane Society of the United States'
    >>> s = "officials at the UN office in Geneva"
    >>> s[: complement_end(s, tokenize(s, [0]), 1)]
    'officials at the UN office in Geneva'
    """
    w = words[j]
    return (
        j > 0
        and w.text.islower()
        and w.lower in _VERBS_AFTER_NAMES
        and words[j - 1].text[:1].isupper()
    )


def attributive(words: list[Token], j: int) -> bool:
    """``words[j]``, an "-ed" word, is an adjective before its noun, right after a
    determiner ("a representative of the bereaved families"), not a verb ("the mission to
    the UN accused").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("of the bereaved families", [0])
    >>> attributive(toks, 2), attributive(tokenize("the UN accused", [0]), 2)
    (True, False)
    """
    before = words[j - 1].lower if j else ""
    after = words[j + 1] if j + 1 < len(words) else None
    return before in DETERMINERS and after is not None and after.text.isalpha()


def plural_head(head: str) -> bool:
    """A plural title heads a group of unnamed people ("Foreign ministers of ASEAN"), whose
    postmodifier names them; a singular title may be a named holder's post.

    >>> plural_head("ministers"), plural_head("envoy"), plural_head("boss")
    (True, False, False)
    """
    return head.endswith("s") and not head.endswith("ss")


def head_word(name: str) -> str:
    """The last word of a name before its postmodifier: the word that says its number.

    >>> head_word("Foreign ministers from the Northern Union and Velmora")
    'ministers'
    >>> head_word("UN human rights experts"), head_word("Bank of England")
    ('experts', 'England')
    """
    words = name.split()
    cut = next((n for n, w in enumerate(words) if n and w in POSTMODIFIER_PREPOSITIONS), None)
    words = words[:cut] if cut is not None and words[cut - 1].islower() else words
    return words[-1] if words else ""


def coordinated_end(text: str, words: list[Token], k: int, end: int) -> int:
    """The end of a plural description whose head ends at ``end`` when ``words[k]`` is "and"
    joining a second plural noun (up to two lower-case modifiers before it) and that noun's
    own postmodifier: one group, as written ("indigenous organizations and allies",
    "finance ministers and central bankers from the G20").

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "finance ministers and central bankers from the G20 agreed"
    >>> toks = tokenize(s, [0])
    >>> s[: coordinated_end(s, toks, 2, toks[1].end)]
    'finance ministers and central bankers from the G20'
    >>> s = "the ministers and has said"
    >>> toks = tokenize(s, [0])
    >>> s[: coordinated_end(s, toks, 2, toks[1].end)]
    'the ministers'
    """
    if k + 1 >= len(words) or words[k].lower != "and" or end != words[k - 1].end:
        return end
    if text[end : words[k].start].strip() or not plural_head(words[k - 1].lower):
        return end
    for j in range(k + 1, min(len(words), k + 4)):
        w = words[j]
        if text[words[j - 1].end : w.start].strip() or not w.text.isalpha() or not w.text.islower():
            return end
        if w.lower in FINITE_VERBS | DETERMINERS | PREPOSITIONS:
            return end
        if plural_head(w.lower) and len(w.lower) > 4:
            return postmodified_end(text, words, j + 1, w.end)
    return end
