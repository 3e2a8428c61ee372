"""Descriptions named later: "Burma's UN envoy" ... "Burma's UN envoy Wunna Maung Lwin"."""

from __future__ import annotations

import re

from .actor_index import ActorIndex
from .records import Actor
from .tokens import Token


def country_of_words(index: ActorIndex, words: list[Token], k: int) -> tuple[str, int] | None:
    """A country named in several words from ``words[k]``: ``North Korea's UN envoy``,
    ``the United States ambassador``.

    Returns the country and the index after its words; None for a one-word name (read
    word by word by the description rules).
    """
    m = index.mention_starting(words[k].start)
    if m is None or m.actor.kind != "state" or m.end <= words[k].end:
        return None
    k_after = k
    while k_after < len(words) and words[k_after].start < m.end:
        k_after += 1
    return m.actor.name, k_after


def person_after_description(text: str, index: ActorIndex, label: str, after: int) -> Actor | None:
    """The person named right after a later occurrence of ``label`` in ``text``, or None.

    ``label`` "Burma's UN envoy", text "... Burma's UN envoy Wunna Maung Lwin was quoted
    ...": the actor of Wunna Maung Lwin (a mention of ``index`` that starts there).
    """
    pos = text.find(label, after)
    while pos != -1:
        m = index.mention_starting(pos + len(label) + 1)
        if m is not None and m.actor.kind == "person" and text[pos + len(label)] == " ":
            return m.actor
        pos = text.find(label, pos + 1)
    return _person_after_country_title(text, index, label, after)


def _person_after_country_title(
    text: str, index: ActorIndex, label: str, after: int
) -> Actor | None:
    """``North Korea's UN envoy`` ... ``in North Korea, the country's UN envoy Choe Myong Nam
    said``: the same title with "the country's" for the state the text last named.

    Only when ``label`` starts with a state's name and that state is the last one named
    before "the country's".
    """
    parts = re.split(r"['\u2019]s ", label, maxsplit=1)
    state = index.actors_by_key.get("state:" + parts[0].lower()) if len(parts) == 2 else None
    if state is None:
        return None
    title = parts[1]
    pattern = re.compile(r"the country['\u2019]s " + re.escape(title) + " ", re.IGNORECASE)
    for found in pattern.finditer(text, after):
        m = index.mention_starting(found.end())
        states = [x for x in index.mentions_in(0, found.start()) if x.actor.kind == "state"]
        if m is not None and m.actor.kind == "person" and states and states[-1].actor is state:
            return m.actor
    return None
