"""The head of a seat of power holds its post: "the head of the White House" is the president."""

from __future__ import annotations

import re

from ...wordlists import word_table
from .body_chiefs import BODY_CHIEF_HEADS

#: The post of the person who heads a seat of power: data/words/seat_heads.csv.
SEAT_HEADS = {row["seat"]: row["post"] for row in word_table("seat_heads")}
#: The government a seat of power speaks for: data/words/seats_of_power.csv.
_GOVERNMENTS = {row["seat"]: row["government"] for row in word_table("seats_of_power")}

_SEATS = "|".join(sorted(map(re.escape, SEAT_HEADS), key=len, reverse=True))
_OF_SEAT = re.compile(rf"\b(\w+) of (?:the )?({_SEATS})$")
_SEAT_HEAD = re.compile(rf"\b({_SEATS})(?:'s|\u2019s)? (\w+)$")


def seat_post(head: str, text: str) -> str | None:
    """The post a description (head ``head``, words ``text``) names when its head heads a
    seat of power: "the head of the White House" and "the Kremlin chief" are presidents,
    whoever the text names with that title; else None.

    >>> seat_post("head", "the head of the White House"), seat_post("chief", "the Kremlin chief")
    ('president', 'president')
    >>> seat_post("head", "the head of WHO") is None
    True
    """
    if head not in BODY_CHIEF_HEADS and head != "body-chief":
        return None
    seat = _headed_seat(text)
    return SEAT_HEADS[seat] if seat is not None else None


def _headed_seat(text: str) -> str | None:
    """The seat of power a description's head heads, as the table spells it, else None."""
    low = " ".join(text.lower().split())
    m = _OF_SEAT.search(low)
    if m is not None and m.group(1) in BODY_CHIEF_HEADS:
        return m.group(2)
    m = _SEAT_HEAD.search(low)
    if m is not None and m.group(2) in BODY_CHIEF_HEADS:
        return m.group(1)
    return None


def seat_government(text: str, aff: str | None) -> str | None:
    """The affiliation of a description ``text`` whose affiliation ``aff`` is the seat of
    power its head heads: the seat's government ("the Kremlin chief" is Russia's
    president); else ``aff`` as it is.

    >>> seat_government("the Kremlin chief", "Kremlin"), seat_government("the Kremlin spokesman", "Kremlin")
    ('Russia', 'Kremlin')
    """
    seat = _headed_seat(text)
    if seat is None or aff is None or aff.lower() != seat:
        return aff  # "the head of the White House": no affiliation to replace
    return _GOVERNMENTS.get(seat, aff)


def names_seat(complement: str) -> bool:
    """A title's complement that names a seat of power ("of the White House") ties its
    holder to no body the text must name beside them.

    >>> names_seat(" of the White House"), names_seat(" of the Commission")
    (True, False)
    """
    return re.fullmatch(rf"\s*of (?:the )?(?:{_SEATS})\s*", complement.lower()) is not None
