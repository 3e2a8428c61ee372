"""Tests for the marker lexicon: the bundled file, inflection, and validation errors.

Every lexicon table and text below is constructed (written by us for these tests).
"""

from __future__ import annotations

import pandas as pd
import pytest

from hrlesson import HrlessonError
from hrlesson.lexicon import (
    CATEGORIES,
    LAYERS,
    LEXICON_COLUMNS,
    POS_VALUES,
    STANCES,
    LexiconError,
    compile_lexicon,
    load_lexicon,
    noun_forms,
    verb_forms,
)
from hrlesson.speech.cues import cue_verbs

KNOWN_SOURCES = {
    "hrlesson",
    "textacy REPORTING_VERBS (Apache-2.0)",
    "vaderSentiment BOOSTER_DICT (MIT)",
    "npm hedges (MIT)",
    "pybiber Biber lists (MIT)",
}


def _table(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


# --------------------------------------------------------------------------- the bundled lexicon


def test_bundled_lexicon_shape_and_values():
    lex = load_lexicon()
    assert list(lex.columns) == list(LEXICON_COLUMNS)
    assert 300 <= len(lex) <= 600
    assert set(lex.category) == set(CATEGORIES)
    assert set(lex.layer) <= set(LAYERS)
    assert set(lex.pos) <= set(POS_VALUES)
    assert set(lex.source) <= KNOWN_SOURCES
    assert (lex.term.str.strip() != "").all()
    verbs = lex[lex.category.isin(["reporting_verb", "un_phrase"])]
    assert set(verbs.subcategory) <= set(STANCES)


def test_bundled_lexicon_layers_follow_the_spec():
    lex = load_lexicon().set_index(["term", "category"])
    assert lex.loc[("slam", "reporting_verb"), "layer"] == "journalist"
    assert lex.loc[("slam", "reporting_verb"), "subcategory"] == "media_evaluative"
    assert lex.loc[("insist", "reporting_verb"), "subcategory"] == "assertive"
    assert lex.loc[("urge", "reporting_verb"), "layer"] == "speaker"
    assert lex.loc[("reportedly", "hedge"), "layer"] == "text"
    assert lex.loc[("unprecedented", "force"), "layer"] == "text"


@pytest.mark.parametrize(
    ("term", "category", "subcategory"),
    [
        ("say", "reporting_verb", "neutral"),
        ("tell", "reporting_verb", "neutral"),
        ("note", "reporting_verb", "neutral"),
        ("stress", "reporting_verb", "assertive"),
        ("demand", "reporting_verb", "directive"),
        ("call for", "reporting_verb", "directive"),
        ("condemn", "reporting_verb", "critical"),
        ("decry", "reporting_verb", "critical"),
        ("accuse", "reporting_verb", "critical"),
        ("criticise", "reporting_verb", "critical"),
        ("welcome", "reporting_verb", "positive"),
        ("praise", "reporting_verb", "positive"),
        ("claim", "reporting_verb", "tentative"),
        ("allege", "reporting_verb", "tentative"),
        ("deny", "reporting_verb", "denial"),
        ("reject", "reporting_verb", "denial"),
        ("warn", "reporting_verb", "warning"),
        ("admit", "reporting_verb", "concession"),
        ("acknowledge", "reporting_verb", "concession"),
        ("lament", "reporting_verb", "emotive"),
        ("voice * concern", "reporting_verb", "emotive"),
        ("complain", "reporting_verb", "emotive"),
        ("blast", "reporting_verb", "media_evaluative"),
        ("hit out", "reporting_verb", "media_evaluative"),
        ("lash out", "reporting_verb", "media_evaluative"),
        ("fire back", "reporting_verb", "media_evaluative"),
        ("allegedly", "hedge", "distancing"),
        ("so-called", "hedge", "distancing"),
        ("apparently", "hedge", "appearance"),
        ("might", "hedge", "modal"),
        ("systematically", "force", "scale"),
        ("numerous", "force", "scale"),
        ("thorough", "force", "scale"),
        ("damning", "attitude", "appreciation"),
        ("one-sided", "attitude", "appreciation"),
        ("crisis-wracked", "attitude", "loaded_label"),
        ("must", "obligation", "modal"),
        ("should", "obligation", "modal"),
        ("need to", "obligation", "modal"),
        ("ensure", "obligation", "directive_verb"),
        ("gravely concerned", "un_phrase", "emotive"),
        ("call upon", "un_phrase", "directive"),
        ("take note", "un_phrase", "neutral"),
        ("express * alarm", "un_phrase", "emotive"),
        ("strongly condemn", "un_phrase", "critical"),
        ("deeply regret", "un_phrase", "emotive"),
        ("urge * to", "un_phrase", "directive"),
    ],
)
def test_bundled_lexicon_has_the_spec_entries(term, category, subcategory):
    lex = load_lexicon()
    rows = lex[(lex.term == term) & (lex.category == category)]
    assert rows.subcategory.tolist() == [subcategory]


def test_load_lexicon_returns_a_fresh_table():
    a = load_lexicon()
    a.loc[0, "term"] = "changed"
    assert load_lexicon().loc[0, "term"] != "changed"


# --------------------------------------------------------------------------- inflection


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("slam", ["slam", "slams", "slammed", "slamming"]),
        ("decry", ["decry", "decries", "decried", "decrying"]),
        ("criticise", ["criticise", "criticises", "criticised", "criticising"]),
        ("say", ["say", "says", "said", "saying"]),
        ("tell", ["tell", "tells", "told", "telling"]),
        ("urge", ["urge", "urges", "urged", "urging"]),
        ("stress", ["stress", "stresses", "stressed", "stressing"]),
        ("lash", ["lash", "lashes", "lashed", "lashing"]),
        ("admit", ["admit", "admits", "admitted", "admitting"]),
        ("echo", ["echo", "echoes", "echoed", "echoing"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
        ("convey", ["convey", "conveys", "conveyed", "conveying"]),
        ("warn", ["warn", "warns", "warned", "warning"]),
        ("hail", ["hail", "hails", "hailed", "hailing"]),
        ("bring", ["bring", "brings", "brought", "bringing"]),
    ],
)
def test_verb_forms(verb, forms):
    assert verb_forms(verb) == forms


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("crackdown", ["crackdown", "crackdowns"]),
        ("atrocity", ["atrocity", "atrocities"]),
        ("crisis", ["crisis", "crises"]),
        ("witness", ["witness", "witnesses"]),
        ("day", ["day", "days"]),
    ],
)
def test_noun_forms(noun, forms):
    assert noun_forms(noun) == forms


# --------------------------------------------------------------------------- custom tables


def test_minimal_table_gets_defaults():
    lex = load_lexicon(
        _table(
            {"term": "decry", "category": "reporting_verb", "subcategory": "critical"},
            {"term": "slam", "category": "reporting_verb", "subcategory": "media_evaluative"},
            {"term": "kind of", "category": "hedge"},
        )
    )
    assert lex.layer.tolist() == ["speaker", "journalist", "text"]
    assert lex.pos.tolist() == ["verb", "verb", "phrase"]
    assert lex.source.tolist() == ["user", "user", "user"]


def test_csv_file_with_bom_and_extra_columns(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "\ufeffTerm,Category,comment\nfrankly,booster,ours\n", encoding="utf-8", newline=""
    )
    lex = load_lexicon(path)
    assert lex[["term", "category", "layer"]].values.tolist() == [["frankly", "booster", "text"]]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"term": "", "category": "hedge"}, "row 0: empty term"),
        ({"term": "wow", "category": "emphasis"}, "row 0: unknown category 'emphasis'"),
        ({"term": "wow", "category": "scare_quote"}, "found automatically"),
        ({"term": "wow", "category": "hedge", "layer": "reader"}, "unknown layer 'reader'"),
        ({"term": "wow", "category": "hedge", "pos": "verbish"}, "unknown pos 'verbish'"),
        ({"term": "wow", "category": "hedge", "case": "upper"}, "case must be"),
        ({"term": "yell", "category": "reporting_verb"}, "needs a subcategory"),
        (
            {"term": "yell", "category": "reporting_verb", "subcategory": "loud"},
            "unknown stance 'loud'",
        ),
        ({"term": "x", "category": "hedge", "pattern": "re:(unclosed"}, "bad pattern"),
        ({"term": "x", "category": "hedge", "pattern": "re:a*"}, "matches empty text"),
        ({"term": "x", "category": "hedge", "pattern": "re:"}, "is empty"),
        ({"term": "* far", "category": "hedge"}, "between two words"),
        ({"term": "far * * away", "category": "hedge"}, "two '*' gaps"),
        ({"term": "far (away)", "category": "hedge"}, "is not a word"),
        ({"term": "x", "category": "hedge", "exclude_after": "(oops"}, "exclude_after"),
        ({"term": "x", "category": "hedge", "exclude_before": "[a-"}, "exclude_before"),
    ],
)
def test_bad_rows_are_named(row, message):
    with pytest.raises(LexiconError, match=message.replace("(", r"\(").replace("*", r"\*")):
        load_lexicon(_table(row))


def test_error_names_the_file_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("term,category\nfrankly,booster\nclearly,certainty\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"mine\.csv, line 3: unknown category 'certainty'"):
        load_lexicon(path)


def test_duplicate_entries_are_refused():
    rows = [{"term": "frankly", "category": "booster"}] * 2
    with pytest.raises(LexiconError, match=r"duplicate entry 'frankly'.*row 0"):
        load_lexicon(_table(*rows))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such lexicon file"),
        (b"", "is empty"),
        (b"term,category\n", "has no entries"),
        (b"word,kind\nfrankly,booster\n", "missing column"),
        ("term,category\ncaf\u00e9,booster\n".encode("cp1252"), "not a UTF-8"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "lexicon.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_folder_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="is a folder"):
        load_lexicon(tmp_path)


def test_lexicon_error_is_an_hrlesson_error():
    assert issubclass(LexiconError, HrlessonError)


def test_compiled_lexicon_is_cached_by_content():
    a = _table({"term": "frankly", "category": "booster"})
    b = _table({"term": "frankly", "category": "booster"})
    assert compile_lexicon(a) is compile_lexicon(b)
    assert compile_lexicon(a) is not compile_lexicon(_table({"term": "x", "category": "hedge"}))


# --------------------------------------------------------------------------- quote cues


def test_quote_cues_come_from_the_lexicon_rows():
    from hrlesson.quotes import CUE_LEMMAS

    lex = load_lexicon()
    cues = lex[lex.cue != ""]
    assert set(cues.category) <= {"reporting_verb", "un_phrase"}
    assert CUE_LEMMAS == tuple(sorted({t.split()[0] for t in cues.term.str.lower()}))
    by_lemma = {c.lemma: c for c in cue_verbs()}
    assert by_lemma["point"].next_words == {"to", "out"}
    assert by_lemma["call"].next_words == {"for", "on", "upon", '"'}
    assert by_lemma["put"].next_words == {"it"}
    assert by_lemma["say"].next_words == frozenset()
    assert "said" in by_lemma["say"].forms
    assert {"criticized", "criticising"} <= set(by_lemma["criticise"].forms)
    assert by_lemma["state"].forms == ("stated", "states", "stating")
    assert by_lemma["admit"].not_next == {"as", "into"}  # cue_next '!as|!into'
    assert by_lemma["admit"].next_words == frozenset()  # any other word may follow


def test_cue_only_rows_are_not_markers():
    from hrlesson import article_from_text, markers, quotes

    article = article_from_text('"We are ready," the envoy tweeted.', date="2024-01-01")
    assert quotes(article).cue.tolist() == ["tweet"]
    assert "tweeted" not in markers(article).text.tolist()


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("cue", "shout", "cue of 'grumble' must be"), ("in_markers", "maybe", "in_markers of")],
)
def test_bad_cue_columns_are_clear_errors(column, value, message):
    row = {"term": "grumble", "category": "reporting_verb", "subcategory": "emotive"}
    with pytest.raises(LexiconError, match=message):
        load_lexicon(_table({**row, column: value}))


# --------------------------------------------------------------------------- factivity and force


def test_every_reporting_verb_has_a_factivity():
    lex = load_lexicon()
    verbs = lex[lex.category == "reporting_verb"]
    assert set(verbs.factivity) <= {"factive", "non_factive", "counter_factive"}
    assert set(lex[~lex.category.isin(["reporting_verb", "un_phrase"])].factivity) == {""}


@pytest.mark.parametrize(
    ("term", "factivity"),
    [
        ("point out", "factive"),
        ("point to", "factive"),
        ("confirm", "factive"),
        ("reveal", "factive"),
        ("acknowledge", "factive"),
        ("note", "factive"),
        ("say", "non_factive"),
        ("tell", "non_factive"),
        ("claim", "non_factive"),
        ("allege", "non_factive"),
        ("insist", "non_factive"),
        ("deny", "non_factive"),
        ("slam", "non_factive"),
        ("falsely claim", "counter_factive"),
        ("pretend", "counter_factive"),
        ("make up", "counter_factive"),
    ],
)
def test_factivity_after_thompson_and_ye(term, factivity):
    lex = load_lexicon()
    assert lex.loc[
        (lex.term == term) & (lex.category == "reporting_verb"), "factivity"
    ].tolist() == [factivity]


def test_factivity_is_checked_and_normalised():
    lex = load_lexicon(
        _table(
            {
                "term": "yell",
                "category": "reporting_verb",
                "subcategory": "emotive",
                "factivity": "Non-factive",
            }
        )
    )
    assert lex.factivity.tolist() == ["non_factive"]
    with pytest.raises(LexiconError, match="unknown factivity 'true'"):
        load_lexicon(
            _table(
                {
                    "term": "yell",
                    "category": "reporting_verb",
                    "subcategory": "emotive",
                    "factivity": "true",
                }
            )
        )


def test_boosters_are_certainty_and_force_is_graduation():
    """Hyland's boosters mark certainty; words of scale and intensity are force (Martin & White)."""
    lex = load_lexicon()
    assert "force" in CATEGORIES
    assert set(lex[lex.category == "booster"].subcategory) == {"certainty"}
    assert set(lex[lex.category == "force"].subcategory) == {"intensifier", "scale"}
    assert lex.loc[lex.term == "clearly", "category"].tolist() == ["booster"]
    assert lex.loc[lex.term == "widespread", "category"].tolist() == ["force"]


def test_newswriting_epithets_are_the_journalists():
    lex = load_lexicon().set_index(["term", "category"])
    assert lex.loc[("crisis-wracked", "attitude"), "layer"] == "journalist"
    assert lex.loc[("war-torn", "attitude"), "layer"] == "journalist"
