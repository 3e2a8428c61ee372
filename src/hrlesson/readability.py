"""Readability scores per paragraph, per speaker's quoted words, per voice and for the article.

The scores are the classic formulas, computed from **our** sentence and word
counts (``article.sentences``, ``article.words``) and textstat's syllable counts.
textstat's own sentence counter splits after "U.N." and "Mr." and drops short
sentences, which makes news text look easier than it is, so we only ask it for
syllables, one word at a time (cached per word).

Formulas (W words, S sentences, Y syllables, P words of three or more syllables):

* Flesch Reading Ease = 206.835 - 1.015 W/S - 84.6 Y/W
  (Flesch, R. 1948, "A new readability yardstick", *Journal of Applied Psychology*
  32(3): 221-233). Higher is easier; news prose is usually 30-60.
* Flesch-Kincaid grade = 0.39 W/S + 11.8 Y/W - 15.59
  (Kincaid, Fishburne, Rogers & Chissom 1975, *Derivation of new readability
  formulas for Navy enlisted personnel*, Research Branch Report 8-75). A US school grade.
* Gunning fog = 0.4 (W/S + 100 P/W)
  (Gunning, R. 1952, *The Technique of Clear Writing*). Like textstat, every word of
  three or more syllables counts as "complex" (Gunning's exceptions for names,
  compounds and -ed/-es endings are not applied).
* SMOG = 1.0430 sqrt(30 P/S) + 3.1291
  (McLaughlin, G. H. 1969, "SMOG grading: a new readability formula", *Journal of
  Reading* 12(8): 639-646). Meant for samples of 30 sentences: on a paragraph it is rough.

Counting rules: only body sentences count (a dateline, a headline and a section
heading are left out); a hyphenated word is one word whose syllables are the sum
of its parts ("anti-government" = 2 + 3); a unit's sentences are the distinct
sentences that hold at least one of its words, so a two-word partial quote is a
two-word "sentence" - compare quoted and narrated text with that in mind.

Syllables follow textstat's rule (from 0.7.9): the first pronunciation in the CMU
Pronouncing Dictionary, pyphen's guess for words not in it. hrlesson applies that
rule from a compact table of the bundled dictionary (:mod:`hrlesson.syllables`), so
the first call takes milliseconds instead of NLTK's two seconds and nothing is ever
downloaded. The ``textstat_version`` and ``syllable_source`` columns say how every
row was counted.

>>> import hrlesson
>>> from hrlesson.readability import readability
>>> scores = readability(hrlesson.load_article())
>>> scores.unit.unique().tolist()
['paragraph', 'speaker', 'voice', 'article']
>>> whole = scores[scores.unit == "article"].iloc[0]
>>> int(whole.n_sentences), int(whole.n_words)
(26, 603)
>>> bool(0 < whole.flesch_reading_ease < 50)
True
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Any

from . import export
from .article import Article
from .errors import InputError
from .syllables import SyllableCounter, syllable_counter, textstat_version_text

__all__ = ["COLUMNS", "TABLE", "readability", "syllable_counter"]

#: Column order of :func:`readability` (and of ``readability.csv``).
COLUMNS = [
    "unit",
    "label",
    "paragraph_id",
    "start",
    "end",
    "n_sentences",
    "n_words",
    "n_syllables",
    "n_polysyllables",
    "words_per_sentence",
    "syllables_per_word",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "textstat_version",
    "syllable_source",
]

_SCORE_COLUMNS = COLUMNS[9:15]
_INT_COLUMNS = ["paragraph_id", "start", "end"]
_COUNT_COLUMNS = ["n_sentences", "n_words", "n_syllables", "n_polysyllables"]
_UNATTRIBUTED = "(unattributed)"


# --------------------------------------------------------------------------- units


@dataclass
class _Unit:
    unit: str
    label: str
    word_indexes: list[int]
    paragraph_id: int | None = None
    start: int | None = None
    end: int | None = None


def readability(article: Article, quotes: Any = None) -> Any:
    """Readability of each body paragraph, each speaker's quoted words, narration vs
    quotation, and the whole article.

    Parameters
    ----------
    article : the article.
    quotes : a quotes table (columns ``speaker, start, end``, optional ``kind``); by
        default ``hrlesson.quotes(article)``.

    Returns
    -------
    pandas.DataFrame
        One row per unit, columns :data:`COLUMNS`: ``unit`` (paragraph, speaker,
        voice, article), ``label``, ``paragraph_id``/``start``/``end`` (paragraphs
        only: the span of the sentences measured), counts, the scores rounded to 2
        decimals (empty for a unit without words), ``textstat_version`` and
        ``syllable_source``. Rows: paragraphs in order, speakers in order of their
        first quote, narration, quotation, article.

    >>> import hrlesson
    >>> table = readability(hrlesson.load_article())
    >>> table[table.unit == "voice"].label.tolist()
    ['narration', 'quotation']
    >>> "Michelle Bachelet" in table[table.unit == "speaker"].label.tolist()
    True
    """
    if not isinstance(article, Article):
        raise InputError(
            f"readability() needs an Article, not {type(article).__name__}: "
            "use hrlesson.load_article(path) or hrlesson.article_from_text(text, date=...)"
        )
    import pandas as pd

    quote_rows = _quote_rows(article, quotes)
    counter = syllable_counter()
    version = textstat_version_text()
    records = [
        (*_score(unit, article, counter), version, counter.source)
        for unit in _units(article, quote_rows)
    ]
    df = pd.DataFrame(records, columns=COLUMNS)
    for column in _INT_COLUMNS:
        df[column] = df[column].astype("Int64")
    for column in _COUNT_COLUMNS:
        df[column] = df[column].astype("int64")
    for column in _SCORE_COLUMNS:
        df[column] = df[column].astype("float64")
    return df


def _quote_rows(article: Article, quotes: Any) -> list[tuple[str | None, int, int]]:
    """``(speaker, start, end)`` of every quote that is not a section heading."""
    if quotes is None:
        from .quotes import quotes as find_quotes

        quotes = find_quotes(article)
    missing = {"speaker", "start", "end"} - set(getattr(quotes, "columns", ()))
    if missing:
        raise InputError(
            f"the quotes table lacks the column(s) {', '.join(sorted(missing))}: "
            "pass hrlesson.quotes(article) or a DataFrame with speaker, start and end"
        )
    rows = []
    kinds = quotes["kind"] if "kind" in quotes.columns else [None] * len(quotes)
    for speaker, start, end, kind in zip(
        quotes["speaker"], quotes["start"], quotes["end"], kinds, strict=True
    ):
        if kind == "heading":
            continue
        name = speaker if isinstance(speaker, str) and speaker else None
        rows.append((name, int(start), int(end)))
    return sorted(rows, key=lambda r: (r[1], r[2]))


def _units(article: Article, quote_rows: list[tuple[str | None, int, int]]) -> list[_Unit]:
    paragraphs, sentences, words = article._segments()
    body_sentences = {s[0] for s in sentences if s[2] == "body"}
    body = [i for i, w in enumerate(words) if w[1] in body_sentences]
    starts = [words[i][3] for i in body]
    span_of_sentence = {s[0]: (s[3], s[4]) for s in sentences}
    body_words_of: dict[int, list[int]] = {}
    for i in body:
        body_words_of.setdefault(words[i][2], []).append(i)

    units: list[_Unit] = []
    for p_id, kind, *_ in paragraphs:
        indexes = body_words_of.get(p_id) if kind == "body" else None
        if indexes:
            spans = [span_of_sentence[s] for s in dict.fromkeys(words[i][1] for i in indexes)]
            start, end = min(a for a, _ in spans), max(b for _, b in spans)
            units.append(_Unit("paragraph", f"paragraph {p_id}", indexes, p_id, start, end))

    by_speaker: dict[str, set[int]] = {}
    quoted: set[int] = set()
    for speaker, q_start, q_end in quote_rows:
        inside = set()
        k = bisect.bisect_left(starts, q_start)
        while k < len(body) and starts[k] < q_end:
            if words[body[k]][4] <= q_end:
                inside.add(body[k])
            k += 1
        quoted |= inside
        by_speaker.setdefault(speaker or _UNATTRIBUTED, set()).update(inside)
    for name, indexes in by_speaker.items():
        units.append(_Unit("speaker", name, sorted(indexes)))

    units.append(_Unit("voice", "narration", [i for i in body if i not in quoted]))
    units.append(_Unit("voice", "quotation", sorted(quoted)))
    units.append(_Unit("article", article.name, body))
    return units


def _score(unit: _Unit, article: Article, counter: SyllableCounter) -> tuple:
    words = article._segments()[2]
    n_words = len(unit.word_indexes)
    n_sentences = len({words[i][1] for i in unit.word_indexes})
    per_word = [counter(words[i][5]) for i in unit.word_indexes]
    n_syllables = sum(per_word)
    n_poly = sum(1 for y in per_word if y >= 3)
    scores: tuple[float, ...]
    if n_words == 0:
        scores = (math.nan,) * 6
    else:
        wps = n_words / n_sentences
        spw = n_syllables / n_words
        scores = (
            wps,
            spw,
            206.835 - 1.015 * wps - 84.6 * spw,
            0.39 * wps + 11.8 * spw - 15.59,
            0.4 * (wps + 100 * n_poly / n_words),
            1.0430 * math.sqrt(30 * n_poly / n_sentences) + 3.1291,
        )
    return (
        unit.unit,
        unit.label,
        unit.paragraph_id,
        unit.start,
        unit.end,
        n_sentences,
        n_words,
        n_syllables,
        n_poly,
        *(round(s, 2) for s in scores),
    )


TABLE = export.Table(
    "readability",
    "Readability scores (Flesch Reading Ease, Flesch-Kincaid grade, Gunning fog, SMOG) per body "
    "paragraph, per speaker's quoted words, for narration vs quotation and for the whole article, "
    "computed from hrlesson's sentence and word counts and textstat's syllable counts.",
    readability,
    (
        ("unit", "string", "What is measured: paragraph, speaker, voice or article."),
        (
            "label",
            "string",
            (
                "'paragraph N', the speaker's name ('(unattributed)' for a quote without one), "
                "narration or quotation, or the article's name."
            ),
        ),
        ("paragraph_id", "integer", "Paragraph number (paragraph rows only)."),
        (
            "start",
            "integer",
            "Offset of the first measured sentence in the cleaned text (paragraph rows only).",
        ),
        ("end", "integer", "Offset just after the last measured sentence (paragraph rows only)."),
        (
            "n_sentences",
            "integer",
            "Sentences holding at least one of the unit's words (hrlesson's splitter).",
        ),
        (
            "n_words",
            "integer",
            "Word tokens of the unit's body sentences (datelines and headings left out).",
        ),
        ("n_syllables", "integer", "Syllables of those words (see syllable_source)."),
        ("n_polysyllables", "integer", "Words of three or more syllables."),
        ("words_per_sentence", "number", "n_words / n_sentences, 2 decimals."),
        ("syllables_per_word", "number", "n_syllables / n_words, 2 decimals."),
        (
            "flesch_reading_ease",
            "number",
            "206.835 - 1.015 words/sentence - 84.6 syllables/word (Flesch 1948); higher is easier.",
        ),
        (
            "flesch_kincaid_grade",
            "number",
            "0.39 words/sentence + 11.8 syllables/word - 15.59 (Kincaid et al. 1975): US grade.",
        ),
        (
            "gunning_fog",
            "number",
            "0.4 (words/sentence + 100 polysyllables/words) (Gunning 1952).",
        ),
        (
            "smog_index",
            "number",
            "1.0430 sqrt(30 polysyllables/sentences) + 3.1291 (McLaughlin 1969); rough below 30.",
        ),
        ("textstat_version", "string", "Version of textstat that counted the syllables."),
        ("syllable_source", "string", "How the syllables were counted (dictionary and fallback)."),
    ),
)
