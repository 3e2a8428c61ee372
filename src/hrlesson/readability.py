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

Syllables come from textstat, which (from 0.7.9) looks words up in the CMU
Pronouncing Dictionary through NLTK and guesses the rest with pyphen. hrlesson
ships that dictionary and puts it on NLTK's path (:mod:`hrlesson._nltk_data`).
NLTK 3.10 refuses to read a data folder that is writable by group or others (for
example a package installed with ``umask 002``): it warns and reports the corpus
as missing, and textstat would then try to download it. hrlesson never lets that
happen: when NLTK cannot load the dictionary, the same bundled file is read
directly (same counts); if even that fails, pyphen alone is used. The
``syllable_source`` column says which one produced every row.

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
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import export
from ._nltk_data import NLTK_DATA_DIR, SYLLABLE_SOURCE, nltk_data_dir
from .article import Article
from .errors import InputError

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

_HYPHENS = re.compile(r"[-‐‑–]+")
_NOT_WORD = re.compile(r"[^\w']+")


# --------------------------------------------------------------------------- syllables


@dataclass
class SyllableCounter:
    """Counts the syllables of one word; ``source`` says how (recorded on every row)."""

    source: str
    _count_part: Any = field(repr=False)
    _cache: dict[str, int] = field(default_factory=dict, repr=False)

    def __call__(self, word: str) -> int:
        """Syllables of ``word``; the parts of a hyphenated word are counted separately."""
        if word not in self._cache:
            parts = [_normalise(p) for p in _HYPHENS.split(word)]
            self._cache[word] = sum(self._count_part(p) for p in parts if p)
        return self._cache[word]


def _normalise(part: str) -> str:
    """Lower case, typographic apostrophe to ``'``, other punctuation removed ("U.N." -> "un")."""
    return _NOT_WORD.sub("", part.lower().replace("’", "'")).strip("'")


def syllable_counter() -> SyllableCounter:
    """Return the syllable counter readability uses now, without ever downloading anything.

    In order: textstat (CMU dictionary through NLTK, pyphen for the rest); the
    bundled CMU dictionary read directly when NLTK cannot load it (same counts);
    pyphen alone if no dictionary can be read.

    >>> counter = syllable_counter()
    >>> counter("diplomacy"), counter("anti-government"), counter("U.N.")
    (4, 5, 1)
    >>> counter.source == SYLLABLE_SOURCE
    True
    """
    version = _textstat_version()
    if version is not None and version < (0, 7, 9):
        return SyllableCounter(
            "pyphen, through textstat < 0.7.9 (which does not use the CMU dictionary)",
            _textstat_count,
        )
    where = _nltk_cmudict_location() if version is not None else None
    if where is not None:
        ours = {
            (Path(d) / "corpora" / "cmudict").resolve() for d in (NLTK_DATA_DIR, nltk_data_dir())
        }
        if Path(where).resolve() in ours:
            source = SYLLABLE_SOURCE
        else:
            source = (
                "CMU Pronouncing Dictionary (an NLTK cmudict corpus found outside hrlesson); "
                "pyphen for words not in it"
            )
        if _textstat_works():
            return SyllableCounter(source, _textstat_count)
    bundled = _bundled_cmudict()
    if bundled is not None:
        table, cmu_version = bundled
        return SyllableCounter(
            f"CMU Pronouncing Dictionary (cmudict {cmu_version}, hrlesson's bundled copy read "
            "directly because NLTK could not load it); pyphen for words not in it",
            lambda part: table[part] if part in table else _pyphen_count(part),
        )
    return SyllableCounter(
        "pyphen only (no CMU Pronouncing Dictionary could be read)", _pyphen_count
    )


def _textstat_version() -> tuple[int, ...] | None:
    text = _textstat_version_text()
    if text == "not installed":
        return None
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


def _textstat_version_text() -> str:
    from importlib import metadata  # imported here: it costs 15 ms at ``import hrlesson``

    try:
        return metadata.version("textstat")
    except metadata.PackageNotFoundError:
        return "not installed"


def _nltk_cmudict_location() -> str | None:
    """Where NLTK finds ``corpora/cmudict`` now, or None (NLTK's refusal warnings are swallowed)."""
    try:
        import nltk.data
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return str(nltk.data.find("corpora/cmudict"))
        except (LookupError, OSError, ValueError):
            return None


def _textstat_works() -> bool:
    """True when textstat counts a syllable without error (the dictionary was just found)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _textstat_count("diplomacy") > 0
    except Exception:  # noqa: BLE001 - any failure in textstat or NLTK means: use the fallback
        return False


def _textstat_count(part: str) -> int:
    import textstat

    return int(textstat.syllable_count(part))


@lru_cache(maxsize=1)
def _bundled_cmudict() -> tuple[dict[str, int], str] | None:
    """The bundled CMU dictionary as ``{word: syllables of the first pronunciation}``."""
    folder = Path(NLTK_DATA_DIR) / "corpora" / "cmudict"
    try:
        lines = (folder / "cmudict").read_text(encoding="utf-8").splitlines()
        readme = (folder / "README").read_text(encoding="utf-8")
    except OSError:
        return None
    table: dict[str, int] = {}
    for line in lines:
        pieces = line.split()
        if len(pieces) >= 3 and pieces[1] == "1":
            table[pieces[0].lower()] = sum(1 for p in pieces[2:] if p[-1].isdigit())
    found = re.search(r"cmudict (\d[\w.]*\d)", readme)
    return table, found.group(1) if found else "unknown version"


def _pyphen_count(part: str) -> int:
    """textstat's guess for a word outside the dictionary: hyphenation points + 1."""
    return len(_pyphen().positions(part)) + 1


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


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
    version = _textstat_version_text()
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

    units: list[_Unit] = []
    for p_id, kind, *_ in paragraphs:
        if kind != "body":
            continue
        indexes = [i for i in body if words[i][2] == p_id]
        if indexes:
            sentence_ids = {words[i][1] for i in indexes}
            spans = [(s[3], s[4]) for s in sentences if s[0] in sentence_ids]
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
