"""A body's one-word name inside an unnamed person's description is that person's
affiliation, not the speaker: "a senior Hamas official said" is the official."""

from __future__ import annotations

from ..actor_index import ActorIndex
from ..tokens import Token
from ..vocabulary import is_head_word

#: The kinds of actor whose officials a description names.
_BODY_KINDS = ("organisation", "group")


def body_before_title(
    index: ActorIndex, words: list[Token], k: int, run: list[Token]
) -> tuple[str, int] | None:
    """The name of the organisation a mention from ``words[k]`` names and the index after
    it, when lower-case modifiers alone come before it and a lower-case title right after
    it ("a senior Hamas official": Hamas, then "official"); else None."""
    m = index.mention_starting(words[k].start)
    if m is None or m.how not in ("name", "acronym") or m.actor.kind not in _BODY_KINDS:
        return None
    if any(not t.text.islower() for t in run) or (not run and words[k].text.isupper()):
        return None  # "the MEA spokesperson": read as an affiliation word
    k_after = k
    while k_after < len(words) and words[k_after].start < m.end:
        k_after += 1
    if k_after >= len(words) or not words[k_after].text.islower():
        return None
    return (m.actor.name, k_after) if is_head_word(words[k_after].lower) else None
