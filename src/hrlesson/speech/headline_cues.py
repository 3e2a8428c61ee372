"""Reporting verbs in title-case headlines: "Iran Rejects UN Chief’s “Biased” Report".

A headline in title case capitalises its verb, so the rule that a capitalised cue form inside
a sentence is a name ("the Human Rights Report") does not hold there. A capitalised cue form
is a verb in a title or heading when a capitalised subject (or an adverb after one) stands
right before it, a capitalised word or a quotation mark right after it, and a quotation
follows later in the headline.
"""

from __future__ import annotations

from .records import Cue
from .tokens import Token
from .vocabulary import DETERMINERS, PREPOSITIONS

#: Sentence kinds whose words are in title case.
HEADLINE_KINDS = ("title", "heading")

#: Opening quotation marks.
_OPENERS = "\"“‘'«"
#: Closing quotation marks.
_CLOSERS = "\"”’'»"


def headline_verb(tokens: list[Token], ti: int, forms: dict[str, str]) -> bool:
    """``tokens[ti]`` is a capitalised reporting verb (a key of ``forms``) of a title-case
    headline (the caller checks the sentence kind).

    >>> from .tokens import tokenize
    >>> toks = tokenize("Delegates Broadly Condemn Russia’s ‘Dangerous Rhetoric’", [0])
    >>> headline_verb(toks, 2, {"condemn": "condemn"})
    True
    >>> toks = tokenize("UN Report Says Abuses ‘Widespread’", [0])
    >>> headline_verb(toks, 1, {"report": "report", "says": "say"})
    False
    """
    tok = tokens[ti]
    words = [t for t in tokens if t.sent == tok.sent]
    k = words.index(tok)
    if after_quotation(words, k, forms):
        return True
    before = [t for t in words[:k] if t.text[0].isalnum()]
    if not before or not tok.text[:1].isupper() or tok.lower not in forms:
        return False
    prev = before[-1]
    if prev.lower.endswith("ly") and len(before) > 1:
        prev = before[-2]  # "Delegates Broadly Condemn"
    after = words[k + 1 :]
    if not after or not prev.text[:1].isupper() or prev.lower in DETERMINERS:
        return False
    nxt = after[0]
    if nxt.lower in forms or prev.lower in PREPOSITIONS:
        return False  # "UN Report Says": the noun before the verb
    opens = nxt.text[:1].isupper() or nxt.text in _OPENERS
    return opens and any(t.text in _OPENERS for t in after)


def colon_speaker(toks: list[Token], k: int) -> bool:
    """``Stoltenberg: “NATO exchanges information”``: the one word that opens its sentence
    (a title or heading, the caller checks), then a colon and an opening quotation mark,
    names the one who speaks the quotation; not an acronym ("IMF: 'Q'"), which the acronym
    rules read.

    >>> from .tokens import tokenize
    >>> colon_speaker(tokenize("Stoltenberg: “NATO exchanges information”", [0]), 0)
    True
    >>> colon_speaker(tokenize("Update: the talks go on", [0]), 0)
    False
    """
    if k + 2 >= len(toks) or (k > 0 and toks[k - 1].sent == toks[k].sent):
        return False
    if toks[k].base.isupper():
        return False
    return toks[k + 1].text == ":" and toks[k + 2].text in _OPENERS


def heading_person_before(index, s: int, start: int):
    """``Stoltenberg: “NATO exchanges information”`` as a heading, then ``The Secretary
    General of NATO stated ...`` opening the sentence ``s`` (the description starts at
    ``start``): the one person the heading right before names, if that person has no
    title of their own, is the one described. ``index`` is the article's actor index;
    the actor, else None.

    >>> heading_person_before(None, 0, 0) is None
    True
    """
    if s < 1 or index.sentence_kind(s - 1) not in HEADLINE_KINDS:
        return None
    if index.sentences[s][3] != start:
        return None
    lo, hi = index.sentences[s - 1][3], index.sentences[s - 1][4]
    people = {id(m.actor): m.actor for m in index.mentions_in(lo, hi) if not m.in_quote}
    actors = list(people.values())
    if len(actors) != 1 or actors[0].kind != "person" or actors[0].role:
        return None
    return actors[0]


def after_quotation(words: list[Token], k: int, forms: dict[str, str]) -> bool:
    """``words[k]``, a capitalised reporting verb, follows the headline's quotation right
    after its closing mark and a capitalised name follows it: the inverted frame
    ``'We Are Afraid Again,' Says Junior Yanomami about ...``.

    >>> from .tokens import tokenize
    >>> toks = tokenize("'We Are Afraid Again,' Says Junior Yanomami", [0])
    >>> after_quotation(toks, 7, {"says": "say"})
    True
    >>> toks = tokenize("'Landmark' Report Says Pay Is Low", [0])
    >>> after_quotation(toks, 4, {"says": "say"})
    False
    """
    tok = words[k]
    if k == 0 or k + 1 >= len(words) or not tok.text[:1].isupper() or tok.lower not in forms:
        return False
    return words[k - 1].text in _CLOSERS and words[k + 1].text[:1].isupper()


def cue_in_signature(cues: list[Cue], start: int, end: int) -> Cue | None:
    """The reporting verb inside a headline's signature ``text[start:end]`` ("'Q': says OPEC
    secretary general"): the quotation's cue, as a verb before it would be.

    >>> says = Cue(31, 35, "says", "say", 0, 6)
    >>> cue_in_signature([says], 31, 60) is says, cue_in_signature([says], 36, 60)
    (True, None)
    """
    return next((c for c in cues if start <= c.start < end and c.lemma), None)
