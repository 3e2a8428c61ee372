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
"""

from __future__ import annotations

import json

from .article import Article, load_article
from .data import package_data_path

__all__ = ["PRACTICE_NAME", "load_practice_article"]

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
