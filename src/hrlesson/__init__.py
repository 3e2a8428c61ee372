"""hrlesson: discourse analysis of UN human-rights diplomacy, for teaching.

Load an article, then ask for its tables::

    >>> import hrlesson
    >>> article = hrlesson.load_article()          # the bundled case study
    >>> len(article.paragraphs) > 10
    True
"""

from __future__ import annotations

from ._nltk_data import register_bundled_nltk_data as _register_nltk_data
from .article import Article, article_from_text, load_article
from .errors import ArticleError, ExerciseError, HrlessonError, HrlessonWarning, InputError

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ExerciseError",
    "HrlessonError",
    "HrlessonWarning",
    "InputError",
    "__version__",
    "article_from_text",
    "load_article",
]

_register_nltk_data()
