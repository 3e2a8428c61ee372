"""Tests for stance and rhetoric markers.

All sentences below except those of the bundled article are constructed (written by us
for these tests); they imitate the genre, they are not quoted from any article.
"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrlesson import HrlessonError, article_from_text, load_article
from hrlesson.lexicon import LexiconError
from hrlesson.markers import (
    MARKER_CATEGORIES,
    MARKER_COLUMNS,
    TABLE,
    marker_density,
    markers,
    reporting_verbs,
)

DATE = "2021-02-25"


def _article(text: str):
    """A constructed article (our own text), dated so no warning is raised."""
    return article_from_text(text, date=DATE)


def _found(text: str, lexicon=None) -> list[tuple[str, str, str, str]]:
    m = markers(_article(text), lexicon=lexicon)
    return list(zip(m.text, m.category, m.subcategory, m.layer, strict=True))


@pytest.fixture(scope="module")
def bundled():
    article = load_article()
    return article, markers(article)


# --------------------------------------------------------------------------- one table per category

CONSTRUCTED = [
    # (constructed sentence, marker text, category, subcategory, layer)
    ("The envoy said the talks were over.", "said", "reporting_verb", "neutral", "speaker"),
    ("She told reporters the vote was close.", "told", "reporting_verb", "neutral", "speaker"),
    ("He noted that the session had ended.", "noted", "reporting_verb", "neutral", "speaker"),
    ("The minister insisted the law was fair.", "insisted", "reporting_verb", "assertive", "speaker"),
    ("She stressed that the report was final.", "stressed", "reporting_verb", "assertive", "speaker"),
    ("The envoy urged calm in the capital.", "urged", "reporting_verb", "directive", "speaker"),
    ("They demanded that the detainees be freed.", "demanded", "reporting_verb", "directive", "speaker"),
    ("The group called for an inquiry.", "called for", "reporting_verb", "directive", "speaker"),
    ("The council condemned the attack.", "condemned", "reporting_verb", "critical", "speaker"),
    ("He decried the arrests of students.", "decried", "reporting_verb", "critical", "speaker"),
    ("She accused the police of abuses.", "accused", "reporting_verb", "critical", "speaker"),
    ("He criticized the decision.", "criticized", "reporting_verb", "critical", "speaker"),
    ("The minister welcomed the resolution.", "welcomed", "reporting_verb", "positive", "speaker"),
    ("The envoy praised the new law.", "praised", "reporting_verb", "positive", "speaker"),
    ("He claimed that the vote was fair.", "claimed", "reporting_verb", "tentative", "speaker"),
    ("They alleged that the count was wrong.", "alleged", "reporting_verb", "tentative", "speaker"),
    ("The government denied the reports.", "denied", "reporting_verb", "denial", "speaker"),
    ("The state rejected the findings.", "rejected", "reporting_verb", "denial", "speaker"),
    ("She warned of a new crisis.", "warned", "reporting_verb", "warning", "speaker"),
    ("The minister admitted mistakes were made.", "admitted", "reporting_verb", "concession", "speaker"),
    ("He acknowledged the delays.", "acknowledged", "reporting_verb", "concession", "speaker"),
    ("She lamented the lack of progress.", "lamented", "reporting_verb", "emotive", "speaker"),
    ("He complained about the delays.", "complained", "reporting_verb", "emotive", "speaker"),
    ("The envoy voiced concern about the trials.", "voiced concern", "reporting_verb", "emotive", "speaker"),
    ("The ambassador slammed the report.", "slammed", "reporting_verb", "media_evaluative", "journalist"),
    ("The minister blasted the council.", "blasted", "reporting_verb", "media_evaluative", "journalist"),
    ("He hit out at the experts.", "hit out", "reporting_verb", "media_evaluative", "journalist"),
    ("She lashed out at critics.", "lashed out", "reporting_verb", "media_evaluative", "journalist"),
    ("The envoy fired back at the panel.", "fired back", "reporting_verb", "media_evaluative", "journalist"),
    ("Ten people were reportedly detained.", "reportedly", "hedge", "distancing", "text"),
    ("Ten people were allegedly beaten.", "allegedly", "hedge", "distancing", "text"),
    ("The so-called reform failed.", "so-called", "hedge", "distancing", "text"),
    ("The vote was apparently delayed.", "apparently", "hedge", "appearance", "text"),
    ("The panel may publish a report.", "may", "hedge", "modal", "text"),
    ("The vote might be delayed.", "might", "hedge", "modal", "text"),
    ("The crackdown was unprecedented.", "unprecedented", "force", "scale", "text"),
    ("Protesters were systematically beaten.", "systematically", "force", "scale", "text"),
    ("Abuses were widespread.", "widespread", "force", "scale", "text"),
    ("They made numerous arrests.", "numerous", "force", "scale", "text"),
    ("The panel asked for a thorough review.", "thorough", "force", "scale", "text"),
    ("The envoy gave a damning account.", "damning", "attitude", "appreciation", "text"),
    ("He called the text simplistic.", "simplistic", "attitude", "appreciation", "text"),
    ("Police began a harsh campaign.", "harsh", "attitude", "appreciation", "text"),
    ("The state must release them.", "must", "obligation", "modal", "text"),
    ("The state should release them.", "should", "obligation", "modal", "text"),
    ("The state needs to release them.", "needs to", "obligation", "modal", "text"),
    ("The state has to ensure fair trials.", "ensure", "obligation", "directive_verb", "text"),
    ("It is essential to act.", "essential", "obligation", "necessity", "text"),
    ("The council is gravely concerned by the reports.", "gravely concerned", "un_phrase", "emotive", "speaker"),
    ("The council calls upon all states to act.", "calls upon", "un_phrase", "directive", "speaker"),
    ("The council takes note of the report.", "takes note", "un_phrase", "neutral", "speaker"),
    ("The council expresses alarm at the violence.", "expresses alarm", "un_phrase", "emotive", "speaker"),
    ("The council strongly condemns the attack.", "strongly condemns", "un_phrase", "critical", "speaker"),
    ("The council deeply regrets the loss of life.", "deeply regrets", "un_phrase", "emotive", "speaker"),
    ("The council urges the parties to talk.", "urges the parties to", "un_phrase", "directive", "speaker"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "category", "subcategory", "layer"), CONSTRUCTED)
def test_constructed_sentences(sentence, text, category, subcategory, layer):
    assert (text, category, subcategory, layer) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "term"),
    [
        ("The envoy slams the report.", "slams", "slam"),
        ("The envoy is slamming the report.", "slamming", "slam"),
        ("Critics decried it.", "decried", "decry"),
        ("She decries the ruling.", "decries", "decry"),
        ("He was criticising the ruling.", "criticising", "criticise"),
        ("He criticizes the ruling.", "criticizes", "criticise"),
        ("She calls for calm.", "calls for", "call for"),
        ("She is calling for calm.", "calling for", "call for"),
        ("He hits out at critics.", "hits out", "hit out"),
        ("He fires back at critics.", "fires back", "fire back"),
        ("Harsher sentences followed.", "Harsher", "harsh"),
        ("Crackdowns followed.", "Crackdowns", "crackdown"),
        ("The EU emphasizes dialogue.", "emphasizes", "emphasise"),
    ],
)
def test_inflections_map_to_the_lemma(sentence, text, term):
    m = markers(_article(sentence))
    assert term in m.loc[m.text == text, "term"].tolist()


# --------------------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    ("sentence", "not_found"),
    [
        ("The report covered last May to December.", "May"),
        ("The session began in May 2020.", "May"),
        ("They met on May 5 in Geneva.", "May"),
        ("She made a point to thank the staff.", "point to"),
        ("The strongman claimed a sixth term in office.", "claimed"),
        ("He rejected the claims of abuse.", "claims"),
        ("The countries concerned did not vote.", "concerned"),
        ("The talks were about the budget.", "about"),
        ("They want the broadest possible support.", "possible"),
        ("The vote came at the request of Iceland to the council.", "request of Iceland to"),
        ("Police found mass graves near the town.", "mass"),
        ("She spoke in comments to reporters.", "comments"),
        ("The accused appeared in court.", "accused"),
        ("A blast hit the square.", "blast"),
        ("The state must maintain order.", "maintain"),
        ("He was dismissed from his post.", "dismissed"),
        ("The new sanctions regime starts today.", "regime"),
        ("Officials could not confirm it.", "could"),
        ("A conservative estimate is 300 deaths.", "estimate"),
        ("She wrote a written report.", "written"),
    ],
)
def test_false_positive_guards(sentence, not_found):
    assert not_found not in markers(_article(sentence)).text.tolist()


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("They may appeal the ruling.", "may"),
        ("About 200 people were held.", "About"),
        ("Around 14,000 people fled.", "Around"),
        ("Some 495,000 deaths were recorded.", "Some"),
        ("She pointed to mass arrests.", "pointed to"),
        ("She pointed out the delays.", "pointed out"),
        ("Mass arrests followed.", "Mass"),
        ("It is possible that more died.", "possible"),
        ("Officials could face charges.", "could"),
        ("The vote was held in a disputed election year.", "disputed"),
    ],
)
def test_true_positives_next_to_the_guards(sentence, found):
    assert found in markers(_article(sentence)).text.tolist()


def test_alleged_adjective_versus_verb():
    found = _found("Inquiries into all alleged violations began. She alleged that they hid it.")
    assert ("alleged", "hedge", "distancing", "text") in found
    assert ("alleged", "reporting_verb", "tentative", "speaker") in found


# --------------------------------------------------------------------------- discontinuous patterns


def test_as_far_as_could_tell_is_one_hedge_without_tell():
    m = markers(_article("As far as the panel could tell, nobody was charged."))
    assert m[["text", "term", "category"]].values.tolist() == [
        ["As far as the panel could tell", "as far as * could tell", "hedge"]
    ]


def test_overlapping_matches_resolve_to_one():
    """Words inside a gap are not counted again: "particular" is part of the verb phrase."""
    m = markers(_article("The envoy voiced particular concern about the trials."))
    assert m[["text", "category"]].values.tolist() == [
        ["voiced particular concern", "reporting_verb"]
    ]


def test_no_two_markers_overlap_in_the_bundled_article(bundled):
    _, m = bundled
    spans = sorted(zip(m.start, m.end, strict=True))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_longer_entry_wins_over_its_parts():
    m = markers(_article("The council strongly condemns the attack."))
    assert m.text.tolist() == ["strongly condemns"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("She voiced concern.", "voiced concern"),
        ("She voiced deep and lasting concern.", "voiced deep and lasting concern"),
        ("She voiced her concerns.", "voiced her concerns"),
        ("Several states came to Belarus's defence.", "came to Belarus's defence"),
        ("Diplomats took the virtual floor.", "took the virtual floor"),
        ("The killers must be brought to justice.", "brought to justice"),
        ("It made it clear that talks were over.", "made it clear"),
    ],
)
def test_discontinuous_patterns(sentence, text):
    assert text in markers(_article(sentence)).text.tolist()


def test_gap_is_at_most_four_words():
    m = markers(_article("She urged the government of the small country to act."))
    assert "urge * to" not in m.term.tolist()
    assert "urged" in m.text.tolist()


def test_markers_do_not_cross_sentences():
    m = markers(_article("The envoy urged restraint. To many, it was late."))
    assert m.text.tolist() == ["urged"]


# --------------------------------------------------------------------------- quotes and labels


def test_in_quote_flag():
    m = markers(_article('"It is essential to act," she said.'))
    assert m.set_index("text").in_quote.to_dict() == {"essential": True, "said": False}


def test_nested_quoted_term_is_a_label():
    m = markers(_article("She said \"many were held for 'mass disorder' in the capital.\""))
    row = m[m.category == "scare_quote"].iloc[0]
    assert (row.text, row.term, row.subcategory, row.in_quote) == (
        "'mass disorder'",
        "mass disorder",
        "label",
        True,
    )
    assert "mass" not in m[m.category == "force"].text.tolist()


def test_scare_quote_in_the_reporters_text():
    m = markers(_article('Officials detained dozens of "extremists" on Monday.'))
    assert m[["text", "category", "subcategory"]].values.tolist() == [
        ['"extremists"', "scare_quote", "scare_quote"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'He slammed the report as "biased".',  # partial quote: speech, with a reporting verb
        '"Nothing works," she said.',  # a full quote
        'Officials detained "dozens of people who had gathered outside" on Monday.',  # too long
    ],
)
def test_speech_is_not_a_scare_quote(sentence):
    assert "scare_quote" not in markers(_article(sentence)).category.tolist()


def test_speaker_column_is_the_quote_speaker():
    m = markers(
        _article('"It is essential," Jane Roe said. Officials held dozens of "extremists".')
    )
    speakers = {r.text: (None if pd.isna(r.speaker) else r.speaker) for r in m.itertuples()}
    assert speakers == {"essential": "Jane Roe", "said": "Jane Roe", '"extremists"': None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said they were "extremists".', []),  # the object of "said": her words
        ('Officials detained dozens of "extremists" on Monday.', ["scare_quote"]),
    ],
)
def test_quote_roles_from_the_quote_analysis_decide(text, expected):
    m = markers(_article(text))
    assert m[m.category == "scare_quote"].subcategory.tolist() == expected


def test_in_quote_uses_the_one_pairer():
    """A marker between two quotations is outside both: the binary search is exact."""
    m = markers(_article('"We condemn it," she said, reportedly. "It is essential," he added.'))
    assert m.set_index("text").in_quote.to_dict() == {
        "condemn": True,
        "said": False,
        "reportedly": False,
        "essential": True,
        "added": False,
    }


# --------------------------------------------------------------------------- custom lexicons


def test_custom_lexicon_table_replaces_the_bundled_one():
    lexicon = pd.DataFrame(
        [
            {"term": "frankly", "category": "booster", "subcategory": "candour"},
            {"term": "grumble", "category": "reporting_verb", "subcategory": "emotive"},
        ]
    )
    m = markers(_article("Frankly, he grumbled that the vote was unfair."), lexicon=lexicon)
    assert m[["text", "term", "source"]].values.tolist() == [
        ["Frankly", "frankly", "user"],
        ["grumbled", "grumble", "user"],
    ]


def test_custom_lexicon_file_with_regex_and_exact_case(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "term,pattern,category,case\n"
        "number of deaths,re:\\b\\d+ deaths\\b,booster,\n"
        "UN,,attitude,exact\n",
        encoding="utf-8",
    )
    m = markers(_article("The UN said 300 deaths were recorded, un-counted."), lexicon=path)
    assert m.text.tolist() == ["UN", "300 deaths"]


def test_missing_lexicon_file_is_a_clear_error(tmp_path):
    with pytest.raises(LexiconError, match="no such lexicon file"):
        markers(_article("She said so."), lexicon=tmp_path / "nope.csv")


# --------------------------------------------------------------------------- the bundled article


def test_bundled_article_examples():
    m = markers(load_article())
    rows = {(r.text, r.category, r.subcategory, r.layer) for r in m.itertuples()}
    assert ("slammed", "reporting_verb", "media_evaluative", "journalist") in rows
    assert ("insisted", "reporting_verb", "assertive", "speaker") in rows
    assert ("reportedly", "hedge", "distancing", "text") in rows
    assert ("allegedly", "hedge", "distancing", "text") in rows
    assert ("unprecedented", "force", "scale", "text") in rows
    assert ("'mass disorder'", "scare_quote", "label", "text") in rows
    assert ("as far as her office could tell", "hedge", "limitation", "text") in rows
    assert ("voiced particular concern", "reporting_verb", "emotive", "speaker") in rows
    assert ("urges Belarus to", "un_phrase", "directive", "speaker") in rows
    assert ("came to Belarus's defence", "reporting_verb", "media_evaluative", "journalist") in rows
    assert ("crisis-wracked", "attitude", "loaded_label", "journalist") in rows
    assert ("highly subjective", "attitude", "appreciation", "text") in rows
    assert ("detached from reality", "attitude", "appreciation", "text") in rows


def test_bundled_article_false_positives(bundled):
    _, m = bundled
    texts = m.text.tolist()
    assert "claim" not in texts  # "Alexander Lukashenko claim a sixth term"
    assert "May" not in texts  # "from last May to December 20"
    assert "tell" not in texts  # inside "as far as her office could tell"
    assert "comments" not in texts  # "in comments slammed by Minsk"


def test_bundled_offsets_and_ids(bundled):
    article, m = bundled
    assert list(m.columns) == list(MARKER_COLUMNS)
    assert m.marker_id.tolist() == list(range(1, len(m) + 1))
    for row in m.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert article.sentence_at(row.start) == row.sentence_id
        assert article.paragraph_at(row.start) == row.paragraph_id
    assert set(m.category) <= set(MARKER_CATEGORIES)
    assert m.start.is_monotonic_increasing


def test_result_is_a_fresh_copy(bundled):
    article, m = bundled
    m2 = markers(article)
    m2.loc[0, "text"] = "changed"
    assert markers(article).loc[0, "text"] == m.loc[0, "text"]


def test_reporting_verbs_of_the_bundled_article():
    rv = reporting_verbs(load_article())
    assert set(rv.layer) == {"speaker", "journalist"}
    by_text = rv.drop_duplicates("text").set_index("text")
    assert by_text.loc["insisted", "stance"] == "assertive"
    assert by_text.loc["insisted", "introduces"] == "Michelle Bachelet"
    assert by_text.loc["told", "introduces"] == "Yuri Ambrazevich"
    assert by_text.loc["criticising", "introduces"] == "Gennady Gatilov"
    assert by_text.loc["decrying", "introduces"] == "Gennady Gatilov"
    assert by_text.loc["urges Belarus to", "stance"] == "directive"
    assert "reportedly" not in by_text.index


def test_indirect_speech_in_the_lead_has_its_speaker():
    """'The UN rights chief accused Belarus ... and called for ...': no quote, one subject."""
    rv = reporting_verbs(load_article())
    lead = rv[rv.paragraph_id == 1].set_index("text")
    assert lead.loc["accused", "introduces"] == "Michelle Bachelet"
    assert lead.loc["called for", "introduces"] == "Michelle Bachelet"
    assert '"The UN rights chief"' in lead.loc["accused", "evidence"]
    say = rv[rv.text == "say"].iloc[0]  # "His opponents say the polls were rigged"
    assert say.introduces != "Michelle Bachelet"


@pytest.mark.parametrize(
    "text",
    [
        None,  # the bundled article
        '"We will not accept it," said Jane Roe. Her deputy, John Doe, told reporters: "Never."',
        'The envoy, Jane Roe, slammed the plan as "unfair". "It fails," she added.',
        'The envoy Jane Roe called the vote "a farce" on Monday.',  # a cue that is no marker
    ],
)
def test_reporting_verbs_agree_with_quotes(text):
    """Every quote with a cue and a speaker: the verb's row introduces the same speaker."""
    from hrlesson.quotes import quotes

    article = load_article() if text is None else _article(text)
    rv = reporting_verbs(article)
    compared = 0
    for q in quotes(article).itertuples():
        if pd.isna(q.cue_start) or not isinstance(q.speaker, str):
            continue
        row = rv[(rv.start <= q.cue_start) & (q.cue_start < rv.end)]
        assert len(row) == 1, (q.text, q.cue_text)
        assert row.introduces.iloc[0] == q.speaker, (q.text, q.cue_text)
        compared += 1
    assert compared > 0


def test_a_quote_cue_that_is_no_marker_has_a_row_without_marker_id():
    article = _article('The envoy Jane Roe called the vote "a farce" on Monday.')
    assert "called" not in markers(article).text.tolist()
    row = reporting_verbs(article).set_index("text").loc["called"]
    assert pd.isna(row.marker_id)
    assert (row.term, row.introduces) == ("call", "Jane Roe")


@pytest.mark.parametrize(
    ("sentence", "verb", "speaker"),
    [
        ('"We will not accept it," said Jane Roe.', "said", "Jane Roe"),
        ("Foreign Minister Jane Roe said the vote was rigged.", "said", "Jane Roe"),
        ("The plan was slammed by Ruritania as unfair.", "slammed", "Ruritania"),
        ("Jane Roe spoke first. She warned of delays.", "warned", "Jane Roe"),
        ("Jane Roe spoke of delays.", "spoke of", "Jane Roe"),
        ("The report on Ruritania was released. It urged calm.", "urged", None),
    ],
)
def test_reporting_verbs_introduce_speakers(sentence, verb, speaker):
    rv = reporting_verbs(_article(sentence)).set_index("text")
    value = rv.loc[verb, "introduces"]
    assert (None if pd.isna(value) else value) == speaker


def test_marker_density_by_paragraph():
    article = load_article()
    d = marker_density(article)
    assert d.paragraph_id.tolist() == article.paragraphs.paragraph_id.tolist()
    assert int(d.n_markers.sum()) == len(markers(article))
    assert list(d.columns[4:]) == list(MARKER_CATEGORIES)
    row = d.iloc[1]
    assert row.per_100_words == round(100 * row.n_markers / row.n_words, 2)


def test_marker_density_by_speaker():
    article = _article('"It is essential to act," Jane Roe said, reportedly.')
    d = marker_density(article, by="speaker").set_index("speaker")
    assert d.loc["Jane Roe", ["n_words", "n_markers"]].tolist() == [5, 1]
    assert d.loc["(reporter)", ["n_words", "n_markers"]].tolist() == [4, 2]
    assert d.loc["Jane Roe", "obligation"] == 20.0


def test_marker_density_bad_grouping():
    with pytest.raises(HrlessonError, match="paragraph' or 'speaker'"):
        marker_density(load_article(), by="sentence")


def test_table_describes_every_column():
    assert TABLE.name == "markers"
    assert [f[0] for f in TABLE.fields] == list(MARKER_COLUMNS)
    assert all(f[2] for f in TABLE.fields)


def test_empty_result_has_columns_and_types():
    m = markers(_article("Nothing to see here."))
    assert m.empty
    assert list(m.columns) == list(MARKER_COLUMNS)
    assert str(m.start.dtype) == "int64"


# --------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "said", "slammed", "May", "may", "as far as", "her office", "could tell", "voiced",
        "concern", "urged", "Belarus", "to", "'", '"', "“", "”", "’", "-", ".", ",", "\n\n",
        "reportedly", "mass", "disorder", "claim", "a", "the", "Bachelet", "She", "12",
        "so-called", "must", "é", "  ",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=40))
def test_property_no_crash_valid_offsets_deterministic(pieces):
    text = " ".join(pieces)
    if not any(ch.isalpha() for ch in text):
        return
    article = _article(text)
    m = markers(article)
    for row in m.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert row.start < row.end
    assert m.marker_id.tolist() == list(range(1, len(m) + 1))
    again = markers(_article(text))
    pd.testing.assert_frame_equal(m, again)
    reporting_verbs(article)
    marker_density(article)


# --------------------------------------------------------------------------- issue 11: data fixes


def test_factivity_column_in_both_tables(bundled):
    article, m = bundled
    fact = dict(zip(m.text, m.factivity, strict=False))
    assert (fact["pointed out"], fact["pointed to"], fact["confirmed"]) == ("factive",) * 3
    assert (fact["slammed"], fact["complaining"], fact["insisted"]) == ("non_factive",) * 3
    assert fact["reportedly"] == ""
    rv = reporting_verbs(article)
    assert rv.loc[rv.text == "pointed out", "factivity"].tolist() == ["factive"]
    assert set(rv.factivity) <= {"factive", "non_factive", "counter_factive"}


def test_counter_factive_verbs():
    m = markers(_article("The minister falsely claimed that the vote was fair."))
    assert m[["text", "factivity", "layer"]].values.tolist() == [
        ["falsely claimed", "counter_factive", "journalist"]
    ]
    assert markers(_article("Women made up 40 percent of the delegates.")).empty


def test_no_boosters_of_scale_in_the_bundled_article(bundled):
    _, m = bundled
    assert "scale" not in set(m[m.category == "booster"].subcategory)
    assert {"unprecedented", "widespread", "systematic"} <= set(m[m.category == "force"].text)


@pytest.mark.parametrize(
    "sentence",
    [
        "A journalist and a doctor were put on trial accused of disclosing records.",
        "Two men were charged accused of spying.",
    ],
)
def test_a_legal_charge_is_not_a_reporting_verb(sentence):
    assert "reporting_verb" not in markers(_article(sentence)).category.tolist()


def test_the_charge_in_the_bundled_article_is_not_a_reporting_verb(bundled):
    article, _ = bundled
    sixth = reporting_verbs(article).query("sentence_id == 6")
    assert sixth.empty


def test_the_noun_report_before_that_is_not_a_reporting_verb():
    noun = _article('The expert spoke of a report that the government rejected as "fiction".')
    assert "report that" not in reporting_verbs(noun).text.tolist()
    verb = _article("Officials report that 40 people were detained.")
    assert reporting_verbs(verb).text.tolist() == ["report that"]


def test_verbs_that_introduce_no_claim_are_not_reporting_verbs():
    text = (
        "Speaking on behalf of 12 countries, Jane Roe welcomed the report. "
        "Most diplomats who took the virtual floor echoed her concerns."
    )
    rv = reporting_verbs(_article(text))
    assert rv.text.tolist() == ["welcomed", "echoed"]
    m = markers(_article(text))
    assert ("took the virtual floor", "un_phrase") in set(zip(m.text, m.category, strict=True))


@pytest.mark.parametrize(
    ("sentence", "text", "stance"),
    [
        ("She had asked twice to visit the country.", "asked", "directive"),
        ("She asked whether the law would change.", "asked whether", "neutral"),
    ],
)
def test_ask_is_a_request_unless_it_asks_a_question(sentence, text, stance):
    rv = reporting_verbs(_article(sentence))
    assert rv[["text", "stance"]].values.tolist() == [[text, stance]]


def test_reporting_verbs_outside_quotes_name_the_subject_they_introduce(bundled):
    _, m = bundled
    who = dict(zip(m.text, m.speaker, strict=False))
    assert who["echoed"] == "most diplomats"
    assert who["came to Belarus's defence"] == "several countries"


def test_a_journalist_epithet_in_reported_speech_is_the_reporters(bundled):
    _, m = bundled
    row = m[m.text == "crisis-wracked"].iloc[0]
    assert (row.layer, row.in_quote) == ("journalist", False)
    assert pd.isna(row.speaker)


@pytest.fixture(scope="module")
def practice():
    from hrlesson.practice import load_practice_article

    article = load_practice_article()
    return article, markers(article), reporting_verbs(article)


def test_practice_article_speakers(practice):
    _, m, rv = practice
    assert m.loc[m.text == "rejected", "speaker"].tolist() != ["Lena Marsh"]
    assert rv.loc[rv.text == "rejected", "speaker"].isna().all()
    assert m.loc[m.text == "appeared to", "speaker"].tolist() == ["Amira Haddad"]
    assert rv.loc[rv.text == "asked", "stance"].tolist() == ["directive"]
    assert "report that" not in rv.text.tolist()


def test_practice_article_attitude_words(practice):
    _, m, _ = practice
    attitude = set(m[m.category == "attitude"].text)
    assert {"work of fiction", "rumours", "cage for"} <= attitude


def test_reported_speech_starts_at_the_verb_when_a_clause_comes_first(bundled):
    """'say the polls were rigged and that ...': the first clause is reported speech too."""
    _, m = bundled
    assert m.loc[m.text == "rigged", "speaker"].tolist() == ["Alexander Lukashenko's opponents"]
    text = 'Jane Roe said the figures appeared to be "careful".'
    found = markers(_article(text))
    assert found.loc[found.text == "appeared to", "speaker"].tolist() == ["Jane Roe"]


@pytest.mark.parametrize("lesson", ["03_stance.py", "04_rhetoric.py"])
def test_stance_lessons_show_sentences_as_tables_not_print(lesson):
    """print() shows sentences in monospace, wrapped mid-word; a table shows them in full."""
    from pathlib import Path

    source = Path(__file__).resolve().parent.parent / "tools" / "lessons" / lesson
    assert "print(" not in source.read_text(encoding="utf-8")
