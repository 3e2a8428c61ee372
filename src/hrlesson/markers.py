"""Stance and rhetoric markers: reporting verbs, hedges, boosters, force, attitude, ...

:func:`markers` finds every occurrence of a lexicon entry (see :mod:`hrlesson.lexicon`)
in an article, plus short quoted labels (scare quotes), and says for each one who
is evaluating: the quoted speaker (``layer`` speaker, e.g. *urged*), the journalist
(``layer`` journalist, e.g. *slammed*) or neither (``layer`` text, e.g. *reportedly*).

>>> from hrlesson import load_article
>>> m = markers(load_article())
>>> m.loc[m.text == "slammed", ["category", "subcategory", "layer"]].iloc[0].tolist()
['reporting_verb', 'media_evaluative', 'journalist']
>>> m.loc[m.text == "insisted", "subcategory"].tolist()
['assertive']
>>> m.loc[m.category == "scare_quote", "text"].tolist()
["'mass disorder'"]

Overlapping matches resolve to one marker: the longer one wins ("as far as her office
could tell" is one hedge, so its "tell" is not also a reporting verb), gaps included
("voiced particular concern" is one reporting verb, not also a word of force). A marker
never runs over a sentence boundary.

The ``speaker`` of a reporting verb outside quotation marks is the speaker it introduces
(the subject of its clause: "most diplomats ... echoed"); of any other marker, who is
speaking where it stands, except that a word of the journalist layer outside quotation
marks is always the reporter's ("the crisis-wracked country", even in reported speech).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from typing import Any

from . import export, typed_columns
from .article import Article, require_article
from .errors import HrlessonError
from .lexicon import CATEGORIES, CompiledLexicon, Entry, compile_lexicon
from .quotes import quotation_mark_roles, speaker_at, speech_analysis
from .scare_quotes import QuoteLookup, scare_quotes
from .speech.cues import CUE_VERBS

__all__ = [
    "MARKER_CATEGORIES",
    "MARKER_COLUMNS",
    "TABLE",
    "marker_density",
    "markers",
    "reporting_verbs",
]

#: Columns of :func:`markers`, in order.
MARKER_COLUMNS = (
    "marker_id",
    "text",
    "term",
    "category",
    "subcategory",
    "factivity",
    "layer",
    "pos",
    "start",
    "end",
    "sentence_id",
    "paragraph_id",
    "in_quote",
    "speaker",
    "source",
)

#: Every marker category: the lexicon's categories plus ``scare_quote`` (found by a rule).
MARKER_CATEGORIES = (*CATEGORIES, "scare_quote")

#: Columns of :func:`reporting_verbs`, in order.
REPORTING_VERB_COLUMNS = (
    "marker_id",
    "text",
    "term",
    "stance",
    "factivity",
    "layer",
    "start",
    "end",
    "sentence_id",
    "paragraph_id",
    "in_quote",
    "speaker",
    "introduces",
    "evidence",
)

_SCARE_SOURCE = "hrlesson rule: short quoted term that is not speech"
_REPORTER = "(reporter)"

# --------------------------------------------------------------------------- public API


def markers(article: Article, lexicon: Any = None):
    """Return the stance and rhetoric markers of an article, one row per occurrence.

    Parameters
    ----------
    article : the article (see :func:`hrlesson.load_article`).
    lexicon : None for the bundled lexicon, or a CSV path or DataFrame in the same
        format (checked with :func:`hrlesson.lexicon.load_lexicon`).

    Returns
    -------
    DataFrame with the columns :data:`MARKER_COLUMNS`, in text order.
    ``article.text[start:end] == text`` for every row.

    >>> from hrlesson import load_article
    >>> m = markers(load_article())
    >>> row = m[m.text == "reportedly"].iloc[0]
    >>> row.category, row.subcategory, row.layer
    ('hedge', 'distancing', 'text')
    >>> m.loc[m.term == "as far as * could tell", "text"].tolist()
    ['as far as her office could tell']
    """
    article = require_article(article, "markers")
    return _frame(_records(article, lexicon), MARKER_COLUMNS)


def reporting_verbs(article: Article, lexicon: Any = None):
    """Return the reporting verbs (and UN verb phrases) with their stance and speaker.

    ``stance`` is the verb's class (neutral, assertive, directive, critical, positive,
    tentative, denial, warning, concession, emotive, media_evaluative); ``factivity`` says
    whether the reporter presents the claim as true (factive), leaves it open
    (non_factive) or presents it as false (counter_factive); ``layer`` says
    whether it reports the speaker's act or adds the journalist's evaluation;
    ``speaker`` is who is speaking where the verb is (None: the reporter, also for a verb
    outside quotes whose subject is someone else: it opens its own frame); ``introduces``
    is the speaker the verb introduces, when it can be found, and ``evidence`` says why.

    ``introduces`` comes from the same analysis as :func:`hrlesson.quotes.quotes`: a verb
    that introduces a quote names that quote's speaker, and a verb of indirect speech
    names its subject as the attribution rules resolve it. A verb that introduces a quote
    but is not a marker ('called the vote "a farce"') has a row with an empty ``marker_id``.

    >>> from hrlesson import load_article
    >>> rv = reporting_verbs(load_article())
    >>> rv.loc[rv.text == "slammed", ["stance", "layer"]].iloc[0].tolist()
    ['media_evaluative', 'journalist']
    >>> rv.loc[rv.text == "insisted", "introduces"].tolist()
    ['Michelle Bachelet']
    >>> rv.loc[rv.text == "accused", ["introduces", "evidence"]].iloc[0].tolist()
    ['Michelle Bachelet', 'subject "The UN rights chief" (¶1) → Michelle Bachelet (named ¶2)']
    """
    article = require_article(article, "reporting_verbs")
    rows = _reporting_rows(article, _records(article, lexicon))
    return _frame(rows, REPORTING_VERB_COLUMNS, nullable=("marker_id",))


def marker_density(article: Article, by: str = "paragraph", lexicon: Any = None):
    """Return markers per 100 words, overall and by category, per paragraph or per speaker.

    Parameters
    ----------
    article : the article.
    by : ``"paragraph"`` (one row per paragraph, in order) or ``"speaker"`` (one row
        per voice: ``(reporter)`` for the journalist's own words, then each speaker
        in order of first appearance; a word's voice is decided by
        ``hrlesson.quotes.speaker_at``; a marker counts for the voice whose words hold it,
        not for the speaker a reporting verb introduces, and a journalist-layer word outside
        quotes counts for the reporter).
    lexicon : as for :func:`markers`.

    Returns
    -------
    DataFrame: ``paragraph_id`` or ``speaker``, ``n_words``, ``n_markers``,
    ``per_100_words``, then one column per category in :data:`MARKER_CATEGORIES`
    (markers of that category per 100 words, rounded to 2 decimals).

    >>> from hrlesson import load_article
    >>> d = marker_density(load_article())
    >>> list(d.columns[:4])
    ['paragraph_id', 'n_words', 'n_markers', 'per_100_words']
    >>> int(d.n_markers.sum()) == len(markers(load_article()))
    True
    """
    import pandas as pd

    if by not in ("paragraph", "speaker"):
        raise HrlessonError(f"marker_density: by must be 'paragraph' or 'speaker', not {by!r}")
    records = _records(article, lexicon)
    paragraphs, _, words = article._segments()
    cat_index = {c: i for i, c in enumerate(MARKER_CATEGORIES)}
    if by == "paragraph":
        groups = [p[0] for p in paragraphs]
        n_words = {p[0]: p[6] for p in paragraphs}
        group_of_marker = [r[11] for r in records]
    else:
        n_words = {_REPORTER: 0}
        for w in words:
            who = speaker_at(article, w[3], w[4])
            key = who or _REPORTER
            n_words[key] = n_words.get(key, 0) + 1
        group_of_marker = [_voice(article, r[8], r[9], r[6], r[12]) or _REPORTER for r in records]
        for key in group_of_marker:
            n_words.setdefault(key, 0)
        groups = list(n_words)
    counts = {g: [0] * len(MARKER_CATEGORIES) for g in groups}
    for record, group in zip(records, group_of_marker, strict=True):
        counts[group][cat_index[record[3]]] += 1
    rows = []
    for g in groups:
        total = sum(counts[g])
        n = n_words[g]
        rows.append((g, n, total, _per_100(total, n), *(_per_100(c, n) for c in counts[g])))
    first = "paragraph_id" if by == "paragraph" else "speaker"
    columns = [first, "n_words", "n_markers", "per_100_words", *MARKER_CATEGORIES]
    return pd.DataFrame(rows, columns=columns)


_INT_COLUMNS = frozenset(["marker_id", "start", "end", "sentence_id", "paragraph_id"])


def _frame(rows: list[tuple], columns: tuple[str, ...], nullable: tuple[str, ...] = ()):
    """One DataFrame from row tuples, column by column with fixed dtypes (fast, and typed when empty)."""
    import pandas as pd

    data = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    out = {}
    text = typed_columns.text_dtype()
    for name, values in zip(columns, data, strict=True):
        if name in nullable:
            out[name] = typed_columns.nullable_ints(values)
        elif name in _INT_COLUMNS:
            out[name] = typed_columns.ints(values)
        elif name == "in_quote":
            out[name] = typed_columns.bools(values)
        elif values:
            out[name] = typed_columns.texts(values, text)  # str, as pandas types it
        else:
            out[name] = pd.array(values, dtype=object)  # an empty table keeps object columns
    if not rows:
        return pd.DataFrame(out, copy=False)  # keys in ``columns`` order
    return typed_columns.frame(out)


def _per_100(count: int, n_words: int) -> float:
    return round(100.0 * count / n_words, 2) if n_words else 0.0


# --------------------------------------------------------------------------- finding markers


def _records(article: Article, lexicon: Any) -> list[tuple]:
    """Marker rows as tuples (MARKER_COLUMNS order), cached per article and lexicon."""
    compiled = compile_lexicon(lexicon)
    cache = article._cache.setdefault(__name__, {})
    if compiled not in cache:
        cache[compiled] = _find_markers(article, compiled)
    return cache[compiled]


def _find_markers(article: Article, lex: CompiledLexicon) -> list[tuple]:
    text = article.text
    _, sentences, _ = article._segments()
    candidates = _lexicon_candidates(article, lex)
    occupied = bytearray(len(text))
    accepted: list[tuple[int, int, Entry, tuple[tuple[int, int], ...], int]] = []
    for _, _, start, end, entry, cores, sentence_id in sorted(
        candidates, key=lambda c: (-c[1], -c[0], c[2], c[4].index)
    ):
        if occupied.find(1, start, end) != -1:
            continue  # overlapping matches resolve to one: the longest span wins
        occupied[start:end] = b"\x01" * (end - start)
        accepted.append((start, end, entry, cores, sentence_id))
    marks = quotation_mark_roles(article)
    inside = QuoteLookup(marks)
    labels = scare_quotes(article, marks)
    if labels:
        overlaps = _overlap_test(labels)
        accepted = [a for a in accepted if not overlaps(a[0], a[1])]
    rows: list[tuple] = []
    for start, end, entry, _, sid in accepted:
        rows.append(
            (start, end, entry.term, entry.category, entry.subcategory, entry.factivity,
             entry.layer, entry.pos, entry.source, sid, entry.index)
        )  # fmt: skip
    for start, end, term, sub, sid in labels:
        rows.append(
            (start, end, term, "scare_quote", sub, "", "text", "phrase", _SCARE_SOURCE, sid, -1)
        )
    rows.sort(key=lambda r: (r[0], r[1], r[10]))
    analysis = speech_analysis(article)
    records = []
    for marker_id, (start, end, term, cat, sub, fact, layer, pos, source, sid, _) in enumerate(
        rows, 1
    ):
        in_quote = inside.contains(start)
        who = _voice(article, start, end, layer, in_quote)
        if not in_quote and _is_verb(cat, pos):
            who = analysis.introduced_by(start, end) or who
        records.append(
            (marker_id, text[start:end], term, cat, sub, fact, layer, pos, start, end, sid,
             sentences[sid - 1][1], in_quote, who, source)
        )  # fmt: skip
    return records


def _is_verb(category: str, pos: str) -> bool:
    """A reporting verb, or a UN phrase that is a verb ("urges ... to")."""
    return category == "reporting_verb" or (category == "un_phrase" and pos == "verb")


def _voice(article: Article, start: int, end: int, layer: str, in_quote: bool) -> str | None:
    """Whose words ``text[start:end]`` are: a journalist-layer word outside quotes is the reporter's."""
    if layer == "journalist" and not in_quote:
        return None
    return speaker_at(article, start, end)


def _overlap_test(spans: list[tuple]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps a span ``(s, e, ...)``: bisect starts, max of ends."""
    starts, ends = zip(*sorted((s, e) for s, e, *_ in spans), strict=True)
    reach = list(itertools.accumulate(ends, max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)  # ordered[:i] start before ``end``
        return i > 0 and reach[i - 1] > start

    return overlaps


def _lexicon_candidates(article: Article, lex: CompiledLexicon) -> list[tuple]:
    """Every match: ``(core_length, span_length, start, end, entry, core_spans, sentence_id)``."""
    text = article.text
    _, sentences, words = article._segments()
    found: list[tuple] = []
    get = lex.by_key.get
    curly = "’" in text  # a word holds a curly apostrophe only where the text does
    for w in words:
        lower = w[6].replace("’", "'") if curly else w[6]
        entries = get(lower, ())
        if "-" in lower:
            entries = entries + get(lower.split("-", 1)[0], ())
        if not entries:
            continue
        start = w[3]
        sentence_end = sentences[w[1] - 1][4]
        for entry in entries:
            m = entry.regex.match(text, start, sentence_end)
            if m is not None and m.end() > start and not _excluded(entry, text, start, m.end()):
                cores = _cores(m)
                core = sum(e - s for s, e in cores)
                found.append((core, m.end() - start, start, m.end(), entry, cores, w[1]))
    for entry in lex.scanned:
        for m in entry.regex.finditer(text):
            start, end = m.span()
            sid = article.sentence_at(start)
            if start == end or sid is None or sid != article.sentence_at(end - 1):
                continue
            if not _excluded(entry, text, start, end):
                found.append((end - start, end - start, start, end, entry, ((start, end),), sid))
    return found


def _excluded(entry: Entry, text: str, start: int, end: int) -> bool:
    if entry.exclude_before is not None and entry.exclude_before.search(
        text, max(0, start - 80), start
    ):
        return True
    return entry.exclude_after is not None and entry.exclude_after.match(text, end) is not None


def _cores(m: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """The matched text without its ``*`` gaps (the only capturing groups of wildcard forms)."""
    if m.re.groups == 0:
        return ((m.start(), m.end()),)
    spans, pos = [], m.start()
    for g in range(1, m.re.groups + 1):
        gs, ge = m.span(g)
        if gs < 0 or gs == ge:
            continue
        spans.append((pos, gs))
        pos = ge
    spans.append((pos, m.end()))
    return tuple((s, e) for s, e in spans if e > s)


# --------------------------------------------------------------------------- reporting verbs


def _reporting_rows(article: Article, records: list[tuple]) -> list[tuple]:
    """Reporting-verb rows; who each verb introduces comes from the quote analysis.

    The lexicon's reporting verbs and UN verb phrases found as markers, plus every verb
    that introduces a quote but is no marker ('called the vote "a farce"', a cue row with
    ``in_markers`` no): every quote with a reporting verb has its row (``marker_id`` empty).
    """
    analysis = speech_analysis(article)
    rows = []
    for r in records:
        if not _is_verb(r[3], r[7]):
            continue
        marker_id, verb_text, term, _, stance, fact, layer, _, start, end, sid, pid, in_q, _, _ = r
        introduced, evidence = analysis.introduced_at(start, end)
        who = speaker_at(article, start, end)
        if not in_q and introduced is not None and who != introduced:
            who = None  # a verb with its own subject opens a frame in the reporter's narration
        rows.append(
            (marker_id, verb_text, term, stance, fact, layer, start, end, sid, pid, in_q, who,
             introduced, evidence)
        )  # fmt: skip
    spans = sorted((r[6], r[7]) for r in rows)
    for cue in analysis.cues:
        if cue.lemma is None or not analysis.introduces_a_quote(cue) or _covered(spans, cue.start):
            continue
        verb = CUE_VERBS[cue.lemma]
        introduced, evidence = analysis.introduced_at(cue.start, cue.end)
        sid = article.sentence_at(cue.start)
        rows.append(
            (None, article.text[cue.start : cue.end], cue.lemma, verb.stance, verb.factivity,
             verb.layer, cue.start, cue.end, sid, article.paragraph_at(cue.start), False,
             speaker_at(article, cue.start, cue.end), introduced, evidence)
        )  # fmt: skip
    rows.sort(key=lambda r: (r[6], r[7]))
    return rows


def _covered(spans: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


# --------------------------------------------------------------------------- the table

TABLE = export.Table(
    "markers",
    "Stance and rhetoric markers (reporting verbs, hedges, boosters, force, attitude, obligation, "
    "UN set phrases, scare quotes), one row per occurrence, found with the hrlesson lexicon.",
    markers,
    (
        ("marker_id", "integer", "Marker number in text order, from 1."),
        ("text", "string", "The marker as written, exactly text[start:end] (gaps included)."),
        ("term", "string", "The lexicon entry (lemma or wildcard form; * = a gap of words)."),
        (
            "category",
            "string",
            (
                "reporting_verb, hedge, booster (certainty), force (intensification), "
                "attitude, obligation, un_phrase or scare_quote."
            ),
        ),
        (
            "subcategory",
            "string",
            (
                "Finer class; for reporting verbs and UN phrases the stance (neutral, assertive, "
                "directive, critical, positive, tentative, denial, warning, concession, emotive, "
                "media_evaluative)."
            ),
        ),
        (
            "factivity",
            "string",
            (
                "For reporting verbs: factive (the reporter presents the claim as true: point "
                "out, confirm), non_factive (say, claim) or counter_factive (falsely claim); "
                "empty otherwise."
            ),
        ),
        (
            "layer",
            "string",
            (
                "speaker (the quoted speaker's speech act), journalist (the reporter's own "
                "evaluation) or text (other markers)."
            ),
        ),
        ("pos", "string", "Part of speech of the entry: verb, noun, adj, adv, modal or phrase."),
        ("start", "integer", "Offset of the first character in the cleaned text."),
        ("end", "integer", "Offset just after the last character."),
        ("sentence_id", "integer", "Sentence that holds the marker."),
        ("paragraph_id", "integer", "Paragraph that holds the marker."),
        ("in_quote", "boolean", "True if the marker is inside quotation marks."),
        (
            "speaker",
            "string",
            (
                "A reporting verb outside quotation marks: the speaker it introduces (the "
                "subject of its clause). Other markers: who is speaking where the marker is; "
                "empty for the reporter (always for a journalist-layer word outside quotes)."
            ),
        ),
        ("source", "string", "Where the lexicon entry comes from (hrlesson or an open list)."),
    ),
)
