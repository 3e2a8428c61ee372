"""A bare "the <noun>" renames the one person the text wrote that noun before ("Venezuelan
dictator Nicolás Maduro" ... "the dictator told")."""

from __future__ import annotations

from .records import SpeakerRef
from .tokens import Token
from .vocabulary import TITLE_HEADS

RENAMED = "the noun written before this person's name earlier"


def described_by_noun(resolver, words: list[Token], at: int) -> SpeakerRef | None:
    """``He met with Venezuelan dictator Nicolás Maduro ... Without mentioning the Brazilian
    president, the dictator told "Q"``: the subject "the dictator" is the person whose name
    the writer put right after that lower-case noun earlier, when it stood so before one
    person only, and the noun is no title ("the spokesman"). ``words`` are the subject's words ("the", noun); ``resolver`` is the
    :class:`Attributor`.
    """
    if len(words) != 2 or words[0].lower != "the" or not words[1].text.islower():
        return None
    noun = words[1].lower
    if noun in TITLE_HEADS:
        return None  # "the spokesman": a title, read by the title rules
    toks, found = resolver.tokens, {}
    for m in resolver.index.mentions_in(0, words[0].start):
        if m.actor.kind != "person" or m.in_quote:
            continue
        k = resolver.index.token_index(m.start)
        if k >= 1 and toks[k - 1].lower == noun and toks[k - 1].text.islower():
            found[id(m.actor)] = m.actor
    if len(found) != 1:
        return None
    (actor,) = found.values()
    resolver._note(actor, words[0].start, words[1].end)
    return SpeakerRef(actor, None, words[0].start, words[1].end, True, how=RENAMED)
