"""People, states, organisations and groups named in an article.

Actors are found with small curated lists shipped here (countries with their
demonyms and capitals, titles, organisation words, common first names with
their usual gender) and capitalisation rules; no statistical model is used.
Each actor gets the earliest, longest name form the article uses as its name,
and every other form seen (``Bachelet``, ``the UN rights chief``, ``Minsk``) as
an alias.

>>> from hrlesson import load_article
>>> table = actors(load_article())
>>> row = table.set_index("name").loc["Jeppe Kofod"]
>>> row.kind, row.role, row.affiliation
('person', 'Foreign Minister', 'Denmark')
>>> int(table.set_index("name").loc["Michelle Bachelet", "n_quotes"])
12
"""

from __future__ import annotations

from . import export, typed_columns
from .article import Article, require_article
from .speech.actor_index import ActorIndex, actor_index
from .speech.analysis import speech_analysis
from .speech.records import SpeakerRef
from .speech.vocabulary import COUNTRIES, PRONOUNS
from .speech.written_articles import with_written_article

__all__ = ["COUNTRIES", "GOLD_FIELDS", "TABLE", "ActorIndex", "actor_index", "actors"]


_COLUMNS = (
    ("actor_id", "integer", "Actor number, in order of first mention, from 1."),
    ("name", "string", "The earliest, longest name the article uses (or its description)."),
    ("kind", "string", "person, state, organisation or group."),
    ("role", "string", "Title or role as written next to the name (Foreign Minister, ambassador)."),
    ("affiliation", "string", "State or organisation the actor speaks for (Denmark, EU, UN)."),
    ("aliases", "string", "Other forms the article uses for the actor, joined by '; '."),
    ("mentions", "integer", "How often the actor is named, described or referred to by a pronoun."),
    ("n_quotes", "integer", "Number of quotations attributed to the actor."),
    ("words_quoted", "integer", "Number of words in those quotations."),
    ("first_start", "integer", "Offset of the first mention in the cleaned text."),
    ("first_end", "integer", "Offset just after the first mention."),
    ("first_text", "string", "The first mention, exactly text[first_start:first_end]."),
    ("linked_to", "string", "For a group: the person who speaks on its behalf."),
    ("represents", "string", "For a person: the group they speak on behalf of."),
)


def actors(article: Article):
    """People, states, organisations and groups in ``article``, one row per actor.

    Parameters
    ----------
    article : the :class:`~hrlesson.article.Article` to analyse.

    Returns
    -------
    pandas.DataFrame with the columns of :data:`TABLE` (see ``TABLE.fields``).

    >>> from hrlesson import load_article
    >>> t = actors(load_article())
    >>> t.loc[t.name == "Belarus", "aliases"].item()
    'Minsk; Belarusian'
    """
    article = require_article(article, "actors")
    import pandas as pd

    rows = _records(article)
    if not rows:  # no actor: the columns keep the dtypes pandas gives an empty table
        return pd.DataFrame(rows, columns=_NAMES)
    return typed_columns.frame(_typed_columns(rows))


_NAMES = [c for c, _, _ in _COLUMNS]
_INT_COLUMNS = frozenset(c for c, kind, _ in _COLUMNS if kind == "integer")


def _typed_columns(rows: list[tuple]) -> dict:
    """The columns of ``rows`` in :data:`TABLE`'s order, built in their final dtype: the
    counts and offsets (always a number) ``int64``, the rest as pandas types text
    (:func:`.typed_columns.texts`), so the frame is the one pandas infers from the rows."""
    text = typed_columns.text_dtype()
    return {
        name: typed_columns.ints(values)
        if name in _INT_COLUMNS
        else typed_columns.texts(values, text)
        for name, values in zip(_NAMES, zip(*rows, strict=True), strict=True)
    }


def _records(article: Article) -> list[tuple]:
    cache = article._cache.setdefault("actors", {})
    if "records" in cache:
        return cache["records"]
    analysis = speech_analysis(article)
    index = actor_index(article)
    text = article.text
    counts: dict[int, list[int]] = {}
    for q in analysis.quotes:
        if q.speaker_actor is not None:
            c = counts.setdefault(id(q.speaker_actor), [0, 0])
            c[0] += 1
            c[1] += q.n_words
    extra = analysis.extra_mentions  # pronouns and descriptions resolved by attribution
    present = [a for a in index.actors if a.mentions or id(a) in extra]
    firsts = {}
    for a in present:
        spans = list(a.mentions) + [(s, e) for s, e in extra.get(id(a), [])]
        firsts[id(a)] = min(spans) if spans else (0, 0)
    present.sort(key=lambda a: firsts[id(a)])
    rows = []
    for n, a in enumerate(present, start=1):
        a.actor_id = n
        more = extra.get(id(a), [])
        seen = {a.name.lower()}
        forms = []
        for form in a.forms + [text[s:e] for s, e in more]:
            if form.lower() not in seen and form.lower() not in PRONOUNS:
                seen.add(form.lower())
                forms.append(form)
        first = firsts[id(a)]
        c = counts.get(id(a), [0, 0])
        rows.append(
            (
                n,
                with_written_article(SpeakerRef(a, None, 0, 0), text),
                a.kind,
                a.role,
                a.affiliation,
                "; ".join(forms) or None,
                len(a.mentions) + len(more),
                c[0],
                c[1],
                first[0],
                first[1],
                text[first[0] : first[1]],
                a.linked_to.name if a.linked_to else None,
                a.represents.name if a.represents else None,
            )
        )
    cache["records"] = rows
    return rows


TABLE = export.Table(
    "actors",
    "People, states, organisations and groups named in the article, with their roles, "
    "affiliations, aliases and how much they are quoted (found with curated lists and "
    "capitalisation rules, no statistical model).",
    actors,
    _COLUMNS,
)

#: Columns of the hand-made ``gold_actors.csv`` (see ``data/annotations/README.md``).
GOLD_FIELDS = (
    (
        "The people, states, organisations and groups of the bundled article, with their roles "
        "and their alignment toward the report, annotated by hand."
    ),
    (
        ("name", "string", "Canonical name (or the article's description of a group)."),
        ("kind", "string", "person, state, organisation or group."),
        ("role", "string", "Title or role as the article gives it."),
        ("affiliation", "string", "State or body the actor belongs to or speaks for."),
        ("alignment", "string", "Stance toward the report: supports, opposes or neutral."),
        ("note", "string", "Other forms used for the actor; reasons for debatable labels."),
    ),
)
