"""An unnamed person the lead brings in with "a"/"an" is the person the body introduces
next with the description's own words.

News leads hold a name back behind an indefinite description ("..., an election commission
official announced.", "..., a leading food safety expert has said.", "An MP has branded
hoteliers ...") and the paragraphs after it name the holder with the same words beside the
name: '"Q," commission secretary Ishtiaq Ahmed told a news conference', "According to Fiona
Sinclair, director of food safety at STS", "Lee Anderson, who is Conservative MP for
Ashfield". A word of the description that is only an acronym matches the capitalised words
it spells ("an AI official" ... "Avinash Kumar, executive director of Amnesty International
India"). Only the first person the body names after the description counts whose
introduction holds such a word, named there for the first time, within three paragraphs.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import ActorIndex, sentence_at
from ..lead import lead_paragraphs
from ..records import Actor, SpeakerRef
from ..spokespeople.titles import SPOKESPERSON_WORDS
from .introduced_holders import indefinite_unnamed_start
from .named_next import named_in_body_before

#: The evidence for a speaker named by :func:`lead_description_holder`.
LEAD_HOLDER = "the lead's unnamed holder, introduced later with the description's words"

#: Words of a description that say nothing of whom it names: "a leading expert", "a senior
#: official", "an unnamed source" (data/words/vague_description_words.txt).
_VAGUE = word_set("vague_description_words")

#: How many words either side of a name its introduction may hold.
_WINDOW = 8


def description_words(name: str) -> list[str]:
    """The words of a description that can show whom it names (see :data:`_VAGUE`).

    >>> description_words("leading food safety expert")
    ['food', 'safety']
    >>> description_words("AI official")
    ['AI']
    """
    return [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() not in _VAGUE]


def spells_acronym(word: str, words: list[str]) -> bool:
    """``word`` is an acronym (two capitals or more) that the initials of consecutive
    capitalised ``words`` spell: "AI" in "director of Amnesty International India".

    >>> spells_acronym("AI", ["of", "Amnesty", "International", "India"])
    True
    >>> spells_acronym("AI", ["Avinash", "Kumar"])
    False
    """
    letters = word.replace(".", "")
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
        return False
    initials = "".join(w[0] if w[:1].isupper() else " " for w in words)
    return letters in initials


def introduction_fits(words: list[str], window: list[str]) -> bool:
    """One of the description's ``words`` stands in ``window`` (the words around a name),
    as written (case aside) or as an acronym its capitalised words spell.

    >>> introduction_fits(["election", "commission"], ["turnout", "commission", "secretary"])
    True
    >>> introduction_fits(["MP"], ["that", "MPs", "be", "told"])
    False
    """
    lows = {w.lower() for w in window}
    return any(w.lower() in lows or spells_acronym(w, window) for w in words)


def _window(index: ActorIndex, start: int, end: int) -> list[str]:
    """The words of the sentence around the name at ``[start, end)``: up to
    :data:`_WINDOW` either side."""
    s = sentence_at(index, start)
    s_start, s_end = index.sentences[s][3], index.sentences[s][4]
    before = re.findall(r"[\w'’.-]+", index.text[s_start:start])[-_WINDOW:]
    after = re.findall(r"[\w'’.-]+", index.text[end:s_end])[:_WINDOW]
    return [w.strip(".") for w in before + after]


def _lead_position(index: ActorIndex, start: int) -> int | None:
    """The paragraph the body after the description at ``start`` is counted from, when it
    stands in the lead (its own paragraph) or in the headline (the first body paragraph),
    else None."""
    s = sentence_at(index, start)
    par = index.sentences[s][1]
    if index.sentence_kind(s) in ("title", "heading"):
        return next((row[1] for row in index.sentences if row[2] == "body"), None)
    return par if par in lead_paragraphs(index.sentences) else None


def lead_description_holder(text: str, index: ActorIndex, ref: SpeakerRef) -> Actor | None:
    """The person an unnamed speaker described with "a"/"an" in the lead stands for (see
    the module), or None.

    >>> from hrlesson import quotes
    >>> from hrlesson.article import article_from_text
    >>> text = ('Turnout was "huge", an election commission official announced.\\n\\n'
    ...         '"We have a huge turnout," commission secretary Ishtiaq Ahmed told reporters.')
    >>> quotes(article_from_text(text, date="2024-02-08"))["speaker"].tolist()
    ['Ishtiaq Ahmed', 'Ishtiaq Ahmed']
    """
    start = indefinite_unnamed_start(text, ref, reach=4)
    if start is None:
        return None
    actor = ref.actor
    name = actor.name.split()
    if not name or name[-1].lower() in SPOKESPERSON_WORDS:
        return None  # a spokesperson named next: spokespeople/named_next
    words = description_words(" ".join(name))
    par = _lead_position(index, start)
    if par is None or not words:
        return None
    seen: set[int] = set()
    for m in index.mentions_in(start, len(text)):
        s = sentence_at(index, m.start)
        if index.sentences[s][1] - par > 3:
            return None
        if m.actor.kind != "person" or m.in_quote or id(m.actor) in seen or m.actor is actor:
            continue
        seen.add(id(m.actor))
        if index.sentence_kind(s) != "body" or named_in_body_before(index, m.actor, start):
            continue
        if introduction_fits(words, _window(index, m.start, m.end)):
            return m.actor
    return None
