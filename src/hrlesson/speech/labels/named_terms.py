"""Quoted names of laws and of what they ban, and titles of works: labels by their frame.

'a law banning "propaganda of non-traditional sexual relations"', 'a legislative package
on "family values and child protection"', 'making "aggravated homosexuality" a capital
offence' quote a law's own name or category; 'included "The Marble Head of Athena," worth
$3 million' quotes a work's title. None of them is anybody's speech.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..cues import CUE_FORMS, NAMING_CUES
from ..reading import carried_words, display_lead_in
from ..reported_clause import CLOSING_MARKS, OPENING_MARKS
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CONJUNCTIONS,
    DETERMINERS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    WORD_RE,
)

#: Nouns of laws and bans ('law', 'bill', 'prohibition'): data/words/law_nouns.txt.
LAW_NOUNS = word_set("law_nouns")

#: Common nouns a quoted name can stand before ('the "prior consultation" process').
NAME_HEADS = word_set("name_heads")

#: Verbs that make something unlawful ('banning', 'outlawed'): data/words/ban_verbs.txt.
BAN_VERBS = word_set("ban_verbs")

#: A law noun and the preposition or ban verb that joins it to what it names: "law on the ",
#: "package on ", "prohibition on the ", "law banning ".
_LAW_THEN_LINK = re.compile(r"([\w-]+)\s+([\w-]+)\s+(?:the\s+)?$")

#: After a quotation: an article, up to two words and the name of an offence ('a capital
#: offence').
_OFFENCE_AFTER = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:offence|offense|crime)\b")

#: After a quotation: its designation ('"X" be included to the list', '"X" was declared').
_DESIGNATED_AFTER = re.compile(
    r"\s+(?:be|is|was|were|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:included|added|listed|designated|declared|recognised|recognized|classified)\b"
)

#: Words before a passive ban verb ('would not be criminalised').
_PASSIVE_BEFORE = BE_FORMS | frozenset(["not"])

#: Pronouns that open a clause of speech ('"we will ..."'), not a term.
_CLAUSE_OPENERS = PERSONAL_SUBJECTS | frozenset(["this", "there"])


def term_like(quote: str) -> bool:
    """The quotation reads as a term, not a clause: no sentence stop inside it, and it does
    not open with a determiner, an auxiliary or a subject pronoun.

    >>> term_like("propaganda of non-traditional sexual relations"), term_like("LGBTQ+ propaganda,")
    (True, True)
    >>> term_like("we will not accept this."), term_like("a threat. It must end")
    (False, False)
    """
    words = [w.lower() for w in WORD_RE.findall(quote)]
    if not words or len(words) > 8 or re.search(r"[.!?;:]\s*\S", quote.strip()):
        return False
    first = words[0]
    return first not in DETERMINERS and first not in AUXILIARIES and first not in _CLAUSE_OPENERS


def bans_next(words: list[str]) -> bool:
    """The lower-case ``words`` before a quotation end in an active ban verb and at most two
    words of its object ('the law banning', 'outlaw transgenderism and'), not a passive
    one ('would not be criminalised but') nor "from" ('banned from').

    >>> bans_next(["outlaw", "transgenderism", "and"]), bans_next(["be", "criminalised", "but"])
    (True, False)
    >>> bans_next(["the", "ban", "risks"]), bans_next(["smoking", "ban", "will", "mean"])
    (False, False)
    """
    for k in range(max(0, len(words) - 3), len(words)):
        if words[k] in BAN_VERBS and not ban_noun(words, k):
            passive = k > 0 and words[k - 1] in _PASSIVE_BEFORE
            rest = words[k + 1 :]
            return (
                not passive
                and "but" not in rest
                and not (DETERMINERS | PREPOSITIONS).intersection(words[-1:])
            )
    return False


def ban_noun(words: list[str], k: int) -> bool:
    """``words[k]`` is the noun "ban", the subject of the clause, not the verb: after a
    determiner ('the ban risks "making smoking cooler"') or before an auxiliary ('the
    outdoor smoking ban will mean "fewer places ..."'); the quotation is then what the ban
    does, as somebody says it, not what it bans.

    >>> ban_noun(["the", "ban", "risks"], 1), ban_noun(["ban", "will", "mean"], 0)
    (True, True)
    >>> ban_noun(["to", "ban"], 1), ban_noun(["bans", "the"], 0)
    (False, False)
    """
    if words[k] not in ("ban", "bans"):
        return False
    after_determiner = k > 0 and words[k - 1] in DETERMINERS
    return after_determiner or (k + 1 < len(words) and words[k + 1] in AUXILIARIES)


def law_frame(before: str, after: str) -> str:
    """Why the quotation between ``before`` and ``after`` names a law or what a law bans,
    or "": a law noun and a preposition or ban verb before it ('a legislative package on
    "X"', 'Russia's prohibition on the "X"', 'the law banning "X"'), a ban verb up to two
    words before it ('bans "X"', 'outlaw transgenderism and "X"'), or an offence it is
    made ('making "X" a capital offence'), a status it is designated ('that the "X" be
    included to the list of extremist organisations') or a law gives ('a law that
    qualifies critics as "foreign agents."'); not what somebody is banned from ('banned from
    "media activities" for two years': a sentence's terms, told by a lawyer).

    >>> law_frame("a legislative package on ", " and")
    'a law and what it names'
    >>> law_frame("the law was amended to outlaw transgenderism and ", ".")
    'what a law bans'
    >>> law_frame("a provision making ", " a capital offence")
    'an offence a law names'
    >>> law_frame("requested that the ", " be included to the list of extremist groups")
    'a status an authority designates'
    >>> law_frame("a law that qualifies critics of the regime as ", ". The")
    'a status a law gives'
    >>> law_frame("the law, described by critics as ", " and")
    ''
    >>> law_frame("they banned protests, calling it ", ""), law_frame("was banned from ", "")
    ('', '')
    """
    m = _LAW_THEN_LINK.search(before[-60:])
    if m is not None and m.group(1).lower() in LAW_NOUNS:
        link = m.group(2).lower()
        if link in ("on", "against") or link in BAN_VERBS:
            return "a law and what it names"
    tail = re.split(r"[,;:.!?\"“”]", before[-60:])[-1]
    words = [w.lower() for w in WORD_RE.findall(tail)]
    if bans_next(words):
        return "what a law bans"
    if _OFFENCE_AFTER.match(after) is not None:
        return "an offence a law names"
    if _DESIGNATED_AFTER.match(after) is not None:
        return "a status an authority designates"
    # 'described by critics as'; 'has described a move to ban the sale of X as': a naming
    # cue of the clause governs "as"
    cue_before = any(w in CUE_FORMS for w in words[-6:]) or any(
        CUE_FORMS.get(w) in NAMING_CUES for w in words
    )
    laws = LAW_NOUNS.intersection(words[-12:])
    if laws and words[-1:] == ["as"] and not cue_before and not acts_as(words, laws):
        return "a status a law gives"
    return ""


def acts_as(words: list[str], laws: set[str]) -> bool:
    """The only law noun before "as" is the verb "act" that governs it, no determiner before
    it: what something does or serves as, no law ('to curb "competitive dressing" and act as
    "social camouflage", Reidy says').

    >>> acts_as(["and", "act", "as"], {"act"}), acts_as(["the", "act", "as"], {"act"})
    (True, False)
    >>> law_frame('to curb "competitive dressing" and act as ', ", Reidy says")
    ''
    """
    return (
        laws == {"act"}
        and words[-2:-1] == ["act"]
        and (len(words) < 3 or words[-3] not in DETERMINERS)
    )


def law_clause(before: str, quote: str) -> str:
    """Why a quotation that opens with a ban verb, in a clause about a law, is the law's
    content, or "": 'a new law passed by the Duma that "prohibits LGBTQ+ propaganda"'.

    >>> law_clause("a new law passed by the lower house that ", "prohibits LGBTQ+ propaganda")
    'what a law bans'
    >>> law_clause("the minister said he ", "prohibits nothing")
    ''
    """
    first = WORD_RE.match(quote.strip())
    tail = re.split(r"[;:.!?\"“”]", before[-100:])[-1]
    words = [w.lower() for w in WORD_RE.findall(tail)]
    if first is None or first.group(0) not in BAN_VERBS or not LAW_NOUNS.intersection(words):
        return ""
    return "what a law bans"


def named_term(text: str, open_: int, close: int, quote: str, body: bool = True) -> str:
    """Why the quotation ``quote`` between the marks at ``open_`` and ``close`` of
    ``text`` is a law's name or term (:func:`law_frame`), or, in a ``body`` sentence, a
    work's title (:func:`work_title`), or "".

    >>> s = 'a law banning "propaganda of non-traditional sexual relations" to all'
    >>> named_term(s, 14, 61, s[15:61])
    'a law and what it names'
    """
    if body and work_title(text, open_, close, quote):
        return "title of a work or object"
    if not term_like(quote):
        return ""
    before = text[max(0, open_ - 100) : open_]
    return law_frame(before, text[close + 1 : close + 40]) or law_clause(before, quote)


#: A verb right after a title used as a sentence's subject ('"The Fury" is not in theaters').
_VERB_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|has)\b")

#: The last word before a quotation, past other quotation marks and commas of a list.
_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)[\s,\"“”‘’]*$")

#: What may follow a quoted name up to the noun it names: a second quoted name joined by
#: "to", "and" or "or", then the noun ('"notification" to "prior consultation" process').
_HEAD_AFTER_QUOTED = re.compile(
    r"(?:\s+(?:to|and|or)\s+[\"“‘'][^\"”’'\n]{1,40}[\"”’'])?\s+([a-z]+)\b"
)


def title_cased(quote: str) -> bool:
    """Every longer word of the quotation opens with a capital, hyphenated parts too, and
    no stop stands inside it (one comma or full stop may close it): the title of a work.

    >>> title_cased("The Marble Head of Athena,"), title_cased("White-Ground Kylix,")
    (True, True)
    >>> title_cased("Indian-administered Kashmir"), title_cased("We Will Fight. Always")
    (False, False)
    """
    words = WORD_RE.findall(quote)
    long_words = [w for w in words if len(w) > 3 and not w[0].isdigit()]
    if len(words) > 10 or len(long_words) < 1 or len(words) < 2:
        return False
    if re.search(r"[.!?;:,]", quote.strip().rstrip(",.")):
        return False
    parts = [p for w in long_words for p in w.split("-")]
    return all(p[:1].isupper() for p in parts) and words[0][:1].isupper()


def spoken_after(after: str) -> bool:
    """A reporting verb follows the quotation within four words ('"Stop The War,"
    protesters chanted'): speech, however it is capitalised; not a verb that only a
    conjunction or adverbs join to the quotation, which goes on with the clause's own
    subject ('compared the decision to Orwell's "Nineteen Eighty-Four" and blamed the
    government', 'Carole King, a writer of the hit "X", also expressed her admiration').

    >>> spoken_after(", protesters chanted."), spoken_after(" worth an estimated $3")
    (True, False)
    >>> spoken_after(" and blamed the government"), spoken_after('", also expressed her')
    (False, False)
    """
    clause = re.split(r"[.;:!?\"“”]", after)[0]
    words = WORD_RE.findall(clause.lower())[:4]
    for k, w in enumerate(words):
        if w in CUE_FORMS:
            return not words[:k] or not all(_joins_predicate(v) for v in words[:k])
    return False


def _joins_predicate(word: str) -> bool:
    """A lower-case word that joins a second predicate to the clause's subject: a
    conjunction or an adverb ("and", "also", "later")."""
    return word in CONJUNCTIONS or word in ADVERBS or word.endswith("ly")


def work_title(text: str, open_: int, close: int, quote: str) -> str:
    """Why a title-case quotation in a body sentence is a work's or an object's title, or
    "": after a word that is no reporting verb ('included "The Marble Head of Athena,"
    worth $3 million', 'a drinking cup called "White-Ground Kylix,"'), or as a sentence's
    subject ('"The Fury" is not even in theaters yet'); not after a reporting verb or a
    colon, nor before one; nor words on a sign or a chant (:func:`carried_words`).

    >>> s = 'The items included "The Marble Head of Athena," worth $3 million.'
    >>> work_title(s, 19, 46, s[20:46])
    'title of a work or object'
    >>> s = 'He said "Never Again Means Never Again" today.'
    >>> work_title(s, 8, 38, s[9:38])
    ''
    """
    before = text[max(0, open_ - 80) : open_]
    after = text[close + 1 : close + 60]
    if not title_cased(quote) or before.rstrip().endswith(":") or spoken_after(after):
        return ""
    clause = re.split(r"[.!?]\s|\n", before)[-1]
    if carried_words(display_lead_in(clause)):
        return ""  # 'carried signs ... calling to "Layoff Yudof."': a slogan, not a title
    m = _PREV_WORD.search(clause)
    if m is None:
        return "title of a work or object" if _VERB_AFTER.match(after) else ""
    prev = m.group(1).lower()
    if prev in CUE_FORMS and CUE_FORMS[prev] not in NAMING_CUES:
        return ""
    return "title of a work or object"


def named_before_head(text: str, quote: str) -> bool:
    """The quoted words stand, somewhere in ``text``, in quotation marks right before a
    noun that bears names, alone or as the first of two quoted names joined by "to", "and"
    or "or": they are a name wherever the article quotes them ('from the "notification"
    to "prior consultation" process' names both procedures, and so is 'submit the dam for
    "prior consultation" within a regional mechanism').

    >>> s = 'submit it for "prior consultation" now; from the "notification" to "prior consultation" process'
    >>> named_before_head(s, "prior consultation"), named_before_head(s, "notification")
    (True, True)
    >>> named_before_head('it was "unfair" to all', "unfair")
    False
    """
    words = WORD_RE.findall(quote)
    if not words or len(words) > 4 or not quote[:1].islower() or quote.rstrip()[-1:] in ",.;:!?":
        return False
    at = text.find(quote)
    while at >= 0:
        end = at + len(quote)
        if at and text[at - 1] in OPENING_MARKS and text[end : end + 1] in CLOSING_MARKS:
            head = _HEAD_AFTER_QUOTED.match(text, end + 1)
            if head and head.group(1) in NAME_HEADS:
                return True
        at = text.find(quote, at + 1)
    return False
