"""hrlesson: discourse analysis of UN human-rights diplomacy, for teaching.

Load an article, then ask for its tables::

    >>> import hrlesson
    >>> article = hrlesson.load_article()          # the bundled case study
    >>> len(article.paragraphs) > 10
    True

Every table is a pandas DataFrame with ``start``/``end`` offsets into ``article.text``.
Plot functions live in :mod:`hrlesson.plots` (imported on first use, so that
``import hrlesson`` stays fast).

Table functions and modules share names: ``hrlesson.quotes`` (also ``actors``, ``markers``,
``figures``, ``readability``) is the **function** a notebook calls, ``hrlesson.quotes(article)``.
The module of the same name holds the rest of that table's API; reach it with
``from hrlesson.quotes import speaker_at, TABLE`` or ``importlib.import_module("hrlesson.quotes")``
(``import hrlesson.quotes as m`` gives the function, because the package attribute wins)::

    >>> from hrlesson.quotes import quotes as quotes_function
    >>> hrlesson.quotes is quotes_function
    True
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from ._nltk_data import register_bundled_nltk_data as _register_nltk_data
from .errors import ArticleError, ExerciseError, HrlessonError, HrlessonWarning, InputError

if TYPE_CHECKING:  # the real imports happen on first use (see __getattr__ below)
    from .actors import actors
    from .agreement import agreement
    from .article import Article, article_from_text, load_article
    from .checks import check, pick, progress
    from .concordance import collocates, kwic, word_frequencies
    from .data import gold
    from .display import lesson_display, read_article
    from .figures import figures
    from .lexicon import LexiconError, load_lexicon
    from .markers import marker_density, markers, reporting_verbs
    from .practice import load_practice_article, load_practice_gold
    from .quotes import quotes
    from .readability import readability
    from .reference import quote_fidelity, reference_facts, reference_sources

__version__ = "0.1.0"

#: Public name -> the module that defines it. Imported on first use, so that
#: ``import hrlesson`` takes milliseconds even before Python has cached the bytecode.
_EXPORTS = {
    "Article": "article",
    "LexiconError": "lexicon",
    "actors": "actors",
    "agreement": "agreement",
    "article_from_text": "article",
    "check": "checks",
    "collocates": "concordance",
    "figures": "figures",
    "gold": "data",
    "kwic": "concordance",
    "lesson_display": "display",
    "load_article": "article",
    "load_lexicon": "lexicon",
    "load_practice_article": "practice",
    "load_practice_gold": "practice",
    "marker_density": "markers",
    "markers": "markers",
    "pick": "checks",
    "progress": "checks",
    "quote_fidelity": "reference",
    "quotes": "quotes",
    "read_article": "display",
    "readability": "readability",
    "reference_facts": "reference",
    "reference_sources": "reference",
    "reporting_verbs": "markers",
    "word_frequencies": "concordance",
}

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
    "agreement",
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
    """Import a public name's module on first use; :mod:`hrlesson.plots` too (matplotlib)."""
    if name == "plots":
        return importlib.import_module(".plots", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'hrlesson' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | {"plots"})


class _Package(types.ModuleType):
    """hrlesson's module type: ``hrlesson.quotes`` stays the function, never the submodule.

    Importing a submodule sets it as an attribute of its package. Five public functions
    share their module's name (actors, figures, markers, quotes, readability); when their
    module is imported the function is stored instead, as an eager import used to do.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
