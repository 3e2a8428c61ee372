"""A name that signs a quotation is a person's: round-ups of reactions put the speaker right
after the quotation's closing comma or a dash, with no reporting verb (``"Q," Anthony Shadid
of The Washington Post, who won ...``; ``"Q," socialist party alderman for housing Laurens
Ivens.``; ``"Q." -- Cayetano``), so the run there names who spoke though no list knows it
(read by the name finder; the quotation goes to it in :mod:`..signed_quotes`)."""

from __future__ import annotations

import re

from ..cues import CUE_FORMS
from ..reported_clause import CLOSING_MARKS
from ..tokens import Token
from ..vocabulary import FINITE_VERBS

#: Marks that set a signature off from the quotation before it ("-", "--", "–", "—", and
#: a wire copy's "_"); :mod:`..signed_quotes` reads the same marks in the text.
SIGN_DASHES = frozenset(["-", "–", "—", "_"])
#: Most lower-case words of a post between the quotation's comma and the name.
_POST_WORDS = 8


def _post_start(toks: list[Token], a: int) -> int:
    """Where the lower-case post before the name at ``a`` starts ("socialist party alderman
    for housing"), in its sentence, with no verb; ``a`` itself without one."""
    k = a
    while k > 0 and a - k < _POST_WORDS:
        t = toks[k - 1]
        if t.sent != toks[a].sent or not t.text.isalpha() or not t.text.islower():
            break
        if t.lower in FINITE_VERBS or t.lower in CUE_FORMS:
            return a  # '"Q," indicates a statement from the municipality of Machu Picchu'
        k -= 1
    return k


def signs_quotation(toks: list[Token], a: int) -> bool:
    """The run at ``a`` stands right after a quotation closed with a comma, or after a
    dash that follows a closing mark, a lower-case post allowed between (no verb in it):
    ``"Q," Anthony Shadid of The Washington Post``, ``"Q," socialist party alderman for
    housing Laurens Ivens.``, ``"Q." -- Cayetano``; not ``"Q," he said`` nor ``"Q," said
    Kazi Faruk`` (a verb) nor a name after a comma with no quotation.

    >>> from ..tokens import tokenize
    >>> def signs(s, name):
    ...     toks = tokenize(s, [0])
    ...     return signs_quotation(toks, [t.text for t in toks].index(name))
    >>> signs('"Q," Anthony Shadid of The Post', "Anthony"), signs("“Q.” -- Cayetano", "Cayetano")
    (True, True)
    >>> signs('"Q," socialist party alderman for housing Laurens Ivens.', "Laurens")
    True
    >>> signs('"Q," said Kazi Faruk', "Kazi"), signs("In May, Anthony Shadid left", "Anthony")
    (False, False)
    >>> signs('"Q," which is what Anthony Shadid said', "Anthony")
    False
    >>> signs('"Q," indicates a statement from the town of Machu Picchu', "Machu")
    False
    """
    k = _post_start(toks, a)
    if k < 2:
        return False
    before, mark = toks[k - 1], toks[k - 2]
    if before.text in SIGN_DASHES and k == a:
        j = k - 2 if mark.text not in SIGN_DASHES else k - 3  # "--": two tokens
        return j >= 0 and toks[j].text in CLOSING_MARKS
    if before.text in CLOSING_MARKS:
        return mark.text == ","  # '"Q," Anthony Shadid'
    if before.text == "," and mark.text in CLOSING_MARKS:
        return k == a  # '"Q", Anthony Shadid'
    return False


#: A plain word of a name: letters, with hyphens or apostrophes inside.
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

#: What may follow a signing name: its post after a comma, "of" a body, or the sentence's end.
_SIGNATURE_FOLLOWERS = frozenset([",", ".", ";", "(", "of", "from", "at"])


def quotation_signer(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` signs a quotation (:func:`signs_quotation`) and ends the signature:
    its post, "of" a body or the sentence's end follows, no verb (``"Q," Anthony Shadid of
    The Washington Post``; not ``"Q," Anthony Shadid told``).

    >>> from ..tokens import tokenize
    >>> toks = tokenize('"Q," Anthony Shadid of The Post', [0])
    >>> quotation_signer(toks, 4, 6), quotation_signer(tokenize('"Q," Ann Lee told', [0]), 4, 6)
    (True, False)
    """
    if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].lower not in _SIGNATURE_FOLLOWERS:
        return False
    if not all(_PLAIN_WORD.fullmatch(t.text) for t in toks[a:b]):
        return False  # "Mr.me Otunbayeva": a mangled honorific, no name to read
    return signs_quotation(toks, a)
