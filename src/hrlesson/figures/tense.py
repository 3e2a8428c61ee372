"""The tense of the clause around a date, used to resolve "June" or "Thursday".

A relative clause has its own tense: in "Addressing the session, which runs until July 13,
she said ..." the date is read in the present ("runs"), not the past ("said"). A clause is
the stretch between two clause marks (``, ; ( ) – —``); when it shows no tense the
sentence's tense is used.

:class:`SentenceTense` indexes one sentence once (its clause marks and tense words), so
asking for the tense at each figure costs a binary search, not a new scan of the sentence:
the figure stage stays n·log n on a long sentence full of dates.

>>> t = SentenceTense("Addressing the session, which runs until July 13, she said it will end.")
>>> t.at(41), t.at(0)
(None, 'future')
"""

from __future__ import annotations

import bisect
import re

__all__ = ["SentenceTense"]

_FUTURE = re.compile(
    r"\b(?:will|shall|is due|are due|is expected to|are expected to|is scheduled|"
    r"are scheduled|is set to|are set to|plans? to|upcoming)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:is|are|runs|begins|ends|opens|closes|lasts|continues|starts|concludes|meets)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|began|took|held|told|came|fled|left|[a-z]{2,}(?<!e)ed)\b"
)
_CLAUSE_MARK = re.compile("[,;()–—]")

#: Words one of which a lower-cased sentence holds for :data:`_FUTURE` to match, unless it
#: holds a character ``re.IGNORECASE`` reads as another's letter ("ſ" as "s", "ı" and "İ"
#: as "i", the Kelvin sign as "k"): a cheap test that spares most sentences the scan.
_FUTURE_WORDS = ("will", "shall", "due", "expected to", "scheduled", "set to", "plan", "upcoming")
_ODD_FOLDS = frozenset("\u017f\u0131\u0130\u212a")


def _may_be_future(sentence: str) -> bool:
    lowered = sentence.lower()
    return not _ODD_FOLDS.isdisjoint(sentence) or any(w in lowered for w in _FUTURE_WORDS)


class _Words:
    """The (start, end) spans of one pattern's matches in a sentence, for range queries."""

    def __init__(self, pattern: re.Pattern[str], sentence: str, scan: bool = True) -> None:
        spans = [m.span() for m in pattern.finditer(sentence)] if scan else []
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def any_within(self, left: int, right: int) -> bool:
        """True when a match lies wholly inside ``sentence[left:right]``.

        Matches never cross a clause mark and do not overlap, so the first match that
        starts at or after ``left`` is the one to check.
        """
        i = bisect.bisect_left(self.starts, left)
        return i < len(self.starts) and self.ends[i] <= right


class SentenceTense:
    """Tense lookups for one sentence: ``at(offset)`` gives "future", "past" or None."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.length = len(sentence)
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
        self.future = _Words(_FUTURE, sentence, _may_be_future(sentence))
        self.past = _Words(_PAST, sentence)
        self._present: _Words | None = None  # scanned when a clause shows no future or past
        if self.future.starts:
            self.sentence_tense: str | None = "future"
        else:
            self.sentence_tense = "past" if self.past.starts else None

    def clause(self, offset: int) -> tuple[int, int]:
        """(start, end) of the clause around ``offset``: from after the last clause mark
        before it to the first clause mark at or after it."""
        i = bisect.bisect_left(self.marks, offset)
        left = self.marks[i - 1] + 1 if i else 0
        right = self.marks[i] if i < len(self.marks) else self.length
        return left, right

    def at(self, offset: int) -> str | None:
        """The tense of the clause around ``offset``, else of the sentence."""
        left, right = self.clause(offset)
        if self.future.any_within(left, right):
            return "future"
        if self.past.any_within(left, right):
            return "past"
        if self.present.any_within(left, right):
            return None
        return self.sentence_tense

    @property
    def present(self) -> _Words:
        """The present-tense words of the sentence, scanned on first use."""
        if self._present is None:
            self._present = _Words(_PRESENT, self.sentence)
        return self._present
