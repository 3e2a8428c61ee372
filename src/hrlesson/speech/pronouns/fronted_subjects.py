"""A name right after a fronted phrase and its comma is its sentence's subject (a pronoun's
likely antecedent): "On Wednesday, Pence met some migrants. "Q," he said."."""

from __future__ import annotations

import bisect
from types import SimpleNamespace

from ...wordlists import word_set
from ..clause_words import ADJUNCT_OPENERS, COMPARISONS
from ..subjects.adjuncts import participle_adjunct
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    CONJUNCTIONS,
    DASHES,
    DETERMINERS,
    FINITE_VERBS,
    PREPOSITIONS,
    TIME_WORDS,
)

#: The most words a fronted phrase takes before its comma ("At the closing session of the
#: conference").
MAX_FRONTED = 8

#: The most words a fronted participle clause takes before its comma ("Asked whether the
#: attack came from China").
MAX_FRONTED_CLAUSE = 20

#: The evidence of a pronoun whose sentence lead is the main clause's speaker, past one who
#: speaks only in the adjunct that opens the sentence (:func:`after_fronted_clause`).
PAST_ADJUNCT = "the main clause's speaker, past one named in the adjunct that opens its sentence"

#: Adverbs that may open a fronted phrase before its preposition or time phrase ("Just up
#: the road", "Just over three months ago"; data/words/fronted_degree_adverbs.txt).
DEGREE_ADVERBS = word_set("fronted_degree_adverbs")

#: Particles and adverbs that open a fronted phrase of place or time like a preposition
#: ("Up the road", "Across town", "Back in 2019"; data/words/fronted_place_words.txt).
PLACE_OPENERS = word_set("fronted_place_words")

#: An index that knows no names: a fronted clause's first word is read as a participle.
_NO_NAMES = SimpleNamespace(mention_starting=lambda start: None)


def fronted_phrase(words: list[Token]) -> bool:
    """``words`` (from the sentence's start to a comma) are a fronted phrase, no clause:
    a prepositional phrase ("On Wednesday", "At the briefing", "In turn"), an adverb
    ("Meanwhile") or a time phrase ("Last year", "Three months ago"), with no finite verb
    and no comma in it; a degree adverb may open it ("Just up the road", "Just over three
    months ago": :data:`DEGREE_ADVERBS`).

    >>> from ..tokens import tokenize
    >>> fronted_phrase(tokenize("On Wednesday", [0])), fronted_phrase(tokenize("Last year", [0]))
    (True, True)
    >>> fronted_phrase(tokenize("As the talks were ending", [0]))
    False
    >>> fronted_phrase(tokenize("The minister", [0]))
    False
    >>> fronted_phrase(tokenize("Just over three months ago", [0]))
    True
    """
    if not words or len(words) > MAX_FRONTED:
        return False
    if any(not w.text[0].isalnum() or w.lower in FINITE_VERBS for w in words):
        return False
    if len(words) > 1 and words[0].lower in DEGREE_ADVERBS:
        words = words[1:]  # "Just up the road"
    if 1 < len(words) <= 5 and words[-1].lower == "ago" and words[0].lower not in DETERMINERS:
        return True  # "Three months ago"
    first = words[0].lower
    if first in PREPOSITIONS and first not in ("as", "like"):
        return True
    if first in PLACE_OPENERS and len(words) > 1:
        return True  # "Up the road"
    if len(words) == 1:
        return first in ADVERBS and not first.endswith("ly")
    return len(words) == 2 and words[1].lower in TIME_WORDS


def fronted_participle_clause(words: list[Token]) -> bool:
    """``words`` (from the sentence's start to a comma) are a participle clause with no
    comma in it: ``Asked whether the attack came from China``, ``Speaking to reporters
    in Geneva`` (see :func:`participle_adjunct`); its finite verbs belong to the clause.

    >>> from ..tokens import tokenize
    >>> fronted_participle_clause(tokenize("Asked whether the attack came from China", [0]))
    True
    >>> fronted_participle_clause(tokenize("As the talks were ending", [0]))
    False
    """
    if not words or len(words) > MAX_FRONTED_CLAUSE:
        return False
    if any(not w.text[0].isalnum() for w in words):
        return False
    return participle_adjunct(words, _NO_NAMES)


def subject_after_fronted_phrase(tokens: list[Token], k: int, sent_start: int) -> bool:
    """The name starting at ``tokens[k]`` follows a fronted phrase and its comma at the start
    of its sentence (only capitalised titles between), and a lower-case word that is no
    preposition, article or conjunction follows the name's token ``k`` run: ``On
    Wednesday, Pence met ...``, ``At the briefing, Maria Zakharova pointed out ...``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("On Wednesday, Pence met migrants.", [0])
    >>> subject_after_fronted_phrase(toks, 3, 0)
    True
    >>> toks = tokenize("On Wednesday, Pence and Rubio met.", [0])
    >>> subject_after_fronted_phrase(toks, 3, 0)
    False
    """
    c = k - 1
    while c >= 0 and tokens[c].cap and tokens[c].sent == tokens[k].sent:
        c -= 1  # "On Friday, US Vice President Mike Pence": titles before the name
    if c < 1 or tokens[c].text != "," or tokens[c].sent != tokens[k].sent:
        return False
    opening = [t for t in tokens[:c] if t.sent == tokens[k].sent and t.start >= sent_start]
    if not opening or opening[0].start != sent_start:
        return False
    if not fronted_phrase(opening) and not fronted_participle_clause(opening):
        return False
    return verb_after_name(tokens, k)


def verb_after_name(tokens: list[Token], k: int) -> bool:
    """The capitalised run that starts at ``tokens[k]`` is followed, in its sentence, by a
    lower-case word that is no preposition, article or conjunction (its verb): ``Telenor
    revealed``, not ``Blaming France for``; a relative clause set off by commas may stand
    between (:func:`after_relative_clause`): ``But Michael Brown, who lives 25 metres away,
    objected``.

    >>> from ..tokens import tokenize
    >>> verb_after_name(tokenize("Telenor Asa revealed it", [0]), 0)
    True
    >>> verb_after_name(tokenize("Blaming France for it", [0]), 0)
    False
    """
    j = k + 1
    while j < len(tokens) and tokens[j].cap and tokens[j].sent == tokens[k].sent:
        j += 1  # the rest of the name
    if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return False
    j = after_relative_clause(tokens, j)
    return verb_shaped(tokens[j])


#: Lower-case words that never open a verb phrase after a name.
_NO_VERBS = PREPOSITIONS | DETERMINERS | CONJUNCTIONS


def verb_shaped(word: Token) -> bool:
    """``word`` can be the verb after a subject: a lower-case word that is no preposition,
    determiner or conjunction ("revealed", "was"; not "for", "the", "and", "Asa").

    >>> from ..tokens import tokenize
    >>> [verb_shaped(t) for t in tokenize("revealed for Asa", [0])]
    [True, False, False]
    """
    if not word.text.isalpha() or not word.text.islower():
        return False
    return word.lower not in _NO_VERBS


def after_relative_clause(tokens: list[Token], j: int) -> int:
    """The index of the word after a relative clause set off by commas that opens at
    ``tokens[j]`` (its comma and "who"/"which", a comma closing it in the same sentence,
    at most :data:`MAX_FRONTED_CLAUSE` words): the main verb of the name before it. ``But
    Michael Brown, who lives 25 metres away, objected to the application``: "objected".
    ``j`` when no such clause opens there.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Ann Lee, who lives here, objected to it.", [0])
    >>> toks[after_relative_clause(toks, 2)].text
    'objected'
    >>> toks = tokenize("Ann Lee, who lives here.", [0])
    >>> after_relative_clause(toks, 2)
    2
    """
    sent = tokens[j].sent
    if tokens[j].text != "," or j + 1 >= len(tokens) or tokens[j + 1].lower not in ("who", "which"):
        return j
    for i in range(j + 2, min(j + 2 + MAX_FRONTED_CLAUSE, len(tokens) - 1)):
        if tokens[i].sent != sent:
            return j
        if tokens[i].text == ",":
            return i + 1 if tokens[i + 1].sent == sent else j
    return j


def after_fronted_clause(tokens: list[Token], s_start: int, pos: int) -> int:
    """Where the main clause begins, when the sentence opening at offset ``s_start`` opens
    with an adjunct that ends with a comma or a dash before ``pos`` (the main clause's
    speaker): a subordinate clause (``When Amanpour asked if there was a threat — including
    of a meltdown — Grossi said he doubted that``), a participle clause (``Speaking after
    Tui reported a loss, chief executive Fritz Joussen declared``) or a comparison, its
    relative clause too (``Like Apostolic Nuncio Christophe Pierre, who addressed the
    bishops on Monday, Cesareo did not mince words``): whoever the adjunct names speaks
    in it only, so the sentence's lead speaker, for a "he" after it, is the main clause's
    (Grossi, Joussen, Cesareo). Else ``s_start``.

    >>> from ..tokens import tokenize
    >>> s = "When Ann asked if it was safe, Bob said no."
    >>> toks = tokenize(s, [0])
    >>> s[after_fronted_clause(toks, 0, s.index("said")) :].strip()
    'Bob said no.'
    >>> after_fronted_clause(toks, 0, s.index("Ann"))
    0
    >>> s = "Like Ann, who spoke on Monday, Bob did not mince words."
    >>> s[after_fronted_clause(tokenize(s, [0]), 0, s.index("did")) :].strip()
    'Bob did not mince words.'
    >>> s = "Speaking after Ann reported a loss, Bob declared victory."
    >>> s[after_fronted_clause(tokenize(s, [0]), 0, s.index("declared")) :].strip()
    'Bob declared victory.'
    """
    k = bisect.bisect_left(tokens, s_start, key=lambda t: t.start)
    k = past_opening_link(tokens, k)
    if k >= len(tokens) or not _adjunct_opens(tokens, k):
        return s_start
    ends = [
        t
        for t in tokens[k + 1 : k + MAX_FRONTED_CLAUSE]
        if t.text in (",", *DASHES) and t.start < pos and t.sent == tokens[k].sent
    ]
    return ends[-1].end if ends else s_start


def past_opening_link(tokens: list[Token], k: int) -> int:
    """The index of the word after a link that opens the sentence at ``tokens[k]`` ("But",
    "And", "However," ...), when an adjunct opens right after it (:func:`_adjunct_opens`),
    else ``k``: ``But after being informed by the Minister that he would look into the
    request, Cllr Bourke said he received ...``: the adjunct still ends at its comma, and
    the sentence's lead is Bourke, not the Minister who informed him in it.

    >>> from ..tokens import tokenize
    >>> past_opening_link(tokenize("But after Ann spoke, Bob said no.", [0]), 0)
    1
    >>> past_opening_link(tokenize("But Bob said no.", [0]), 0)
    0
    """
    if k >= len(tokens) or tokens[k].lower not in CONJUNCTIONS:
        return k
    n = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ",")
    same = n < len(tokens) and tokens[n].sent == tokens[k].sent
    return n if same and _adjunct_opens(tokens, n) else k


def _adjunct_opens(tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, the first word of a sentence, opens an adjunct: a subordinator or a
    fronted word ("When", "Despite"), a comparison ("Like", "Unlike": data/words/
    clause_words.csv) or a participle clause up to its first comma ("Speaking after")."""
    if tokens[k].lower in ADJUNCT_OPENERS or tokens[k].lower in COMPARISONS:
        return True
    words = []
    for t in tokens[k : k + MAX_FRONTED_CLAUSE]:
        if t.text == "," or t.sent != tokens[k].sent:
            break
        words.append(t)
    return participle_adjunct(words, _NO_NAMES)
