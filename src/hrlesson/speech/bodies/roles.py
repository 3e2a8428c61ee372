"""A person's role names a body: "European Union commissioner" is a role of the EU's.

Used where a headline credits a body and the article has that body's own people speak
(:mod:`.headline_own_people`).
"""

from __future__ import annotations

import re

from ..vocabulary import same_body


def role_names_body(role: str | None, aff: str) -> bool:
    """``role`` names the body ``aff``: its name, or a run of capitalised words whose
    initials spell it ("European Union commissioner" for "EU").

    >>> role_names_body("European Union commissioner", "EU")
    True
    >>> role_names_body("Treasury Secretary", "EU"), role_names_body(None, "EU")
    (False, False)
    >>> role_names_body("WHO Director-General", "WHO")
    True
    """
    if not role:
        return False
    if re.search(rf"(?<!\w){re.escape(aff)}(?!\w)", role):
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", role)
    for i in range(len(words)):
        run = []
        for w in words[i:]:
            if not w[0].isupper():
                break
            run.append(w)
            if same_body(" ".join(run), aff):
                return True
    return False
