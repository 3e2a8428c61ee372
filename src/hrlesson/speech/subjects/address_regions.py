"""A place's region after a comma is part of the address, not a new phrase: "Manresa in Los
Gatos, California, said", "of the Salvation Army in Ardmore, OK told".

The subject finder splits the words before a cue at commas and takes the last phrase as the
subject. In a written address the comma only separates a town from its state or country,
so the region alone ("California", "OK") would be taken for the speaker; joined back to the
phrase it ends, the region leaves the subject where it was (the relative clause's antecedent,
the person the phrase names: David Kinch, Jeff Daniels).
"""

from __future__ import annotations

from ..clauses import comma_segments
from ..tokens import Token, word_tokens

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
    """The comma segments of ``toks`` (:func:`~..clauses.comma_segments`) with a last
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
    segments = comma_segments(toks)
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
