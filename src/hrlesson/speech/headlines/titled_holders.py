"""A headline's bare title is the one person the body names with that title.

A headline drops the article and the name a lead would give: "Fishing chief warns no deal
Brexit to devastate 'vulnerable' EU states" for "Barrie Deas, the CEO of the National
Federation of Fishermen's Organisations"; "Judge who jailed Wayne Couzens praises ... for
'most impressive police investigation in 30 years'" for "Lord Justice Fulford"; "Councils
still waiting for salt but transport secretary says 'we'll cope'" for "Transport Minister
Philip Hammond". When exactly one person the body names holds the title, by the title
written right before their name, after it in an apposition, or by the portfolio the headline
gives the title, the headline's words are that person's (evidence
:data:`HEADLINE_TITLE_HOLDER`). Only the body's mentions count: a headline's own title,
credited to whoever the first reading hit, proves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...wordlists import word_set
from ..descriptions.sole_holders import title_before_name
from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import TITLE_HEADS, role_has
from .echoed_titles import HEADLINE_CHIEFS, TITLE_HOLDER_ECHO

#: The evidence for a speaker placed by :func:`headline_title_holders`.
HEADLINE_TITLE_HOLDER = "the one person the body names with the headline's title"

#: Words that open a clause of its own in a headline ("... but transport secretary says").
_CLAUSE_OPENERS = ("but", "as", "while", "and")

#: The apposition after a name that gives a title: ", the CEO of", ", who is Conservative MP".
_APPOSITION = re.compile(r"^,\s+(?:who\s+is\s+)?(?:the\s+|a\s+|an\s+)?([^,.;:\"“”]{2,60})")

#: Modifiers of a headline title that say nothing of the post ("top regulator", "senior MP").
_EMPTY_MODIFIERS = word_set("headline_title_modifiers")


def bare_title(span: str) -> tuple[str, list[str]] | None:
    """The head of a headline's bare title and its modifiers, lower case: one to four
    words with no article, the last a title head ("Fishing chief", "transport secretary",
    "MP", "Judge"); else None.

    >>> bare_title("Fishing chief"), bare_title("transport secretary")
    (('chief', ['fishing']), ('secretary', ['transport']))
    >>> bare_title("Judge"), bare_title("the judge"), bare_title("Michel Barnier")
    (('judge', []), None, None)
    """
    words = span.split()
    if not 1 <= len(words) <= 4 or words[0].lower() in ("the", "a", "an", "this"):
        return None
    head = words[-1].lower().rstrip(".,")
    if head not in TITLE_HEADS:
        return None
    modifiers = [w.lower().strip("'’s") for w in words[:-1]]
    if any(not m.isalpha() for m in modifiers):
        return None
    return head, [m for m in modifiers if m not in _EMPTY_MODIFIERS]


#: Titles a headline gives whatever post the body names, when it names the portfolio or
#: the body too ("transport secretary" for "Transport Minister", "Fishing chief" for "CEO
#: of the National Federation of Fishermen's Organisations").
_GENERAL_TITLES = HEADLINE_CHIEFS | {"minister", "secretary"}


def shares_modifier(role: str, modifiers: list[str]) -> bool:
    """A word of ``role`` is one of the headline title's ``modifiers``, or shares its first
    four letters ("Fishermen's" for "fishing").

    >>> shares_modifier("CEO of the Fishermen's Federation", ["fishing"])
    True
    >>> shares_modifier("UN Secretary-General", ["trade"])
    False
    """
    words = [w.strip(".,’'").lower() for w in role.split()]
    return any(m == w or (len(m) >= 4 and w.startswith(m[:4])) for m in modifiers for w in words)


def holds_title(role: str, head: str, modifiers: list[str]) -> bool:
    """``role``, as the body writes it, is the headline's title ``head`` with its
    ``modifiers``: the title or a synonym ("Lord Justice" for "judge"; any post leading a
    body for a bare "chief" or "boss"); with modifiers, a role that shares one
    (:func:`shares_modifier`) and has the title, or any title for a general one
    (:data:`_GENERAL_TITLES`: "Transport Minister" for "transport secretary").

    >>> holds_title("the CEO of the Fishermen's Federation", "chief", ["fishing"])
    True
    >>> holds_title("Transport Minister", "secretary", ["transport"])
    True
    >>> holds_title("Prime Minister", "secretary", ["transport"])
    False
    >>> holds_title("UN Secretary-General", "envoy", ["un"])
    False
    """
    chief = head in HEADLINE_CHIEFS and role_has(role, "boss")
    if not modifiers:
        return role_has(role, head) or chief
    if not shares_modifier(role, modifiers):
        return False
    if head in _GENERAL_TITLES:
        return chief or bool(set(role.lower().split()) & TITLE_HEADS)
    return role_has(role, head)


def body_roles(text: str, mention: tuple[int, int]) -> list[str]:
    """The titles the text gives a name at ``mention``: the capitalised words right before
    it and an apposition right after it.

    >>> t = "Speaking, Barrie Deas, the CEO of the Federation, said"
    >>> body_roles(t, (10, 21))
    ['CEO of the Federation']
    """
    found = []
    before = re.search(r"((?:[A-Z][\w.’'-]*\s+){1,4})$", text[max(0, mention[0] - 60) : mention[0]])
    if before:
        found.append(before.group(1).strip())
    after = _APPOSITION.match(text[mention[1] : mention[1] + 80])
    if after:
        found.append(after.group(1).strip())
    return found


def body_title_holders(
    actors: list[Actor], text: str, body_start: int, title: tuple[str, list[str]]
) -> list[Actor]:
    """The named persons that a mention in the body (from ``body_start``) gives the
    headline's title (:func:`holds_title`, :func:`.sole_holders.title_before_name`)."""
    head, modifiers = title
    found = []
    for actor in actors:
        if actor.kind != "person" or actor.key.startswith("unnamed:"):
            continue
        for m in actor.mentions:
            if m[0] < body_start:
                continue
            roles = body_roles(text, m)
            if title_before_name(text, m[0], head) or any(
                holds_title(r, head, modifiers) for r in roles
            ):
                found.append(actor)
                break
    return found


def clause_subject(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a headline's second clause, between its opener and the reporting
    verb at ``cue_start`` (``start``: the headline's start): "Councils still waiting for salt
    but transport secretary says": "transport secretary".

    >>> t = "Councils still waiting for salt but transport secretary says 'we'll cope'"
    >>> s = clause_subject(t, 0, t.index(" says") + 1); t[s[0] : s[1]]
    'transport secretary'
    """
    before = text[start:cue_start]
    opener = "|".join(_CLAUSE_OPENERS)
    m = re.search(rf"(?:^|[\s,])(?:{opener})\s+((?:[\w’'-]+\s+){{1,4}})$", before)
    if not m:
        return None
    return start + m.start(1), start + m.start(1) + len(m.group(1).rstrip())


def headline_title_holders(
    quotes: list[QuoteRecord],
    text: str,
    actors: list[Actor],
    in_title: Callable[[int], bool],
    sentence_span: Callable[[int], tuple[int, int]],
) -> None:
    """A headline quotation credited to a bare title ("Fishing chief warns ... 'vulnerable'",
    "but transport secretary says 'we'll cope'": the second clause's subject, not the
    first's) goes to the one person the body names with that title
    (:func:`body_title_holders`); ``in_title`` tells a headline's sentence and
    ``sentence_span`` gives its start and end."""
    for q in quotes:
        if not in_title(q.sent) or q.ref is None or q.ref.how == TITLE_HOLDER_ECHO:
            continue
        start, end = sentence_span(q.sent)
        span = (q.ref.start, q.ref.end)
        if q.cue is not None and q.cue.start < q.pair.open:
            span = clause_subject(text, start, q.cue.start) or span
        title = bare_title(text[span[0] : span[1]])
        if title is None:
            continue
        holders = body_title_holders(actors, text, end, title)
        if len(holders) == 1 and holders[0] is not q.ref.actor:
            q.ref = SpeakerRef(holders[0], None, span[0], span[1], True, HEADLINE_TITLE_HOLDER)
