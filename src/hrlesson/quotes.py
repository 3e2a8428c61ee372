"""Quotations, who speaks them, and the verbs that report them.

Every pair of quotation marks is found first (marks are paired by type: ``" “ ” ‘ ’
« »`` and ``'`` as a single quote; apostrophes such as *Belarus's* and *don't* are
not marks). A pair whose content is speech or writing is a **quote**; a pair
around a name, term or ballot option (``drug "watch lists"``, ``vote "no"``) is a
**label** (see :func:`scare_quotes`); a quotation alone on a heading line is a
**heading**. Quotes nested inside another quote are part of the outer quote.

Each quote is attributed with rules for news English: ``"Q," said S``,
``"Q," S said``, ``S said: "Q"``, ``S said that ... "partial"``, ``according to
S``, passives (``slammed by Minsk as "Q"``), continuation quotes, and headline
forms (``S: "Q"``, ``"Q" - S``). Speakers are resolved to one actor per person or
body (pronouns, titles and descriptions included, see :mod:`hrlesson.actors`).

This module is the table layer: the pairing, cues, actors and attribution rules live in
:mod:`hrlesson.speech`, computed once per article (:func:`speech_analysis`) and read by
every table, so ``quotes`` and ``reporting_verbs`` always name the same speaker. The
``evidence`` column says what decided each speaker.

>>> from hrlesson import load_article
>>> q = quotes(load_article())
>>> q.loc[2, ["text", "speaker", "cue", "kind"]].tolist()
["The government's systematic crackdown against protesters continues,", 'Michelle Bachelet', 'say', 'full']
>>> q.speaker.value_counts().to_dict()
{'Michelle Bachelet': 12, 'Yuri Ambrazevich': 4, 'Gennady Gatilov': 2, 'Jeppe Kofod': 2, 'Thomas Wagner': 1}
"""

from __future__ import annotations

import bisect

from . import export, typed_columns
from .article import Article, require_article
from .speech.analysis import SpeechAnalysis, speech_analysis
from .speech.cues import CUE_LEMMAS
from .speech.evidence import quote_evidence
from .speech.marks import quotation_marks

__all__ = [
    "CUE_LEMMAS",
    "GOLD_FIELDS",
    "TABLE",
    "SpeechAnalysis",
    "quotation_mark_roles",
    "quote_spans",
    "quote_speakers",
    "quotes",
    "scare_quotes",
    "speaker_at",
    "speech_analysis",
]


_COLUMNS = (
    ("text", "string", "The characters between the quotation marks (text[start:end])."),
    ("speaker", "string", ("Who speaks: one name per actor in the article (a state by the name "
                           "the article writes for it; a capital standing for its government as "
                           "written at the quote); empty for a section heading.")),
    ("cue", "string", "Lemma of the reporting verb that governs the quote (say, slam, ...), or empty."),
    ("kind", "string", ("full (a whole sentence of speech), partial (words inside the reporter's "
     "sentence) or heading (a quotation standing alone as a section heading).")),
    ("start", "integer", "Offset of the first character after the opening mark."),
    ("end", "integer", "Offset of the closing mark (text[start:end] is the quote)."),
    ("quote_id", "integer", "Quote number, in reading order, from 1."),
    ("event_id", "integer", "Speech event: pieces of one utterance (\"A,\" she said, \"B.\") share it."),
    ("paragraph_id", "integer", "Paragraph of the opening mark."),
    ("sentence_id", "integer", "Sentence of the opening mark."),
    ("speaker_mention", "string", ("How the speaker is named at this quote (she, the UN rights "
     "chief, Minsk), or empty for a continuation.")),
    ("speaker_start", "integer", "Offset of speaker_mention, or empty."),
    ("speaker_end", "integer", "Offset just after speaker_mention, or empty."),
    ("speaker_kind", "string", "person, state, organisation or group (see actors.csv)."),
    ("cue_text", "string", "The reporting verb as written (said, slammed by, according to)."),
    ("cue_start", "integer", "Offset of the reporting verb, or empty."),
    ("cue_end", "integer", "Offset just after the reporting verb, or empty."),
    ("attribution", "string", ("Pattern that attributed the quote: quote_speaker_cue, "
     "quote_cue_speaker, speaker_cue_quote, speaker_cue_clause, speaker_cue_after, "
     "law_wording (a law's or a rule's wording quoted with its own verb: the law as the "
     "article names it, or the body that passed it), uttered_statement (a warning or claim an "
     "inner clause's subject issued: that subject), stated_aim (an aim quoted after \"to\": "
     "the one who acts), headline_reported_echo (a headline quotation whose words the body "
     "reports without quotation marks: that reporter), "
     "speaker_quote_cue (S \"categorically\" rejected), passive, "
     "participle, quoted_verb (the quote opens with its own reporting verb: the resolution "
     "\"urges\"), according_to, continuation, closing_frame (a quotation whose own sentence "
     "goes on to name a speaker with a verb the lexicon does not know: \"Q,\" Haji is quoted), "
     "headline, heading, echo (a short phrase "
     "that another speaker is quoted with elsewhere), possessed_statement (X's statement "
     "that \"...\"), charge_name (a charge in the court's words), listed (quoted with the "
     "quotation before it in one clause), sentence_cue (the one reporting verb of its "
     "sentence), speaker_subject (the clause's subject, quoted elsewhere), listed_quote "
     "(an item of a list introduced with a colon: its introducer), nearby_speaker "
     "(a guess when no rule placed the quote: the nearest speaker before it), actor_verb "
     "(which X assesses \"...\": the actor right before the verb right before it), mandate "
     "(established by X to \"...\": X), view_holder "
     "(For Jens Laerke, \"...\": the person whose view the sentence gives), display_carrier "
     "(Families circulated fliers reading \"...\": the carriers or chanters), evaluation_frame, "
     "evaluation_agent, "
     "evaluation_passive_agent, evaluation_subject, evaluation_clause, evaluation_next, evaluation (a quoted "
     "adjective, adverb, predicate or verdict such as \"timely\" or \"disaster\": the subject "
     "of a reporting frame closing its sentence (..., said X), the claim's "
     "agent, the agent after \"by\" of a passive verb (was described as \"...\" by X), the "
     "sentence's subject, the actor of its clause, the next sentence's speaker or the speaker just before), document_frame (In a report published by X, "
     "... \"...\": the report's author), document_subject (a document is the clause's "
     "subject with no reporting verb: its author), pull_quote (words set apart with no "
     "speaker that the article quotes again with one: that speaker), heading_echo (a heading "
     "whose words the body quotes again with a speaker), lead_heading (a heading atop the "
     "article whose speaker is the lead's first speaker), relayed (relayed by a news agency "
     "or posted on a platform: who posted or said it), speaker_line (the paragraph before "
     "names the speaker and ends with a colon), caption_after_quote (a quotation alone in "
     "its paragraph, the one person the next paragraph's first sentence names), "
     "signed_quote (a reaction list's quotation signed after a dash or its closing comma, "
     "or headed before a colon, by the person), colon_name (a name and a colon before the "
     "quote), joined (joined by \"and\", \"or\" or a space alone to a quotation with a "
     "speaker: that speaker), lead_paragraph_subject (a quotation alone in its paragraph "
     "after a sentence whose subject is a person: that person), lead_in_subject (a "
     "quotation alone in its paragraph after a sentence that brings it in with a closing "
     "colon or a statement it names: that sentence's subject, a person or a body), "
     "unspoken_headline (a "
     "headline's quotation no one is said to have spoken: no speaker), headline_body_echo "
     "(such a headline quotation whose words the body quotes again, all by one named "
     "speaker: that speaker), headline_subject_speaker (such a headline quotation after a "
     "subject that ends the name of the one actor the article has speak: that actor), "
     "headline_lead_claimant (such a headline quotation when the first reporting verb of the "
     "two paragraphs below has a named person or body as subject: that claimant), "
     "evaluation_echo (a short evaluation whose author no rule found: the speaker who says "
     "its words again), agentless_report (a short evaluation its own sentence reports with a "
     "passive verb and no agent: nobody), crosshead_phrase (a crosshead's phrase the body "
     "quotes again: nobody), charge_wording (a charge's wording after \"convicted of\" with "
     "no court named: nobody), "
     "ranked (no rule "
     "found a speaker: the learned ranker of hrlesson.speech.ranking chose one, or nobody; "
     "the evidence names the features that decided), ranked_override (a rule the ranker "
     "beats on articles nobody tuned it on, continuation or nearby_speaker, "
     "chose another speaker: the ranker's choice replaced it; hrlesson.speech.ranking.overrule).")),
    ("speaker_confidence", "number", ("How likely the speaker is right, from 0 to 1: learned "
     "from real articles the kit had not seen (hrlesson.speech.ranking.confidence). On "
     "such articles about 19 in 20 speakers at 0.9 or above are right and fewer than half "
     "below 0.5: read the paragraph of a low one and decide yourself. Empty for a heading.")),
    ("n_words", "integer", "Number of words in the quote."),
    ("open_mark", "string", "The opening quotation mark."),
    ("close_mark", "string", "The closing quotation mark."),
    ("evidence", "string", ("What decided the speaker, in plain words: cue \"said\" (¶3) → "
     "subject \"she\" (¶3) → Michelle Bachelet (named ¶2).")),
)  # fmt: skip


def quotes(article: Article):
    """Every direct and partial quotation in ``article``, with speaker and reporting verb.

    Parameters
    ----------
    article : the :class:`~hrlesson.article.Article` to analyse.

    Returns
    -------
    pandas.DataFrame with the columns of :data:`TABLE`, one row per quotation, in
    reading order. Problems such as an unmatched quotation mark are listed in
    ``df.attrs["warnings"]`` (and in ``article.warnings``).

    >>> from hrlesson import load_article
    >>> q = quotes(load_article())
    >>> q.loc[0, ["text", "speaker_mention", "speaker", "cue", "attribution"]].tolist()
    ['highly subjective', 'Minsk', 'Yuri Ambrazevich', 'slam', 'passive']
    """
    article = require_article(article, "quotes")
    import pandas as pd

    analysis = speech_analysis(article)
    rows = _rows(article, analysis)
    if rows:
        df = typed_columns.frame(_typed_columns(rows))  # keys in _NAMES order
    else:  # no quotation: the columns keep the dtypes pandas gives an empty table
        df = pd.DataFrame(rows, columns=_NAMES)
        for col in _NULLABLE_INT:
            df[col] = df[col].astype("Int64")
        for col in _NULLABLE_FLOAT:
            df[col] = df[col].astype("Float64")
    df.attrs["warnings"] = list(analysis.warnings)
    return df


_NAMES = [c for c, _, _ in _COLUMNS]
_NULLABLE_INT = frozenset(["speaker_start", "speaker_end", "cue_start", "cue_end"])
_ALWAYS_INT = frozenset(["start", "end", "quote_id", "paragraph_id", "sentence_id", "n_words"])
_NULLABLE_FLOAT = frozenset(["speaker_confidence"])


def _typed_columns(rows: list[tuple]) -> dict:
    """The columns of ``rows`` as arrays of their final dtype, built once (no astype).

    Offsets that may be empty become ``Int64``; columns that always hold a number become
    ``int64``; text is built in pandas' ``str`` dtype (:func:`.typed_columns.texts`); the
    rest are lists that pandas types as it would from the rows (``event_id`` as
    ``float64`` when a heading leaves it empty).
    """
    out = {}
    text = typed_columns.text_dtype()
    for name, values in zip(_NAMES, zip(*rows, strict=True), strict=True):
        if name in _NULLABLE_INT:
            out[name] = typed_columns.nullable_ints(values)
        elif name in _ALWAYS_INT:
            out[name] = typed_columns.ints(values)
        elif name in _NULLABLE_FLOAT:
            out[name] = typed_columns.nullable_floats(values)
        else:
            out[name] = typed_columns.texts(values, text)
    return out


def _rows(article: Article, analysis: SpeechAnalysis) -> list[tuple]:
    cache = article._cache.setdefault("quotes", {})
    if "rows" in cache:
        return cache["rows"]
    text = article.text
    sentences = article._segments()[1]
    rows = []
    for n, q in enumerate(analysis.quotes, start=1):
        ref = q.ref if q.role == "quote" else None
        mention = None
        m_start = m_end = None
        if ref is not None and q.attribution != "continuation":
            m_start, m_end = ref.start, ref.end
            mention = text[m_start:m_end]
        cue = q.cue
        cue_text = None
        if cue is not None:
            cue_text = text[cue.start : cue.end]
            if cue.passive:
                cue_text += " by"
        actor = q.speaker_actor if q.role == "quote" else None
        rows.append(
            (
                q.text,
                q.speaker if q.role == "quote" else None,
                cue.lemma if cue is not None else None,
                q.kind,
                q.start,
                q.end,
                n,
                q.event if q.role == "quote" else None,
                sentences[q.sent][1],
                sentences[q.sent][0],
                mention,
                m_start,
                m_end,
                actor.kind if actor is not None else None,
                cue_text,
                cue.start if cue is not None else None,
                cue.end if cue is not None else None,
                q.attribution,
                q.confidence if q.role == "quote" else None,
                q.n_words,
                q.pair.open_char,
                q.pair.close_char,
                quote_evidence(analysis.attributor, q),
            )
        )
    cache["rows"] = rows
    return rows


def quote_speakers(article: Article) -> list[tuple[int, int, str | None]]:
    """``(start, end, speaker)`` of every row of :func:`quotes`, in its order, without a table.

    The speaker is None for a section heading. Read from the same cached rows as the
    table, so the two always agree (the figures table uses this rather than a second
    DataFrame).

    >>> from hrlesson import load_article
    >>> quote_speakers(load_article())[2][2]
    'Michelle Bachelet'
    """
    article = require_article(article, "quote_speakers")
    return [(r[4], r[5], r[1]) for r in _rows(article, speech_analysis(article))]


def quote_spans(article: Article):
    """Every pair of quotation marks, with what it was read as.

    Returns a DataFrame with ``text, start, end`` (the characters between the
    marks), ``role`` (quote, heading, label or nested), ``reason`` (why a label
    is not a quote), ``depth`` (0 at top level), ``paragraph_id``, ``sentence_id``,
    ``open_mark`` and ``close_mark``.

    >>> from hrlesson import load_article
    >>> s = quote_spans(load_article())
    >>> s.loc[s.role == "nested", "text"].tolist()
    ['mass disorder']
    """
    import pandas as pd

    analysis = speech_analysis(article)
    text = article.text
    sentences = article._segments()[1]
    starts = [s[3] for s in sentences]
    items = [(q.pair, q.role, q.reason) for q in analysis.quotes + analysis.labels]
    items += [(p, "nested", "inside another quotation") for p in quotation_marks(article).nested]
    items.sort(key=lambda x: x[0].open)
    rows = []
    for p, role, reason in items:
        s = sentences[max(0, bisect.bisect_right(starts, p.open) - 1)]
        rows.append(
            (text[p.open + 1 : p.close], p.open + 1, p.close, role, reason or None, p.depth,
             s[1], s[0], p.open_char, p.close_char)
        )  # fmt: skip
    columns = ["text", "start", "end", "role", "reason", "depth", "paragraph_id", "sentence_id",
               "open_mark", "close_mark"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def quotation_mark_roles(article: Article) -> list[tuple[int, int, int, str]]:
    """Every pair of quotation marks as ``(open, close, depth, role)``, sorted by ``open``.

    ``open`` and ``close`` are the offsets of the marks; ``role`` is quote, heading, label
    or nested (what :func:`quote_spans` shows as a table).

    >>> from hrlesson import load_article
    >>> [r[3] for r in quotation_mark_roles(load_article())][:3]
    ['quote', 'quote', 'quote']
    """
    cache = article._cache.setdefault("quotes", {})
    if "mark_roles" not in cache:
        analysis = speech_analysis(article)
        roles = [(q.pair.open, q.pair.close, q.pair.depth, q.role) for q in analysis.quotes]
        roles += [(q.pair.open, q.pair.close, q.pair.depth, q.role) for q in analysis.labels]
        roles += [(p.open, p.close, p.depth, "nested") for p in quotation_marks(article).nested]
        cache["mark_roles"] = sorted(roles)
    return cache["mark_roles"]


def scare_quotes(article: Article):
    """Quotation marks around a label, term or name rather than speech (and nested ones).

    These are the spans :func:`quotes` leaves out: scare quotes in the writer's
    voice, terms (``drug "watch lists"``), ballot options (``vote "no"``) and
    quotations nested inside another quotation (``'mass disorder'``).

    >>> from hrlesson import load_article
    >>> scare_quotes(load_article())[["text", "role"]].values.tolist()
    [['mass disorder', 'nested']]
    """
    spans = quote_spans(article)
    return spans[spans.role.isin(["label", "nested"])].reset_index(drop=True)


def speaker_at(article: Article, start: int, end: int) -> str | None:
    """Who is speaking at ``text[start:end]``: a quote's speaker, a reported speaker, or None.

    The span is attributed to a speaker when it lies inside a quotation, or inside
    reported speech (``she said, 246 people had been ...``); otherwise it is the
    reporter's own voice and the result is None.

    >>> from hrlesson import load_article
    >>> a = load_article()
    >>> i = a.text.index("246 people")
    >>> speaker_at(a, i, i + 10)
    'Michelle Bachelet'
    >>> i = a.text.index("last August")
    >>> speaker_at(a, i, i + 11) is None
    True
    """
    quotes, opens, regions, region_starts, region_ends = _speaker_lookup(article)
    i = bisect.bisect_left(opens, start) - 1  # the last quotation opened before ``start``
    if i >= 0 and end <= quotes[i].pair.close + 1:
        return quotes[i].speaker if quotes[i].role == "quote" else None
    # the innermost (latest-starting) region of reported speech that holds the span
    k = _last_reaching(region_ends, bisect.bisect_right(region_starts, start), end)
    return regions[k][2] if k >= 0 else None


def _last_reaching(ends: list[list[int]], hi: int, end: int) -> int:
    """The largest ``k < hi`` with ``ends[0][k] >= end``, or -1.

    ``ends[j][k]`` is the largest end among regions ``k .. k + 2**j - 1``, so whole blocks of
    regions that end too early are skipped, longest first (no scan over every region).
    """
    for j in range(len(ends) - 1, -1, -1):
        if hi >= 1 << j and ends[j][hi - (1 << j)] < end:
            hi -= 1 << j
    return hi - 1


def _speaker_lookup(article: Article) -> tuple[list, list[int], list, list[int], list]:
    """Quotations and regions sorted by start, with their starts, cached for bisection."""
    cache = article._cache.setdefault("quotes", {})
    if "speaker_lookup" not in cache:
        analysis = speech_analysis(article)
        quotes = sorted(analysis.quotes, key=lambda q: q.pair.open)
        regions = sorted(analysis.regions, key=lambda r: r[0])
        ends = [[r[1] for r in regions]]  # block maxima of the ends, see _last_reaching
        while 1 << len(ends) <= len(regions):
            half, prev = 1 << (len(ends) - 1), ends[-1]
            ends.append([max(prev[k], prev[k + half]) for k in range(len(prev) - half)])
        cache["speaker_lookup"] = (
            quotes,
            [q.pair.open for q in quotes],
            regions,
            [r[0] for r in regions],
            ends,
        )
    return cache["speaker_lookup"]


TABLE = export.Table(
    "quotes",
    "Direct and partial quotations with their speaker (resolved to one name per actor), "
    "reporting verb and attribution pattern; section headings in quotation marks are "
    "kept with no speaker.",
    quotes,
    _COLUMNS,
)

#: Columns of the hand-made ``gold_quotes.csv`` (see ``data/annotations/README.md``).
GOLD_FIELDS = (
    (
        "Every quotation of the bundled article with its speaker, reporting verb, kind and the "
        "speaker's stance toward the report, annotated by hand (offsets into the cleaned text)."
    ),
    (
        ("quote_id", "integer", "Quote number in reading order, from 1."),
        ("text", "string", "The characters between the quotation marks, exactly text[start:end]."),
        ("speaker", "string", "One name per speaker in the article; empty for a section heading."),
        ("cue", "string", "Lemma of the reporting verb in the quote's sentence, or empty."),
        ("kind", "string", "full, partial or heading."),
        ("stance", "string", "The speaker's stance toward the report: supports, opposes, neutral."),
        ("start", "integer", "Offset of the first character after the opening mark."),
        ("end", "integer", "Offset of the closing mark."),
        ("note", "string", "Why a debatable item is annotated this way."),
    ),
)
