"""Cue forms that head a noun phrase here: "A food and nutrition report due for release".

A bare cue form ("report", "claim", "appeal") after "a"/"an" and lower-case nouns is the
noun those words lead up to, not a verb: with a singular article before it, "report"
cannot be a present-tense verb ("A food and nutrition report ... has "concrete
indications" ..., Griffiths said": the quote is Griffiths's).
"""

from __future__ import annotations

from ..wordlists import word_set
from .tokens import Token
from .vocabulary import (
    ADVERBS,
    AUXILIARIES,
    COMMON_VERBS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    HYPHEN_DASHES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SOCIAL_PLATFORMS,
    STOP_WORDS,
)

#: Verbs whose bare object names the act ("take note"): data/words/light_verbs.txt.
LIGHT_VERBS = word_set("light_verbs")

#: At most this many lower-case words between the article and the cue form.
_MAX_WORDS = 3


def after_indefinite_nouns(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ends a noun phrase opened by "a"/"an" with one to three lower-case
    words (nouns, or "and") between them and no verb or preposition among them, the
    article itself after no preposition (a phrase inside the subject, not the subject).

    >>> from .tokens import tokenize
    >>> toks = tokenize("A food and nutrition report due for release", [0])
    >>> after_indefinite_nouns(toks, 4)
    True
    >>> toks = tokenize("The ministry and its partners report that", [0])
    >>> after_indefinite_nouns(toks, 5)
    False
    >>> after_indefinite_nouns(tokenize("Villagers in a village report that", [0]), 4)
    False

    A relative pronoun opens a clause whose verb the cue form is: 'an indictment that
    claims he was "gathering secret information"'.

    >>> after_indefinite_nouns(tokenize("an indictment that claims he", [0]), 3)
    False
    """
    for n, k in enumerate(range(ti - 1, max(-1, ti - _MAX_WORDS - 2), -1)):
        t = tokens[k]
        if t.sent != tokens[ti].sent:
            return False
        if t.lower in ("a", "an"):  # (not "Villagers in a village report that")
            before = tokens[k - 1] if k > 0 and tokens[k - 1].sent == t.sent else None
            return n >= 1 and (before is None or before.lower not in PREPOSITIONS)
        if not (t.text.isalpha() and t.text.islower()):
            return False
        if t.lower in PREPOSITIONS or t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS:
            return False
        if t.lower.endswith("ed"):
            return False
    return False


#: Determiners that only open a noun phrase (not "those", a pronoun in "those questioned said").
_NOUN_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "these"])


def after_determiner_participles(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` follows a determiner and only lower-case participles and adverbs in
    -ed and -ly (one participle at least): the form heads that noun phrase, a noun ("calls
    the heavily censored reports — which cover inspections — "shocking"": no "reports"
    said; "the leaked claims").

    >>> from .tokens import tokenize
    >>> after_determiner_participles(tokenize("calls the heavily censored reports", [0]), 4)
    True
    >>> after_determiner_participles(tokenize("the ministry recently reported", [0]), 3)
    False
    >>> after_determiner_participles(tokenize("the newly reports", [0]), 2)
    False
    >>> after_determiner_participles(tokenize("of those questioned saying", [0]), 3)
    False
    """
    participle = False
    for k in range(ti - 1, max(-1, ti - _MAX_WORDS - 2), -1):
        t = tokens[k]
        if t.sent != tokens[ti].sent:
            return False
        if t.lower in _NOUN_DETERMINERS:
            return participle
        if not (t.text.isalpha() and t.text.islower() and t.lower.endswith(("ed", "ly"))):
            return False
        participle = participle or t.lower.endswith("ed")
    return False


def plural_before_verb(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]``, a cue form in -s after a lower-case noun, comes right before a verb
    that agrees with a plural subject: the form is that plural noun, the verb's subject
    ("Industry groups including IATA, WTTC, airline and tour brands take aim at the ban":
    no "brands" said; "the government claims are false").

    >>> from .tokens import tokenize
    >>> toks = tokenize("airline and tour brands take aim", [0])
    >>> plural_before_verb(toks, 3)
    True
    >>> plural_before_verb(tokenize("the company claims have been", [0]), 2)
    True
    >>> plural_before_verb(tokenize("he claims they are", [0]), 1)
    False
    """
    if not 0 < ti < len(tokens) - 1 or not tokens[ti].lower.endswith("s"):
        return False
    prev, nxt = tokens[ti - 1], tokens[ti + 1]
    if prev.sent != tokens[ti].sent or nxt.sent != tokens[ti].sent:
        return False
    if not (prev.text.isalpha() and prev.text.islower()) or prev.lower in STOP_WORDS:
        return False
    verbs = (AUXILIARIES | COMMON_VERBS | LIGHT_VERBS) - FINITE_VERBS_SINGULAR
    return nxt.text.islower() and nxt.lower in verbs and not nxt.lower.endswith(("s", "ed"))


#: Verb forms that agree with a singular subject only, or with none ("be", "been").
FINITE_VERBS_SINGULAR = frozenset(["be", "been", "being", "does", "has", "is", "was"])


def after_light_verb(prev: Token | None) -> bool:
    """The word before a cue form is a light verb, so the form is its object, a noun:
    'neighbouring states should take note "because now they are our target"'.

    >>> from .tokens import tokenize
    >>> after_light_verb(tokenize("take", [0])[0]), after_light_verb(tokenize("they", [0])[0])
    (True, False)
    """
    return prev is not None and prev.lower in LIGHT_VERBS


def document_states(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("states") is a verb whose subject is a document: "the report states",
    "it states", "Bennett's report that states that ..." (a relative after the document);
    else it is the noun ("member states").

    >>> from .tokens import tokenize
    >>> document_states(tokenize("a report that states that", [0]), 3)
    True
    >>> document_states(tokenize("the member states that", [0]), 2)
    False
    """
    words = [t for t in tokens[max(0, ti - 2) : ti] if t.sent == tokens[ti].sent]
    if not words:
        return False
    prev = words[-1].lower
    if prev in DOCUMENT_NOUNS or prev == "it":
        return True
    if inverted_document_states(tokens, ti) or sourced_document_states(tokens, ti):
        return True
    return prev in ("that", "which") and len(words) == 2 and words[0].lower in DOCUMENT_NOUNS


#: Words that open a document's phrase after an inverted "states" ("states a release").
_DOCUMENT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "one"})

#: Quotation marks that close a quotation right before an inverted frame.
_CLOSING_MARKS = frozenset("”\"’'")


def inverted_document_states(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("states") opens an inverted frame right after a quotation's closing
    mark, its subject a document named next: ``"Q," states a release on the election board
    website``; "member states" never follows a closing mark and an article.

    >>> from .tokens import tokenize
    >>> document_states(tokenize('"We are ready," states a release on its site', [0]), 6)
    True
    >>> inverted_document_states(tokenize('"We are ready," states said', [0]), 6)
    False
    """
    if ti < 1 or tokens[ti - 1].text not in _CLOSING_MARKS or ti + 2 >= len(tokens):
        return False
    if tokens[ti + 1].lower not in _DOCUMENT_OPENERS:
        return False
    after = tokens[ti + 2 : ti + 5]
    return any(t.lower in DOCUMENT_NOUNS and t.sent == tokens[ti].sent for t in after)


def sourced_document_states(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("states") follows a document noun and its author named after "from"
    or "by" in one to three capitalised words: ``a tweet from Fawthrop states``, ``a
    letter from Amnesty International states``.

    >>> from .tokens import tokenize
    >>> document_states(tokenize("a tweet from Lara Fawthrop states", [0]), 5)
    True
    >>> sourced_document_states(tokenize("troops from member states", [0]), 3)
    False
    """
    k = ti - 1
    while k >= 0 and ti - k <= 3 and tokens[k].cap and tokens[k].sent == tokens[ti].sent:
        k -= 1
    if k == ti - 1 or k < 1 or tokens[k].lower not in ("from", "by"):
        return False
    return tokens[k - 1].lower in DOCUMENT_NOUNS and tokens[k - 1].sent == tokens[ti].sent


def relative_after_document(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` follows "that" or "which" right after a document noun, so it is the
    verb of a relative clause about the document, not a noun after a determiner: "a report
    that says", "Bennett's report that states that the "systematic oppression ...\"".

    >>> from .tokens import tokenize
    >>> relative_after_document(tokenize("a report that says", [0]), 3)
    True
    >>> relative_after_document(tokenize("said that report", [0]), 2)
    False
    """
    if ti < 2 or tokens[ti - 2].sent != tokens[ti].sent:
        return False
    return tokens[ti - 1].lower in ("that", "which") and tokens[ti - 2].lower in DOCUMENT_NOUNS


#: Past participles of passing a document on through an outlet or a platform ("A statement
#: read on national television", "A message posted on Twitter"):
#: data/words/relaying_participles.txt.
RELAYING_PARTICIPLES = word_set("relaying_participles")


def document_relayed(words: list[Token], k: int) -> bool:
    """``A statement read on national television said``: the document noun ``words[k]``,
    then a participle of passing it on and "on"/"by"/"in": the outlet or platform named
    after it only carried the document, which is the subject's head.

    >>> from .tokens import tokenize
    >>> document_relayed(tokenize("A statement read on national television", [0]), 1)
    True
    >>> document_relayed(tokenize("A statement on national television", [0]), 1)
    False

    A platform a document was posted on only carried it too ("A message posted on Twitter
    by BT Care said": the message, then its author; bt_weekend_broadband_outage_bt_care_itpro):

    >>> document_relayed(tokenize("A message posted on Twitter by BT Care", [0]), 1)
    True
    """
    return (
        k + 2 < len(words)
        and words[k].lower in DOCUMENT_NOUNS
        and words[k + 1].lower in RELAYING_PARTICIPLES
        and words[k + 2].lower in ("on", "by", "in")
    )


def document_passed_on(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` is a participle of passing on the document noun right before it,
    then "on", "by" or "in" in the same sentence (:func:`document_relayed`): it qualifies
    the noun ("A message posted on Twitter by BT Care said: "Q"": the message speaks,
    through its author, not a verb "posted" whose subject is the message).

    >>> from .tokens import tokenize
    >>> document_passed_on(tokenize("A message posted on Twitter by BT Care said", [0]), 2)
    True
    >>> document_passed_on(tokenize("The ministry posted on Twitter", [0]), 2)
    False
    """
    if ti < 1 or ti + 1 >= len(tokens) or tokens[ti + 1].sent != tokens[ti].sent:
        return False
    return document_relayed(tokens, ti - 1)


def relative_that(prev: Token, lower: str) -> bool:
    """ "that" before a verb form in -s or -ed is a relative pronoun, not a determiner (which
    takes a singular noun): 'an indictment that claims he was "gathering secret
    information"', but 'that report'.

    >>> from .tokens import tokenize
    >>> that = tokenize("that", [0])[0]
    >>> relative_that(that, "claims"), relative_that(that, "claimed"), relative_that(that, "report")
    (True, True, False)
    """
    return prev.lower == "that" and lower.endswith(("s", "ed"))


#: The words right after a pronoun "another"'s reporting verb: its quotation or clause.
_AFTER_COUNTED_VERB = frozenset([":", ",", "that", '"', "\u201c", "'", "\u2018"])


def another_as_subject(tokens: list[Token], ti: int, prev: Token) -> bool:
    """ "another" (``prev``) before a past-tense cue form at token ``ti`` with a colon, a
    comma, "that" or a quotation next is a pronoun, the verb's subject, not a determiner (no
    noun is spelled "said" or "added"): 'Another said: "Not surprised, ..."'
    (hammersmith_bridge_fully_closed_heatwave_lbc), 'Another added: "Please weigh up ..."'
    (key_theatre_petition_steve_allen_itv); but 'another reported case' is a noun phrase.

    >>> from .tokens import tokenize
    >>> toks = tokenize('Another said: "Not surprised." Another added, "Please." Another reported case.', [0])
    >>> [another_as_subject(toks, i, toks[i - 1]) for i in (1, 9, 16)]
    [True, True, False]
    """
    nxt = tokens[ti + 1].text if ti + 1 < len(tokens) else ""
    return (
        prev.lower == "another" and past_cue_form(tokens[ti].lower) and nxt in _AFTER_COUNTED_VERB
    )


def past_cue_form(lower: str) -> bool:
    """The lower-case cue form is a past tense: a regular "-ed" or "said", "told", "wrote".

    >>> past_cue_form("added"), past_cue_form("said"), past_cue_form("says")
    (True, True, False)
    """
    return lower.endswith("ed") or lower in ("said", "told", "wrote")


def after_quoted_clause(text: str, prev: Token, tok: Token) -> bool:
    """A quotation closed by a comma stands between ``prev`` and the cue form ``tok``: the
    word before the quotation ("that", "his") belongs to the quoted clause, not to the
    cue, which is a verb with its subject after it ('young enough that "he will see the
    light of day," said Ira Lee Sorkin'); but 'the "so-called" report' is a noun.

    >>> from .tokens import tokenize
    >>> text = 'enough that "he will see it," said Sorkin'
    >>> toks = tokenize(text, [0])
    >>> after_quoted_clause(text, toks[1], toks[-2])
    True
    >>> text = 'the "so-called" report'
    >>> toks = tokenize(text, [0])
    >>> after_quoted_clause(text, toks[0], toks[-1])
    False
    """
    between = text[prev.end : tok.start].strip()
    return len(between) > 2 and between[0] in _OPENING_MARKS and between[-2:] in _COMMA_CLOSES


#: Quotation marks that open a quotation, and a comma closed inside or after its mark.
_OPENING_MARKS = "\"“‘'«"
_COMMA_CLOSES = frozenset([',"', ",”", ",’", ",'", '",', "”,", "’,", "»,"])


def after_platform(tokens: list[Token], ti: int, lemma: str) -> bool:
    """``the minister's Facebook post said``: the bare form of a cue (``tokens[ti]``, of
    ``lemma``) right after a platform's name is a noun, the post, not a verb.

    >>> from .tokens import tokenize
    >>> toks = tokenize("the minister's Facebook post said", [0])
    >>> after_platform(toks, 3, "post"), after_platform(tokenize("Facebook posted it", [0]), 1, "post")
    (True, False)
    """
    prev = tokens[ti - 1] if ti > 0 else None
    return (
        prev is not None
        and prev.cap
        and prev.lower in SOCIAL_PLATFORMS
        and tokens[ti].lower == lemma
    )


#: Nouns of news outlets as groups ("media", "newspaper"), and "news": their reports.
_NEWS_NOUNS = word_set("outlet_group_nouns") | {"news"}

#: At most this many modifiers before the outlet noun ("according to local media reports").
_MAX_NEWS_MODIFIERS = 2


def news_reports(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("reports", "claims") follows a noun of news outlets ("media",
    "newspaper", "news") whose phrase stands after a preposition or a participle, or opens
    its sentence as plural "media": the plural noun, not an outlet's verb (``an avalanche
    of media reports to that effect``, ``was shown newspaper reports that the king``,
    ``Media reports that the court ruled ... are inaccurate``); but ``..., local media
    reports.`` and ``the newspaper reports that`` are verbs.

    >>> from .tokens import tokenize
    >>> news_reports(tokenize("despite an avalanche of media reports to", [0]), 5)
    True
    >>> news_reports(tokenize("he was shown newspaper reports that", [0]), 4)
    True
    >>> news_reports(tokenize("Media reports that the court ruled", [0]), 1)
    True
    >>> news_reports(tokenize("(JNS) — Media reports that", [0]), 5)
    True
    >>> news_reports(tokenize("on Tuesday, local media reports.", [0]), 5)
    False
    >>> news_reports(tokenize("the newspaper reports that", [0]), 2)
    False
    """
    tok = tokens[ti]
    if ti < 1 or not tok.lower.endswith("s") or tokens[ti - 1].lower not in _NEWS_NOUNS:
        return False
    k = ti - 2
    while k >= max(0, ti - 2 - _MAX_NEWS_MODIFIERS) and tokens[k].sent == tok.sent:
        w = tokens[k]
        if w.lower in PREPOSITIONS or (w.text.islower() and w.lower.endswith(("ing", "wn"))):
            return True  # "of media reports", "including local media reports", "shown"
        if w.text in HYPHEN_DASHES:
            break  # "(JNS) — Media reports that": a byline before the sentence
        if not w.text.isalpha() or w.lower in STOP_WORDS or w.lower.endswith("ed"):
            return False
        k -= 1
    opens = k < 0 or tokens[k].sent != tok.sent or tokens[k].text in HYPHEN_DASHES
    return opens and k == ti - 2 and tokens[ti - 1].lower == "media"


#: Past verbs that take reports as their subject: data/words/report_noun_verbs.txt.
_REPORT_NOUN_VERBS = word_set("report_noun_verbs")


def reports_as_subject(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]``, a cue form in -s ("reports", "claims"), right before a past verb
    that takes such a noun as its subject (``as reports emerged earlier this month
    that``, ``Initial reports suggested``): the plural noun, not a verb ("he reports"
    takes no past verb after it).

    >>> from .tokens import tokenize
    >>> reports_as_subject(tokenize("as reports emerged earlier", [0]), 1)
    True
    >>> reports_as_subject(tokenize("the agency reports that", [0]), 2)
    False
    """
    if ti + 1 >= len(tokens) or not tokens[ti].lower.endswith("s"):
        return False
    nxt = tokens[ti + 1]
    return nxt.sent == tokens[ti].sent and nxt.text.islower() and nxt.lower in _REPORT_NOUN_VERBS


#: Cue forms that are nouns joined by "and"/"or" to another noun in a list, after a noun or
#: an adjective: data/words/coordinated_cue_nouns.txt.
COORDINATED_CUE_NOUNS = word_set("coordinated_cue_nouns")


def coordinated_noun(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]``, a cue form that is also a noun, stands in a list of nouns: "and"/"or"
    follows it and a lower-case content word, or a comma after one, comes before it (not a
    pronoun, adverb or other stop word, which would make it a verb): 'Graham said, citing
    nerve-related injuries, stress and "a lack of personal life"' (no "stress" said),
    "cell networks rely on for routing calls and messages".

    >>> from .tokens import tokenize
    >>> coordinated_noun(tokenize("injuries, stress and a lack", [0]), 2)
    True
    >>> coordinated_noun(tokenize("for routing calls and messages", [0]), 2)
    True
    >>> coordinated_noun(tokenize("the union, they claims and", [0]), 4)
    False
    >>> coordinated_noun(tokenize("the union claims that", [0]), 2)
    False
    """
    if not 0 < ti < len(tokens) - 2 or tokens[ti].lower not in COORDINATED_CUE_NOUNS:
        return False
    tok, nxt = tokens[ti], tokens[ti + 1]
    if nxt.sent != tok.sent or nxt.lower not in ("and", "or"):
        return False
    prev = tokens[ti - 1]
    if prev.text == "," and ti > 1:
        prev = tokens[ti - 2]
    return (
        prev.sent == tok.sent
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in STOP_WORDS
        and prev.lower not in ADVERBS
    )
