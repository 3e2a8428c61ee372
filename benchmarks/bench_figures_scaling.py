"""How does the figures table scale with text size? Prints numbers; asserts nothing.

Shapes (issue 14): many dates in ONE long sentence (the worst case for per-figure clause
work), many short sentences with figures, and the bundled article repeated. Each size is
timed once (wall clock and CPU time of this process) for ``figures(article)`` alone (the article is segmented and the quotes table
built before the clock starts, so only the figure stage is measured).

Usage::

    python benchmarks/bench_figures_scaling.py            # 10 kB, 100 kB, 1 MB
    python benchmarks/bench_figures_scaling.py --quick    # 10 kB, 100 kB
"""

from __future__ import annotations

import argparse
import time
import warnings

import hrlesson
from hrlesson.article import article_from_text
from hrlesson.figures import figures
from hrlesson.quotes import quotes

_DATE_CLAUSE = "on 4 March 2021, last August, Thursday and 12 May, 300 people fled, "
_SENTENCE = "On 4 March 2021 some 300 people fled, and last August two more were held. "


def _one_sentence(size: int) -> str:
    body = _DATE_CLAUSE * (size // len(_DATE_CLAUSE) + 1)
    return "The council met " + body[:size].rsplit(",", 1)[0] + "."


def _many_sentences(size: int) -> str:
    return (_SENTENCE * (size // len(_SENTENCE) + 1))[:size].rsplit(".", 1)[0] + "."


def _bundled(size: int) -> str:
    text = hrlesson.load_article().text
    return ("\n\n".join([text] * (size // len(text) + 1)))[:size].rsplit("\n\n", 1)[0]


def _time(text: str) -> tuple[float, float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = article_from_text(text, date="2021-02-25")
        article._segments()
        quotes(article)
    t0, c0 = time.perf_counter(), time.process_time()
    n = len(figures(article))
    return time.perf_counter() - t0, time.process_time() - c0, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 kB and 100 kB only")
    sizes = [10_000, 100_000] if parser.parse_args().quick else [10_000, 100_000, 1_000_000]
    print(f"{'shape':<24}{'size':>10}{'figures':>10}{'wall s':>10}{'cpu s':>10}")
    for name, make in (("dates in one sentence", _one_sentence),
                       ("many sentences", _many_sentences),
                       ("bundled repeated", _bundled)):  # fmt: skip
        for size in sizes:
            wall, cpu, n = _time(make(size))
            print(f"{name:<24}{size:>10,}{n:>10,}{wall:>10.2f}{cpu:>10.2f}", flush=True)


if __name__ == "__main__":
    main()
