"""hrlesson: discourse analysis of UN human-rights diplomacy, for teaching.

Load an article, then ask for its tables::

    >>> import hrlesson
    >>> article = hrlesson.load_article()          # the bundled case study
    >>> len(article.paragraphs) > 10
    True

Every table is a pandas DataFrame with ``start``/``end`` offsets into ``article.text``.
Plot functions live in :mod:`hrlesson.plots` (imported on first use, so that
``import hrlesson`` stays fast).
"""

from __future__ import annotations

from ._nltk_data import register_bundled_nltk_data as _register_nltk_data
from .actors import actors
from .article import Article, article_from_text, load_article
from .checks import check, pick, progress
from .concordance import collocates, kwic, word_frequencies
from .data import gold
from .display import lesson_display, read_article
from .errors import ArticleError, ExerciseError, HrlessonError, HrlessonWarning, InputError
from .figures import figures
from .lexicon import LexiconError, load_lexicon
from .markers import marker_density, markers, reporting_verbs
from .practice import load_practice_article, load_practice_gold
from .quotes import quotes
from .readability import readability
from .reference import quote_fidelity, reference_facts, reference_sources

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ExerciseError",
    "HrlessonError",
    "HrlessonWarning",
    "InputError",
    "LexiconError",
    "__version__",
    "actors",
    "article_from_text",
    "check",
    "collocates",
    "figures",
    "gold",
    "kwic",
    "lesson_display",
    "load_article",
    "load_lexicon",
    "load_practice_article",
    "load_practice_gold",
    "marker_density",
    "markers",
    "pick",
    "progress",
    "quote_fidelity",
    "quotes",
    "read_article",
    "readability",
    "reference_facts",
    "reference_sources",
    "reporting_verbs",
    "word_frequencies",
]

_register_nltk_data()


def __getattr__(name: str):
    """Import :mod:`hrlesson.plots` lazily (it needs matplotlib)."""
    if name == "plots":
        import importlib

        return importlib.import_module(".plots", __name__)
    raise AttributeError(f"module 'hrlesson' has no attribute {name!r}")
