"""Loading articles: encodings, datelines, dates, metadata, tables with exact offsets.

Texts built in these tests are constructed by us (not real news).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib

import pytest

import hrlesson
from hrlesson import ArticleError, HrlessonWarning, InputError, article_from_text, load_article
from hrlesson.article import bundled_path

DATED = "GENEVA (AP) — The envoy said the talks were “useful.” She left on Friday.\n\nA second paragraph."


def test_bundled_article_metadata():
    a = load_article()
    raw = bundled_path().read_bytes()
    assert a.meta["sha256"] == hashlib.sha256(raw).hexdigest()
    assert a.meta["place"] == "Geneva"
    assert a.meta["source"] == "APP - UrduPoint / Pakistan Point News"
    assert a.meta["date"] == "2021-02-25"
    assert a.meta["date_source"] == "dateline"
    assert a.date == dt.date(2021, 2, 25)
    assert a.meta["chars"] == len(a.text)
    assert a.meta["raw_chars"] == len(a.raw)
    assert a.raw == raw.decode("utf-8")
    assert a.meta["rights"].startswith("Reproduced for teaching")
    assert a.warnings == []


def test_bundled_article_repairs_are_logged():
    a = load_article()
    kinds = a.cleaning_log["kind"].tolist()
    assert "glued_paragraphs" in kinds
    assert "broken_ellipsis" in kinds
    assert kinds.count("section_heading") == 2
    assert 'account."\n\nEU ambassador' in a.text
    assert "ill-treatment... had led" in a.text
    headings = a.paragraphs.loc[a.paragraphs.kind == "heading", "text"].tolist()
    assert headings == ["'Atmosphere of fear'", "'Detached from reality'"]
    for row in a.cleaning_log.itertuples():
        if row.after:
            assert a.text[row.position : row.position + len(row.after)] == row.after


@pytest.mark.parametrize("table", ["paragraphs", "sentences", "words"])
def test_offsets_reproduce_text(table):
    a = load_article()
    df = getattr(a, table)
    assert len(df) > 0
    for row in df.itertuples():
        assert a.text[row.start : row.end] == row.text


def test_sentences_do_not_split_abbreviations():
    a = article_from_text(
        "The U.N. envoy met Mr. Smith on Feb. 9 in Geneva. He said the U.S. delegation left. "
        "Dr. Jones agreed.",
        date="2021-02-25",
    )
    assert a.sentences.text.tolist() == [
        "The U.N. envoy met Mr. Smith on Feb. 9 in Geneva.",
        "He said the U.S. delegation left.",
        "Dr. Jones agreed.",
    ]


def test_bundled_sentences_count_and_dateline():
    a = load_article()
    first = a.sentences.iloc[0]
    assert first.kind == "dateline"
    assert first.text.startswith("Geneva, (APP")
    assert a.sentences.iloc[1].text.startswith("The UN rights chief on Thursday accused Belarus")
    assert (a.sentences.kind == "body").sum() == 26


@pytest.mark.parametrize(
    ("encode", "expected_encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-16"), "utf-16"),
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),
        (lambda s: s.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path, encode, expected_encoding):
    text = "GENEVA (AP) — The envoy’s report was “damning,” she said.\r\n\r\nCafé talks ended."
    path = tmp_path / "a.txt"
    path.write_bytes(encode(text))
    a = load_article(path, date="2021-02-25")
    assert a.meta["encoding"] == expected_encoding
    assert "“damning,”" in a.text
    assert "Café talks ended." in a.text
    assert "\r" not in a.text
    assert a.text.count("\n\n") == 1


def test_mojibake_is_repaired_and_logged():
    broken = "Café talks – the envoy’s report was damning.".encode().decode("cp1252")
    assert "â€™" in broken
    a = article_from_text(f"GENEVA (AP) — {broken}", date="2021-02-25")
    assert "Café talks – the envoy’s report was damning." in a.text
    assert "mojibake" in a.cleaning_log.kind.tolist()


def test_crlf_logged_once():
    a = article_from_text("One.\r\n\r\nTwo.\r\n\r\nThree.", date="2021-01-01")
    rows = a.cleaning_log[a.cleaning_log.kind == "line_endings"]
    assert len(rows) == 1
    assert "4 line ends" in rows.iloc[0].note


def test_no_dateline_no_date_warns_and_still_analyses():
    with pytest.warns(HrlessonWarning, match="relative dates"):
        a = article_from_text("The envoy said on Thursday that talks would resume.")
    assert a.date is None
    assert a.meta["date"] is None
    assert len(a.sentences) == 1
    assert a.warnings


def test_date_argument_overrides_dateline():
    with pytest.warns(HrlessonWarning, match="differs"):
        a = article_from_text("GENEVA, Feb 25, 2021 (AFP) - Talks ended.", date="2021-03-01")
    assert a.meta["date"] == "2021-03-01"
    assert a.meta["date_source"] == "argument"


def test_date_argument_accepts_date_objects():
    a = article_from_text("Talks ended.", date=dt.date(2021, 2, 25))
    assert a.date == dt.date(2021, 2, 25)


@pytest.mark.parametrize(
    "bad", ["25/02/2021", "2021-13-01", "yesterday", "20210225", "2021-W08-4", "2021-02-25T10:00"]
)
def test_bad_date_argument(bad):
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        article_from_text("Talks ended.", date=bad)


@pytest.mark.parametrize("far", ["0001-01-01", "9999-12-31"])
def test_date_argument_too_far_from_now_is_refused(far):
    """Relative dates ("last year") must stay resolvable: no OverflowError later."""
    with pytest.raises(ArticleError, match="out of range"):
        article_from_text("Talks ended last year.", date=far)


@pytest.mark.parametrize(
    ("line", "place", "source", "date"),
    [
        (
            "Geneva, (APP - UrduPoint / Pakistan Point News - 25th Feb, 2021 ) :The chief spoke.",
            "Geneva",
            "APP - UrduPoint / Pakistan Point News",
            "2021-02-25",
        ),
        ("GENEVA (AP) — The chief spoke.", "Geneva", "AP", None),
        ("ISTANBUL (AA) - The chief spoke.", "Istanbul", "AA", None),
        ("GENEVA, Feb 25 2021 (Reuters) - The chief spoke.", "Geneva", "Reuters", "2021-02-25"),
        ("MANILA • The chief spoke.", "Manila", None, None),
    ],
)
def test_datelines(line, place, source, date):
    kwargs = {} if date else {"date": "2020-01-01"}
    a = article_from_text(line, **kwargs)
    assert a.meta["place"] == place
    assert a.meta["source"] == source
    if date:
        assert a.meta["date"] == date
    assert a.sentences.iloc[0].kind == "dateline"
    assert a.sentences.iloc[-1].text == "The chief spoke."


def test_title_detected():
    a = article_from_text(
        "UN chief warns of crisis\n\nGENEVA (AP) — The chief spoke on Friday.", date="2021-01-01"
    )
    assert a.meta["title"] == "UN chief warns of crisis"
    assert a.meta["place"] == "Geneva"
    assert a.paragraphs.kind.tolist() == ["title", "body"]


def test_public_api_names():
    for name in ("load_article", "article_from_text", "Article", "HrlessonError", "__version__"):
        assert hasattr(hrlesson, name)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_folder_is_not_an_article(tmp_path):
    with pytest.raises(InputError, match="folder"):
        load_article(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Intro text here.\n\n- 'A heading' - Body text.",
        "Intro text here.\n\n- 'A heading' -\n\nBody text.",
        "Intro text here.\n\n- 'A heading' -\nBody text.",
        "Intro text here.\n\n– ‘A heading’ –\n\nBody text.",
    ],
)
def test_section_heading_becomes_its_own_paragraph(text):
    a = article_from_text(text, date="2021-01-01")
    assert a.paragraphs.kind.tolist() == ["body", "heading", "body"]
    assert a.paragraphs.text.tolist()[2] == "Body text."
    assert "\n\n\n" not in a.text


def test_heading_at_end_of_text():
    a = article_from_text("Intro text here.\n\n- 'Devastating' -", date="2021-01-01")
    assert a.text == "Intro text here.\n\n'Devastating'"
