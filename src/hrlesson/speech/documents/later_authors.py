"""A document's author named only after its words: '"Q," the report said.' ... "the
release of the so-called Xinjiang-related report by the UN Human Rights Office"."""

from __future__ import annotations

import bisect

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..records import SpeakerRef, actors_named
from ..tokens import Token
from ..vocabulary import ORGANISATION_WORDS, is_umbrella_body

#: Words that rank an author before "author" ("lead author"): data/words/author_ranks.txt.
AUTHOR_RANKS = word_set("author_ranks")

#: Nouns for a piece of research whose named author speaks for it ("study", "paper"):
#: data/words/research_nouns.txt.
RESEARCH_NOUNS = word_set("research_nouns")

#: How the evidence says a research author was found.
_AUTHOR_HOW = "the one person the article names as its author"

#: How many sentences after the document's words its author may be named.
_SENTENCES_AFTER = 4

#: How the evidence says the author was found.
_HOW = "named as its author later"

#: Kinds of actor that write a document.
_AUTHOR_KINDS = ("organisation", "group", "person")


def author_by_later(att, noun: Token) -> SpeakerRef | None:
    """``The 48-page report stated that ...`` then, within four sentences, ``We firmly
    oppose the release of the so-called Xinjiang-related report by the UN Human Rights
    Office``: the same document noun with "by" right after it names the author of a
    definite document nobody owned before (``att`` is the attributor; ``noun`` the
    document noun after "the")."""
    last = min(noun.sent + _SENTENCES_AFTER + 1, len(att.sentences))
    for s in range(noun.sent + 1, last):
        toks = _all_tokens(att, s)
        words = [t for t in toks if t.text[0].isalnum()]
        for k in range(len(words) - 2):
            if words[k].lower != noun.lower or words[k + 1].lower != "by":
                continue
            phrase = _by_phrase(toks, words[k + 1])
            if not phrase:
                continue
            ref = att.resolve_span(phrase[0].start, phrase[-1].end, phrase[0].start)
            if ref is not None and ref.actor is not None and ref.actor.kind in _AUTHOR_KINDS:
                return SpeakerRef(ref.actor, None, noun.start, noun.end, how=_HOW)
            if (label := body_name_run(phrase)) is not None:
                return SpeakerRef(None, label, noun.start, noun.end, how=_HOW)
    return None


def _by_phrase(toks: list[Token], by: Token) -> list[Token]:
    """The words after ``by`` up to the first punctuation mark, at most six: "by the UN
    Human Rights Office," (not the "he said" after the quotation closes)."""
    phrase: list[Token] = []
    for t in toks:
        if t.start <= by.start:
            continue
        if not t.text[0].isalnum() or len(phrase) == 6:
            break
        phrase.append(t)
    return phrase


def _all_tokens(att, s: int) -> list[Token]:
    """The tokens of sentence ``s``, inside quotations too (a critic's quoted words may
    name the author: "the release of the ... report by the UN Human Rights Office")."""
    starts = att.index.token_starts
    i = bisect.bisect_left(starts, att.sentences[s][3])
    j = bisect.bisect_left(starts, att.sentences[s][4])
    return att.tokens[i:j]


def body_name_run(words: list[Token]) -> str | None:
    """The capitalised run after "the" that ends in an organisation word, as written: a
    body the article names only here (inside a quote, say): "the UN Human Rights Office".

    >>> from hrlesson.speech.tokens import tokenize
    >>> body_name_run(tokenize("the UN Human Rights Office. This", [0]))
    'UN Human Rights Office'
    >>> body_name_run(tokenize("the US and a small number", [0])) is None
    True
    """
    words = [w for w in words if w.text[0].isalnum()]
    if not words or words[0].lower != "the":
        return None
    run = []
    for w in words[1:]:
        if not w.cap or w.sent != words[0].sent:
            break
        run.append(w)
    ends = [k for k, w in enumerate(run) if w.lower in ORGANISATION_WORDS]
    if len(run) < 2 or not ends:
        return None
    return " ".join(w.text for w in run[: ends[-1] + 1])


#: How many sentences after a document nobody owns "the <body> <noun>" may name its author.
_BODY_NOUN_SENTENCES = 8


def body_before_noun_later(att, noun: Token) -> SpeakerRef | None:
    """``according to a new report released Wednesday`` then, within eight sentences,
    ``Authors of the Oxford Economics report said``: the same document noun right after an
    actor's name (after "the") names the author of a document nobody owned before; only
    when one actor is so named (``att`` is the attributor; ``noun`` the document noun)."""
    last = min(noun.sent + _BODY_NOUN_SENTENCES + 1, len(att.sentences))
    found = {}
    for s in range(noun.sent + 1, last):
        words = [t for t in _all_tokens(att, s) if t.text[0].isalnum()]
        for k in range(2, len(words)):
            if words[k].lower == noun.lower and (actor := _named_before(att, words, k)):
                found[id(actor)] = actor
    if len(found) != 1:
        return None
    return SpeakerRef(next(iter(found.values())), None, noun.start, noun.end, how=_HOW)


def _named_before(att, words: list[Token], k: int):
    """The actor whose whole name runs between "the" and ``words[k]`` ("the Oxford
    Economics report"), a body or a person (no state, no umbrella body), else None."""
    j = k
    while j > 0 and words[j - 1].cap:
        j -= 1
    if j == k or j == 0 or words[j - 1].lower != "the":
        return None
    name = att.text[words[j].start : words[k - 1].end]
    named = actors_named(att.index.actors, name)
    if len(named) != 1 or named[0].kind not in _AUTHOR_KINDS or is_umbrella_body(name):
        return None
    return named[0]


def named_research_author(att, noun: Token) -> SpeakerRef | None:
    """``A popular breakfast staple 'raises' the risk ..., claims a new study.`` then
    ``Maria Kakkoura, Nutritional Epidemiologist at Oxford Population Health and first
    author of the study, said``: a piece of research nobody owns (``noun`` a research
    noun: "study", "paper", "report") is the one person the article names as the author
    of such a piece ("first author of the study", "study author X", "lead author X", "the
    study's lead author, X"); None when no one or several are named so. ``att`` is the
    attributor."""
    if noun.lower.rstrip("s") not in RESEARCH_NOUNS:
        return None
    found = {}
    for k, t in enumerate(att.tokens):
        if t.lower in ("author", "co-author") and not att.index.in_quote(t.start):
            person = _author_after(att, k) or _author_before(att, k)
            if person is not None:
                found[id(person)] = person
    if len(found) != 1:
        return None
    return SpeakerRef(next(iter(found.values())), None, noun.start, noun.end, how=_AUTHOR_HOW)


def _author_after(att, k: int):
    """The person named right after the author word ``att.tokens[k]`` that a rank or a
    research noun comes before ("lead author Ilan Dar-Nimrod", "study author Dr. Rhoda
    Au", "the study's first author, Maria Kakkoura"), else None."""
    toks = att.tokens
    prev = toks[k - 1].lower if k > 0 else ""
    if prev not in AUTHOR_RANKS and prev.rstrip("s") not in RESEARCH_NOUNS:
        return None
    for t in toks[k + 1 : k + 4]:
        m = att.index.mention_starting(t.start)
        if m is not None:
            return m.actor if m.actor.kind == "person" else None
        if t.sent != toks[k].sent or (t.text[0].isalnum() and not t.cap):
            return None
    return None


def _author_before(att, k: int):
    """The person whose apposition ends in the author word ``att.tokens[k]`` and "of the
    <research noun>" ("Maria Kakkoura, ... and first author of the study, said"): the
    last person named before it in its sentence with a comma right after the name and
    no reporting verb between; else None."""
    toks = att.tokens
    after = [t.lower for t in toks[k + 1 : k + 5]]
    if not after or after[0] != "of" or not any(w.rstrip("s") in RESEARCH_NOUNS for w in after):
        return None
    s_start = att.sentences[toks[k].sent][3]
    for m in reversed(att.index.mentions_in(s_start, toks[k].start)):
        if m.actor.kind != "person" or not att.text.startswith(",", m.end):
            continue
        between = att.index.token_index(m.end), k
        if any(t.lower in CUE_FORMS for t in toks[between[0] : between[1]]):
            return None
        return m.actor
    return None
