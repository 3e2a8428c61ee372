"""A reporting verb's subject that is a plain plural noun no list knows ("pharmacists have
warned", "critics say"): the speakers are the ones it describes, not someone named nearby."""

from __future__ import annotations

from ...wordlists import word_set
from ..clause_words import ADJUNCT_OPENERS, RELATIVE_ADVERBS
from ..common_nouns import PLURAL_AGENT_ENDS
from ..cues import CLAUSAL_CUES
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    AUXILIARIES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    STOP_WORDS,
)

#: Words that open a clause or a phrase, never a noun phrase: a span holding one runs over a
#: clause's edge ("when inspectors", "where union delegates", "port with signs").
#: the subordinators, relative words and prepositions.
NOT_IN_NOUN_PHRASE = ADJUNCT_OPENERS | RELATIVE_ADVERBS | RELATIVE_PRONOUNS | PREPOSITIONS

#: Words for a vague count that open such a subject ("Some charities", "Several councils").
VAGUE_COUNTS = word_set("vague_counts")

#: Adverbs in "-s" that open a sentence in capitals ("Sometimes", "Nowadays"): no plural
#: noun, so never such a subject (data/words/s_adverbs.txt).
S_ADVERBS = word_set("s_adverbs")

#: The most words such a subject takes after its determiner ("local pharmacists").
MAX_WORDS = 3


def spelled_modifier(word: Token) -> bool:
    """A word that can stand in such a subject: letters and hyphens, or letters with
    digits ("23-S organisers", "G7 leaders"), not a number alone ("2,000").

    >>> from ..tokens import tokenize
    >>> [spelled_modifier(t) for t in tokenize("23-S local 2,000", [0])]
    [True, True, False]
    """
    bare = word.text.replace("-", "")
    return bare.isalnum() and any(c.isalpha() for c in bare)


def agent_plural(head: str) -> bool:
    """A plural noun for people by what they do ("neighbors", "organizers", "critics"),
    which can be the subject of any reporting verb, one that takes no clause too:
    ``Neighbors denounced one another as "fascists"`` (drag_story_hour_library_closure_hoffman_adg).

    >>> [agent_plural(w) for w in ("neighbors", "coup plotters", "protests", "studies")]
    [True, True, False, False]
    """
    return head.endswith(PLURAL_AGENT_ENDS)


def agent_description(body: list[Token]) -> bool:
    """Words that describe people by what they do (:func:`agent_plural`), no participle
    in -ing before the noun: ``brandishing posters reading "Q"``
    (turkey_stray_dog_law_protest_kizilyatak_mb) and ``instructing readers who have made
    pledges`` (unbound_administration_boundless_sharma_daily8) are a verb and its object.

    >>> from ..tokens import tokenize
    >>> [agent_description(tokenize(s, [0])) for s in ("coup plotters", "brandishing posters")]
    [True, False]
    """
    if any(w.lower.endswith("ing") for w in body[:-1]):
        return False
    return agent_plural(body[-1].lower)


def clause_lemma(cue) -> str:
    """The lemma a plain plural subject is read with: "say" for a cue whose object is a
    clause of speech ("that" follows), whatever its verb, so that ``Some charities are
    requesting that the items dropped off are of "good quality"`` takes its subject
    (charity_shops_quality_donations_mewett_telegraph); else the cue's own lemma."""
    return "say" if cue.clausal else cue.lemma


def vague_count(words: list[Token], k: int) -> int:
    """1 when ``words[k]`` is a vague count that opens a bare plural subject, read as no
    part of the description: ``Some charities are requesting that the items are of "good
    quality"`` gives "charities" (charity_shops_quality_donations_mewett_telegraph); else 0.
    Only with no article before it and a word after it ("the many" is no count here).

    >>> from ..tokens import tokenize
    >>> [vague_count(tokenize(s, [0]), 0) for s in ("Some charities", "Several", "local groups")]
    [1, 0, 0]
    """
    if k or k + 1 >= len(words):
        return 0
    return int(words[k].lower in VAGUE_COUNTS)


def plain_plural_subject(words: list[Token], lemma: str | None = "say") -> SpeakerRef | None:
    """The words of the subject of a cue (``lemma``) that takes a clause of speech (of any
    cue when the noun names people by what they do, :func:`agent_plural`),
    ``words`` (outside quotes, asides cut off), as a description when they are a short noun
    phrase in lower case that ends in a plural noun (not "The protests continued"):
    ``Medicine shortages are 'beyond critical', pharmacists have warned`` gives
    "pharmacists"; ``the coup plotters promised to gather "Q"`` "coup plotters"; but not
    a pronoun, a name, a number, a word in -ss/-us/-is ("the press", "status"), nor papers
    ("studies", "reports"), nor a span that is no noun phrase: one that holds a subordinator,
    a relative word or a preposition ("when inspectors reported", "for families",
    "the port with signs saying").

    >>> from ..tokens import tokenize
    >>> [plain_plural_subject(tokenize(s, [0])).label for s in ("local pharmacists", "The 23-S organisers")]
    ['local pharmacists', '23-S organisers']
    >>> [plain_plural_subject(tokenize(s, [0])) for s in ("they", "the press", "Amnesty")]
    [None, None, None]
    >>> plain_plural_subject(tokenize("Sometimes", [0])) is None
    True
    >>> [plain_plural_subject(tokenize(s, [0])) for s in ("when inspectors", "port with signs")]
    [None, None]
    """
    if lemma is None:
        return None
    while words and words[-1].lower in AUXILIARIES:
        words = words[:-1]  # "pharmacists have" warned
    if any(w.lower in NOT_IN_NOUN_PHRASE for w in words):
        return None  # "On one occasion, when inspectors reported": a clause's edge
    k = 0
    while k < len(words) and words[k].lower in ("the", "a", "an"):
        k += 1
    k += vague_count(words, k)
    body = words[k:]
    if not body or len(body) > MAX_WORDS or any(w.lower in DETERMINERS for w in body[:-1]):
        return None
    if not body[-1].text.replace("-", "").isalpha() or not all(map(spelled_modifier, body)):
        return None
    named = [w for w in body if w.text != w.lower and not any(c.isdigit() for c in w.text)]
    if any(w is not body[0] for w in named) or (k and named):
        return None  # a capital inside: a name ("the Foreign Ministry"), not a code ("23-S")
    head = body[-1].lower
    if head in PRONOUNS or head in STOP_WORDS or not head.endswith("s") or head in S_ADVERBS:
        return None  # "Sometimes that is just the way things go concludes Bartel": an adverb
    if head.endswith(("ss", "us", "is")) or len(head) < 4:
        return None
    if lemma not in CLAUSAL_CUES and not agent_description(body):
        return None  # "The protests denounced": only people label or promise without a clause
    if head[:-3] + "y" in DOCUMENT_NOUNS or head[:-1] in DOCUMENT_NOUNS:
        return None  # "Western studies have accused ...": papers, which the document rules read
    label = " ".join(w.text for w in body)
    return SpeakerRef(None, label, body[0].start, body[-1].end, True)


#: Prepositions that open a short postmodifier of a plural subject ("figures in the sector").
POSTMODIFIER_PREPOSITIONS = frozenset({"in", "from", "at", "across", "within"})


def postmodified_plural_subject(words: list[Token], lemma: str | None = "say") -> SpeakerRef | None:
    """A plain plural subject (:func:`plain_plural_subject`) with a short lower-case
    prepositional postmodifier: ``Key figures in the sector said`` gives "Key figures in the
    sector"; not a longer or capitalised one ("officials in Tehran" is read by the name
    rules), nor a head that is no plain plural ("the port in the city").

    >>> from ..tokens import tokenize
    >>> postmodified_plural_subject(tokenize("Key figures in the sector", [0])).label
    'Key figures in the sector'
    >>> [postmodified_plural_subject(tokenize(s, [0])) for s in ("the port in the city",
    ...     "leaders in Tehran", "for families in need")]
    [None, None, None]
    """
    while words and words[-1].lower in AUXILIARIES:
        words = words[:-1]
    p = next((i for i, w in enumerate(words) if w.lower in POSTMODIFIER_PREPOSITIONS), None)
    if not p:
        return None
    tail = words[p + 1 :]
    if not tail or len(tail) > MAX_WORDS or tail[-1].lower in DETERMINERS:
        return None
    if any(
        w.text != w.lower or w.lower in NOT_IN_NOUN_PHRASE or not w.text.isalpha() for w in tail
    ):
        return None
    head = plain_plural_subject(words[:p], lemma)
    if head is None:
        return None
    label = f"{head.label} {words[p].text} " + " ".join(w.text for w in tail)
    return SpeakerRef(None, label, head.start, tail[-1].end, True)
