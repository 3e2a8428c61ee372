"""A short practice article, constructed by us, for trying methods on a text with known answers.

The practice article imitates a wire story about the UN Human Rights Council, but
everything in it is invented: the country (Valdoria), the people, the quotes and the
numbers. ``article.meta["constructed"]`` is True so that no table built from it can be
mistaken for data about the real world.

>>> a = load_practice_article()
>>> a.meta["constructed"], a.meta["place"], a.meta["date"]
(True, 'Geneva', '2024-03-14')
>>> row = a.sentences.iloc[2]
>>> a.text[row.start:row.end] == row.text
True

Because we wrote the article, we know who says what: :func:`load_practice_gold`
gives hand-made labels for its quotes, to compare with :func:`hrlesson.quotes`.
"""

from __future__ import annotations

import json

from .article import Article, load_article
from .data import package_data_path
from .errors import InputError

__all__ = ["PRACTICE_NAME", "load_practice_article", "load_practice_gold"]

#: File stem of the practice article in ``hrlesson/data/practice/``.
PRACTICE_NAME = "valdoria_practice"


def load_practice_article() -> Article:
    """Load the constructed practice article (about 1,700 characters, dated 14 March 2024).

    Returns
    -------
    Article
        Cleaned like any other article; ``meta`` also carries the practice file's
        metadata: ``constructed`` (always True), ``written_by``, ``note``, ``features``.

    >>> load_practice_article().meta["source"]
    'Practice Wire'
    """
    article = load_article(package_data_path("practice", f"{PRACTICE_NAME}.txt"))
    extra = json.loads(
        package_data_path("practice", f"{PRACTICE_NAME}.json").read_text(encoding="utf-8")
    )
    extra.pop("date", None)  # the dateline gives the date; keep date_source honest
    article.meta.update(extra)
    article.meta["constructed"] = True
    return article


def load_practice_gold(name: str = "quotes"):
    """Hand-made labels for the practice article (only ``"quotes"`` so far).

    Parameters
    ----------
    name : which labels; ``"quotes"``: ``quote_id, text, speaker, cue, kind, start,
        end, note``, with the same conventions as ``hrlesson.gold("quotes")``.

    Returns
    -------
    pandas.DataFrame
        One row per quote; ``start``/``end`` point into ``load_practice_article().text``.

    Raises
    ------
    InputError : no labels of that name.

    >>> gold = load_practice_gold()
    >>> text = load_practice_article().text
    >>> all(text[r.start:r.end] == r.text for r in gold.itertuples())
    True
    >>> gold.speaker.value_counts().head(1).to_dict()
    {'Lena Marsh': 5}
    """
    import pandas as pd

    if name != "quotes":
        raise InputError(f"no practice labels called {name!r}; available: quotes")
    path = package_data_path("practice", f"{PRACTICE_NAME}_{name}.csv")
    return pd.read_csv(path, keep_default_na=False, na_values=[""])
