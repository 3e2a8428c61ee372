"""A person named after nothing but a title phrase that opens the sentence is its subject.

Whatever the verb, such a person is who the sentence is about, and a "he said" in the
sentences after it goes on with that person, not with someone named further back:
``Leader of the Opposition Bharrat Jagdeo also stood up to address the matter. "Q," he
said``; ``Miguel's cousin and fellow actor George Clooney was one of the first to pay
tribute. He said``; ``CPI(M) MP Mohammed Salim termed the passage a black episode. "Q,"
he added``. Read by :class:`PronounResolver` when it ranks the persons a pronoun may mean.
"""

from __future__ import annotations

from ..clause_words import clause_words
from ..person_appositions import person_noun
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    COMMON_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE_VERBS,
    HONORIFICS,
    NAME_LINKS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from .fronted_subjects import (
    MAX_FRONTED_CLAUSE,
    fronted_participle_clause,
    fronted_phrase,
    verb_after_name,
)

#: The evidence of a pronoun that went to such a subject.
OPENING_SUBJECT = "the subject a title phrase opens its sentence with"

#: The most words "The", its modifiers and a person noun take before a name.
MAX_DESCRIBED_TITLE = 5

#: Conjunctions that may open a sentence before its subject ("But Cr Morgan Byas came out").
_OPENING_CONJUNCTIONS = frozenset(["and", "but", "yet", "so"])

#: Lower-case words that join the words of one title ("Leader of the Opposition",
#: "cousin and fellow actor"); never a title's first or last word.
_TITLE_LINKS = NAME_LINKS - frozenset(["on"])

#: Words that open a subordinate clause put before the main clause ("As ..., X said").
_SUBORDINATORS = clause_words("subordinator", "temporal")

#: Lower-case words that modify no title as a noun does ("the", "his", "who").
_NO_NOUNS = DETERMINERS | frozenset(PRONOUNS) | RELATIVE_PRONOUNS

#: Marks that may stand inside a title phrase ("CPI(M) MP", "Conservative ‘Tory’ leader").
_INSIDE_MARKS = frozenset(["(", ")", "'", "’", "‘", ".", "-"])


def _title_word(w: Token) -> bool:
    """A word a title phrase is made of: a capitalised word, an owner ("Miguel's"), or a
    lower-case title, modifier or noun for a person ("curator", "fellow", "actor")."""
    low = w.lower
    return (
        w.cap
        or w.poss
        or low in TITLE_HEADS
        or low in TITLE_MODIFIERS
        or low in HONORIFICS
        or person_noun(w)
    )


def title_phrase_opens(words: list[Token]) -> bool:
    """``words`` (the tokens from the start of a sentence to a name) are a title phrase and
    nothing else: titles, capitalised words and owners, linked by "of", "the", "for" or
    "and", with brackets or quotation marks inside; not opened by a preposition, a
    conjunction or an adverb ("In Geneva Guterres", "But Peiris", "Later Smith").

    >>> from ..tokens import tokenize
    >>> def opens(s):
    ...     return title_phrase_opens(tokenize(s, [0]))
    >>> opens("Leader of the Opposition"), opens("Miguel's cousin and fellow actor")
    (True, True)
    >>> opens("CPIM) MP"), opens("Senior curator"), opens("Former Conservative leader")
    (True, True, True)
    >>> opens("In Geneva"), opens("Police arrested"), opens("Leader of"), opens("But")
    (False, False, False, False)
    >>> opens("Kipchoge's coach and former steeplechase world champion")
    True
    """
    words = _participle_modifier_dropped([w for w in words if w.text not in _INSIDE_MARKS])
    if not words or not words[0].cap:
        return False
    first = words[0].lower
    if first in PREPOSITIONS or first in CONJUNCTIONS or first in ADVERBS:
        return False
    if words[-1].lower in _TITLE_LINKS:
        return False
    return all(
        _title_word(w) or (0 < i and w.lower in _TITLE_LINKS) or _noun_before_title(words, i)
        for i, w in enumerate(words)
    )


def _noun_before_title(words: list[Token], i: int) -> bool:
    """``words[i]`` is a lower-case noun that modifies the title after it, alone or with
    other such nouns, inside a title phrase: ``Kipchoge's coach and former steeplechase
    world champion Patrick Sang paid tribute to his athlete's commitment ... "Q," he said``
    (berlin_record_kipchoge_sang_xinhua): "steeplechase" and "world" modify "champion".

    >>> from ..tokens import tokenize
    >>> words = tokenize("former steeplechase world champion", [0])
    >>> [_noun_before_title(words, i) for i in range(4)]
    [True, True, True, False]
    >>> _noun_before_title(tokenize("world said", [0]), 0)
    False
    """
    j = i
    while j < len(words) - 1 and _modifying_noun(words[j]) and words[j].lower not in _NO_NOUNS:
        j += 1
    return j > i and j == len(words) - 1 and _title_word(words[j]) and not words[j].cap


def _participle_modifier_dropped(words: list[Token]) -> list[Token]:
    """``words`` without an opening "-ly" adverb and the participle it modifies, which
    modify the title after them as their hyphenated form does ("Newly-elected Lord Mayor"):
    ``Newly elected Dublin Lord Mayor Christy Burke was also at ...``, ``Recently appointed
    chief executive``; ``words`` as they are otherwise.

    >>> from ..tokens import tokenize
    >>> def rest(s):
    ...     return " ".join(w.text for w in _participle_modifier_dropped(tokenize(s, [0])))
    >>> rest("Newly elected Dublin Lord Mayor"), rest("Newly elected"), rest("Only Smith")
    ('Dublin Lord Mayor', 'Newly elected', 'Only Smith')
    """
    if len(words) < 3 or not words[0].cap or not words[0].lower.endswith("ly"):
        return words
    second = words[1]
    if not (second.text.islower() and second.text.isalpha() and second.lower.endswith("ed")):
        return words
    return words[2:]


def opening_subject(tokens: list[Token], k: int, sent_start: int, others: list) -> bool:
    """The name whose first token is ``tokens[k]`` is the subject of its sentence (which
    starts at offset ``sent_start``): nothing but a title phrase stands before it
    (:func:`title_phrase_opens`), and no other person is named there but owners (``others``:
    the persons named before it in its sentence, as (start, end, is_owner) triples).
    ``Senior curator Robert Sullivan and fossil preparer Kevin Dermody realized``: Sullivan
    opens the subject; Dermody, after him, does not.

    >>> from ..tokens import tokenize
    >>> s = "Miguel's cousin and fellow actor George Clooney was one of the first."
    >>> toks = tokenize(s, [0])
    >>> opening_subject(toks, 5, 0, [(0, 8, True)])
    True
    >>> opening_subject(toks, 5, 0, [(0, 6, False)])
    False
    """
    if any(not owner for _, _, owner in others):
        return False
    j = k
    while j > 0 and tokens[j - 1].start >= sent_start and tokens[j - 1].sent == tokens[k].sent:
        j -= 1
    words = clause_opening([w for w in tokens[j:k] if w.text not in '"“”«'])
    if not words:
        return j < k and verb_after_name(tokens, k)  # "But Peiris said", "Later, Smith met"
    return (
        title_phrase_opens(words)
        or title_after_subordinate_clause(words)
        or described_title_opens(words)
        or _description_apposed(tokens, words, k)
    )


def title_after_subordinate_clause(words: list[Token]) -> bool:
    """``words`` (a sentence's tokens before a name) are a subordinate clause put first,
    up to its comma, then nothing but title words, in lower case too: ``As zoo officials
    recounted the tense moments of Saturday night, senior curator Brandie Smith teared up as
    she told of the "five minutes of pure terror"`` (stillborn_panda_cub_smith_newsday):
    the main clause is about Smith, and so is the "she" (a person named in the clause put
    first makes it no opening subject: see :func:`opening_subject`).

    >>> from ..tokens import tokenize
    >>> def opens(s):
    ...     return title_after_subordinate_clause(tokenize(s, [0]))
    >>> opens("As zoo officials recounted the moments, senior curator")
    True
    >>> opens("When the vote was over, Labour leader"), opens("As the talks ended, police arrested")
    (True, False)
    >>> opens("On Monday, senior curator"), opens("As the talks ended,")
    (False, False)
    """
    if not words or words[0].lower not in _SUBORDINATORS:
        return False
    comma = next((i for i, w in enumerate(words[: MAX_FRONTED_CLAUSE + 1]) if w.text == ","), None)
    rest = words[comma + 1 :] if comma else []
    return bool(rest) and all(_title_word(w) for w in rest) and rest[-1].lower not in _TITLE_LINKS


def described_title_opens(words: list[Token]) -> bool:
    """``words`` (a sentence's tokens before a name) are "The", lower-case nouns that
    modify a person noun, and that person noun, right before the name, no verb among them:
    ``The chess grandmaster Hans Niemann, who is suspected of cheating, started his
    first-round game ...`` (us_chess_championship_cheating_niemann_blackhawksjersey): the
    sentence is about Niemann, and so is a later "he".

    >>> from ..tokens import tokenize
    >>> def opens(s):
    ...     return described_title_opens(tokenize(s, [0]))
    >>> opens("The chess grandmaster"), opens("The veteran climate activist")
    (True, True)
    >>> opens("The court fined businessman"), opens("The report cites activist")
    (False, False)
    """
    if not 3 <= len(words) <= MAX_DESCRIBED_TITLE or words[0].text != "The":
        return False
    if not person_noun(words[-1]):
        return False
    return all(_modifying_noun(w) for w in words[1:-1])


def _modifying_noun(w: Token) -> bool:
    """A lower-case word that may modify a person noun ("chess", "veteran", "climate"):
    no verb form, function word or adverb."""
    low = w.lower
    if not (w.text.isalpha() and w.text.islower()):
        return False
    if low in FINITE_VERBS or low in COMMON_VERBS or low.endswith(("ed", "ly")):
        return False
    if low in PREPOSITIONS or low in CONJUNCTIONS or low in ADVERBS:
        return False
    return not (low.endswith("s") and not low.endswith("ss"))  # "cites", "says": verbs


def clause_opening(words: list[Token]) -> list[Token]:
    """``words`` (a sentence's tokens before a name) without what opens the sentence before
    its subject: a conjunction ("But", "And") and a fronted phrase with its comma ("Later
    today,", "On Monday,", "Speaking to reporters,"), so that what is left is the subject's
    title phrase, or nothing when the name opens the main clause: ``Later today, Ambassador
    Jan Grauls of Belgium ... read out a statement``; ``But Cr Morgan Byas came out
    swinging``.

    >>> from ..tokens import tokenize
    >>> def rest(s):
    ...     return " ".join(w.text for w in clause_opening(tokenize(s, [0])))
    >>> rest("Later today, Ambassador"), rest("But Cr"), rest("On Monday, US envoy")
    ('Ambassador', 'Cr', 'US envoy')
    >>> rest("Miguel's cousin"), rest("When Ann asked, envoy")
    ("Miguel's cousin", 'When Ann asked , envoy')
    """
    if words and words[0].lower in _OPENING_CONJUNCTIONS:
        words = words[1:]
    comma = next((i for i, w in enumerate(words[: MAX_FRONTED_CLAUSE + 1]) if w.text == ","), None)
    if comma and (fronted_phrase(words[:comma]) or fronted_participle_clause(words[:comma])):
        return words[comma + 1 :]
    return words


def _description_apposed(tokens: list[Token], words: list[Token], k: int) -> bool:
    """``The budgeter of the Greens, Sven-Christian Kindler, spoke out``: a description
    that opens the sentence with "The" and no verb, then the name at ``tokens[k]`` set off
    by commas (a comma after the name too).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The budgeter of the Greens, Sven Kindler, spoke out.", [0])
    >>> _description_apposed(toks, toks[:6], 6)
    True
    >>> toks = tokenize("The police arrested the man, Sven Kindler, on Monday.", [0])
    >>> _description_apposed(toks, toks[:6], 6)
    False
    """
    if len(words) < 3 or words[-1].text != "," or words[0].lower not in ("the", "a", "an"):
        return False
    end = next((t for t in tokens[k:] if not t.cap or t.sent != tokens[k].sent), None)
    if end is None or end.text != ",":
        return False
    return all(
        w.cap
        or w.poss
        or w.lower in _TITLE_LINKS
        or (
            w.text.isalpha()
            and w.lower not in FINITE_VERBS
            and w.lower not in COMMON_VERBS
            and not w.lower.endswith("ed")
        )
        for w in words[1:-1]
    )


def title_opened(resolver, at: int, ok, actor) -> bool:
    """The :class:`PronounResolver` ``resolver`` found ``actor`` for the pronoun at ``at``
    as a person a title phrase opens a sentence with (its ``_titled_subject``), named by no
    reporting verb there: for the evidence."""
    found = resolver.recent_at(at, ok)
    m = resolver.index.mention_starting(found[0]) if found and found[1] is actor else None
    return m is not None and not m.subject and resolver._titled_subject(m)
