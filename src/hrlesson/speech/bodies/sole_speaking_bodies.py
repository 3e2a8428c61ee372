"""The one body of its kind that spoke before, however long ago: a bare "the department"
paragraphs after the body's statement, past the window in which "the body that spoke last"
is looked for, is still that body when no other body of that kind spoke in between."""

from __future__ import annotations

from ..records import Actor, sole_actor

#: The evidence for a body found so (:func:`sole_body_spoke_before`).
SOLE_BODY_SPOKE = "the one body of its kind that spoke before it"


def sole_body_spoke_before(timeline, fits, at: int) -> Actor | None:
    """The one body ``fits`` accepts (a bare noun's test) among the speakers
    of ``timeline`` (position, actor, ...) before ``at``; None when none or two spoke:
    canada_saudi_lav_freeland_dailycaller: ``Global Affairs Canada issued a statement ...
    "Q," she said`` and, four paragraphs on, ``The department would only say that it
    "Q"``: Global Affairs Canada.

    >>> gac, she = Actor("organisation", "Global Affairs Canada"), Actor("person", "Freeland")
    >>> body = lambda a: a.kind == "organisation"
    >>> sole_body_spoke_before([(267, gac), (304, she)], body, 900).name
    'Global Affairs Canada'
    >>> sole_body_spoke_before([(267, gac), (304, she)], body, 100) is None
    True
    """
    return sole_actor(entry[1] for entry in timeline if entry[0] < at and fits(entry[1]))
