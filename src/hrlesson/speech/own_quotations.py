"""A reopened paragraph that is a quotation of its own, not the one before continued.

News style repeats the opening mark at each paragraph of a long quotation, so a paragraph that
opens with the mark of a quotation left open continues it (:mod:`.marks`). docs/test-pages.md
makes one exception: the next paragraph is a quotation of its own when its reporting clause
gives it to someone else. The quotation left open must have been brought in by a reporting
clause of its own inside its paragraph, and the next paragraph's quotation must close with a
comma before a clause that names a speaker that paragraph never wrote ('... groom-to-be
Daniel Laymon said. "We have no one to talk to ... at this point.¶¶"We're out about 8 thousand dollars," Kelly
said.'), or reports it in the past perfect, as words said at another time ('said: "Although
... completely bogus.¶¶"I have no problem with Don King ...," Lewis had said earlier.'). The
quotation left open then ends at its paragraph's end (:mod:`.unclosed_quotes`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cue_lexicon import cue_verbs
from .mark_shapes import Mark
from .vocabulary import PERSONAL_SUBJECTS

#: What ends the quoted words before their closing mark when a reporting clause follows in
#: the same sentence (not a stop: '... Who is the best?' Lewis voiced fears that ...').
_QUOTE_ENDS = ","

#: What stands before an opening mark brought in by its own reporting clause: a colon, a
#: comma or a stop, and a space.
_FRAME_ENDS = (": ", ", ", ". ", ":", ",")

#: A reporting clause after a closing mark: one to four capitalised words (the speaker's
#: name, a title before it), "had" perhaps, and the verb, on the closing mark's line.
_CLAUSE = re.compile(r" *((?:[A-Z][\w'’.-]* +){0,3}[A-Z][\w'’-]*) +(had +)?([a-z]+)\b")


@lru_cache(maxsize=1)
def _cue_forms() -> frozenset[str]:
    """The written forms of the lexicon's quote cues that need no next word ("said")."""
    return frozenset(f for v in cue_verbs() if not v.next_words for f in v.forms)


def quotation_of_its_own(text: str, opener: Mark, reopener: Mark, later: list[Mark]) -> bool:
    """The paragraph that ``reopener`` opens is a quotation of its own, not the quotation
    ``opener`` left open at the end of the paragraph before; ``later`` are that paragraph's
    marks after ``reopener``.

    >>> from hrlesson.speech.mark_shapes import find_marks
    >>> text = ('"It is a ghost town," Daniel Laymon said. "We are flying blind.'
    ...         '\\n\\n"We are out 8 thousand dollars," Kelly said.')
    >>> m = find_marks(text)
    >>> quotation_of_its_own(text, m[2], m[3], m[4:])
    True
    >>> text = 'Mr Laymon said: "We are flying blind.\\n\\n"We are out of money," Mr Laymon said.'
    >>> m = find_marks(text)
    >>> quotation_of_its_own(text, m[0], m[1], m[2:])
    False
    """
    start = text.rfind("\n", 0, opener.pos) + 1
    frame = text[start : opener.pos]
    if not frame.strip() or not frame.endswith(_FRAME_ENDS) or frame.rstrip()[-1] in "\"”’'":
        return False
    closer = next((m for m in later if _closes_words(text, reopener, m)), None)
    if closer is None:
        return False
    clause = _CLAUSE.match(text, closer.pos + len(closer.char))
    if clause is None or clause.group(3) not in _cue_forms():
        return False
    name = clause.group(1).split()[-1]
    if name.lower() in PERSONAL_SUBJECTS:
        return False
    return bool(clause.group(2)) or name not in text[start : opener.pos]


def _closes_words(text: str, reopener: Mark, mark: Mark) -> bool:
    """``mark`` closes the words ``reopener`` opened: of its family, after their comma."""
    return (
        mark.family == reopener.family
        and mark.can_close
        and text[mark.pos - 1 : mark.pos] in _QUOTE_ENDS
        and "\n" not in text[reopener.pos : mark.pos]
    )
