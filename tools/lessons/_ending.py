"""The closing cell of every lesson: readings, the glossary link, and the next lesson.

The citations are copied, in their form (APA 7th edition), from the course's checked
reading list (``shared/reference/readings.md``); cite nothing that is not there.

>>> cell = lesson_end(["cohen1960", "artstein2008"], ("Lesson 5: Verifiable figures", "05-figures.ipynb"))
>>> "[Lesson 5: Verifiable figures](05-figures.ipynb)" in cell.source
True
"""

from __future__ import annotations

from _kit import md
from nbformat import NotebookNode

__all__ = ["GLOSSARY", "READINGS", "lesson_end"]

GLOSSARY = "glossary.ipynb"

READINGS: dict[str, str] = {
    "bell1991": "Bell, A. (1991). *The language of news media*. Blackwell.",
    "vandijk1988": "van Dijk, T. A. (1988). *News as discourse*. Lawrence Erlbaum Associates.",
    "sinclair1991": (
        "Sinclair, J. (1991). *Corpus, concordance, collocation*. Oxford University Press."
    ),
    "baker2006": "Baker, P. (2006). *Using corpora in discourse analysis*. Continuum.",
    "caldas1994": (
        "Caldas-Coulthard, C. R. (1994). On reporting reporting: The representation of "
        "speech in factual and factional narratives. In M. Coulthard (Ed.), *Advances in "
        "written text analysis* (pp. 295–308). Routledge."
    ),
    "pareti2016": (
        "Pareti, S. (2016). PARC 3.0: A corpus of attribution relations. In *Proceedings "
        "of the Tenth International Conference on Language Resources and Evaluation (LREC "
        "2016)* (pp. 3914–3920). European Language Resources Association (ELRA). "
        "https://www.aclweb.org/anthology/L16-1619"
    ),
    "bednarek2012": "Bednarek, M., & Caple, H. (2012). *News discourse*. Continuum.",
    "thompson1991": (
        "Thompson, G., & Ye, Y. (1991). Evaluation in the reporting verbs used in academic "
        "papers. *Applied Linguistics, 12*(4), 365–382."
    ),
    "hyland2005": (
        "Hyland, K. (2005). *Metadiscourse: Exploring interaction in writing*. Continuum."
    ),
    "hyland1998": ("Hyland, K. (1998). *Hedging in scientific research articles*. John Benjamins."),
    "martin2005": (
        "Martin, J. R., & White, P. R. R. (2005). *The language of evaluation: Appraisal "
        "in English*. Palgrave Macmillan."
    ),
    "entman1993": (
        "Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. "
        "*Journal of Communication, 43*(4), 51–58."
    ),
    "fairclough1995": "Fairclough, N. (1995). *Media discourse*. Edward Arnold.",
    "graves2016": (
        "Graves, L. (2016). *Deciding what's true: The rise of political fact-checking in "
        "American journalism*. Columbia University Press."
    ),
    "flesch1948": (
        "Flesch, R. (1948). A new readability yardstick. *Journal of Applied Psychology, "
        "32*(3), 221–233."
    ),
    "kincaid1975": (
        "Kincaid, J. P., Fishburne, R. P., Jr., Rogers, R. L., & Chissom, B. S. (1975). "
        "*Derivation of new readability formulas (Automated Readability Index, Fog Count "
        "and Flesch Reading Ease Formula) for Navy enlisted personnel* (Research Branch "
        "Report 8-75). Naval Technical Training Command."
    ),
    "mclaughlin1969": (
        "McLaughlin, G. H. (1969). SMOG grading: A new readability formula. *Journal of "
        "Reading, 12*(8), 639–646."
    ),
    "cohen1960": (
        "Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and "
        "Psychological Measurement, 20*(1), 37–46."
    ),
    "artstein2008": (
        "Artstein, R., & Poesio, M. (2008). Inter-coder agreement for computational "
        "linguistics. *Computational Linguistics, 34*(4), 555–596."
    ),
    "krippendorff2019": (
        "Krippendorff, K. (2019). *Content analysis: An introduction to its methodology* "
        "(4th ed.). SAGE."
    ),
}


def lesson_end(readings: list[str], next_lesson: tuple[str, str] | None) -> NotebookNode:
    """The last cell of a lesson: two or three readings, the glossary, the next notebook.

    Parameters
    ----------
    readings : keys of :data:`READINGS`, in the order to list them.
    next_lesson : (title, notebook file name) of the lesson to take next; None for the last.
    """
    if not 2 <= len(readings) <= 3:
        raise ValueError("give two or three readings")
    items = "\n".join(f"- {READINGS[key]}" for key in readings)
    if next_lesson is None:
        onward = "This is the last lesson. Back to the start: [Lesson 0](00-start-here.ipynb)."
    else:
        title, notebook = next_lesson
        onward = f"**Next:** [{title}]({notebook})"
    return md(
        f"### Readings\n\n{items}\n\n"
        f"### Words and what comes next\n\n"
        f"Technical terms are explained in the [glossary]({GLOSSARY}).\n\n{onward}"
    )
