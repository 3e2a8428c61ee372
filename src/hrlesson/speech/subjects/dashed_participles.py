"""A participle after a dash shares the subject of the clause the dash closes.

"Campaigners have written a letter to an NHS trust ... over the temporary closure of
Bishop's Castle Community Hospital – claiming the decision 'will cost lives'": the
campaigners claim, not the hospital the clause ends with. A spaced dash closes a clause as
a comma does; the participle after it is an adjunct of that clause's subject.
"""

from __future__ import annotations

import re

from ..tokens import Token
from ..vocabulary import FINITE_VERBS

#: A dash set off by spaces (a hyphen, an en or an em dash) right before the cue.
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")


def participle_after_dash(left: str, words: list[Token]) -> Token | None:
    """``X has long been an opponent of ... Britain's busiest airport - vowing``: when the
    text between the last boundary and an -ing cue (``left``) ends with a spaced dash, the
    first finite verb of the sentence before it (``words``: its tokens up to the cue),
    whose subject the participle shares; None when there is no dash or no such verb.

    >>> from ..tokens import tokenize
    >>> text = "A headteacher has criticised the Ofsted report - "
    >>> participle_after_dash(text, tokenize(text, [0])).text
    'has'
    >>> text = "The Ofsted report - "
    >>> participle_after_dash(text, tokenize(text, [0])) is None
    True
    >>> participle_after_dash("Boeing has said, ", tokenize("Boeing has said,", [0])) is None
    True
    """
    if not _DASH_BEFORE.search(left):
        return None
    return next(
        (
            w
            for w in words[1:]
            if w.text[0].isalnum()
            and w.text.islower()
            and (w.lower in FINITE_VERBS or w.lower.endswith("ed"))
        ),
        None,
    )
