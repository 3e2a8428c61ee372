"""A body taken up by the noun its name ends in: "the Groninger Museum" ... "“Q,” the museum
said in a statement"; "Silver Mountain Resort" ... "the resort said on Facebook"; or by the
noun the article wrote right after its name: "Members of the Unite union" ... "The union said
workers would not accept a “real terms pay cut”". News writing renames a body it has named by
the last word of its name, often with a lower-case modifier ("the once state-backed lender");
when no other rule ties such a subject to anyone, the body so named before the subject,
outside quotations, speaks (of several, the one that spoke last), rather than a guess of the
ranker, which picks whoever spoke near it.
"""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token

#: The most lower-case words after "the" ("the once state-backed lender").
_MAX_WORDS = 4

#: The rule, for the evidence column.
NAME_END_NOUN = "a body renamed by the noun its name ends in, or that followed its name"


def renaming_noun(words: list[Token]) -> str | None:
    """The noun that ends the subject ``words`` when they are "the" and one to four
    lower-case words (letters and hyphens), none a possessive; None otherwise.

    >>> from ..tokens import tokenize
    >>> def noun(s):
    ...     return renaming_noun(tokenize(s, [0]))
    >>> noun("The museum"), noun("the once state-backed lender"), noun("The Irish navy")
    ('museum', 'lender', None)
    >>> noun("museum") is None, noun("a museum") is None
    (True, True)
    """
    if not 2 <= len(words) <= _MAX_WORDS + 1 or words[0].lower != "the":
        return None
    rest = words[1:]
    if any(w.poss or not w.text.replace("-", "").isalpha() or not w.text.islower() for w in rest):
        return None
    return rest[-1].lower


def _renamed_by(text: str, m, noun: str) -> bool:
    """The mention ``m`` of a body names it with ``noun``: its name's last word ("Groninger
    Museum"; a plural too: "Princess Cruise Lines", "the line"), or the word right after
    the mention ("the Unite union")."""
    last = m.actor.name.split()[-1].lower() if m.actor.name else ""
    if last in (noun, noun + "s"):
        return True
    after = text[m.end : m.end + len(noun) + 2].lower().split()
    return bool(after) and after[0] in (noun, noun + "s")


def name_end_noun_subject(finder, words: list[Token]) -> SpeakerRef | None:
    """The body that the noun ending the subject ``words`` renames (:func:`renaming_noun`,
    :func:`_renamed_by`), named before them outside quotations; ``finder`` is the
    :class:`Attributor`. Of several such bodies ("the Museum Singer Laren", "the Groninger
    Museum"), the one that spoke last; None when none spoke and they are not one body.
    """
    noun = renaming_noun(words)
    if noun is None:
        return None
    bodies = [
        m.actor
        for m in finder.index.mentions_in(0, words[0].start)
        if not m.in_quote and m.actor.kind == "organisation" and _renamed_by(finder.text, m, noun)
    ]
    if not bodies:
        return None
    spoke = [a for pos, a, _ in finder.timeline if pos < words[0].start and a in bodies]
    if not spoke and any(a is not bodies[0] for a in bodies):
        return None
    body = spoke[-1] if spoke else bodies[0]
    return SpeakerRef(body, None, words[0].start, words[-1].end, True, NAME_END_NOUN)
