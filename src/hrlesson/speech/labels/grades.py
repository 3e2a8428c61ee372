"""Grades and ratings: a quoted step of an official scale is a label, not speech.

An inspectorate, a rating agency or an analyst grades on a fixed scale ("outstanding",
"good", "requires improvement", "inadequate"; "junk"; "overweight", "sell"): the marks set
off the scale's word, nobody's judgement in their own words. The scale, the verbs that grade
("rated", "graded", "judged", "downgraded") and the nouns of a grade ("rating", "grade",
"judgement", "outlook", "status") are ``data/words/grade_words.csv``. A grade word is a label where
a grading frame stands around it (:func:`grade_frame`), and then wherever the article quotes
it again (:func:`quoted_grade`), unless a "said" reports it as a predicate ('also said ...
pupils "requires improvement"').
"""

from __future__ import annotations

import re

from ...wordlists import word_table
from ..cues import CUE_FORMS
from ..vocabulary import DETERMINERS, WORD_RE


def _phrases(role: str) -> frozenset[str]:
    return frozenset(r["phrase"] for r in word_table("grade_words") if r["role"] == role)


#: The steps of grading scales ("inadequate", "requires improvement", "junk", "overweight").
GRADES = _phrases("grade")
#: Verbs that give a grade ("rated", "graded", "judged", "downgraded").
GRADING_VERBS = _phrases("verb")
#: Nouns of a grade after the quotation ("an 'inadequate' grade", "its 'stable' outlook").
GRADE_NOUNS = _phrases("noun")
#: Words that may stand between a grading verb and the grade: "as", "from", "to", an article.
_LINKS = frozenset(["as", "from", "to", "a", "an", "the"])
#: At most two words between a grade and the noun of a grade ("'inadequate' Ofsted rating").
_NOUN_AFTER = re.compile(r"^[’'\"”]?\s*(?:[\w-]+\s+){0,2}?([a-z]+)\b")
#: A quotation of a few words between marks, for the article's other quotes of a grade.
_QUOTED = re.compile(r"[‘'\"“]([^‘’'\"“”\n]{1,40}?)[’'\"”]")
#: A sentence's end before a quotation (the frame is read inside its sentence).
_SENTENCE_END = re.compile(r"[.!?][’'\"”]?\s+(?=[A-Z‘'\"“])")


def grade_phrase(quote: str) -> bool:
    """The quotation is one step of a grading scale, whatever its case and closing stop.

    >>> [grade_phrase(q) for q in ("inadequate", "Requires Improvement", "good.", "a disgrace")]
    [True, True, True, False]
    """
    return " ".join(WORD_RE.findall(quote.lower())) in GRADES


def grade_frame(quote: str, before: str, after: str) -> bool:
    """A grade quoted in a grading frame: after a grading verb, at most four words and a
    link between ('graded the school as ‘inadequate’', 'They rated leadership and management
    as ‘inadequate’', 'was rated ‘good’'), or before the noun of a grade ('an ‘inadequate’
    grade for Leadership', 'at ‘inadequate’ Ofsted rating'); ``before`` and ``after`` are
    the text just outside the marks.

    >>> grade_frame("inadequate", "the assessment which graded the school as ", " due to")
    True
    >>> grade_frame("good", "The school had previously been rated as ", " in 2017.")
    True
    >>> grade_frame("inadequate", "still received an ", " grade for Leadership")
    True
    >>> grade_frame("Overweight", "Morgan Stanley downgraded the stock to ", ".")
    True
    >>> grade_frame("good", "He said the talks were ", ".")
    False
    >>> grade_frame("inadequate", "labelling the response ", " and slow")
    False
    """
    if not grade_phrase(quote):
        return False
    prev = WORD_RE.findall(_SENTENCE_END.split(before)[-1].lower())[-6:]
    linked = prev and (prev[-1] in GRADING_VERBS or prev[-1] in _LINKS)
    if linked and GRADING_VERBS.intersection(prev):
        return True
    m = _NOUN_AFTER.match(after)
    return m is not None and m.group(1) in GRADE_NOUNS


def quoted_grade(text: str, open_: int, close: int, sentence_start: int) -> str:
    """Why the quotation between the marks at ``open_`` and ``close`` of ``text`` is a grade,
    not speech, or "": in a grading frame itself (:func:`grade_frame`), or a grade the article
    quotes in such a frame elsewhere ('all other judgments were ‘good’ or better' after 'was
    rated ‘good’'), unless a "say" before it in its sentence (from ``sentence_start``) reports
    it as a predicate, with no determiner to make it a noun ('Masley said the ‘inadequate’ was
    down to' stays a grade).

    >>> text = "It was rated ‘good’ in 2017. All other areas were ‘good’ or better."
    >>> quoted_grade(text, 13, 18, 0), quoted_grade(text, 50, 55, 29)
    ('an official grade or rating', 'a grade the article quotes as one elsewhere')
    >>> quoted_grade("He said it was ‘good’ news.", 15, 20, 0)
    ''
    """
    quote = text[open_ + 1 : close]
    if not grade_phrase(quote):
        return ""
    if grade_frame(quote, text[max(0, open_ - 80) : open_], text[close : close + 40]):
        return "an official grade or rating"
    words = [w.lower() for w in WORD_RE.findall(text[sentence_start:open_])]
    if words and words[-1] not in DETERMINERS and any(CUE_FORMS.get(w) == "say" for w in words):
        return ""
    own = " ".join(WORD_RE.findall(quote.lower()))
    for m in _QUOTED.finditer(text):
        if m.start() == open_ or " ".join(WORD_RE.findall(m.group(1).lower())) != own:
            continue
        if grade_frame(m.group(1), text[max(0, m.start() - 80) : m.start()], text[m.end() - 1 :]):
            return "a grade the article quotes as one elsewhere"
    return ""
