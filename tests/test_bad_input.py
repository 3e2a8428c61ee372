"""Bad input gets a correct result or one clear error, never a traceback (constructed inputs)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrlesson import HrlessonError, InputError, article_from_text, load_article
from hrlesson.clean import MAX_BYTES


def _write(tmp_path, data: bytes, name="a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \r\n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_unusable_files_raise_input_error(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        load_article(_write(tmp_path, data), date="2021-01-01")


def test_sparse_nul_bytes_are_removed_and_logged(tmp_path):
    path = _write(tmp_path, b"The envoy\x00 spoke.\n\nTalks ended.")
    a = load_article(path, date="2021-01-01")
    assert "\x00" not in a.text
    assert a.text == "The envoy spoke.\n\nTalks ended."
    assert "control_characters" in a.cleaning_log.kind.tolist()


def test_too_large_file_is_refused_quickly(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.write(b"The envoy spoke at length. " * (10_000_000 // 27 + 1))
    with pytest.raises(InputError, match="MB"):
        load_article(path)
    assert MAX_BYTES < path.stat().st_size


def test_html_markup_is_stripped_and_logged():
    a = article_from_text(
        "<html><body><p>GENEVA (AP) &mdash; The envoy said it was &ldquo;grim.&rdquo;</p>"
        "<p>Talks <b>ended</b>.</p><script>var x = 1;</script></body></html>",
        date="2021-01-01",
    )
    assert a.text == "GENEVA (AP) — The envoy said it was “grim.”\n\nTalks ended."
    kinds = set(a.cleaning_log.kind)
    assert {"html_markup", "html_entity"} <= kinds


def test_text_without_paragraph_breaks_one_per_line():
    a = article_from_text("First line here.\nSecond line here.\nThird.", date="2021-01-01")
    assert len(a.paragraphs) == 3
    assert "line_paragraphs" in a.cleaning_log.kind.tolist()


def test_text_without_any_newline_is_one_paragraph():
    a = article_from_text("One sentence. Another sentence. A third one.", date="2021-01-01")
    assert len(a.paragraphs) == 1
    assert len(a.sentences) == 3


def test_hard_wrapped_paragraphs_are_joined():
    a = article_from_text("The envoy said\nthe talks ended.\n\nNext paragraph.", date="2021-01-01")
    assert a.paragraphs.text.tolist() == ["The envoy said the talks ended.", "Next paragraph."]


def test_unbalanced_and_nested_quotes_still_load():
    a = article_from_text(
        "He said \"it was 'bad' and \"worse.\n\nShe said “fine.", date="2021-01-01"
    )
    assert len(a.paragraphs) == 2


def test_only_punctuation_is_an_article_error():
    with pytest.raises(HrlessonError, match="no words"):
        article_from_text("... --- !!!", date="2021-01-01")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_crashes_and_offsets_are_valid(text):
    try:
        a = article_from_text(text, date="2021-02-25")
    except HrlessonError:
        return
    for table in (a.paragraphs, a.sentences, a.words):
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(a.text)
            assert a.text[row.start : row.end] == row.text
    again = article_from_text(text, date="2021-02-25")
    assert again.text == a.text
    assert again.sentences.equals(a.sentences)
    assert again.cleaning_log.equals(a.cleaning_log)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "‘",
                "’",
                "'",
                "«",
                "»",
                " said ",
                "Bachelet",
                ".",
                "\n\n",
                "U.N.",
                "Feb. 9",
                " ",
                "246",
                "<p>",
                "&amp;",
                "\r\n",
                "- 'Heading' - ",
                "...",
                "Ã©",
            ]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_news_like_fragments_never_crash(parts):
    text = "".join(parts)
    try:
        a = article_from_text(text, date="2021-02-25")
    except HrlessonError:
        return
    for row in a.sentences.itertuples():
        assert a.text[row.start : row.end] == row.text
