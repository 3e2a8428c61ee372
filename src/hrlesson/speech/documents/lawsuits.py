"""A lawsuit's or a complaint's words are its plaintiffs': "The lawsuit still claims" after
"The three California plaintiffs filed their third complaint"; "The lawsuit, filed last
year, claimed" after "the judge rejected claims by three Hermès shoppers" (the agent of
"claims by", "filed by"); "The filing continues" after "Attorneys general from 21 states
have sued"."""

from __future__ import annotations

from dataclasses import replace

from ...wordlists import word_set
from ..partitives import NUMBER_WORDS
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import AUXILIARIES, DETERMINERS

#: Nouns of a legal filing whose words are its plaintiffs' (one kind of document).
LAWSUIT_NOUNS = frozenset(["lawsuit", "complaint", "suit"])

#: Nouns a filing verb takes when it brings a lawsuit: a lawsuit noun, or "action" ("filed
#: a federal class action", "brought legal action against").
FILED_NOUNS = LAWSUIT_NOUNS | {"action"}

#: Nouns of a court filing that, unowned in their phrase, are the plaintiffs' too ("The
#: filing continues" after "Attorneys general from 21 states have sued").
PLAINTIFF_NOUNS = LAWSUIT_NOUNS | {"filing"}

#: Nouns of a plaintiff's case whose agent after "by" brings it ("claims by three shoppers").
_CLAIM_NOUNS = PLAINTIFF_NOUNS | {"claims", "case", "challenge", "action"}

#: Verbs of bringing a lawsuit: data/words/filing_verbs.txt.
_FILING_VERBS = word_set("filing_verbs")

#: Kinds of actor that bring a lawsuit.
_PLAINTIFF_KINDS = ("person", "organisation", "group", "plural")


def filing_verb_at(toks: list[Token], k: int) -> bool:
    """``toks[k]`` brings a lawsuit: "sued"/"suing" alone, or a filing verb with a lawsuit
    noun or "action" within four words after it in its sentence ("filed their third
    complaint"; "International Rights Advocates filed a federal class action against the
    five companies", cobalt_child_labor_lawsuit_complaint_fox13now).

    >>> from hrlesson.speech.tokens import tokenize
    >>> ts = tokenize("The plaintiffs filed their third complaint", [0])
    >>> filing_verb_at(ts, 2), filing_verb_at(tokenize("filed for divorce", [0]), 0)
    (True, False)
    >>> filing_verb_at(tokenize("The group filed a federal class action against", [0]), 2)
    True
    """
    if toks[k].lower not in _FILING_VERBS:
        return False
    if toks[k].lower in ("sued", "suing"):
        return True
    after = [t for t in toks[k + 1 : k + 5] if t.sent == toks[k].sent]
    return any(t.lower.removesuffix("s") in FILED_NOUNS for t in after)


def plaintiffs(att, noun: Token) -> SpeakerRef | None:
    """``The lawsuit still claims that Hermes only gives customers with "Q"`` after "The
    three California plaintiffs filed their third complaint": the subject of the last
    sentence before the lawsuit noun ``noun`` (or its own) that brings a lawsuit ("sued",
    "filed a complaint") is its plaintiff; the subject phrase runs from the sentence's
    start to the verb. ``att`` is an :class:`Attributor`; None when no sentence does."""
    if noun.lower.removesuffix("s") not in PLAINTIFF_NOUNS or owned_by_pronoun(att, noun):
        return None
    return filing_subject(att, noun) or agent_of_claim(att, noun)


def filing_subject(att, noun: Token) -> SpeakerRef | None:
    """The subject of the last sentence up to ``noun`` that brings a lawsuit ("The three
    California plaintiffs filed their third complaint"), else None; the noun's own
    sentence counts ("Three designers have brought a lawsuit against X, accusing ...":
    the designers)."""
    toks = [t for t in tokens_before(att, noun) if t.text[0].isalnum()] + [noun]
    for k in range(len(toks) - 1, -1, -1):
        if not filing_verb_at(toks, k):
            continue
        s_start = att.sentences[toks[k].sent][3]
        subject = [t for t in toks[:k] if t.start >= s_start]
        ref = plural_party(att, subject) or att.resolve_span(s_start, toks[k].start, toks[k].start)
        if ref is None or (ref.actor is not None and ref.actor.kind not in _PLAINTIFF_KINDS):
            continue
        if ref.actor is None and not ref.label:
            continue
        return replace(ref, how=ref.how or "who brought the lawsuit")
    return None


def claim_agent_at(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is the "by" of a plaintiff's case: after a lawsuit noun or "claims"
    ("rejected claims by three shoppers", "a suit by the states") or after a filing verb
    ("the complaint, filed by A, B and C").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ts = [t for t in tokenize("rejected claims by three shoppers", [0])]
    >>> claim_agent_at(ts, 2), claim_agent_at(tokenize("a ruling by the judge", [0]), 2)
    (True, False)
    """
    if k == 0 or toks[k].lower != "by" or toks[k - 1].sent != toks[k].sent:
        return False
    before = toks[k - 1].lower
    return before in _CLAIM_NOUNS or before in _FILING_VERBS


def agent_of_claim(att, noun: Token) -> SpeakerRef | None:
    """``The lawsuit, filed last year, claimed ...`` after "the judge rejected claims by
    three Hermès shoppers in California": the agent of the article's first "claims by X",
    "lawsuit by X" or "filed by X" (before the lawsuit noun ``noun`` if one is there,
    else the first after it) brought the lawsuit; its phrase runs to the next comma,
    "that" or "in". None when no such "by" names a person, body or group the index knows
    (or a plural party: :func:`plural_party`)."""
    toks = [t for t in att.tokens if t.text[0].isalnum() or t.text == ","]
    for k in sorted(
        (k for k in range(len(toks) - 1) if claim_agent_at(toks, k)),
        key=lambda k: (toks[k].start > noun.start, toks[k].start),
    ):
        phrase = []
        for t in toks[k + 1 : k + 9]:
            if t.sent != toks[k].sent or t.text == "," or t.lower in ("that", "in", "against"):
                break
            phrase.append(t)
        if not phrase:
            continue
        ref = plural_party(att, phrase) or att.resolve_span(
            phrase[0].start, phrase[-1].end, phrase[0].start
        )
        if ref is not None and ref.actor is not None and ref.actor.kind in _PLAINTIFF_KINDS:
            return replace(ref, how=ref.how or "who brought the lawsuit")
    return None


def plural_head(words: list[Token]) -> int | None:
    """Index of the plural common noun heading the phrase ``words`` within its first four
    words, after only numbers, determiners and capitalised modifiers ("three Hermès
    shoppers", "Attorneys general from 21 states") and, after a number, one lowercase
    modifier ("Three independent designers"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> plural_head(tokenize("three Hermès shoppers", [0]))
    2
    >>> plural_head(tokenize("Three independent designers", [0]))
    2
    >>> plural_head(tokenize("Krista Perry, Larissa Martinez", [0])) is None
    True
    """
    for h, t in enumerate(words[:4]):
        low = t.lower
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3 and t.text.isalpha():
            if h == 0 and not t.cap:
                return None  # "plaintiffs": a bare plural the resolver reads
            if t.text.islower() or h == 0:
                return h
        plain = low in DETERMINERS or low in NUMBER_WORDS or t.text.isdigit() or t.cap
        if not plain and not counted_modifier(words, h):
            return None
        if low in ("one", "a", "an"):
            return None
    return None


def counted_modifier(words: list[Token], h: int) -> bool:
    """``words[h]`` is one lowercase modifier right after a number and before a plural
    ("Three independent designers", "two former employees"), not a verb ("three were").

    >>> from hrlesson.speech.tokens import tokenize
    >>> counted_modifier(tokenize("two former employees", [0]), 1)
    True
    >>> counted_modifier(tokenize("two were employees", [0]), 1)
    False
    """
    if h == 0 or h + 1 >= len(words) or not words[h].text.isalpha() or not words[h].text.islower():
        return False
    before = words[h - 1].lower
    if not (before in NUMBER_WORDS or words[h - 1].text.isdigit()) or before in ("one", "a", "an"):
        return False
    return words[h].lower not in AUXILIARIES and not words[h].lower.endswith("s")


def plural_party(att, words: list[Token]) -> SpeakerRef | None:
    """``three Hermès shoppers`` (after "claims by"), ``Attorneys general from 21 states``
    (before "have sued"): a phrase headed by a plural common noun is a group of its own,
    named by the whole phrase (up to an auxiliary or a comma), not the name inside it."""
    words = [t for t in words if t.text[0].isalnum()]
    if not words or plural_head(words) is None:
        return None
    end = next((n for n, t in enumerate(words) if t.lower in AUXILIARIES), len(words))
    if end == 0 or any(t.text == "," for t in att.toks_between(words[0].start, words[end - 1].end)):
        return None
    return att.owned_body(words[0].start, words[end - 1].end, "group")


def owned_by_pronoun(att, noun: Token) -> bool:
    """``In its filing, the Fed said``: a possessive pronoun before the lawsuit noun (up to
    two words between) names its owner; the plaintiffs' search is not needed."""
    k = att.index.token_index(noun.start)
    before = [t for t in att.tokens[max(k - 3, 0) : k] if t.sent == noun.sent]
    return any(t.lower in ("its", "their", "his", "her", "our") for t in before)


def tokens_before(att, noun: Token) -> list[Token]:
    """The article's tokens before the token ``noun``: ``att.tokens`` up to it, found by
    bisection on the actor index's token starts rather than a test of every token."""
    return att.tokens[: att.index.token_index(noun.start)]
