"""Bad input gets a correct result or one clear error, never a traceback (constructed inputs)."""

from __future__ import annotations

import codecs
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrlesson import HrlessonError, InputError, article_from_text, load_article
from hrlesson.article import require_article
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


# --------------------------------------------------------------------------- issue 14.3


def _curly_bundled_text() -> str:
    """The bundled article with typographic quotes (the raw file uses straight ones)."""
    import re

    count = iter(range(10_000))
    text = load_article().text
    return re.sub('"', lambda m: "“" if next(count) % 2 == 0 else "”", text).replace("'s", "’s")


def _utf8_read_as_cp1252(text: str) -> str:
    """The commonest mojibake: UTF-8 bytes read as Windows-1252, undefined bytes kept as C1."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize("times", [1, 2], ids=["once", "twice"])
def test_mojibake_with_c1_controls_is_repaired_and_logged(times):
    from hrlesson import quotes

    good = _curly_bundled_text()
    broken = good
    for _ in range(times):
        broken = _utf8_read_as_cp1252(broken)
    assert "\x9d" in broken
    a = article_from_text(broken, date="2021-02-25")
    assert a.text == article_from_text(good, date="2021-02-25").text
    assert len(quotes(a)) == 23
    log = a.cleaning_log[a.cleaning_log.kind == "mojibake"]
    assert len(log) == 46  # each quote mark, one row each
    for row in log.itertuples():
        assert a.text[row.position : row.position + len(row.after)] == row.after


def test_mojibake_repair_is_kept_only_if_it_makes_the_text_better(monkeypatch):
    import ftfy

    monkeypatch.setattr(ftfy, "fix_text", lambda text, config=None: text.replace("e", "\x9d"))
    text = "GENEVA (AP) — The â€œenvoyâ€\x9d spoke."
    a = article_from_text(text, date="2021-02-25")
    assert "mojibake" not in a.cleaning_log.kind.tolist()


def test_correct_text_with_accents_is_not_touched():
    text = "GENEVA (AP) — Le délégué a déclaré « très grave », Ñandú, Ærø, naïve café."
    a = article_from_text(text, date="2021-02-25")
    assert a.text == text
    assert "mojibake" not in a.cleaning_log.kind.tolist()


def _random_bytes(seed: int, low: int, high: int, n: int = 4096) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(n))


@pytest.mark.parametrize(
    "data",
    [
        _random_bytes(1, 0, 256),
        _random_bytes(2, 128, 256),
        _random_bytes(3, 32, 256),
        "日内瓦——联合国人权事务高级专员星期四表示。".encode("utf-16-le") * 20,
    ],
    ids=["random-bytes", "random-high-bytes", "random-printable-bytes", "utf16-chinese-no-bom"],
)
def test_any_binary_or_unknown_encoding_is_refused(tmp_path, data):
    with pytest.raises(InputError, match="UTF-8"):
        load_article(_write(tmp_path, data), date="2021-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "ЖЕНЕВА (АП) — Посланник сказал, что переговоры были «полезными».",
        "ΓΕΝΕΥΗ — Ο απεσταλμένος είπε ότι οι συνομιλίες ήταν χρήσιμες.",
        "جنيف — قال المبعوث إن المحادثات كانت مفيدة.",
        "जिनेवा — दूत ने कहा कि बातचीत उपयोगी थी।",
    ],
)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_other_scripts_is_decoded(tmp_path, text, encoding):
    a = load_article(_write(tmp_path, text.encode(encoding)), date="2021-01-01")
    assert a.meta["encoding"] == encoding
    assert a.text == text


def test_utf16_bom_followed_by_nul_is_read_as_utf16(tmp_path):
    data = codecs.BOM_UTF16_LE + "\x00The envoy spoke.".encode("utf-16-le")
    a = load_article(_write(tmp_path, data), date="2021-01-01")
    assert a.text == "The envoy spoke."
    assert a.meta["encoding"] == "utf-16"


def test_damaged_utf32_is_one_clear_error(tmp_path):
    data = codecs.BOM_UTF32_BE + b"\x00\x00\x00A\xff\xff\xff\xff"
    with pytest.raises(InputError, match="byte-order mark"):
        load_article(_write(tmp_path, data), date="2021-01-01")


def test_fifo_is_refused_without_opening_it(tmp_path):
    """Run in a child process, so a regression hangs that process, not the test run."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code = (
        "import sys; from hrlesson.cli import main; "
        f"sys.exit(main(['extract', {str(fifo)!r}, '--out', {str(tmp_path / 'o')!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "is not a regular file (a pipe, device or socket); give a file"
    )
    assert not (tmp_path / "o").exists()


def test_device_is_refused():
    with pytest.raises(InputError, match="not a regular file"):
        load_article("/dev/zero")


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(3_000_000_000)  # sparse: takes no disk space
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    with pytest.raises(InputError, match=r"3000\.0 MB.*up to 2 MB"):
        load_article(path)


def test_file_that_grows_while_read_is_bounded(tmp_path, monkeypatch):
    import builtins

    from hrlesson import article as article_module

    path = _write(tmp_path, b"small")
    real_open = builtins.open
    sizes = []

    class Growing:
        def __init__(self, *args, **kwargs):
            self.handle = real_open(*args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def read(self, n):
            sizes.append(n)
            return b"x" * n

    monkeypatch.setattr(article_module, "open", Growing, raising=False)
    with pytest.raises(InputError, match="up to 2 MB"):
        load_article(path)
    assert sizes == [MAX_BYTES + 1]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: article_from_text(None), "needs the article's text"),
        (lambda: article_from_text(12), "not int"),
        (lambda: article_from_text("The envoy \ud800 spoke."), "unpaired surrogate"),
        (lambda: require_article("text", "quotes"), "quotes() needs an Article, not str"),
    ],
    ids=["none", "int", "lone-surrogate", "require-article"],
)
def test_library_misuse_raises_hrlesson_errors(call, message):
    with pytest.raises(HrlessonError) as info:
        call()
    assert message in str(info.value)


@pytest.mark.parametrize(
    "name", ["quotes", "actors", "markers", "reporting_verbs", "figures", "readability"]
)
def test_dataset_functions_given_text_raise_hrlesson_error(name):
    import hrlesson

    with pytest.raises(HrlessonError, match="needs an Article"):
        getattr(hrlesson, name)("some text")


def test_article_too_short_for_the_exercises_says_what_to_do(tmp_path, monkeypatch, capsys):
    import shutil

    from hrlesson import exercises
    from hrlesson.cli import main

    monkeypatch.setattr(exercises, "_package_fingerprint", lambda: "tests")
    shutil.copytree(Path(__file__).parent / "fixtures" / "lessons", tmp_path / "notebooks")
    (tmp_path / "short.txt").write_text("GENEVA, Feb 25, 2021 (AP) —\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["exercises", "build", "--article", "short.txt"]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("hrlesson: error: ")
    assert "could not run on short.txt (0 body sentence(s), 0 quote(s))" in err
    assert "choose a longer article" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks", "short.txt"]


def test_a_stray_undefined_byte_in_windows_1252_is_kept_not_refused(tmp_path):
    data = "GENEVA (AP) — Café talks ended.".encode("cp1252") + b" \x81"
    a = load_article(_write(tmp_path, data), date="2021-02-25")
    assert a.meta["encoding"] == "cp1252"
    assert a.text.startswith("GENEVA (AP) — Café talks ended.")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"U'a'", "utf-8"),  # four ASCII bytes once passed for one UTF-16 character each
        ("U'a' b".encode("utf-16-le"), "utf-16-le"),
        ("привет мир".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_short_ascii_is_utf8_and_utf16_without_a_mark_is_still_found(data, encoding):
    from hrlesson.clean import decode_bytes

    assert decode_bytes(data, "x")[1] == encoding
