"""The Article: one news story, cleaned, with its metadata and basic tables.

>>> a = load_article()
>>> a.meta["place"], a.meta["date"], a.meta["source"]
('Geneva', '2021-02-25', 'APP - UrduPoint / Pakistan Point News')
>>> row = a.sentences.iloc[1]
>>> a.text[row.start:row.end] == row.text
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from . import typed_columns
from .clean import MAX_BYTES, Repair, clean_text, decode_bytes, repairs_table
from .dateline import Dateline, parse_dateline
from .errors import ArticleError, HrlessonWarning, InputError
from .segment import split_paragraphs, split_sentences, word_rows

__all__ = [
    "BUNDLED_NAME",
    "Article",
    "article_from_text",
    "bundled_path",
    "load_article",
    "parse_date_argument",
    "read_limited",
    "require_article",
]

#: Name of the bundled case-study article (file stem in the package data).
BUNDLED_NAME = "belarus_2021-02-25"


def bundled_path() -> Path:
    """Path of the bundled article's raw text file inside the installed package."""
    return Path(str(resources.files("hrlesson") / "data" / "article" / f"{BUNDLED_NAME}.txt"))


@dataclass(eq=False)
class Article:
    """A cleaned news article.

    Attributes
    ----------
    text : the cleaned text; every offset in every table points into it.
    raw : the decoded text as it was in the file (never modified).
    meta : title, source, place, date, character counts, sha256 of the raw bytes, ...
    repairs : the cleaning log as :class:`~hrlesson.clean.Repair` objects.
    warnings : messages about what could not be fully analysed.
    """

    text: str
    raw: str
    meta: dict[str, Any]
    repairs: list[Repair]
    dateline: Dateline | None = None
    warnings: list[str] = field(default_factory=list)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (
            f"<Article {self.meta.get('name')!r}: {len(self.text)} characters, "
            f"{len(self._segments()[0])} paragraphs, date {self.meta.get('date')}>"
        )

    @property
    def date(self) -> dt.date | None:
        """The article date used to resolve relative dates ("Thursday"), or None."""
        value = self.meta.get("date")
        return dt.date.fromisoformat(value) if value else None

    @property
    def name(self) -> str:
        """Short name of the article (the file stem)."""
        return str(self.meta["name"])

    @cached_property
    def cleaning_log(self):
        """The cleaning log: one row per repair (kind, before, after, position, note)."""
        return repairs_table(self.repairs)

    @cached_property
    def paragraphs(self):
        """Paragraphs: ``paragraph_id, kind, start, end, text, n_sentences, n_words``."""
        return _segment_frame(self._segments()[0], PARAGRAPH_COLUMNS)

    @cached_property
    def sentences(self):
        """Sentences: ``sentence_id, paragraph_id, kind, start, end, text, n_words``."""
        return _segment_frame(self._segments()[1], SENTENCE_COLUMNS)

    @cached_property
    def words(self):
        """Words: ``word_id, sentence_id, paragraph_id, start, end, text, lower``."""
        return _segment_frame(self._segments()[2], WORD_COLUMNS)

    def _segments(self) -> tuple[list[tuple], list[tuple], list[tuple]]:
        if "segments" not in self._cache:
            self._cache["segments"] = _segment(self.text, self.dateline)
        return self._cache["segments"]

    def sentence_at(self, offset: int) -> int | None:
        """Return the id of the sentence that contains character ``offset`` (or None)."""
        return self._locate(1, 3, offset)

    def paragraph_at(self, offset: int) -> int | None:
        """Return the id of the paragraph that contains character ``offset`` (or None)."""
        return self._locate(0, 2, offset)

    def _locate(self, table: int, start_index: int, offset: int) -> int | None:
        """Id of the row of segment table ``table`` whose span holds ``offset`` (binary search)."""
        rows = self._segments()[table]
        key = ("starts", table)
        if key not in self._cache:
            self._cache[key] = [row[start_index] for row in rows]
        i = bisect.bisect_right(self._cache[key], offset) - 1
        if i < 0:
            return None
        start, end = rows[i][start_index], rows[i][start_index + 1]
        return rows[i][0] if start <= offset < max(end, start + 1) else None


PARAGRAPH_COLUMNS = ["paragraph_id", "kind", "start", "end", "text", "n_sentences", "n_words"]
SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "kind", "start", "end", "text", "n_words"]
WORD_COLUMNS = ["word_id", "sentence_id", "paragraph_id", "start", "end", "text", "lower"]

_INT_COLUMNS = frozenset(
    ["paragraph_id", "sentence_id", "word_id", "start", "end", "n_sentences", "n_words"]
)


def _segment_frame(rows: list[tuple], columns: list[str]):
    """The frame ``pandas.DataFrame(rows, columns=columns)``, built column by column in
    its final dtype (:mod:`hrlesson.typed_columns`): ids, offsets and counts ``int64``,
    the rest typed as pandas types text."""
    import pandas as pd

    if not rows:
        return pd.DataFrame(rows, columns=columns)
    text = typed_columns.text_dtype()
    return typed_columns.frame(
        {
            name: typed_columns.ints(values)
            if name in _INT_COLUMNS
            else typed_columns.texts(values, text)
            for name, values in zip(columns, zip(*rows, strict=True), strict=True)
        }
    )


_END_PUNCT = re.compile(r"[.!?:;,…]$")


def _paragraph_kind(chunk: str, index: int, count: int) -> str:
    bare = chunk.strip("\"'“”‘’«»„‹›‚ ")  # a paragraph ending ".»" is not a heading
    short = len(chunk) <= 160 and len(chunk.split()) <= 25
    if count > 1 and short and not _END_PUNCT.search(bare) and "\n" not in chunk:
        return "title" if index == 0 else "heading"
    return "body"


def _segment(text: str, dateline: Dateline | None) -> tuple[list[tuple], list[tuple], list[tuple]]:
    paragraphs, sentences, words = [], [], []
    spans = split_paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(spans):
        p_id = p_index + 1
        chunk = text[p_start:p_end]
        kind = _paragraph_kind(chunk, p_index, len(spans))
        if dateline is not None and dateline.start >= p_start and dateline.end <= p_end:
            kind = "body"
        pieces: list[tuple[int, int, str, str]] = []
        body_start = p_start
        if dateline is not None and p_start <= dateline.start < p_end:
            pieces.append((dateline.start, dateline.end, dateline.text, "dateline"))
            body_start = dateline.end
            while body_start < p_end and text[body_start].isspace():
                body_start += 1
        if kind in ("title", "heading"):
            pieces.append((p_start, p_end, chunk, kind))
        else:
            pieces.extend((s, e, t, "body") for s, e, t in split_sentences(text, body_start, p_end))
        n_words_paragraph = 0
        for s_start, s_end, s_text, s_kind in pieces:
            s_id = len(sentences) + 1
            rows = word_rows(text, s_start, s_end, len(words) + 1, s_id, p_id)
            words += rows
            n = len(rows)
            sentences.append((s_id, p_id, s_kind, s_start, s_end, s_text, n))
            n_words_paragraph += n
        paragraphs.append((p_id, kind, p_start, p_end, chunk, len(pieces), n_words_paragraph))
    return paragraphs, sentences, words


def load_article(
    path: str | os.PathLike[str] | None = None,
    date: str | dt.date | None = None,
    *,
    name: str | None = None,
) -> Article:
    """Load and clean a plain-text news article (the bundled case study by default).

    Parameters
    ----------
    path : a ``.txt`` file in any common encoding; None loads the bundled article.
    date : the article's date (``"YYYY-MM-DD"`` or a ``datetime.date``). It overrides
        the dateline's date and is used to resolve relative dates ("last August").
        Without a date or a dated dateline, relative dates stay unresolved (with a warning).
    name : a short name for the article; defaults to the file name without extension.

    Raises
    ------
    InputError : the file is missing, a folder, empty, binary or too large.
    ArticleError : the text contains no words, or ``date`` is not a valid date.
    """
    bundled = path is None
    file = bundled_path() if bundled else Path(path)
    data = read_limited(file)
    article = _build(data, name or file.stem, date, source_file=file.name)
    if bundled:
        article.meta.update(_bundled_meta())
    return article


def read_limited(file: Path) -> bytes:
    """The bytes of an article file, refused before reading when it cannot be one.

    Only regular files are read (a FIFO, a device such as ``/dev/zero`` or a socket is
    refused), the size is checked before reading, and at most ``MAX_BYTES + 1`` bytes
    are read, so a file that grows meanwhile cannot exhaust memory.
    """
    try:
        info = file.stat()
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(
            f"{file}: is a folder, not an article file (use `hrlesson extract` for folders)"
        )
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{file}: is not a regular file (a pipe, device or socket); give a file")
    too_big = InputError(
        f"{file.name}: file is {info.st_size / 1e6:.1f} MB; hrlesson analyses news articles up "
        f"to {MAX_BYTES / 1e6:.0f} MB (split the text into articles first)"
    )
    if info.st_size > MAX_BYTES:
        raise too_big
    try:
        with open(file, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise too_big
    return data


def article_from_text(
    text: str | bytes, date: str | dt.date | None = None, *, name: str = "text"
) -> Article:
    """Build an Article from a string (or bytes) instead of a file.

    >>> a = article_from_text("GENEVA (AP) — She said it was “grim.”", date="2021-02-25")
    >>> a.meta["place"], a.sentences.text.tolist()
    ('Geneva', ['GENEVA (AP) —', 'She said it was “grim.”'])
    """
    if isinstance(text, str):
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ArticleError(
                f"{name}: the text contains an unpaired surrogate ({text[exc.start]!r} at "
                f"position {exc.start}), which is not a character; was it read with "
                "errors='surrogateescape'?"
            ) from None
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise ArticleError(
            f"article_from_text() needs the article's text (a str or bytes), not "
            f"{type(text).__name__}; to read a file use hrlesson.load_article(path)"
        )
    return _build(data, name, date, source_file=None)


def require_article(value: Any, function: str) -> Article:
    """Return ``value`` if it is an :class:`Article`; otherwise raise a clear :class:`InputError`.

    Dataset functions call it first, so ``quotes("some text")`` says what to pass.

    >>> require_article("text", "quotes")
    Traceback (most recent call last):
    ...
    hrlesson.errors.InputError: quotes() needs an Article, not str: use hrlesson.load_article(path) or hrlesson.article_from_text(text)
    """
    if not isinstance(value, Article):
        raise InputError(
            f"{function}() needs an Article, not {type(value).__name__}: use "
            "hrlesson.load_article(path) or hrlesson.article_from_text(text)"
        )
    return value


def _build(data: bytes, name: str, date: str | dt.date | None, source_file: str | None) -> Article:
    given_date = parse_date_argument(date)
    raw, encoding, repairs = decode_bytes(data, source_file or name)
    text, more = clean_text(raw)
    repairs.extend(more)
    if not re.search(r"\w", text):
        raise ArticleError(f"{source_file or name}: contains no words to analyse")
    spans = split_paragraphs(text)
    title = None
    first_body = spans[0][0]
    if (
        len(spans) > 1
        and _paragraph_kind(text[spans[0][0] : spans[0][1]], 0, len(spans)) == "title"
    ):
        title = text[spans[0][0] : spans[0][1]]
        first_body = spans[1][0]
    dateline = parse_dateline(text[first_body:], offset=first_body)
    notes: list[str] = []
    if given_date is not None:
        article_date, date_source = given_date, "argument"
        if dateline and dateline.date and dateline.date != given_date:
            notes.append(
                f"the date given ({given_date}) differs from the dateline's ({dateline.date}); "
                "using the date given"
            )
    elif dateline is not None and dateline.date is not None:
        article_date, date_source = dateline.date, "dateline"
    else:
        article_date, date_source = None, None
        notes.append(
            "no article date (no dated dateline and no date given): relative dates such as "
            "'Thursday' or 'last August' stay unresolved; pass date='YYYY-MM-DD' to resolve them"
        )
    meta: dict[str, Any] = {
        "name": name,
        "file": source_file,
        "title": title,
        "place": dateline.place if dateline else None,
        "source": dateline.source if dateline else None,
        "dateline": dateline.text if dateline else None,
        "date": article_date.isoformat() if article_date else None,
        "date_source": date_source,
        "encoding": encoding,
        "raw_chars": len(raw),
        "chars": len(text),
        "sha256": hashlib.sha256(data).hexdigest(),
        "n_repairs": len(repairs),
    }
    article = Article(
        text=text, raw=raw, meta=meta, repairs=repairs, dateline=dateline, warnings=notes
    )
    for note in notes:
        warnings.warn(f"{name}: {note}", HrlessonWarning, stacklevel=3)
    return article


#: The article dates accepted: four-digit years far enough from the ends of the calendar
#: that "last year" or "in ten years" can still be resolved.
MIN_YEAR, MAX_YEAR = 1000, 8999
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date_argument(date: str | dt.date | None) -> dt.date | None:
    """The article date given by the user: exactly ``YYYY-MM-DD``, a date, or None.

    >>> parse_date_argument("2021-02-25")
    datetime.date(2021, 2, 25)
    >>> parse_date_argument("20210225")
    Traceback (most recent call last):
    ...
    hrlesson.errors.ArticleError: date '20210225' is not a valid date: use YYYY-MM-DD, e.g. 2021-02-25
    """
    if date is None or date == "":
        return None
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date):
        value = date
    elif isinstance(date, str) and _ISO_DATE.fullmatch(date.strip()):
        try:
            value = dt.date.fromisoformat(date.strip())
        except ValueError:
            value = None
    else:
        value = None
    if value is None:
        raise ArticleError(f"date {date!r} is not a valid date: use YYYY-MM-DD, e.g. 2021-02-25")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ArticleError(
            f"date {value.isoformat()} is out of range: give a year from {MIN_YEAR} to {MAX_YEAR}"
        )
    return value


_parse_date_argument = parse_date_argument  # the earlier name


def _bundled_meta() -> dict[str, Any]:
    path = resources.files("hrlesson") / "data" / "article" / f"{BUNDLED_NAME}.json"
    return json.loads(path.read_text(encoding="utf-8"))
