"""Charts for the lessons: who is quoted, how speech is reported, stance markers, dates, readability.

Every function takes an Article (and computes the table it needs) or that table
as a DataFrame, draws on the matplotlib Axes ``ax`` (a new figure when ``ax`` is
None) and returns the Axes, so a notebook can add to it or save it. Colours come
from :mod:`hrlesson.palette`: one colour per marker category and per role
(speaker, reporter) in every chart, from the Okabe-Ito palette, which stays
distinct for readers with colour-vision deficiencies. Bars carry their values,
and each chart records a text description that a notebook set up with
:func:`hrlesson.lesson_display` gives its image as ``alt`` text. Nothing here
calls ``plt.show()``; matplotlib is imported only when a chart is drawn.

>>> import hrlesson, matplotlib.pyplot as plt
>>> from hrlesson.plots import plot_readability
>>> fig, ax = plt.subplots(figsize=(8, 4))
>>> ax = plot_readability(hrlesson.load_article(), ax=ax)
>>> ax.get_title(), ax.get_xlabel()
('Readability per paragraph', 'Paragraph')
>>> plt.close(fig)
"""

from __future__ import annotations

from .common import OKABE_ITO, PALETTE, PlotDataError
from .dates import plot_timeline
from .quoted import plot_words_quoted
from .scores import READABILITY_MEASURES as READABILITY_MEASURES
from .scores import plot_readability
from .stance import plot_marker_density, plot_reporting_verbs

__all__ = [
    "OKABE_ITO",
    "PALETTE",
    "PlotDataError",
    "plot_marker_density",
    "plot_readability",
    "plot_reporting_verbs",
    "plot_timeline",
    "plot_words_quoted",
]
