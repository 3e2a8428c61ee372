"""Exceptions and warnings raised by hrlesson.

Every problem with the user's input is reported as an :class:`HrlessonError`
subclass with a one-line message that says what is wrong and what to do, so the
command line can print it without a traceback.
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ExerciseError",
    "HrlessonError",
    "HrlessonWarning",
    "InputError",
    "OutputError",
]


class HrlessonError(Exception):
    """Base class of every error hrlesson raises on purpose."""


class InputError(HrlessonError):
    """A file or folder given by the user cannot be used (missing, empty, binary, too large)."""


class OutputError(InputError):
    """An output folder cannot be written, or holds files hrlesson did not write."""


class ArticleError(HrlessonError):
    """The text was read but cannot be analysed as a news article."""


class ExerciseError(HrlessonError):
    """Building exercises or checking an answer failed because of the user's input."""


class HrlessonWarning(UserWarning):
    """Something in the article could not be fully analysed; the result is still usable."""
