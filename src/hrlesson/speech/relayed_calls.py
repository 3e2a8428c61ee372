"""A call reported inside another speaker's clause: whose words are "called on ..."?

'The remarks noted that the secretary general called on "Q"' relays the secretary general's
call, in the words of the remarks; 'The minister said that the season was unprecedented and
called it "very rare"' and 'Ban has said he remains "deeply troubled" by what he called
accounts "Q"' are the reporter's own calls.
"""

from __future__ import annotations

import re

from .records import Cue

#: The words right before "called" that make the call the reporter's own: a verb joined to
#: the reporter's ("and (also) called"), or a naming relative ("what he called").
_OWN_CALL = re.compile(r"(?:\band(?:\s+\w+ly|\s+also)?|\bwhat\s+(?:he|she|it|they|we))\s+$")


def call_reported_inside(cue: Cue, before: list[Cue], text: str, relaying: frozenset) -> bool:
    """'Haq went on to say that the secretary general called on "Q"', 'The remarks noted that
    the secretary general called on "Q"': a call reported in the clause of an earlier
    reporting verb of the sentence (``relaying`` lemmas, no punctuation between) quotes that
    reporter, not the one who called (but 'Guterres said ..., calling it the "Q"' is his own
    call, and so are 'said ... and called it "Q"' and 'said ... what he called "Q"'). Only
    "call" ('called on/for'): a relayed appeal is the words of the statement that relays it,
    while 'said that Moscow branded the vote "illegal"' may quote Moscow.

    >>> said = Cue(13, 17, "said", "say", 0, 2)
    >>> said.clausal = True
    >>> def call(text):
    ...     at = text.find("called")
    ...     cue = Cue(at, at + 6, "called", "call", 0, 9)
    ...     return call_reported_inside(cue, [said], text, frozenset({"say"}))
    >>> call("The minister said that the season was unusual and called it")
    False
    >>> call("The minister said that the chief had then called on")
    True
    """
    if cue.lemma != "call" or cue.form.endswith("ing"):
        return False
    if _OWN_CALL.search(text, max(0, cue.start - 20), cue.start):
        return False
    return any(
        c.sent == cue.sent
        and c.clausal
        and c.lemma in relaying
        and not re.search(r"[,;:()\u2014\u2013]", text[c.end : cue.start])
        for c in before
    )
