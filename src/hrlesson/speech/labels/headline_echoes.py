"""Headline echoes: a short lower-case quotation in a headline that a body quotation holds.

A headline quotes the body's speaker in short: 'Munich airport closure 'wake-up call' over
drone danger: German interior minister' and, in the body, 'the closure of Munich airport after
drone sightings was a "wake-up call" about the threat from drones'; 'Australian firearms
registry ‘one step closer’' and 'Australia’s first national firearms register “is one step
closer to reality”, the attorney general said'. The headline's own frame makes the words look
like a term ('term inside a noun phrase', a scare quote with no speaker); that the body's
speaker says them, in lower case, shows they are speech, however long the body's quotation
is. A capitalised quotation is left alone: a headline writes a campaign's or a thing's name
in capitals ('Plastic bags: 'Ban the Bag' campaign').
"""

from __future__ import annotations

from typing import TypeVar

from ..vocabulary import WORD_RE

#: The most words a headline's short quotation holds for it to be read as an echo.
MAX_ECHO_WORDS = 5

Source = TypeVar("Source")


def headline_echo(quote: str, spoken: list[tuple[str, Source]]) -> Source | None:
    """The first body quotation of ``spoken`` (its words as written, joined by single spaces,
    and the quotation) that holds the words of the headline's ``quote``, letter for letter,
    or None; only for a quotation of at most :data:`MAX_ECHO_WORDS` words that opens in
    lower case.

    >>> body = [("Given these economic headwinds a cautious approach is required", "Brooke")]
    >>> headline_echo("cautious approach", body)  # minimum_wage_cautious_van_velden_hcamag
    'Brooke'
    >>> headline_echo("fatal", [("You have to stay away from Bitcoin It's fatal", "Rohde")])
    'Rohde'
    >>> headline_echo("Ban the Bag", [("we say Ban the Bag now", "Godoy")]) is None
    True
    >>> headline_echo("cautious", [("a cautiousness", "X")]) is None
    True
    """
    words = WORD_RE.findall(quote)
    if not words or len(words) > MAX_ECHO_WORDS or not words[0][:1].islower():
        return None
    needle = f" {' '.join(words)} "
    return next((source for text, source in spoken if needle in f" {text} "), None)
