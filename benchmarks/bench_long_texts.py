"""Time against size on long and awkward texts (issue 14.2); prints numbers.

    python benchmarks/bench_long_texts.py [--sizes 10000,100000,1000000,2000000]
        [--shapes repeated,one-paragraph,dates,abbreviations,long-token] [--timeout 120]
        [--check]

For each shape and size, one child process builds the text, loads it (clean + segment)
and runs every table in turn, printing each stage's seconds as it ends; a stage still
running after ``--timeout`` seconds is shown as ``>T``. Targets (one core): a 1 MB text
under 10 s, a 2 MB text under 20 s; with ``--check`` the exit status is 1 when a text of
one of those sizes misses its target (or times out).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

STAGES = ("load", "quotes", "actors", "markers", "figures", "readability")
TARGETS = {1_000_000: 10.0, 2_000_000: 20.0}

SHAPES = {
    "repeated": "the bundled article repeated (many ordinary paragraphs)",
    "one-paragraph": "one quoted sentence repeated in a single paragraph",
    "dates": "dates in one sentence",
    "abbreviations": '"Mr. Dr. U.N. Feb." repeated in one paragraph',
    "long-token": "one long token, then sentence ends",
}

CHILD = r"""
import json, sys, time, warnings
import hrlesson

shape, size = sys.argv[1], int(sys.argv[2])
base = hrlesson.load_article().raw
pieces = {
    "repeated": base + "\n\n",
    "one-paragraph": 'The envoy said the talks were "useful" and left. ',
    "dates": "on 25 February 2021, ",
    "abbreviations": "Mr. Dr. U.N. Feb. ",
}
if shape == "long-token":
    text = "x" * (size - 90) + " A." * 30
elif shape == "dates":
    text = ("GENEVA (AP) - The council met " + pieces["dates"] * size)[: size - 1] + "."
else:
    piece = pieces[shape]
    text = (piece * (size // len(piece) + 1))[:size]
warnings.simplefilter("ignore")
t0 = time.perf_counter()
article = hrlesson.article_from_text(text, date="2021-02-25")
article.words
print(json.dumps(["load", time.perf_counter() - t0]), flush=True)
for stage in ("quotes", "actors", "markers", "figures", "readability"):
    t0 = time.perf_counter()
    getattr(hrlesson, stage)(article)
    print(json.dumps([stage, time.perf_counter() - t0]), flush=True)
"""


def run(shape: str, size: int, timeout: float) -> dict[str, str]:
    """Seconds per stage for one text (``">T"`` for a stage that did not end in time)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, shape, str(size)], stdout=subprocess.PIPE, text=True
    )
    times: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    import selectors

    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    while len(times) < len(STAGES):
        left = deadline - time.monotonic()
        if left <= 0 or not selector.select(left):
            times[STAGES[len(times)]] = f">{timeout:.0f}"
            proc.kill()
            break
        line = proc.stdout.readline()
        if not line:
            break
        stage, seconds = json.loads(line)
        times[stage] = f"{seconds:.2f}"
    proc.wait()
    proc.stdout.close()
    return times


def main() -> int:
    """Print one table row per shape and size; 1 when ``--check`` finds a target missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,2000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per text")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| shape | size | " + " | ".join(STAGES) + " | total s | target |")
    print("|---" * (len(STAGES) + 4) + "|")
    missed = []
    for shape in args.shapes.split(","):
        for size in sizes:
            times = run(shape, size, args.timeout)
            done = [float(v) for v in times.values() if not v.startswith(">")]
            total = f"{sum(done):.2f}" if len(done) == len(STAGES) else f">{args.timeout:.0f}"
            target = TARGETS.get(size)
            if target and (len(done) < len(STAGES) or sum(done) >= target):
                missed.append(f"{shape} at {size:,} characters")
            cells = [times.get(s, "-") for s in STAGES]
            print(
                f"| {shape} | {size:,} | " + " | ".join(cells) + f" | {total} | "
                f"{f'< {target:.0f} s' if target else ''} |",
                flush=True,
            )
    if args.check and missed:
        print("missed the target: " + "; ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
