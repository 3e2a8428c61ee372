"""Concordance tools: keyword in context (KWIC), collocates and word frequencies.

These are the classic corpus-linguistics views (as in AntConc or Voyant) as
pandas DataFrames over one article, every hit with its offsets into
``article.text``.

>>> import hrlesson
>>> from hrlesson.concordance import kwic
>>> hits = kwic(hrlesson.load_article(), "report", width=25)
>>> hits[["left", "node", "right"]].iloc[0].tolist()
['elet presented a damning ', 'report', ' on Belarus to the UN Hum']
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from typing import Any

from .article import Article
from .errors import HrlessonError, InputError
from .segment import iter_words

__all__ = [
    "STOPWORDS",
    "PatternError",
    "collocates",
    "concordance_html",
    "kwic",
    "word_frequencies",
]

_STOPWORD_LINES = (
    "a an the this that these those",
    "i me my mine we us our ours you your yours he him his she her hers it its",
    "they them their theirs oneself itself himself herself themselves ourselves",
    "who whom whose which what where when why how",
    "and or but so if then than because as while though although whether",
    "of in on at to from by with without about into onto over under between through",
    "during before after above below up down out off against among around across",
    "along behind beyond near via per upon within toward towards",
    "be am is are was were been being",
    "have has had having do does did doing done",
    "for there here s 's",
)
#: English function words (articles, pronouns, prepositions, conjunctions, auxiliaries),
#: written for hrlesson. Modal verbs (may, must, should), negation (not, never) and
#: intensifiers (very, most) are kept on purpose: they are stance markers.
STOPWORDS = frozenset(w for line in _STOPWORD_LINES for w in line.split())

_KWIC_COLUMNS = [
    "left",
    "node",
    "right",
    "start",
    "end",
    "sentence_id",
    "paragraph_id",
    "left_word",
    "right_word",
]


class PatternError(HrlessonError, ValueError):
    """A search pattern is empty, is not a valid regular expression, or a setting is invalid."""


def _require_article(article: Any, function: str) -> None:
    if not isinstance(article, Article):
        raise InputError(
            f"{function}() needs an Article, not {type(article).__name__}: "
            "use hrlesson.load_article(path) or hrlesson.article_from_text(text, date=...)"
        )


def _compile(pattern: str, regex: bool, case: bool) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise PatternError("the search pattern is empty: give a word, a phrase or a regex")
    flags = 0 if case else re.IGNORECASE
    if regex:
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            raise PatternError(f"{pattern!r} is not a valid regular expression: {exc}") from None
    words = [re.escape(w) for w in pattern.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", flags)


def kwic(
    article: Article,
    pattern: str,
    width: int = 40,
    regex: bool = False,
    case: bool = False,
    by: str = "char",
) -> Any:
    """Keyword in context: every match of ``pattern`` with the text around it.

    Parameters
    ----------
    article : the article.
    pattern : a word or phrase (matched as whole words, any spacing between the
        words), or a regular expression when ``regex=True``.
    width : how much context on each side: characters (``by="char"``) or words (``by="word"``).
    regex : treat ``pattern`` as a Python regular expression.
    case : match case exactly (default: ignore case).
    by : ``"char"`` or ``"word"``, the unit of ``width``.

    Returns
    -------
    pandas.DataFrame
        ``left, node, right`` (line breaks shown as spaces), ``start, end`` (offsets
        of the node: ``article.text[start:end] == node``), ``sentence_id,
        paragraph_id`` (of the node's first character), ``left_word, right_word``
        (the nearest word on each side in lower case, for sorting on L1 / R1), in
        text order.

    Raises
    ------
    PatternError : empty pattern, invalid regular expression, bad ``width`` or ``by``.

    >>> import hrlesson
    >>> a = hrlesson.load_article()
    >>> hits = kwic(a, "said", width=3, by="word")
    >>> len(hits), sorted(set(hits.left_word))
    (6, ['also', 'bachelet', 'meanwhile', 'she'])
    >>> a.text[hits.start[0]:hits.end[0]]
    'said'
    >>> kwic(a, "Bachelet'?s?", regex=True).sort_values("right_word").right_word.tolist()[:3]
    ['also', 'also', 'concerns']
    """
    _require_article(article, "kwic")
    _check_kwic_options(width, by)
    compiled = _compile(pattern, regex, case)
    import pandas as pd

    df = pd.DataFrame(_kwic_rows(article, compiled, width, by), columns=_KWIC_COLUMNS)
    for column in ("start", "end"):
        df[column] = df[column].astype("int64")
    for column in ("sentence_id", "paragraph_id"):
        df[column] = df[column].astype("Int64")
    df.attrs["kwic"] = {"width": width, "by": by}  # read by concordance_html
    return df


def _check_kwic_options(width: Any, by: str) -> None:
    if by not in ("char", "word"):
        raise PatternError(f"by={by!r}: use 'char' or 'word'")
    if isinstance(width, bool) or not isinstance(width, int) or width < 0:
        raise PatternError(f"width={width!r}: use a whole number of characters or words, 0 or more")


def _kwic_rows(article: Article, compiled: re.Pattern[str], width: int, by: str) -> list[tuple]:
    """One row per non-empty match, in the order of ``_KWIC_COLUMNS``."""
    text = article.text
    words = article._segments()[2]
    word_starts = [w[3] for w in words]
    word_ends = [w[4] for w in words]
    rows = []
    for m in compiled.finditer(text):
        start, end = m.start(), m.end()
        if start == end:
            continue
        before = bisect.bisect_right(word_ends, start)  # words that end before the node
        after = bisect.bisect_left(word_starts, end)  # first word after the node
        if by == "char":
            left = text[max(0, start - width) : start]
            right = text[end : end + width]
        else:
            left_from = start if width == 0 else words[before - width][3] if width <= before else 0
            right_to = (
                end
                if width == 0
                else words[after + width - 1][4]
                if after + width <= len(words)
                else len(text)
            )
            left, right = text[left_from:start], text[end:right_to]
        rows.append(
            (
                _flat(left),
                text[start:end],
                _flat(right),
                start,
                end,
                article.sentence_at(start),
                article.paragraph_at(start),
                words[before - 1][6] if before > 0 else "",
                words[after][6] if after < len(words) else "",
            )
        )
    return rows


_CONTEXT = "padding:0.2em 0.3em;vertical-align:top;white-space:nowrap;border-bottom:1px solid #eee"
_OTHER = "padding:0.2em 0.6em;vertical-align:top;border-bottom:1px solid #eee"


def _whole_words(context: str, side: str, cut: bool) -> str:
    """Drop the part-word at the far end of a cut context (the end away from the keyword).

    >>> _whole_words("elet presented a damning ", "left", True)
    'presented a damning'
    >>> _whole_words(" on Belarus to the UN Hum", "right", True)
    'on Belarus to the UN'
    """
    text = context.strip()
    if not cut or not text:
        return text
    if side == "left":
        if not context[:1].isspace() and " " in text:
            text = text.split(" ", 1)[1].lstrip()
        return text
    if not context[-1:].isspace() and " " in text:
        text = text.rsplit(" ", 1)[0].rstrip()
    return text


def _blank(value: Any) -> bool:
    """True for a missing value (None, NaN, pandas NA)."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def concordance_html(hits: Any) -> str:
    """A KWIC table as a concordance: left context right-aligned, the keyword in the
    middle column, right context left-aligned, each context trimmed to whole words at
    its far end (never next to the keyword).

    ``hits`` is a :func:`kwic` table, or a selection of its columns that keeps
    ``left``, ``node`` and ``right``; the other columns it has (``paragraph_id``, ...)
    follow as small columns. :func:`hrlesson.lesson_display` makes notebooks show
    every KWIC table this way.

    >>> import hrlesson
    >>> html = concordance_html(kwic(hrlesson.load_article(), "report", width=25))
    >>> first_row = html.split("<tr>")[2]
    >>> ">presented a damning</td>" in first_row and ">report</td>" in first_row
    True
    """
    import html as html_lib

    setting = hits.attrs.get("kwic", {})
    by = setting.get("by", "char")
    longest = max((len(str(x)) for x in [*hits["left"], *hits["right"]]), default=0)
    width = setting.get("width", longest)
    others = [c for c in hits.columns if c not in ("left", "node", "right")]
    head = "".join(
        f'<th style="{_OTHER};text-align:{align}">{html_lib.escape(str(name))}</th>'
        for name, align in [("left context", "right"), ("keyword", "center")]
        + [("right context", "left")]
        + [(c, "left") for c in others]
    )
    rows = []
    for record in hits.to_dict("records"):
        left, right = str(record["left"]), str(record["right"])
        cut_left = by == "char" and len(left) >= width
        cut_right = by == "char" and len(right) >= width
        cells = [
            (_whole_words(left, "left", cut_left), "right", ""),
            (str(record["node"]), "center", ";font-weight:bold"),
            (_whole_words(right, "right", cut_right), "left", ""),
        ]
        row = "".join(
            f'<td style="{_CONTEXT};text-align:{align}{extra}">{html_lib.escape(text)}</td>'
            for text, align, extra in cells
        )
        for column in others:
            value = record[column]
            shown = "" if _blank(value) else str(value)
            row += f'<td style="{_OTHER};text-align:right">{html_lib.escape(shown)}</td>'
        rows.append(f"<tr>{row}</tr>")
    if not rows:
        return "<p>No matches.</p>"
    return (
        '<table class="hrlesson-concordance" style="border-collapse:collapse;margin:0.3em 0">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _flat(context: str) -> str:
    """Show line breaks and tabs as spaces (the length stays the same)."""
    return re.sub(r"\s", " ", context)


def _tokens(article: Article) -> list[tuple[int, str]]:
    """``(sentence_id, lower-case word)`` of every word outside the dateline, in order."""
    _, sentences, words = article._segments()
    dateline = {s[0] for s in sentences if s[2] == "dateline"}
    return [(w[1], w[6].replace("’", "'")) for w in words if w[1] not in dateline]


def _stopword_set(stopwords: Any) -> frozenset[str]:
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        raise PatternError("stopwords must be a collection of words, e.g. hrlesson STOPWORDS")
    return frozenset(str(w).lower() for w in stopwords)


def word_frequencies(article: Article, stopwords: Any = None, min_count: int = 1) -> Any:
    """How often each word occurs (lower case; the dateline is left out).

    Parameters
    ----------
    article : the article.
    stopwords : words to leave out, e.g. :data:`STOPWORDS`; None keeps every word.
    min_count : leave out words seen fewer times.

    Returns
    -------
    pandas.DataFrame
        ``word, count, per_1000`` (per 1,000 words of the article, stopwords
        included), most frequent first, ties in alphabetical order.

    >>> import hrlesson
    >>> freq = word_frequencies(hrlesson.load_article(), stopwords=STOPWORDS)
    >>> freq.head(3).word.tolist()
    ['bachelet', 'belarus', 'rights']
    """
    _require_article(article, "word_frequencies")
    import pandas as pd

    drop = _stopword_set(stopwords)
    tokens = [w for _, w in _tokens(article)]
    counts = Counter(w for w in tokens if w not in drop)
    rows = sorted(
        ((w, c, round(1000 * c / len(tokens), 2)) for w, c in counts.items() if c >= min_count),
        key=lambda r: (-r[1], r[0]),
    )
    return pd.DataFrame(rows, columns=["word", "count", "per_1000"]).astype(
        {"count": "int64", "per_1000": "float64"}
    )


def collocates(
    article: Article,
    word: str,
    window: int = 5,
    min_count: int = 1,
    stopwords: Any = None,
) -> Any:
    """Words that occur near ``word`` (within ``window`` words, in the same sentence).

    For each collocate *c*: O = times it occurs in the windows around the node
    (a word in two overlapping windows counts once), F = its frequency in the
    article, R = number of word positions in the windows, N = words in the
    article (the dateline left out). Expected E = R F / N, and

    * ``mi`` = log2(O / E), pointwise mutual information (Church & Hanks 1990):
      large for rare words that stick to the node;
    * ``t_score`` = (O - E) / sqrt(O): large for frequent, reliable pairs;
    * ``log_likelihood`` = G2 of the 2x2 table in-window / elsewhere by
      collocate / other words (Dunning 1993); above 3.84 is significant at p < 0.05.

    On one short article the counts are small: read the scores as a ranking, not a test.

    Parameters
    ----------
    article : the article.
    word : the node: a word or phrase (compared in lower case, whole words).
    window : words on each side (1 or more).
    min_count : leave out collocates seen fewer times in the windows.
    stopwords : words to leave out as collocates, e.g. :data:`STOPWORDS`.

    Returns
    -------
    pandas.DataFrame
        ``collocate, count, left_count, right_count, frequency, expected, mi,
        t_score, log_likelihood`` (2 decimals), strongest log-likelihood first.

    >>> import hrlesson
    >>> col = collocates(hrlesson.load_article(), "human", window=2, stopwords=STOPWORDS)
    >>> top = col.iloc[0]
    >>> top.collocate, int(top["count"]), int(top.right_count)
    ('rights', 6, 6)
    """
    _require_article(article, "collocates")
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise PatternError(f"window={window!r}: use a whole number of words, 1 or more")
    if not isinstance(word, str):
        raise PatternError("the node word must be a string")
    node = [w.lower().replace("’", "'") for _, _, w in iter_words(word)]
    if not node:
        raise PatternError(f"{word!r} contains no word to look for")
    import pandas as pd

    drop = _stopword_set(stopwords)
    tokens = _tokens(article)
    in_window = _window_sides(tokens, node, window)
    rows = _collocate_rows(tokens, in_window, drop, min_count)
    columns = _COLLOCATE_COLUMNS
    return pd.DataFrame(rows, columns=columns).astype(
        {c: "int64" for c in columns[1:5]} | {c: "float64" for c in columns[5:]}
    )


_COLLOCATE_COLUMNS = [
    "collocate",
    "count",
    "left_count",
    "right_count",
    "frequency",
    "expected",
    "mi",
    "t_score",
    "log_likelihood",
]


def _window_sides(tokens: list[tuple[int, str]], node: list[str], window: int) -> dict[int, str]:
    """Window position -> "left" or "right" (first node that sees it), node words left out."""
    n = len(tokens)
    size = len(node)
    node_positions: set[int] = set()
    side: dict[int, str] = {}
    for i in range(n - size + 1):
        sentence = tokens[i][0]
        if [w for _, w in tokens[i : i + size]] != node or tokens[i + size - 1][0] != sentence:
            continue
        node_positions.update(range(i, i + size))
        for j in range(max(0, i - window), i):
            if tokens[j][0] == sentence:
                side.setdefault(j, "left")
        for j in range(i + size, min(n, i + size + window)):
            if tokens[j][0] == sentence:
                side.setdefault(j, "right")
    return {j: where for j, where in side.items() if j not in node_positions}


def _collocate_rows(
    tokens: list[tuple[int, str]], in_window: dict[int, str], drop: frozenset[str], min_count: int
) -> list[tuple]:
    """One row per collocate (in ``_COLLOCATE_COLUMNS`` order), strongest first."""
    n = len(tokens)
    positions = len(in_window)
    left = Counter(tokens[j][1] for j, where in in_window.items() if where == "left")
    right = Counter(tokens[j][1] for j, where in in_window.items() if where == "right")
    frequency = Counter(w for _, w in tokens)
    rows = []
    for c in sorted(set(left) | set(right)):
        observed = left[c] + right[c]
        if c in drop or observed < min_count:
            continue
        expected = positions * frequency[c] / n
        rows.append(
            (
                c,
                observed,
                left[c],
                right[c],
                frequency[c],
                round(expected, 2),
                round(math.log2(observed / expected), 2),
                round((observed - expected) / math.sqrt(observed), 2),
                round(_log_likelihood(observed, positions, frequency[c], n), 2),
            )
        )
    rows.sort(key=lambda r: (-r[8], -r[1], r[0]))
    return rows


def _log_likelihood(o11: int, row1: int, col1: int, n: int) -> float:
    """Dunning's G2 for the 2x2 table with O11 = o11, row total row1, column total col1."""
    o12 = max(row1 - o11, 0)
    o21 = max(col1 - o11, 0)
    o22 = max(n - o11 - o12 - o21, 0)
    total = o11 + o12 + o21 + o22
    cells = ((o11, o11 + o12, o11 + o21), (o12, o11 + o12, o12 + o22))
    cells += ((o21, o21 + o22, o11 + o21), (o22, o21 + o22, o12 + o22))
    g2 = 0.0
    for observed, row, column in cells:
        if observed > 0:
            g2 += observed * math.log(observed * total / (row * column))
    return 2 * g2
