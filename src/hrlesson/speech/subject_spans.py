"""Where a verb's subject starts and ends when other clauses and phrases surround it.

Small tests on text and tokens used by the subject finder: a relative clause set off by
commas between the subject and its verb ("Lopez's deputy, who asked not to be named,
said"), a postposed subject that a relative clause follows ("said a woman who gave her name
only as Fatima"), a partitive subject ("One of them, a teacher, said"; "The mother of one of
the students said") and a quantifier before the subject's noun ("More than 100 civil
society groups said").
"""

from __future__ import annotations

import re

#: A comma segment that opens a non-restrictive relative clause: ", who", ", which".
_RELATIVE_OPENING = re.compile(r",\s*(?:who|which)\b[^,;:\"“”]*$", re.IGNORECASE)


def relative_aside_before(before: str) -> bool:
    """``Lopez's deputy, who asked not to be named, said``: the text ``before`` an earlier
    verb of the sentence ends in a relative clause's opening set off by a comma (", who",
    ", which"), so that verb belongs to an aside, not to the main clause.

    >>> relative_aside_before("Lopez's deputy, who ")
    True
    >>> relative_aside_before("The envoy, who on Monday ")
    True
    >>> relative_aside_before("The envoy said the man who ")
    False
    """
    return bool(_RELATIVE_OPENING.search(before.rstrip() + " "))


def aside_opening(before: str, form: str) -> bool:
    """An earlier verb of the sentence opens an aside between the subject and the next verb:
    a participle right after a comma (``The minister, asked whether ..., said``) or a verb of
    a relative clause set off by a comma (``The deputy, who asked not to be named, said``).
    ``before`` is the sentence's text up to that verb, ``form`` the verb as written.

    >>> aside_opening("The minister, ", "asked"), aside_opening("The minister ", "asked")
    (True, False)
    >>> aside_opening("Mahamat, who ", "said")
    True
    """
    return (form.lower().endswith("ed") and before.rstrip().endswith(",")) or (
        relative_aside_before(before)
    )
