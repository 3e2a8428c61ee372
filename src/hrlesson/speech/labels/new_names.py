"""A quotation right after an owner and "new" is the new thing's name, as its owner calls it.

'criticized China's new "air defence identification zone"': the quotation names what the
owner set up, a term, not speech (:func:`newly_named`, read by :mod:`.short_quotes`).
"""

from __future__ import annotations

import re

#: An owner (a possessive) and "new" right before a quotation: "Beijing's new ".
_NEW_AFTER_OWNER = re.compile(r"(?:\w['’]s|\b(?:its|their|his|her))\s+new\s*$", re.IGNORECASE)


def newly_named(before: str) -> bool:
    """The words before a quotation are an owner and "new": the quotation names the new
    thing, as its owner calls it ('criticized China's new "air defence identification
    zone"'), a term, not speech.

    >>> newly_named("response to Beijing’s new "), newly_named("a new ")
    (True, False)
    """
    return _NEW_AFTER_OWNER.search(before) is not None
