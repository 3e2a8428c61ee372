"""A body whose name opens with a common word, named by that word alone as a sentence's
subject: "First says the pay offer is “above-inflation”" after "the First West of England
drivers" (the bus company First). A capitalised word that opens its sentence and usually
opens no name ("First", "Next", "National": data/words/stop_words.txt) is read as no
subject at all; when the article writes, in the middle of a sentence, a name of capitalised
words that this word opens, the word is that name shortened, and the body speaks.
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, PERSONAL_SUBJECTS, STOP_WORDS, TITLE_HEADS

#: The rule, for the evidence column.
COMMON_WORD_NAME = "a common word opening the sentence, the short form of a name written later"

#: A name's further words after its opening word: capitalised, "of"/"the"/"and"/"for"/"&"
#: allowed between them ("First West of England", "First Group").
_NAME_TAIL = r"(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w’'&-]*)+"


def fuller_names(text: str, word: str) -> list[tuple[str, int]]:
    """The names of two words or more that ``word`` opens, written in the middle of a
    sentence of ``text`` (after a word or a comma, not a stop), with where each stands; a
    title after the word is no name ("First Minister").

    >>> fuller_names("Drivers at the First West of England depots. First says", "First")
    [('First West of England', 15)]
    >>> fuller_names("She met the First Minister. First says", "First")
    []
    """
    found = []
    for m in re.finditer(rf"\b{re.escape(word)}{_NAME_TAIL}", text):
        before = text[: m.start()].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == ","):
            continue  # opens a sentence or a quotation: the word may be a common word there
        second = m.group(0).split()[1].lower()
        if second in TITLE_HEADS:
            continue
        found.append((m.group(0), m.start()))
    return found


def common_word_name(finder, words: list[Token], sent: int) -> SpeakerRef | None:
    """The body ``words`` (a cue's subject in sentence ``sent``) name when they are one
    capitalised common word opening the sentence that opens a longer name the article
    writes elsewhere (:func:`fuller_names`): that name, the one written most often (the
    earliest on a tie), as the actor of that name or as written; ``finder`` is the
    :class:`Attributor`. "First says the pay offer is ..." → First West of England."""
    if len(words) != 1 or words[0].start != finder.sentences[sent][3]:
        return None
    word = words[0]
    lower = word.lower
    if not word.cap or lower not in STOP_WORDS or lower in DETERMINERS | PERSONAL_SUBJECTS:
        return None
    names = fuller_names(finder.text, word.text)
    if not names:
        return None
    counts = Counter(name for name, _ in names)
    first_seen = {name: at for name, at in reversed(names)}
    name = max(counts, key=lambda n: (counts[n], -first_seen[n]))
    actor = next((a for a in finder.index.actors if a.name == name), None)
    label = None if actor is not None else name
    return SpeakerRef(actor, label, word.start, word.end, False, COMMON_WORD_NAME)
