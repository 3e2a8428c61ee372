"""An acronym written in mixed case is a body's name, never a person's: "ReCAAP" (the
Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia),
"CalPERS", "RoSPA", "PhRMA", "BelTA"."""

from __future__ import annotations

import itertools
import re

#: A word of letters with a lower-case letter in it: "ReCAAP", "LGiU".
_MIXED_CASE = re.compile(r"(?=.*[a-z])[A-Za-z]+")


def mixed_case_acronym(word: str) -> bool:
    """Is ``word`` an acronym written in mixed case: letters only, some in lower case
    besides a plural's "s", and two capitals in a row? A person's name has one capital
    per part at most ("McDonald", "DeSantis"); "MPs", "NGOs" are plurals of acronyms.

    malacca_singapore_robbery_rise_recaap_poandpo: ``a report released by the Regional
    Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia, or
    ReCAAP, said``: ReCAAP is that body.

    >>> [mixed_case_acronym(w) for w in ("ReCAAP", "CalPERS", "RoSPA", "PhRMA", "LGiU")]
    [True, True, True, True, True]
    >>> [mixed_case_acronym(w) for w in ("McDonald", "DeSantis", "MacKenzie", "UNESCO", "MPs")]
    [False, False, False, False, False]
    """
    word = word.removesuffix("s")
    if not _MIXED_CASE.fullmatch(word):
        return False
    return any(a.isupper() and b.isupper() for a, b in itertools.pairwise(word))
