"""A definite title description as a cue's subject that the resolver tied to no one named is
the one person the sentence right before names ("This was announced by the US President's
Special Representative for Arms Control Marshall Billingsley. ¶ "Q," the State Department
official said": Marshall Billingsley).

News writing names a person, then goes on at once with a description of their post or standing
in place of the name ("the State Department official", "the reigning Premier League
champion", "The executive director of FundaciónTerram"). When no rule tied the description to
a named person, and the sentence just before names exactly one person outside quotations, the
description is that person, when that person fits it (:func:`fitting_holder`): the subject of
their sentence or clause, or a person the page gives a title or role there; a generic title
("the official", data/words/generic_titles.txt) only a person who holds a title. Never a head
that usually names another, unnamed person ("the spokesperson", "the judge", "the father":
data/words/other_person_title_heads.txt, spokesperson_titles.txt, relation_titles.txt), nor a
noun the page brought in with "a"/"an"/"one" before ("A senior administration official said"
... "The official said"), nor a description a name follows in apposition.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DEMONYMS, GENERIC_TITLES, TITLE_HEADS, TITLE_SYNONYMS

#: Head nouns of a title or a standing ("official", "director", "champion"): the title
#: heads and the nouns of a person's occupation or standing (data/words/person_nouns.txt).
_HEADS = TITLE_HEADS | word_set("person_nouns")

#: Heads that usually name another person the page never names ("the spokesperson", "the
#: judge", "the father"): data/words/other_person_title_heads.txt, spokesperson_titles.txt,
#: relation_titles.txt.
_OTHER_PERSON_HEADS = (
    word_set("other_person_title_heads")
    | word_set("spokesperson_titles")
    | word_set("relation_titles")
)

#: Words of a description that make it another person than one named ("the other official",
#: "the head of one of the delegations").
_OTHER_WORDS = frozenset({"other", "another", "one"})

#: Lower-case words after a name that show it is no clause's subject ("Van Gerwen of ...").
_NOT_VERBS = frozenset({"of", "and", "or", "who", "whose", "which", "in", "at", "for", "from"})

#: The most words between "the" and the subject's own span ("the reigning ...").
_MAX_LEAD = 2

#: The rule, for the evidence column.
DESCRIBED_TITLE = "a title description renaming the one person the sentence before names"


def title_head(words: list[Token]) -> Token | None:
    """The head noun of a description ``words``: the word before its first "of", else its last
    word, when it is a lower-case title or person noun.

    >>> from ..tokens import tokenize
    >>> title_head(tokenize("The executive director of FundaciónTerram", [0])).text
    'director'
    >>> title_head(tokenize("the State Department official", [0])).text
    'official'
    >>> title_head(tokenize("the Foreign Office", [0])) is None
    True
    """
    k = next((i for i, w in enumerate(words) if w.lower == "of"), len(words))
    if k == 0:
        return None
    head = words[k - 1]
    return head if head.text.islower() and head.lower in _HEADS else None


def _definite_start(finder, ref: SpeakerRef) -> int | None:
    """Where "the" opens the description ``ref`` spans, at its start or up to two words
    before it ("the reigning Premier League champion"); None when no "the" does."""
    k = finder.index.token_index(ref.start)
    for j in range(k, max(-1, k - _MAX_LEAD - 2), -1):
        tok = finder.tokens[j]
        if tok.sent != finder.tokens[k].sent or not tok.text[0].isalpha():
            return None
        if tok.lower == "the":
            return tok.start
    return None


def verb_object(finder, start: int) -> bool:
    """A lower-case "-ed" verb stands within the three words before the name at ``start`` in its
    sentence: the name is what the verb acted on, not who the next sentence describes ("A court
    jailed opposition leader Tomas Brandl for a week. ¶ The judge said": the judge)."""
    k = finder.index.token_index(start)
    before = finder.tokens[max(0, k - 3) : k]
    return any(
        t.sent == finder.tokens[k].sent and t.text.islower() and t.lower.endswith("ed")
        for t in before
    )


def unnamed_before(finder, start: int, head: str) -> bool:
    """The text before ``start`` brought in an unnamed person with the noun ``head`` ("A senior
    administration official ... said" ... "The official said": that official, no one named)."""
    pattern = rf"\b(?:an?|one)\s+(?:\S+\s+){{0,4}}?{re.escape(head)}\b"
    return re.search(pattern, finder.text[:start], re.IGNORECASE) is not None


def _same_title(title: str, head: str) -> bool:
    """``title`` and ``head`` name the same kind of post: the same word or synonyms
    (data/words/title_synonyms.csv: "boss" and "chief"); a person noun that is no title
    ("biologist") fits any head."""
    if title not in TITLE_HEADS or title == head:
        return True
    return head in TITLE_SYNONYMS.get(title, ()) or title in TITLE_SYNONYMS.get(head, ())


def _descriptor(finder, mention) -> str | None:
    """The title or role the page gives the person of ``mention`` where it names them: the
    last word of their role, else a lower-case title or person noun right before the name
    ("For biologist Flavia Liberona": "biologist")."""
    if mention.actor.role:
        return mention.actor.role.split()[-1].lower()
    k = finder.index.token_index(mention.start)
    before = finder.tokens[k - 1] if k > 0 else None
    if before is not None and before.text.islower() and before.lower in _HEADS:
        return before.lower
    return None


def _clause_subject(finder, mention) -> bool:
    """The name of ``mention`` is the subject of its sentence or of a clause that "and" or
    "but" opens: a lower-case word, no "of" or "who", follows it ("..., and Van Gerwen duly
    profited")."""
    if mention.subject:
        return True
    toks = finder.tokens
    i = j = finder.index.token_index(mention.start)
    while i > 0 and toks[i - 1].text[:1].isupper():
        i -= 1  # "and Van Gerwen": the name's first word
    while j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
        j += 1
    before = toks[i - 1] if i > 0 else None
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        before is not None
        and before.lower in {"and", "but"}
        and after is not None
        and after.text.islower()
        and after.lower not in _NOT_VERBS
    )


def fitting_holder(finder, mention, head: Token) -> bool:
    """The person of ``mention`` fits a description headed by ``head``: a generic title ("the
    official") fits only a person who holds a title or role ("the US President's Special
    Representative for Arms Control Marshall Billingsley"); another head fits a person given
    a title of the same kind or a role that is no title ("For biologist Flavia Liberona, ..."
    then "The executive director of FundaciónTerram"; not "National Farmers' Federation
    president David Jochinke" then "the minister"), or with none the subject of their
    sentence or clause ("..., and Van Gerwen duly profited")."""
    title = _descriptor(finder, mention)
    if head.lower in GENERIC_TITLES:
        return title is not None
    if title is not None:
        return _same_title(title, head.lower)
    return _clause_subject(finder, mention)


def _blocked(finder, words: list[Token], head: Token, prev) -> bool:
    """The description cannot rename the person the sentence before names: its head usually
    names another person, an unnamed one came in with it, a name follows it in apposition
    ("The top US commander of the Pacific region, Navy Admiral Timothy Keating, said"), it
    says it is another one ("The head of one of the other delegations said"), or it holds a
    demonym the sentence before does not write ("The Guyanese president")."""
    after = finder.text[words[-1].end : words[-1].end + 3].lstrip(" ")
    return (
        head.lower in _OTHER_PERSON_HEADS
        or any(w.lower in _OTHER_WORDS for w in words)
        or unnamed_before(finder, words[0].start, head.lower)
        or (after.startswith(",") and after[1:].strip()[:1].isupper())
        or any(
            w.cap and w.lower in DEMONYMS and w.text not in finder.text[prev[3] : prev[4]]
            for w in words
        )
    )


def described_title_holder(finder, cue, ref: SpeakerRef | None) -> SpeakerRef | None:
    """The cue's subject ``ref``, but the one person named outside quotations in the sentence right
    before the cue's, when the subject is a definite description headed by a title or
    standing noun (:func:`title_head`) that names no one and fits that person ("the State
    Department official said" after "... by the US President's Special Representative for Arms
    Control Marshall Billingsley."). ``finder`` is the :class:`Attributor`."""
    if ref is None or cue.sent == 0 or (ref.actor is not None and ref.actor.mentions):
        return ref
    start = _definite_start(finder, ref)
    words = [t for t in finder.toks_between(ref.start, ref.end) if t.text[0].isalnum()]
    head = title_head(words) if words else None
    if start is None or head is None:
        return ref
    prev = finder.sentences[cue.sent - 1]
    if finder.par_of_sent[cue.sent] - prev[1] > 1 or _blocked(finder, words, head, prev):
        return ref
    mentions: dict[int, list] = {}
    for m in finder.index.mentions_in(prev[3], prev[4]):
        if m.actor.kind == "person" and not m.in_quote and not verb_object(finder, m.start):
            mentions.setdefault(id(m.actor), []).append(m)
    if len(mentions) != 1:
        return ref
    found = next(iter(mentions.values()))
    if not any(fitting_holder(finder, m, head) for m in found):
        return ref
    actor = found[0].actor
    if all(part.lower() in {w.lower for w in words} for part in actor.name.split()):
        return ref  # the description's own words
    finder.note_span(actor, start, ref.end)
    return SpeakerRef(actor, None, start, ref.end, True, DESCRIBED_TITLE)
