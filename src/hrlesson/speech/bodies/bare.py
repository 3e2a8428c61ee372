"""A bare one-word body is a body named in full: "Amnesty" for "Amnesty International", "the
Commission" for the article's only committee named in full."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor

#: Heads of collegial bodies a writer may swap: data/words/collegial_body_nouns.txt.
COLLEGIAL_BODY_NOUNS = word_set("collegial_body_nouns")


def short_form_of(words: list[str], orgs: list[Actor]) -> list[Actor]:
    """The one two-word body whose first word is the bare one-word body ``words``:
    ``Amnesty`` after ``Amnesty International``."""
    found = [a for a in orgs if len(a.name_tokens) == 2 and a.name_tokens[:1] == words]
    return found if len(found) == 1 else []


def only_collegial_body(words: list[str], orgs: list[Actor]) -> list[Actor]:
    """``The United Nations Committee on the Elimination of Racial Discrimination has
    called on ...`` then ``the Commission asked``: a bare collegial body ("commission",
    "committee", "council") when no body of ``orgs`` has that head is the article's one
    body with another collegial head (its longest name: "UN Committee" is the same
    committee); none when bodies of two collegial kinds are named.

    >>> un = Actor("organisation", "UN Committee on Torture")
    >>> [a.name for a in only_collegial_body(["commission"], [un])]
    ['UN Committee on Torture']
    >>> only_collegial_body(["assembly"], [un])
    []
    """
    if len(words) != 1 or words[0] not in COLLEGIAL_BODY_NOUNS:
        return []
    if any(words[0] in a.name_tokens for a in orgs):
        return []
    heads = {a.name: collegial_heads(a.name_tokens) for a in orgs}
    found = [a for a in orgs if heads[a.name]]
    if len(set().union(*heads.values())) != 1:
        return []  # a committee and a council: which one is meant?
    return [max(found, key=lambda a: len(a.name_tokens))] if found else []


def collegial_heads(name_tokens: list[str]) -> set[str]:
    """The collegial body nouns in a body's name.

    >>> collegial_heads(["un", "committee", "on", "torture"])
    {'committee'}
    """
    return {w for w in name_tokens if w in COLLEGIAL_BODY_NOUNS}
