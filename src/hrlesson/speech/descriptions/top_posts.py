"""A post described by its rank is the titled person whose words the next paragraph quotes.

A report may describe a post by what it does rather than by its title ("Japan's top
government spokesperson said the government will take "unprecedented steps"", "Florida's
top regulator called the rates "unfairly discriminatory"") and name the holder, with the
formal title, only when it quotes the full words in the next paragraph (""Q,"
Chief Cabinet Secretary Yoshimasa Hayashi told reporters", ""Q," Florida Insurance
Commissioner Kevin McCarty wrote"). The titles differ, so the role tests of
:mod:`.named_next` cannot match them; the rank word ("top": data/words/function_ranks.txt)
says the description is no title.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import ActorIndex, sentence_at
from ..records import Actor, SpeakerRef
from .fit import title_fits_gender
from .named_next import named_in_body_before

#: Rank words that describe a post by its place in a field: data/words/function_ranks.txt.
_RANKS = word_set("function_ranks")

#: The evidence for a speaker named by :func:`top_post_named_next`.
TOP_POST_NAMED_NEXT = "a post described by its rank, its titled holder quoted in the next paragraph"

#: Keys of actors known only by a description: an unnamed person, or a description read
#: as a group ("Florida's top regulator").
_DESCRIBED_KEYS = ("unnamed:", "group:")

#: A quotation mark opening a paragraph.
_OPENING_QUOTE = re.compile(r"\s*[\"“‘']")


def ranked_description(label: str) -> bool:
    """``label`` describes one post by its rank: a rank word before its last word, a
    singular noun ("Top Japanese officials" are several people, none named next).

    >>> ranked_description("Japan's top government spokesperson")
    True
    >>> ranked_description("top regulator"), ranked_description("spokesperson")
    (True, False)
    >>> ranked_description("Top Japanese officials")
    False
    """
    words = label.lower().split()
    plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss")
    return not plural and any(w in _RANKS for w in words[:-1])


def quoted_next(index: ActorIndex, sent: int) -> Actor | None:
    """The person named with a title after the quotation that opens the paragraph right
    after sentence ``sent``'s, in that paragraph's first sentence (""Q," Chief Cabinet
    Secretary Yoshimasa Hayashi told reporters"), else None."""
    par = index.sentences[sent][1]
    nxt = next(
        (i for i in range(sent + 1, len(index.sentences)) if index.sentences[i][1] > par), None
    )
    if nxt is None or index.sentences[nxt][1] != par + 1 or index.sentence_kind(nxt) != "body":
        return None
    start, end = index.sentences[nxt][3], index.sentences[nxt][4]
    if not _OPENING_QUOTE.match(index.text[start:end]):
        return None
    persons = [m for m in index.mentions_in(start, end) if not m.in_quote]
    m = next((m for m in persons if m.actor.kind == "person"), None)
    if m is None or not m.actor.role or m.actor.key.startswith("unnamed:"):
        return None
    return None if named_in_body_before(index, m.actor, start) else m.actor


def top_post_named_next(index: ActorIndex, ref: SpeakerRef) -> Actor | None:
    """The titled person the next paragraph quotes, for a speaker described by its rank
    (see the module).

    >>> from hrlesson import quotes
    >>> from hrlesson.article import article_from_text
    >>> text = ('Florida’s top regulator called the rates "unfair" on Friday.\\n\\n'
    ...         '"We can say the rates are unfair," Florida Insurance Commissioner Kevin '
    ...         'McCarty wrote in a letter.')
    >>> quotes(article_from_text(text, date="2014-03-01"))["speaker"].tolist()
    ['Kevin McCarty', 'Kevin McCarty']
    """
    actor = ref.actor
    if actor is not None and not actor.key.startswith(_DESCRIBED_KEYS):
        return None
    label = ref.name or ""
    if not ranked_description(label):
        return None
    person = quoted_next(index, sentence_at(index, ref.start))
    head = label.lower().split()[-1]
    return person if person is not None and title_fits_gender(head, person) else None


def name_top_posts(index: ActorIndex, refs: list[SpeakerRef]) -> None:
    """Each speaker ref described by its rank whose holder :func:`top_post_named_next`
    finds for one of its mentions (the one the quoting paragraph follows) is that holder,
    at every mention of the same description (the headline's "top regulator says" too).
    Refs are updated in place."""
    named: dict[str, Actor] = {}
    for ref in refs:
        if (person := top_post_named_next(index, ref)) is not None:
            named[_core(ref)] = person
    for ref in refs:
        described = ref.actor is None or ref.actor.key.startswith(_DESCRIBED_KEYS)
        if named and described and (person := named.get(_core(ref))) is not None:
            ref.actor, ref.how = person, TOP_POST_NAMED_NEXT


def _core(ref: SpeakerRef) -> str:
    """The description of ``ref`` from its rank word on, lower case ("top regulator" for
    "Florida's top regulator"); "" when it holds no rank word."""
    label = (ref.name or "").lower().split()
    at = next((i for i, w in enumerate(label) if w in _RANKS), None)
    return " ".join(label[at:]) if at is not None else ""
