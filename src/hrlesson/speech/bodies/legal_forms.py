"""A company's name keeps the full stop of its legal form as the article writes it.

"Fitbit Inc. said", "Pacific Gas and Electric Co. has asked": the tokens end the name at
"Inc"/"Co" and leave the full stop apart; the body is named "Fitbit Inc.", as written, not
"Fitbit Inc" (data/words/company_forms.txt). No longer form is made up: "Boeing" stays
"Boeing" where the article writes no "Co.".
"""

from __future__ import annotations

from ..tokens import Token
from .names import COMPANY_FORMS


def legal_form_stop(toks: list[Token], b: int) -> str:
    """ "." when the name ending at token ``b`` (exclusive) ends in a company's legal form
    written with its full stop right after it, else "".

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Fitbit Inc. said", [0])
    >>> legal_form_stop(toks, 2), legal_form_stop(tokenize("Fitbit Inc said", [0]), 2)
    ('.', '')
    """
    if b < 1 or b >= len(toks) or toks[b - 1].lower not in COMPANY_FORMS:
        return ""
    last, nxt = toks[b - 1], toks[b]
    return "." if nxt.text == "." and nxt.start == last.end and last.base == last.text else ""
