"""Group descriptions the text names: "the magazine" after "news magazine Jeune Afrique",
"A United Nations human rights panel said" before "the UN Committee on ..."."""

from __future__ import annotations

import re

from ..wordlists import word_set
from .description_heads import named_by_noun
from .group_noun import media_employer_before
from .records import Actor, SpeakerRef
from .vocabulary import NAMING_GROUP_NOUNS, same_body

#: Nouns of an indefinite body named in the next sentences: data/words/named_body_nouns.txt.
NAMED_BODY_NOUNS = word_set("named_body_nouns")

#: The evidence for a speaker placed by :func:`body_named_next`.
BODY_NAMED_NEXT = "a body named right after its description"

#: The evidence for a speaker placed by :func:`media_employer_before`.
MEDIA_EMPLOYER = "the news organisation a journalist named before works for"

_UN = re.compile(r"\b(?:UN|U\.N\.|United Nations)\b")


def names_affiliation(name: str, aff: str | None) -> bool:
    """A body's ``name`` names the description's affiliation ``aff`` (or none is given).

    >>> names_affiliation("UN Committee on the Elimination of Racial Discrimination", "United Nations")
    True
    >>> names_affiliation("African Commission on Human and Peoples' Rights", "UN")
    False
    """
    if aff is None or aff in name:
        return True
    return (aff == "UN" or same_body("UN", aff)) and _UN.search(name) is not None


def body_named_next(
    index, sent_of, content: list[str], aff: str | None, start: int
) -> Actor | None:
    """``A United Nations human rights panel said on Friday ...`` then ``Gay McDougall, a
    member of the UN Committee on the Elimination of Racial Discrimination, cited``: an
    indefinite body description (its last group noun ``content[-1]`` a committee, panel,
    council ...; ``aff`` its affiliation; at ``start``) is the first organisation named
    for the first time in the next two sentences whose name has that kind of noun and
    names the same affiliation. ``index`` is the article's actor index, ``sent_of`` maps an
    offset to its sentence.
    """
    if not content or content[-1] not in NAMED_BODY_NOUNS:
        return None
    s = sent_of(start)
    sents = index.sentences
    if s + 1 >= len(sents):
        return None
    for m in index.mentions_in(sents[s + 1][3], sents[min(s + 2, len(sents) - 1)][4]):
        a = m.actor
        words = {w.lower() for w in a.name.split()}
        if (
            a.kind == "organisation"
            and m.how == "name"
            and not m.in_quote
            and a.first[0] > start
            and words & NAMED_BODY_NOUNS
            and names_affiliation(a.name, aff)
        ):
            return a
    return None


def body_for_noun(reader, content: list[str], det, aff, span: tuple[int, int], note):
    """The body a group description names (``reader`` the attributor, ``span`` the
    description's, ``note`` records a span of an actor): "the magazine" after "news
    magazine Jeune Afrique" (:func:`named_by_noun`), "A UN panel" the body named right
    after it (:func:`body_named_next`); else None."""
    start, end = span
    how = "the body that noun introduced"
    actor = None
    if det == "the" and len(content) == 1 and content[0] in NAMING_GROUP_NOUNS:
        actor = named_by_noun(reader.index.mention_starting, reader.text, content[0], start)
    elif det in ("a", "an"):
        actor = body_named_next(reader.index, reader.sent_of, content, aff, start)
        how = BODY_NAMED_NEXT
    if actor is None and det in ("the", None) and content:
        # "the news channel", "The London-based Farsi news channel" (no determiner read)
        actor = media_employer_before(reader.index, content[-1], start)
        how = MEDIA_EMPLOYER
    if actor is None:
        return None
    note(actor, start, end)
    return SpeakerRef(actor, None, start, end, how=how)
