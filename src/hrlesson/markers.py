"""Stance and rhetoric markers: reporting verbs, hedges, boosters, attitude, obligation, ...

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

When two entries claim the same words, the longer one wins ("as far as her office
could tell" is one hedge, so its "tell" is not also a reporting verb); words inside
a ``*`` gap stay free ("voiced *particular* concern" gives a reporting verb and a
booster). A marker never runs over a sentence boundary.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from typing import Any

from . import export
from .article import Article
from .errors import HrlessonError
from .lexicon import CATEGORIES, CompiledLexicon, Entry, compile_lexicon
from .segment import iter_words

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
    "layer",
    "start",
    "end",
    "sentence_id",
    "paragraph_id",
    "in_quote",
    "speaker",
    "introduces",
)

_SCARE_SOURCE = "hrlesson rule: short quoted term that is not speech"
_MAX_LABEL_WORDS = 4
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
    return _frame(_records(article, lexicon), MARKER_COLUMNS)


def reporting_verbs(article: Article, lexicon: Any = None):
    """Return the reporting verbs (and UN verb phrases) with their stance and speaker.

    ``stance`` is the verb's class (neutral, assertive, directive, critical, positive,
    tentative, denial, warning, concession, emotive, media_evaluative); ``layer`` says
    whether it reports the speaker's act or adds the journalist's evaluation;
    ``speaker`` is who is speaking where the verb is (None: the reporter); ``introduces``
    is the speaker the verb introduces, when it can be found.

    >>> from hrlesson import load_article
    >>> rv = reporting_verbs(load_article())
    >>> rv.loc[rv.text == "slammed", ["stance", "layer"]].iloc[0].tolist()
    ['media_evaluative', 'journalist']
    >>> rv.loc[rv.text == "insisted", "introduces"].tolist()
    ['Michelle Bachelet']
    """
    return _frame(_reporting_rows(article, _records(article, lexicon)), REPORTING_VERB_COLUMNS)


def marker_density(article: Article, by: str = "paragraph", lexicon: Any = None):
    """Return markers per 100 words, overall and by category, per paragraph or per speaker.

    Parameters
    ----------
    article : the article.
    by : ``"paragraph"`` (one row per paragraph, in order) or ``"speaker"`` (one row
        per voice: ``(reporter)`` for the journalist's own words, then each speaker
        in order of first appearance; a word's voice is decided by
        ``hrlesson.quotes.speaker_at``).
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
        group_of_marker = [r[10] for r in records]
    else:
        speaker_at = _speaker_lookup()
        n_words = {_REPORTER: 0}
        for w in words:
            who = speaker_at(article, w[3], w[4]) if speaker_at else None
            key = who or _REPORTER
            n_words[key] = n_words.get(key, 0) + 1
        group_of_marker = [r[12] or _REPORTER for r in records]
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


def _frame(rows: list[tuple], columns: tuple[str, ...]):
    """One DataFrame from row tuples, column by column with fixed dtypes (fast, and typed when empty)."""
    import numpy as np
    import pandas as pd

    data = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    out = {}
    for name, values in zip(columns, data, strict=True):
        if name in _INT_COLUMNS:
            out[name] = np.array(values, dtype="int64")
        elif name == "in_quote":
            out[name] = np.array(values, dtype="bool")
        else:
            out[name] = pd.array(values, dtype=object)
    return pd.DataFrame(out, columns=list(columns))


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
    for _, start, end, entry, cores, sentence_id in sorted(
        candidates, key=lambda c: (-c[0], c[1], c[3].index)
    ):
        if any(occupied.find(1, s, e) != -1 for s, e in cores):
            continue
        for s, e in cores:
            occupied[s:e] = b"\x01" * (e - s)
        accepted.append((start, end, entry, cores, sentence_id))
    spans, roles = _quote_layout(article)
    speaker_at = _speaker_lookup()
    speech_sentences = {
        sid
        for start, _, entry, _, sid in accepted
        if entry.category in ("reporting_verb", "un_phrase") and not _in_quote(spans, start)
    }
    labels = _scare_quotes(article, spans, roles, speech_sentences, speaker_at)
    if labels:
        accepted = [
            a for a in accepted if not any(a[0] < le and ls < a[1] for ls, le, *_ in labels)
        ]
    rows: list[tuple[int, int, str, str, str, str, str, str, int, bool]] = []
    for start, end, entry, _, sid in accepted:
        rows.append(
            (start, end, entry.term, entry.category, entry.subcategory, entry.layer, entry.pos,
             entry.source, sid, entry.index)
        )  # fmt: skip
    for start, end, term, subcategory, sid in labels:
        rows.append(
            (start, end, term, "scare_quote", subcategory, "text", "phrase", _SCARE_SOURCE, sid, -1)
        )
    rows.sort(key=lambda r: (r[0], r[1], r[9]))
    records = []
    for marker_id, (start, end, term, cat, sub, layer, pos, source, sid, _) in enumerate(rows, 1):
        records.append(
            (
                marker_id,
                text[start:end],
                term,
                cat,
                sub,
                layer,
                pos,
                start,
                end,
                sid,
                sentences[sid - 1][1],
                _in_quote(spans, start),
                speaker_at(article, start, end) if speaker_at else None,
                source,
            )
        )
    return records


def _lexicon_candidates(article: Article, lex: CompiledLexicon) -> list[tuple]:
    """Every lexicon match: ``(core_length, start, end, entry, core_spans, sentence_id)``."""
    text = article.text
    _, sentences, words = article._segments()
    found: list[tuple] = []
    by_key = lex.by_key
    for w in words:
        lower = w[6].replace("’", "'")
        entries = by_key.get(lower, ())
        if "-" in lower:
            entries = entries + by_key.get(lower.split("-", 1)[0], ())
        if not entries:
            continue
        start = w[3]
        sentence_end = sentences[w[1] - 1][4]
        for entry in entries:
            m = entry.regex.match(text, start, sentence_end)
            if m is not None and m.end() > start and not _excluded(entry, text, start, m.end()):
                cores = _cores(m)
                found.append((sum(e - s for s, e in cores), start, m.end(), entry, cores, w[1]))
    for entry in lex.scanned:
        for m in entry.regex.finditer(text):
            start, end = m.span()
            sid = article.sentence_at(start)
            if start == end or sid is None or sid != article.sentence_at(end - 1):
                continue
            if not _excluded(entry, text, start, end):
                found.append((end - start, start, end, entry, ((start, end),), sid))
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


# --------------------------------------------------------------------------- quotes and labels

_QUOTE_CHARS = re.compile("[\"“”„«»'‘’‹›]")
_OPEN_CONTEXT = " \t\n([{—–-/“\"‘'"


def _quote_spans(text: str) -> list[tuple[int, int, int]]:
    """Pairs of quotation marks: ``(open, close, depth)``; ``text[open]`` is the opening mark.

    Straight double quotes alternate open/close; a single quote between two letters is an
    apostrophe; a right single quote closes only when a single quote is open.
    """
    spans: list[tuple[int, int, int]] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    for m in _QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in '"“”„«»':
            kind = "d"
            open_d = any(k == "d" for k, _ in stack)
            if ch in "“„«":
                role = "skip" if open_d else "open"
            elif ch in "”»":
                role = "close" if open_d else "skip"
            else:
                role = "close" if open_d else "open"
        else:
            kind = "s"
            open_s = any(k == "s" for k, _ in stack)
            if prev.isalnum() and nxt.isalnum():
                role = "skip"
            elif ch in "‘‹" or (ch == "'" and prev in _OPEN_CONTEXT and not nxt.isspace()):
                role = "open"
            elif open_s and not prev.isspace() and not nxt.isalnum():
                role = "close"
            else:
                role = "skip"
        if role == "open":
            stack.append((kind, i))
        elif role == "close":
            while stack:
                k, j = stack.pop()
                if k == kind:
                    spans.append((j, i, len(stack)))
                    break
    return sorted(spans)


def _in_quote(spans: list[tuple[int, int, int]], offset: int) -> bool:
    return any(o < offset < c for o, c, _ in spans)


def _scare_quotes(
    article: Article,
    spans: list[tuple[int, int, int]],
    roles: dict[int, str] | None,
    speech_sentences: set[int],
    speaker_at: Callable | None,
) -> list[tuple[int, int, str, str, int]]:
    """Short quoted terms that are not speech: ``(start, end, term, subcategory, sentence_id)``.

    A term of 1-4 words in quotation marks is a *label* when it sits inside a longer
    quotation ('mass disorder' inside Bachelet's words), and a *scare quote* when it
    stands in the reporter's text and is not speech: the quotes module reads it as a
    label (``roles``), or, without that module, its sentence has no reporting verb and
    no speaker. Headlines and section headings are left out (their quotes are speech).
    """
    text = article.text
    sentences = article._segments()[1]
    out = []
    for o, c, depth in spans:
        inner = text[o + 1 : c]
        n_words = sum(1 for _ in iter_words(inner))
        if not 1 <= n_words <= _MAX_LABEL_WORDS or inner.rstrip()[-1:] in ".,!?;:…":
            continue
        sid = article.sentence_at(o)
        if sid is None or sid != article.sentence_at(c) or sentences[sid - 1][2] != "body":
            continue
        if depth > 0:
            subcategory = "label"
        elif roles is not None:
            if roles.get(o) != "label":
                continue
            subcategory = "scare_quote"
        else:
            if sid in speech_sentences:
                continue
            if speaker_at is not None and speaker_at(article, o, c + 1) is not None:
                continue
            subcategory = "scare_quote"
        out.append((o, c + 1, " ".join(inner.split()).lower(), subcategory, sid))
    return out


def _quotes_module() -> Any:
    """The :mod:`hrlesson.quotes` module, or None if this copy of hrlesson has none."""
    if importlib.util.find_spec("hrlesson.quotes") is None:
        return None
    return importlib.import_module("hrlesson.quotes")  # the module, even if shadowed in __init__


def _speaker_lookup() -> Callable | None:
    """``hrlesson.quotes.speaker_at`` if the quotes module has it, else None."""
    return getattr(_quotes_module(), "speaker_at", None)


_SPAN_COLUMNS = {"start", "end", "depth", "role"}


def _quote_layout(article: Article) -> tuple[list[tuple[int, int, int]], dict[int, str] | None]:
    """Quotation-mark pairs ``(open, close, depth)`` and, if known, each pair's role by ``open``.

    Uses ``hrlesson.quotes.quote_spans`` (roles quote, heading, label, nested) when it
    is there; otherwise pairs the marks here and leaves the roles unknown (None).
    """
    quote_spans = getattr(_quotes_module(), "quote_spans", None)
    if quote_spans is not None:
        df = quote_spans(article)
        if _SPAN_COLUMNS <= set(df.columns):
            spans, roles = [], {}
            for start, end, depth, role in zip(df.start, df.end, df.depth, df.role, strict=True):
                spans.append((int(start) - 1, int(end), int(depth)))
                roles[int(start) - 1] = str(role)
            return sorted(spans), roles
    return _quote_spans(article.text), None


# --------------------------------------------------------------------------- reporting verbs

_VERB_CATEGORIES = ("reporting_verb", "un_phrase")
_NAME = r"[A-Z][\w'’.-]*"
_ADVERBS = (
    r"(?:(?:also|then|later|again|meanwhile|earlier|yesterday|today|has|have|had|was|were|is|are"
    r"|would|will|\w+ly|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)*"
)
_SUBJECT_BEFORE = re.compile(rf"((?:{_NAME}\s+)*{_NAME})\s+{_ADVERBS}\Z")
_PRONOUN_BEFORE = re.compile(rf"\b(he|she|He|She)\s+{_ADVERBS}\Z")
_POSSESSIVE_BEFORE = re.compile(rf"\b(his|her|His|Her)\s+[a-z]+\s+{_ADVERBS}\Z")
_AGENT_AFTER = re.compile(rf"\s+by\s+(?:the\s+)?((?:{_NAME}\s+)*{_NAME})")
_NAME_AFTER = re.compile(rf"\s+((?:{_NAME}\s+)*{_NAME})")
_NAME_CHUNK = re.compile(rf"(?:{_NAME}\s+)*{_NAME}")
_NAME_AFTER_COMMA = re.compile(rf",[\"”’']?\s+((?:{_NAME}\s+)*{_NAME})")
# fmt: off
_ORG_WORDS = frozenset(
    [
        "Rights", "Council", "Nations", "Commission", "Committee", "Office", "Agency", "Watch",
        "International", "Assembly", "Union", "Ministry", "Court", "Government", "Group", "Mission",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in", "at", "of", "on", "from", "to", "for", "with", "by", "about", "into", "against",
        "near", "across", "after", "before", "during",
    ]
)
_NOT_NAMES = frozenset(
    [
        "The", "A", "An", "But", "And", "In", "On", "At", "As", "It", "This", "That", "These",
        "Those", "However", "Meanwhile", "Last", "Next", "Speaking", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "I", "We", "They", "He", "She", "His", "Her", "Their",
    ]
)
_TITLES = frozenset(
    [
        "Foreign", "Minister", "Prime", "President", "Ambassador", "ambassador", "Secretary",
        "General", "Secretary-General", "Special", "Rapporteur", "High", "Commissioner", "Deputy",
        "Chief", "Judge", "Dr", "Mr", "Mrs", "Ms", "Prof", "Justice", "Director", "Regional",
        "Executive", "Senator", "Spokesperson", "Spokesman", "Spokeswoman", "Crown", "Prince",
        "King", "Queen", "Interior", "Defence", "Defense", "Affairs", "Envoy",
    ]
)
# fmt: on
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean|can|ch|i)\Z")


def _reporting_rows(article: Article, records: list[tuple]) -> list[tuple]:
    text = article.text
    sentences = article._segments()[1]
    spans = [s for s in _quote_layout(article)[0] if s[2] == 0]
    speaker_at = _speaker_lookup()
    verbs = [
        r
        for r in records
        if r[3] in _VERB_CATEGORIES and (r[3] == "reporting_verb" or r[6] == "verb")
    ]
    people: list[str] = []  # speakers introduced so far that look like people, latest last
    rows = []
    previous: dict[int, str | None] = {}  # sentence_id -> speaker of the last verb in it
    for r in verbs:
        marker_id, verb_text, term, _, stance, layer, _, start, end, sid, pid, in_q, who, _ = r
        s_start, s_end = sentences[sid - 1][3], sentences[sid - 1][4]
        introduced = None
        quote = _governed_quote(spans, verbs, start, end, s_start, s_end)
        if quote is not None and speaker_at is not None:
            introduced = speaker_at(article, quote[0], quote[1] + 1)
        if introduced is None:
            introduced = _subject(
                text, start, end, s_start, s_end, verb_text, people, previous.get(sid)
            )
        if introduced is not None:
            introduced = _canonical(introduced, people)
            if introduced in people:
                people.remove(introduced)
            people.append(introduced)
        previous[sid] = introduced
        rows.append(
            (marker_id, verb_text, term, stance, layer, start, end, sid, pid, in_q, who, introduced)
        )
    return rows


def _governed_quote(spans, verbs, start, end, s_start, s_end) -> tuple[int, int, int] | None:
    """The quotation in the verb's sentence with no other reporting verb in between."""
    best, best_gap = None, None
    for span in spans:
        o, c, _ = span
        if c < s_start or o >= s_end or o < start < c:
            continue
        lo, hi = (end, o) if o >= end else (c, start)
        if any(lo <= v[7] < hi for v in verbs):
            continue
        gap = abs(hi - lo)
        if best_gap is None or gap < best_gap:
            best, best_gap = span, gap
    return best


def _subject(
    text: str,
    start: int,
    end: int,
    s_start: int,
    s_end: int,
    verb_text: str,
    people: list[str],
    previous: str | None,
) -> str | None:
    """Who a reporting verb introduces, by a few surface rules (no parser)."""
    left = text[s_start:start]
    m = _AGENT_AFTER.match(text, end, s_end)  # passive: "slammed by Minsk"
    if m:
        return _name_at(text, m.start(1), m.end(1), check_before=False)
    if left.rstrip().endswith(('"', "”", "’", "'")):  # '"...," said Bachelet'
        m = _NAME_AFTER.match(text, end, s_end)
        if m:
            name = _name_at(text, m.start(1), m.end(1), check_before=False)
            if name:
                return name
    m = _SUBJECT_BEFORE.search(left)
    if m:
        name = _name_at(text, s_start + m.start(1), s_start + m.end(1), check_before=True)
        if name:
            return name
    if _PRONOUN_BEFORE.search(left) or _POSSESSIVE_BEFORE.search(left):
        return people[-1] if people else None
    if previous is not None:  # "... and called for", "..., complaining that"
        return previous
    if verb_text.lower().endswith("ing"):
        if not left.strip():  # "Speaking on behalf of ..., Danish Foreign Minister Jeppe Kofod"
            m = _NAME_AFTER_COMMA.search(text, end, s_end)
            return _name_at(text, m.start(1), m.end(1), check_before=False) if m else None
        m = _NAME_CHUNK.match(text, s_start)  # "Michelle Bachelet presented ..., warning that"
        if m:
            return _name_at(text, m.start(), m.end(), check_before=False)
    return None


def _name_at(text: str, start: int, end: int, *, check_before: bool) -> str | None:
    """Clean the capitalised words ``text[start:end]`` into a speaker name (or None).

    Keeps what follows the last organisation word ("UN High Commissioner for Human Rights
    Michelle Bachelet" -> "Michelle Bachelet"); with ``check_before``, a name right after a
    preposition ("in Istanbul") is not a subject.
    """
    tokens = text[start:end].split()
    cut = max((i for i, t in enumerate(tokens[:-1]) if t in _ORG_WORDS), default=-1)
    if cut >= 0 and tokens[-1] not in _ORG_WORDS:
        tokens = tokens[cut + 1 :]
    elif check_before:
        word_before = re.search(r"(\w+)\s*\Z", text[max(0, start - 30) : start])
        if word_before and word_before.group(1).lower() in _PREPOSITIONS:
            return None
    tokens = [t if _INITIALS.fullmatch(t) else t.rstrip(".") for t in tokens]
    tokens = [t for t in tokens if t and t not in _NOT_NAMES]
    while len(tokens) > 1 and (
        tokens[0] in _TITLES or (_NATIONALITY.match(tokens[0]) and tokens[1] in _TITLES)
    ):
        tokens.pop(0)
    return " ".join(tokens) or None


def _canonical(name: str, people: list[str]) -> str:
    """A surname alone becomes the full name seen before ("Bachelet" -> "Michelle Bachelet")."""
    for person in reversed(people):
        if person.endswith(" " + name):
            return person
    return name


# --------------------------------------------------------------------------- the table

TABLE = export.Table(
    "markers",
    "Stance and rhetoric markers (reporting verbs, hedges, boosters, attitude, obligation, "
    "UN set phrases, scare quotes), one row per occurrence, found with the hrlesson lexicon.",
    markers,
    (
        ("marker_id", "integer", "Marker number in text order, from 1."),
        ("text", "string", "The marker as written, exactly text[start:end] (gaps included)."),
        ("term", "string", "The lexicon entry (lemma or wildcard form; * = a gap of words)."),
        (
            "category",
            "string",
            "reporting_verb, hedge, booster, attitude, obligation, un_phrase or scare_quote.",
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
        ("speaker", "string", "Who is speaking where the marker is; empty for the reporter."),
        ("source", "string", "Where the lexicon entry comes from (hrlesson or an open list)."),
    ),
)
