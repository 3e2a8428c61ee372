"""A peer goes by the style and the surname: "Lord Frost said" names "Lord Frost", not a
person "Frost"; so do senior judges ("Lord Justice Leveson", "Mr Justice Green"),
baronesses ("Baroness Thatcher"), a prince named by one word ("Prince Harry") and a sovereign
or pope ("King Abdullah", "Pope Francis"). A first name after the style ("Lord Peter
Ricketts") keeps the plain name, and so does a double given name joined by a hyphen ("King
Willem-Alexander": "Willem-Alexander")."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..vocabulary import FIRST_NAMES

#: The styles (data/words/peer_styles.txt), a senior judge's "Justice" after one ("Lord
#: Justice Leveson") or after "Mr" or "Mrs" ("Mr Justice Green"), closed by a space.
_STYLES = sorted(word_set("peer_styles"))
_STYLE_BEFORE = re.compile(
    r"\b((?:"
    + "|".join(map(re.escape, _STYLES))
    + r")(?:\s+Justice)?|(?:Mrs?|Ms)\.?\s+Justice)\s+\Z",
    re.IGNORECASE,
)


def peer_style_before(text: str, start: int) -> str | None:
    """The peer's style written right before the surname at ``start``, capitalised as the
    text writes it ("Lord", "Lord Justice"); None when no such style stands there.

    >>> text = "Former minister Lord Frost launched an attack"
    >>> peer_style_before(text, text.index("Frost"))
    'Lord'
    >>> text = "the ruling of Lord Justice Leveson"
    >>> peer_style_before(text, text.index("Leveson"))
    'Lord Justice'

    A High Court judge goes by "Mr Justice" or "Mrs Justice" and the surname:

    >>> text = "However, Mr Justice Green rejected their legal challenge"
    >>> peer_style_before(text, text.index("Green"))
    'Mr Justice'
    >>> print(peer_style_before("the lord mayor Smith", 15))
    None
    """
    found = _STYLE_BEFORE.search(text, max(0, start - 20), start)
    if found is None or not found.group(1)[0].isupper():
        return None
    return " ".join(found.group(1).split())


def double_given_name(name: str) -> bool:
    """``name`` is two given names joined by a hyphen, a name in full that needs no style
    ("King Willem-Alexander said", dutch_king_greece_trip_video_apology_nltimes); a
    double-barrelled surname ("Lord Lloyd-Webber") is not.

    >>> double_given_name("Willem-Alexander"), double_given_name("Lloyd-Webber")
    (True, False)
    """
    parts = name.lower().split("-")
    return len(parts) == 2 and all(p in FIRST_NAMES for p in parts)


def peer_named_persons(text: str, actors: list) -> None:
    """Give every person named by one word after a peer's style the style in the name
    (``Lord Porter said`` → "Lord Porter"); the bare surname stays a form of the name.

    >>> from ..records import Actor
    >>> frost = Actor("person", "Frost", mentions=[(21, 26)])
    >>> peer_named_persons("Former minister Lord Frost said", [frost])
    >>> frost.name, frost.forms
    ('Lord Frost', ['Frost'])
    """
    for actor in actors:
        if actor.kind != "person" or " " in actor.name or not actor.mentions:
            continue
        if double_given_name(actor.name):
            continue
        style = next(
            (s for s in (peer_style_before(text, m[0]) for m in actor.mentions) if s), None
        )
        if style is not None and style.lower() != actor.name.lower():
            actor.add_form(actor.name)
            actor.name = f"{style} {actor.name}"
