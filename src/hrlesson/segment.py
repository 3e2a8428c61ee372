"""Split cleaned text into paragraphs, sentences and words, with exact offsets.

The sentence splitter is a small rule set written for news English: it does not
split after abbreviations ("Mr.", "Feb. 9", "U.N."), after an ellipsis followed
by a lower-case word, or inside a quotation that continues with a reporting
clause (``"...continues," she said.``). It is much faster than a general
library such as pysbd (which costs about 4 ms per article), and every span it
returns satisfies ``text[start:end] == span_text``.

>>> [s for _, _, s in split_sentences('Mr. Smith met U.N. staff on Feb. 9. "It is bad," he said. Later...')]
['Mr. Smith met U.N. staff on Feb. 9.', '"It is bad," he said.', 'Later...']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .wordlists import word_table

__all__ = ["ABBREVIATIONS", "iter_words", "split_paragraphs", "split_sentences"]

#: Words that, followed by a full stop, do not end a sentence (compared case-insensitively);
#: every rank written short too (data/words/rank_abbreviations.csv: "said Dallas Police Det.
#: Jamison Lewis.").
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "brig",
        "sen",
        "rep",
        "gov",
        "st",
        "jr",
        "sr",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "cmdr",
        "adm",
        "amb",
        "pres",
        "rev",
        "hon",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "v",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "approx",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "min",
        "max",
        "mt",
        "ft",
        "ave",
        "blvd",
        "art",
        "para",
        "paras",
        "vol",
        "pp",
        "ch",
        "sec",
    ]
) | frozenset(row["abbreviation"] for row in word_table("rank_abbreviations"))
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "but",
        "and",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "there",
        "however",
        "meanwhile",
        "yet",
        "so",
        "as",
        "while",
        "when",
        "after",
        "before",
        "since",
        "if",
    ]
)

#: Abbreviations that stand only before a number ("No. 10", "Vol. 3", "pp. 4-6", "Art. 5"):
#: before a word, the full stop ends the word of that spelling ("he said no. No further").
NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "fig", "para", "paras", "pp", "art"])

_NUMBER_AFTER = re.compile(r"[\"'“‘(#]?(?:\d|[IVXLC]+\b)")


def _numbering_ends_sentence(chunk: str, index: int) -> bool:
    """After a numbering abbreviation and its full stop (:data:`NUMBER_ABBREVIATIONS`),
    whether the word at ``index`` opens a new sentence: not a number nor a Roman numeral
    ("No. 10 Downing Street", "Vol. IV"), which the abbreviation numbers, but a word: the
    stop ends a sentence ("he said no. No further thought was given").

    >>> _numbering_ends_sentence("he said no. No further", 12)
    True
    >>> _numbering_ends_sentence("at No. 10 Downing", 7), _numbering_ends_sentence("Vol. IV of", 5)
    (False, False)
    """
    return _NUMBER_AFTER.match(chunk, index) is None


#: Words after "X." that go on no name: a pronoun or determiner opening the next sentence.
_NO_NAME_STARTERS = frozenset(
    ["he", "her", "his", "it", "its", "she", "the", "their", "there", "they", "this", "we"]
)


def _letter_ends_sentence(chunk: str, index: int) -> bool:
    """After a full stop glued to one capital letter, whether the word at ``index`` opens
    a new sentence. The letter is an initial ("Alfred G. Gilman", "J. Todd Inman": no
    split) unless a pronoun or a determiner follows, which goes on no name: the letter
    was a word of its own ("rejected the findings within minutes on X. He wrote":
    x_fine_musk_virkkunen_rubio_btimes).

    >>> _letter_ends_sentence("on X. He wrote", 6), _letter_ends_sentence("J. Todd Inman", 3)
    (True, False)
    """
    next_word = _NEXT_WORD.match(chunk, index)
    return bool(next_word and next_word.group(1).lower() in _NO_NAME_STARTERS)


# closing marks after the stop include guillemets and the German closer “ (»Q.« „Q.“), opening
# marks before the next sentence include « „ ‹ ‚
_CANDIDATE = re.compile(
    r"[.!?]+[\"'”’»«›‹“)\]]*(?=\s+[\"'“‘«»„‹›‚(\[]?[A-Z0-9])|[.!?]+[\"'”’»«›‹“)\]]*(?=\s*\Z)"
)
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # initialisms: U.N., U.S.
    r"|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|%)?"  # numbers: 246, 4,644, 2.5, 25th
    r"|[^\W\d_]+(?:[-'’][^\W_]+)*"  # words, hyphenated words, Belarus's
    r"|[^\W_]+"
)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph (blocks separated by blank lines).

    >>> split_paragraphs("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    spans = []
    pos = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    for stop, after in [*breaks, (len(text), len(text))]:
        chunk = text[pos:stop]
        stripped = chunk.strip()
        if stripped:
            start = pos + len(chunk) - len(chunk.lstrip())
            spans.append((start, start + len(stripped)))
        pos = after
    return spans


_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def split_sentences(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """Split ``text[start:end]`` (one paragraph) into sentences: ``(start, end, text)``.

    Each candidate full stop looks only at the word before it and the characters after
    it, so the time grows with the length of the paragraph, not with its square.
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    sentences = []
    pos = 0
    for m in _CANDIDATE.finditer(chunk):
        if not _is_boundary(chunk, m):
            continue
        stop = m.end()
        if _NON_SPACE.search(chunk, pos, stop):
            sentences.append((pos, stop))
        after = _NON_SPACE.search(chunk, stop)
        pos = after.start() if after else len(chunk)
    if _NON_SPACE.search(chunk, pos):
        sentences.append((pos, len(chunk.rstrip())))
    return [(start + a, start + b, chunk[a:b]) for a, b in sentences]


_NON_SPACE = re.compile(r"\S")
_OPENERS = "\"'“‘«»„‹›‚(["
_NEXT_WORD = re.compile(r"[\"'“‘«»„‹›‚(]?([A-Za-z]+)")


def _token_before(chunk: str, index: int) -> str:
    """The run of non-space characters that ends at ``index`` (found by walking back).

    As with ``re.search(r"(\\S+)$", chunk[:index])``, one newline just before ``index``
    is skipped.
    """
    if index > 0 and chunk[index - 1] == "\n":
        index -= 1
    first = index
    while first > 0 and not chunk[first - 1].isspace():
        first -= 1
    return chunk[first:index]


def _is_boundary(chunk: str, m: re.Match[str]) -> bool:
    punct = m.group(0)
    after = _NON_SPACE.search(chunk, m.end())
    if after is None:
        return True
    next_char = after.group(0)
    if punct.startswith(("!", "?")):
        return True
    if punct.startswith("..") and next_char.islower():
        return False
    token = _token_before(chunk, m.start()).lstrip(_OPENERS)
    if punct == ".":
        word = token.lower()
        if word in NUMBER_ABBREVIATIONS:
            return _numbering_ends_sentence(chunk, after.start())
        if word in ABBREVIATIONS or (word.rstrip(".") in ABBREVIATIONS and "." in word):
            return False
        if len(token) == 1 and token.isupper():
            return _letter_ends_sentence(chunk, after.start())
        if _INITIALISM.match(token + "."):
            next_word = _NEXT_WORD.match(chunk, after.start())
            return bool(next_word and next_word.group(1).lower() in _SENTENCE_STARTERS)
    return True


def iter_words(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for each word token of ``text[start:end]``.

    >>> [w for _, _, w in iter_words("The U.N. chief's 246-page report, 25th Feb.")]
    ['The', 'U.N.', "chief's", '246', 'page', 'report', '25th', 'Feb']
    """
    end = len(text) if end is None else end
    for m in _WORD.finditer(text, start, end):
        yield m.start(), m.end(), m.group(0)


def word_rows(text: str, start: int, end: int, first_id: int, *ids: int) -> list[tuple]:
    """The words of ``text[start:end]`` as rows ``(word_id, *ids, start, end, word, lower)``,
    numbered from ``first_id`` (the ``words`` table of one sentence, built in one pass).

    >>> word_rows("He said no.", 3, 11, 5, 1, 1)
    [(5, 1, 1, 3, 7, 'said', 'said'), (6, 1, 1, 8, 10, 'no', 'no')]
    """
    return [
        (k, *ids, m.start(), m.end(), w, w.lower())
        for k, m in enumerate(_WORD.finditer(text, start, end), first_id)
        for w in [m.group()]
    ]
