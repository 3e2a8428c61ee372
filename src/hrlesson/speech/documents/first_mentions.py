"""A definite document nobody is named as writing ("The report said") is the one an
earlier sentence opened with, named there with the phrase that places it: "A stewards'
report for the Thoroughbred Racing Northern Territories said how ..." then "The report
said: "Q"" (jockey_ban_stewards_report_nigeriaonnews); "A lawsuit filed in the Eastern
District of New York has accused ..." then "The lawsuit says" (ivf_mix_up_lawsuit_
cha_fertility_miragenews). The gold keeps that first description."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS
from .authors import document_name_start

#: The evidence for an owner found by :func:`modifier_owner`.
MODIFIER_OWNER = "the body named inside the phrase that brought the document in"

#: How many paragraphs back the sentence that brought the document in may be.
FIRST_MENTION_PARAGRAPHS = 4

#: Prepositions that open the phrase placing a document ("a report for X", "filed in X");
#: not "by", "from" or "of", which name its author ("a letter from X": X speaks).
_PLACING_PREPOSITIONS = frozenset(["before", "for", "in", "to"])


def placing_phrase_end(words: list[Token], i: int) -> int:
    """The index after the phrase that places the document ``words[i]``: an optional
    past participle ("filed"), then a preposition and "the" and capitalised words (joined
    by "of", "and" or "for"), ending on a capitalised word; ``i + 1`` when there is none.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("A lawsuit filed in the Eastern District of New York has", [0])
    ...       if t.text[0].isalnum()]
    >>> " ".join(w.text for w in ws[1 : placing_phrase_end(ws, 1)])
    'lawsuit filed in the Eastern District of New York'
    >>> placing_phrase_end(tokenize("A report said", [0]), 1)
    2
    """
    k = i + 1
    if k < len(words) and words[k].text.islower() and words[k].lower.endswith("ed"):
        k += 1  # "filed", "submitted"
    if k >= len(words) or words[k].lower not in _PLACING_PREPOSITIONS:
        return i + 1
    k += 1
    if k < len(words) and words[k].lower == "the":
        k += 1
    end = i + 1
    while k < len(words) and (words[k].cap or words[k].lower in ("of", "and", "for")):
        if words[k].cap:
            end = k + 1
        k += 1
    return end


def opening_mention(sentence: list[Token], k: int) -> SpeakerRef | None:
    """The document ``sentence[k]`` when it opens its sentence after "a/an" and a phrase
    that places it names it up to the sentence's verb: "A stewards' report for the
    Thoroughbred Racing Northern Territories said how ...": the "stewards' report for the
    Thoroughbred Racing Northern Territories". None otherwise."""
    if sentence[0].lower not in ("a", "an"):
        return None
    first = document_name_start(sentence, k)
    if first == 2 and sentence[1].poss:
        first = 1  # "A stewards' report": the possessive is the report's kind
    elif first != 1:
        return None
    end = placing_phrase_end(sentence, k)
    if end == k + 1 or end >= len(sentence) or not sentence[end].text.islower():
        return None  # no placing phrase, or no verb right after it
    label = " ".join(w.text for w in sentence[first:end])
    return SpeakerRef(None, label, sentence[first].start, sentence[end - 1].end)


def first_described(att, noun: Token) -> SpeakerRef | None:
    """``"Q," the report said`` right after "the": the document an earlier sentence
    outside quotations opened with, within :data:`FIRST_MENTION_PARAGRAPHS` paragraphs,
    named as it was then (:func:`opening_mention`). ``att`` is an :class:`Attributor`."""
    k = att.index.token_index(noun.start)
    if k == 0 or att.tokens[k - 1].lower != "the":
        return None
    par = att.par_of_sent[noun.sent]
    for sent in range(noun.sent - 1, -1, -1):
        if par - att.par_of_sent[sent] > FIRST_MENTION_PARAGRAPHS:
            return None
        s_start, s_end = att.sentences[sent][3], att.sentences[sent][4]
        if att.quote_at(s_start) is not None:
            continue
        sentence = [w for w in att.toks_between(s_start, s_end) if w.text[0].isalnum()]
        for j, w in enumerate(sentence[:4]):
            if w.lower == noun.lower:
                return opening_mention(sentence, j) or modifier_owner(att, sentence, j)
    return None


def modifier_owner(att, sentence: list[Token], j: int) -> SpeakerRef | None:
    """The body named between the document word ``sentence[j]``, used as a modifier in the
    phrase that opens its sentence after "a/an", and the document noun that heads it:
    ``A confidential draft United Nations report on violations against children has
    listed ...`` then ``"Q," the draft explanation of the blacklist said``: the United
    Nations' draft. ``att`` is an :class:`Attributor`."""
    if sentence[0].lower not in ("a", "an") or j + 1 >= len(sentence):
        return None
    after = [m for m in att.index.mentions_in(sentence[j].end, sentence[-1].end) if not m.in_quote]
    if not after or after[0].start != sentence[j + 1].start:
        return None
    k = next((n for n, w in enumerate(sentence) if w.end == after[0].end), None)
    if k is None or k + 1 >= len(sentence) or sentence[k + 1].lower not in DOCUMENT_NOUNS:
        return None
    m = after[0]
    return SpeakerRef(m.actor, None, m.start, m.end, how=MODIFIER_OWNER)
