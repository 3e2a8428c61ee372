"""A body's one-word name inside an unnamed person's description is that person's
affiliation, not the speaker: "a senior Hamas official said" is the official."""

from __future__ import annotations

from ..actor_index import ActorIndex
from ..tokens import Token
from ..vocabulary import ANONYMOUS_ROLES, is_head_word

#: The kinds of actor whose officials a description names.
_BODY_KINDS = ("organisation", "group")


def body_before_title(
    index: ActorIndex, words: list[Token], k: int, run: list[Token], unnamed: bool = False
) -> tuple[str, int] | None:
    """The name of the organisation a mention from ``words[k]`` names and the index after
    it, when lower-case modifiers alone come before it and a lower-case title right after
    it ("a senior Hamas official": Hamas, then "official"); after "a"/"one" (``unnamed``)
    the role noun of a person the article leaves unnamed too ("an Uber employee said": the
    employee, one of Uber's people, not Uber; :func:`unnamed_role_after`); else None."""
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
    role = is_head_word(words[k_after].lower) or unnamed_role_after(words, k_after, unnamed)
    return (m.actor.name, k_after) if role else None


def unnamed_role_after(words: list[Token], k: int, unnamed: bool) -> bool:
    """``words[k]`` is the role noun of a person an indefinite description leaves unnamed
    (data/words/anonymous_roles.txt), the head of "an Uber employee", "a Tesla worker".

    >>> from ..tokens import tokenize
    >>> words = tokenize("an Uber employee said", [0])
    >>> unnamed_role_after(words, 2, True), unnamed_role_after(words, 2, False)
    (True, False)
    """
    return unnamed and words[k].lower in ANONYMOUS_ROLES
