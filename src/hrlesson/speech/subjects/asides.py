"""An unknown one-word name heads the subject slot of a reporting verb it stands apart from:
across an aside set off by commas ("Southwest, with 34 of the affected jets, said"), or
as the subject of a clause closed by a reporting participle ("Boeing also released a
statement, saying"). Such a word names a speaker, whatever list knows it."""

from __future__ import annotations

from ..bodies.group_noun import BARE_BODY_NOUNS
from ..cues import is_cue_at
from ..tokens import Token
from ..vocabulary import (
    FINITE_VERBS,
    FIRST_NAMES,
    HONORIFICS,
    NAMING_GROUP_NOUNS,
    ORGANISATION_WORDS,
    RELATIVE_PRONOUNS,
)
from .interposed import after_adverbs

#: Words that open an aside after a subject and before its verb: a prepositional phrase of
#: possession or of company ("with 34 of the jets"), a relative clause ("which has 24 of").
_ASIDE_OPENERS = frozenset(["with", "which", "whose", "who", "among", "like", "unlike"])

#: The most words an aside between a name and its verb may hold.
_MAX_ASIDE = 12

#: The most words a relative clause on a person ("who collaborated with Prince on Love Song
#: on her album Like A Prayer") may hold between the name and its verb.
_MAX_PERSON_ASIDE = 16

#: The most words between a clause's verb and the reporting participle that closes it.
_MAX_CLAUSE = 10

#: The most words between the verb after an aside and the reporting participle that closes
#: its clause ("posted a picture of the two of them together on Instagram, writing").
_MAX_ASIDE_CLAUSE = 14

#: Prepositions after a past participle that opens an aside ("deported from Iran").
_PARTICIPLE_PREPOSITIONS = frozenset(["from", "by", "in", "at", "to", "with", "for", "into"])


def cue_after_aside(text: str, toks: list[Token], k: int) -> bool:
    """The name at ``toks[k]`` is followed by an aside between commas that opens with a
    preposition or a relative pronoun, then by a reporting verb: the name is its subject.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Southwest, with 34 of the affected jets, said it was", [0])
    >>> cue_after_aside("", toks, 0)
    True
    >>> toks = tokenize("Pemco, which has 24 of the aircraft, also said it", [0])
    >>> cue_after_aside("", toks, 0)
    True
    >>> toks = tokenize("Pemco, with Boeing and Airbus, builds planes", [0])
    >>> cue_after_aside("", toks, 0)
    False

    The aside may be a past participle's phrase, and the verb after it may open a clause
    that a reporting participle closes (afghan_deportees_pakistan_haqqani_awamiitlah,
    prince_death_musicians_tributes_timberlake_inews):

    >>> cue_after_aside("", tokenize("Khoshbin, deported from Iran, said: ", [0]), 0)
    True
    >>> s = "Madonna, who collaborated with Prince on her album, posted a picture of the two"
    >>> s += " of them together on Instagram, writing: "
    >>> cue_after_aside(s, tokenize(s, [0]), 0)
    True
    >>> cue_after_aside("", tokenize("Pemco, founded in 1971, builds planes", [0]), 0)
    False
    """
    return _aside_cue(text, toks, k) is not None


def participle_aside_opener(toks: list[Token], j: int) -> bool:
    """``Khoshbin, deported from Iran, said``: the lower-case past participle at ``toks[j]``,
    a preposition after it, opens an aside that describes the name before it.

    >>> from ..tokens import tokenize
    >>> participle_aside_opener(tokenize("X, deported from Iran, said", [0]), 2)
    True
    >>> participle_aside_opener(tokenize("X, deported Iran, said", [0]), 2)
    False
    """
    if j + 1 >= len(toks):
        return False
    word = toks[j]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower.endswith("ed")
        and toks[j + 1].lower in _PARTICIPLE_PREPOSITIONS
    )


def _aside_cue(text: str, toks: list[Token], k: int) -> int | None:
    """The index of the reporting verb after the aside that follows ``toks[k]``, or None."""
    if k + 2 >= len(toks) or toks[k + 1].text != ",":
        return None
    if toks[k + 2].lower not in _ASIDE_OPENERS and not participle_aside_opener(toks, k + 2):
        return None
    sent = toks[k].sent
    longest = _MAX_PERSON_ASIDE if toks[k + 2].lower in ("who", "whose") else _MAX_ASIDE
    close = next(
        (
            j
            for j in range(k + 3, min(k + 3 + longest, len(toks)))
            if toks[j].text in ",;:" or toks[j].sent != sent or toks[j].text in '"“”'
        ),
        None,
    )
    if close is None or toks[close].text != "," or toks[close].sent != sent:
        return None
    j = after_adverbs(toks, close + 1)
    if j >= len(toks) or toks[j].sent != sent:
        return None
    if is_cue_at(text, toks[j]):
        return j
    return participle_closing_clause(text, toks, j, _MAX_ASIDE_CLAUSE)  # "posted ..., writing:"


def _closes_apposition(toks: list[Token], k: int) -> int:
    """1 when the name at ``toks[k]`` stands between commas after a description ("A
    political group affiliated with Morales, Conalcam, slammed"): the comma after it closes
    the apposition, and the verb follows it; else 0."""
    return int(
        0 < k < len(toks) - 1
        and toks[k - 1].text == ","
        and toks[k + 1].text == ","
        and toks[k - 1].sent == toks[k + 1].sent == toks[k].sent
    )


def clause_closed_by_participle(text: str, toks: list[Token], k: int) -> bool:
    """The name at ``toks[k]`` is followed by a verb in the past or present tense whose
    clause a comma and a reporting participle close: the participle's subject is the
    clause's subject, the name.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Pemco also released a statement, saying it recommended", [0])
    >>> clause_closed_by_participle("", toks, 0)
    True
    >>> toks = tokenize("Pemco released a statement on Monday, after Kovac met", [0])
    >>> clause_closed_by_participle("", toks, 0)
    False
    >>> toks = tokenize("A group close to him, Pemco, slammed the plan, saying it", [0])
    >>> clause_closed_by_participle("", toks, 6)
    True
    >>> toks = tokenize("Pemco's statement, saying it", [0])
    >>> clause_closed_by_participle("", toks, 0)
    False
    """
    return _closing_participle(text, toks, k) is not None


def _closing_participle(text: str, toks: list[Token], k: int) -> int | None:
    """The index of the reporting participle that closes the clause of ``toks[k]``, or None."""
    if toks[k].poss:
        return None
    sent = toks[k].sent
    j = after_adverbs(toks, k + 1 + _closes_apposition(toks, k))
    if j >= len(toks) or toks[j].sent != sent:
        return None
    return participle_closing_clause(text, toks, j, _MAX_CLAUSE)


def participle_closing_clause(text: str, toks: list[Token], j: int, longest: int) -> int | None:
    """The index of the reporting participle after a comma that closes the clause whose
    finite verb is ``toks[j]`` within ``longest`` tokens, or None: "posted a picture of
    them on Instagram, writing" (a stop, a colon or a quotation mark first: None).

    >>> from ..tokens import tokenize
    >>> t = "Madonna posted a picture on Instagram, writing: Q"
    >>> toks = tokenize(t, [0])
    >>> toks[participle_closing_clause(t, toks, 1, 10)].text
    'writing'
    """
    verb = toks[j]
    if not (verb.text.isalpha() and verb.text.islower() and verb.lower.endswith(("ed", "s"))):
        return None
    sent = verb.sent
    for m in range(j + 1, min(j + 1 + longest, len(toks) - 1)):
        if toks[m].sent != sent or toks[m].text in '.;:"“”':
            return None
        if toks[m].text == ",":
            nxt = toks[m + 1]
            return m + 1 if nxt.lower.endswith("ing") and is_cue_at(text, nxt) else None
    return None


def body_named_apart(text: str, toks: list[Token], k: int) -> bool:
    """An unknown one-word name that heads a subject apart from its verb names a body when
    the aside is a relative clause of things ("which") or the reported clause begins with
    "it" ("Southwest, with 34 of the jets, said it was": an airline); "Netanyahu
    justified ..., promising" stays a person.

    >>> from ..tokens import tokenize
    >>> body_named_apart("", tokenize("Pemco also released a statement, saying it", [0]), 0)
    True
    >>> body_named_apart("", tokenize("Pemco, which has 24 jets, said the", [0]), 0)
    True
    >>> body_named_apart("", tokenize("Pemco justified the deal, promising more", [0]), 0)
    False
    """
    if toks[k].lower in FIRST_NAMES or (k > 0 and toks[k - 1].lower in HONORIFICS):
        return False
    cue = _aside_cue(text, toks, k)
    if cue is not None and toks[k + 2].lower == "which":
        return True
    cue = cue if cue is not None else _closing_participle(text, toks, k)
    return cue is not None and cue + 1 < len(toks) and toks[cue + 1].lower in ("it", "its")


#: The most tokens an aside between a full name and its reporting verb may hold (words in
#: brackets included).
_MAX_TITLE_ASIDE = 30


def title_aside_then_cue(text: str, toks: list[Token], b: int) -> bool:
    """The name ending at ``b`` is followed by an aside set off by commas (a title, a post,
    an affiliation; words in brackets inside it are skipped) and then a reporting verb: it
    heads the verb's subject, wherever it stands in its sentence.

    >>> from ..tokens import tokenize
    >>> s = "Speaking here, Sonita Alleyne, Master of Jesus College (the first to act), said"
    >>> title_aside_then_cue(s, tokenize(s, [0]), 5)
    True
    >>> s = "Speaking here, Sonita Alleyne, who runs Jesus College, said"
    >>> title_aside_then_cue(s, tokenize(s, [0]), 5)
    False
    >>> s = "He met Sonita Alleyne, Bo Lind and Kai Berg, said the paper"
    >>> title_aside_then_cue(s, tokenize(s, [0]), 4)
    False
    """
    j = aside_close(toks, b)
    if j is None:
        return False
    n = after_adverbs(toks, j + 1)
    return n < len(toks) and toks[n].sent == toks[b].sent and is_cue_at(text, toks[n])


def aside_close(toks: list[Token], b: int) -> int | None:
    """The comma that closes an aside opened by the comma ``toks[b]`` in its sentence (no
    verb, relative pronoun, "and"/"or", colon or quotation mark in it; words in brackets
    skipped), or None: ``Sonita Alleyne, Master of Jesus College (the first to act), said``.

    >>> from ..tokens import tokenize
    >>> aside_close(tokenize("Jo Li, Master of the College, said", [0]), 2)
    7
    >>> aside_close(tokenize("Jo Li, Bo Lind and Kai Berg, said", [0]), 2) is None
    True
    """
    if b + 2 >= len(toks) or toks[b].text != ",":
        return None
    sent, depth = toks[b].sent, 0
    for j in range(b + 1, min(b + _MAX_TITLE_ASIDE, len(toks) - 1)):
        t = toks[j]
        if t.sent != sent or t.text in ';:"“”':
            return None
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            continue
        if t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS or t.lower in ("and", "or"):
            return None
        if t.text == ",":
            return j if j > b + 1 else None
    return None


#: The most words between a one-word subject and the "its" of its own clause.
_MAX_TO_ITS = 4


def owns_its(toks: list[Token], k: int) -> bool:
    """The one-word subject at ``toks[k]`` is taken up by "its" in its own clause, before
    any other noun phrase could be: a body ("Boeing has pledged its continued support").

    >>> from ..tokens import tokenize
    >>> owns_its(tokenize("Pemco has pledged its support", [0]), 0)
    True
    >>> owns_its(tokenize("Pemco visited the plant and its staff", [0]), 0)
    False
    """
    sent = toks[k].sent
    for j in range(k + 1, min(k + 2 + _MAX_TO_ITS, len(toks))):
        t = toks[j]
        if t.sent != sent or not t.text.isalpha() or not t.text.islower():
            return False
        if t.lower == "its":
            return True
        if t.lower in ("the", "a", "an", "his", "her", "their", "and", "that"):
            return False
    return False


#: Nouns that head a body's description: "a major confederation of charities".
_BODY_HEADS = ORGANISATION_WORDS | NAMING_GROUP_NOUNS | BARE_BODY_NOUNS


def described_as_body(toks: list[Token], k: int) -> bool:
    """The one-word name at ``toks[k]`` is described, in apposition, by a noun phrase whose
    head names a body: ``Oxfam, a major confederation of charitable organizations,
    criticized the figure``, ``Unite, the country's largest union, said`` (a body, so no
    later "he" is it).

    >>> from ..tokens import tokenize
    >>> described_as_body(tokenize("Oxfam, a major confederation of charities, said", [0]), 0)
    True
    >>> described_as_body(tokenize("Vale, a senior official of the group, said", [0]), 0)
    False
    >>> described_as_body(tokenize("Vale, the group's director, said", [0]), 0)
    False
    """
    if k + 2 >= len(toks) or toks[k + 1].text != "," or toks[k + 2].lower not in ("a", "an", "the"):
        return False
    words = []
    for t in toks[k + 3 : k + 8]:
        if t.sent != toks[k].sent or not t.text.islower() or t.lower in ("of", "that", "which"):
            break
        words.append(t.lower)
    return bool(words) and words[-1] in _BODY_HEADS


def unknown_body(text: str, toks: list[Token], k: int) -> bool:
    """An unknown one-word name read as a body: named apart from its verb with "it" after
    (:func:`body_named_apart`), taken up by "its" (:func:`owns_its`) or described as a body
    (:func:`described_as_body`)."""
    return body_named_apart(text, toks, k) or owns_its(toks, k) or described_as_body(toks, k)
