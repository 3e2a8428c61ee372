"""Reference facts for the bundled article, checked against primary and independent sources.

The facts come from ``data/reference_primary_sources.md`` (shipped with the package as
the cited source document) and are stored as two tables: ``reference_sources.csv``
(the sources, with ids S1, S2, ...) and ``reference_facts.csv`` (one row per checked
claim). Only short phrases of any source are quoted.

>>> reference_sources().id.tolist()
['S1', 'S2', 'S3', 'S4']
>>> facts = reference_facts()
>>> facts.loc[facts.fact_id == "F04", ["checked_fact", "source_ids", "status"]].values.tolist()
[['presidential election held on 9 August 2020', 'S2', 'consistent']]
"""

from __future__ import annotations

import re
from typing import Any

from .article import Article
from .errors import InputError
from .facts import STATUS_LABELS, fact_spans, is_bundled, read_reference_table
from .figures.quote_context import quote_context
from .quotes import quotes

__all__ = [
    "STATUS_LABELS",
    "fact_mentions",
    "fact_spans",
    "is_bundled",
    "quote_fidelity",
    "reference_facts",
    "reference_sources",
]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def reference_sources():
    """The sources the reference facts were checked against.

    Returns
    -------
    pandas.DataFrame with ``id`` (S1, S2, ...), ``source``, ``what_it_is``, ``url``.

    >>> reference_sources().set_index("id").loc["S2", "source"]
    'UN document A/HRC/46/4 (advance edited version)'
    """
    import pandas as pd

    header, rows = read_reference_table("reference_sources.csv")
    return pd.DataFrame(list(rows), columns=list(header))


def reference_facts():
    """Claims of the bundled article checked against the sources.

    Returns
    -------
    pandas.DataFrame with ``fact_id``, ``claim_in_article``, ``anchors`` (article phrases the
    fact covers, ``|``-separated), ``checked_fact``, ``source_ids`` (ids in
    :func:`reference_sources`, comma-separated), ``status`` (a key of
    :data:`STATUS_LABELS`), ``status_note`` and ``source_phrases`` (short phrases the
    source contains, ``|``-separated).

    >>> reference_facts().status.value_counts().to_dict()["consistent"]
    5
    """
    import pandas as pd

    header, rows = read_reference_table("reference_facts.csv")
    return pd.DataFrame(list(rows), columns=list(header))


def fact_mentions(article: Article):
    """The reference facts located in the article text (bundled article only).

    Returns
    -------
    pandas.DataFrame with ``fact_id, text, start, end, verification``; empty for other
    articles.

    >>> import hrlesson
    >>> m = fact_mentions(hrlesson.load_article())
    >>> m[m.fact_id == "F05"].text.tolist()
    ['As of February 9', '246 people had been sentenced']
    """
    import pandas as pd

    rows = [(f, article.text[s:e], s, e, v) for s, e, f, v in fact_spans(article)]
    return pd.DataFrame(rows, columns=["fact_id", "text", "start", "end", "verification"])


def _source_phrases() -> list[tuple[str, str, str]]:
    """(fact_id, source_id, phrase) for every phrase the facts say occurs in source S1."""
    header, rows = read_reference_table("reference_facts.csv")
    col = {name: i for i, name in enumerate(header)}
    out = []
    for row in rows:
        ids = [s.strip() for s in row[col["source_ids"]].split(",")]
        if "S1" not in ids:
            continue
        for phrase in filter(None, row[col["source_phrases"]].split("|")):
            out.append((row[col["fact_id"]], "S1", phrase))
    return out


def _quote_rows(article: Article) -> list[tuple[int, int, Any]]:
    """(start, end, speaker) of the article's quotations, from the quotes table."""
    table = quotes(article)
    return list(
        zip(table["start"].tolist(), table["end"].tolist(), table["speaker"].tolist(), strict=True)
    )


def _words(text: str) -> list[tuple[str, int, int]]:
    return [
        (m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)
    ]


def _runs(article_words: list[tuple[str, int, int]], phrase: list[str]) -> list[tuple[int, int]]:
    """Maximal runs (first article word index, length) that match a stretch of ``phrase``."""
    runs = []
    n = len(article_words)
    for i in range(n):
        for j, word in enumerate(phrase):
            if article_words[i][0] != word:
                continue
            if i > 0 and j > 0 and article_words[i - 1][0] == phrase[j - 1]:
                continue  # not the start of a maximal run
            k = 0
            while i + k < n and j + k < len(phrase) and article_words[i + k][0] == phrase[j + k]:
                k += 1
            runs.append((i, k))
    return runs


_FIDELITY_COLUMNS = [
    "fact_id",
    "source_id",
    "source_phrase",
    "article_text",
    "start",
    "end",
    "words_matched",
    "phrase_words",
    "match",
    "in_quote",
    "quote_text",
    "speaker",
    "verdict",
]


def quote_fidelity(article: Article):
    """Compare the article's wording with the phrases the primary statement (S1) contains.

    For every phrase that ``reference_facts()`` says occurs in S1, list where the article
    uses it: verbatim or shortened (at least 60 % of its words in a row, three at least),
    inside quotation marks or not, and who is quoted.

    Returns
    -------
    pandas.DataFrame with ``fact_id, source_id, source_phrase, article_text, start, end,
    words_matched, phrase_words, match`` (verbatim / partial / not_found), ``in_quote``,
    ``quote_text``, ``speaker`` (who is quoted, or whose reported speech holds the words)
    and ``verdict`` (a short reading for students).

    >>> import hrlesson
    >>> qf = quote_fidelity(hrlesson.load_article())
    >>> qf[["source_phrase", "match", "in_quote"]].head(2).values.tolist()
    [['hundreds of allegations of torture and ill-treatment', 'partial', False], ['numerous and widespread violations', 'verbatim', True]]
    """
    import pandas as pd

    if not isinstance(article, Article):
        raise InputError(
            f"quote_fidelity() needs an Article, not {type(article).__name__}: use "
            "hrlesson.load_article(path) or hrlesson.article_from_text(text)"
        )
    words = _words(article.text)
    quote_rows = _quote_rows(article)
    speaker_outside_quotes = quote_context(article)
    rows = []
    for fact_id, source_id, phrase in _source_phrases():
        phrase_words = [w for w, _, _ in _words(phrase)]
        need = max(min(3, len(phrase_words)), -(-len(phrase_words) * 3 // 5))
        hits = [(i, k) for i, k in _runs(words, phrase_words) if k >= need]
        head = (fact_id, source_id, phrase)
        if not hits:
            rows.append((*head, None, None, None, 0, len(phrase_words), "not_found", False,
                         None, None, "not used in the article"))  # fmt: skip
        for i, k in hits:
            start, end = words[i][1], words[i + k - 1][2]
            quote = next(((s, e, sp) for s, e, sp in quote_rows if s <= start and end <= e), None)
            speaker = quote[2] if quote else speaker_outside_quotes(start, end)[1]
            match = "verbatim" if k == len(phrase_words) else "partial"
            rows.append(
                (*head, article.text[start:end], start, end, k, len(phrase_words), match,
                 quote is not None, article.text[quote[0] : quote[1]] if quote else None,
                 speaker, _verdict(article, match, quote, k))
            )  # fmt: skip
    df = pd.DataFrame(rows, columns=_FIDELITY_COLUMNS)
    return df.astype({"start": "Int64", "end": "Int64"})


def _verdict(article: Article, match: str, quote: tuple[int, int, Any] | None, k: int) -> str:
    """A short reading of one match, for students."""
    if quote is None:
        if match == "verbatim":
            return "the source's words, without quotation marks"
        return "shortened from the source, without quotation marks"
    start, end, _ = quote
    if article.paragraph_at(start) is not None:
        paragraph = article._segments()[0][article.paragraph_at(start) - 1]
        if paragraph[1] == "heading":
            return "the source's words used as a section heading"
    if match == "partial":
        return "quoted, but shorter than the source's phrase"
    if len(_words(article.text[start:end])) == k:
        return "quoted exactly"
    return "quoted verbatim within a longer quote"
