"""Tests for hrlesson.quotes: quotation marks, attribution patterns, speakers, cues.

The short texts in the tables below, and the articles in tests/articles/, are
constructed: written by us for these tests, with invented people and places.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrlesson
from hrlesson.errors import ArticleError, HrlessonWarning, InputError
from hrlesson.quotes import TABLE, quote_spans, quotes, scare_quotes, speaker_at

ARTICLES = Path(__file__).parent / "articles"
DATE = "2024-03-15"


def _article(text: str):
    return hrlesson.article_from_text(text, date=DATE)


def _constructed(name: str):
    return hrlesson.load_article(ARTICLES / f"{name}.txt", date=DATE)


def _rows(df) -> list[tuple]:
    return [(r.text, r.speaker, r.cue) for r in df.itertuples()]


def _none(value):
    return None if pd.isna(value) else value  # NaN, NA -> None


GOLD = Path(__file__).parent / "fixtures" / "constructed_gold"


def _gold(name: str) -> dict:
    """One constructed-gold file of tests/fixtures/constructed_gold/ (our annotation, as data)."""
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def _speaker(row: dict):
    """The gold speaker, or (speaker, alias, ...) when other strings also identify it."""
    aliases = row.get("speaker_aliases")
    return (row["speaker"], *aliases) if aliases else row["speaker"]


def _patterns() -> list[tuple]:
    return [
        (p["pattern"], p["text"], [(q["text"], q["speaker"], q["cue"]) for q in p["quotes"]])
        for p in _gold("patterns")["patterns"]
    ]


def _speakers() -> dict[str, list[str]]:
    return {a: [r["speaker"] for r in rows] for a, rows in _gold("speakers")["articles"].items()}


def _genre_table(name: str) -> dict[str, list[tuple]]:
    articles = _gold(name)["articles"]
    return {a: [(r["text"], _speaker(r), r["cue"]) for r in rows] for a, rows in articles.items()}


def _genre_gaps(name: str) -> dict[tuple[str, int], str]:
    return {(g["article"], g["index"]): g["reason"] for g in _gold(name)["gaps"]}


# --------------------------------------------------------------------------- patterns

# (pattern, constructed text, expected (quote text, speaker, cue) rows): constructed_gold/patterns.json
PATTERNS = _patterns()


@pytest.mark.parametrize(("pattern", "text", "expected"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_attribution_patterns(pattern, text, expected):
    df = quotes(_article(text))
    got = [(t, s, _none(c)) for t, s, c in _rows(df)]
    assert got == expected


# Speakers of every quote of longer constructed articles, in reading order (our annotation):
# constructed_gold/speakers.json.
SPEAKERS = _speakers()


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_speakers_of_constructed_articles(name):
    assert quotes(_constructed(name)).speaker.tolist() == SPEAKERS[name]


# --------------------------------------------------------------------------- genre articles

# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre.json.
GENRE = _genre_table("genre")


@pytest.mark.parametrize("name", sorted(GENRE))
def test_genre_articles(name):
    got = [
        (r.text, _none(r.speaker), _none(r.cue)) for r in quotes(_constructed(name)).itertuples()
    ]
    assert len(got) == len(GENRE[name])
    for (text, speaker, cue), (g_text, g_speaker, g_cue) in zip(GENRE[name], got, strict=True):
        assert g_text.startswith(text)
        assert (g_speaker, g_cue) == (speaker, cue), text


# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre2_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre2.json.
GENRE2 = _genre_table("genre2")

GENRE2_GAPS = _genre_gaps("genre2")


def _speaker_ok(gold, got) -> bool:
    """The dev-set scorer's rule: the prediction contains the gold's last token or an alias."""
    if gold is None or got is None:
        return gold is got
    names = gold if isinstance(gold, tuple) else (gold,)
    if got == names[0]:
        return True

    def tokens(s: str) -> list[str]:
        return [t.removesuffix("'s").removesuffix("’s") for t in s.casefold().split()]

    keys = [n.casefold() for n in names[1:]] or [tokens(names[0])[-1]]
    return any(k in tokens(got) for k in keys)


def _table_rows(table: dict, name: str) -> list[tuple | None]:
    """Each gold row's extracted (text, speaker, cue), matched in reading order by prefix."""
    got = [
        (r.text, _none(r.speaker), _none(r.cue)) for r in quotes(_constructed(name)).itertuples()
    ]
    used: set[int] = set()
    rows: list[tuple | None] = []
    for prefix, _speaker, _cue in table[name]:
        k = next((i for i, g in enumerate(got) if i not in used and g[0].startswith(prefix)), None)
        rows.append(None if k is None else got[k])
        if k is not None:
            used.add(k)
    return rows


def _genre_params(table: dict, gaps: dict, prefix: str) -> list:
    """One pytest param per annotated quote; known gaps are strict xfails."""
    return [
        pytest.param(
            name,
            i,
            id=f"{name.removeprefix(prefix)}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[name, i])]
            if (name, i) in gaps
            else [],
        )
        for name in sorted(table)
        for i in range(len(table[name]))
    ]


def _assert_genre_row(table: dict, name: str, i: int) -> None:
    """The i-th annotated quote of ``name`` is extracted with the right speaker and cue."""
    _prefix, speaker, cue = table[name][i]
    row = _table_rows(table, name)[i]
    assert row is not None, "quote not extracted"
    assert _speaker_ok(speaker, row[1]), row
    assert row[2] == cue, row


_GENRE2_PARAMS = _genre_params(GENRE2, GENRE2_GAPS, "constructed_genre2_")


@pytest.mark.parametrize(("name", "i"), _GENRE2_PARAMS)
def test_genre2_out_of_sample(name, i):
    _assert_genre_row(GENRE2, name, i)


@pytest.mark.parametrize("name", sorted(GENRE2))
def test_genre2_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE2[name])


# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre3_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre3.json.
GENRE3 = _genre_table("genre3")

GENRE3_GAPS = _genre_gaps("genre3")


_GENRE3_PARAMS = _genre_params(GENRE3, GENRE3_GAPS, "constructed_genre3_")


@pytest.mark.parametrize(("name", "i"), _GENRE3_PARAMS)
def test_genre3_out_of_sample(name, i):
    _assert_genre_row(GENRE3, name, i)


@pytest.mark.parametrize("name", sorted(GENRE3))
def test_genre3_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE3[name])


# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre4_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre4.json.
GENRE4 = _genre_table("genre4")

GENRE4_GAPS = _genre_gaps("genre4")


_GENRE4_PARAMS = _genre_params(GENRE4, GENRE4_GAPS, "constructed_genre4_")


@pytest.mark.parametrize(("name", "i"), _GENRE4_PARAMS)
def test_genre4_out_of_sample(name, i):
    _assert_genre_row(GENRE4, name, i)


@pytest.mark.parametrize("name", sorted(GENRE4))
def test_genre4_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE4[name])


# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre5_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre5.json.
GENRE5 = _genre_table("genre5")

GENRE5_GAPS = _genre_gaps("genre5")


_GENRE5_PARAMS = _genre_params(GENRE5, GENRE5_GAPS, "constructed_genre5_")


@pytest.mark.parametrize(("name", "i"), _GENRE5_PARAMS)
def test_genre5_out_of_sample(name, i):
    _assert_genre_row(GENRE5, name, i)


@pytest.mark.parametrize("name", sorted(GENRE5))
def test_genre5_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE5[name])


# Expected (quote text prefix, speaker, cue) of each quote of the constructed_genre6_* articles, in
# reading order; what the set tests and its baseline: constructed_gold/genre6.json.
GENRE6 = _genre_table("genre6")

GENRE6_GAPS = _genre_gaps("genre6")


_GENRE6_PARAMS = _genre_params(GENRE6, GENRE6_GAPS, "constructed_genre6_")


@pytest.mark.parametrize(("name", "i"), _GENRE6_PARAMS)
def test_genre6_out_of_sample(name, i):
    _assert_genre_row(GENRE6, name, i)


@pytest.mark.parametrize("name", sorted(GENRE6))
def test_genre6_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE6[name])


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # constructed: an adverb before a resolution's quoted operative verb
        (
            (
                'The General Assembly adopted a resolution on Ostravia. It "strongly urges" the '
                "government to free all detainees."
            ),
            "General Assembly",
            None,
        ),
        # constructed: a sentence-initial adjective before "UN" is not a person's name
        (
            'Independent UN human rights experts said the arrests were "arbitrary".',
            "Independent UN human rights experts",
            "say",
        ),
    ],
)
def test_genre6_general_rules(text, speaker, cue):
    got = _rows(quotes(_article("GENEVA (Wire) - " + text)))
    assert len(got) == 1
    assert speaker in got[0][1]
    assert _none(got[0][2]) == cue


def test_genre_headings_have_no_speaker():
    for name in ("constructed_genre_afp", "constructed_genre_un_news"):
        df = quotes(_constructed(name))
        assert df.loc[df.kind == "heading", "speaker"].isna().all()
        assert (df.kind == "heading").sum() == 1


def test_continuation_paragraph_keeps_the_speaker():
    a = _constructed("constructed_council")
    df = quotes(a).set_index("text")
    row = df.loc["Nobody should be detained for a post on social media."]
    assert row.speaker == "Anna Korhonen"
    assert row.attribution == "continuation"
    assert _none(row.cue) is None


@pytest.mark.parametrize(
    ("before", "quote", "speaker"),
    [
        (  # gun_buyback_burke_albanese_downthenews: the cabinet agreed before Burke speaks on
            (
                "Minister for Home Affairs Tony Burke said the number of guns a person could "
                "legally own would be negotiated with each state and territory, after national "
                "cabinet agreed in principle to bring in caps earlier in the week."
            ),
            (
                "[The limits are] what\u2019s now being negotiated with the states in terms of "
                "what those numbers should be."
            ),
            "Tony Burke",
        ),
        (  # kawerau_pursuit_crash_mcgregor_whakatanebeacon: the police in what he reports
            (
                "Bay of Plenty district commander Superintendent Andy McGregor said around "
                "3:30am, police observed a vehicle travelling at high speed on River Road."
            ),
            "This vehicle was again observed around 3.30am with its lights turned off.",
            "Andy McGregor",
        ),
    ],
)
def test_continuation_skips_a_cue_inside_the_reported_speech(before, quote, speaker):
    text = f"{before}\n\n\u201c{quote}\u201d"
    row = quotes(hrlesson.article_from_text(text, date="2025-12-19")).iloc[0]
    assert row.speaker == speaker
    assert row.attribution == "continuation"


def test_split_quote_shares_the_event():
    a = _constructed("constructed_two_speakers")
    df = quotes(a)
    first = df[df.text == "Nobody has been excluded from these talks,"].iloc[0]
    second = df[df.text == "and nobody will be."].iloc[0]
    assert first.event_id == second.event_id
    assert (first.speaker, second.speaker) == ("Karl Weber", "Karl Weber")
    assert (first.cue, second.cue) == ("say", "say")
    # a different utterance gets a different event
    other = df[df.text == "keep the door open"].iloc[0]
    assert other.event_id != first.event_id


def test_two_speakers_of_the_same_gender():
    df = quotes(_constructed("constructed_two_speakers")).set_index("text")
    assert df.loc["It is a one-sided document,", "speaker"] == "Omar Haidari"
    assert df.loc["We have listened to every delegation,", "speaker"] == "Karl Weber"


def test_short_evaluation_reported_in_the_passive_without_agent_has_no_speaker():
    # 'have been described as "extreme."' hides who described it: not the speaker quoted
    # just before, nor the one of the next sentence.
    text = (
        "Writer stays in jail\n\n"
        '"His case is a travesty," said Rabia Mehmood, a researcher at Amnesty International.'
        "\n\nHe has been in solitary confinement since 2014. For the past year, the "
        'conditions of his confinement have been described as "extreme."\n\n'
        '"We will keep fighting for him," Mehmood said.\n'
    )
    got = {t: s for t, s, _ in _rows(quotes(_article(text)))}
    assert _none(got["extreme."]) is None
    assert got["We will keep fighting for him,"] == "Rabia Mehmood"


def test_headline_forms():
    df = quotes(_constructed("constructed_headlines")).set_index("text")
    assert df.loc["Crackdown must end", "speaker"] == "Tomas Lindqvist"  # Rights chief: "Q"
    assert df.loc["We will not be silenced", "speaker"] == "Mira Dalton"  # "Q" - opposition leader
    assert df.loc["Crackdown must end", "attribution"] == "headline"
    heading = df.loc["Without delay"]
    assert heading.kind == "heading"
    assert _none(heading.speaker) is None
    assert _none(heading.cue) is None


def test_headline_quote_after_the_speaker_needs_an_echo_in_the_body():
    # constructed: 'S "Q" by ...' is a quote when the body repeats the words, else a label
    body = (
        "\n\nGENEVA (Wire) - The UN human rights chief, Lena Sorensen, said on Monday she was "
        '"appalled" by the raids.'
    )
    got = _rows(quotes(_article('UN rights chief "appalled" by raids' + body)))
    assert (got[0][0], got[0][1], _none(got[0][2])) == ("appalled", "Lena Sorensen", None)
    label = _article('UN "watchdogs" meet in Geneva' + body)
    assert [r[0] for r in _rows(quotes(label))] == ["appalled"]


def test_honorific_gender_and_acronym_affiliation():
    # constructed: "Ms."/"Mr." tell the pronoun; "the MEA spokesperson" is the MEA's spokesperson
    text = (
        'NEW DELHI: MEA spokesperson Ravi Kolar said the visit was "premature".\n\n'
        '"We need time," said Ms. Asha Pillai, a lawmaker. Mr. Kolar did not reply.\n\n'
        "The MEA spokesperson declined to comment further. "
        '"No more questions," he said. Ms. Pillai laughed. "Typical," she said.'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got[2:] == [("No more questions,", "Ravi Kolar"), ("Typical,", "Asha Pillai")]


def test_title_acronym_after_honorific_title():
    # constructed: "the CS" is the Cabinet Secretary named before with "Dr."; "the UN" is no
    # person
    text = (
        "NAIROBI - Justice Cabinet Secretary Dr. Mary Wanjiru spoke on Monday.\n\n"
        '"We will act," said the CS. The UN said it was "watching closely".'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got == [("We will act,", "Mary Wanjiru"), ("watching closely", "UN")]


def test_gendered_epithet_renames_the_person_of_the_paragraph():
    # constructed: "the father" is the man just named; "the mother" is no one here
    text = (
        "NAIROBI - Mr. Paul Otieno, whose son is missing, spoke in Geneva on Monday. "
        '"I want answers," the father told reporters. "Me too," the mother said.'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got[0] == ("I want answers,", "Paul Otieno")
    assert got[1][1] != "Paul Otieno"


def test_curly_single_quotes_and_multi_paragraph_quote():
    a = _constructed("constructed_marks")
    df = quotes(a).set_index("text")
    assert df.loc["It is a grave moment,", "speaker"] == "Leila Haddad"
    assert df.loc["It is a grave moment,", "cue"] == "write"
    # a quotation left open at a paragraph end and reopened with “ is one row
    multi = [t for t in df.index if t.startswith("The council must not look away.")]
    assert len(multi) == 1
    assert "\n\n“Inaction would be a failure" in multi[0]
    assert df.loc[multi[0], "speaker"] == "Leila Haddad"
    assert df.loc[multi[0], "cue"] == "add"
    assert df.loc["Our delegation rejects these conclusions", "speaker"] == "Samir Nasser"


def test_apostrophes_are_not_quotation_marks():
    a = _constructed("constructed_marks")
    texts = quotes(a).text.tolist()
    assert "a threat to everyone's freedom 'til it is repealed" in texts
    assert "didn't follow the law" in texts
    spans = quote_spans(a)
    assert not any(t.startswith(("90s", "s decisions")) for t in spans.text)


def test_nested_quote_is_part_of_the_outer_quote():
    a = _constructed("constructed_marks")
    outer = [t for t in quotes(a).text if "'experts'" in t]
    assert outer == ["so-called 'experts' and their claims"]
    nested = scare_quotes(a)
    assert nested.loc[nested.role == "nested", "text"].tolist() == ["experts"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # ahold_delhaize_vote_jansson_supermarketnews: the closing mark is missing
            (
                '"We are excited to receive this overwhelming support from our shareholders, '
                'Delhaize chairman Mats Jansson said in a statement. "Today’s vote underscores '
                'their clear appreciation of the strategic rationale."'
            ),
            "We are excited to receive this overwhelming support from our shareholders",
            "Today’s vote underscores their clear appreciation of the strategic rationale.",
        ),
        (  # new_year_fireworks_eye_injuries_de_faber_nltimes: typed as a single mark
            (
                "\"That's why this New Year's also shows that we have to stop with consumer "
                "fireworks', he said to the broadcaster. \"My entire career is devoted to "
                "improving people's vision.\""
            ),
            "That's why this New Year's also shows that we have to stop with consumer fireworks",
            "My entire career is devoted to improving people's vision.",
        ),
    ],
)
def test_quotation_ends_before_its_reporting_clause(text, first, second):
    q = quotes(hrlesson.article_from_text(text, date=DATE))
    assert q.text.tolist() == [first, second]
    assert [text[s:e] for s, e in zip(q.start, q.end, strict=True)] == [first, second]


def test_unclosed_mark_at_a_sentence_end_quotes_to_the_paragraph_end():
    # conventions table (session 49): a mark the page never closes opens a quotation that
    # runs to its paragraph's end ('the police had followed "standard procedure.')
    a = _constructed("constructed_marks")
    df = quotes(a)
    assert df.attrs["warnings"] == []
    assert df.set_index("text").loc["standard procedure.", "speaker"] == "the minister"
    assert len(df) == 8


def test_unmatched_mark_is_a_warning_not_a_failure():
    a = _article('The minister said "yes." And then "no\n\nThe council met on Monday.')
    df = quotes(a)
    assert len(df.attrs["warnings"]) == 1
    assert "never closed" in df.attrs["warnings"][0]
    assert df.attrs["warnings"][0] in a.warnings
    assert not any(t.startswith("no") for t in df.text)
    assert df.text.tolist() == ["yes."]  # everything before the stray mark is still read


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes." And then "no',  # unmatched straight mark at the end
        "“Unclosed curly quote in a paragraph.\n\nNext paragraph without marks.",
        "A closing mark” with no opening one.",
        '"""Three marks"""',
        "'Single' marks and rock 'n' roll in the '90s and the ministers' talks.",
    ],
)
def test_broken_marks_never_raise(text):
    df = quotes(_article(text))
    for row in df.itertuples():
        assert row.start <= row.end


def test_labels_are_not_quotes():
    text = (
        'Karl Weber urged members to vote "no" on the draft.\n\n'
        'Police use drug "watch lists" to find suspects, Human Rights Watch said.\n\n'
        'The so-called "reforms" were adopted in May.'
    )
    a = _article(text)
    assert quotes(a).empty
    labels = scare_quotes(a)
    assert set(labels.text) == {"no", "watch lists", "reforms"}
    assert set(labels.role) == {"label"}
    assert labels.reason.notna().all()


def test_no_dateline_and_no_date_warns():
    path = ARTICLES / "constructed_no_dateline.txt"
    with pytest.warns(HrlessonWarning, match="no article date"):
        a = hrlesson.load_article(path)
    df = quotes(a)
    assert _rows(df) == [("The evidence is overwhelming,", "Ines Moreau", "say")]


# --------------------------------------------------------------------------- speaker_at


def test_speaker_at_quote_reported_speech_and_reporter():
    a = _constructed("constructed_council")
    i = a.text.index("torture every week")
    assert speaker_at(a, i, i + 7) == "Anna Korhonen"  # inside a quote
    i = a.text.index("at least 40 reporters")
    assert speaker_at(a, i, i + 11) == "Anna Korhonen"  # "..., adding that at least 40 ..."
    i = a.text.index("in March")
    assert speaker_at(a, i, i + 8) is None  # the reporter's own words
    i = a.text.index("Alarming".lower())
    assert speaker_at(a, i, i + 8) == "Anna Korhonen"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # attribution after the clause: the whole clause is the speaker's
        (
            "Since May, over 800 people have died, envoy Lena Sorensen told the council on Monday.",
            "800 people",
            "Lena Sorensen",
        ),
        ("Over 800 people have died, Lena Sorensen told the council on Monday.", "Monday", None),
        # "... said on Monday that ...": the time belongs to the reporter
        ("Lena Sorensen said on Monday that 800 people had died.", "Monday", None),
        ("Lena Sorensen said on Monday that 800 people had died.", "800 people", "Lena Sorensen"),
        # after a quotation, the rest of the attribution is the reporter's
        ('"No," Lena Sorensen wrote of the two men.', "two men", None),
        ("After a two-day visit, Lena Sorensen said the camps were full.", "two-day", None),
        # "according to X" attributes its sentence to X, not to the last speaker
        (
            (
                'Its envoy, Ivo Marek, said the report was "biased". According to the report, '
                "at least 900 people remain in detention."
            ),
            "900 people",
            "report",
        ),
        (
            (
                "Lena Sorensen spoke on Monday. At least 900 people remain in detention, "
                "according to Amnesty International."
            ),
            "900 people",
            "Amnesty International",
        ),
        # a relative clause "which saw X claim Y" is the reporter's narration
        (
            "Protests followed an election in May which saw Ivo Marek claim a third term.",
            "third term",
            None,
        ),
    ],
)
def test_speaker_at_reported_speech(text, span, expected):
    a = _article(text)
    i = a.text.index(span)
    assert speaker_at(a, i, i + len(span)) == expected


def test_speaker_at_bundled_article():
    a = hrlesson.load_article()
    i = a.text.index("246 people")
    assert speaker_at(a, i, i + 10) == "Michelle Bachelet"  # "As of February 9, she said, 246"
    i = a.text.index("February 9")
    assert speaker_at(a, i, i + 10) == "Michelle Bachelet"
    i = a.text.index("December 20")  # "her report, which covered ... to December 20"
    assert speaker_at(a, i, i + 11) == "Michelle Bachelet"
    i = a.text.index("last August")
    assert speaker_at(a, i, i + 11) is None
    i = a.text.index("sixth term")  # "... which saw Alexander Lukashenko claim a sixth term"
    assert speaker_at(a, i, i + 10) is None
    i = a.text.index("Atmosphere of fear")
    assert speaker_at(a, i, i + 10) is None  # a heading has no speaker


# --------------------------------------------------------------------------- the bundled article


def _gold():
    path = Path(hrlesson.__file__).parent / "data" / "annotations" / "gold_quotes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_bundled_article_matches_the_gold_quotes():
    a = hrlesson.load_article()
    df = quotes(a)
    gold = _gold()
    got = [(r.text, _none(r.speaker) or "", _none(r.cue) or "") for r in df.itertuples()]
    want = [(g["text"], g["speaker"], g["cue"]) for g in gold]
    assert got == want
    assert df.kind.tolist() == [g["kind"] for g in gold]
    assert df.start.tolist() == [int(g["start"]) for g in gold]


def test_gold_offsets_point_into_the_cleaned_text():
    a = hrlesson.load_article()
    for g in _gold():
        assert a.text[int(g["start"]) : int(g["end"])] == g["text"]
        assert g["stance"] in ("supports", "opposes", "neutral")


def test_bundled_article_speaker_mentions_and_patterns():
    df = quotes(hrlesson.load_article())
    lead = df.iloc[0]
    assert (lead.speaker_mention, lead.attribution, lead.cue_text) == (
        "Minsk",
        "passive",
        "slammed by",
    )
    assert df.loc[2, "speaker_mention"] == "she"
    assert df.loc[2, "attribution"] == "quote_speaker_cue"
    assert scare_quotes(hrlesson.load_article()).text.tolist() == ["mass disorder"]


# --------------------------------------------------------------------------- table contract

ALL_ARTICLES = sorted(p.stem for p in ARTICLES.glob("constructed_*.txt"))


@pytest.mark.parametrize("name", [*ALL_ARTICLES, "bundled"])
def test_offsets_and_columns(name):
    a = hrlesson.load_article() if name == "bundled" else _constructed(name)
    df = quotes(a)
    assert list(df.columns) == [f[0] for f in TABLE.fields]
    for row in df.itertuples():
        assert a.text[row.start : row.end] == row.text
        assert a.text[row.start - 1] == row.open_mark
        # a quotation the page never closes ends at its paragraph's end, with no mark
        assert a.text[row.end : row.end + 1] in (
            (row.close_mark,) if row.close_mark else ("", "\n")
        )
        if _none(row.speaker_mention) is not None:
            assert a.text[row.speaker_start : row.speaker_end] == row.speaker_mention
        if _none(row.cue_start) is not None:
            assert a.text[row.cue_start : row.cue_end] == row.cue_text.removesuffix(" by")
    spans = quote_spans(a)
    for row in spans.itertuples():
        assert a.text[row.start : row.end] == row.text


def test_csv_column_order_starts_with_the_shared_columns():
    assert [f[0] for f in TABLE.fields][:6] == ["text", "speaker", "cue", "kind", "start", "end"]
    assert all(len(f) == 3 and f[2] for f in TABLE.fields)


def test_result_is_a_fresh_copy_and_cached():
    a = hrlesson.load_article()
    first = quotes(a)
    first.loc[0, "speaker"] = "changed"
    assert quotes(a).loc[0, "speaker"] == "Yuri Ambrazevich"


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    [*list("abcdefghij ABCDEFGH .,;:!?-—'\"“”‘’«»()\n"), "said", "she", "told", " Smith", "\n\n"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, min_size=1, max_size=60).map("".join))
def test_arbitrary_text_never_crashes(text):
    try:
        a = _article(text)
        b = _article(text)
    except (ArticleError, InputError):
        return  # empty or no words at all: refused with a clear error
    df = quotes(a)
    for row in df.itertuples():
        assert a.text[row.start : row.end] == row.text
    assert df.equals(quotes(b))  # deterministic
    for start in range(0, len(a.text), 7):
        speaker_at(a, start, min(len(a.text), start + 3))
    quote_spans(a)


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize(
    ("index", "evidence"),
    [
        (
            0,
            'cue "slammed by" (¶1) → agent "Minsk" (¶1) → Yuri Ambrazevich (its own person, who says the same words again later, named ¶18)',
        ),
        (2, 'cue "said" (¶3) → subject "she" (¶3) → Michelle Bachelet (named ¶2)'),
        (3, "continues the quotation before it → Michelle Bachelet"),
        (5, "a quotation alone on a heading line: no speaker"),
    ],
)
def test_evidence_says_what_decided(index, evidence):
    assert quotes(hrlesson.load_article()).evidence[index] == evidence


@pytest.mark.parametrize("name", [None, "constructed_council", "constructed_experts"])
def test_evidence_names_the_cue_and_subject_of_every_attributed_quote(name):
    q = quotes(hrlesson.load_article() if name is None else _constructed(name))
    for row in q.itertuples():
        if isinstance(row.cue_text, str) and isinstance(row.speaker, str):
            assert row.evidence.startswith(f'cue "{row.cue_text}"')
            assert row.speaker in row.evidence or row.speaker_mention in row.evidence


def test_unnamed_spokesperson_speaks_for_the_body_named_before():
    """'A spokesperson for the social media firm' after 'TikTok' is TikTok, and so is 'the
    spokesperson' after it (spokespeople.bodies); a bare 'a spokesperson' in the body's own
    sentence too."""
    text = (
        "Regulators fined TikTok 345 million euros on Friday. This is the largest fine "
        'TikTok has received. A spokesperson for the social media firm said: "We disagree '
        'with the decision."\n\n"We have fixed the problems," the spokesperson added.\n\n'
        'Meta has indicated it will appeal and a spokesperson said "this is not over".'
    )
    q = quotes(hrlesson.article_from_text(text, date="2023-09-15"))
    assert list(q["speaker"]) == ["TikTok", "TikTok", "Meta"]


def test_senator_named_next_is_not_the_spokesperson():
    """A person named after an unnamed spokesperson's quotation with an abbreviated rank of
    another office ("Sen. Martin Heinrich") is not that spokesperson (page
    librarian_of_congress_hayden_fired_heinrich_justthenews)."""
    text = (
        "“Tonight, the White House informed Librarian of Congress Carla Hayden that she has "
        "been relieved of her position,” a spokesperson for the Library of Congress told The "
        "Hill news outlet on Thursday.\n\n"
        "Sen. Martin Heinrich, D-N.M., announced Hayden's firing on Thursday.\n\n"
        "“Over the course of her tenure, Dr. Hayden brought the Library of Congress to the "
        "people,” Heinrich said in a statement."
    )
    q = quotes(hrlesson.article_from_text(text, date="2025-05-09"))
    assert list(q["speaker"]) == ["a spokesperson for the Library of Congress", "Martin Heinrich"]


@pytest.mark.parametrize(
    ("opening", "speaker"), [("Last month, ", "a spokesperson"), ("", "Matthew Miller")]
)
def test_spokesperson_named_at_an_earlier_time_is_another(opening, speaker):
    """A spokesperson named in a sentence set at an earlier time ("Last month, State
    Department spokesperson Matthew Miller warned") is not the unnamed spokesperson who
    spoke now; named with no such opening, the same sentence names that spokesperson
    (page us_expels_russian_diplomats_spokesperson_ifpnews)."""
    text = (
        "The expulsion is in response to Russia’s “specious expulsion of two US Embassy "
        "Moscow diplomats” last month, a spokesperson stated Friday.\n\n"
        "“The Department will not tolerate the Russian government’s pattern of harassment of "
        "our diplomats,” the spokesperson said in an emailed statement.\n\n"
        f"{opening}State Department spokesperson Matthew Miller warned that the US would "
        "respond to the expulsion of two US diplomats from Russia “expeditiously.”"
    )
    q = quotes(hrlesson.article_from_text(text, date="2023-09-15"))
    assert list(q["speaker"])[:2] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page politician_dog_attack_coco_sargeant_bbc
            (
                "Labour Senedd member Jack Sargeant said he had to lie across Coco.\n\n"
                "Earlier, in the Senedd, the Alyn and Deeside MS said he was "
                '"physically ok from the attack, more mentally shook up from the ordeal".'
            ),
            "Jack Sargeant",
        ),
        (  # page rising_road_deaths_odonnell_rsa_irishtimes
            (
                "Road Safety Authority (RSA) chairwoman Liz O’Donnell has said she is "
                "concerned.\n\n“The Garda traffic corps has unfortunately been reduced down "
                "to 668 from a high of 1,500,” added the former Progressive Democrats TD."
            ),
            "Liz O’Donnell",
        ),
        (  # page ireland_census_5m_micheal_martin_derryjournal
            (
                "The results have been described by An Taoiseach Micheál Martin as important."
                "\n\nThe Fianna Fáil leader said this illustrates the Government’s "
                "‘continuing need’ to invest in public services."
            ),
            "Micheál Martin",
        ),
    ],
)
def test_office_title_after_party_or_place_renames_the_person_named_before(text, speaker):
    """'the <party or place> MS/TD/leader' as a subject is the person named last before it
    (subjects.renamed_people.renamed_officeholder), not an actor of its own words."""
    q = quotes(hrlesson.article_from_text(text, date="2022-06-23"))
    assert list(q["speaker"]) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page sheffield_dawn_tree_felling_clegg_hockey_bbc
            (
                "Jenny Hockey, a retired sociology lecturer, was one of those arrested."
                "\n\nMrs Hockey was arrested alongside her friend Freda Brayshaw."
                '\n\nThe retired teacher, 71, said: "It was just like an assault with arc '
                'lights."'
            ),
            "Freda Brayshaw",
        ),
        (  # page matthew_perry_family_heartbroken_paltrow_pressandjournal
            (
                "Celebrities have been paying their respects to the actor with American actress "
                "Gwyneth Paltrow remembering Perry as the young man she had met in the summer "
                "of 1993.\n\nThe Sliding Doors star, 51, posted to her Instagram page and said: "
                "“I met Matthew Perry in 1993 at the Williamstown Theatre Festival.”"
            ),
            "Gwyneth Paltrow",
        ),
    ],
)
def test_described_subject_with_an_aside_renames_the_person_named_before(text, speaker):
    """'The retired teacher, 71,', 'The <work title> star, 51,' as a subject is the person
    named last before it whose gender the sentence's pronoun allows ('her Instagram page':
    not Perry), the second of two coordinated verbs too (subjects.renamed_people)."""
    q = quotes(hrlesson.article_from_text(text, date="2023-10-30"))
    assert list(q["speaker"]) == [speaker]


# ----------------------------------------------------------- description subjects of any cue


def test_agent_plural_subject_of_a_cue_without_a_clause():
    # drag_story_hour_library_closure_hoffman_adg: a plural for people by what they do is the
    # subject of "denounced" too, a cue that takes no clause
    text = "Neighbors denounced one another as “fascists” or “predators” and complained."
    assert [s for _, s, _ in _rows(quotes(_article(text)))] == ["neighbors", "neighbors"]


def test_one_of_a_plural_of_people_no_actor_stands_for():
    # japan_heavy_snow_traffic_passengers_nhk: one member of "the passengers", no group named
    text = (
        'One of the passengers said, "There was an announcement that the train was stopping '
        'at a red light, and we had to wait."'
    )
    assert [s for _, s, _ in _rows(quotes(_article(text)))] == ["one of the passengers"]


# ----------------------------------------------------------- reaction lists signed by the speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            # minimum_wage_rise_mcmanus_9news: a dash, a long post, then the name
            (
                '"The commission has in effect rolled the dice with a large minimum wage increase."'
                " - Australian Industry Group chief executive Innes Willox\n\n"
                '"At 3.3 per cent, that\'s well in excess of what the employers have put forward."'
                " - Australian Chamber of Commerce and Industry director of employment, education"
                " and training Jenny Lambert"
            ),
            ["Innes Willox", "Jenny Lambert"],
        ),
        (
            # pulitzer_reaction_keller_miletich_seattletimes: the closing comma, or a dash, then
            # the name and its post after a comma
            (
                "“It was a team effort. We’re all really honored by it,” Steve Miletich, winner of"
                " breaking news Pulitzer for The Seattle Times’ coverage.\n\n"
                "“We’re so proud of the terrific, terrific journalism they do.” – Brian Tierney,"
                " publisher of the Philadelphia Daily News, on reporters Barbara Laker and Wendy"
                " Ruderman, who won the investigative reporting prize."
            ),
            ["Steve Miletich", "Brian Tierney"],
        ),
        (
            # pulitzer_comments_keller_moreno_washingtontimes: a wire copy's underscore as the dash
            (
                "“This Pulitzer Prize is reflective of the grit and determination in Detroit.” _ Paul"
                " Anger, Detroit Free Press vice president and editor.\n\n"
                "“It is kind of sad. I wish I was still at the Tribune.” _ laid-off journalist Paul"
                " Giblin, of the East Valley Tribune in Mesa, Ariz."
            ),
            ["Paul Anger", "Paul Giblin"],
        ),
    ],
)
def test_reaction_list_quote_signed_by_its_speaker(text, speakers):
    """'"Q" - <post> <name>' and '"Q," <name>, <post>' sign a reaction list's quotation
    (speech.signed_quotes), not a continuation of the quote before it."""
    assert list(quotes(_article(text))["speaker"]) == speakers


def test_signing_dash_before_a_clause_names_no_speaker():
    # a dash that opens a clause is no signature (speech.signed_quotes.post_before_name)
    text = (
        "Tony Farley said the ruling was wrong.\n\n"
        "“It is a bad day.” – the day after Mr Smith, the minister, left office."
    )
    assert "signed_quote" not in set(quotes(_article(text))["attribution"])


# ----------------------------------------------------------- titles and styles of the named person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # ireland_sugar_tax_oshea_medicalindependent: a capitalised job before "at" is an
            # affiliation; the member the "Member of the Group" phrase names speaks
            (
                "The RCPI Policy Group on Obesity also welcomed the news.\n\nMember of the Group "
                "Professor Francis Finucane, Consultant Endocrinologist at Galway University "
                "Hospital said, “obesity is multifactorial and no single initiative in isolation "
                "will solve the problem.”"
            ),
            "Francis Finucane",
        ),
        (
            # minimum_wage_insult_varadkar_irishtimes: two titles after one "the" are one holder
            (
                "Tánaiste Leo Varadkar has defended an 80 cent increase to the minimum wage.\n\n"
                "“There won’t be that many people in Ireland getting a 7.6 per cent increase this "
                "year,” he said at a press conference on Wednesday.\n\nThe Fine Gael leader and "
                "Minister for Enterprise said 170,000 people would benefit from the move and that "
                "“it’s not the end of our response when it comes to helping people on low pay.”"
            ),
            "Leo Varadkar",
        ),
        (
            # knighthood_dream_come_true_farah_aol: "Sir" and a first name after a headline
            # that read the full name word by word
            (
                "Knighthood 'a dream come true', says Olympic champion Mo Farah\n\nFour-time "
                'Olympic champion Mo Farah has described being given a knighthood as a "dream '
                'come true".\n\nSir Mo said: "I\'m so happy to be awarded this incredible honour."'
            ),
            "Mo Farah",
        ),
    ],
)
def test_title_or_style_names_the_person_named_with_it(text, speaker):
    """A title set off after a name, two coordinated titles, a style with a first name: the
    named person speaks (subjects.affiliations, subjects.title_tails, names.variants)."""
    q = quotes(hrlesson.article_from_text(text, date="2022-06-23"))
    assert list(q["speaker"])[-1] == speaker


# ------------------------------------------------- a headline's unspoken words and the lead's claimant


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # birmingham_caz_checker_inaccurate_rac_bbc: the lead's reporting verb names the RAC
            (
                "Birmingham clean air zone vehicle check service 'inaccurate'\n\n"
                "A government website set up to help motorists check whether they will face "
                "charges for entering Birmingham's clean air zone (CAZ) may be giving people "
                "false information, the RAC has warned."
            ),
            "RAC",
        ),
        (
            # oranga_tamariki_uplifts_last_resort_davis_teaonews: the second paragraph's verb
            (
                "Government to 'transform' Oranga Tamariki, uplifts to be last resort\n\n"
                "Significant changes are expected to be made to the Oranga Tamariki child care "
                "and protection system after the government accepted the recommendations of "
                "the Ministerial Advisory Board.\n\nMinister for Children Kelvin Davis says "
                "there will be a major shift in decision-making and resources at a local level."
            ),
            "Kelvin Davis",
        ),
        (
            # eu_ai_act_adopted_benifei_rights_groups_brusselstimes: a group leads: nobody's
            (
                "EU's landmark AI Act is 'full of loopholes, carve-outs and exceptions'\n\n"
                "The EU's Artificial Intelligence (AI) Act was adopted by the European "
                "Parliament on Wednesday. While it is being widely celebrated as a world-first, "
                "many civil society organisations are pointing out that the legislation fails "
                "to take basic human rights principles into account."
            ),
            None,
        ),
        (
            # homelessness_obroin_sinn_fein_countysligo: a verb in an "as" clause: nobody's
            (
                "Government has ‘completely lost control of homelessness’ as numbers top "
                "10,000\n\nTHE Government must tackle homelessness with the same urgency as it "
                "did the Covid pandemic – as Sinn Fein says Housing Minister Darragh O’Brien’s "
                "position has become ‘untenable’."
            ),
            None,
        ),
    ],
)
def test_unspoken_headline_quote_is_the_lead_claimants(text, speaker):
    """A headline's quotation with no reporting verb and no speaker is the words of the
    person or body the lead's first reporting verb names (speech.headlines.lead_claimants);
    a group, a description or a verb in a subordinate clause leaves it nobody's."""
    df = quotes(_article(text))
    assert _none(df["speaker"].iloc[0]) == speaker


# ------------------------------------------------------------ office-holders named by a title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page private_escooters_legislation_haigh_independent
            (
                "Transport Secretary Louise Haigh has indicated the Government intends to "
                "legalise the use of private e-scooters on public roads.\n\nThe Cabinet minister "
                "said introducing regulations for e-scooters is “clearly required”."
            ),
            "Louise Haigh",
        ),
        (  # page coincheck_heist_suga_phnompenhpost
            (
                "The agency will supervise Coincheck to ensure the measures are being "
                "implemented, Chief Cabinet Secretary Yoshihide Suga said at a regular "
                "briefing.\n\n“While examining the cause of the incident and taking necessary "
                "measures, we want the ministries and agencies concerned to urgently study what "
                "further measures we’d need,” the top government spokesman said."
            ),
            "Yoshihide Suga",
        ),
        (  # page trophy_import_bill_maskell_yorkpress
            (
                "Parliamentary Under Secretary of State (Minister for Natural Environment and "
                "Land Use) Trudy Harrison said she shared Ms Maskell’s concerns and was “having "
                "detailed discussions with international counterparts,” which she could not "
                "detail."
            ),
            "Trudy Harrison",
        ),
        (  # page wa_shark_cull_fatal_attack_barnett_ibtimes
            (
                "Western Australia Premier Colin Barnett is not keen on supporting a shark cull."
                "\n\nCity of Busselton President Ian Stubbs, who was a friend of Mr Kurmann, "
                'said on Saturday the attack has "gone too crazy," and this should be enough to '
                'warrant a culling.\n\n"How many more of these tragic deaths can we continue to '
                "have? It's far too many,\" he told the local media."
            ),
            "Ian Stubbs",
        ),
    ],
)
def test_office_holder_named_by_a_title_or_description(text, speaker):
    """A definite office description right after one titled person is named is that person
    (subjects.renamed_people.officeholder_named_before); a bracketed title between a title
    and a name is the name's (subjects.title_tails.after_bracketed_title); a council's title
    after "City of" and a place opens a titled person (bodies.municipal.titled_name_inside)."""
    q = quotes(hrlesson.article_from_text(text, date="2024-07-30"))
    assert set(q["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page macquarie_harbour_salmon_continue_albanese_pulsetasmania
            (
                "Skate numbers rise\n\nSkate research program leader and co-author Professor "
                'Jayson Semmens said the findings make them "cautiously optimistic".\n\n'
                '"Only continued monitoring will tell," he said.\n\nMeanwhile, Prime '
                "Minister Anthony Albanese has suggested changes."
            ),
            "Jayson Semmens",
        ),
        (  # page heavy_book_buyers_harpercollins_murray_bookseller
            (
                "Book buyers move online\n\nHarperCollins president and c.e.o. Brian Murray "
                'said e-readers had reached "core" readers.\n\nMeanwhile Penguin chief '
                "John Makinson said sales rose."
            ),
            "Brian Murray",
        ),
    ],
)
def test_two_titles_joined_by_and_are_the_named_persons(text, speaker):
    """Two titles joined by "and" before a name are that person's; the name is the subject
    and the antecedent of the next "he", not a holder of the first title named elsewhere
    (subjects.title_tails.name_after_coordinated_titles)."""
    q = quotes(hrlesson.article_from_text(text, date="2024-07-30"))
    assert set(q["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page cobalt_child_labor_lawsuit_complaint_fox13now: a class action's filer
            (
                "International Rights Advocates filed a federal class action against the five "
                "companies in Washington, D.C. on Sunday, where the group is based.\n\n"
                "“Further, the horrors of the plight of these children has been widely "
                "reported in the media,” the complaint said, citing reports."
            ),
            "International Rights Advocates",
        ),
        (  # page staples_office_depot_ftc_ramirez_hngn: "released by" a plural party
            (
                "Both companies plan on fighting the complaint. A joint statement released by "
                'the two companies called the logic behind the decision, "Flawed analysis," '
                "according to the New York Times."
            ),
            "the two companies",
        ),
        (  # page amesbury_fireworks_malfunction_antrobus_hotel_chinadaily: "The hotel"
            (
                "Police and emergency crews raced to the Antrobus Hotel in Amesbury.\n\n"
                "The hotel said in a statement that a single display box had malfunctioned.\n\n"
                'The statement added: "Regrettably, some projectiles ejected towards the '
                'crowd line."'
            ),
            "Antrobus Hotel",
        ),
        (  # page xinhua_report_rebuttal_adak_citizen: the one body, its statement first named
            (
                "The Anti-Doping Agency of Kenya has slammed a report published a week ago.\n\n"
                "“ADAK continues to be actively engaged in the war against doping in the "
                "country,” an excerpt from the statement said."
            ),
            "Anti-Doping Agency of Kenya",
        ),
        (  # page george_best_death_man_united_charlton_irishtimes: "from the club"
            (
                "Manchester United has led the tributes to the club's biggest legend, George "
                "Best, who died shortly before 1pm today.\n\n"
                'A statement from the club said: "George Best was one of the greatest '
                'footballers of all time."'
            ),
            "Manchester United",
        ),
        (  # page california_mudslide_fears_county_statements_borneo_bulletin: "a county
            (  # statement" after the county named so
                "In Santa Barbara County on the central coast, evacuation orders took effect at "
                "10am yesterday for areas hit by the Sherpa, Whittier and Thomas fires.\n\n"
                "“Gather family members, pets, and essential items,” a county statement said."
            ),
            "Santa Barbara County",
        ),
        (  # page drama_uk_closes_tambling_thestage: a letter sent to a body's members
            (
                "Training accreditation body Drama UK is to close, following a year in which "
                "several high-profile member schools quit the organisation.\n\n"
                "A letter sent to all current and recent members of the drama school body "
                "confirmed the decision of its board to “cease all activities and to proceed "
                "with the winding up of Drama UK”."
            ),
            "Drama UK",
        ),
        (  # page sydney_water_restrictions_pavey_mywiloo: a time phrase before "by", and a
            (  # one-word name the index does not know
                "A tweet posted earlier this month by WaterNSW, the region's bulk water "
                'supplier and river operator, warned: "This is one of the most severe '
                'droughts ever recorded in NSW".'
            ),
            "WaterNSW",
        ),
        (  # page nigeria_startups_q1_techpoint_parrotnigeria: "the report" after "the latest
            (  # quarterly report by X", X a name the index does not know
                "Flutterwave topped the table with $250 million according to the latest "
                "quarterly report by Techpoint Africa,\n\n"
                "“Throughout Q1 2022, African startups collectively announced $1.589 billion "
                "in funding,” the report stated."
            ),
            "Techpoint Africa",
        ),
        (  # page bt_weekend_broadband_outage_bt_care_itpro: "posted on Twitter by X"
            (
                "BT has apologised to its broadband customers after services went down "
                "throughout the UK over the weekend.\n\n"
                'A message posted on Twitter by BT Care said: "Sorry about the issues many of '
                'you had accessing the Internet this morning."'
            ),
            "BT Care",
        ),
        (  # page gulf_of_aden_houthi_ship_sinking_sarea_gfatf: the person in apposition
            (
                "Yemen’s Iran-backed Houthi rebels said on Monday that a cargo ship the group "
                "targeted in the Gulf of Aden is at risk of sinking.\n\n"
                "A spokesman for the Houthis, Yahya Sarea, issued a statement saying that the "
                "ship was “now at risk of potentially sinking.”"
            ),
            "Yahya Sarea",
        ),
        (  # page bc_ferries_queen_new_westminster_statement_ctvnews: the one body, its
            (  # name read as a person's with no gender
                "BC Ferries announced that it cancelled sailings for the remainder of Sunday "
                "on one of its main ships.\n\n"
                "BC Ferries also states that customers with reservations on cancelled sailings "
                "will be refunded their reservation fee.\n\n"
                '"We have added additional traffic flaggers at both Tsawwassen and Swartz Bay '
                'terminals to ensure traffic moves smoothly," the statement adds.'
            ),
            "BC Ferries",
        ),
        (  # page food_banks_ifan_letter_articlenote: the body that spoke in the sentence
            (  # before "A letter"
                "According to the Independent Food Aid Network (IFAN), many are reaching "
                "breaking point as families struggle through the cost of living crisis.\n\n"
                "The group of more than 550 independent food banks has called on the Prime "
                "Minister and Chancellor to act urgently to tackle “rapidly rising poverty, "
                "misery and hunger”. A letter to Boris Johnson and Rishi Sunak said: “We are "
                "writing to urge you to take immediate action.”"
            ),
            ["Independent Food Aid Network", "Independent Food Aid Network"],
        ),
    ],
)
def test_document_words_go_to_its_author(text, speaker):
    """A document that speaks ("the complaint said", "A joint statement released by the two
    companies called", "The statement added", "an excerpt from the statement said") gives
    its words to the author the text names: the filer of a class action, the agent of
    "released by", the body a "The hotel said in a statement" takes up, the page's one
    body when the statement is first named or comes "from the club", the body whose name
    ends in the document's modifier ("a county statement"), the body whose members a letter
    was sent to."""
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert list(q["speaker"]) == (speaker if isinstance(speaker, list) else [speaker])


def test_tweet_a_city_released_is_the_citys():
    """``The city released a tweet that said, "Q"``: the tweet is the city's, the body the
    text names in "the Bluff City" (page memphis_lime_removal_oliver_miller_wmc)."""
    text = (
        "A new scooter company in the Bluff City has been ordered to remove its scooters.\n\n"
        "The city released a tweet that said, “We have served notice to the company that it "
        "must remove its scooters.”"
    )
    q = quotes(hrlesson.article_from_text(text, date="2019-01-01"))
    assert list(q["speaker"]) == ["Bluff City"]


# ------------------------------------------------- names the name finder did not read


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # stawamus_chief_climber_banks_ctv: a two-letter surname written like a particle
        (
            (
                "\"I heard somebody yelling 'Help,' but we were high on the other route,\" said "
                "June Le, who was climbing nearby."
            ),
            "June Le",
        ),
        # everest_sherpa_guide_mingma_24newshd: a title word that is the family name, then
        # the company after "of"
        (
            (
                '"We are still getting details but we suspect complications from high altitude '
                'sickness," Mingma Gelu Sherpa of Seven Summits Club told AFP.'
            ),
            "Mingma Gelu Sherpa",
        ),
        # everest_sherpa_death_vernovage_indianarrative: the same, after the verb
        (
            (
                '"His body has been brought down. There were no accidents," said Pasang Tsering '
                "Sherpa of Beyul Adventures, the local partner International Mountain Guides."
            ),
            "Pasang Tsering Sherpa",
        ),
    ],
)
def test_short_and_title_word_surnames_name_the_speaker(text, speaker):
    """A surname the name finder read as a particle ("Le") or a title ("Sherpa") still ends
    the speaker's name (names.run_edges, names.title_surnames, titles.titled_names)."""
    q = quotes(hrlesson.article_from_text(text, date="2023-05-20"))
    assert list(q["speaker"]) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # page ntsb_dc_midair_crash_todd_inman_ballyhoo: the initial's stop ends no subject
            (
                "The National Transportation Safety Board provided steps on how it plans to "
                "investigate.\n\n“This is an all-hands-on-deck event,” NTSB chair Jennifer "
                "Homendy said during a press conference on Thursday.\n\n“Our mission is to "
                "understand not just what happened, but why it happened,” said NTSB board "
                "member J. Todd Inman, who is leading the investigation. “And to recommend "
                "changes to prevent it from happening again.”"
            ),
            ["Jennifer Homendy", "J. Todd Inman", "J. Todd Inman"],
        ),
        (  # page x_fine_musk_virkkunen_rubio_btimes: "X. He" ends a sentence
            (
                "The European Commission fined X on Friday.\n\nMusk rejected the findings "
                "within minutes on X. He wrote that the Commission's accusations were "
                "“bulls---”."
            ),
            ["Musk"],
        ),
    ],
)
def test_initial_ends_neither_name_nor_sentence(text, speakers):
    """An initial's full stop inside a name goes on with the name after a reporting verb
    (subjects.postposed.initial_stop); a one-letter word before a full stop and a pronoun
    ends its sentence (segment._letter_ends_sentence)."""
    q = quotes(hrlesson.article_from_text(text, date="2025-01-30"))
    assert list(q["speaker"]) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page trophy_ban_defra_spokesperson_shootingtimes: the description set in marks
            (
                "A few days later the Daily Telegraph quoted a ‘source close to the Prime "
                "Minister’ as saying: “It can’t be right that endangered and defenceless "
                "animals should be shot for pleasure.”"
            ),
            "a source close to the Prime Minister",
        ),
        (  # page wyre_forest_oak_thinning_forestry_commission_worcesternews: a poster quotes
            (
                "The posters also say local residents should have been consulted before the "
                "decision was made to cut the trees.\n\n"
                "One of the posters quotes a local resident as saying: “The Wyre Forest is a "
                "natural gem, and it is difficult to see how the Forestry Commission is suited "
                "to managing it sensitively.”"
            ),
            "a local resident",
        ),
    ],
)
def test_one_quoted_as_saying_speaks(text, speaker):
    """``X quoted a ‘source close to the Prime Minister’ as saying: "Q"``: the one quoted
    speaks, not the outlet or the poster that quotes; the marked description is no
    quotation of its own."""
    q = quotes(hrlesson.article_from_text(text, date="2020-01-01"))
    assert list(q["speaker"]) == [speaker]


def test_document_phrase_closing_with_read_is_its_issuers():
    """``"Q," a statement by the USADA read.``: "read" closing the frame of a document's
    phrase reports the document's words, and "by" names who issued it (page
    gil_roberts_supplement_ban_usada_sportsmole), not the athlete quoted before."""
    text = (
        "Olympic relay champion Gil Roberts has accepted a 16-month ban by the U.S. "
        "Anti-Doping Agency after testing positive for two banned substances.\n\n"
        "Roberts claimed that his positive test was caused by a contaminated supplement.\n\n"
        '"Following an investigation into the circumstances of his case, USADA determined '
        "that Roberts's positive test was caused by his use of a dietary supplement,\" a "
        "statement by the USADA read."
    )
    q = quotes(hrlesson.article_from_text(text, date="2022-01-01"))
    assert list(q["speaker"]) == ["U.S. Anti-Doping Agency"]


@pytest.mark.parametrize(
    "text",
    [
        (  # page amesbury_fireworks_malfunction_antrobus_hotel_chinadaily
            "LONDON - Police in Britain's Wiltshire said Sunday that 14 people, including some "
            'children, were injured when fireworks malfunctioned at a "bonfire night" event '
            "Saturday."
        ),
        (  # page rush_hour_lorry_ban_sinha_lcc_eveningstandard
            "The group is also urging the Greater London Authority and Transport for London to "
            'ensure only "direct vision" lorries - those with a safer cab design - are used on '
            "projects which they fund."
        ),
        (  # page ndp_leadership_debate_stogran_singh_cbc
            "The bilingual debate, the third of eight scheduled, featured opening statements, "
            'open debates and short "lightning round" questions and responses.'
        ),
    ],
)
def test_quoted_compound_modifying_a_noun_is_a_term(text):
    """A quoted lower-case compound of two plain words right before the noun it modifies
    ('a "bonfire night" event', 'only "direct vision" lorries') is the writer's term, not
    anybody's speech, even in a sentence with a reporting verb."""
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert len(q) == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # page servitude_couple_jailed_kay_iol
            (
                "A traveller couple were branded “pure evil” for keeping slaves as they were "
                "jailed yesterday."
            ),
            "pure evil",
        ),
        (  # page bitcoin_bubble_rohde_bitcoingood
            (
                "The Danish central bank chief unexpectedly issued a stern warning on Bitcoin that "
                'bitcoin was described as "deadly."'
            ),
            "deadly.",
        ),
        (  # page mta_fare_hike_hearing_staton_amny
            (
                "Sherrod Staton, a 24-year-old college student and retail worker from Ozone Park who "
                "takes the A train, bluntly called the options for the fare hike “garbage” and "
                "unfair to riders."
            ),
            "garbage",
        ),
    ],
)
def test_verdict_complement_is_speech(text, quote):
    """A short quotation completing a verb that passes a verdict ('were branded “pure
    evil”', 'was described as "deadly."', 'called the options for the fare hike
    “garbage”') is someone's words, not a scare quote or a term, even with no speaker
    named in its sentence."""
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert quote in q.text.tolist()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # page european_tech_record_wehmeier_yahoo
            (
                "Atomico published its report on Monday.\n\nAnd even though investors poured "
                "nearly $13bn into the European fintech and health technology sectors, members "
                "of the European Parliament “aren’t talking” about those sectors, the report found."
            ),
            "aren’t talking",
        ),
        (  # page dreamworld_coroner_findings_mcdougall_qt
            (
                "Dreamworld's handling of safety risks at the time of a horrific fatal ride "
                'tragedy was a "total failure" and the theme park\'s "shoddy record-keeping was a '
                'significant contributing factor", a coroner has found.'
            ),
            "total failure",
        ),
        (  # page eminem_eightmile_meta_dmn
            (
                "Further, through Meta’s online tools that encourage creating content based on "
                "another user’s content, users can “steal” music from others’ posts for use in "
                "their own, “resulting in exponential infringement,” the lawsuit claims."
            ),
            "steal",
        ),
    ],
)
def test_quote_under_described_finder_is_speech(text, quote):
    """A short quotation in a sentence that closes with a comma, a described finder and a
    verb of finding ('…, the report found.', '…, a coroner has found.', '…, the lawsuit
    claims.') is the finder's words, not a scare quote."""
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert quote in q.text.tolist()


def test_yes_with_no_vote_named_is_an_answer():
    """A quoted "Yes" in a sentence that names no vote is someone's answer, not a ballot
    option (page asada_substantial_assistance_andruska_theage); with a vote named it stays
    one."""
    text = (
        '"He has to give information on others," Andruska said.\n\n'
        'Asked if this meant, say, a winger volunteering, "I took a peptide and so did my '
        'centre teammate," Andruska gave a firm "Yes".'
    )
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert "Yes" in q.text.tolist()
    voted = 'Karl Weber urged members to vote "yes" on the draft.'
    assert quotes(hrlesson.article_from_text(voted, date="2024-01-01")).empty


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page huawei_mate60_silence_richard_yu_cnn_gitficonline
            (
                "“You’re telling me there will be no talk about the phone?” one user wrote on "
                "the social network.\n\n“Where is the phone?” said another."
            ),
            "another",
        ),
        (  # page rumson_shade_trees_sidewalk_kelleher_cbslocal
            (
                "“I will do whatever it takes to protect this tree and my neighbor’s trees,” "
                "said one resident."
            ),
            "one resident",
        ),
    ],
)
def test_inverted_counted_subject_keeps_its_count(text, speaker):
    """``"Q," said another.``, ``"Q," said one resident.``: a subject counted out of a crowd
    after its verb speaks as the text counts it, not as the bare noun or a speaker before."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


def test_indefinite_passer_role_with_an_aside_speaks():
    """``A cyclist, who had arrived on the spot soon after the crash, tweeted that ...``
    (page dc_scooter_death_dupont_torbati_dcpost): an unnamed person by a role passers-by
    have (data/words/anonymous_roles.txt) is the subject across the aside."""
    text = (
        "A cyclist, who had arrived on the spot soon after the crash, tweeted that he found "
        "“the scooter, a headphone and one brown shoe” at the scene."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["a cyclist"]


def test_defender_after_a_said_no_sentence_speaks_the_next_quotation():
    """``... he said no. No further thought was given to the risk, a defender explained.``
    then ``"It was supposed to be a lightning burglary."`` (page
    green_vault_lightning_burglary_defendant_dailynewsen): "no." before a word ends its
    sentence (no "No. 10"), and a defender (data/words/anonymous_roles.txt) speaks next."""
    text = (
        "Asked about weapons, he said no. No further thought was given to the risk, "
        'a defender explained. "It was supposed to be a lightning burglary."'
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["a defender"]


def test_office_description_renames_the_person_before_not_a_holder_named_later():
    """``The Wolverhampton South East MP said`` after ``Shadow minister Pat McFadden says``
    (page gp_survey_mps_mcfadden_wood_expressandstar) is McFadden, not "Dudley South
    Conservative MP Mike Wood", a holder of the same title first named paragraphs later
    (subjects.renamed_people.first_named_after)."""
    text = (
        "Shadow minister Pat McFadden says GPs are doing the best they can, but have been let "
        "down by a lack of reliability in public services.\n\nThe Wolverhampton South East MP "
        'said he understood how patients were frustrated.\n\n"The GP surgeries are doing the '
        "best they can,\" he said.\n\nDudley South Conservative MP Mike Wood said he wasn't "
        "finding it hard personally to get a GP appointment."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Pat McFadden"]


def test_pronoun_before_any_person_is_the_first_person_named_as_a_subject():
    """``"I want to emphasise to this House I am not from that class of unprincipled
    politicians," he told the Dewan Rakyat today.`` on a page that names no person before
    it (page anwar_selective_prosecution_macc_fmt) is Anwar, the first person the text then
    makes a subject ("Anwar challenged"), not Ahmad Fadhli Shaari, named first as an
    object (pronouns.cataphoric_persons)."""
    text = (
        "“I want to emphasise to this House I am not from that class of unprincipled "
        "politicians,” he told the Dewan Rakyat today.\n\nThe prime minister was responding "
        "to Ahmad Fadhli Shaari (PN-Pasir Mas), who asked whether investigations into the "
        "littoral combat ship (LCS) scandal were still ongoing.\n\nAnwar challenged the "
        "opposition to furnish evidence that he had interfered in the affairs of the courts."
        "\n\n“I have not interfered,” said Anwar."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Anwar", "Anwar"]


def test_quote_paragraph_goes_to_the_one_person_its_caption_names():
    """A quotation that is a paragraph of its own, which no rule places, followed by a
    paragraph whose first sentence names one person with no reporting verb (pages
    gas_bills_ramp_capradio and nobel_winners_speak_out_gurdon_newscientist) is that
    person's (speaker_lines.CaptionLines), not the last speaker's before it."""
    text = (
        "Pacific Gas and Electric Company's Jennifer Ramp says rates will rise.\n\n"
        "If you haven't already received your gas bill, be ready for a jump in your monthly "
        'rate.\n\n"Everyone in Northern California should be prepared for bills to go up, '
        'not down."\n\nMindy Spatt is with a consumer group called Utility Reform Network. '
        "She says the best way to lower your bill is by conserving."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Mindy Spatt"]
    assert list(q["attribution"]) == ["caption_after_quote"]


def test_quote_paragraph_after_a_colon_is_not_captioned():
    """A quotation introduced by a colon at the end of the paragraph before (page
    bonfire_displays_cancelled_rospa_itv) is not given to a person the next paragraph
    names."""
    text = (
        "The society is warning people hosting amateur displays to follow safety guidelines:"
        "\n\n\"We understand that the Cost of Living Crisis is weighing on a lot of people's "
        "minds.\"\n\nAshley Martin, the society's public safety adviser, lives in Leeds now."
    )
    q = quotes(_article(text))
    assert list(q["attribution"]) != ["caption_after_quote"]


def test_quote_heading_line_goes_to_the_person_its_caption_names():
    """A round-up that puts each quotation on a line of its own and a caption under it
    (page nobel_winners_speak_out_gurdon_newscientist): the quotation is the person's the
    caption names, not a heading with no speaker."""
    text = (
        "Some of the winners of this year's Nobel prizes tell us how they heard the news\n\n"
        '"If you were to ask me what was the application, I would tell you I don\'t know"'
        "\n\nSerge Haroche explains how his work is driven by the chance to explore "
        "fundamental principles\n\n\"I thought it was some friends, initially. But I don't "
        'have friends that have a really good Swedish accent"\n\nVoice analysis helps Brian '
        "Kobilka, who works on the chemistry of cell receptors, digest that call from Sweden"
    )
    q = quotes(_article(text))
    assert [s.split()[-1] for s in q["speaker"]] == ["Haroche", "Kobilka"]
    assert list(q["attribution"]) == ["caption_after_quote", "caption_after_quote"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page minimum_wage_insult_varadkar_irishtimes
            (
                "Tánaiste Leo Varadkar has defended an 80 cent increase to the minimum wage."
                "\n\n“It’s a big increase,” he said."
            ),
            "Leo Varadkar",
        ),
        (  # page new_year_fireworks_eye_injuries_de_faber_nltimes
            (
                "Ophthalmologist Tjeerd de Faber told RTL that the severity of the injuries "
                "is the same as in previous years.\n\n“We see the same injuries every year,” "
                "he said."
            ),
            "Tjeerd de Faber",
        ),
        (  # page sugar_tax_budget_osborne_conveniencestore
            (
                "Retailer Samantha Coldbeck, owner of Premier Wharfedale Convenience in Hull, "
                "tweeted: “Brilliant news for Biz rates and SMEs, even the sugar tax seems to "
                "be sensible, I don’t often feel this happy after a Budget.”"
            ),
            "Samantha Coldbeck",
        ),
        (  # page amesbury_fireworks_malfunction_antrobus_hotel_chinadaily
            (
                "Eye-witness Lewis Foote, who was at the event with his wife and sons, told "
                'local media: "It was like a war zone."'
            ),
            "Lewis Foote",
        ),
        (  # page australia_day_honours_hurley_theaustralian
            (
                "Governor-General David Hurley said the recipients were remarkable.\n\n"
                "“They have made a difference to their communities,” he said."
            ),
            "David Hurley",
        ),
    ],
)
def test_capitalised_role_word_before_a_name_is_no_part_of_it(text, speaker):
    """A capitalised office or role noun right before a person's name (capitalised_titles:
    "Tánaiste", "Governor-General", "Ophthalmologist", "Retailer", "Eye-witness") is a
    title, dropped from the speaker's name as "President" or "Farmer" is."""
    q = quotes(hrlesson.article_from_text(text, date="2022-06-23"))
    assert set(q["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page toy_safety_recalled_products_stratton_claimsjournal
            (
                "“Gift buyers should be on the lookout for recalled toys and children’s products "
                "this holiday season,” according to U.S. Consumer Product Safety Commission "
                "(CPSC) Chairman Hal Stratton."
            ),
            "Hal Stratton",
        ),
        (  # page arc_research_grants_oconnor_griffith_eurekalert
            (
                "Professor Ian O'Connor welcomed the grants.\n\nDeputy Vice Chancellor "
                "(Research) Professor Ned Pankhurst said the grants were “gratifying validation” "
                "of Griffith's research investment."
            ),
            "Ned Pankhurst",
        ),
    ],
)
def test_gloss_in_brackets_does_not_end_a_titled_name(text, speaker):
    """A body's acronym or a title's portfolio in brackets inside a titled name
    (speech.name_glosses): the person the phrase ends with speaks, not the body or the
    title before the bracket."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


def test_portfolio_before_title_leads_to_the_holder():
    """``United Utilities water regulation and strategy manager John Sanders commented``
    (page north_west_hosepipe_ban_united_utilities_sanders_diyweek): a lower-case portfolio
    between a company's name and the title head does not end the title; the manager named
    after it speaks, not the company (titles.words.portfolio_before_title)."""
    text = (
        "United Utilities water regulation and strategy manager John Sanders commented: "
        "“Despite some recent rainfall in the north of the region, reservoir levels are still "
        "low.”"
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["John Sanders"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page aarey_human_chain_save_trees_kedia_dnaindia
            (
                'Tina Kedia said the protest was peaceful.\n\n"The long human chain is an '
                'indication that people do not want trees of Aarey to be cut," said A '
                "Bhattacharya, member, Aarey Conservation Group."
            ),
            "A Bhattacharya",
        ),
        (  # page slager_indicted_wilson_stewart_salon
            (
                '"I think the people of the 9th circuit elected me to be accountable to them, '
                "and that's what we intend to do,\" said Charleston County Solicitor Scarlett "
                "Wilson in a press conference on Monday."
            ),
            "Scarlett Wilson",
        ),
    ],
)
def test_inverted_name_no_actor_holds_speaks_as_written(text, speaker):
    """``"Q," said A Bhattacharya, member, ...``: a person's name right after an inverted
    verb speaks as written when the actor index never read it, not a person named before
    (subjects.unindexed_names)."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


# ------------------------------------------------------------ bare body nouns, by kind

# A bare "the <noun>" of a body is the body of that kind the article named before, never the
# bare noun itself (sentences from the test pages named in each row).
BODY_NOUN_CASES = [
    (  # canada_saudi_lav_freeland_dailycaller: the one public body that spoke, long before
        (
            "Global Affairs Canada issued a statement Friday night that described minister "
            "Chrystia Freeland asking for officials to review the claim. “If it is found that "
            "Canadian exports have been used to commit serious violations of human rights, the "
            "Minister will take action,” she said.\n\n"
            "The suggestion stems from a Reuters report that at least five people are dead.\n\n"
            "The Qatar province, rich in oil, has been the scene of escalating conflict.\n\n"
            "There was no hint as to what action the Canadian government would take.\n\n"
            "The department would only say that it “is actively seeking more information about "
            "Saudi Arabia’s current efforts to deal with its security challenges.”"
        ),
        "is actively seeking",
        "Global Affairs Canada",
    ),
    (  # eln_releases_soldiers_colombia_bbc: the rebel group named before, not "rebels"
        (
            "Colombia's second largest rebel group, the National Liberation Army (ELN), has "
            "released two soldiers it kidnapped three weeks ago.\n\n"
            'The ELN and the government have been holding "exploratory talks" with a view to '
            "entering into peace talks.\n\n"
            'In a statement, the rebels said they were forced to respond to "intense '
            'counter-guerrilla operations".'
        ),
        "intense counter-guerrilla operations",
        "National Liberation Army",
    ),
    (  # india_reuters_accounts_blocked_x_meity_newsarena: "the platform" is the platform X
        (
            "X, formerly known as Twitter, said it was directed by the Indian government to block "
            "more than 2,300 accounts.\n\n"
            "Following public backlash, X said the Indian government subsequently requested the "
            "unblocking of the Reuters accounts. “After public outcry, the government requested X "
            "to unblock @Reuters and @ReutersWorld,” the platform said in the statement."
        ),
        "After public outcry",
        "X",
    ),
]


# "the company": a name read as a person's that the article presents as a business
BODY_NOUN_CASES += [
    (  # humalog_insulin_shortage_canada_lilly_globalnews: apposed "a major U.S.-based drugmaker"
        (
            "Eli Lilly, a major U.S.-based drugmaker, has issued a warning regarding a shortage "
            "of insulin medication in Canada.\n\n"
            "The 10-millilitre vials of the insulin Humalog are impacted by the shortage, Drug "
            "Shortages Canada first reported on Monday.\n\n"
            "Drug Shortages Canada said the shortage is due to a delay in shipping of the drug.\n\n"
            "The shortage only impacts the vial format of the insulin. Eli Lilly said the Humalog "
            "medication is also available in cartridges.\n\n"
            "“For patients requiring a vial only, a biosimilar option of Humalog is available and "
            "currently not reporting any shortages,” the company stated."
        ),
        "For patients requiring",
        "Eli Lilly",
    ),
    (  # beaver_county_gas_line_blast_kramer_ktnv: "The Dallas-based Energy Transfer"
        (
            "There were no injuries as a result of the blast shortly before 5 a.m. ET in Center "
            "Township in Beaver County, police Chief Barry Kramer said.\n\n"
            "The utility company had shut off the line by 5:52 a.m., Kramer said.\n\n"
            "The Dallas-based Energy Transfer, the owner and operator of the line, told CNN a "
            "monitoring system triggered the closing of valves to isolate the line.\n\n"
            '"All of the appropriate regulatory notifications have been made," a statement from '
            "the utility company said."
        ),
        "All of the appropriate",
        "Energy Transfer",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), BODY_NOUN_CASES)
def test_bare_body_noun_is_the_body_named_before(text, quote, speaker):
    df = quotes(_article(text))
    said = {r.text: r.speaker for r in df.itertuples()}
    assert [s for t, s in said.items() if t.startswith(quote)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page russian_diplomats_expelled_us_antonov_newspravda
            (
                "At the same time, according to Russian Ambassador to Washington Anatoly "
                "Antonov, no one could explain the reasons.\n\n“It is noteworthy that at my "
                "request the State Department refused to explain,” Antonov said."
            ),
            "Anatoly Antonov",
        ),
        (  # page hostage_exchange_sinwar_ynetnews
            (
                "Hamas leader in the Gaza Strip Yahya Sinwar said Saturday evening that the "
                "group was ready for a deal. “We are ready to immediately conclude a prisoner "
                "exchange deal,” he said."
            ),
            "Yahya Sinwar",
        ),
    ],
)
def test_place_in_a_post_is_no_part_of_the_name(text, speaker):
    """``Ambassador to Washington Anatoly Antonov``: the place after the post's preposition
    belongs to the post; the person is the given name and surname after it
    (names.post_places)."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page japan_heavy_snow_traffic_passengers_nhk
            (
                'Another passenger said, "More and more people who wanted to use the toilet '
                "moved toward the rear carriage. It became overcrowded and the air was starting "
                'to feel thin."'
            ),
            "another passenger",
        ),
        (  # page aarey_tree_felling_protesters_detained_indianexpress
            (
                "Another protester accused the police of being “very violent” and that they "
                "tried to hit him with lathis."
            ),
            "another protester",
        ),
        (  # page sa_election_long_queues_mamabolo_iafrica: a count
            (
                "One voter expressed his frustration to Eyewitness News: “I came here since 1pm "
                "but the line is not going. So, we don’t understand what is the problem here "
                "inside the voting station,” criticizing the IEC for the situation."
            ),
            "one voter",
        ),
        (  # page hammersmith_bridge_fully_closed_heatwave_lbc: a count
            (
                "One local resident said it closed with “no prior warning to locals or "
                "commuters,” leaving people “stranded either side.”"
            ),
            "one local resident",
        ),
    ],
)
def test_sentence_opening_article_of_a_description_is_lowered(text, speaker):
    """``Another passenger said``: an article ("another" is "an" and "other") capitalised
    only because it opens the sentence is written in lower case in the speaker, as
    "A spokeswoman" is, and so is a count ("One voter": "one voter")
    (written_articles.lowered_article)."""
    assert set(quotes(_article(text))["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page amoxicillin_shortage_kumar_hikma_cbsny: a capitalised modifier after "One"
            (
                "One Howard Beach mom couldn't believe how hard it was to get amoxicillin.\n\n"
                "\u201cIt's crazy,\u201d the mom said."
            ),
            "one Howard Beach mom",
        ),
        (  # page train_taggers_ballarat_resident_courier: "a" first, "one" when she speaks
            (
                "A Ballarat resident was horrified by the attack.\n\n"
                "One Ballarat resident, who did not wish to be named, caught them on camera.\n\n"
                "The Ballarat resident said: \u201cIt's not art, it's vandalism.\u201d"
            ),
            "one Ballarat resident",
        ),
    ],
)
def test_unnamed_speaker_keeps_the_count_one_as_written(text, speaker):
    """``One Howard Beach mom ... the mom said``: an unnamed person brought in with "one"
    keeps it, the one written last before the speaker's mention when the text also writes
    "a" (written_articles.written_article)."""
    assert set(quotes(_article(text))["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page amoxicillin_shortage_kumar_hikma_cbsny: a subject brought in with "one"
            (
                "One Howard Beach mom couldn't believe how hard it was to get the drug.\n\n"
                "\u201cIt's crazy. It shouldn't be this difficult,\u201d she said.\n\n"
                "Dr Nidhi Kumar, a specialist, said: \u201cThere is a shortage.\u201d"
            ),
            "one Howard Beach mom",
        ),
        (  # page train_taggers_ballarat_resident_courier: a relative aside before the verb
            (
                "One Ballarat resident, who did not wish to be named for fear of reprisal, "
                "whipped out her iPhone.\n\n"
                "\u201cWe were just sitting on the train,\u201d she said.\n\n"
                "A V/Line spokesman, Tom Hart, said: \u201cIt was idiotic.\u201d"
            ),
            "one Ballarat resident",
        ),
        (  # page toronto_300_tenants_stop_paying_rent_alao_smashdatopic: a tenant is a role
            (
                "\u201cI moved in at $500. It's now almost $1,000,\u201d one tenant stated. "
                "\u201cI'm making ends meet,\u201d she added."
            ),
            "one tenant",
        ),
    ],
)
def test_she_after_an_unnamed_described_subject_is_that_person(text, speaker):
    """``One Howard Beach mom couldn't believe ... "Q," she said``: a "she" after a sentence
    whose subject is an unnamed person brought in with "one" (a negated auxiliary as its
    verb, a "who" aside between them) is that person
    (pronouns.described_persons.described_person)."""
    found = quotes(_article(text))
    assert found["speaker"].iloc[0] == speaker
    assert "resolved to no one" not in " ".join(found["evidence"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page powerball_150m_ipswich_cooney_dailytelegraph
            (
                "The Lott spokesperson Lauren Cooney said she was excited to reveal the win.\n\n"
                "The Sydney dad said he was still trying to get his head around the news he had "
                "woken up a multi-millionaire.\n\n"
                "“My god. I just told my wife. She was getting the kids ready for school and she "
                "does not believe me!” he said."
            ),
            "the Sydney dad",
        ),
        (  # page slavery_couple_jailed_kay_heart
            (
                "James John Connors, 34, known as Big Jim, was sentenced to 11 years.\n\n"
                "The other victim was an alcoholic when he was picked up at a service station "
                "in the Midlands and put to work.\n\n"
                'He described Big Jim as a "very nasty and violent man" who assaulted him.'
            ),
            "the other victim",
        ),
    ],
)
def test_pronoun_means_the_described_person_before(text, speaker):
    """A "he" after a sentence whose subject is a person the article describes and never
    names is that person, as the article writes it (pronouns.described_persons), even across
    a quotation of several sentences."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page counterfeit_handbags_detroit_russell_wxyz
            (
                "The brands ripped off include Louis Vuitton, Gucci, Burberry, Chanel, and "
                "Dolce & Gabbana.\n\n"
                "An expert in authenticating brand name items was called in to verify that the "
                "681 items seized were counterfeit.\n\n"
                '"Louis Vuitton has a zero-tolerance policy to counterfeiting following its '
                'respect for creativity and protection of intellectual property," the company '
                "wrote on their website regarding brand protection."
            ),
            "Louis Vuitton",
        ),
        (  # page idea_vodafone_cci_nod_gizbot
            (
                "The Competition Commission of India (CCI) has finally approved the merger of "
                "Vodafone India with Idea Cellular.\n\n"
                "Aditya Birla Group- led Idea Cellular also confirmed the same in a BSE fling.\n\n"
                '"Idea Cellular is pleased to confirm receipt of the letter from the Competition '
                'Commission of India dated 24th July 2017," the company said'
            ),
            "Idea Cellular",
        ),
        (  # page bobby_charlton_death_man_united_hurst_rediff
            (
                "Bobby Charlton, an England World Cup winner and one of Manchester United's "
                "greatest players, died on Saturday at the age of 86, the Premier League club "
                "said in a statement.\n\n"
                "Charlton was a key figure in England's 1966 World Cup-winning team and played "
                "758 games for United, scoring 249 goals.\n\n"
                '"Manchester United are in mourning following the passing of Sir Bobby Charlton, '
                'one of the greatest and most beloved players in the history of our club," the '
                "club said."
            ),
            "Manchester United",
        ),
    ],
)
def test_company_statement_opening_with_its_name(text, speaker):
    """``"Louis Vuitton has a zero-tolerance policy ...," the company wrote``: a company's
    statement names the company as its own first words, so "the company" (or "the club")
    is that name, though the name finder read it as a person's
    (self_named_statements.self_named_company)."""
    assert list(quotes(_article(text))["speaker"])[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # dvb_burma_pinheiro_dvb: the press release only says where the words were read
        (
            (
                'Wunna Maung Lwin it was "disappointing that the report did not reflect the '
                'true situation on the ground", according to an HRC press release.'
            ),
            "Wunna Maung Lwin",
        ),
        # hongkong_nsl_china_mission_bachelet_businesstimes: a possessed noun is what is
        # spoken of; the statement's issuer speaks
        (
            (
                "Ms Bachelet's comments \"grossly interfere in China's sovereignty\", according "
                "to a statement by China's permanent mission to the UN office in Geneva on Friday."
            ),
            "China's permanent mission to the UN office in Geneva",
        ),
    ],
)
def test_according_to_a_medium_after_the_clause_subject(text, speaker):
    table = hrlesson.quotes(_article(text))
    assert list(table["speaker"]) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # royal_ballet_cancels_self_isolate_courier: the website's owner as written
        (
            (
                "The Royal Ballet has cancelled shows. The performance aimed to showcase “new "
                "works from promising choreographers”, according to The Royal Ballet’s website."
            ),
            "The Royal Ballet",
        ),
        # britannia_guests_hotel_po_spokesperson_traveltomorrow: the reports' owner
        (
            (
                "P&O Cruises moved the passengers. However, according to one guest’s reports on "
                "X, formerly known as Twitter, P&O put them in “basically a shithole”."
            ),
            "one guest",
        ),
    ],
)
def test_according_to_a_possessed_source_is_its_owners(text, speaker):
    """``according to X's website``: X speaks, not the website
    (subjects.possessed_sources)."""
    table = hrlesson.quotes(_article(text))
    assert list(table["speaker"]) == [speaker]


def test_claims_by_a_named_paper_opening_the_sentence():
    """``Claims by the Mirror that campaigners "Q" were a misrepresentation according to the
    Dogs Trust`` (dogs_trust_mirror_puppy_ban_tfn): the quote is inside the claims, whose
    owner is named after "by"; the "according to" source only rebuts them
    (act_owners.last_statement_owner, act_owners.named_by)."""
    text = (
        "Claims by the Mirror that animal welfare campaigners “have reacted with disgust "
        "and dismay” to the charity's reported efforts to \"derail the fight to end puppy "
        "farming” were a misrepresentation according to the Dogs Trust."
    )
    assert list(hrlesson.quotes(_article(text))["speaker"]) == ["the Mirror", "the Mirror"]


# ----------------------------------------------------------- passive subjects (speaker_subject)


def test_passive_subject_is_not_the_speaker_of_the_words_about_it():
    # rail_fare_rise_grayling_itv: the subject of "had been accused of" undergoes the charge;
    # the agent after "by" says the words
    text = (
        'Chris Grayling said: "Fares will rise." Mr Grayling had been accused of "shirking '
        'the issue" by shadow transport secretary Andy McDonald and the unions.'
    )
    df = quotes(_article(text))
    row = df[df.text == "shirking the issue"].iloc[0]
    assert row.attribution == "evaluation_passive_agent"
    assert "McDonald" in row.speaker


def test_headline_words_a_body_quotation_holds_are_its_speakers():
    # firearms_registry_dreyfus_guardian: the headline's 'one step closer' reads as a term
    # inside a noun phrase, but the body's speaker says it ("is one step closer to reality")
    text = (
        "Australian firearms registry ‘one step closer’, with cabinet decision expected "
        "mid-year\n\nThe creation of Australia’s first national firearms register “is one "
        "step closer to reality”, the attorney general Mark Dreyfus has declared."
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got[0] == ("one step closer", "Mark Dreyfus")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # nursing_home_workers_congress_ramos_wftv: the headline's workers, Ramos's words
            (
                "Nursing home workers warn Congress ‘crisis is far from over’ even after COVID "
                "vaccines\n\nIn a House hearing this week, they point to widespread staff "
                "shortages.\n\n“The crisis in our nursing homes is far from over,” said Adelina "
                "Ramos, a Certified Nursing Assistant (CNA) in Rhode Island."
            ),
            "crisis is far from over",
            "Adelina Ramos",
        ),
        (  # ila_port_strike_daggett_maritime_executive: the body quotes a part of it
            (
                'ILA Declares “Ports Are Ours” as Leaders Threaten Strike “Will Cripple You"\n\n'
                "The ILA in its official statement said it rejected the final proposal.\n\n"
                "Union President Harold Daggett put out a video threatening to “cripple you,” "
                "lecturing on the nature of port operations."
            ),
            "Will Cripple You",
            "Harold Daggett",
        ),
        (  # covid_uptake_tam_ctv: the lead's officials, the headline's signature
            (
                "Canada 'within reach' of vaccinating 80 per cent of those eligible, but uptake is "
                "slowing: Dr. Tam\n\nCanada is “within reach” of fully vaccinating 80 per cent of "
                "those currently eligible against COVID-19 if momentum is kept up, but federal "
                "public health officials are cautioning that uptake is starting to slow.\n\n"
                "“This is great progress,” said Chief Public Health Officer Dr. Theresa Tam."
            ),
            "within reach",
            "Theresa Tam",
        ),
    ],
)
def test_words_a_headline_or_lead_gives_a_plural_group_are_the_persons_who_says_them(
    text, quote, speaker
):
    # speech.headlines.group_echoes: the group is the writer's summary, the person its speaker
    df = quotes(_article(text))
    rows = df[df.text == quote]
    assert rows.speaker.iloc[-1] == speaker


def test_a_headline_with_no_verb_of_its_own_leaves_the_leads_group_its_words():
    # medicine_shortage_beyond_critical_morrison_yahoo: the headline only echoes the lead, whose
    # pharmacists keep "beyond critical", though the chief executive says it later
    text = (
        "Medicine shortage in England now 'beyond critical' with seven drugs unavailable\n\n"
        "An NHS medicine shortages in England ‘beyond critical’, pharmacists have warned.\n\n"
        "“The medicine supply challenges being faced by community pharmacies and their "
        "patients are beyond critical,” said Janet Morrison, CPE’s chief executive."
    )
    df = quotes(_article(text))
    assert list(df[df.text == "beyond critical"].speaker) == ["pharmacists", "pharmacists"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # gabon_coup_faki_coup_leaders_pledgetimes: the officers are the coup leaders
            (
                "The statement was issued after Gabonese President Ali Bongo asked the "
                "international community for help, after the military announced this morning "
                "that they have seized power in the African country.\n\n"
                "The coup leaders assured before that the president is under house arrest and "
                "they also announced the arrest of one of his sons.\n\n"
                "The uniformed officers accused the detainees of “high treason against State "
                "institutions”."
            ),
            "high treason against State institutions",
            "the coup leaders",  # the article as written (docs/test-pages.md)
        ),
        (  # niger_junta_france_pacts_ambassadors_trtworld: "the military" is Niger's junta
            (
                "Niger's junta has said it would respond immediately to any aggression.\n\n"
                "The junta also announced on Thursday it was scrapping military pacts.\n\n"
                "Separately the military said that it was ending the mandates of ambassadors.\n\n"
                "“The functions of the ambassadors are terminated”, it said."
            ),
            "The functions of the ambassadors are terminated",
            "Niger's junta",
        ),
    ],
)
def test_a_description_of_the_military_in_power_renames_the_ruling_group(text, quote, speaker):
    # speech.subjects.renamed_rulers: in a story of a coup, "the military", "the uniformed
    # officers" are the ruling group the text had speak last
    df = quotes(_article(text))
    assert df[df.text == quote].speaker.iloc[0] == speaker


def test_the_theme_an_event_is_held_under_is_no_quote():
    # world_blood_donor_day_moeti_todayng: the day's theme, not Moeti's words
    text = (
        "Moeti made this known in her message to commemorate the World Blood Donor Day "
        "celebrated on every June 14, with this year’s theme being “Be there for someone "
        "else. Give blood. Share life.”\n\n"
        "“Adequate supplies of safe blood can only be assured through regular, voluntary, "
        "unpaid donations,” Moeti said."
    )
    got = [r[0] for r in _rows(quotes(_article(text)))]
    assert len(got) == 1
    assert got[0].startswith("Adequate supplies of safe blood")


# ------------------------------------------- a possessive's head speaks (heads.possessed_head)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # page bleaching_aerial_surveys_read_gbrmpa: a pronoun points back to the title
            (
                "Reef Authority Director for Reef Health, Dr Mark Read, said coral bleaching was "
                "extensive and fairly uniform across all surveyed reefs.\n\n“In the reef "
                "communities surveyed most coral cover displayed some level of bleaching,” he said."
            ),
            "In the reef communities surveyed most coral cover displayed some level of bleaching,",
            "Mark Read",
        ),
        (  # page council_tax_stretched_sheffield_inews: the title is the verb's subject
            (
                "Sheffield Council Cabinet Member for Finance, Labour Councillor Olivia Blake, told "
                "the annual Budget meeting: “We’ve seen £195m stripped from our main government "
                "grant since 2010.”"
            ),
            "We’ve seen £195m stripped from our main government grant since 2010.",
            "Olivia Blake",
        ),
        (  # page mumbai_power_outage_rk_singh_onenewspage: a headline's shorter title
            (
                "Mumbai power outage: 'National grid fine, problem was in state grid,' says Union "
                "Power Minister\n\nLarge power cut hit Mumbai and neighboring areas on October 12.\n\n"
                "After the massive outage, Union Minister of State for Power and New and Renewable "
                "Energy, RK Singh, informed that the power supply has been restored substantially."
            ),
            "National grid fine, problem was in state grid,",
            "RK Singh",
        ),
    ],
)
def test_post_title_is_the_person_named_between_commas_after_it(text, quote, speaker):
    """A post's capitalised title, then a comma, the holder's name and a comma: the title,
    its pronouns and a shorter title with its words name that holder, not the title
    (titles.posts.holder_in_apposition, holder_of_fuller_title)."""
    q = quotes(_article(text))
    assert q.set_index("text").loc[quote, "speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # warrior_upgrade_hammond_securitydefenceagenda: the company's vice-president, unnamed
        (
            (
                "Lockheed Martin’s UK vice-president added that “the Warrior capability "
                "sustainment programme will bring significant job opportunities for our team of "
                "suppliers based here in the UK.”"
            ),
            "Lockheed Martin’s UK vice-president",
        ),
        # salou_british_siblings_drown_flags_klein_standard: a body of the state's
        (
            (
                "As well as supporting the family, Spain’s civil protection issued a warning "
                'reminding tourists of the "importance of taking extreme precautions on beaches, '
                'swimming pools and inland waters this summer".'
            ),
            "Spain’s civil protection",
        ),
        # jimmy_lai_experts_chinese_mission_inkl: the team, not Lai
        (
            (
                "A group of UN experts have expressed “grave concern” over the arrest and "
                "detention of Jimmy Lai, a former media mogul in Hong Kong.\n\n"
                "On Wednesday, Lai’s international legal team filed an “urgent update” with the "
                "UN experts, arguing that the Chinese government’s response contained “errors "
                "and untruths”."
            ),
            "Lai’s international legal team",
        ),
        # liam_scarlett_dies_royal_opera_house_ipswichstar: the family issued the statement
        (
            (
                "Liam Scarlett has died aged 35.\n\nA statement from Liam Scarlett’s family said: "
                "“It is with great sadness that we announce the tragic, untimely death of our "
                "beloved Liam.”"
            ),
            "Liam Scarlett’s family",
        ),
    ],
)
def test_possessed_head_speaks_not_its_owner(text, speaker):
    """``Lockheed Martin’s UK vice-president added``: the name before the possessive only
    says whose vice-president (team, family, civil protection); the phrase speaks."""
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == speaker


# ------------------------------------------- pronouns: "they" and "it" after their antecedent


def test_they_closing_a_clause_is_not_its_singular_subject():
    """turkiye_summons_nine_ambassadors_sources_yenisafak: "Türkiye expects ..., they said":
    the state takes a singular verb in the clause "they" closes, so "they" are the sources
    who spoke before (pronouns.binding.singular_reported_subjects)."""
    text = (
        "Türkiye summoned the ambassadors of nine countries Thursday, according to diplomatic "
        "sources.\n\n"
        '"The security of all diplomatic missions in Türkiye is provided on the basis of '
        'international conventions," said sources.\n\n'
        "Türkiye expects “friendly and allied countries” to cooperate with Turkish security "
        "units, they said."
    )
    assert list(quotes(_article(text))["speaker"]) == ["diplomatic sources"] * 2


def test_it_after_a_statement_placed_on_a_site():
    """hostage_woodke_sullivan_breaking0news: "a statement on the site said. "Q," it
    continued": "it" is the statement that spoke last, whoever wrote it
    (documents.pronoun.placed_document)."""
    text = (
        "His wife, Els Woodke, said in a statement posted on the “Bring Jeffery Woodke Home” "
        "website that she had been informed by the US government that her husband had been "
        "freed.\n\n"
        "“Els has not yet heard from Jeff but she has been told he is in good condition,” a "
        "statement on the site said.\n\n"
        "“She has expressed her profound thanks to the many people in governments and others "
        "around the world who have worked so hard to see this result,” it continued."
    )
    assert list(quotes(_article(text))["speaker"]) == ["Els Woodke"] * 2


def test_it_opening_the_sentence_after_a_document_that_reports():
    """ivf_mix_up_lawsuit_cha_fertility_miragenews: "The lawsuit says ... It notes that
    ... "Q"": "It" is the lawsuit, though nobody is named as filing it, not the US of
    "US media reports" (documents.pronoun.document_reports)."""
    text = (
        "According to US media reports, the lawsuit states that the couple was shocked.\n\n"
        "The lawsuit says DNA tests confirmed the children were not related to the couple "
        "and that they have relinquished custody.\n\n"
        "It notes that after giving birth on March 30, the couple “was shocked to see that "
        "the babies they were told were formed using both of their genetic material did not "
        "appear to be”."
    )
    assert list(quotes(_article(text))["speaker"]) == ["the lawsuit"]


def test_outlet_relays_the_verb_that_closes_its_clause():
    """``X reported that, Faced with "Q1" ..., the statement said.``: the outlet's verb before
    the quote only relays; the reporting verb that closes the sentence after a comma gives
    the speaker, the author of the statement named before (page
    niger_junta_french_ambassador_48_hours_ngdailynews)."""
    text = (
        "The military rulers who seized control in Niamey on July 26 have given the French "
        "ambassador 48 hours to leave Niger, the country’s minister of foreign affairs said in "
        "a statement Friday.\n\n"
        "Channels Television reported that, Faced with “the refusal of the French ambassador "
        "in Niamey to respond to an invitation” from the minister for a meeting Friday, the "
        "authorities have decided to withdraw their approval of Sylvain Itte and ask him to "
        "depart within 48 hours, the statement said."
    )
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert list(q["cue"]) == ["say"]
    assert "Channels Television" not in list(q["speaker"])
    assert "minister" in q["speaker"].iloc[0]


def test_a_platform_is_not_the_body_that_speaks_next():
    """``A statement on Twitter said: "Q"``: the platform named in the document's own phrase
    is where it was posted, not its issuer (page james_caan_hollywood_tributes_coppola_huffpost)."""
    text = (
        "Hollywood has been paying tribute to James Caan following his death at the age of "
        "82.\n\n"
        "A statement on Twitter said: “It is with great sadness that we inform you of the "
        "passing of Jimmy on the evening of July 6.”"
    )
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert list(q["speaker"]) == ["a statement on Twitter"]


def test_the_company_is_no_platform_named_in_passing():
    """``Other websites affected included Twitter, Facebook, eBay ...`` then ``the company
    revealed: "Q"``: a platform named only in passing is where words are posted, not the
    company that speaks (page bt_weekend_broadband_outage_bt_care_itpro)."""
    text = (
        "BT has apologised to its broadband customers after services went down throughout "
        "the UK over the weekend.\n\n"
        "Other websites affected included Twitter, Facebook, eBay, Amazon and banking "
        "websites such as HSBC.\n\n"
        'A message posted on Twitter by BT Care said: "Sorry about the issues many of you '
        'had accessing the Internet this morning."\n\n'
        'After investigation, the company revealed: "We can confirm it was a network '
        'incident and we are investigating the cause."'
    )
    q = quotes(hrlesson.article_from_text(text, date="2024-01-01"))
    assert "Twitter" not in list(q["speaker"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # kenya_metallic_ring_rumors_ksa_cybernews: "the agency" is the body the text called
        # "the Nairobi-based agency", not the government named as demanding in the claim
        (
            (
                "The Kenya Space Agency is attempting to tamp down on rumors about the origins "
                "of an enormous molten metallic ring.\n\n"
                "But on Friday, the Nairobi-based agency felt the need to issue a second "
                "statement to dispel “a widely circulating claim” that the metallic rocket "
                "debris was actually space junk.\n\n"
                "The rumors further claim that the Kenyan government has now demanded "
                "compensation from the India Space Research Organization.\n\n"
                "“The Kenya Space Agency has not reached any conclusions or attributed the "
                "space object to any space actor yet,” the agency said in Friday’s official "
                "statement."
            ),
            "Kenya Space Agency",
        ),
        # hullo_ferry_weekend_cancellation_hullo_ctvnews: a description of the body the
        # sentence before has as its subject; the company's e-mail address writes its
        # name in lower case, which makes it no common noun
        (
            (
                "Travellers booked on a passenger ferry between Vancouver and Nanaimo this "
                "weekend will have to make alternative plans. Hullo has cancelled all of its "
                "sailings on Saturday and Sunday.\n\n"
                "The fledgling downtown-to-downtown ferry service blamed the cancellations on "
                '"minor weather damage."\n\n'
                "One of the company's two vessels \"received minor damage as a result of "
                "yesterday's gale-force winds,\" Hullo said in a statement on its website.\n\n"
                "Guests should contact the company's help desk by emailing support@hullo.com."
            ),
            "Hullo",
        ),
    ],
)
def test_body_described_again_by_its_own_noun(text, speaker):
    """A bare "the agency" is the body the text last called so
    (bodies.described_again); a description with modifiers whose head is "service" is the
    body the sentence before names (body_nouns.csv choice "described_near")."""
    assert set(quotes(_article(text))["speaker"]) == {speaker}


def test_ships_and_mixed_case_acronyms_in_the_actor_index():
    # malacca_singapore_robbery_rise_recaap_poandpo: ships named after their kind are no
    # actors; "ReCAAP" is a body's acronym, no person
    text = (
        "Armed robbery attacks rise, a report released by the Regional Cooperation Agreement "
        "on Combating Piracy and Armed Robbery against Ships in Asia, or ReCAAP, said last "
        "Friday.\n\n"
        "Of this, two were robbery attacks in May on the tanker Front U11 and tug boat Budget "
        "19, and one on the bulk carrier Katerina in April. Platts reported.\n\n"
        "ReCAAP also warned ship farers to be vigilant when traversing the waters of Indonesia."
    )
    index = hrlesson.speech.actor_index.actor_index(_article(text))
    kinds = {a.name: a.kind for a in index.actors}
    assert kinds.get("ReCAAP") == "organisation"
    assert not {"Front U11", "Katerina", "Budget"} & set(kinds)


def test_description_echoing_a_spelled_out_name():
    # malacca_singapore_robbery_rise_recaap_poandpo: the description repeats the words of
    # the long name that "or ReCAAP" glosses; the ships named in between are no bodies
    text = (
        "The Straits of Malacca and Singapore saw an increase in the number of armed robbery "
        "attacks, a report released by the Regional Cooperation Agreement on Combating Piracy "
        "and Armed Robbery against Ships in Asia, or ReCAAP, said last Friday.\n\n"
        "Of this, two were robbery attacks in May on the tanker Front U11 and tug boat Budget "
        "19, and one on the bulk carrier Katerina in April. Platts reported.\n\n"
        "This compares to one actual and one attempted robbery incident last year.\n\n"
        "There were 17 robbery incidents reported in Indonesia.\n\n"
        '"The ReCAAP ISC advises all ships to exercise enhanced vigilance while underway," '
        "Asia's regional body on combating piracy and robbery said.\n\n"
        "ReCAAP also warned ship farers to be vigilant when traversing the waters of Indonesia."
    )
    assert list(quotes(_article(text))["speaker"])[-1] == "ReCAAP"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page childhood_vaccination_mcmullen_daily8: "GP", a title's acronym
            (
                "Tasmanian GP Tim Jones said he was talking to hesitant patients about vaccination "
                "every day.\n\n\"I'm having four to five conversations a day with families about "
                'vaccinations," he said.'
            ),
            "Tim Jones",
        ),
        (  # page kilifi_herders_drought_chile_nation: a noun for a person by trade
            (
                "Pastoralist Ishmael Hussein Abdi, from Shirango, said he had lost over 20 camels "
                "since July.\n\n“I had 70 camels and now only 50 are left,” he said."
            ),
            "Ishmael Hussein Abdi",
        ),
        (  # page wellington_toughest_year_edridge_stuff: a capitalised title
            (
                "Wellington City Missioner Murray Edridge is a self-proclaimed optimist.\n\n"
                "“That’s not something we’re used to,” he said."
            ),
            "Murray Edridge",
        ),
        (  # page world_championship_deliberate_loss_ding_aaznews: a chess title
            (
                "Chinese Grandmaster Ding Liren has addressed the controversy.\n\n"
                "“I tried my best in the match,” Ding said."
            ),
            "Ding Liren",
        ),
        (  # page edenville_dam_failure_gransden_wnem: a county post ending in "Controller"
            (
                "Midland County Administrative Controller Bridgette Gransden said she’s not "
                "placing the blame on the owner of the dam.\n\n"
                "“This was a 500-year-old flood,” said Gransden."
            ),
            "Bridgette Gransden",
        ),
        (  # page whaley_bridge_dam_sharman_bbc: a police rank written short ("Ch", "Supt")
            (
                "Det Ch Supt Rachel Swann, of Derbyshire Police, said a taskforce had drawn up "
                "a plan.\n\nOnce this was done, Det Ch Supt Swann said, work could begin.\n\n"
                '"The future of the dam wall remains in the balance," she added.'
            ),
            "Rachel Swann",
        ),
        (  # page harare_rowan_martin_offices_ruwende_zimbabwemail: "Retired" before a rank
            (
                "Acting Human Capital Director, Retired Major Matthew Marara stated that the "
                "situation exposed council employees to waterborne diseases.\n\n"
                "“The failure to provide potable water is in contravention of the Act,” wrote "
                "Retired Major Marara."
            ),
            "Matthew Marara",
        ),
    ],
)
def test_title_word_before_a_name_is_no_part_of_it(text, speaker):
    """A title, an acronym of one or a noun for a person's trade written with a capital
    right before a name ends the title, not the name: the speaker is the name alone
    (data/words/title_acronyms.txt, capitalised_titles.txt, person_nouns.txt)."""
    q = quotes(_article(text))
    assert list(q["speaker"]) == [speaker]


def test_role_description_owned_by_another_form_of_the_holders_body():
    """``the head of FIDE`` after ``The International Chess Federation (FIDE) ... the head
    of the Federation Kirsan Ilyumzhinov`` (page
    winter_olympics_rapid_chess_ilyumzhinov_kirsantoday): "FIDE" and "Federation" are two
    forms of one body, so the head of one is the head of the other
    (titles.owners.body_names, as_bodies)."""
    text = (
        "The International Chess Federation (FIDE) is counting on the rapid chess inclusion "
        "in the programme of the Olympic Winter Games said in the interview to the news agency "
        "’TASS’ the head of the Federation Kirsan Ilyumzhinov.  The meeting of Ilyumzhinov "
        "with the President of the International Olympic Committee (IOC) Thomas Bach is "
        'scheduled for 19th of June.\n\n"I think we will offer to include the rapid chess, '
        'where the players will be given 25 minutes.", said the head of FIDE.'
    )
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == "Kirsan Ilyumzhinov"


def test_casual_title_with_a_country_renames_the_titled_subject_before():
    """``NASA Administrator Jim Bridenstine termed ...`` then ``The American space agency
    chief said`` (page india_asat_debris_bridenstine_newsbytesapp): "chief" is an everyday
    head any official is called by, and a country ("American") does not contradict a body
    ("NASA") the holder is titled with (titles.last_speaker.untitled_subject_before)."""
    text = (
        "NASA Administrator Jim Bridenstine termed India's destruction of its own satellite a "
        "terrible thing.\n\nThe American space agency chief said India's test created \"400 "
        'pieces of orbital debris", leading to new dangers for the astronauts.'
    )
    q = quotes(_article(text))
    assert q.set_index("text").loc["400 pieces of orbital debris", "speaker"] == "Jim Bridenstine"


def test_title_set_off_before_a_name_after_a_verb_and_the():
    """``summoned the Ambassador of Germany in Ukraine, Ernst Reichel`` (page
    german_ambassador_summoned_ukraine_vashchenko_ukrhotnews, its paragraphs on Reichel):
    the title set off by a comma before the name, after a verb and "the", with the place
    the post is held "in", is Reichel's role, so the headline's "German Ambassador" and
    the "he" that goes on with the ambassador are Reichel
    (titles.role_holders._comma_segment)."""
    text = (
        "German Ambassador summoned to the foreign Ministry of Ukraine after the "
        "“incorrect” statements\n\nThe Ministry of foreign Affairs summoned the Ambassador "
        "of Germany in Ukraine, Ernst Reichel to explain himself after his statements in an"
        " interview with Ukrainian online.\n\nInformation about this decision was confirmed"
        " by the press service of the foreign Ministry, reports “European true”.\n\n“The "
        "Ambassador of the Federal Republic of Germany invited the foreign Ministry to get "
        "an explanation regarding his statements published in an interview with "
        "RBC-Ukraine”, — said the head of the press service of the Ministry Elena "
        "Vashchenko.\n\nHowever, Vashchenko did not specify which one of the statements of "
        "the Ambassador will be the subject of his communication with the leadership of the"
        " Ministry of foreign Affairs.\n\nWe will remind, earlier the Ambassador of Germany"
        " in Ukraine Ernst reichl in an interview with one of the editions said that the "
        "elections in the Donbass can be done even under the supervision of the Russian "
        "military. As an example, the diplomat recalled how last parliamentary elections in"
        " the GDR.\n\n“Occurred in the presence of the Western group of Soviet troops and "
        "for the then Communist regime in the GDR. But the election led to his change,” he "
        "said."
    )
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == "Ernst Reichel"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page smiler_guilty_plea_paxton_gizmodo
            (
                "Alton Towers owner Merlin Attractions Operations Ltd faces heavy fines after "
                "pleading guilty to breaching the Health and Safety Act.\n\n"
                "The roller coaster reopened last month, provoking criticism from one of the "
                "crash victims, 20-year-old Vicky Balch. \u201cI understand it\u2019s a business "
                "and it\u2019s what they have to do,\u201d she said at the time."
            ),
            "Vicky Balch",
        ),
        (  # page tulsa_council_police_academy_henderson_ktul
            (
                '"The people said they wanted to feel safer," said councilor Jack Henderson.\n\n'
                '"I\'d ask you to be very thoughtful on how you deliberate on this budget," '
                "said mayor Bartlett.\n\n"
                "The mayor urged caution on funding a second academy due to concerns of how to "
                "pay for the officers down the road.\n\n"
                "As for more money for councilors; nothing in the budget for that, but from "
                "councilor Henderson hope that there will soon be something on the ballot.\n\n"
                '"All I\'m asking the council to do is vote to send it to the people," he said.'
            ),
            "Jack Henderson",
        ),
        (  # page cambodia_timber_raids_arrests_leang_seng_phnompenhpost
            (
                "We arrested six people and confiscated two trucks carrying 10 cubic metres of "
                'second-grade wood," District Governor Long Kisoeng said yesterday.\n\n'
                "A local news report said the wood belonged to the wife of district police "
                "chief Uong Maly, a claim he flatly denied yesterday. "
                '"She has nothing to do with it," he said.'
            ),
            "Uong Maly",
        ),
        (  # page pakistan_rupee_fall_dar_sbp_profit: a "he" in the paragraph goes on
            (
                "Finance Minister Ishaq Dar said the largest single drop in the rupee\u2019s "
                "value in nine years was the result of the communication gap.\n\n"
                "However, he did not elaborate on the communication issue. The SBP of Pakistan "
                "is without a full-time head since April 28, when the tenure of last Governor "
                "Ashraf Wathra expired. The government made the Deputy Governor State Bank "
                "Riaz Raziuddin, acting governor for three months, the maximum legal timeframe "
                "for which the central bank could be kept without a governor.\n\n"
                "When pressed to explain the communication gap, he said, \u201cNobody could "
                "claim the all-knowing, and nobody was expert enough to decide on his own about "
                "the important issues.\u201d"
            ),
            "Ishaq Dar",
        ),
    ],
)
def test_pronoun_goes_on_with_the_one_person_the_sentence_before_brings_in(text, speaker):
    """A "he"/"she" after a sentence of narration that brings in one person, shown as a person
    (an age, a lower-case role, a gender), with no subject, speaker or "he"/"she" before,
    is that person, not a subject paragraphs back (pronouns.introduced_persons); a "he" that
    goes on in or before that sentence keeps the earlier person."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # page lotto_10m_newbridge_jordan_irishtimes: "Jordan" is no country here
            (
                "“It’s not a normal Friday in Newbridge,” said Alan Jordan, owner of Jordan’s "
                "Centra in Curragh Grange.\n\n“I’ve no idea,” said Jordan."
            ),
            "I’ve no idea,",
            "Alan Jordan",
        ),
        (  # page crypto_scam_signs_court_coingeek: "Court" is no court here
            (
                "“Scammers are sophisticated,” said ASIC Deputy Chair Sarah Court.\n\n"
                "“Do not delay. Contact your bank immediately,” said Court."
            ),
            "Do not delay. Contact your bank immediately,",
            "Sarah Court",
        ),
    ],
)
def test_a_lone_word_that_ends_a_persons_name_is_that_person(text, quote, speaker):
    """A country's or a body's word alone, written before as the surname after a given name
    ("said Alan Jordan" ... "said Jordan"), is that person
    (names.place_bodies.surname_of_named_person)."""
    q = quotes(_article(text))
    assert q.set_index("text").loc[quote, "speaker"] == speaker


def test_a_peoples_adjective_and_one_word_twice_is_a_body():
    """``the National Farmers Union (NFU) and British Sugar. Commenting on the approval,
    British Sugar said:`` (page sugar_beet_neonicotinoid_authorisation_eustice_croneri): a
    people's adjective and one plain word is a body's name ("British Sugar"), and its word
    written twice after the same adjective is no person's surname
    (names.place_bodies.demonym_length, surname_elsewhere)."""
    text = (
        "The application for emergency authorisation came from the National Farmers Union "
        "(NFU) and British Sugar. Commenting on the approval, British Sugar said: “We are "
        "pleased that Ministers have granted our application.”"
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["British Sugar"]


def test_a_he_goes_on_with_the_person_a_described_title_opens_the_lead_with():
    """``The chess grandmaster Hans Niemann, who is suspected of cheating, started ...``
    (page us_chess_championship_cheating_niemann_blackhawksjersey): "The", a noun that
    modifies a person noun and that noun before a name open the sentence with its subject,
    so a later "he" is Niemann, not the opponent named in a fronted phrase after him
    (pronouns.opening_subjects.described_title_opens)."""
    text = (
        "The chess grandmaster Hans Niemann, who is suspected of cheating, started his "
        "first-round game at the US championships in St. Louis/Missouri shortly after the "
        "publication of an investigation report. After the sovereign victory against "
        "15-year-old Christopher Yoo, he made a brief statement, he did not allow questions "
        "and then broke off the interview.\n\n"
        "When the moderator asked about the game, he did not respond, but ended the "
        "conversation: \u201cI\u2019m sorry, that\u2019s it. You can interpret that however "
        "you want.\u201d"
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Hans Niemann"]


def test_a_they_after_things_sent_out_by_a_body_is_that_body():
    """``urgent warnings have been sent out, by The British Beekeepers Association (BBKA),
    no less. They have announced that an 'unprecedented' number ...`` (page
    asian_hornet_first_nest_langley_campbell_ladbible): a plural subject that names things,
    not people, of a passive with its agent is no "they"; the agent, after a particle and a
    comma too, is the clause's logical subject (pronouns.plural.passive_thing_subject,
    pronouns.passive_agents.participle_before_by)."""
    text = (
        "For the first time this year, urgent warnings have been sent out, by The British "
        "Beekeepers Association (BBKA), no less.\n\n"
        "They have announced that an 'unprecedented' number of Asian hornets could soon "
        "appear across the nation, after confirming that a single hornet and embryo nest "
        "were discovered in Langley."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["British Beekeepers Association"]


def test_a_they_after_people_arrested_by_police_stays_with_the_people():
    """A plural subject that names people stays the "they" of the next sentence though a
    passive's agent follows it (the guard of pronouns.plural.passive_thing_subject):
    the protesters, not the police, say what comes next (no test page has this shape: an
    invented guard)."""
    text = (
        "Several protesters were arrested by Metropolitan Police officers on Monday.\n\n"
        "They said the arrests were \u201ca disgrace to democracy\u201d."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["several protesters"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # page viagogo_promoters_chugg_adelaidenow
            (
                "Music industry heavyweights have warned South Australian fans to steer clear "
                "of online ticket reseller Viagogo, with one prominent rock promoter labelling "
                "the company \u201coutrageously out of control\u201d.\n\n"
                "\u201cThey\u2019re outrageously out of control \u2013 they\u2019re f***ing "
                "thieves, basically,\u201d said long-time Australian rock promoter Michael "
                "Chugg, who\u2019s currently organising Elton John\u2019s Australian leg of his "
                "farewell tour."
            ),
            "outrageously out of control",
            "Michael Chugg",
        ),
        (  # page phone_drivers_fair_game_hughes_dailymail
            (
                'Motorists caught on camera with phones in their hands are "fair game", one '
                "Chief Constable said.\n\n"
                "Meredydd Hughes, Chief Constable of South Yorkshire and head of roads policing "
                "for the Association of Chief Constables, said:\n\n"
                '"If officers using mobile cameras see someone using a hand-held phone, whether '
                "with their own eyes or through the lens of their camera, then they are fair "
                'game."'
            ),
            "fair game",
            "Meredydd Hughes",
        ),
    ],
)
def test_one_unnamed_persons_words_said_again_by_name_are_that_persons(text, quote, speaker):
    """A description of one unnamed person ("one prominent rock promoter", "one Chief
    Constable") whose quoted words a person quoted by name later says again, titled so or
    with no other role, is that person (headlines.echoed_titles.counted_title)."""
    q = quotes(_article(text))
    assert q.set_index("text").loc[quote, "speaker"] == speaker


def test_one_unnamed_person_named_elsewhere_who_says_other_words_stays_unnamed():
    """``"...," one attorney said`` ... ``"...," attorney Nate Bellinger said`` (page
    montana_youth_trial_closing_bellinger_commondreams): no words said again, so the
    description stays as written."""
    text = (
        '"The climate crisis is at home in Montana, and has diminished the lives of each and '
        'every one of the plaintiffs," one attorney said.\n\n'
        '"Plaintiffs are asking this court to declare that a stable climate system is '
        'fundamental to the protection of their rights," attorney Nate Bellinger said during '
        "closing arguments."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["one attorney", "Nate Bellinger"]


def test_indefinite_description_in_the_lead_is_the_person_the_next_paragraph_names():
    """``according to an official race pacesetter who called their treatment "Q". ¶
    Elizabeth Ayres was running the course ...`` (page
    london_marathon_fat_slow_ayres_independent): an indefinite description whose span holds
    its own article is the person named first at the next paragraph's opening
    (descriptions.named_next.opens_indefinite)."""
    text = (
        "London Marathon runners were called \u201cfat\u201d and \u201cslow\u201d by event "
        "cleaners and marshals, according to an official race pacesetter who called their "
        "treatment \u201cugly, heartbreaking and not inclusive\u201d.\n\n"
        "Elizabeth Ayres was running the course alongside participants aiming to get round in "
        "seven-and-a-half hours on Sunday."
    )
    q = quotes(_article(text))
    speakers = q.set_index("text")["speaker"]
    assert speakers.loc["ugly, heartbreaking and not inclusive"] == "Elizabeth Ayres"


def test_indefinite_description_is_the_person_the_next_reporting_verb_names_first():
    """``An official from the ... (IFRC) said Tuesday that ... an "enormous" number of deaths
    ... "Q," said Tamer Ramadan`` (page libya_floods_ali_ramadan_interior_afp_archynetys): the
    person named first by the very next reporting verb of the paragraph, with no post of
    their own, is the official (descriptions.named_next.person_speaking_next)."""
    text = (
        "An official from the International Federation of Red Cross and Red Crescent "
        "Societies (IFRC) said Tuesday that the floods in Libya had caused an \u201cenormous\u201d "
        "number of deaths which could be counted in the thousands. \u201cHumanitarian needs far "
        "exceed the capacities of the Libyan Red Crescent and even the capacities of the "
        "government,\u201d said Tamer Ramadan, during the regular UN press briefing in Geneva."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Tamer Ramadan", "Tamer Ramadan"]


def test_indefinite_description_is_not_a_name_on_the_heading_line_after():
    """``"Q," a spokesperson for the department added. ¶ Cruiser SB denied emergency
    authorisation for 2025`` (page sugar_beet_neonicotinoid_guidance_exwood_farmersguide):
    only a speaker of the description's own paragraph is read."""
    text = (
        "\u201cThis is the next step in delivering the government\u2019s commitment to end the "
        "use of banned neonicotinoids in England,\u201d a spokesperson for the department "
        "added.\n\nCruiser SB denied emergency authorisation for 2025\n\n"
        "This is the first time in five years that an emergency authorisation for Cruiser SB "
        "has not been approved, the company said."
    )
    q = quotes(_article(text))
    assert q["speaker"].iloc[0] == "a spokesperson for the department"


def test_a_bracketed_acronym_spells_the_whole_name_the_finder_cut_short():
    """``The Game Ranger’s Association of Africa (GRAA) reports`` (page
    rhino_poaching_rangers_funda_defenceweb): the possessive stopped the capitalised run, but
    the acronym's letters reach back to "Game"; the body is named in full
    (bodies.name_extents.spelled_name_start)."""
    text = (
        "The Game Ranger’s Association of Africa (GRAA) reports rangers working in South "
        "Africa’s Kruger National Park (KNP) refer to the iconic game reserve as “the beast”."
        "\n\n“With a size of 19 485km² and temperatures that soar to a blistering 50°C, working "
        "in the field is not for the faint-hearted,” according to the GRAA."
    )
    quote = (
        "With a size of 19 485km² and temperatures that soar to a blistering 50°C, working "
        "in the field is not for the faint-hearted,"
    )
    speakers = quotes(_article(text)).set_index("text")["speaker"]
    assert speakers[quote] == "Game Ranger’s Association of Africa"


def test_a_lower_case_word_inside_a_name_its_acronym_spells():
    """``the Medicines and Healthcare products Regulatory Agency (MHRA)`` (page
    medicines_recall_neupro_atkinson_nursingnotes): "products" is no end of the name."""
    text = (
        "Patients are being asked by the Medicines and Healthcare products Regulatory Agency "
        "(MHRA) to check their medicines.\n\nThe MHRA said it was a “precautionary” measure."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Medicines and Healthcare products Regulatory Agency"]


def test_a_title_word_opening_a_firms_name_is_part_of_it():
    """``Princess Cruises boss responds`` (page ruby_princess_inquiry_swartz_travelweekly):
    "Cruises" ends a firm's name (data/words/institution_name_ends.txt), so "Princess" is no
    title of a person called "Cruises"; the boss is the president named after it."""
    text = (
        "“An opportunity for all to learn”: Princess Cruises boss responds to NSW government "
        "inquiry\n\nPrincess Cruises said in a statement it expressed its “deep sadness” over "
        "the impact of COVID-19.\n\nJan Swartz, president of Princess Cruises, said the line "
        "would willingly participate.\n\n“This commission of inquiry is an opportunity for all "
        "to learn from this tragic event,” Swartz said."
    )
    speakers = quotes(_article(text)).set_index("text")["speaker"]
    assert speakers["deep sadness"] == "Princess Cruises"
    assert speakers["An opportunity for all to learn"] == "Jan Swartz"


def test_a_body_named_again_without_its_county_is_the_body_named_in_full():
    """``The Butte County Sheriff’s Department on Sunday issued`` ... ``the Sheriff’s
    Department said`` (page oroville_auxiliary_spillway_sheriff_ktla): one body
    (bodies.bare.unplaced_forms); and "Officials at the Department of Water Resources also
    sent out" ends its description before "also" (descriptions.postmodifiers.verb_after_name)."""
    text = (
        "The Butte County Sheriff’s Department on Sunday issued an evacuation order for parts "
        "of Oroville.\n\n“Operation of the auxiliary spillway has led to severe erosion,” the "
        "Sheriff’s Department said in a statement.\n\nOfficials at the Department of Water "
        "Resources also sent out an alert saying: “Use of the auxiliary spillway has lead to "
        "severe erosion.”"
    )
    speakers = [s for _, s, _ in _rows(quotes(_article(text)))]
    assert speakers == [
        "Butte County Sheriff’s Department",
        "officials at the Department of Water Resources",
    ]


def test_author_in_a_letter_after_a_fronted_time_phrase():
    """delhi_zoo_white_tigress_singh_thehindu: "Earlier this month, the Central Zoo
    Authority in a letter to zoo officials said ... "Q," the letter said": the subject
    after the fronted time phrase wrote the letter (documents.frame_subjects.after_fronted_time)."""
    text = (
        "A 13-year-old white tigress died at the Delhi zoo on Wednesday evening.\n\n"
        "Earlier this month, the Central Zoo Authority in a letter to zoo officials said that "
        "COVID-19 has been confirmed in a tiger in a zoo in New York and directed all of them "
        "to be careful.\n\n"
        "“Zoos in the country are therefore advised to remain on high alert,” the letter said."
    )
    assert list(quotes(_article(text))["speaker"]) == ["Central Zoo Authority"]


def test_name_before_a_document_modifier_issued_it():
    """allure_overboard_royal_caribbean_trofire: "A Royal Caribbean news release said that
    ... the Captain “Q”": the name of several words before "news release", unknown to the
    index, issued it (documents.modified.name_before_modifiers)."""
    text = (
        "A passenger aboard Royal Caribbean’s mega-ship reported seeing a woman going "
        "overboard.\n\n"
        "A Royal Caribbean news release said that when the witness reported the passenger "
        "overboard, the Captain “immediately stopped the ship” and turned it around."
    )
    assert list(quotes(_article(text))["speaker"]) == ["Royal Caribbean"]


def test_statement_on_a_named_website_and_they_after_it():
    """little_stoke_parkrun_organisers_telegraph: "A statement posted on the Little Stoke
    parkrun website yesterday revealed ... They said: "Q" ... The statement added": the
    body the website is named after issued the statement, "They" and "The statement" are
    its (documents.pages.named_page_owner, core.DocumentOwners._document_before)."""
    text = (
        "Organisers of a free weekly fun run have cancelled this week’s event after a row with "
        "Stoke Gifford Parish Council.\n\n"
        "A statement posted on the Little Stoke parkrun website yesterday revealed the council "
        "has now asked for more time to answer some of the issues raised.\n\n"
        "They said: “We have taken the difficult decision to cancel this Saturday's run on "
        "safety grounds.”\n\n"
        "The statement added that organisers were “very grateful” for the “friendly parkrun "
        "spirit” at previous events."
    )
    assert list(quotes(_article(text))["speaker"]) == ["Little Stoke parkrun"] * 3


def test_it_after_a_release_from_a_body_named_there():
    """jaguar_killed_jacksonville_maloney_news4jax: "according to a news release Tuesday
    from the Jacksonville Zoo and Gardens. The zoo said ... It said ... “Q”": the time
    word before "from" does not hide the issuer (documents.unnamed_issuers.past_time_phrase),
    and a reporting "it" that names no actor is that issuer
    (documents.pronoun.labelled_issuer_it)."""
    text = (
        "JACKSONVILLE, Fla. – A female jaguar was killed by a male jaguar in a holding "
        "complex at the zoo, according to a news release Tuesday from the Jacksonville Zoo "
        "and Gardens.\n\n"
        "The zoo said the 21-year-old female jaguar Zenta was killed late Saturday. It said "
        "the incident occurred when the 12-year-old male jaguar Harry was brought in to a "
        "holding complex to be examined after he ingested “pieces of an enrichment item.”"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Jacksonville Zoo and Gardens"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # william_kate_boston_arrival_moonshot_cloudfront
        (
            "“[They] will be accompanied by a doctor on their travels,” Hello! magazine reported.",
            "Hello! magazine",
        ),
        # allblacks_tickets_thomas_bbc
        (
            'Which? magazine has described Viagogo as "a rogue operator".',
            "Which? magazine",
        ),
    ],
)
def test_a_title_written_with_its_mark_before_its_medium_is_one_outlet(text, speaker):
    """A magazine's title keeps its "!" or "?" before the noun of its medium: the mark is no
    end of the name (bodies.media.title_mark_after)."""
    assert list(quotes(_article(text))["speaker"]) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page ny_senate_gay_marriage_diaz_dallasvoice: "Sen." and "Gov." end the runs
            (
                "Conservative Democratic Sen. Ruben Diaz Sr. said Wednesday that supporters of "
                'the bill should say so if they aren’t "ashamed," or its sponsor should '
                '"shut up."\n\nDemocratic Gov. David Paterson says he will sign the bill.'
            ),
            "Ruben Diaz Sr.",
        ),
        (  # page attenborough_mural_dublin_byrne_98fm: a capitalised post, then its holder
            (
                "Green Party Councillor for the area Claire Byrne says the issue is a grey "
                'area, saying "this does highlight the problem we have around street art."'
            ),
            "Claire Byrne",
        ),
        (  # page sf_zoo_zebra_death_katz_abc7news: a title before a double-barrelled surname
            (
                '"They are using it in a way to pull people into the zoo," says San Francisco '
                'Supervisor Michela Alioto-Pier.\n\n"I think right now the zoo has a microscope '
                'on them," says Supervisor Alioto-Pier.'
            ),
            "Michela Alioto-Pier",
        ),
    ],
)
def test_a_title_run_before_a_name_is_not_the_speaker(text, speaker):
    """A run of capitalised affiliation and rank words ending in a rank written short
    ("Democratic Gov.") or a capitalised post ("Green Party Councillor") before a name is
    the person's title: the speaker is the person named after it, not the title."""
    assert set(quotes(_article(text))["speaker"]) == {speaker}


def test_a_straight_quote_left_open_ends_before_a_curly_one():
    """A straight mark never closed, then a curly pair after a stop (page
    nz_auckland_tornado_little_tvnz): the writer switched mark style, so two quotations, and
    the curly paragraph after it is a third, not a continuation of the straight one
    (speech.marks._switched_mark_style)."""
    text = (
        "Little said MetService needs to investigate further.\n\n"
        '"The weather system has now moved southwards from the Auckland area and has '
        "weakened. \u201cSo we\u2019re not expecting any further tornadoes from that,\u201d "
        "Little said.\n\n"
        "\u201cThere is another front which moves onto northern New Zealand tonight.\u201d"
    )
    q = quotes(_article(text))
    assert list(q["text"]) == [
        "The weather system has now moved southwards from the Auckland area and has weakened.",
        "So we\u2019re not expecting any further tornadoes from that,",
        "There is another front which moves onto northern New Zealand tonight.",
    ]


def test_names_given_by_their_frame_are_labels():
    """A tag after "the tag of" (train_graffiti_london_price_standard), a name after "known
    locally as" (newtown_mural_aronofsky_broadsheet) and a work's title before its bracketed
    year (nobel_literature_jon_fosse_surprised_nationaltimes) are names, not speech."""
    text = (
        "Darren Aronofsky apologised to the original artist of the mural \u2013 known locally "
        "as \u201cIt\u2019s like a jungle sometimes\u201d \u2013 and expressed his "
        "embarrassment.\n\n"
        'He was known to use the tag of "Moody". Others have used the tag "Moody RIP".\n\n'
        'The playwright and author, whose major works include "Boathouse" (1989) and '
        '"Melancholy" I and II (1995-1996), was honoured, the jury said.'
    )
    a = _article(text)
    assert quotes(a).empty
    assert set(scare_quotes(a).text) == {
        "It\u2019s like a jungle sometimes",
        "Moody",
        "Moody RIP",
        "Boathouse",
        "Melancholy",
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # unsc_m23_offensive_rodrigues_birkett_voa
            (
                "A “suspected Rwandan Defense Force mobile surface-to-air missile” was fired at "
                "a U.N. observation drone last Wednesday without hitting it, the confidential "
                "report said."
            ),
            "the confidential report",
        ),
        (
            # ruby_princess_police_probe_smith_smh
            (
                "The passenger questionnaire includes questions 12 questions, such as “Did you "
                "see or were you aware of any extra cleaning taking place?”"
            ),
            "the passenger questionnaire",
        ),
    ],
)
def test_document_nobody_wrote_keeps_its_article(text, speaker):
    """A document that speaks as itself, no author named, is named as described, its
    article as written (docs/test-pages.md, "A document as the subject";
    written_articles.document_article); a questionnaire is a document (document_nouns.txt)."""
    assert list(quotes(_article(text))["speaker"]) == [speaker]


def test_a_she_is_no_man_described_by_his_tie_to_an_owner():
    """``Powell, who was visiting her son from her home ..., said the event was a rare
    treat. "Q," she said`` (page national_zoo_panda_birth_bakermasson_apusa): "her son" is a
    man, never the "she", even where the subject finder read him as speaking before
    (pronouns.gender.actor_gender)."""
    text = (
        "Susan Powell, 51, had been standing with her son and granddaughter as Mei Xiang "
        "laboured on the black-and-white screen. Powell, who was visiting her son from her "
        "home outside of Magnolia, Arkansas, said the event was a rare treat.\n\n"
        "\u201cIn south Arkansas, we don\u2019t have anything like this,\u201d she said."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Susan Powell"]


def test_a_she_goes_on_with_the_titled_subject_after_a_fronted_clause():
    """``As zoo officials recounted the tense moments of Saturday night, senior curator
    Brandie Smith teared up as she told of the "five minutes of pure terror,"`` (page
    stillborn_panda_cub_smith_newsday): the main clause's subject after a subordinate clause
    put first, behind a lower-case title, is whom the "she" means, not the speaker of the
    paragraph before (pronouns.opening_subjects.title_after_subordinate_clause)."""
    text = (
        "\u201cIn the circle of life there are always joys and sadnesses,\u201d Don Moore, "
        "the zoo's associate director of animal care sciences, said yesterday.\n\n"
        "As zoo officials recounted the tense moments of Saturday night, senior curator "
        "Brandie Smith teared up as she told of the \u201cfive minutes of pure terror,\u201d "
        "followed by relief when they realized what had happened."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Don Moore", "Brandie Smith"]


def test_a_he_goes_on_with_a_champion_a_title_phrase_opens_the_sentence_with():
    """``Kipchoge's coach and former steeplechase world champion Patrick Sang paid tribute
    ...`` (page berlin_record_kipchoge_sang_xinhua): lower-case nouns that modify the title
    ("steeplechase world champion") keep the phrase a title, so the "he" is Sang, not the
    athlete the quote talks about (pronouns.opening_subjects._noun_before_title)."""
    text = (
        "\u201cI wanted to run a personal best,\u201d Eliud Kipchoge said.\n\n"
        "Kipchoge's coach and former steeplechase world champion Patrick Sang paid tribute "
        "to his athlete's commitment to the course.\n\n"
        "\u201cThere is no secret about him other than to say he is a disciplined runner,"
        "\u201d he said."
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["Eliud Kipchoge", "Patrick Sang"]


def test_a_they_after_staff_as_a_plural_subject_is_that_staff():
    """``Security staff told the group that the company's executives did not wish to speak
    to them. They then asked the MPs to leave and said: "Q"`` (page
    viagogo_office_adams_ticketingbusiness): a noun for people that takes a plural verb
    without "-s" heads a plural description (pronouns.plural.plural_head)."""
    text = (
        "The MPs said they wished to speak to senior figures from Viagogo.\n\n"
        "Security staff told the group that the company\u2019s executives did not wish to "
        "speak to them. They then asked the MPs to leave and said: \u201cI don\u2019t want "
        "to have to call the police.\u201d"
    )
    q = quotes(_article(text))
    assert [s.lower() for s in q["speaker"]] == ["security staff"]


def test_a_they_after_a_postmodified_plural_subject_is_that_group():
    """``Chief veterinary officers from across all four nations worked together ...`` then
    ``"Q," they said`` (page uk_housing_order_cvos_grocer): a plural head with a lower-case
    postmodifier before its verb is the sentence's subject (pronouns.plural.head_complement),
    not the body named in the paragraph before."""
    text = (
        "Keepers must follow strict biosecurity rules, Defra said.\n\n"
        "Chief veterinary officers from across all four nations worked together to introduce "
        "the new measures.\n\n"
        "\u201cWe have taken swift action to limit the spread of the disease,\u201d they said."
    )
    q = quotes(_article(text))
    assert [s.lower() for s in q["speaker"]] == [
        "chief veterinary officers from across all four nations"
    ]


def test_a_they_after_a_plural_title_listing_names_is_that_group():
    """``European commissioners X (...), Y (...) and Z (...) released a statement`` then
    ``"Q," they said`` (page libya_migrant_boat_search_xuereb_politico): the plural title
    that lists the persons is the group (pronouns.plural.listed_names_verb), not the EU
    named in an aside."""
    text = (
        "European commissioners Federica Mogherini (the EU\u2019s foreign policy chief), Frans "
        "Timmermans (the first vice-president) and Dimitris Avramopoulos (the home affairs "
        "commissioner) released a statement Thursday praising the rescue teams.\n\n"
        "\u201cThe EU is working hard to prevent these terrible tragedies,\u201d they said."
    )
    q = quotes(_article(text))
    assert [s.lower() for s in q["speaker"]] == ["european commissioners"]


def test_a_he_never_reaches_a_tour_company_read_as_a_person():
    """``David Caldwell, managing director of All Blacks Tours said ... He said: "Q"``
    (page rwc_charity_auction_caldwell_ticketingbusiness): a name ending in "Tours" or
    "Trains" is a firm's (data/words/trade_name_ends.txt), and no "he" reaches it."""
    text = (
        "David Caldwell, managing director of All Blacks Tours said, according to Stuff, the "
        "rules have been enforced on behalf of the Rugby World Cup.\n\n"
        "He said no charity was allowed to use Rugby World Cup tickets for a promotion. He "
        "said: \u201cRugby World Cup have global sponsors who pay tens of millions of dollars "
        "to be associated with the tournament.\u201d"
    )
    q = quotes(_article(text))
    assert list(q["speaker"]) == ["David Caldwell"]


def test_name_takes_the_case_the_article_writes_most_often():
    """A name the headline spells "Wikileaks" and the body "WikiLeaks" is named as the body
    writes it (page wikileaks_cables_breach_leigh_spokesman; written_case.most_written_case).
    """
    text = (
        "Wikileaks claims breach of archive\n\n"
        "LONDON – Anti-secrecy group WikiLeaks said Thursday that its massive archive of "
        "unredacted U.S. State Department cables had been exposed in a security breach.\n\n"
        "WikiLeaks said that the disclosure had jeopardized the “careful work” it was doing "
        "to redact and publish the cables.\n\n"
        "“Revolutions and reforms are in danger of being lost as the unpublished cables spread "
        "to intelligence contractors and governments before the public,” WikiLeaks said in its "
        "statement."
    )
    assert set(quotes(_article(text))["speaker"]) == {"WikiLeaks"}


def test_word_set_in_capitals_takes_the_body_case():
    """An article opening "COUNCILS have warned", "the councils" in its body: the speaker is
    written as the body writes it (page bin_strikes_double_bag_adur_worthing_express;
    written_case.most_written_case)."""
    text = (
        'COUNCILS have warned residents to "double bag" their rubbish as bin strikes go on.\n\n'
        "Workers at Adur and Worthing councils in West Sussex began a two-week strike on "
        "Monday morning.\n\n"
        "A spokesman for the councils said that a good pay deal had been negotiated."
    )
    assert set(quotes(_article(text))["speaker"]) == {"councils"}


# --------------------------------------------------------------------------- opening trade nouns

# A trade or body-kind noun that only opens the sentence is no part of the speaker's name
# (names/run_edges.py opening_trade_noun); sentences from the test pages.
OPENING_TRADE_NOUNS = [
    # heathrow_baggage_peak_week_baa_travel_weekly
    (
        (
            "Operator BAA conceded the airport would cope only so long as “there are no "
            "exceptional events” as a week-long protest began."
        ),
        "BAA",
    ),
    # spectrum_auction_trai_sharma_firstpost
    (
        (
            "Regulator Trai today said it will be “happy” to give its recommendations to the "
            "government on spectrum auctions."
        ),
        "Trai",
    ),
    # prince_death_musicians_tributes_timberlake_inews
    (
        (
            "Model Iman, who lost her husband David Bowie earlier this year, wrote: “So sad to "
            "hear of Prince’s passing.”"
        ),
        "Iman",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OPENING_TRADE_NOUNS)
def test_opening_trade_noun_is_not_the_name(text, speaker):
    assert list(quotes(_article(text))["speaker"]) == [speaker]


def test_a_class_named_after_a_classing_verb_and_as_is_a_label():
    """'define streaming as ‘making available’' and 'refer to the iconic game reserve as
    “the beast”' name a class, not speech (pages
    fix_streaming_inquiry_trubridge_musiciansunion, rhino_poaching_rangers_funda_defenceweb;
    labels.classed_terms.classed_as)."""
    text = (
        "Musicians call for streaming to be reclassified\n\n"
        "Major labels define streaming as ‘making available’, which allows them to do direct "
        "deals with platforms and keep most of the revenue.\n\n"
        "The Game Ranger’s Association of Africa (GRAA) reports rangers working in South "
        "Africa’s Kruger National Park (KNP) refer to the iconic game reserve as “the beast”."
    )
    article = _article(text)
    assert quotes(article).empty
    assert set(scare_quotes(article)["text"]) == {"making available", "the beast"}


def test_a_title_case_quotation_in_a_sentence_case_headline_is_a_name():
    """'PM leads tributes for nation's 'Golden Tonsils'': a nickname in title case after a
    possessive, in a headline written in sentence case (page
    john_laws_death_tributes_albanese_perthnow; labels.quoted_names.title_case_name)."""
    text = (
        "PM leads tributes for nation's 'Golden Tonsils'\n\n"
        "For more than 70 years, John Laws' voice resonated across the airwaves."
    )
    assert quotes(_article(text)).empty


def test_another_said_is_another_of_the_one_before():
    """A bare "Another" before "said:" is the verb's subject, not a determiner, and is
    another of the description "One local resident" counted before it (page
    hammersmith_bridge_fully_closed_heatwave_lbc; cue_nouns.another_as_subject,
    counted_one.earlier_counted_noun)."""
    text = (
        "One local resident said it closed with “no prior warning to locals or commuters,” "
        "leaving people “stranded either side.”\n\n"
        "Another said: “Not surprised, it needs to stay closed as it literally rocks/sways "
        "when I run across it sometimes, and the heat doesn't help either.”"
    )
    assert list(quotes(_article(text))["speaker"]) == ["one local resident"] * 2 + [
        "another local resident"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page us_chess_championship_cheating_niemann_blackhawksjersey: a demonym after the
            # age is no name, and "15-year-old Christopher Yoo" is of another age
            (
                "The chess grandmaster Hans Niemann, who is suspected of cheating, started his "
                "first-round game at the US championships in St. Louis/Missouri shortly after "
                "the publication of an investigation report. After the sovereign victory "
                "against 15-year-old Christopher Yoo, he made a brief statement, he did not "
                "allow questions and then broke off the interview.\n\n"
                "\u201cThis game is a message to everyone. It all started with me saying that "
                "chess speaks for itself. I think this game spoke for itself. She showed the "
                "chess player I am,\u201d said the 19-year-old American."
            ),
            "Hans Niemann",
        ),
        (  # page ican_nobel_survivors_tsuboi_physorg: the person named two paragraphs up
            (
                "\"I'm delighted that ICAN, which has taken action to abolish nuclear weapons "
                'like us, won the Nobel Peace Prize," Sunao Tsuboi, who suffered serious burns '
                "in the blast and subsequently developed cancer, said in a statement, according "
                'to public broadcaster NHK.\n\n"I want to offer my warmest congratulations," '
                "said the long-time Hiroshima campaigner for nuclear disarmament.\n\n"
                "\"Together with ICAN and many other people, we 'Hibakusha' will continue to "
                'seek a world without nuclear weapons as long as our lives last," the '
                "92-year-old said."
            ),
            "Sunao Tsuboi",
        ),
        (  # page green_vault_confession_defendant_indonewyork: nobody named before it
            (
                "In the process of stealing jewels from the historic Green Vault in Dresden, one "
                "of the defendants made a confession. \u201cI wasn\u2019t just in Dresden, I was "
                "in the rooms of the Green Vault myself,\u201d said the 29-year-old in court."
            ),
            "the 29-year-old",
        ),
    ],
)
def test_age_noun_subject_renames_the_person_of_that_age_or_stays(text, speaker):
    """``"Q," said the 19-year-old American``: an age used as a noun (a demonym may follow
    it) renames the person the text introduced last, in its paragraph or the one before,
    else anywhere before it, never one written with another age; with no person named
    before it, it is the unnamed person it describes (descriptions.age_nouns)."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


_JOCKEY_REPORT = (
    "A stewards’ report for the Thoroughbred Racing Northern Territories said how "
    "Luximon was riding Fantasy Eagle in Race 6.\n\nHe then veered his horse towards "
    "rival Flying Start.\n\nThe report said: “After passing the winning post he "
    "deliberately stirred up his mount using the whip.”"
)
_IVF_LAWSUIT = (
    "A lawsuit filed in the Eastern District of New York has accused a California "
    "fertility clinic of giving the wrong children to a couple.\n\nThe lawsuit says "
    "the couple “was shocked to see that the babies were not theirs”."
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # jockey_ban_stewards_report_nigeriaonnews
            _JOCKEY_REPORT,
            "a stewards’ report for the Thoroughbred Racing Northern Territories",
        ),
        (  # ivf_mix_up_lawsuit_cha_fertility_miragenews
            _IVF_LAWSUIT,
            "a lawsuit filed in the Eastern District of New York",
        ),
    ],
)
def test_the_document_is_named_as_the_sentence_it_opened(text, speaker):
    """``"Q," the report said``: a definite document nobody is named as writing is the one
    an earlier sentence opened with, named with the phrase that placed it there
    (documents.first_mentions)."""
    q = quotes(_article(text))
    assert list(q["speaker"])[-1] == speaker


def test_a_document_is_named_with_whom_it_was_written_to():
    """``The report to the committee read: "Q"`` (aberdeen_deer_cull_cooney_pressandjournal):
    a document nobody is named as writing is named with the "to" phrase that ends its
    subject (documents.placing_phrases)."""
    text = (
        "Councillors approved the cull.\n\nThe report to the committee read: “Only trained "
        "personnel using acceptable methods and equipment will be employed.”"
    )
    assert list(quotes(_article(text))["speaker"])[-1] == "the report to the committee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # page glenorchy_air_crash_too_early_williams_odt: a couple sharing one surname
            (
                "Glenorchy Air owners Robert and Janet Rutherford yesterday said in a statement "
                "the Piper Cherokee 6 crashed \u201cjust before it reached its next destination "
                "and landing at Poolburn airstrip\u201d."
            ),
            "Robert and Janet Rutherford",
        ),
        (  # page hansa_marburg_crew_freed_defenceweb: a firm named by two surnames
            (
                "\u201cThe four seafarers have now been released,\u201d Hamburg-based shipping "
                "firm Leonhardt and Blumberg said in a statement."
            ),
            "Leonhardt and Blumberg",
        ),
        (  # page singapore_nagaenthran_justices_nriaffairs: a list, no couple
            (
                "Justices Andrew Phang, Judith Prakash and Belinda Ang dismissed the appeal, "
                "saying: \u201cThere must come a time when the last word of the court is the "
                "last word.\u201d"
            ),
            None,
        ),
    ],
)
def test_people_or_bodies_named_together_speak_as_one(text, speaker):
    """``Robert and Janet Rutherford said``: two given names and the surname they share
    name the couple, not the second person alone; ``shipping firm Leonhardt and Blumberg
    said``: a lone word read as a surname beside a body is listed with it (joint)."""
    said = list(quotes(_article(text))["speaker"])[-1]
    if speaker is None:
        assert not str(said).startswith("Prakash and")
    else:
        assert said == speaker


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ('calling the turnout "historic".', "Valdoria Election Commission"),
        ('saying the turnout was "historic".', "Orin Maltby"),
    ],
)
def test_body_naming_a_thing_keeps_its_word_when_its_official_echoes_it(frame, speaker):
    """A body's word given with a naming verb ("calling it "historic"") is its own name for the
    thing and stays the body's when its official later says the word again; a word it only
    said goes to that official (headlines.echoed_leads.names_in_own_words)."""
    text = (
        "Turnout record in Valdoria, says commission\n\n"
        "The Valdoria Election Commission on Thursday praised the 71 percent turnout in the "
        f"first round, {frame}\n\n"
        '"The vote was peaceful and historic," Deputy Election Commissioner Orin Maltby told '
        "reporters.\n\nMaltby said the count would end on Friday."
    )
    q = quotes(_article(text))
    assert q.speaker[q.text == "historic"].tolist() == [speaker]


def test_opening_according_to_person_owns_a_later_participle_or_second_verb():
    """vw_german_factories_union_resistance_cavallo_carscoops and
    monusco_withdrawal_keita_muyaya_telesur: "According to Cavallo, the meeting will be "Q1"
    ... and said ... "Q2"": the person of the opening "according to" reports the whole
    sentence (subjects.adjuncts.according_to_person); a body there does not take a
    participle ("According to police, ..., saying": the clause's own subject)."""
    text = (
        "VW works council chief Daniela Cavallo will attend the meeting.\n\n"
        "According to Cavallo, the meeting will be “very uncomfortable” for VW management "
        "and said the works council will mount “fierce resistance” to any closures."
    )
    assert list(quotes(_article(text))["speaker"]) == ["Daniela Cavallo"] * 2
    text = (
        "Congolese minister Patrick Muyaya met the press on Monday.\n\n"
        "According to Muyaya, the Congolese government granted the request, while stating "
        'that "the process must be done in an organized manner."'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Patrick Muyaya"]
    text = (
        "Police chief Ann Rowe spoke in Wolfsburg on Monday.\n\n"
        "According to police, the driver fled the scene, saying he was “not to blame.”"
    )
    assert list(quotes(_article(text))["speaker"]) == ["the driver"]


def test_a_described_person_no_one_named_before_speaks_as_described():
    # "The grieving mum ... said": no person is named before, so the words go to the
    # description, not to the son named later; after a named man, "the champion" stays his
    text = (
        "Knife crime rises\n\n"
        "The grieving mum of a teenager who was stabbed to death said she expects "
        "'nothing to change'.\n\n"
        "Her son, Kelyan Bokassa, was 16.\n"
    )
    assert _rows(quotes(_article(text)))[0][1] == "the grieving mum"
    text = (
        "Magnus Carlsen lost on Sunday.\n\n"
        "Carlsen won the tie-break later.\n\n"
        '"I was not at my best," the five-time world champion added.\n'
    )
    assert _rows(quotes(_article(text)))[0][1] == "Magnus Carlsen"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # page monster_marrow_world_record_baggs_bathwest
            (
                "Keen grower Clive Bevan, who is a steward at the competition, helped them out. "
                "“I rather wish I’d held onto it now!” joked Clive. “Seriously though, I am "
                "pleased they asked for advice.”\n\n"
                "Mark Baggs said the show was a success."
            ),
            ["Clive Bevan", "Clive Bevan"],
        ),
        (  # page lalbagh_flower_show_crowds_verma_thehindu
            (
                "People queued up outside the glass house. “There are more varieties this year "
                "and it is all so beautiful,” gushed Suhas, a VFX designer.\n\n"
                "“We rarely have serious buyers,” said Rejin Jayarajan, owner of an orchid stall."
            ),
            ["Suhas", "Rejin Jayarajan"],
        ),
        (  # no quotation closes before it: the verb reports nothing
            "The crowd laughed. “We rarely have serious buyers,” said Rejin Jayarajan.",
            ["Rejin Jayarajan"],
        ),
    ],
)
def test_manner_of_speaking_verb_closing_a_quotation_is_a_cue(text, speakers):
    """``"Q!" joked Clive.``: a verb of a manner of speaking (data/lexicon.csv rows "joke",
    "gush", "laugh" ... with cue_next ``.q``) reports the quotation it closes; elsewhere
    ("The crowd laughed.") it reports nothing."""
    q = quotes(_article(text))
    assert list(q["speaker"]) == speakers
    if "laughed" in text:  # the manner verb that closes no quotation is no cue
        assert list(q["cue_text"]) == ["said"]


def test_the_and_a_name_after_an_inverted_verb_no_actor_holds_speaks_as_written():
    """``"Q," giggled the Financial Times.``: "the" and a name alone after the verb closing
    the quotation (page noma_norovirus_media_headlines_redzepi_time) speaks as written."""
    text = (
        "The media response was vast. “World’s Best Restaurant Hit by Vomiting Bug,” said "
        "Huffington Post. “Restaurant Leaves Bad Taste with Guests,” giggled the Financial "
        "Times.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Huffington Post", "Financial Times"]


def test_the_judge_is_the_judge_named_first_in_the_last_sentence():
    # constructed: two judges named together; "the judge" goes on with the one named
    # first, not with a "Justice" read from "the Royal Courts of Justice"
    text = (
        "Two activists were jailed at the Royal Courts of Justice in London.\n\n"
        "Announcing the ruling, Mrs Justice Alma Perrin said she and Mr Justice Hale "
        "were not reviewing the order.\n\n"
        "The judge said: “A court order is to be obeyed.”\n"
    )
    assert _rows(quotes(_article(text)))[0][1] == "Alma Perrin"


def test_the_officer_is_the_person_named_just_before():
    # constructed: "the officer" is a generic title, like "the official"
    text = (
        "Timber was recovered near the river, said Superintendent of Police (SP) Ravi Sen, "
        "adding the truck was seized.\n\n"
        "A case was registered at the Kotra Police Station by a forest guard named Mohan.\n\n"
        '"The gang cut valuable trees," said the officer.\n'
    )
    assert _rows(quotes(_article(text)))[0][1] == "Ravi Sen"


def test_a_body_named_before_its_quoted_predicate_issued_the_statement():
    # 'The Orvell Province "calls on ...," said a statement': the province named before
    # the quote is the quote's subject, so the statement is its own, not "a statement"
    text = (
        "Foxes seen near schools\n\n"
        "Several foxes were seen near two schools this week.\n\n"
        'The Orvell Province "calls on all parents to stay alert near the woods," '
        "said a statement.\n\n"
        '"The advice is to keep small children close."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Orvell Province"] * 2


def test_a_post_on_a_platform_is_the_posters_not_the_platforms():
    # "In a Facebook post, the department explained ... the post continued": the
    # department posted it; the platform the post is on does not speak
    text = (
        "Bear seen in Lake Parvo\n\n"
        "A bear entered a cabin in Lake Parvo, and the Parvo County Sheriff's Department "
        "is urging residents to lock their doors.\n\n"
        "In a Facebook post, the department explained the situation.\n\n"
        'The post continued, "Deputies found the bear up a tree near the cabin."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Parvo County Sheriff's Department"]


def test_a_document_named_again_with_its_author_is_that_authors():
    # "A review ... said" then "The review, carried out by X, said": the review is X's
    text = (
        "Canal grant cut\n\n"
        "Volunteers criticised plans to cut the grant for the Orvell Waterways Trust.\n\n"
        'A review, published on 11 July, said the trust should aim for "less reliance on '
        'grants".\n\n'
        "The trust said the cuts were unfair.\n\n"
        "The review, carried out by the Orvell Heritage Board, said the trust had done well.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Orvell Heritage Board"]


def test_a_second_name_joined_to_an_agentless_naming_is_no_quote():
    # 'This sickness is often called "food poisoning" or "stomach flu."': both are names
    # the writer gives, no one's words; an agent after the second keeps them speech
    text = (
        "Diners fall ill at sushi bar\n\n"
        "Nine diners fell ill after eating at a sushi bar in Orvell, Dr Lena Marsh said.\n\n"
        "The virus spreads quickly. This sickness is often called “food poisoning” or "
        "“stomach flu.” Most people recover within three days.\n\n"
        '"Wash your hands often," Marsh said.\n'
    )
    assert list(quotes(_article(text))["text"]) == ["Wash your hands often,"]


def test_a_particle_phrase_between_a_determiner_and_its_noun_is_no_quote():
    # 'added to the "in danger" list', 'turn to the "off" position': a category or a
    # setting the writer names, while 'was "at risk" due to' stays the speaker's words
    text = (
        "Reef review\n\n"
        "A committee will consider adding the Orvell Reef to the “in danger” list.\n\n"
        'A faulty switch could slip to the "off" position, the report found.\n\n'
        "Minister Lena Marsh said the reef was “at risk” due to warming seas.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == ["at risk"]
    assert list(table["speaker"]) == ["Lena Marsh"]


def test_a_name_signing_a_quotation_after_its_comma_is_a_person_who_speaks():
    # '"Q," Anthony Shadid of The Washington Post, who won ...': a round-up signs the
    # quotation with a name no list knows, no reporting verb; the name is a person's
    text = (
        "Prize reactions\n\n"
        "Winners reacted to the news on Monday.\n\n"
        "\u201cJust because we declare the conflict over doesn\u2019t mean it\u2019s ended,\u201d "
        "Anthony Shadid of The Washington Post, who won the reporting prize.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Anthony Shadid"]


def test_a_name_signing_a_quotation_after_a_lower_case_post_speaks():
    # '"Q," socialist party alderman for housing Laurens Ivens. "Q2"': the post in lower
    # case between the closing comma and the name; the next quotation goes on with him
    text = (
        "Houseboat rentals\n\n"
        "The city is drafting new rules for houseboat owners.\n\n"
        '"Many houseboats are used as hotels," socialist party alderman for housing Laurens '
        'Ivens. "We are making sure action is taken."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Laurens Ivens"] * 2


def test_a_document_after_a_quotations_comma_signs_nothing():
    # '"Q," indicates a statement from the municipality of Machu Picchu': a reporting verb
    # stands between, so "Machu Picchu" is no signing person
    text = (
        "Visitor quota raised\n\n"
        "Peru raised the daily quota of visitors.\n\n"
        "\u201cThe unit agreed to increase the capacity,\u201d indicates a statement from the "
        "municipality of Machu Picchu.\n"
    )
    assert "Machu Picchu" not in set(quotes(_article(text))["speaker"])


def test_a_name_after_a_describing_adjective_speaks_after_an_inverted_verb():
    # '"Q," complained a discontented K.B. Verma, a tourist from New Delhi.': the name after
    # "a" and the adjective speaks, its initials written together
    text = (
        "Crowds at the flower show\n\n"
        "Not everyone liked the show. \u201cThe glass house is very noisy,\u201d complained "
        "a discontented K.B. Verma, a tourist from New Delhi.\n"
    )
    df = quotes(_article(text))
    assert list(df["speaker"]) == ["K.B. Verma"]
    assert "an adjective that describes the speaker" in df["evidence"][0]


def test_an_adjective_that_names_a_person_closes_an_inverted_subject():
    # '"Q," said a local.': "local" names the person when no noun follows it
    text = (
        "Bear attacks in the valley\n\n"
        "A bear came down from the forests this week.\n\n"
        "\u201cSeveral civilians were attacked by the bear in broad daylight,\u201d said a local.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["a local"]


def test_an_officer_in_apposition_after_an_inverted_post_description_speaks():
    # '"Q," warned WFP Country Director in Chad, Pierre Honnorat.': the officer named
    # after the comma speaks, not the body the description opens with
    text = (
        "Refugees in Chad\n\n"
        "The World Food Programme (WFP) said aid was running out.\n\n"
        '"We need donors to act now," warned WFP Country Director in Chad, Pierre Honnorat.\n\n'
        '"The talks are over," announced the Orvell Union’s (OU) High Representative for '
        "the Horn of Africa, former Nigerian President Olusegun Obasanjo.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Pierre Honnorat", "Olusegun Obasanjo"]


def test_an_officer_after_a_bodys_whole_name_and_a_lower_case_title_speaks():
    # "Rail, Maritime and Transport union (RMT) general secretary Mick Lynch said": the
    # person at the end speaks, though the body's name holds a comma, "and", a bracket
    text = (
        "Ferry staff sacked\n\n"
        "Hundreds of ferry staff were sacked on Thursday.\n\n"
        "Rail, Maritime and Transport union (RMT) general secretary Mick Lynch said: "
        '"We will fight this."\n\n'
        'Euston RMT Health and Safety rep Paul Chadwick added: "We are not going away."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Mick Lynch", "Paul Chadwick"]


def test_a_statement_noun_uttered_in_an_inner_clause_is_that_clauses_subjects():
    # "They said ... while others such as X issued more dire warnings that ... "Q"": X's
    text = (
        "Port strike begins\n\n"
        "Dock workers walked out on Tuesday at ports along the coast.\n\n"
        "Officials said there would be little impact on shoppers while others such as "
        "the Orvell Trade Council issued dire warnings that the strike would "
        "\u201cparalyze trade across the region.\u201d\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Orvell Trade Council"]


def test_a_finding_noun_from_a_body_is_the_bodys():
    # "X said she received word from Y that ... "Q"": Y's words, not X's
    text = (
        "Novel put on hold\n\n"
        "Mara Quill, author of The Glass Orchard, said she received word from Lantern "
        'Books that the release would be "postponed indefinitely."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Lantern Books"]


def test_a_passive_reporting_verb_inside_a_reported_clause_is_its_agents():
    # "He said they were asked by Mr X to "Q"": the agent asked, so the words are X's
    text = (
        "Protesters jailed\n\n"
        "Campaigner Steve Orwin spoke for the group outside court.\n\n"
        "Mr Justice Hale said the court would not review the order.\n\n"
        "He said they were asked by Mr Orwin earlier on Wednesday to "
        "\u2018exercise moral courage and imagination\u2019.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Steve Orwin"]


def test_a_participle_after_a_judged_object_is_the_judges():
    # "X praised Y saying": the one who praises says it, not the one praised
    text = (
        "Mayor visits Orvell school\n\n"
        "In her speech, Mayor Ada Quill praised headteacher Tom Brand saying he had been "
        "“a tireless champion” of the school.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Ada Quill"]


def test_a_participle_after_a_defended_object_is_the_defenders():
    # "X have defended the pay of Y citing": the defenders cite it, not the ones paid
    text = (
        "Orvell clubs defend wages\n\n"
        "Orvell Rovers have defended the large salaries paid to their players citing "
        "“enormous pressure” in “very demanding jobs”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Orvell Rovers"] * 2


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Tattooist Dan Orvell said: "We are not racist."', "Dan Orvell"),
        ('Churchwarden Margaret Parvo said: "It is heartbreaking."', "Margaret Parvo"),
        (
            'As the paper reported, Principal Tokuji Orvo said: "It is part of education."',
            "Tokuji Orvo",
        ),
        ('Deacon Robert Parvo says: "Everyone is welcome."', "Robert Parvo"),
    ],
)
def test_a_role_word_opening_a_name_is_no_part_of_it(sentence, speaker):
    # "Tattooist Dan Flavell said": a trade, a pastime or a church or school post
    # (data/words/role_nouns.txt) written as a title before a given name and a surname
    text = f"Plaques stolen\n\n{sentence}\n"
    assert list(quotes(_article(text))["speaker"]) == [speaker]


def test_a_modifier_and_a_role_before_a_name_are_no_part_of_it():
    # "Former Royal Marine Daniel Millar", "Bahraich DFO Ajeet Pratap Singh": a modifier
    # and a role noun or a title acronym before the name
    text = (
        "Plaques stolen\n\n"
        'Former Royal Marine Daniel Orvell, 80, said: "It is outrageous."\n\n'
        '"A team reached the spot," Bahraich DFO Ajeet Pratap Parvo said.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Daniel Orvell", "Ajeet Pratap Parvo"]


def test_a_rank_written_short_ends_no_sentence():
    # '"Q," explained Dallas Police Det. Jamison Lewis.': "Det." does not end the
    # sentence, so the detective, not "Dallas Police Det", is the inverted subject
    text = (
        "Copper thieves\n\n"
        '"They are stealing the cable lines," explained Orvell Police Det. Jamison Parvo.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Jamison Parvo"]


def test_a_headline_quote_reported_without_marks_in_the_body_is_its_reporters():
    # "Narrowboat 'probably sank within two minutes'" ... "Pete Barnett, said the boat
    # probably sank within two minutes": the body reports the words, unquoted, by name
    text = (
        "Narrowboat 'probably sank within two minutes', killing its owner\n\n"
        "A man died after his narrowboat sank in a lock on the Orvell canal.\n\n"
        "The head of the rescue team, Pete Barlow, said the boat probably sank within "
        "two minutes.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Pete Barlow"]


def test_a_headline_contraction_echoed_spelled_out_is_the_body_speakers():
    # "'It's a dying trade': rural pubs ..." ... '"It is a dying trade, ...," he says'
    text = (
        "'It's a dying trade': rural pubs battle for survival\n\n"
        "Rural pubs are closing across the county.\n\n"
        "Sean Dorran runs a bar in a coastal village.\n\n"
        '"It is a dying trade, there is not much left in it," he says.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Sean Dorran"] * 2


def test_a_plural_possessive_owns_its_document():
    # "The voluntary administrators' report ... warned": the administrators wrote it
    text = (
        "Ski fields vote\n\n"
        "Creditors of Orvell Skifields voted on Tuesday to hand the company back.\n\n"
        "The voluntary administrators' report released last week warned the option was a "
        '"worst-case scenario".\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["the voluntary administrators"]


def test_the_letter_is_the_writers_the_article_named_before():
    # "X has now written to Y ..." then "The letter said: "Q"": X wrote it
    text = (
        "Pool closure\n\n"
        "Orvell MP Robert Castell has now written to council leader Paul Dane about the pool.\n\n"
        'The letter said: "I am told by multiple sources that the pool may never re-open."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Robert Castell"]


def test_a_sent_letter_is_its_senders_described_by_a_plural():
    # "Doctors' receptionists have sent an open letter" ... '"Q," the letter said'
    text = (
        "Receptionists demand end to abuse\n\n"
        "Doctors' receptionists have sent an open letter to patients demanding an end to "
        "the abuse they receive.\n\n"
        '"We are often told it will be our fault," the letter said.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Doctors' receptionists"]


def test_a_colon_inside_a_works_title_does_not_cut_the_apposition():
    # '"Q," X, author of A: B, said': the colon between a title and its subtitle splits
    # nothing; the name before the apposition speaks
    text = (
        "Country pubs close\n\n"
        "The last hotel in Varlo shut its doors.\n\n"
        '"It would be the nail in the coffin for some towns," Tom Grell, author of Great '
        "Inland Stories: River Towns and Pubs, said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Tom Grell"]


def test_a_name_in_apposition_after_a_described_speaker_speaks_as_written():
    # "'Q?' asks the old bookie, George, five years the elder": the name no actor holds,
    # set off after the description, is the speaker
    text = (
        "Last night at the track\n\n"
        "The oldest gambler in town is getting tetchy.\n\n"
        "'What? What horse?' asks the old bookie, George, five years the elder at 84.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["George"]


def test_a_full_name_in_apposition_after_a_title_speaks_before_a_time_adjunct():
    # '"Q," said the head of the Varlo police, Abdi Omar Farah on Sunday': the name
    text = (
        "Reporters freed\n\n"
        "Two reporters held in Varlo were released.\n\n"
        '"The two journalists are free after their ordeals," said the head of the Varlo '
        "police, Abdi Omar Farah on Sunday.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Abdi Omar Farah"]


def test_an_adjective_alone_after_an_inverted_verb_is_an_unnamed_person():
    # '"Q," said a local.': "local" stands for a person; not the "reports" named before
    text = (
        "Bear attacks in Varlo\n\n"
        "Reports said a bear attacked villagers.\n\n"
        '"Several people were attacked in broad daylight," said a local.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["a local"]


def test_a_quotation_over_paragraphs_reopened_with_two_backquotes_is_one_quote():
    # "A spokesman said:¶¶``Q1.¶¶``Q2.''": two backquotes reopen each paragraph of one
    # quotation, two apostrophes close it
    text = (
        "Tattooist sentenced\n\n"
        "A tattooist from Orvell was given a suspended sentence.\n\n"
        "An Orvell City Council spokesman said:\n\n"
        "``The victim said in a statement that she had wanted a tattoo.\n\n"
        "``The resulting design 'looked awful', she said, and she was frightened.''\n"
    )
    found = quotes(_article(text))
    assert len(found) == 1
    assert found["text"][0].startswith("The victim said")
    assert found["text"][0].endswith("she was frightened.")
    assert found["speaker"][0].endswith("Orvell City Council spokesman")


def test_a_quotation_over_paragraphs_reopened_with_two_apostrophes_is_one_quote():
    # "''Q1,'' Mr Parvo said. ''Q2.¶¶''Q3.''": the second quotation runs on into the next
    # paragraph, which reopens it with two apostrophes
    text = (
        "Premier targets gangs\n\n"
        "The Premier will move to ban gangs from running tattoo parlours.\n\n"
        "''This is about sending a clear message,'' Mr Parvo said. ''From April any person "
        "wearing gang colours will be prohibited from entering these venues.\n\n"
        "''This is about giving the police the tools they need.''\n"
    )
    found = quotes(_article(text))
    assert len(found) == 2
    assert found["text"][1].endswith("the tools they need.")
    assert list(found["speaker"]) == ["Parvo"] * 2


def test_a_quoted_phrase_after_act_as_is_the_speakers():
    # 'curb "competitive dressing" and act as "social camouflage", Reidy says': the verb
    # "act as", no law (the Act) that gives a status
    text = (
        "Why schools use uniforms\n\n"
        "Uniforms were introduced in the 1800s to curb competitive dressing and act as "
        '"social camouflage", Parvo says.\n'
    )
    found = quotes(_article(text))
    assert list(found["text"]) == ["social camouflage"]
    assert list(found["speaker"]) == ["Parvo"]


def test_a_judges_style_after_the_surname_is_the_judge_named_in_full():
    # "Garnham J": the law report's style for Mr Justice Garnham, not a second person
    text = (
        "Court rejects order\n\n"
        "Mr Justice Orwell said granting the order would limit access to justice.\n\n"
        "Orwell J, sitting with Master Davison, said there had been a “wholesale failure” "
        "by the firm.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Mr Justice Orwell"]


def test_judges_listed_after_a_plural_style_keep_the_style():
    # "Lord Justices Irwin and Flaux said": the group's name keeps "Lord"
    text = (
        "Campaigners granted appeal\n\n"
        "The Court of Appeal granted permission to appeal on Monday.\n\n"
        "Lord Justices Orwell and Brand said that it was “obvious that the licence matters.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Lord Justices Orwell and Brand"]


def test_a_newspaper_named_for_a_place_after_of_is_one_outlet():
    # "The Times of Israel writes": the paper speaks, not "Israel"
    text = (
        "Talks resume\n\n"
        "Negotiators met again on Monday in Orvell.\n\n"
        "The Times of Israel writes that officials expect “a deal within days”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["The Times of Israel"]


def test_a_plain_word_and_king_is_a_brand_not_a_king():
    # "Greene King says": a pub company, not a king named "King"
    text = (
        "Brewer sold\n\n"
        "The brewer was bought on Monday by an Orvell group.\n\n"
        "Greene King says the deal will ensure its “future success”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Greene King"]


def test_they_after_a_set_off_reporter_is_that_reporter():
    # "..., the management team at X said." then "They added: "Q"": the team, not a
    # place or a subject of the reported clause
    text = (
        "Lido to close for repairs\n\n"
        "Parvo Lido told customers the pool would shut, the first closure in the UK this year.\n\n"
        "The last session will be tomorrow, the management team at Parvo Lido said.\n\n"
        'They added: "We will be working as hard as we can to reopen the pool."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["the management team at Parvo Lido"]


def test_they_after_a_parenthetical_reporter_is_not_the_reported_subject():
    # "At least two dogs were carried off, the coalition report, ..." then "They report
    # numerous dogs "Q"": the coalition, brought in with "a coalition of ...", which keeps its "a"
    # (written_articles.introduced_with_article; the gold of valley_greyhound_stadium_open_...)
    text = (
        "Track safety concerns\n\n"
        "That is the view of a coalition of animal welfare groups, who wrote to the board.\n\n"
        "At least two dogs were carried off the track, the coalition report, with one hurt.\n\n"
        'They report numerous dogs "struggling to keep their footing".\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["a coalition of animal welfare groups"]


def test_a_body_described_by_its_field_is_the_body_named_with_that_word():
    # "a Swim England report has said. The swimming body said ...": Swim England
    text = (
        "Pools stay shut\n\n"
        "More than 200 pools will remain closed, a Swim England report has said.\n\n"
        'The swimming body said the decision presented a "catastrophe for the nation".\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Swim England"]


def test_a_closing_document_frame_takes_the_quote_from_an_embedded_subject():
    # "In a statement, X said ..." then "..., Y “Q” for support, the statement added.":
    # the statement's owner, not Y, the subject the quotation predicates
    text = (
        "New sanctions on Myanmar\n\n"
        "In a statement, the US Treasury Department said it was imposing sanctions.\n\n"
        "To carry out attacks, Myanmar’s military “has relied on a broad network of "
        "companies” for support, the statement added.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["US Treasury Department"]


def test_a_closing_it_read_is_the_document_of_the_sentence_before():
    # "In a closing statement, participants underscored ..." ... "The statement called
    # on ... “Q,” it read.": the participants, who issued the statement
    text = (
        "Leaders meet in Mekelle\n\n"
        "In a closing statement, participants underscored that the deal left issues open.\n\n"
        "The statement called on the government to respect the accord. “Full implementation "
        "of the agreement is essential,” it read.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["participants"]


def test_a_law_closing_its_sentence_gives_the_wording_before_it():
    # "..., congressional ethics rules stipulate.": the rules, as the article names them
    text = (
        "Ethics complaint filed\n\n"
        "A watchdog filed a complaint against the senator on Monday.\n\n"
        "The “solicitation of contributions” may not be conducted with official resources, "
        "congressional ethics rules stipulate.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["congressional ethics rules"]


def test_a_reporting_it_after_an_unowned_document_is_that_document():
    # '"Q1," the report stated. ¶ "Q2," it added.': the report, not a body named before
    text = (
        "Leisure centre may close\n\n"
        "The cabinet will consider serving notice on Wenlock Education Trust.\n\n"
        '"The trust is keen to explore continuing community use," the report stated.\n\n'
        '"Difficult proposals to generate savings must be considered," it added.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["the report", "the report"]


def test_a_quote_after_a_modal_reporting_verb_is_the_outer_reporters():
    # "X warned that the US would respond "Q"": the act is not done, the words are X's
    text = (
        "Diplomats expelled\n\n"
        "Last month, State Department spokesperson Matthew Miller warned that the US would "
        'respond to the expulsion of two US diplomats from Russia "expeditiously."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Matthew Miller"]


def test_a_modal_pronoun_clause_goes_to_the_one_who_argues_it():
    # "She argued that, if the government is saying ..., it should explain why "Q"": hers,
    # not the government's (nor the government of the "is saying" clause)
    text = (
        "Protest at the government\n\n"
        "One of the activists, Marijana Petkovic, said the project is still ongoing.\n\n"
        "She argued that, if the government is saying the project came to an end, it should "
        'explain why the company is "buying fields on the road route."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Marijana Petkovic"]


def test_a_modal_cue_after_a_participle_is_the_judges():
    # "Torres found ..., saying that while ..., it and Ripple cannot agree to "Q"": Torres,
    # not the SEC and Ripple, who "cannot agree"
    text = (
        "Judge rejects settlement\n\n"
        "The Securities and Exchange Commission (SEC) and Ripple asked Judge Analisa Torres "
        "to lower the penalty.\n\n"
        "Torres found Ripple and the SEC's most recent arguments lacking, saying that while "
        "the SEC has the power to change course, it and Ripple cannot agree to no longer be "
        '"bound by a court\'s final judgment."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Analisa Torres"]


def test_it_after_an_unowned_document_that_spoke_is_that_document():
    # '"Q1," the report stated.' then '"Q2," it added.': the report, not the school
    # named in the paragraph before
    text = (
        "Leisure centre subsidy\n\n"
        "The cabinet will consider serving notice on the Trust, which William Brookes School "
        "joined in 2021.\n\n"
        '"The school is keen to explore running the centre," the report stated.\n\n'
        '"It is critical that the council secures its future," it added.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["the report", "the report"]


def test_it_after_a_fronted_phrase_is_no_document_that_spoke():
    # "A recently filed lawsuit claims ..." then "On the clinic's website, it claims to
    # have "Q"": no quotation closes before the "it", so it is not the lawsuit
    text = (
        "Clinic sued\n\n"
        'A recently filed lawsuit claims the clinic made an "unimaginable mishap."\n\n'
        "The couple alleges CHA Fertility Clinic knew about the mix-up. On the clinic's "
        'website, it claims to have "fulfilled the dreams of aspiring parents".\n'
    )
    assert quotes(_article(text))["speaker"].iloc[1] != "a recently filed lawsuit"


def test_a_signature_running_on_past_a_body_name_is_the_person_quoted_in_the_body():
    # "'Q' - Orvell Trust boss": the body's boss, who says the words in the body
    text = (
        "'We have caused real harm' - Orvell Trust boss\n\n"
        "The Orvell Trust is changing the way it works after a damning report.\n\n"
        'Orvell Trust chief executive Maria Dalton said: "We have caused real harm, and '
        'I am deeply sorry."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Maria Dalton", "Maria Dalton"]


def test_a_clause_after_a_headline_colon_gives_way_to_the_body_speaker_of_its_words():
    # "'It's a crisis': US pools closed ..." then '"It is a crisis," ..., Bernard Fisher,
    # added': the person quoted, a contraction and its words spelled out the same words
    text = (
        "‘It’s a crisis’: US summer pools closed or cut back amid lifeguard shortage\n\n"
        "A shortage of lifeguards is forcing pools across the US to close for the summer.\n\n"
        "“It is a crisis,” the director of safety at the Orvell Lifeguard Association, "
        "Bernard Fisher, added.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Bernard Fisher", "Bernard Fisher"]


def test_a_quoted_line_without_a_stop_closing_the_article_is_the_last_speakers():
    # the page's last line, a quotation with no stop after Otero's quoted paragraph: his
    text = (
        "Object hits Orvell home\n\n"
        "An object crashed into the roof of a home in Orvell last month.\n\n"
        "The home is owned by Alejandro Otero, who was on holiday at the time.\n\n"
        "“I was shaking. I was completely in disbelief,” Otero said.\n\n"
        "“I’m super grateful that nobody got hurt”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Alejandro Otero", "Alejandro Otero"]


def test_a_quoted_line_longer_than_a_heading_is_the_last_speakers():
    # a whole sentence of twenty words set alone without its stop after a quoted
    # paragraph, more text below it: the speaker of that paragraph goes on
    text = (
        "Executions condemned\n\n"
        "Orvell hanged two men on Friday, the justice ministry said.\n\n"
        "The rights group Justice Watch condemned the latest executions.\n\n"
        '"We feel strong anger over these executions," Justice Watch said.\n\n'
        '"The government should recognise its obligation to establish a criminal justice '
        'system which does not rely on capital punishment"\n\n'
        "Orvell executed fifteen people last year.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Justice Watch", "Justice Watch"]


def test_a_short_quoted_crosshead_after_a_quoted_paragraph_keeps_no_speaker():
    # a crosshead of a few words with paragraphs below it heads them: no speaker
    text = (
        "Strike goes on\n\n"
        "The union called a new strike on Monday.\n\n"
        "Its leader spoke at the depot.\n\n"
        '"The railway is run down," union leader Claus Weber said.\n\n'
        "“The party helped run the railway down”\n\n"
        "The strike will last three days, the union said.\n"
    )
    speakers = list(quotes(_article(text))["speaker"])
    assert speakers[0] == "Claus Weber"
    assert _none(speakers[1]) is None


def test_a_phrase_quoted_on_a_crosshead_stays_nobodys_though_the_body_quotes_it():
    # a sentence-case crosshead between the body's paragraphs, its phrase quoted again
    # below by a named speaker: the crosshead's words keep no speaker (docs/test-pages.md)
    text = (
        "Talks resume in Orvell\n\n"
        "Negotiators met again on Monday in Orvell.\n\n"
        "The sticking point is the border, officials said.\n\n"
        "Deal ‘crucial to saving civilian lives’\n\n"
        "Envoy Tor Wennesland said the talks “are crucial to saving civilian lives”.\n"
    )
    speakers = [_none(s) for s in quotes(_article(text))["speaker"]]
    assert speakers == [None, "Tor Wennesland"]


def test_a_participle_inside_an_apposition_leaves_the_subject_before_it():
    # "Eric Herb, a farmer and member of the group calling for ..., told": Eric Herb, not
    # the apposition's words
    text = (
        "Wolf attacks sheep\n\n"
        "Wolves killed six sheep near Orvell on Monday.\n\n"
        "Eric Herb, a farmer and member of the group calling for more regulation of large "
        'predators, told the agency: "These sheep were killed last night."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Eric Herb"]
    assert "participle inside the apposition" in table["evidence"].iloc[0]


def test_a_common_word_opening_the_sentence_is_the_name_it_shortens():
    # "First says ... and urged": the bus company First West of England, named mid-sentence
    text = (
        "Bus strike ballot\n\n"
        "Unite says the First West of England drivers rejected the deal on Monday.\n\n"
        "First says the pay offer is “above-inflation” and urged Unite to continue "
        "“constructive negotiations”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["First West of England", "First West of England"]
    assert "short form of a name" in table["evidence"].iloc[0]


def test_a_common_word_opening_the_sentence_is_no_title_it_opens():
    # "the First Minister" is a title, not a name "First" could shorten
    text = (
        "Budget row\n\n"
        "Anna Orvell met the First Minister on Monday.\n\n"
        "First says the offer is “above-inflation”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) != ["First Minister"]


def test_one_name_alone_after_an_inverted_verb_speaks_as_written():
    # "'Q' says Turnbull, Twitter disagrees": Turnbull, a name no actor holds
    text = (
        "Census site crashes\n\n"
        "Many Australians could not log on to the census website on Tuesday.\n\n"
        "'Census was v easy' says Turnbull, Twitter disagrees\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Turnbull"]
    assert "one name alone after the verb" in table["evidence"].iloc[0]


def test_an_anonymised_name_with_its_asterisk_speaks_as_written():
    # '"Q," says Liam*, one of the organisers': Liam, the asterisk a name changed
    text = (
        "Students withhold rent\n\n"
        "Students at 31 universities are withholding rent this term.\n\n"
        "“There’s a lot of anger,” says Liam*, one of the organisers behind the strike.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Liam"]


def test_a_name_and_a_noun_for_a_public_body_speaks_as_written():
    # "The Irish navy, whose ..., said": the Irish navy, not a body named near it
    text = (
        "Migrant boat capsizes\n\n"
        "Medecins Sans Frontieres sent a ship to the area on Monday.\n\n"
        "The Irish navy, whose rescue boat Le Niamh was the first on the scene, said it "
        "expected “significant loss of life”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Irish navy"]
    assert "a noun for a body" in table["evidence"].iloc[0]


def test_a_long_name_and_a_noun_for_a_board_speaks_as_written():
    # "The NHS Black Country integrated care board has warned": the board as written
    text = (
        "Cold snap warning\n\n"
        "Dan Stroud said the roads would be icy on Monday.\n\n"
        "The NHS Black Country integrated care board has warned the public to “avoid going "
        "out early when the frost is thick”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["NHS Black Country integrated care board"]


def test_a_quote_paragraph_after_a_statement_lead_in_is_the_subjects():
    # "The Ministry ... issued the following statement today;" then the statement alone
    # in its paragraph: the ministry, not the person quoted before (lead_ins)
    text = (
        "Diplomat expelled\n\n"
        'Foreign Minister Anna Berg said the claims were "deeply troubling".\n\n'
        "The Ruritanian Ministry of External Affairs, in turn, issued the following "
        "statement today;\n\n"
        '"The High Commissioner was summoned today and informed of the decision."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "Anna Berg",
        "Ruritanian Ministry of External Affairs",
    ]


def test_a_quote_paragraph_after_in_a_statement_is_the_body_named_after_it():
    # "In a statement on Thursday, the Department of Agriculture confirmed an outbreak."
    # then the statement's words alone in their paragraph (lead_ins)
    text = (
        "Bird flu outbreak\n\n"
        'State veterinarian Josh Nyika said: "The risk is high."\n\n'
        "In a statement on Thursday, the Ruritanian Department of Agriculture, Forestry "
        "and Fisheries confirmed an avian influenza outbreak.\n\n"
        '"The veterinary authority was today notified of high mortalities on a farm."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "Josh Nyika",
        "Ruritanian Department of Agriculture, Forestry and Fisheries",
    ]


def test_a_lead_in_gives_the_statement_to_its_own_clauses_subject():
    # "Officials were not available, but Wada posted a statement ..." then the quote
    # paragraph: Wada, the subject of the clause that names the statement (lead_ins)
    text = (
        "School uniforms\n\n"
        'Headmaster Toshi Wada said the school was "a landmark".\n\n'
        'A mother said: "I was surprised by the price."\n\n'
        "School officials were not available for comment, but Wada posted a statement on "
        "the school's home page.\n\n"
        '"With humility, I take the criticism that explanation has been insufficient."\n'
    )
    assert list(quotes(_article(text))["speaker"])[-1] == "Toshi Wada"


def test_the_society_is_the_one_body_named_with_society_in_its_name():
    # "The society is warning people ...:" then the quote paragraph: the Royal Society
    # for the Prevention of Accidents (data/words/body_nouns.csv, group_nouns.txt), not
    # the adviser quoted before
    text = (
        "Fireworks warning\n\n"
        "The Royal Society for the Prevention of Accidents says accidents at home may rise.\n\n"
        "Anna Berg, a health adviser for the charity, said: "
        '"Fewer people are harmed at public displays."\n\n'
        "The society is warning people hosting displays to follow safety guidelines:\n\n"
        '"We encourage those throwing an event to follow our Firework Code."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "Anna Berg",
        "Royal Society for the Prevention of Accidents",
    ]


def test_a_surname_alone_is_the_full_name_the_page_writes():
    # speaker_forms.full_written_name: "Short said" after "engaged to Chad Short"
    text = (
        "Venue closes\n\n"
        "Breann Mason booked the venue before she got engaged to Chad Short.\n\n"
        "“We are paying double,” Short said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Chad Short"]


def test_a_surname_alone_keeps_the_generation_suffix_of_the_full_name():
    # "Chairman Dave Archambault II of the tribe" ... "Archambault said": Dave Archambault II
    text = (
        "Tribe responds\n\n"
        "Chairman Dave Archambault II of the Standing Rock Sioux Tribe welcomed the news.\n\n"
        '"The nation and the world are watching," Archambault said.\n'
    )
    quoted = quotes(_article(text))
    assert list(quoted["speaker"]) == ["Dave Archambault II"]
    assert "the full name the page writes" in quoted["evidence"][0]


def test_a_particle_typed_with_a_stray_space_is_closed():
    # speaker_forms.closed_spacing: "O’ Brien said" → O’Brien
    text = (
        "Crisis unit starts\n\n"
        "The county launched its mobile crisis unit on Monday.\n\n"
        "“It will help in many instances,” O’ Brien said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["O’Brien"]


def test_a_dateline_place_glued_to_the_lead_is_left_out():
    # speaker_forms.without_glued_place: "BarcelonaCatalonia's High Court has ordered"
    text = (
        "Court orders schools to teach in Spanish\n\n"
        "BarcelonaCatalonia's High Court has ordered schools across Catalonia to comply. "
        'It said students must be "effectively taught" in Spanish.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Catalonia's High Court"]


def test_a_described_person_after_the_verb_keeps_its_article():
    # written_articles.introduced_with_article: '"Q," said a female civil servant.'
    text = (
        "Divorce vote\n\n"
        "Voters in Malta go to the polls on Saturday.\n\n"
        '"People oppose divorce but have affairs," said a female civil servant.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["a female civil servant"]


def test_a_display_noun_opening_the_sentence_is_lowered():
    # written_case: "Banners read "Q"": banners, no body's name
    text = (
        "Rent protest\n\n"
        "Thousands marched through the city centre on Saturday. "
        'Banners read "against rent sharks and speculators".\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["banners"]


def test_a_backquote_opening_a_paragraph_opens_its_quotation():
    # "`We do expect ... vaccine."": the backquote is the opening mark, typed on the wrong key
    text = (
        "Vaccine programme starts\n\n"
        "Programme manager Jo-Anne Smith said the programme had gone well.\n\n"
        "`We do expect to have some fainting. That's all perfectly normal with any vaccine.\"\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "We do expect to have some fainting. That's all perfectly normal with any vaccine."
    ]
    assert list(table["speaker"]) == ["Jo-Anne Smith"]


def test_a_closing_mark_typed_after_a_reporting_comma_opens_the_quotation():
    # "Ms Johnson stated, ” We will ....”": the first mark is typed the wrong way round
    text = (
        "Smoking ban considered\n\n"
        "Public Health Minister Melanie Johnson spoke on the radio.\n\n"
        "Ms Johnson stated, ” We will certainly be looking at smoking in public places.”\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [" We will certainly be looking at smoking in public places."]
    assert list(table["speaker"]) == ["Melanie Johnson"]


def test_an_opening_mark_typed_to_close_before_lower_case_ends_its_quotation():
    # "the theme; “The essence of ..., “at the training": the second mark closes the title,
    # and the next paragraph's quotation is one of its own, not its continuation
    text = (
        "Film board told to classify only\n\n"
        "Film maker Lancelot Imasuen addressed the board.\n\n"
        "He spoke on the theme; “The essence of Film Classification, “at the training.\n\n"
        "“The business of classification should be for the Board,” Imasuen said.\n"
    )
    table = quotes(_article(text))
    said = table[table["text"].str.startswith("The business")]
    assert list(said["text"]) == ["The business of classification should be for the Board,"]
    assert list(said["speaker"]) == ["Lancelot Imasuen"]


def test_a_guessed_short_evaluation_is_the_speaker_who_says_its_words_again():
    # 'A “terrible misunderstanding” led to ...' ... a spokesman: "This was a terrible
    # misunderstanding": his words, not the speaker quoted before it (evaluation_echo)
    text = (
        "Mural painted over\n\n"
        'Artist Jo Knapple said: "I was told nothing about it."\n\n'
        "A “terrible misunderstanding” led to the mural being painted over by contractors.\n\n"
        'Council leader Sam Orvell said: "This was a terrible misunderstanding and we are '
        'sorry."\n'
    )
    table = quotes(_article(text))
    row = table[table.text == "terrible misunderstanding"].iloc[0]
    assert row.speaker == "Sam Orvell"
    assert "its words quoted again by" in row.evidence


def test_a_headline_evaluation_is_the_body_speaker_not_the_headline_subject():
    # "Commission will ‘closely monitor’ ..." and the commissioner says the Commission "will
    # closely monitor": the commissioner's words
    text = (
        "Commission will ‘closely monitor’ Parvian language law\n\n"
        "The Parvian parliament passed a law on the state language on Monday.\n\n"
        'EU Commissioner Leonard Orvan said: "The Commission will closely monitor the '
        'situation in Parvia."\n'
    )
    table = quotes(_article(text))
    assert list(table[table.text == "closely monitor"].speaker) == ["Leonard Orvan"]


def test_a_quoted_phrase_with_its_own_article_is_the_speaker_who_says_it():
    # 'an industry that has become "a feeding ground" for gangs': a speaker's phrase (its
    # article quoted), said again in the minister's longer quotation
    text = (
        "Tattoo parlours to need licences\n\n"
        'Parlours will need licences in a move aimed at an industry that has become "a feeding '
        'ground" for gangs.\n\n'
        'Police Minister Mike Gallon said: "For too long this industry has become a feeding '
        'ground for criminal gangs and their associates."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Mike Gallon", "Mike Gallon"]


def test_a_quoted_aim_after_to_is_the_speaker_who_says_it_in_a_longer_quote():
    # 'his proposals to “water down” rent controls' ... "proposals that water down rent
    # controls": the campaign's words
    text = (
        "Rent campaign warns minister\n\n"
        "The minister has been told his proposals to “water down” rent controls will fail.\n\n"
        'Campaign group Living Rent said: "These are proposals that water down rent controls '
        'for good."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Living Rent", "Living Rent"]


def test_a_quoted_participle_classing_the_noun_after_it_is_a_term():
    # 'two or three "unidentified" drones were spotted': the kind of drone, nobody's words
    text = (
        "Airport closed\n\n"
        'The police chief said: "We closed the airspace at once."\n\n'
        'The airport was closed after two or three "unidentified" drones were spotted. Police '
        "described the drones as “large”.\n"
    )
    article = _article(text)
    assert list(quotes(article)["text"]) == ["We closed the airspace at once.", "large"]
    assert "unidentified" in list(scare_quotes(article)["text"])


def test_an_alderman_written_short_is_no_speaker():
    # '"Q," said Ald. Walter Burnett, 27th Ward.': the alderman, not "Ald"
    text = (
        "Aldermen weigh speed cameras\n\n"
        '"We just keep coming up with fine after fine," said Ald. Leslie Hairston.\n\n'
        '"It really depends on how this is enacted," said Ald. Walter Burnett, 27th Ward.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Leslie Hairston", "Walter Burnett"]


def test_an_occupation_or_nationality_noun_before_a_name_is_no_part_of_it():
    # "Sharemilker Philip Thomas agreed", "Briton Ian Poulter": the person by name alone
    text = (
        "Farmers angry\n\n"
        "Sharemilker Philip Thomas agreed, saying he felt like he had been "
        "\u2018\u2018kicked in the guts\u2019\u2019 after his quad bike was stolen.\n\n"
        "Briton Ian Poulter was also unhappy.\n\n"
        "\u201cThe guys will struggle with a few pin positions,\u201d Poulter tweeted.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Philip Thomas", "Ian Poulter"]


def test_an_officer_after_a_body_name_with_of_and_a_lower_case_post_speaks():
    # "Bureau of Meteorology forecaster Dean Narramore said": the forecaster, not the bureau
    text = (
        "Cyclone warning\n\n"
        "\u201cRainfall will ramp up later today,\u201d Bureau of Meteorology forecaster "
        "Dean Narramore said.\n\n"
        "Bank of England chief economist Andy Haldane said: \u201cRates will rise.\u201d\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Dean Narramore", "Andy Haldane"]


def test_a_district_commissioner_written_as_an_acronym_is_no_part_of_the_name():
    # "Marigat DC Saul Moywaywa said" ... "said Moywaywa": Saul Moywaywa
    text = (
        "Rustlers kill herder\n\n"
        "Marigat DC Saul Moywaywa said the police were pursuing the bandits.\n\n"
        "\u201cWe have given out eight guns to the reservists,\u201d said Moywaywa.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Saul Moywaywa"]


def test_the_party_member_is_the_party_member_named_before():
    # "Green Party Councillor for the area Claire Byrne" ... "The Green Party member said":
    # Claire Byrne, not the party; "the Nato member" renames no one
    text = (
        "Mural to stay\n\n"
        "Green Party Councillor for the area Claire Byrne said the mural should stay.\n\n"
        "But in her opinion, it should be kept. The Green Party member said, "
        '"we have a serious problem with graffiti."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["Claire Byrne"]


def test_a_leads_field_word_in_a_name_read_as_a_persons_is_that_body():
    # "A hospice charity in Wiltshire says" then "the Dorothy House Hospice Care shop":
    # the charity, though "Dorothy" is a given name; "The charity said" goes on with it
    text = (
        "Charity shop fly-tipping a 'real concern'\n\n"
        'A hospice charity in Wiltshire says fly-tipping is becoming "a real concern".\n\n'
        "Three sofas were this week dumped outside the Dorothy House Hospice Care shop in "
        "Melksham.\n\n"
        'The charity said it was a "clear case of littering on a large scale".\n'
    )
    speakers = list(quotes(_article(text))["speaker"])
    assert speakers[-2:] == ["Dorothy House Hospice Care", "Dorothy House Hospice Care"]


def test_an_apposition_restated_with_a_is_the_person_it_was_given_to():
    # "Yushaine Morgan, attorney-at-law and resident of Santa Cruz told ..." then, after a
    # crosshead, "A resident of Santa Cruz in the Jamaican parish of St. Elizabeth told"
    text = (
        "Hurricane Melissa\n\n"
        "Yushaine Morgan, attorney-at-law and resident of Santa Cruz told the Jamaica "
        "Observer that the devastation was 'unimaginable.'\n\n"
        "Jamaican man says hometown is gone\n\n"
        "A resident of Santa Cruz in the Jamaican parish of St. Elizabeth told the Jamaica "
        "Observer his hometown is 'unrecognizable.'\n\n"
        "'What we went through last night is beyond what we imagined,' he said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Yushaine Morgan"] * 3


def test_a_leads_possessive_title_is_the_person_later_titled_with_its_place():
    # "Fife Council's leader said" ... "Mr Yousaf announced" ... "Fife Labour
    # administration leader David Ross hit back": Ross, not Yousaf who speaks first
    text = (
        'Fife Council\'s leader said he has been "blindsided" by the freeze announced by '
        "First Minister Humza Yousaf this week.\n\n"
        "Mr Yousaf announced yesterday that council tax rates will be frozen.\n\n"
        "Today, Fife Labour administration leader David Ross hit back at the decision.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["David Ross"]


def test_a_name_ending_in_club_is_a_body_the_club_goes_on_with():
    # "County Sligo Golf Club" is a club, not a person: "The club also confirmed" is the
    # club named in the sentence before, not a place the article writes as a subject
    text = (
        "Storm batters Lahinch\n\n"
        "Lahinch was hit hard on Thursday.\n\n"
        "There was extensive erosion at County Sligo Golf Club in Rosses Point.\n\n"
        'The club also confirmed that it lost "100m in length."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["County Sligo Golf Club"]


def test_a_joint_statement_from_listed_bodies_is_all_of_theirs():
    # "a joint statement from the Sierra Club, Earthjustice ... and the Partnership for
    # Working Families": the bodies listed, though the first is a known club
    text = (
        "Warehouse rule\n\n"
        'The rule "is the first step in eliminating toxic emissions," said a joint statement '
        "from the Sierra Club, Earthjustice and the Partnership for Working Families.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "Sierra Club, Earthjustice and the Partnership for Working Families"
    ]


def test_a_page_that_speaks_is_its_owners():
    # "Consumers Energy’s official Twitter account said “Q”": the owner of the page, not the
    # page (ice_storm_christmas_outages_dodd_delmarvanow; pages.page_speaker)
    text = (
        "Ice storm\n\n"
        "More than 100,000 homes were without power on Monday.\n\n"
        "Consumers Energy’s official Twitter account said “129k w/o power this morning as "
        "crews prepare to battle snow and wind.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Consumers Energy"]


def test_a_post_on_a_page_a_bare_noun_owns_is_the_body_named_so_before():
    # "a post on the golf club's Facebook page said": the club named before, not the post
    # (lahinch_rosses_point_storm_erosion_irishgolfdesk; pages.possessed_owner)
    text = (
        "Storm damage\n\n"
        "The storms caused extensive erosion damage to County Sligo Golf Club at Rosses "
        "Point.\n\n"
        '"Terrible night of erosion," a post on the golf club\'s Facebook page said.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["County Sligo Golf Club"]


def test_a_statement_from_counted_bodies_is_theirs_and_so_is_the_statement_later():
    # "said a statement from the four Grand Slam tournaments on Sunday after she was
    # fined" ... "the statement added": the tournaments, not "she" nor the last speaker
    # (french_open_osaka_fined_moretton_deadline; people_issuers.counted_issuer,
    # issuer_ends.time_phrase_start)
    text = (
        "Osaka fined\n\n"
        "Naomi Osaka has been fined $15,000 for missing a press conference.\n\n"
        '"We have advised Naomi Osaka of the consequences," said a statement from the four '
        "Grand Slam tournaments on Sunday after she was fined.\n\n"
        "French Tennis Federation president Gilles Moretton said her attitude was "
        '"not acceptable."\n\n'
        '"She was also reminded of her obligations," the statement added.\n'
    )
    speakers = list(quotes(_article(text))["speaker"])
    assert speakers[0] == speakers[2] == "the four Grand Slam tournaments"


def test_the_platform_post_is_the_last_speakers():
    # "Saltdean Lido informed customers, via social media, that ..." then '"Q," the
    # Facebook post read': the lido's post (saltdean_lido_leak_closure_facebook_sussexexpress;
    # last_speaker.definite_paper)
    text = (
        "Lido closes\n\n"
        "Saltdean Lido informed customers, via social media, that there would be "
        "'structural risks' in keeping the venue open.\n\n"
        "The lido reopened four months ago after a restoration.\n\n"
        '"We want to provide you with an update on the pool," the Facebook post read.\n'
    )
    assert list(quotes(_article(text))["speaker"])[-1] == "Saltdean Lido"


def test_a_bare_one_after_a_crowd_opening_the_sentence_before_is_one_of_them():
    # 'Rescuers said the death toll could rise. "Q," one said.': one rescuer (one member of
    # the rescuers, written as news counts it), not a bare "one"
    # (bangladesh_tornado_400_dead_official_irishtimes; crowd_just_before, member_label)
    text = (
        "Tornado toll rises\n\n"
        "More than 400 people were killed when a tornado tore through the district.\n\n"
        "Rescuers said the death toll could rise as many of the injured were critically ill. "
        '"I would not be surprised if the toll touches 1,000," one said.\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["one rescuer"]


def test_one_after_with_and_another_after_it_count_out_of_the_crowd_before_with():
    # "met well by locals and customers on Facebook, with one branding it the “end of an
    # era”" then 'Another said: "Q"': of the locals and customers, not of the "News" the
    # sentence opens with (oxfam_telford_closure_end_of_era_sun_ru24; crowd_before_with,
    # earlier_crowd)
    text = (
        "Charity shop closes\n\n"
        "Oxfam pulled down the shutters on its branch in Telford yesterday.\n\n"
        "News of the closure has not been met well by locals and customers on Facebook, with "
        "one branding it the “end of an era”.\n\n"
        "Another said: “What a shame it’s closing.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "one of the locals and customers on Facebook",
        "another of the locals and customers on Facebook",
    ]


def test_the_letter_is_the_bodys_a_relative_clause_said_instigated_it():
    # "the Live Comedy Association, which instigated the open letter, had gone" ... "The
    # open letter said there had been “Q”": the association, not the letter
    # (fringe_apology_shona_mccarthy_scotsman; written_letters.starter_in)
    text = (
        "Fringe apology\n\n"
        "Shona McCarthy expressed dismay that the Live Comedy Association, which instigated "
        "the open letter, had gone into battle without speaking to the society.\n\n"
        "The open letter said there had been “no communication, consultation or explanation” "
        "over the app.\n"
    )
    assert list(quotes(_article(text))["speaker"])[-1] == "Live Comedy Association"


def test_a_person_first_named_as_a_sentence_subject_takes_over_a_later_she():
    # "Just up the road, Margaret Barnes, from Sallynoggin, was queuing ... she said": Barnes
    text = (
        "Charity shops reopen\n\n"
        "Store manager Siobhán McGuinness said many people arrived. “They wanted to see how "
        "we were doing,” she said.\n\n"
        "Just up the road, Margaret Barnes, from Sallynoggin, was queuing to enter the shop.\n\n"
        "“I like looking for kids’ stuff,” she said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Siobhán McGuinness", "Margaret Barnes"]
    assert "just named in full as its subject" in table["evidence"].iloc[1]


def test_a_name_after_a_fronted_time_phrase_with_a_degree_adverb_leads_a_later_he():
    # "Just over three months ago, Byrd thought ...": "he said" is Byrd, not Garrigus
    text = (
        "Byrd wins in Maui\n\n"
        "Jonathan Byrd won the Tournament of Champions. “Pretty overwhelmed,” he said.\n\n"
        "He won when Robert Garrigus, the biggest hitter on tour, missed a short putt.\n\n"
        "Just over three months ago, Byrd thought he might lose his card.\n\n"
        "“I can't sit here and not think about where I was,” he said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Jonathan Byrd", "Jonathan Byrd"]


def test_a_he_after_a_woman_quoted_goes_to_the_man_named_since():
    # "said Adele Meyer ... said store operator Gary Spivey. ... he said": Spivey
    text = (
        "Thrift shops thrive\n\n"
        "Consumers “can't change the price of gas,” said Adele Meyer, executive director of "
        "the association. The store has seen its sales increase by 50% this year, said store "
        "operator Gary Spivey. “We're seeing a lot more customers,” he said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Adele Meyer", "Gary Spivey"]


def test_an_officer_after_a_body_whose_name_holds_of_speaks_not_the_body():
    # "Bureau of Meteorology forecaster Dean Narramore said": Narramore, not the bureau
    text = (
        "Cyclone nears\n\n"
        "“The low is moving closer to the coast,” the Bureau of Meteorology said.\n\n"
        "“Rainfall will ramp up later today,” Bureau of Meteorology forecaster Dean "
        "Narramore said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Bureau of Meteorology", "Dean Narramore"]


def test_a_she_no_named_person_fits_goes_back_to_the_unnamed_speaker_before_it():
    # "A rural resident, who ..., said ... (narration) ... she said": the resident, not the
    # man named after it
    text = (
        "Farmers angry\n\n"
        "A rural resident, who did not wish to be named, said two heifers were shot.\n\n"
        "One was stripped to a carcass.\n\n"
        "Owners of the cattle made the grim discovery.\n\n"
        "There had been a series of ‘‘bizarre’’ incidents, and residents had their "
        "suspicions, she said.\n\n"
        "Farmer Philip Thomas agreed, saying he had been ‘‘kicked in the guts’’.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a rural resident", "Philip Thomas"]
    assert "unnamed person who spoke last" in table["evidence"].iloc[0]


def test_a_denied_claim_is_the_claimants_who_says_it_elsewhere():
    # "Police deny ... 'entrapment'" ... "Coffey said ... "entrapment"": Coffey's word
    text = (
        "Police deny vans are about ‘entrapment’\n\n"
        'POLICE have denied speed vans are involved in the "entrapment" of motorists.\n\n'
        'TD Paudie Coffey said some monitoring areas could be perceived as "entrapment".\n\n'
        '"We are simply about reducing road deaths," Assistant Commissioner John Twomey said.\n'
    )
    table = quotes(_article(text))
    denied = table[table["cue"] == "deny"]
    assert list(denied["speaker"]) == ["Paudie Coffey", "Paudie Coffey"]
    assert "the claimant who says the denied words" in denied["evidence"].iloc[0]


def test_a_denied_claim_nobody_else_says_stays_the_deniers():
    # "The ministry rejected the "baseless" report": no one else says it, the ministry's
    text = (
        "Report rejected\n\n"
        'The Health Ministry rejected the "baseless" report on Monday.\n\n'
        '"We stand by our figures," Minister Ann Lee said.\n'
    )
    table = quotes(_article(text))
    assert "the claimant" not in " ".join(table["evidence"])


def test_a_residents_description_in_a_relative_clause_is_the_residents():
    # "Stewart, 68, of Fox Street, who had described ... as a ‘Q,’": Stewart Chalkley
    text = (
        "Allotments saved\n\n"
        "The building work was set to overlap Stewart Chalkley’s allotment.\n\n"
        "Stewart, 68, of Fox Street, who had described the plots as a ‘lifeline during "
        "lockdown,’ said the news was welcome.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Stewart Chalkley"]
    assert "the person before an age and an address" in table["evidence"].iloc[0]


def test_a_participles_main_clause_name_no_actor_holds_is_its_subject():
    # "Williams was later docked a point ... after calling Ramos a “thief”": Serena Williams
    text = (
        "Coaching rule row\n\n"
        "Coaching is banned during Grand Slam matches but Serena Williams was incensed when "
        "chair umpire Carlos Ramos gave her a code violation warning.\n\n"
        "Williams was later docked a point for breaking a racquet and a game after calling "
        "Ramos a “thief” in separate incidents.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Serena Williams"]
    assert "the name opening the participle's main clause" in table["evidence"].iloc[0]


def test_an_evaluation_with_no_subject_is_the_named_speakers_who_says_it_again():
    # "which a trade union described as an “insult to workers”" ... "Siptu said ... “insult
    # to workers”": Siptu's words
    text = (
        "Minimum wage rise\n\n"
        "Leo Varadkar has defended an 80 cent increase to the minimum wage, which a trade "
        "union described as an “insult to workers” and employers have said will hurt.\n\n"
        "Siptu said the 80 cent increase was an “insult to workers”.\n"
    )
    table = quotes(_article(text))
    first = table[table["cue"] == "describe"]
    assert list(first["speaker"]) == ["Siptu"]
    assert "says the same words again later" in first["evidence"].iloc[0]


def test_a_portfolio_title_then_an_honorific_opens_the_holders_name():
    # "Cabinet Member for Finance Cllr Bob Kilmister ... described the “challenging
    # backdrop”": Bob Kilmister, not the cabinet
    text = (
        "Council tax rise\n\n"
        "Cabinet Member for Finance Cllr Bob Kilmister, who favoured a 12.5 per cent rise, "
        "described the “challenging backdrop” to setting the council tax level.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Bob Kilmister"]


def test_a_titles_portfolio_noun_before_a_first_name_introduces_the_holder():
    # "Chairman of the group Tony Lendon said": Tony Lendon, no body "Tony Lendon"
    text = (
        "Wind farm rejected\n\n"
        "Chairman of the group Tony Lendon said: “The council was absolutely brilliant.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Tony Lendon"]


def test_a_titles_bracketed_acronym_before_a_name_is_the_holder():
    # "said Superintendent of Police (SP) Vikas Kumar" ... "said the SP": Vikas Kumar
    text = (
        "Timber seized\n\n"
        "Timber was recovered near the drain, said Superintendent of Police (SP) Vikas "
        "Kumar, adding the timber was loaded onto a truck.\n\n"
        "“Three people were arrested,” said the SP.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Vikas Kumar"]
    assert "Vikas Kumar" in table["evidence"].iloc[0]


def test_a_warnings_words_are_the_warnings():
    # "“This is a risk to life ...,” the warning says.": the warning, not the premier
    text = (
        "Townsville braces for cyclone\n\n"
        "Premier David Crisafulli said the region was “better prepared than ever”.\n\n"
        "“This is a risk to life. Heavy rain may cause flooding,” the warning says.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "the warning"


def test_a_vague_count_opens_a_bare_plural_subject_of_a_that_clause():
    # "Some charities are requesting that the items ... are of “good quality”": charities
    text = (
        "Charity shops\n\n"
        "People are clearing out their homes.\n\n"
        "Some charities are requesting that the items dropped off are of “good quality” so "
        "they do not end up in the store.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["charities"]


def test_they_is_the_bare_plural_group_earlier_in_its_own_sentence():
    # "with police launching an investigation into what they describe as a “deliberate”
    # act": the police force the article names; "Scientists ..., where they confirmed"
    text = (
        "Camera destroyed\n\n"
        "The camera has been destroyed, with police launching an investigation into what "
        "they describe as a “deliberate” act of vandalism.\n\n"
        "A North Yorkshire Police spokesman said it was “sad”.\n"
    )
    table = quotes(_article(text))
    assert table["speaker"].iloc[0] == "North Yorkshire Police"
    assert "the bare plural group earlier in its own sentence" in table["evidence"].iloc[0]
    text = (
        "Reef bleaching\n\n"
        "Scientists recently took to the skies above the reef, where they confirmed "
        "“extensive coral bleaching across the region.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Scientists"]


def test_a_place_opening_a_body_name_gives_its_acronym_no_letter():
    # "The Wisconsin Department of Natural Resources has announced ..." then "the DNR
    # said": the department, as the article names it in full
    text = (
        "Wolf season\n\n"
        "The Wisconsin Department of Natural Resources has announced an official wolf "
        "season.\n\n"
        "“The season will be managed carefully,” the DNR said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Wisconsin Department of Natural Resources"]
    text = (
        "Mental health\n\n"
        "The Mendocino County Health and Human Services Agency on Monday issued a "
        "statement.\n\n"
        "HHSA stated, “Mental health services have not been reduced.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Mendocino County Health and Human Services Agency"]


def test_a_bare_body_noun_is_the_body_whose_head_opens_a_remit():
    # "a new report by the Uzbek-German Forum for Human Rights" ... "said the Forum"
    text = (
        "Cotton harvest\n\n"
        "Forced labour persists, according to a new report by the Uzbek-German Forum for "
        "Human Rights.\n\n"
        "“The government made no progress,” said the Forum.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Uzbek-German Forum for Human Rights"]


def test_it_in_its_own_sentence_is_the_body_that_sentence_describes_as_its_subject():
    # "During the four day visit the eleven member international delegation held worker
    # hearings, and reported itself “shocked” by what it said were ...": the delegation,
    # not the UN named in the sentence before
    text = (
        "Delegation visits Qatar\n\n"
        "The delegation included unions from Austria and the UN Human Rights Rapporteur.\n\n"
        "During the four day visit the eleven member international delegation held worker "
        "hearings, and reported itself shocked by what it said were “squalid” camps.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the eleven member international delegation"]
    assert "its own sentence describes as its subject" in table["evidence"].iloc[0]


def test_they_after_the_verb_of_a_one_word_body_read_as_a_person_is_that_body():
    # "Albion revealed they themselves reported "historical administrative errors"": the
    # club, not the Football Association named before
    text = (
        "Club charged\n\n"
        "The Football Association charged Brighton with several breaches.\n\n"
        "They are alleged to have taken place in 2015. Albion revealed they themselves "
        'reported "historical administrative errors" to the FA.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Albion"]


def test_a_fronted_phrase_after_an_opening_conjunction_holds_no_subject():
    # "But in handing down the ruling, presiding Judge Katsunori Ono brushed off this
    # argument, saying": the judge, not "the ruling"
    text = (
        "Pirate sentenced\n\n"
        "The Tokyo District Court sentenced the man to 10 years.\n\n"
        "But in handing down the ruling, presiding Judge Katsunori Ono brushed off this "
        "argument, saying it “completely contradicted” the testimonies.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Katsunori Ono"]
    assert "an opening conjunction and a fronted phrase" in table["evidence"].iloc[0]


def test_a_participle_right_after_the_one_written_to_is_the_writers():
    # "with Opposition Leader Bill Shorten writing to FWC president Iain Ross requesting a
    # “real increase”": Shorten requests, not Ross
    text = (
        "Wage decision\n\n"
        "Opposition Leader Bill Shorten wrote to FWC president Iain Ross requesting a "
        "“real increase to award rates”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Bill Shorten"]
    assert "after the one written to: the writer" in table["evidence"].iloc[0]
    text = (
        "Wage decision\n\n"
        "The hearing is charged this year, with Opposition Leader Bill Shorten writing to FWC "
        "president Iain Ross requesting a “real increase to award rates”.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Bill Shorten"]


def test_a_participle_after_quoted_as_saying_is_the_quoted_ones():
    # "Reuters quoted Foreign Minister Sergei Lavrov as saying ..., adding": Lavrov adds,
    # not Reuters; "... quote Saudi Arabia's king as saying ..., telling it to "Q"": the king
    text = (
        "Talks\n\n"
        "Reuters quoted Foreign Minister Sergei Lavrov as saying the plan was sound, adding "
        "that it was “a good start”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Sergei Lavrov"]
    assert "quoted as saying before the participle" in table["evidence"].iloc[0]
    text = (
        "Cables\n\n"
        "The leaked memos describe a bid to hack into Google, and quote Saudi Arabia's king "
        "as saying the United States should bomb Iran, telling it to “cut off the head of "
        "the snake.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Saudi Arabia's king"]


def test_a_participle_phrase_after_the_subjects_noun_only_modifies_it():
    # "A pirate commander speaking on condition of anonymity also from Haradhere said":
    # the commander, not "reporters" inside the phrase, nor nobody
    text = (
        "Pirates seize ship\n\n"
        "Coast guard chief Ahmad Padder said the ship was taken at night.\n\n"
        "A pirate commander speaking to reporters said the ship was “Ukrainian-owned”.\n\n"
        "A senior official speaking on condition of anonymity said the crew were “safe”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a pirate commander", "a senior official"]
    assert "the noun before the participle phrase" in table["evidence"].iloc[0]


def test_a_verb_after_and_and_a_participle_aside_shares_the_first_clauses_subject():
    # "She shot to fame ..., and referring to her new title, said: “Q”": she
    text = (
        "Honours list\n\n"
        "Actor Brian Castell was knighted. Model Jane Whitlow was made a dame.\n\n"
        "She shot to fame as a face of 1960s London, and referring to her new title, said: "
        "“I am a very proud Brit.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Jane Whitlow"]
    assert "a participle aside" in table["evidence"].iloc[0]


def test_an_old_lady_from_the_area_is_an_unnamed_person_as_written():
    # "“Q,” an old lady from the area said.": the description with its tail
    text = (
        "Bear attacks\n\n"
        "Local legislator Ahmad Padder said the attacks were rising.\n\n"
        "“We are unable to move out of our homes after sunset,” an old lady from the area said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["an old lady from the area"]


def test_groups_joined_by_and_carry_a_sign_or_chant_together():
    # "Animal lovers and activists across the state thronged the event with banners
    # reading 'Q'": all the joined groups, the place phrase left out; not "and activists"
    text = (
        "Stray dogs\n\n"
        "Animal lovers and activists across the state thronged the event with banners "
        "reading ‘Equal rights to animals and humans’ and performed street plays.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Animal lovers and activists"]
    assert 'every group the subject joins with "and"' in table["evidence"].iloc[0]
    text = (
        "Protest in Bengaluru\n\n"
        "Individual citizens and representatives of groups such as the Karnataka Sex "
        "Workers’ Union chanted and held posters that read ‘Defend our democracy’.\n"
    )
    carriers = "Individual citizens and representatives of groups such as the Karnataka Sex"
    assert list(quotes(_article(text))["speaker"]) == [carriers + " Workers’ Union"]


def test_a_top_heading_quote_is_the_described_lead_speakers():
    # "‘My son was stabbed ...’" above "The grieving mum of a teenager ... said she expects
    # ‘nothing to change’": the article never names her; the heading is hers too
    text = (
        "‘My son was stabbed to death after being groomed – I’ve lost faith in the system’\n\n"
        "The grieving mum of a teenager who was stabbed to death said she expects ‘nothing "
        "to change’ as the government announces new reforms.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the grieving mum", "the grieving mum"]
    assert table["attribution"].iloc[0] == "lead_heading"


def test_states_after_a_closing_mark_or_a_document_from_someone_is_a_reporting_verb():
    # '"Q," a tweet from Fawthrop states.': the tweet's author; '"Q," states a release on
    # the election board website': the board the article names; "member states" stays a noun
    text = (
        "Clinic closes\n\n"
        "The clinic will close. Candidate Lara Fawthrop shared a photo of the notice.\n\n"
        "“The premier is not taking the lack of family doctors seriously,” a tweet from "
        "Fawthrop states.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Lara Fawthrop"]
    text = (
        "Recount\n\n"
        "According to Clay County Election Board Director Patty Lamb, the recount should "
        "take five hours.\n\n"
        '"Our vendor is still investigating the cause of the error," states a release on '
        "the election board website.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Clay County Election Board"]
    assert "the owner of the page the document is on" in table["evidence"].iloc[0]


def test_the_note_is_the_one_the_article_said_sent_it():
    # "Econet ... sent a note to its subscribers ... “Q,” the note states.": Econet
    text = (
        "Internet shut down\n\n"
        "Econet, a major internet service provider, sent a note to its subscribers "
        "stating that it was directed to shut down internet services. The note added that "
        "the company must comply. “We sincerely apologize for all inconvenience,” the note "
        "states.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Econet"]


def test_a_charge_wording_with_no_court_or_accuser_named_keeps_no_speaker():
    # 'he was convicted of "broadcasting false news"': nobody's words, not the guessed
    # speaker before it; a court the article names still speaks the charge
    text = (
        "Hunger strike\n\n"
        "Mona Seif said her brother had stopped eating.\n\n"
        "Abdel Fattah was sentenced last year to five years in prison after he was "
        "convicted of “broadcasting false news” over a retweet.\n"
    )
    table = quotes(_article(text))
    row = table[table["text"] == "broadcasting false news"].iloc[0]
    assert row["speaker"] is None or row["speaker"] != row["speaker"]
    assert row["attribution"] == "charge_wording"


def test_an_unowned_document_is_named_with_where_it_is_shown():
    # 'A note in the window says "Q"': "a note in the window", as the page describes it
    text = (
        "Bar shuts\n\n"
        "The bar on Union Street has closed its doors.\n\n"
        "A note in the window says “Due to unforeseen circumstances, we will not be open "
        "today.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["a note in the window"]


def test_a_plural_group_keeps_the_modifiers_written_before_its_noun():
    # "Roughly half an hour away, Waukesha County leaders announced": the whole group, not
    # "leaders"; "The 25 signatories stress": the count stays; a phrase with an approximate
    # count ("more than 100") is read as before
    text = (
        "Pools closed\n\n"
        "Roughly half an hour away, Waukesha County leaders announced last week all of its "
        "beaches will have no lifeguards “due to the labor shortage.”\n\n"
        "Conservative Senedd members warned “ill thought out” plans will hurt tourism.\n\n"
        "The 25 signatories stress the need for action in light of the “lagging progress” "
        "made so far.\n\n"
        "On the eve of the ruling, more than 100 Myanmar-based civil society groups "
        "published a statement saying they hoped it would “bring forth the truth”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == [
        "Waukesha County leaders",
        "Conservative Senedd members",
        "the 25 signatories",
        "civil society groups",
    ]
    assert "the group's modifiers before its noun kept" in table["evidence"].iloc[0]


def test_a_modified_plural_is_not_the_bare_group_named_before():
    # "officials said" then "“Q,” wildlife officials said": the wildlife officials, a
    # narrower group than "officials", as the text writes it there
    text = (
        "Bear bites hiker\n\n"
        "A grizzly bear bit a hiker on a foggy trail, officials said.\n\n"
        "They were walking into the wind when the man “surprised a bear at close range,” "
        "wildlife officials said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["wildlife officials"]
    assert "a narrower group" in table["evidence"].iloc[0]
    # "officials say" ... "forest officials said" ... "“Q,” officials said": the officials
    # named first, not the narrower group named last
    text = (
        "Grizzly mauls hiker, officials say\n\n"
        "The mauling led officials to close some parts of the forest, forest officials said.\n\n"
        "“Now is the time to remember to be conscientious,” officials said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["officials"]


def test_words_the_article_quotes_elsewhere_as_a_term_are_that_term():
    # "the “in danger” list" ... "It concludes ... to be considered “in danger”": the list's
    # name, not the report's words; the spoken quotation stays speech
    text = (
        "Reef report\n\n"
        "A UN report says the reef should be added to the “in danger” list.\n\n"
        "The report said the reef faced “major threats”. It concludes the reef meets the "
        "criteria to be considered “in danger”.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == ["major threats"]
    labels = scare_quotes(_article(text))
    assert "a term the article quotes as one elsewhere" in " ".join(labels["reason"])


def test_a_standfirst_term_the_body_quotes_as_a_term_is_no_speakers_echo():
    # the standfirst's 'phase out' and Johnson's "'phase down' or 'phase out'": the body
    # writes the clause's term (also without marks), so no echo gives it to Johnson
    text = (
        "India will need to explain coal move, says Alok Sharma\n\n"
        "India rejected a clause calling for a 'phase out' of coal-fired power\n\n"
        "LONDON: India will need to explain why it pushed to water down efforts to phase out "
        "coal, Alok Sharma said on Sunday.\n\n"
        'But India rejected a clause calling for a "phase out" of coal-fired power.\n\n'
        "British Prime Minister Boris Johnson said: \"Whether the language was 'phase down' or "
        "'phase out' doesn't seem to me to matter.\"\n"
    )
    table = quotes(_article(text))
    assert "phase out" not in list(table["text"])


def test_the_and_a_demonym_is_the_person_introduced_with_it():
    # "American Bubba Watson and Australian Adam Scott" ... "the Australian said": Scott,
    # not the official who spoke before nor the American named before him
    text = (
        "Players unhappy\n\n"
        "Briton Ian Poulter, American Bubba Watson and Australian Adam Scott raised concerns.\n\n"
        "“It is far from unplayable,” R&A chief executive Peter Dawson said.\n\n"
        "“The pin locations are tough,” the American told reporters.\n\n"
        "“Some of the pin spots are really borderline,” the Australian said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Peter Dawson", "Bubba Watson", "Adam Scott"]
    assert "introduced with it" in table["evidence"].iloc[2]


def test_the_and_a_noun_of_nationality_is_the_person_introduced_with_it():
    # "Spaniard Rafael Nadal" ... "the Spaniard said": Nadal, not "Spaniard" as a name
    text = (
        "Nadal wins\n\n"
        "Coach Toni Smith praised the crowd. Spaniard Rafael Nadal won in four sets.\n\n"
        "“I played very well today,” the Spaniard said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Rafael Nadal"]


def test_the_and_a_demonym_before_a_document_noun_is_no_person():
    # "Russian arms dealer Viktor Bout" ... "the Russian statement said": not Bout
    text = (
        "Bout extradited\n\n"
        "Thailand extradited suspected Russian arms dealer Viktor Bout on Tuesday.\n\n"
        "“This is intervention in the pursuit of justice,” the Russian statement said.\n"
    )
    assert list(quotes(_article(text))["speaker"]) != ["Viktor Bout"]


def test_an_age_noun_is_the_person_written_with_that_age():
    # "Jane Hill, 23," ... "Minister Tom Brook" ... "the 23-year-old said": Hill, not the
    # person introduced last
    text = (
        "Campaign wins\n\n"
        "Student Jane Hill, 23, said she spoke to Health Minister Tom Brook on Saturday.\n\n"
        "“There is still so much more to do,” the 23-year-old said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Jane Hill"]
    assert "wrote with that age" in table["evidence"].iloc[0]


def test_an_age_noun_passes_over_a_person_met_only_after_a_preposition():
    # "Rashford said he spoke to Prime Minister Boris Johnson" ... "the 23-year-old said":
    # Rashford, not Johnson, whom the text only names as an object
    text = (
        "Rashford welcomes U-turn\n\n"
        "Manchester United forward Marcus Rashford said he was overwhelmed by pride.\n\n"
        "Rashford said he spoke to Prime Minister Boris Johnson on Saturday.\n\n"
        "“There is still so much more to do,” the 23-year-old said in a statement.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Marcus Rashford"]
    assert "not one met only as an object" in table["evidence"].iloc[0]


def test_an_unknown_name_after_a_fronted_participle_clause_is_a_person():
    # "Praising her side after rare double series triumph, Mithali Raj believes": a person,
    # whom "the 35-year-old" then renames
    text = (
        "Raj upbeat\n\n"
        "Praising her side after rare double series triumph, Mithali Raj believes that the "
        "future of Indian women’s cricket is bright.\n\n"
        "“I think it was great to see the girls do so well,” said the 35-year-old.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Mithali Raj"]


def test_an_elected_office_with_its_seat_renames_the_person_named_before():
    # "Health Minister Stephen Kinnock, said ... The MP for Aberafan Maesteg added": Kinnock
    text = (
        "Hospice cash\n\n"
        "In a written answer, Health Minister Stephen Kinnock, said: “We do not collect data.”\n\n"
        "The MP for Aberafan Maesteg added that hospices play a “vital part” in care.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Stephen Kinnock", "Stephen Kinnock"]
    assert "office title renaming the person named last" in table["evidence"].iloc[1]


def test_the_authority_is_the_one_local_council_the_article_names():
    # "Unite union members at Warrington Council ... The authority said": the council
    text = (
        "Bin strike\n\n"
        "Unite union members at Warrington Council are taking part in a walkout.\n\n"
        "Residents in Warrington have seen rats.\n\n"
        "The authority said the strike had caused “considerable disruption”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Warrington Council"]
    assert "the one local council the article names" in table["evidence"].iloc[0]


def test_the_council_is_the_one_council_written_in_lower_case():
    # "Birmingham city council could end the dispute ... The council has said": as written
    text = (
        "Bin strike\n\n"
        "The trade union Unite has argued that Birmingham city council could end the dispute.\n\n"
        "The council has said the “escalation” of action will mean greater disruption in "
        "Birmingham.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Birmingham city council"]
    assert "local council the article writes in lower case" in table["evidence"].iloc[0]


def test_a_bare_spokesperson_is_the_one_described_more_fully_just_before():
    # "A Department of Health and Social Care spokesperson said ... "Q," a spokesperson
    # added": that spokesperson, as the article first described them
    text = (
        "Hospice beds\n\n"
        "Hospice UK told BBC News the sector faces serious challenges.\n\n"
        "A Department of Health and Social Care spokesperson said the government had "
        "invested £100 million.\n\n"
        "“We recognize there is more to do,” a spokesperson added.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a Department of Health and Social Care spokesperson"]
    assert "described more fully just before" in table["evidence"].iloc[0]


def test_a_body_named_in_a_country_its_acronym_spells_keeps_the_country():
    # "the Board of Control for Cricket in India (BCCI) said": not "... for Cricket" and India
    text = (
        "Bowler ruled out\n\n"
        "But the Board of Control for Cricket in India (BCCI) said the bowler “will need "
        "some more time to build bowling resilience”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Board of Control for Cricket in India"]
    assert "Board of Control for Cricket in India" in table["evidence"].iloc[0]


def test_a_run_of_party_words_is_no_person_a_pronoun_points_back_to():
    # "Lib Dem leader Nick Clegg was among the speakers. He said": Nick Clegg, not "Lib Dem"
    text = (
        "Objectors unite\n\n"
        "Lib Dem leader Nick Clegg was among the speakers who voiced their opposition.\n\n"
        "He said “no, no, no” to plans for a third runway.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Nick Clegg"]
    assert "Nick Clegg" in table["evidence"].iloc[0]


def test_a_broadcaster_keeps_its_channel_number_in_its_name():
    # "News Channel 34 in Binghamton reports that “Q”": News Channel 34, not "News Channel"
    text = (
        "Post offices\n\n"
        "News Channel 34 in Binghamton, New York, reports that “residents and city officials "
        "are making a last ditch effort to keep the offices open.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["News Channel 34"]
    assert 'subject "News Channel 34"' in table["evidence"].iloc[0]


def test_an_institution_named_for_a_person_is_a_body_an_it_points_back_to():
    # "Arthur Rank Hospice in Cambridge says ..., which it described as “Q”": the hospice
    text = (
        "Hospice beds\n\n"
        "Hospice UK says hospices are struggling.\n\n"
        "Meanwhile, Arthur Rank Hospice in Cambridge says a cut in funding will mean beds "
        "will be reduced, which it described as “a devastating decision”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Arthur Rank Hospice"]
    assert "Arthur Rank Hospice" in table["evidence"].iloc[0]


def test_a_trade_word_opening_a_name_run_is_no_part_of_the_name():
    # "Promoter Don King also touted a rematch, saying: ..." ... "She said": Don King's
    # words, and no "Promoter" for "She" to take (role_nouns.txt)
    text = (
        "Rematch\n\n"
        "Promoter Don King also touted a rematch, saying: “Let's do it again.”\n\n"
        "Even Lewis' mother, Violet Blake, joined in. She said: “You know Lennox won.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Don King", "Violet Blake"]


def test_a_post_nominal_honour_ends_the_name():
    # "Country Mayors chairman, Mayor Rick Firman OAM, said" (post_nominal_titles.txt)
    text = (
        "Bank closures\n\n"
        "Country Mayors chairman, Mayor Rick Firman OAM, said the decision hurt towns.\n\n"
        "“Every single time a bank closes, the town loses,” Firman said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Rick Firman"]


def test_fr_and_a_surname_is_the_full_name_the_page_writes():
    # "Parish priest Fr Joe Kavanagh said ..." ... "said Fr Kavanagh": Joe Kavanagh
    text = (
        "Post office to close\n\n"
        "Parish priest Fr Joe Kavanagh said the closure will be difficult.\n\n"
        "“It is something we can do nothing about,” said Fr Kavanagh.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Joe Kavanagh"]


def test_another_description_before_a_name_is_the_named_person():
    # "Another resident Gayle Evans said": Gayle Evans, not one counted out of a crowd
    text = (
        "Bin strike\n\n"
        "Another resident Gayle Evans said: “It's cruel because people will dump rubbish.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Gayle Evans"]


def test_a_two_word_demonym_opening_a_name_run_is_no_part_of_the_name():
    # "Although South African Adrian Birrell, who quit his post, remains head coach"
    text = (
        "Ireland coach\n\n"
        "Although South African Adrian Birrell, who quit his post, remains head coach, "
        "Simmons helps.\n\n"
        "“We are ready,” Birrell said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Adrian Birrell"]


def test_a_title_word_and_a_name_before_and_and_another_title_is_a_person():
    # "made by Anglican Bishop Victoria Matthews and Minister Gerry Brownlee" ... "says
    # Bishop Matthews": Victoria Matthews, not a role of Gerry Brownlee's
    text = (
        "Cathedral\n\n"
        "The announcement was made by Anglican Bishop Victoria Matthews and Minister Gerry "
        "Brownlee.\n\n"
        "“We wish to move past the deadlock,” says Bishop Matthews.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Victoria Matthews"]


def test_a_hyphenated_trade_opening_a_sentence_before_a_surname_is_no_title():
    # "Singer-songwriter Davies said" after "Ray Davies": Ray Davies
    # (opening_trade_nouns.txt)
    text = (
        "Honours\n\n"
        "The list includes Ray Davies and Ken Dodd.\n\n"
        "Singer-songwriter Davies said: “I felt a mixture of surprise and joy.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Ray Davies"]


def test_a_vague_count_subject_is_the_group_the_sentence_before_names():
    # "Some exclaim “Q” ... and others whisper, “Q”": the Americans the sentence before names,
    # whole, as the gold writes a group a vague count opens
    text = (
        "Castle visitors\n\n"
        "By far the most captivated by the castle are the Americans. Some exclaim “Oooh!” "
        "when they hear the story of the king and others whisper in awe, “It’s fit for a "
        "princess”, as they enter the bedroom.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the Americans", "the Americans"]
    assert "a vague count of the group the sentence before names" in table["evidence"].iloc[0]
    # a lower-case group the sentence before names: "Many say “Q”"
    text = (
        "Bank closes\n\n"
        "Anger grew among local residents. Many say “it is a disgrace” and want it back.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["local residents"]


def test_a_headline_group_after_its_verb_speaks():
    # "..., say locals" closing a headline: the locals, not the words before the comma;
    # "according to dismayed locals": that group; a one-word quote a local says again later
    # stays the group's
    text = (
        "Post office closure 'terrible' for older people, say locals\n\n"
        "The closure of the post office is “terrible” news for the older members of the "
        "community, according to dismayed locals.\n\n"
        "Commenting on our Facebook page, Anne said that the news is “terrible”.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["locals", "dismayed locals", "Anne"]


def test_a_capitalised_he_after_a_given_name_is_the_surname_he():
    # "says Jiangchuan He, who comes from ...": the Chinese surname He, not a pronoun
    text = (
        "Castle draws visitors\n\n"
        "Walt Disney modelled his castle on it.\n\n"
        "“For us, it’s the symbol of Europe”, says Jiangchuan He, who comes from Shanghai.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Jiangchuan He"]


def test_a_he_at_a_sentence_start_stays_a_pronoun():
    text = (
        "Castle draws visitors\n\n"
        "Tour guide Thomas Weber showed the hall to visitors on Monday.\n\n"
        "He said: “It is the symbol of Europe.”\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Thomas Weber"]


def test_a_he_goes_past_two_people_joined_by_and_to_the_speaker_before():
    # "the Interim coaches Saqlain Mushtaq and Abdul Razzaq also participated" brings in two
    # people: the "he" after it goes on with the chairman quoted before
    text = (
        "Chairman meets players\n\n"
        "“Focus on cricket”, chairman Ramiz Raja advised players.\n\n"
        "Earlier, Ramiz Raja had been nominated by Prime Minister Imran Khan as the next "
        "chairman, and he will take charge on Monday.\n\n"
        "Interestingly, the Interim coaches Saqlain Mushtaq and Abdul Razzaq also "
        "participated in the meeting.\n\n"
        "“You can play cricket fearlessly,” he added.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Ramiz Raja", "Ramiz Raja"]


def test_a_person_who_is_the_subject_of_a_passive_is_the_topic_not_its_agent():
    # "Raja had been nominated by Prime Minister Imran Khan ... he added": Raja
    text = (
        "Chairman meets players\n\n"
        "“Focus on cricket”, chairman Ramiz Raja advised players.\n\n"
        "Earlier, Raja had been nominated by Prime Minister Imran Khan as the next chairman.\n\n"
        "“You can play cricket fearlessly,” he added.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["Ramiz Raja", "Ramiz Raja"]


def test_a_lone_capitalised_name_before_a_document_noun_issued_it():
    # "'Q', read a Suzuki statement.": Suzuki, named only there; not a weekday
    text = (
        "Rins breaks wrist\n\n"
        "Alex Rins has been diagnosed with a fractured left wrist.\n\n"
        "'Rins will begin a program of recovery which will include rest', read a Suzuki "
        "statement.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Suzuki"]
    assert "issued the document" in table["evidence"].iloc[0]


def test_a_verdict_nobody_gives_is_the_panel_that_spoke_last():
    # "The stewards ... declared X “predominantly to blame”" ... "The verdict explained:
    # “Q”": the stewards, when no court is named
    text = (
        "Grid penalty\n\n"
        "The stewards reviewed the incident after the race and declared Verstappen "
        "“predominantly to blame” for the incident.\n\n"
        "The verdict explained: “The Stewards observed on CCTV footage that the driver was "
        "driving an avoiding line.”\n"
    )
    table = quotes(_article(text))
    row = table[table["text"].str.startswith("The Stewards observed")].iloc[0]
    assert row["speaker"] == "the stewards"
    assert "the panel that spoke last" in row["evidence"]


def test_a_double_mark_typed_for_an_apostrophe_does_not_end_the_quotation():
    # '“It”s a shame ...,” said head coach Gary Stead': the quote runs to its real closing mark
    text = (
        "Bowler ruled out\n\n"
        "Lockie Ferguson has been ruled out of the series with a fractured thumb.\n\n"
        "“It”s a shame for Lockie to have to miss this series, but we”re hopeful,” said head "
        "coach Gary Stead.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "It”s a shame for Lockie to have to miss this series, but we”re hopeful,"
    ]
    assert list(table["speaker"]) == ["Gary Stead"]


def test_an_opening_mark_glued_to_a_stop_closes_the_quotation_and_opens_the_next():
    # 'by Visit England.“Those who ...': two quotations, the first closed after "England."
    text = (
        "Castle reopens\n\n"
        "Claire Jones, head of leisure at Raby Estates, said: “We are pleased to be awarded "
        "good to go status by Visit England.“Those who have visited us before will notice "
        "that things are a bit different.”\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "We are pleased to be awarded good to go status by Visit England.",
        "Those who have visited us before will notice that things are a bit different.",
    ]
    assert list(table["speaker"]) == ["Claire Jones", "Claire Jones"]


def test_a_quotation_open_where_the_excerpt_breaks_off_runs_to_its_end():
    # '‘By identifying ... the number of fatal and serious injury collisions' (no stop, the
    # page's last words): the quotation over paragraphs ends there
    text = (
        "Speed vans\n\n"
        "‘We want to reduce speeding,’ Superintendent Thomas Murphy said.\n\n"
        "‘GoSafe vans operate in areas that have a collision history.\n\n"
        "‘By targeting these areas, the aim is to reduce the number of collisions"
    )
    table = quotes(_article(text))
    assert table["text"].iloc[-1].endswith("the aim is to reduce the number of collisions")
    assert list(table["speaker"]) == ["Thomas Murphy", "Thomas Murphy"]


def test_a_plural_apostrophe_leaves_a_quotation_open_to_its_paragraph_end():
    # '“Council leaders refuse ... our members’ value. They are counting down the clock ...'
    text = (
        "Bin strike\n\n"
        "Union organiser Keir Greenaway said: “These talks have been drawn out.\n\n"
        "“Council leaders refuse a pay offer that matches our members’ value. They are "
        "counting down the clock.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Keir Greenaway"]
    assert table["text"].iloc[0].endswith("They are counting down the clock.")


def test_a_quotation_never_closed_after_a_reporting_verbs_comma_runs_to_its_paragraph_end():
    # 'batter asserted, "Right now, as I retire ... for my place.' (no closing mark)
    text = (
        "Malan retires\n\n"
        "Dawid Malan has retired from international cricket.\n\n"
        'The former top-ranked batter asserted, "Right now, as I retire from international '
        "cricket, I am genuinely satisfied.\n\n"
        "Malan thanked his coaches.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "Right now, as I retire from international cricket, I am genuinely satisfied."
    ]
    assert list(table["speaker"]) == ["Dawid Malan"]


def test_a_quotation_reopened_between_two_attributions_is_two_quotations():
    # 'Mrs Adams said: “Q1. “Q2,” she said.': split at the reopening mark
    text = (
        "Foster allowances\n\n"
        "Mrs Adams said: “I had one child who grew two inches in six months. “It sounds like "
        "a lot of money but it does not cover utility costs,” she said.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "I had one child who grew two inches in six months.",
        "It sounds like a lot of money but it does not cover utility costs,",
    ]
    assert list(table["speaker"]) == ["Adams", "Adams"] or list(table["speaker"]) == [
        "Mrs Adams",
        "Mrs Adams",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Stickler said a wall exploded because of shifting of the ground that miners call a "
            '"mountain bump." Rescue efforts had been hampered.'
        ),
        (
            "Today, the trust owns about 100 what we might call “big houses”; of these a third "
            "are listed, it said."
        ),
        (
            "They have moved so often that they have become what experts dub “homeless in foster "
            "care.” Their case workers have quit."
        ),
    ],
)
def test_a_name_people_in_general_give_is_a_term(sentence):
    # 'that miners call a "mountain bump."', 'what we might call “big houses”': a relative
    # clause with a generic subject and a present naming verb gives a term, nobody's words
    table = quotes(_article(f"Mine rescue\n\n{sentence}\n"))
    assert table.empty


def test_what_a_named_speaker_calls_stays_speech():
    # 'what Petković called a "Serbian Bermuda triangle"': a named subject speaks
    text = (
        "Protests grow\n\n"
        "Towns joined the protest, forming what Petković called a “Serbian Bermuda triangle” "
        "of resistance.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Petković"]


def test_a_person_with_a_post_of_their_own_named_next_is_not_the_unnamed_spokesperson():
    # '"Q," a cruise line spokesperson told the BBC. ¶ Holidaysplease agent Jenny Jackson
    # said ...': the agent speaks for herself; the words stay the spokesperson's
    text = (
        "Ship collision\n\n"
        "“They made up the total of people who needed to leave,” a cruise line spokesperson "
        "told the BBC.\n\n"
        "Holidaysplease agent Jenny Jackson said her clients were “fine” after the "
        "collision.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a cruise line spokesperson", "Jenny Jackson"]


def test_a_one_word_name_speaking_next_is_not_the_unnamed_spokesperson():
    # 'a spokeswoman for the environment agency ... said that governments "Q1" ... Avaaz
    # accused Germany of "Q2"': Avaaz is a body, not the spokeswoman
    text = (
        "Bee vote\n\n"
        "A spokeswoman for the environment agency in the United Kingdom said that governments "
        "“do not have the evidence yet.” Avaaz accused Germany and Britain of “caving to the "
        "industry lobby.”\n"
    )
    table = quotes(_article(text))
    assert (
        table["speaker"].iloc[0] == "a spokeswoman for the environment agency in the United Kingdom"
    )


def test_a_leads_first_word_set_in_capitals_is_the_descriptions_word_in_lower_case():
    # "SHOPPERS have branded ..." (a British paper's lead style): shoppers
    text = (
        "‘End of an era’ cry shoppers as charity shop shuts\n\n"
        "SHOPPERS have branded the closure of a charity store “the end of an era”.\n\n"
        "The shop will close next month.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"].dropna().unique()) == ["shoppers"]
    assert "in lower case: shoppers" in table["evidence"].iloc[-1]


def test_an_acronym_opening_a_lead_keeps_its_capitals():
    # "NATO said ..." opens the lead in capitals too, but is no description
    text = (
        "Alliance warns Moscow\n\n"
        "NATO said on Monday it was “deeply concerned” by the latest launch.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["NATO"]


def test_a_bodys_name_set_in_capitals_as_a_heading_line_is_written_in_title_case():
    # a factbox: "U.N. HUMAN RIGHTS OFFICE" over the office's words
    text = (
        "FACTBOX-Reactions to the new law\n\n"
        "The law drew widespread condemnation. Here are some reactions:\n\n"
        "U.N. HUMAN RIGHTS OFFICE\n\n"
        '"We are appalled that the draconian and discriminatory bill is now law."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["U.N. Human Rights Office"]


def test_a_body_renamed_by_the_noun_its_name_ends_in_speaks():
    # '"Q," the Groninger Museum said ... The museum also said ... a "key role"': of the
    # museums named, the one that spoke (subjects/name_end_nouns.py)
    text = (
        "Painting recovered\n\n"
        "The painting was stolen from the Singer Laren Museum in 2020.\n\n"
        '"The painting has suffered," the Groninger Museum said.\n\n'
        'The museum also said a detective had played a "key role" in the recovery.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Groninger Museum", "Groninger Museum"]
    assert "renamed by the noun its name ends in" in table["evidence"].iloc[-1]


def test_a_lone_body_is_renamed_by_its_names_last_noun():
    # 'a post at Shropshire Community Health NHS Trust ... The trust said "Q"'
    text = (
        "Hospital beds\n\n"
        "Campaigner Gill George criticised Shropshire Community Health NHS Trust on Monday.\n\n"
        'The trust said the ward was "the appropriate place of care" for patients.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Shropshire Community Health NHS Trust"]


def test_a_definite_description_no_named_person_was_given_speaks_as_written():
    # 'Jackson Rowsell, 19, ... The victim said the design "Q"' (subjects/unclaimed_descriptions.py)
    text = (
        "Tattoo case\n\n"
        "The council prosecuted Jackson Rowsell, 19, for tattooing a girl in his bedroom.\n\n"
        'The victim said the design "looked awful and amateurish".\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the victim"]
    assert "given to no one named before" in table["evidence"].iloc[0]


def test_a_definite_description_given_to_a_named_person_renames_them():
    # 'Mr Teague, a retired engineer, ... The engineer said: "Q"': Teague, not "the engineer"
    text = (
        "Allotment fire\n\n"
        "Mr Arnold Teague, a retired engineer, lost two sheds.\n\n"
        'The engineer said: "It was my main interest."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) != ["the engineer"]


def test_a_participle_after_a_comma_goes_on_with_the_description_opening_its_sentence():
    # "Boston Marathon organizers vowed ..., calling ... "Q"": the organizers, no actor
    text = (
        "Marathon to go on\n\n"
        "Boston Marathon organizers vowed to continue the race next year, calling it "
        '"a deeply held tradition."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Boston Marathon organizers"]


def test_an_ing_cue_after_a_form_of_be_has_the_description_before_it_as_subject():
    # 'The music industry is hailing a "seismic victory" after the government ...'
    text = (
        "Venues protected\n\n"
        'The music industry is hailing a "seismic victory" after the government has '
        "promised to protect longstanding music venues.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the music industry"]


def test_a_participle_after_with_and_a_name_without_a_comma_is_the_names():
    # "moved to social media with former Sri Lanka skipper Mahela Jayawardene tweeting:"
    text = (
        "War of words\n\n"
        "Khaled Mahmud spoke first. The battle of words moved to social media with former "
        'Sri Lanka skipper Mahela Jayawardene tweeting: "Looks like it is time for bowlers '
        'to show the class."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Mahela Jayawardene"]


def test_a_quoted_line_right_above_another_heading_is_the_last_speakers():
    # '"I think it's absolutely disgusting," she said.' then a quoted line with no stop,
    # then a crosshead: the line heads nothing, the speaker before goes on
    text = (
        "Toilets may close\n\n"
        "All 25 public toilets run by Orvell Council could shut.\n\n"
        "The council said it would look at other options.\n\n"
        "Odelle Powles uses the toilets in the park to change her son.\n\n"
        '"I think it\'s absolutely disgusting," she said.\n\n'
        '"It\'s a public amenity which should be available for everyone"\n\n'
        "'Not happy'\n\n"
        'Bev Rowell said it would be "fine" for the toilets to close.\n'
    )
    speakers = [_none(s) for s in quotes(_article(text))["speaker"]]
    assert speakers[:3] == ["Odelle Powles", "Odelle Powles", None]


def test_a_quoted_crosshead_over_a_paragraph_of_prose_names_no_caption_speaker():
    # "'Never dreamt of being a gold medallist'" then "Fiji skipper Kolinisau said ... .":
    # a crosshead over its section, not a quotation captioned from below
    text = (
        "Fiji ready to party\n\n"
        "Fiji won its first Olympic medal on Thursday.\n\n"
        "The win was led by captain Osea Kolinisau.\n\n"
        "'Never dreamt of being a gold medallist'\n\n"
        "Fiji skipper Kolinisau said everything had gone to plan for the team.\n"
    )
    table = quotes(_article(text))
    row = table[table["text"] == "Never dreamt of being a gold medallist"]
    assert [_none(s) for s in row["speaker"]] == [None]


def test_a_short_phrase_on_a_crosshead_echoed_by_a_body_quote_stays_nobodys():
    # "Ireland’s ‘greatest victory’" between the lead and the column that says it: the
    # crosshead convention leaves it no speaker (docs/test-pages.md)
    text = (
        "What the papers say\n\n"
        "Ireland sealed the Grand Slam by defeating England on Saturday.\n\n"
        "The triumph has really got the papers talking.\n\n"
        "Ireland’s ‘greatest victory’\n\n"
        "Former fly-half Tony Ward was greatly impressed.\n\n"
        "Ward wrote: “This represents the greatest victory in the history of Irish rugby.”\n"
    )
    speakers = [_none(s) for s in quotes(_article(text))["speaker"]]
    assert speakers == [None, "Tony Ward"]


def test_sentences_glued_inside_a_quotation_stay_one_quote_as_published():
    # '"... they should be fixing it.They said if it's a dangerous hole ..."'
    text = (
        "Pothole claim\n\n"
        'Andy White said: "If they knew there is a hole there, they should be fixing '
        'it.They said it should be fixed within 24 hours."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Andy White"]
    published = (
        "If they knew there is a hole there, they should be fixing it.They said it should "
        "be fixed within 24 hours."
    )
    assert list(table["text"]) == [published]


def test_a_name_in_apposition_after_a_bishop_of_a_place_speaks():
    # "the Bishop of Southwestern Virginia, the Rt Revd X, said": not "Virginia"
    text = (
        "Bishops meet\n\n"
        "Speaking at the end of the conference, the Bishop of Southwestern Virginia, the Rt "
        "Revd Mark Allen Bourlakas, said: “We all love Jesus and the Book of Common Prayer.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Mark Allen Bourlakas"]


def test_two_lower_case_titles_joined_by_and_before_a_name_leave_the_name_the_subject():
    # "Aston Martin Red Bull Racing chief designed and technical officer Adrian Newey had
    # expressed": not the team
    text = (
        "New rules\n\n"
        "Aston Martin Red Bull Racing chief designed and technical officer Adrian Newey had "
        'expressed his displeasure with the "restrictive and prescriptive" nature of the rules.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Adrian Newey"]


def test_a_listed_committee_name_in_a_relative_clause_leaves_the_name_the_subject():
    # "Councillor Pissaridou, who chairs the council's Environment, Transport and
    # Sustainability Committee, said": the comma lists a committee's name, no boundary
    text = (
        "Toilets reopen\n\n"
        "The council reopened the toilets on Monday.\n\n"
        "Councillor Anne Pissaridou, who chairs the council's Environment, Transport and "
        "Sustainability Committee, said: “It's great we can reopen more of our toilets.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Anne Pissaridou"]


def test_one_and_another_after_a_group_are_one_and_another_member_of_it():
    # 'Local residents also expressed their disappointment. ¶ "This is sad," one said. ¶
    # ... ¶ Another added: "Q"': one local resident, another local resident
    # (barnes_jubilee_street_party_cancelled_bca_bbc; member_label, bare_one_crowd)
    text = (
        "Street party cancelled\n\n"
        "The council cancelled the jubilee street party on Friday.\n\n"
        "Local residents also expressed their disappointment.\n\n"
        '"This is sad," one said.\n\n'
        '"I lived in Nassau Road as a child. We had the most amazing street party."\n\n'
        'Another added: "There\'s always someone that spoils things for everyone else."\n'
    )
    assert list(quotes(_article(text))["speaker"]) == [
        "one local resident",
        "one local resident",
        "another local resident",
    ]


def test_one_after_with_counted_out_of_a_plain_group_opening_the_sentence():
    # "Receptionists said ..., with one saying "Q"": one receptionist
    # (darlington_gp_receptionists_abuse_letter_bbc; sentence_crowd, member_label)
    text = (
        "Receptionists abused\n\n"
        "Receptionists said some patients had taken their frustration out on them, with one "
        'saying there were times when "it all builds up".\n'
    )
    assert list(quotes(_article(text))["speaker"]) == ["one receptionist"]


def test_a_plural_group_is_no_body_whose_name_opens_with_its_singular():
    # 'Locals have described the cancelled celebrations as a "shame"' ... "the Local
    # Democracy Reporting Service": the locals (plural_opens_name)
    text = (
        "Celebrations cancelled\n\n"
        'Locals have described the cancelled celebrations as a "shame".\n\n'
        "The council told the Local Democracy Reporting Service it had no choice.\n"
    )
    assert list(quotes(_article(text))["speaker"]) == ["locals"]


def test_a_he_after_a_sentence_whose_link_opens_an_adjunct_goes_on_with_its_main_speaker():
    # "But after being informed by the Minister that ..., Cllr Bourke said ... "Q," he complained"
    text = (
        "Castle opening\n\n"
        "Cllr Kieran Bourke wrote to Minister Kevin Moran in early February requesting the "
        "castle re-open on March 1.\n\n"
        "But after being informed by the Minister that he would look into the request, Cllr "
        "Bourke said he received a schedule showing the castle won't re-open until the end of "
        "March.\n\n"
        '"It\'s hugely disappointing. I thought this fellow was a bit different," he complained '
        "at the meeting.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Kieran Bourke"]


def test_a_he_after_a_described_subject_behind_a_link_and_an_adjunct_is_that_person():
    # "But when asked ..., the prime minister's official spokesperson did not rule it out."
    text = (
        "Energy bills\n\n"
        "Energy boss Mark Smith said prices would keep rising.\n\n"
        "But when asked about a windfall tax, the prime minister's official spokesperson did "
        "not rule it out.\n\n"
        '"Nothing is off the table," he told reporters.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["prime minister's official spokesperson"]


def test_a_she_after_a_one_word_name_opening_its_sentence_with_a_persons_apposition():
    # "Parameshwari, another auto-rickshaw driver, was sceptical. "Q," she said."
    text = (
        "Free toilets\n\n"
        "Prabhavati, an auto-rickshaw driver, said there is a severe lack of toilets.\n\n"
        'Parameshwari, another auto-rickshaw driver, was sceptical. "If public toilets are '
        'made free, they will not be cleaned," she said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Parameshwari"


def test_a_she_after_a_name_opening_its_sentence_as_someones_sister():
    # "Elise, Will's sister, who is eight ..., also has her own flock. "Q," she says."
    text = (
        "Show time\n\n"
        '"We have a nice little show team," says Rhian Rochford.\n\n'
        "Elise, Will's sister, who is eight, also has her own flock. \"Janet is my favourite "
        'sheep," she says.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Elise"


def test_a_nickname_opening_its_clause_before_a_verb_is_no_quote():
    # "'The Rocket' recorded the highest break of the final stages"
    text = (
        "Snooker\n\n"
        "Ronnie O'Sullivan cruised into the last eight. 'The Rocket' recorded the highest "
        "break of the final stages to date in the third frame.\n"
    )
    table = quotes(_article(text))
    assert "The Rocket" not in list(table["text"])


def test_a_nickname_after_a_quotation_as_its_reporting_verbs_subject_is_no_quote():
    # '"I'm ready for it, no problem," 'Mighty Mike' said in conversation with the PDC.'
    text = (
        "Darts\n\n"
        "Michael van Gerwen won last year. \"I'm ready for it, no problem,\" 'Mighty Mike' "
        "said in conversation with the PDC.\n"
    )
    table = quotes(_article(text))
    assert "Mighty Mike" not in list(table["text"])


def test_a_phrase_with_a_code_and_an_article_is_speech_not_a_name():
    # 'Show organisers say they have reached the decision after "monitoring the unfolding
    # Covid-19 situation".'
    text = (
        "Show cancelled\n\n"
        "Show organisers say they have reached the decision after \u201cmonitoring the "
        "unfolding Covid-19 situation\u201d.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Show organisers"]


def test_a_reopened_paragraph_given_to_another_speaker_is_a_quotation_of_its_own():
    # '... groom-to-be Daniel Laymon said. "We have no one to talk to ... at this point.¶¶
    # "We're out about 8 thousand dollars," Kelly said.'
    text = (
        "Venue closes\n\n"
        "Kelly Seylar booked the venue in May.\n\n"
        '"It is a ghost town here," groom-to-be Daniel Laymon said. "We have no one to '
        "talk to at this point.\n\n"
        '"We\'re out about 8 thousand dollars," Kelly said.\n'
    )
    table = quotes(_article(text))
    rows = dict(zip(table["text"], table["speaker"], strict=True))
    assert rows["We have no one to talk to at this point."] == "Daniel Laymon"
    assert rows["We're out about 8 thousand dollars,"] == "Kelly Seylar"


def test_a_reopened_paragraph_reported_in_the_past_perfect_is_a_quotation_of_its_own():
    # 'The statement ... said: "Although ... completely bogus.¶¶"I have no problem with Don
    # King ...," Lewis had said earlier.'
    text = (
        "Rematch\n\n"
        "Lennox Lewis wants a rematch.\n\n"
        'The statement, from Main Events, his co-promoter, said: "That offer was bogus.\n\n'
        '"I have no problem with Don King promoting my rematch," Lewis had said earlier.\n'
    )
    table = quotes(_article(text))
    rows = dict(zip(table["text"], table["speaker"], strict=True))
    assert "That offer was bogus." in rows
    assert rows["I have no problem with Don King promoting my rematch,"] == "Lennox Lewis"


def test_a_reopened_paragraph_of_the_same_speaker_continues_the_quotation():
    text = (
        "Venue closes\n\n"
        'Mr Laymon said: "We have no one to talk to.\n\n'
        '"We are out of money," Mr Laymon said.\n'
    )
    table = quotes(_article(text))
    assert list(table["text"]) == ['We have no one to talk to.\n\n"We are out of money,']


def test_according_to_the_official_website_is_the_page_not_a_person_named_before():
    # "According to the official website, the contest ... “Q”": no "official" renames the dog
    text = (
        "Ugly dog wins\n\n"
        "Mr. Happy Face won the contest.\n\n"
        "According to the official website, the contest, which is held at the Fairgrounds, "
        "“celebrates the imperfections that make all dogs special.”\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the official website"]


def test_a_platform_named_only_as_where_words_were_posted_is_no_ranked_speaker():
    # "Writing on her Facebook page, the veteran dog-breeder added:": not Facebook
    text = (
        "Dog poisoned\n\n"
        "Dee Milligan-Bott said her dog was poisoned at the show.\n\n"
        "Writing on her Facebook page, the veteran dog-breeder added: "
        "\"We can't and we won't think that this was the act of another exhibitor.\"\n"
    )
    table = quotes(_article(text))
    assert "Facebook" not in list(table["speaker"])


def test_the_report_released_today_is_the_one_the_lead_brought_in():
    # "A World Heritage Committee report has recommended" ... "a Government report" ...
    # "The report released today is ...": "The report acknowledges" is the Committee's
    text = (
        "Reef in danger\n\n"
        "A World Heritage Committee report has recommended the reef be listed as in danger.\n\n"
        "The visit was accompanied by a Government report outlining plans to protect the "
        "reef. The report released today is the outcome of that process.\n\n"
        "The report acknowledges Australia has made “unparalleled science and management "
        "efforts” to protect the reef.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["World Heritage Committee"]


def test_a_closing_it_said_after_a_sentence_whose_subject_is_a_report_is_its_author():
    # "The report also presented cases ... carried out by X. “Q”, it said": the report's
    # author ("his report"), not X, who carried out the violations
    text = (
        "Rapporteur reports\n\n"
        "The Special Rapporteur, Javaid Rehman, has presented his fourth report to the "
        "General Assembly.\n\n"
        "The report also presented several cases of human rights violations carried out by "
        "the Islamic Republic of Iran in the Kurdish region.\n\n"
        "“Excessive force against cross-border couriers continued”, it said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Javaid Rehman"]


def test_a_country_given_name_after_an_abbreviated_rank_opens_the_name():
    # 'said Lino Lakes Police Sgt. Chad Shirmers.' ... 'says Sgt. Shirmers.'
    text = (
        "Medics assaulted\n\n"
        "Two medics are recovering after an assault.\n\n"
        '"I don\'t think it was a planned assault," said Lino Lakes Police Sgt. Chad '
        'Shirmers. "I think it\'s someone who lashed out."\n\n'
        '"The injuries are more severe," says Sgt. Shirmers.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Chad Shirmers"] * 3


def test_a_month_after_a_titled_given_name_is_a_surname():
    # 'Balaklava Show president, Callum March, said it was the uncertainty ...'
    text = (
        "Shows cancelled\n\n"
        "Many country shows were cancelled this year.\n\n"
        "Balaklava Show president, Callum March, said it was the uncertainty that forced "
        "the committee to cancel.\n\n"
        '"It\'s a shame, but out of our control," he said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Callum March"]


def test_a_courtesy_title_before_a_name_keeps_the_person_before_their_body():
    # '"...," Dr Rohit Shetty, chairman, Narayana Health, told ANI.'
    text = (
        "Eye injuries\n\n"
        "Dozens were hurt by firecrackers.\n\n"
        '"Sparks from firecrackers entered their eyes," Dr Rohit Shetty, chairman, '
        "Narayana Health, told ANI.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Rohit Shetty"]


def test_a_title_description_right_after_a_named_person_is_that_person():
    # "... by the Special Representative X." then '"Q," the State Department official said.'
    text = (
        "Treaty offer\n\n"
        "This was announced on Tuesday by the Special Representative for Arms Control "
        "Marvin Bellweather.\n\n"
        '"We are ready to extend the treaty for some time," the State Department official '
        "said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Marvin Bellweather"]


def test_an_inverted_title_description_after_a_named_person_is_that_person():
    # '"Q," declared the reigning Premier League champion.'
    text = (
        "Night two\n\n"
        "The teenager missed two darts for the win, and Tom Dorsel duly profited.\n\n"
        '"I think it was a fantastic night for darts," declared the reigning Premier '
        "League champion.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Tom Dorsel"]


def test_a_title_description_after_a_person_given_a_role_is_that_person():
    # 'For biologist Flavia Liberona, "it is incompatible" ... The executive director of
    # FundaciónTerram tells DW' (described_titles: a role that is no title fits any head)
    text = (
        "Salmon farms\n\n"
        'For biologist Flavia Liberona, "it is incompatible" that the State grants the '
        "concessions. The executive director of FundaciónTerram tells DW that the rules are "
        'lax. "The legislation is very lax and is not even complied with," she says.\n'
    )
    speakers = list(quotes(_article(text))["speaker"])
    assert speakers[-1] == "Flavia Liberona"


def test_a_judge_or_spokesperson_after_a_named_person_is_no_rename():
    # 'his spokeswoman Anna Veduta wrote ... The judge said he "shouted out slogans"'
    text = (
        "Navalny jailed\n\n"
        'Navalny was jailed on Tuesday. "Alexei Navalny got 7 days," his spokeswoman Anna '
        "Veduta wrote on Twitter.\n\n"
        'The judge said he "shouted out slogans" and hindered police.\n'
    )
    assert list(quotes(_article(text))["speaker"])[-1] != "Anna Veduta"


def test_a_title_brought_in_unnamed_before_stays_unnamed_after_a_named_person():
    # "A senior administration official ... said" ... "Els Woodke said ..." then '"Q," the
    # official said': the unnamed official, not Els Woodke
    text = (
        "Hostage freed\n\n"
        "A senior administration official said he was released near the border.\n\n"
        "His wife, Els Woodke, thanked the government for its efforts.\n\n"
        '"There was no direct negotiation here," the official said.\n'
    )
    assert list(quotes(_article(text))["speaker"])[-1] != "Els Woodke"


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("a netizen said on Sina Weibo", "a netizen"),
        ("one former resident\u2019s widow told WPBN-TV", "one former resident\u2019s widow"),
        ("one of the opinions said", "one of the opinions"),
    ],
)
def test_an_indefinite_description_before_the_verb_speaks_as_written(closing, speaker):
    # '"Maybe it was because he got too successful too early," a netizen said on Sina Weibo.'
    text = (
        "Snooker\n\n"
        'Ding Junhui lost on Monday. "It was a hard match," Ding said.\n\n'
        f'"Maybe it was because he got too successful too early," {closing}.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Ding Junhui", speaker]


def test_an_indefinite_document_before_the_verb_is_no_unnamed_speaker():
    # "a statement said" is a document's, for the document rules: not "a statement"
    text = (
        "Snooker\n\n"
        'Ding Junhui lost on Monday. "It was a hard match," Ding said.\n\n'
        '"The player will rest for a month," a statement said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] != "a statement"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The imminent closure of five post offices has been described as "
            "'a direct assault on rural communities'."
        ),
        (
            "AN ALLOTMENT described as a 'green haven' has been saved thanks to a petition by "
            "neighbours."
        ),
    ],
)
def test_a_quote_right_after_an_agentless_passive_report_has_no_speaker(sentence):
    # "The imminent closure of five post offices ... has been described as 'a direct
    # assault on rural communities'." (no agent: not the speaker quoted before)
    text = (
        "Closures\n\n"
        '"It is very sad to go," said Nicola Howlin, who runs one of them.\n\n'
        f"{sentence}\n"
    )
    table = quotes(_article(text))
    assert _none(list(table["speaker"])[-1]) is None


def test_a_quote_after_a_passive_report_with_its_agent_is_not_left_agentless():
    # 'was described as "a direct assault on rural communities" by Nicola Howlin'
    text = (
        "Closures\n\n"
        '"It is very sad to go," said Nicola Howlin, who runs one of them.\n\n'
        "The closure was described as 'a direct assault on rural communities' by Cllr "
        "Ger Carthy.\n"
    )
    table = quotes(_article(text))
    assert list(table["attribution"])[-1] != "agentless_passive"


def test_a_he_after_a_described_spokesman_whose_body_name_holds_and_is_the_spokesman():
    # 'A Transport and Main Roads spokesman said ... "Q," he said' (not the MP named before)
    text = (
        "Speed cameras\n\n"
        "Opposition transport spokesman Tim Mander said the cameras were a cash grab.\n\n"
        "A spokesman for the Tees, East and North Yorkshire Ambulance Trust confirmed an "
        "inquiry had been launched.\n\n"
        'He said: "At this stage we just do not know what happened."\n'
    )
    table = quotes(_article(text))
    assert "Mander" not in list(table["speaker"])[-1]


def test_a_they_after_a_bare_plural_subject_past_but_is_that_group():
    # "But organisers announced ... They claimed complaints came from 'two persistent
    # neighbours'": the organisers, not the council named before
    text = (
        "Street party cancelled\n\n"
        "Sheffield Council said it had received complaints about the party.\n\n"
        "But organisers announced on their Facebook page yesterday that the festivities had "
        "been cancelled, blaming the council for a lack of support.\n\n"
        "They claimed complaints about noise came from 'two persistent neighbours' and "
        "they had worked to minimise disruption.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1].lower() == "organisers"


def test_a_he_is_never_a_uk_nation_read_as_a_name():
    # "Scotland conceded seven tries ... "Q," he said": the coach, not Scotland
    text = (
        "Williams: Scots can win\n\n"
        "Coach Matt Williams has predicted that Scotland can win the championship.\n\n"
        "His forecast came after Scotland conceded seven tries to England.\n\n"
        '"That was a passionate display from the players out there," he said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Matt Williams"


def test_a_they_after_two_ministers_with_lower_case_portfolios_is_both():
    # "Local government minister Simon Clarke and environment minister Rebecca Pow wrote ...
    # They said: "Q""
    text = (
        "Toilets\n\n"
        "Local government minister Simon Clarke and environment minister Rebecca Pow wrote "
        "to council chiefs today urging them to reopen loos.\n\n"
        'They said: "Councils should consider the harm to public health."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Simon Clarke and Rebecca Pow"


def test_a_club_name_joined_by_and_is_not_cut_into_a_person():
    # "the Dundrod and District Motorcycle Club announced": one club, not "Motorcycle Club"
    text = (
        "Race cancelled\n\n"
        "On Tuesday, the Dundrod and District Motorcycle Club announced that the road race "
        'had been "cancelled for a fourth straight year".\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Dundrod and District Motorcycle Club"]


def test_a_body_named_again_without_its_joined_part_is_the_full_name():
    # "The Dundrod and District Club revealed" ... "the Dundrod Club had held discussions"
    # ... "a statement issued by the club indicated": the fullest form the page gives
    text = (
        "Grand Prix off\n\n"
        "The Dundrod and District Club revealed in November that they were facing major "
        "financial problems.\n\n"
        "Since November the Dundrod Club had held discussions with councillors.\n\n"
        'In early February a statement issued by the club indicated the race was "still in '
        'crisis".\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Dundrod and District Club"


def test_a_backquote_inside_a_quotation_opens_a_nested_one():
    # '“They call this area `the Bay of Pigs’ and this is one of the reasons,” he said': the
    # backquote's quotation is nested, the double one runs to its own closing mark
    text = (
        "Lobster feud\n\n"
        "Marine patrol officer Joseph Fessenden said the crews have been feuding.\n\n"
        "“They call this area `the Bay of Pigs’ and this is one of the reasons,” he said.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"])[-1] == (
        "They call this area `the Bay of Pigs’ and this is one of the reasons,"
    )
    assert list(table["speaker"])[-1] == "Joseph Fessenden"


def test_an_apostrophe_after_an_abbreviated_name_closes_no_quotation():
    # '“For 35 years PETA has protested Ringling Bros.’ cruelty to elephants,” Newkirk wrote'
    text = (
        "Circus to retire elephants\n\n"
        "“For 35 years PETA has protested Ringling Bros.’ cruelty to elephants,” Ingrid "
        "Newkirk, president of PETA, wrote in a statement.\n"
    )
    table = quotes(_article(text))
    assert list(table["text"]) == [
        "For 35 years PETA has protested Ringling Bros.’ cruelty to elephants,"
    ]
    assert list(table["speaker"]) == ["Ingrid Newkirk"]


def test_a_short_quotation_joined_with_its_own_article_is_the_same_speakers():
    # 'remembering him as a broadcasting "legend" and a "radio genius"'
    text = (
        "Tributes to DJ\n\n"
        'Jo Whiley said the DJ was a broadcasting "legend" and a "radio genius".\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Jo Whiley", "Jo Whiley"]


def test_a_headline_signed_by_a_plain_plural_before_a_colon_is_that_group():
    # "Stall owners: 'Q'": the group signs the words, in lower case
    text = (
        "Stall owners: 'Gangs are stopping people shopping in the market'\n\n"
        "A decision to grant extra permits for stalls has been welcomed.\n\n"
        "Stephen Troy's family has run a butchers on the street for 100 years.\n\n"
        '"We have been promised facilities for ten years now," said Mr Troy.\n'
    )
    table = quotes(_article(text))
    assert next(iter(table["speaker"])) == "stall owners"


def test_a_headline_two_word_phrase_a_body_quotation_holds_is_its_speakers():
    # "Odeon closure leaves MP 'extremely concerned'" ... "I am extremely concerned ...,"
    text = (
        "Kettering Odeon closure leaves MP 'extremely concerned' as town left without cinema\n\n"
        "Staff have been told of the plans to close, with Odeon confirming the loss.\n\n"
        "Reacting to the news MP for Kettering Rosie Wrighting promised to seek answers.\n\n"
        'She said: "I am extremely concerned to hear of the decision to close the cinema."\n'
    )
    table = quotes(_article(text))
    assert next(iter(table["speaker"])) == "Rosie Wrighting"


def test_a_standfirst_quotation_the_body_rewords_in_its_middle_is_the_body_speakers():
    # "'If we did go ahead ..., we find it had caused a spike, ...'" then "... we find the
    # fair caused a spike, ...," said Dave Trimble
    text = (
        "Goose Fair is scrapped due to coronavirus\n\n"
        "'If we did go ahead and, three weeks later, we find it had caused a spike, that "
        "would be a terrible thing'\n\n"
        "The annual fair has been cancelled only during wars before.\n\n"
        'Dave Trimble, cabinet member for leisure, said on Friday: "If we did go ahead and, '
        'three weeks later, we find the fair caused a spike, that would be a terrible thing."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[:2] == ["Dave Trimble", "Dave Trimble"]


def test_a_quoted_word_opening_a_crosshead_stays_nobodys():
    # "‘Impressed’ by measures" between paragraphs, then 'she has been “impressed”'
    text = (
        "Cinemas reopen after lockdown\n\n"
        "Cinemas across England reopened on Saturday with new safety measures.\n\n"
        "Andrea Necchi, a project manager, said it was a strange experience.\n\n"
        "‘Impressed’ by measures\n\n"
        "Dog carer Michelle Major said she is glad that normality is returning.\n\n"
        "“It has been hard for him,” she said, adding that she has been “impressed” by the "
        "measures.\n"
    )
    table = quotes(_article(text))
    rows = dict(zip(table["text"], table["speaker"], strict=True))
    assert _none(rows["Impressed"]) is None
    assert rows["impressed"] == "Michelle Major"


def test_a_he_after_an_indefinite_described_subject_is_that_new_person():
    # "A cinema hall owner said that ... "Q," he added": the owner, not the police chief
    # named before or after
    text = (
        "Screening stopped\n\n"
        "Superintendent of Police Anant Deo visited the multiplex on Friday.\n\n"
        "A cinema hall owner said that all shows remained suspended on Saturday.\n\n"
        '"We cannot risk damage to property by fringe mobs," he added.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "a cinema hall owner"


def test_a_she_in_the_sentence_of_an_indefinite_subject_is_that_new_person():
    # "A lady customer at the counter does not want to talk about the news, but she does
    # say: "Q"": the customer, not the postmistress named before
    text = (
        "Post office to close\n\n"
        "Postmistress Anne McPhilips has run the office for 30 years.\n\n"
        "A lady customer at the counter does not want to talk about the news, but she does "
        'say: "She is the nicest postmistress you could possibly meet."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "a lady customer at the counter"


def test_a_he_after_a_dash_and_an_indefinite_subject_is_that_new_person():
    # "Feld has prevailed — last year a judge issued a settlement ... after he found the
    # groups "paid a plaintiff"": the judge, not the man named before
    text = (
        "Circus\n\n"
        "Stephen Payne, a spokesman for Feld Entertainment, announced the change.\n\n"
        "There have been lawsuits, and Feld has prevailed — last year a judge issued a "
        'settlement against the groups after he found they "paid a plaintiff" to testify.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "a judge"


def test_a_statement_after_organizers_spoke_is_the_organizers():
    # "Event organizers confirmed ..." then '"Q," a statement read': the organizers', not
    # the statement alone
    text = (
        "Rider dies in crash\n\n"
        "Northern Irish rider Davy Morgan has died in a crash during the races.\n\n"
        "Event organizers confirmed the 52-year-old's death on Monday after an incident on "
        "the final lap.\n\n"
        '"We extend our deepest sympathy to his family and friends," a statement read.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1].lower() == "event organizers"


def test_the_statement_about_a_rider_is_the_organizers_who_spoke_before():
    # "Organizers said English motorcycle rider Daley Mathison died ..." ... '"Q," the
    # statement said': the organizers', not the rider the statement is about
    text = (
        "Organizers said English motorcycle rider Daley Mathison died Monday following a "
        "crash during the opening Superbike race.\n\n"
        "The race was due to be run over four laps.\n\n"
        "Mathison was an experienced runner on the Mountain Course.\n\n"
        '"ACU Events Ltd regrets to confirm that Daley Mathison was killed in an incident '
        'during the Superbike race today," the statement said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1].lower() == "organizers"


def test_a_new_statement_after_another_body_spoke_is_that_body():
    # "A statement from the club said ..." ... "Tourism NI said it 'regretted' ..." then
    # "A statement said: 'Q'": the tourist board's, not the club's statement named before
    text = (
        "Race cancelled\n\n"
        "On Tuesday night, the Dundrod and District Motorcycle Club announced that the road "
        "race had been cancelled.\n\n"
        "A statement from the club said the decision was taken after the event had been "
        "'undermined by two specific issues'.\n\n"
        "On Wednesday, the Northern Ireland Tourist Board said it 'regretted' the club's "
        "decision.\n\n"
        "A statement said: 'The board regrets the decision of the club to cancel the race.'\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Northern Ireland Tourist Board"


def test_a_regulator_right_before_a_name_is_that_body():
    # "State-run regulator Uganda Broadcast Council said": the council, not the "media
    # watchdog" named before
    text = (
        "Uganda shuts radio station\n\n"
        "The authorities have shut down a radio station, media watchdog Committee to Protect "
        "Journalists (CPJ) said on Wednesday.\n\n"
        'State-run regulator Uganda Broadcast Council said the show was "in violation of the '
        'minimum broadcasting standards," citing the law.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Uganda Broadcast Council"


def test_words_a_law_bars_are_the_laws():
    # "citing a section of the country's media law that bars programmes "Q""
    text = (
        "Station shut\n\n"
        "The council said the show broke the rules, citing a section of the country's media "
        'law that bars programmes "likely to cause public insecurity or violence".\n'
    )
    table = quotes(_article(text))
    assert "media law" in list(table["speaker"])[-1]


def test_a_nickname_of_two_words_in_marks_inside_a_titled_name_does_not_cut_it():
    # 'Malibu City Councilmember Jefferson “Zuma Jay” Wagner bought ... “Q,” he said'
    text = (
        "Theater closes\n\n"
        "Malibu City Councilmember Jefferson “Zuma Jay” Wagner bought the very last movie "
        "tickets and popcorn. He reflected on the significance of the theater closing.\n\n"
        "“I am sorry to see such a tradition leave Malibu,” he said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Jefferson Wagner"]


def test_a_courtesy_title_of_the_other_gender_is_not_the_namesake_named_in_full():
    # "Rebecca and Brian Barnes ... said Mrs Barnes": Rebecca, not Brian
    text = (
        "Couple appeal\n\n"
        "Farm residents Rebecca and Brian Barnes, who live 600 metres from the nearest "
        "turbine, have launched a statutory appeal.\n\n"
        "“We weren’t happy with the inspector’s decision,” said Mrs Barnes.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Rebecca Barnes"]


def test_a_courtesy_title_names_the_wife_the_text_gives_by_her_first_name():
    # "Russell Stearman ... with his wife Nikki ... Mrs Stearman said ... "Q," she said"
    text = (
        "Tree protest\n\n"
        "Russell Stearman, from Meersbrook, was there with his wife Nikki and two young "
        "children. He said the protest was about trees.\n\n"
        "Mrs Stearman said felling had been taking place where she lives.\n\n"
        "“Look how many people have turned out on a cold January day,” she said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Nikki Stearman"]


def test_a_capitalised_preposition_opening_the_sentence_is_no_part_of_the_name():
    # "Behind LeBron James, the Lakers ...", "Via Lakers Daily: "Q"": not "Behind LeBron James"
    text = (
        "Lakers lose\n\n"
        "Behind LeBron James, the Lakers fought back in the fourth quarter.\n\n"
        '"We played hard," James said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "LeBron James"


def test_a_plural_people_noun_opening_the_sentence_is_no_part_of_the_name():
    # "Owners Jan and Don Wilke bought ...": Jan, not "Owners Jan"
    text = (
        "Bakery closes\n\n"
        "Owners Jan and Don Wilke bought the bakery in 1976.\n\n"
        "'We know so many people by first name,' Jan told the outlet.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Jan Wilke"


def test_a_title_acronym_opening_a_paragraph_is_no_part_of_the_name():
    # "MD Ian Pinner said:": Ian Pinner
    text = (
        "Bread prices rise\n\n"
        "The bakery chain raised its prices.\n\n"
        'MD Ian Pinner said: "This is the third year of increased energy costs."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Ian Pinner"


def test_a_spectator_or_a_demonym_before_a_name_is_no_part_of_it():
    # "Spectator Alice Young said", "Tasmanian Shara Perkins said"
    text = (
        "Circus fall\n\n"
        "Spectator Alice Young said the crowd was stunned.\n\n"
        '"We all thought it was part of the act," she said.\n\n'
        'Tasmanian Shara Perkins said: "It was a great show before that."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Alice Young", "Shara Perkins"]


def test_a_sequence_adverb_closing_a_description_is_no_part_of_it():
    # "A spokesman for the station initially said": not "... the station initially"
    text = 'DJ walks out\n\nA spokesman for the station initially said it was "a bit of fun".\n'
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "a spokesman for the station"


def test_another_unnamed_person_is_not_the_one_before():
    # '"Q1," one diplomat told AFP. "Q2," confirmed another diplomat': two diplomats
    text = (
        "Council talks\n\n"
        "The council is negotiating a possible statement, diplomats said.\n\n"
        '"China and Russia have asked for more time," one diplomat told the AFP news agency.\n\n'
        '"A statement is still under discussion," confirmed another diplomat.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["one diplomat", "another diplomat"]
    assert "counted on" in list(table["evidence"])[-1]


def test_another_described_official_keeps_its_count():
    # "A senior Hamas official stressed ... "Q," another senior official told AFP"
    text = (
        "Truce\n\n"
        'A senior Hamas official stressed that "this does not mean the ceasefire has come '
        'into effect yet".\n\n'
        '"The ball is now in the court of the Israeli occupation," another senior official '
        "told AFP on condition of anonymity.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "another senior official"


def test_a_bare_epithet_does_not_overrule_an_unnamed_persons_continuation():
    # 'Another stallholder lamented that she ... ¶ "Q" the woman related.': the stallholder
    text = (
        "Vendors told to leave\n\n"
        "One stallholder indicated that he was prepared since last week to move.\n\n"
        "However, when he indicated his readiness to begin setting up shop, he was told that "
        "the area was not yet ready.\n\n"
        "Another stallholder lamented that she was more than happy to move as her stall is "
        "in a deplorable state.\n\n"
        "\u201cWatch, de back of me stall, I had to bring all me things them to the front, "
        "plus I does gotta put down bucket fuh ketch water when the rain fall\u201d the woman "
        "related.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1].lower() == "another stallholder"


def test_a_relative_named_by_a_first_name_keeps_it_as_written():
    # "Brayden Erbacher's brother Damon said": Damon, not Damon Erbacher (never written)
    text = (
        "Tributes flow\n\n"
        "Motocross rider Brayden Erbacher died on Sunday after a crash at Wonthaggi.\n\n"
        "Brayden Erbacher's brother Damon said: \u201cYou were the best big brother.\u201d\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Damon"


def test_a_relative_takes_the_family_name_the_page_writes():
    # "Mr Morgan's brother Alastair said" ... "Alastair Morgan added": Alastair Morgan
    text = (
        "Family call for inquiry\n\n"
        "The family of private detective Daniel Morgan called for an inquiry.\n\n"
        "Mr Morgan's brother Alastair said: \u201cWe have been failed utterly.\u201d\n\n"
        "Alastair Morgan added: \u201cThere has been no public scrutiny.\u201d\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[:2] == ["Alastair Morgan", "Alastair Morgan"]


def test_a_sentence_pointing_back_at_a_quotation_names_its_speaker():
    # '“Q.” That’s how Houghton festival described its site': the festival's words
    text = (
        "Festival called off\n\n"
        "Several events have had to be pulled this summer.\n\n"
        "\u201cIt feels like a film set where a film was never shot.\u201d That\u2019s how "
        "Houghton festival described its site last week, when it was forced to abandon "
        "this year\u2019s event.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Houghton festival"]
    assert list(table["attribution"]) == ["pointing_frame"]


def test_a_quotation_that_is_what_a_crowd_chanted_is_the_crowds():
    # "'Q', is what hundreds of Mumbaikars were sloganeering": the crowd's words
    text = (
        "Human chain\n\n"
        "'Save the trees, save the city', is what hundreds of Mumbaikars were sloganeering "
        "while forming a human chain on Sunday morning.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["hundreds of Mumbaikars"]


def test_the_last_words_of_a_person_after_a_quotation_are_that_persons():
    # '“I’m 15, don’t let me die.” Those were the final words of Daejaun Campbell, ...'
    text = (
        "A plea\n\n"
        "The echo of a desperate plea still hangs in the air: \u201cI\u2019m 15, don\u2019t "
        "let me die.\u201d Those were the final words of Daejaun Campbell, a teenager "
        "stabbed last September.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Daejaun Campbell"]


def test_a_plain_comment_after_a_quotation_names_no_speaker():
    # '“Q.” That is the plan.': no pointing words, no speaker from them
    text = (
        "Plan\n\n"
        'The mayor said the city would "rebuild every road by spring." That is the plan '
        "the council backed.\n"
    )
    table = quotes(_article(text))
    assert "pointing_frame" not in list(table["attribution"])


def test_bare_government_is_the_government_the_article_names_with_the_states_adjective():
    # 'THE HAGUE, NETHERLANDS (AP) – ... “is country neutral,” the government said.' ...
    # '“The Dutch government will determine ...,” ASML said.'
    text = (
        "Chip machines need licences\n\n"
        "THE HAGUE, NETHERLANDS (AP) \u2013 Dutch companies will need export licences, the "
        "government announced.\n\n"
        "The new measure \u201cis country neutral,\u201d the government said.\n\n"
        "\u201cThe Dutch government will determine whether to grant the licences,\u201d ASML "
        "said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Dutch government", "ASML"]
    assert "adjective" in table["evidence"].iloc[0]


def test_a_state_named_by_its_own_name_stays_the_state_beside_a_bare_government():
    # 'Abella said the government is only asking for “fairness”.' ... 'the Philippines
    # appealed ... “weaponized” the issue' ... 'the Philippine government'
    text = (
        "UN visit\n\n"
        "MANILA, Philippines \u2014 The Philippines is not setting conditions for a visit, "
        "an official said yesterday.\n\n"
        "Undersecretary Ernesto Abella said the government is only asking for "
        "\u201cfairness\u201d in the process.\n\n"
        "On Tuesday, the Philippines appealed to the council not to listen to critics who "
        "have \u201cweaponized\u201d the issue.\n\n"
        "Agnes Callamard had called on the Philippine government to lift its conditions.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Philippines"


def test_a_state_possessive_is_left_out_where_the_page_names_the_body_alone():
    # "Egypt's Foreign Affairs Ministry has attacked Amnesty" ... "The Foreign Affairs
    # Ministry has a history of ...": state_possessives.without_state_possessive
    text = (
        "Ministry attacks report\n\n"
        "Egypt's Foreign Affairs Ministry has attacked Amnesty International for its report.\n\n"
        'The ministry expressed its "rejection of the full report," reported Daily News Egypt.\n\n'
        "The Foreign Affairs Ministry has a history of lashing out at NGOs.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Foreign Affairs Ministry"]
    assert "possessive left out" in table["evidence"].iloc[0]


def test_a_state_possessive_stays_where_the_page_never_names_the_body_alone():
    # "Georgia's Ministry of Internal Affairs" throughout: the possessive stays
    text = (
        "Ministry responds\n\n"
        "Georgia's Ministry of Internal Affairs has responded to the NGOs.\n\n"
        'The ministry said the statement was "a political attack".\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Georgia's Ministry of Internal Affairs"]


def test_a_modified_ministry_takes_the_one_fuller_form_with_its_state():
    # "The foreign ministry says ..." ... "the Russian foreign ministry said" ... "the
    # ministry said": fuller.owned_modified_description
    text = (
        "Russia threatens retaliation\n\n"
        "The foreign ministry says Norway's restrictions disrupted the consulate's work.\n\n"
        "\u201cWe demanded that the Norwegian side resolve the issue,\u201d the Russian "
        "foreign ministry said on Wednesday.\n\n"
        "\u201cUnfriendly actions will lead to retaliatory measures,\u201d the ministry said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Russian foreign ministry", "Russian foreign ministry"]


def test_a_short_evaluation_is_the_subject_of_the_frame_closing_its_sentence():
    # 'This is the only "reliable" route ..., said WFP, which said ...': WFP, not the
    # speaker of the next sentence
    text = (
        "Aid route\n\n"
        '"We need more funds," said Pierre Honnorat, the WFP director.\n\n'
        'This is the only "reliable" route into western Sudan, said WFP, which said that '
        "it had helped one million people.\n\n"
        "Honnorat said the route was open.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Pierre Honnorat", "WFP"]
    assert list(table["attribution"])[-1] == "evaluation_frame"


def test_a_short_evaluation_before_a_closing_said_and_a_name_is_that_persons():
    # 'The "irresponsible" crime risked ..., said Councillor Simon Wales': not the
    # spokesman quoted just before it
    text = (
        "Manhole covers\n\n"
        '"We are looking into it," a council spokesman said.\n\n'
        'The "irresponsible" crime risked the lives of road users and pedestrians, said '
        "Councillor Simon Wales, Sutton's cabinet member for transport.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "Simon Wales"
    assert "reporting frame closing its sentence" in list(table["evidence"])[-1]


def test_a_repeated_he_goes_on_with_the_speaker_a_first_name_guess_made_a_woman():
    # '"Q1," he added. ¶ Worse still, he said ... "Q2"': the gondolier both times
    text = (
        "Venice canals run dry\n\n"
        "\u201cWe have had four exceptional low tides,\u201d one gondolier, Andrea Balbi, "
        "told NBC News on Thursday.\n\n"
        "\u201cI have never seen so many low tides at once,\u201d he added.\n\n"
        "Worse still, he said some gondolas that had been \u201cparked\u201d got stuck in "
        "the mud.\n\n"
        "\u201cThe moon cycle has created a low tide,\u201d said Giovanni Cecconi, an "
        "engineer.\n"
    )
    table = quotes(_article(text))
    parked = table[table["text"] == "parked"]
    assert list(parked["speaker"]) == ["Andrea Balbi"]
    assert "same pronoun" in next(iter(parked["evidence"]))


def test_a_singular_they_goes_on_with_an_unnamed_staff_member():
    # "A Cineworld staff member ... said they feel "betrayed". ¶ They told ...: "Q""
    text = (
        "Cinema closures\n\n"
        "The closures could affect more than 5,000 staff in the US and the UK.\n\n"
        "A Cineworld staff member, who did not want to be named, said they feel "
        "\u201cbetrayed\u201d.\n\n"
        "They told the PA news agency: \u201cNone of us have been told a single thing "
        "yet.\u201d\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"])[-1] == "a Cineworld staff member"


def test_a_short_quotation_a_verb_of_judging_takes_as_its_object_is_its_subjects():
    # 'Campaigners have lambasted the parliament's "culture of impunity"': the campaigners'
    text = (
        "Parliament arrests\n\n"
        "Parliamentarians have voiced shock at the arrests. Campaigners have lambasted the "
        "parliament\u2019s \u201cculture of impunity\u201d.\n\n"
        "At an AI summit in Paris, US vice-president JD Vance lashed out against "
        "\u201conerous international\u201d rules.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Campaigners", "JD Vance"]
    assert list(table["attribution"]) == ["stance_subject", "stance_subject"]
    assert "verb of judging" in table["evidence"].iloc[0]


def test_a_judged_subject_does_not_speak_the_quotation_after_its_passive_verb():
    # 'The bridge was criticised for its "poor design"': no speaker named, a scare quote
    text = "Bridge\n\nThe new bridge was criticised for its \u201cpoor design\u201d last year.\n"
    assert quotes(_article(text)).empty


def test_what_it_called_is_the_subject_of_the_verb_before():
    # 'Lime, which lost its licence, blamed the city for what it called "Q"': Lime, not the
    # outlet named in the sentence before
    text = (
        "Scooters\n\n"
        "Bird was chosen despite its failure, a situation first reported by the Minnesota "
        "Reformer.\n\n"
        "Lime, which lost its licence last year, blamed the city for what it called "
        '"a lack of accountability and oversight."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Lime"]
    assert '"what it"' in table["evidence"].iloc[0]


def test_what_it_needs_no_clause_of_its_own_between():
    # 'X said the city made what it called a "final offer"': not the verb before "the city"
    from hrlesson.speech.pronouns.what_it import names_own_clause
    from hrlesson.speech.tokens import tokenize

    assert names_own_clause(tokenize("the city made", [0]))
    assert not names_own_clause(tokenize("the Russian test as another example of", [0]))


def test_owned_description_with_its_place_takes_the_apposed_name():
    # "The UN’s mission in the country, MONUSCO, condemned what it described as "Q"": MONUSCO
    text = (
        "Fighting in Goma\n\n"
        "The M23 rebels attacked the town on Sunday.\n\n"
        "The UN\u2019s mission in the country, MONUSCO, condemned what it described as "
        '"the hostile acts of M23" and called for an immediate halt to the fighting.\n\n'
        'MONUSCO later said it "regrets" the loss of life.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["MONUSCO", "MONUSCO"]


def test_definite_document_word_is_the_body_named_in_its_first_phrase():
    # "A confidential draft United Nations report ..." then '"Q," the draft explanation said'
    text = (
        "Blacklist\n\n"
        "A confidential draft United Nations report on violations against children has "
        "listed a Saudi-led coalition, Reuters reported on Tuesday.\n\n"
        '"The coalition\'s actions led to the listing," the draft explanation of the '
        "blacklist said.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["United Nations"]
    assert "brought the document in" in table["evidence"].iloc[0]


def test_paragraph_reopened_with_a_single_mark_continues_the_double_quotation():
    # '“Q1.¶¶‘Q2.”': the single ‘ was typed for the double reopening mark: one quotation
    text = (
        "Brewery wins award\n\n"
        "Chris John, co-founder of the brewery, was on hand to accept the award.\n\n"
        "\u2018I\u2019m in absolute shock,\u2019 he said. \u201cTo win is a massive "
        "surprise and we\u2019re well happy.\n\n"
        "\u2018We put a lot of time into getting this beer right and we\u2019re really "
        "proud of it.\u201d\n\n"
        "The keg prize went to another brewery.\n"
    )
    table = quotes(_article(text))
    assert len(table) == 2
    assert table["text"].iloc[1].startswith("To win is a massive surprise")
    assert table["text"].iloc[1].endswith("really proud of it.")
    assert list(table["speaker"]) == ["Chris John", "Chris John"]


def test_statement_sent_to_a_recipient_from_a_body_is_the_body_s():
    # "according to a statement sent to NBC 7 from the City of San Diego": the city's
    text = (
        "Pier closed\n\n"
        "The City of San Diego owns the pier.\n\n"
        "The Ocean Beach Pier is closed \u201cindefinitely\u201d after high surf took a toll "
        "on the pier\u2019s structure, according to a statement sent to NBC 7 from the City "
        "of San Diego.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["City of San Diego"]
    assert "not the one it was sent to" in table["evidence"].iloc[0]


def test_editorial_states_is_its_paper_s_ampersand_kept():
    # "A Raleigh NEWS & OBSERVER editorial states the owners ... "Q"": the newspaper
    text = (
        "Apologies\n\n"
        "Fans are angry after the lockout.\n\n"
        "A Raleigh NEWS & OBSERVER editorial states the owners this time "
        '"might try another message."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Raleigh NEWS & OBSERVER"]
    assert "issued the document" in table["evidence"].iloc[0]


def test_he_is_never_a_county_named_like_a_person():
    # "banned salons in Samburu County" ... "Q," he said: not the county
    text = (
        "Salons banned\n\n"
        "The county government has banned salons and barbershops in Samburu County.\n\n"
        "Committee executive member for health Stephen Lekupe said it is not possible "
        "to keep a distance.\n\n"
        '"We realised it is not possible to guarantee social distance," he said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Stephen Lekupe"]


def test_he_is_never_a_team_named_for_its_city():
    # "Washington Capitals owner Ted Leonsis said" ... "The Capitals" ... "Q," he said
    text = (
        "Parade\n\n"
        "Washington Capitals owner Ted Leonsis said the fans were an indication of a big "
        "parade.\n\n"
        "The Capitals have been careful to avoid talk of planning a parade.\n\n"
        '"The next couple of weeks are going to be all about the fans," he said.\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Ted Leonsis"]


def test_capitalised_title_phrase_before_a_comma_set_name_marks_its_holder():
    # "Executive Producer for RTÉ, Tommie Gorman, said": Tommie Gorman, not the title
    text = (
        "Choir final\n\n"
        "The final was held in Dublin on Sunday.\n\n"
        "Executive Producer for RT\u00c9, Tommie Gorman, said: "
        '"This competition has been a celebration of teamwork."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Tommie Gorman"]


def test_platform_before_a_page_noun_is_no_spokespersons_body():
    # "Writing on X's Facebook page, a spokesperson said": not Facebook
    text = (
        "Trawler sinks\n\n"
        "Sennen Cove Lifeboat rescued the crew of four.\n\n"
        "Writing on Sennen Cove Lifeboat Station\u2019s Facebook page afterwards, a spokesperson "
        "said: \u201cBeing wet and cold, the coxswain took the casualties to Newlyn.\u201d\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a spokesperson"]


def test_coastguard_ends_a_bodys_name():
    # "A spokesperson from the RNLI said ... HM Coastguard confirmed the rescue.": no person
    text = (
        "Migrants rescued\n\n"
        "Migrants who fell overboard have been rescued.\n\n"
        "A spokesperson from the RNLI said four vessels scrambled to the scene located "
        "\u201ccasualties\u201d in the water. HM Coastguard confirmed the rescue.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["a spokesperson from the RNLI"]


def test_the_owner_is_the_one_person_named_later_with_that_role_in_apposition():
    # "The owner of a Limerick hair salon has vowed ..." ... "said Niall Colgan, owner of"
    text = (
        "Salon\n\n"
        "The owner of a Limerick hair salon has vowed to provide free \u201cessential\u201d "
        "haircuts in his salon.\n\n"
        "\u201cReport me, or jail me,\u201d said Niall Colgan, owner of Niall Colgan "
        "Hairdressing in Limerick.\n"
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Niall Colgan", "Niall Colgan"]
    assert "with that role in apposition" in table["evidence"].iloc[0]


def test_plural_group_is_not_a_scheme_named_for_it():
    # "the Small Breweries' Relief scheme" ... "the breweries said": a scheme, not their body
    text = (
        "Brewers quit coalition\n\n"
        "Five craft breweries have asked to be removed from the coalition, but backed reform "
        "of the Small Breweries' Relief scheme.\n\n"
        'Explaining their decision, the breweries said: "We want a proper debate first."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["the breweries"]


def test_plural_group_written_as_another_body_people_is_not_their_union():
    # "Musicians of the Minnesota Orchestra said" ... "the musicians said": not the union
    text = (
        "Orchestra lockout\n\n"
        'Musicians of the Minnesota Orchestra said on Tuesday they were "deeply sorry".\n\n'
        "The musicians, members of the Twin Cities Musicians Union, rejected the offer.\n\n"
        '"We must live within our means," the Minnesota Orchestra said in a statement.\n\n'
        '"We renew our call for an independent analysis," the musicians said.\n'
    )
    table = quotes(_article(text))
    assert table["speaker"].iloc[-1] == "musicians of the Minnesota Orchestra"


def test_sentence_opening_adverb_in_s_is_no_plural_subject():
    # "Sometimes that is just the way things go concludes Bartel: "Q"": not "Sometimes"
    text = (
        "Honey harvest down\n\n"
        "Tim Bartel says this summer's honey production was notably down.\n\n"
        "Sometimes that is just the way things go concludes Bartel: "
        '"The bees look good but the honey didn\'t."\n'
    )
    table = quotes(_article(text))
    assert list(table["speaker"]) == ["Tim Bartel"]
