"""A "they" after persons named with their titles and joined by "and" as the subject of a
sentence: those persons together (part of pronoun resolution)."""

from __future__ import annotations

from ..cues import CUE_FORMS
from ..vocabulary import (
    FINITE_VERBS,
    HONORIFICS,
    PORTFOLIO_ENDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

#: Lower-case words a subject of titled names may hold besides the titles themselves.
JOINING = frozenset({"and", "of", "for", "the", "on"})

#: Lower-case words that name no portfolio before a title ("and the minister", "to minister").
FUNCTION_WORDS = frozenset({"a", "an", "to", "by", "with", "as", "at", "from", "in", "his", "her"})


def subject_words(words) -> list:
    """The words that open a sentence and name its subject, up to the first lower-case word
    that is neither a title nor a joining word (the verb), leaving out a relative clause
    between commas: ``Belgium's Finance Minister Vincent Van Peteghem, who oversees the
    customs service, and Dutch secretary of state Aukje de Vries, revealed the figures``:
    all up to "revealed" but "who oversees the customs service". None when nothing
    lower-case ends the subject.

    >>> from types import SimpleNamespace as T
    >>> ws = [T(text=x, lower=x.lower()) for x in "Ana Li , who met them , and Bo Wu said".split()]
    >>> [w.text for w in subject_words(ws)]
    ['Ana', 'Li', ',', 'and', 'Bo', 'Wu']
    """
    out, k = [], 0
    while k < len(words):
        w = words[k]
        if w.text == "," and k + 1 < len(words) and words[k + 1].lower in ("who", "whose"):
            k += 1
            while k < len(words) and words[k].text != ",":
                k += 1
            if k >= len(words):
                return None
            out.append(words[k])
            k += 1
            continue
        # a portfolio opens the subject or follows its "and": "Local government", "and environment"
        opens = k <= 1 or words[k - 1].lower in ("and", ",")
        portfolio = opens and k + 1 < len(words) and portfolio_before_title(w, words[k + 1])
        lower = w.text[0].isalpha() and w.text.islower()
        if lower and not _title_or_joining(w.lower) and not portfolio:
            return out
        out.append(w)
        k += 1
    return None


def portfolio_before_title(w, nxt) -> bool:
    """The lower-case word ``w`` names the portfolio of the lower-case title ``nxt`` right
    after it, inside a titled subject: ``Local government minister Simon Clarke and
    environment minister Rebecca Pow wrote to council chiefs ... They said``; not a verb
    before a title ("told minister Ana Li"). :func:`subject_words` asks it only of a word
    that opens the subject or follows its "and" or comma (not "Ana Li met minister Bo Wu").

    >>> from types import SimpleNamespace as T
    >>> portfolio_before_title(T(text="environment", lower="environment"), T(text="minister"))
    True
    >>> portfolio_before_title(T(text="told", lower="told"), T(text="minister"))
    False
    """
    if not (w.text.isalpha() and w.text.islower() and nxt.text.islower()):
        return False
    verb = w.lower in FINITE_VERBS or w.lower in CUE_FORMS or w.lower.endswith("ed")
    return nxt.text in TITLE_HEADS and not verb and w.lower not in FUNCTION_WORDS


def _title_or_joining(low: str) -> bool:
    """A lower-case word a titled subject may hold ("secretary", "of", "state")."""
    return (
        low in JOINING
        or low in TITLE_HEADS
        or low in TITLE_MODIFIERS
        or low in HONORIFICS
        or low in PORTFOLIO_ENDS
    )


def titled_persons_together(resolver, t):
    """``Egypt's Foreign Minister Sameh Shukry and Sudan's Foreign Minister Mariam al-Mahdi
    blamed Ethiopia. They urged ...``: "they" (or "their") after two or more persons, each
    with the titles before the name, joined by "and" as the subject of the sentence (of the
    one before, for a "They" that opens a sentence) is those persons, one speaker named by
    their full names. ``resolver`` is a :class:`PronounResolver`; the speaker is a group
    actor of its index, None when no such subject is there."""
    if t.lower not in ("they", "their"):
        return None
    s = t.sent
    if t.start == resolver.sentences[s][3] and s > 0:
        s -= 1
    return titled_subject_group(resolver, s, t.start)


def titled_subject_group(resolver, s: int, end: int):
    """The group of titled persons joined by "and" that the sentence ``s`` (read up to
    ``end``) opens with as its subject (see :func:`titled_persons_together`), else None."""
    words = resolver.toks_between(resolver.sentences[s][3], min(end, resolver.sentences[s][4]))
    subject = subject_words(words)
    if not subject:
        return None
    persons = [
        m
        for m in resolver.index.mentions_in(subject[0].start, subject[-1].end)
        if m.actor.kind == "person" and not m.in_quote
    ]
    if len({id(m.actor) for m in persons}) < 2 or any(_owner(resolver, m) for m in persons):
        return None  # "Smith and Jones's lawyers said. They ...": the lawyers
    before_last = [w for w in subject if persons[0].end <= w.start < persons[-1].start]
    if not any(w.lower == "and" for w in before_last):
        return None
    names = list(dict.fromkeys(m.actor.name for m in persons))
    name = ", ".join(names[:-1]) + " and " + names[-1]
    key = "joint:" + "|".join(sorted(m.actor.name.lower() for m in persons))
    index = resolver.index
    return index.actors_by_key.get(key) or index.new_actor("group", name, key)


def _owner(resolver, m) -> bool:
    """The mention ``m`` ends in a possessive: "Jones's lawyers" names an owner."""
    k = resolver.index.token_index(m.end) - 1
    return 0 <= k < len(resolver.tokens) and resolver.tokens[k].poss
