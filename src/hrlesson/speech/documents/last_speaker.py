"""A definite document nobody is named as owning is the last speaker's ("Ambassador X
said ..." then '"Q," the statement said': X's statement)."""

from __future__ import annotations

from itertools import pairwise

from ...wordlists import word_set
from ..bodies.group_noun import is_state
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import SOCIAL_PLATFORMS

#: Papers a body or a person issues in its own voice ("the report says" after "the
#: ministry said", "the statement said" after "Ambassador X said").
BODY_PAPERS = word_set("body_papers")

#: Nouns for what is put on a social platform, its own voice there ("the Facebook post").
_PLATFORM_POSTS = frozenset(["post", "tweet", "posting"])

#: Words before a medium that make it a state's own: data/words/state_media_words.txt.
STATE_MEDIA_WORDS = word_set("state_media_words")

#: Nouns of a medium ("television", "media", "news agency").
_MEDIUM_NOUNS = word_set("media_words") | word_set("media_body_nouns") | frozenset(["media"])

#: Words between the document noun and its state medium ("read out on", "carried in the").
_MEDIUM_REACH = 6

#: Kinds of actor whose words a paper carries, and how the evidence names each.
_ISSUER_KINDS = {
    "organisation": "the body that spoke last",
    "group": "the body that spoke last",
    "person": "the person who spoke last",
    "state": "the state that spoke last",
}


def speaker_spoke_before(
    att, words: list[Token], i: int, states: bool = False
) -> SpeakerRef | None:
    """``..., the Foreign Ministry said.`` then ``"Q," the report says``; ``Ambassador
    Natalie E. Brown said more than 75% ... had been denied.`` then ``"Q," the statement
    said``: a definite document ``words[i]`` nobody is named as owning is that of the body
    or person that spoke last, in this or the paragraph before, or two paragraphs back
    when the same noun names no other document in between (``att`` is the attributor,
    whose ``timeline`` holds the speakers read so far). A person issues statements, not
    reports ("Ivo Marek said the report was biased. According to the report, ...": an
    office's report, not his). With ``states``, only a state that spoke last ("North Korea
    ... denied allegations" then '"Q," the statement carried in state media said'), which
    the caller asks after a statement brought in with "a" ("according to an official
    statement") failed."""
    t = words[i]
    if not definite_paper(words, i):
        return None
    spoke = [(pos, a) for pos, a, _ in att.timeline if pos < t.start]
    if not spoke or spoke[-1][1].kind not in _ISSUER_KINDS:
        return None
    if (spoke[-1][1].kind == "state") != states:
        return None  # a state's statement only when no earlier one is named (the caller)
    if spoke[-1][1].kind in ("person", "state") and t.lower == "report":
        return None
    gap = att.par_of_sent[att.sent_of(t.start)] - att.par_of_sent[att.sent_of(spoke[-1][0])]
    if gap > 2 or (gap == 2 and _noun_between(att, t, spoke[-1][0])):
        return None
    actor = spoke[-1][1]
    return SpeakerRef(actor, None, t.start, t.end, how=_ISSUER_KINDS[actor.kind])


def definite_paper(words: list[Token], i: int) -> bool:
    """``words[i]`` is a definite paper a body or person issues in its own voice: "the
    statement", "the report" (data/words/body_papers.txt); or a post named by the platform
    it was put on ("the Facebook post read", "the Twitter post": Saltdean Lido, who "informed
    customers, via social media" before it; data/words/social_platforms.txt).

    >>> from hrlesson.speech.tokens import tokenize
    >>> [definite_paper(tokenize(s, [0]), 2) for s in ("the Facebook post", "a Facebook post")]
    [True, False]
    >>> definite_paper(tokenize("the statement", [0]), 1), definite_paper(tokenize("the post", [0]), 1)
    (True, False)
    """
    if i > 0 and words[i - 1].lower == "the":
        return words[i].lower in BODY_PAPERS
    platform = i > 1 and words[i - 1].lower in SOCIAL_PLATFORMS and words[i - 2].lower == "the"
    return platform and words[i].lower in BODY_PAPERS | _PLATFORM_POSTS


def _noun_between(att, t: Token, pos: int) -> bool:
    """The document noun ``t`` also occurs between offset ``pos`` and ``t`` (outside
    quotations) for another document: "the report" may be that other report ("The UN's
    2016 report ... The report said ..."); not the same one said again ("The joint
    statement was released in Laos ..." then 'Said the statement: "Q"')."""
    words = [w for w in att.toks_between(pos, t.start) if w.text[0].isalnum()]
    return any(w.lower == t.lower and another_document(words, k) for k, w in enumerate(words))


#: Capitalised words that open a sentence and name no owner ("The joint statement").
_OPENERS = frozenset(["the", "this", "that", "its", "their"])


def another_document(words: list[Token], k: int) -> bool:
    """The document noun ``words[k]`` names a document of its own: brought in with
    "a"/"an", owned by a name or possessive before it ("The UN's 2016 report"), or by one
    after it ("the report by X", "a statement from X"); "The joint statement was released"
    is the one already known.

    >>> from hrlesson.speech.tokens import tokenize
    >>> another_document(tokenize("The joint statement was released", [0]), 2)
    False
    >>> another_document(tokenize("The UN's 2016 report", [0]), 3)
    True
    """
    before = words[max(0, k - 3) : k]
    if any(w.lower in ("a", "an") or w.poss or (w.cap and w.lower not in _OPENERS) for w in before):
        return True
    return k + 1 < len(words) and words[k + 1].lower in ("by", "from", "of")


def on_state_media(words: list[Token], i: int) -> bool:
    """The words after the document noun ``words[i]`` say a state's own medium carried it
    ("statement read on national television", "the statement carried in state media").

    >>> from hrlesson.speech.tokens import tokenize
    >>> on_state_media(tokenize("A statement read on national television said", [0]), 1)
    True
    >>> on_state_media(tokenize("A statement read on television said", [0]), 1)
    False
    """
    after = [w.lower for w in words[i + 1 : i + 1 + _MEDIUM_REACH]]
    return any(a in STATE_MEDIA_WORDS and b in _MEDIUM_NOUNS for a, b in pairwise(after))


def state_media_issuer(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``Mali on Monday said it was expelling the French ambassador`` then ``A statement
    read on national television said, "Q"``; ``North Korea ... denied allegations`` then
    ``"Q," the statement carried in state media said``: a document nobody is named as
    issuing, carried by a state's own medium (:func:`on_state_media`), is the statement of
    the state the article names last before it, not of whoever spoke last (``att`` is the
    attributor)."""
    if not on_state_media(words, i):
        return None
    state = att._recent(words[i].start, is_state)
    if state is None:
        return None
    return SpeakerRef(
        state, None, words[i].start, words[i].end, how="the state whose media carried it"
    )


#: Papers a body writes in its own voice, brought in with "a/an" right after it spoke (not
#: a report, which may be anyone's).
_OWN_VOICE_PAPERS = (BODY_PAPERS - {"report"}) | {"letter"}


def body_spoke_sentence_before(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``The group of more than 550 independent food banks has called on the Prime
    Minister and Chancellor to act urgently to tackle "Q".`` then ``A letter to Boris
    Johnson and Rishi Sunak said: "Q2"`` (food_banks_ifan_letter_articlenote): a letter or
    statement brought in with "a/an", nobody named as issuing it, right after the sentence
    in which a body spoke (the subject of its reporting verb, in the same paragraph), is
    that body's: the sentence before names its author. Only a body (an organisation or a
    group), the last to speak; ``att`` is the attributor."""
    t = words[i]
    if i == 0 or words[i - 1].lower not in ("a", "an") or t.lower not in _OWN_VOICE_PAPERS:
        return None
    spoke = [(pos, a) for pos, a, _ in att.timeline if pos < t.start]
    if not spoke or spoke[-1][1].kind not in ("organisation", "group"):
        return None
    s = att.sent_of(spoke[-1][0])
    if s != t.sent - 1 or att.par_of_sent[s] != att.par_of_sent[t.sent]:
        return None
    return SpeakerRef(spoke[-1][1], None, t.start, t.end, how="the body that spoke just before")
