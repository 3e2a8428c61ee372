"""An indefinite title that the article gives to one named person only is that person.

News leads often hide a name the article gives elsewhere: "a federal judge on Wednesday
sentenced ..." after or before "Judge Christina Snyder"; "a High Court judge said today"
before "said Mr Justice Peter Jackson". When exactly one named person in the article holds
the title (their role has it, or the capitalised title word stands right before their name),
the indefinite description is that person, not somebody new. A description with a
complement ("A representative of the bereaved families") or a title two named people hold
stays a new, unnamed person.
"""

from __future__ import annotations

import bisect

from ..lead import lead_paragraphs
from ..records import Actor
from ..vocabulary import is_national, role_has
from .fit import title_fits_gender
from .introduced_holders import opens_indefinite

#: The evidence for a speaker placed by :func:`sole_titled_holder`.
SOLE_TITLE_HOLDER = "the one person the article names with that title"


def title_before_name(text: str, start: int, head: str) -> bool:
    """The capitalised word right before the name at ``start`` in ``text`` is the title
    ``head`` (or a synonym of it): "said Mr Justice Peter Jackson" for "judge".

    >>> title_before_name("said Mr Justice Peter Jackson", 16, "judge")
    True
    >>> title_before_name("said Peter Jackson", 5, "judge")
    False
    """
    words = text[max(0, start - 40) : start].split()
    if not words or not words[-1][:1].isupper():
        return False
    return role_has(words[-1].rstrip(".,"), head)


def in_lead(index, pos: int) -> bool:
    """``pos`` stands in the headline or the lead (:func:`.lead.lead_paragraphs`), where a
    news report hides the name it gives later; a later "a federal judge ruled" about
    another case is another judge."""
    s = bisect.bisect_right(index.sentence_starts, pos) - 1
    if s < 0:
        return False
    row = index.sentences[s]
    return row[2] in ("title", "heading") or row[1] in lead_paragraphs(index.sentences)


def titled_persons(index, head: str) -> list[Actor]:
    """The named persons of ``index`` who hold the title ``head``: by their role, or by
    the title word right before one of their mentions (:func:`title_before_name`)."""
    found = []
    for actor in index.actors:
        if actor.kind != "person" or actor.key.startswith("unnamed:"):
            continue
        by_role = bool(actor.role) and role_has(actor.role, head)
        if by_role or any(title_before_name(index.text, m[0], head) for m in actor.mentions):
            found.append(actor)
    return found


def sole_titled_holder(
    index, text: str, head: str, span: tuple[int, int], complement: str, aff: str | None
) -> Actor | None:
    """``Judge Christina Snyder remarked ...`` then ``a federal judge on Wednesday
    sentenced``: an indefinite description (at ``span``, title head ``head``, nothing after
    the head: ``complement`` blank) whose title exactly one named person of the article
    holds is that person, in the headline or the lead only (:func:`in_lead`), when the
    title fits their gender and a country of the description (``aff``) is theirs.

    ``index`` is the article's actor index.
    """
    start = span[0]
    if not opens_indefinite(text, start) or complement.strip() or not in_lead(index, start):
        return None
    holders = titled_persons(index, head)
    if len(holders) != 1:
        return None
    actor = holders[0]
    if not title_fits_gender(head, actor):
        return None
    if is_national(aff) and actor.affiliation not in (None, aff):
        return None
    return actor
