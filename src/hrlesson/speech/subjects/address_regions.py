"""A place's region after a comma is part of the address, not a new phrase: "Manresa in Los
Gatos, California, said", "of the Salvation Army in Ardmore, OK told".

The subject finder splits the words before a cue at commas and takes the last phrase as the
subject. In a written address the comma only separates a town from its state or country,
so the region alone ("California", "OK") would be taken for the speaker; joined back to the
phrase it ends, the region leaves the subject where it was (the relative clause's antecedent,
the person the phrase names: David Kinch, Jeff Daniels).

An address after "of" set off by commas, an age before it or not, belongs to the name that
opens the phrase, and so does a relative "who" after it: "Stewart, 68, of Fox Street, who had
described the plots as a ‘lifeline during lockdown,’" is Stewart's description, not the
street's (:func:`address_antecedent`).
"""

from __future__ import annotations

import re

from ..clauses import comma_segments
from ..records import Cue, SpeakerRef
from ..tokens import Token, word_tokens
from .relative_name_lists import joined_relative_name_list

#: Prepositions that place a town in an address ("in Los Gatos", "a lawmaker from Salem");
#: not "of" ("the ministers of France, Germany"), nor "to"/"against"/"between" (no address).
_ADDRESS_PREPOSITIONS = frozenset(["in", "near", "outside", "from", "at"])

#: At most this many words in a region ("Ohio", "New South Wales").
_MAX_REGION = 3

#: At most this many capitalised words in the town's name before the region.
_MAX_TOWN = 3


def _capitalised(t: Token) -> bool:
    """The token opens with a capital letter ("Gatos", "OK")."""
    return t.text[:1].isupper()


def _ends_with_place(words: list[Token]) -> bool:
    """The words end with a preposition and a run of one to three capitalised words ("in Los
    Gatos", "in Ardmore")."""
    k = len(words)
    while k > 0 and len(words) - k < _MAX_TOWN and _capitalised(words[k - 1]):
        k -= 1
    return 0 < k < len(words) and words[k - 1].lower in _ADDRESS_PREPOSITIONS


def joined_address_regions(toks: list[Token], index=None) -> list[list[Token]]:
    """The comma segments of ``toks`` (:func:`~..clauses.comma_segments`; a listed name in a
    relative clause kept whole: :func:`~.relative_name_lists.joined_relative_name_list`) with a last
    phrase of capitalised words only (a region) joined to the segment before it when that
    one ends with a preposition and a place's name, and a comma closes the region or it is
    an abbreviation; a last empty segment (that comma) stays. A region of two words or more
    in which the actor index (``index``, when given) reads a person is a name in apposition
    ("His colleague from Velmora, Ambassador Omar Haidari, disagreed"); a lone abbreviation
    stays a region ("OK").

    >>> from ..tokens import tokenize
    >>> def joined(s):
    ...     segs = joined_address_regions(tokenize(s, [0]))
    ...     return [" ".join(t.text for t in seg) for seg in segs]
    >>> joined("Kinch, who closed Manresa in Los Gatos, California,")
    ['Kinch', 'who closed Manresa in Los Gatos California', '']
    >>> joined("Major Jeff Daniels of the Salvation Army in Ardmore, OK")
    ['Major Jeff Daniels of the Salvation Army in Ardmore OK']

    Not a list of names, nor a name after a phrase that ends in no place:

    >>> joined("the ministers of France, Germany")
    ['the ministers of France', 'Germany']
    >>> joined("factories being built in Hungary, Gill")
    ['factories being built in Hungary', 'Gill']
    >>> joined("talks in Paris, Berlin and Rome")
    ['talks in Paris', 'Berlin and Rome']
    >>> joined("In a statement, Amnesty International")
    ['In a statement', 'Amnesty International']
    """
    segments = joined_relative_name_list(comma_segments(toks))  # "who chairs the A, B and C,"
    trail = 1 if len(segments) > 2 and not word_tokens(segments[-1]) else 0
    last = len(segments) - 1 - trail
    if last < 1:
        return segments
    region, before = word_tokens(segments[last]), word_tokens(segments[last - 1])
    if not region or len(region) > _MAX_REGION or not all(_capitalised(t) for t in region):
        return segments
    if not trail and not _abbreviation(region):
        return segments  # "built in Hungary, Gill said": a region is closed by a comma
    if (index is not None and len(region) > 1) and any(
        m.actor.kind == "person" for m in index.mentions_in(region[0].start, region[-1].end)
    ):
        return segments  # "from Velmora, Ambassador Omar Haidari, disagreed": a person
    if not _ends_with_place(before) or any(t.lower in ("and", "or") for t in segments[last]):
        return segments  # "in France, Germany and Italy": a list
    return [*segments[: last - 1], segments[last - 1] + segments[last], *segments[last + 1 :]]


def _abbreviation(region: list[Token]) -> bool:
    """A region written as a postal abbreviation in capitals ("OK", "N.Y."), which may stand
    without the comma that closes a region spelled out."""
    return all(t.text.isupper() for t in region)


#: The rule of :func:`address_antecedent`, for the evidence column.
RESIDENT = "the person before an age and an address, not the place"


def resident_before_address(before: list[Token]) -> list[Token]:
    """The name opening ``Name, 68, of Fox Street, `` right before a relative "who": an
    address phrase ("of" and capitalised words) after the name, an age between them or not;
    empty when ``before`` (the sentence's tokens up to the pronoun) ends otherwise.

    >>> from ..tokens import tokenize
    >>> [t.text for t in resident_before_address(tokenize("Stewart, 68, of Fox Street, ", [0]))]
    ['Stewart']
    >>> [t.text for t in resident_before_address(tokenize("Jo Bell, of Leeds, ", [0]))]
    ['Jo', 'Bell']
    >>> resident_before_address(tokenize("the council of Fox Street, ", [0]))
    []
    """
    segs = [word_tokens(seg) for seg in comma_segments(list(before))]
    segs = [seg for seg in segs if seg]
    if not before or before[-1].text != "," or len(segs) < 2:
        return []
    address = segs[-1]
    if len(address) < 2 or address[0].lower != "of" or not _capitalised(address[1]):
        return []
    name = segs[-2]
    if len(segs) > 2 and len(name) == 1 and name[0].text.isdigit():
        name = segs[-3]  # the age
    if all(_capitalised(t) and t.text[0].isalpha() for t in name) and len(name) <= 3:
        return name
    return []


def written_full_name(text: str, first: str) -> str | None:
    """The one name of two capitalised words the text writes starting with the given name
    ``first`` ("Stewart" → "Stewart Chalkley"); None when it writes none or several.

    >>> written_full_name("to overlap Stewart Chalkley’s allotment. Stewart said", "Stewart")
    'Stewart Chalkley'
    >>> written_full_name("Stewart Bell and Stewart Chalkley", "Stewart") is None
    True
    """
    found = {m[0] for m in re.finditer(rf"\b{re.escape(first)} [A-Z][a-z]+\b", text)}
    return found.pop() if len(found) == 1 else None


def address_antecedent(finder, cue: Cue) -> SpeakerRef | None:
    """``cue``'s subject, or the resident (:func:`resident_before_address`) when that subject
    is the place of an address right before ", who": the actor the name resolves to, else a
    first name's written full name (:func:`written_full_name`), else the name as written."""
    ref, toks = cue.subject, finder.tokens
    if ref is None:
        return ref
    k = finder.index.token_index(ref.end)
    if not (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "who"):
        return ref
    run = resident_before_address(finder.toks_between(finder.sentences[cue.sent][3], toks[k].end))
    if not run or run[-1].end > ref.start:
        return ref
    start, end = run[0].start, run[-1].end
    named = finder.resolve_span(start, end, cue.start)
    if named is not None and named.actor is not None:
        return SpeakerRef(named.actor, named.label, named.start, named.end, False, RESIDENT)
    label = len(run) == 1 and written_full_name(finder.text, run[0].text)
    return SpeakerRef(None, label or finder.text[start:end], start, end, False, RESIDENT)
