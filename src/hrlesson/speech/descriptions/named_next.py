"""A title that speaks before anyone is named is the person the next paragraph opens with.

News leads often hold back a name: "The inquiry will not be a "whitewash", its chairman
has insisted." and the next paragraph opens with the holder, named for the first time:
"Baroness Heather Hallett hit back at reports ...". The same shape runs through every
genre ("The chair of the long-awaited inquiry has warned ... ¶ Baroness Heather Hallett
said", "the council's leader said ... ¶ Cllr Jane Smith told"). The person must be named
there first (a headline may name them before), fit the title's gender (a "-man" title
is written for women too: "its chairman" Baroness Hallett), and hold no other
post the text gives them now ("The minister said ... ¶ John Smith, an opposition MP," is
no minister); a post held before ("Former Court of Appeal judge Baroness Heather
Hallett") says nothing of the one the title names.
"""

from __future__ import annotations

import re

from ..actor_index import ActorIndex, sentence_at
from ..lead import lead_paragraphs
from ..records import Actor, SpeakerRef
from ..titles.role_holders import ROLE_NOUNS, role_key, roles_of, same_role
from ..titles.words import title_word
from .fit import title_fits_gender
from .introduced_holders import indefinite_unnamed_start, introduced_indefinite

#: The evidence for a speaker named by :func:`person_named_next`.
NAMED_NEXT = "the person the next paragraph opens with, named there first"

#: Words that make a title definite before it: "its chairman", "the chair of the inquiry",
#: "the inquiry's chair".
_DEFINITE = re.compile(r"(?:\b(?:the|its|their|his|her)|\w['’]s?)\s+$", re.IGNORECASE)

#: Lower-case words a title before a name may hold ("Former Court of Appeal judge X").
_TITLE_LINKS = frozenset(["of", "the", "for", "and", "at", "to"])


def _opening_mention(index: ActorIndex, sent: int):
    """The person mention that opens sentence ``sent`` after nothing but title words
    ("Former Court of Appeal judge Baroness Heather Hallett opened"), else None."""
    _, _, _, start, end, _, _ = index.sentences[sent]
    persons = [m for m in index.mentions_in(start, end) if not m.in_quote]
    m = next((m for m in persons if m.actor.kind == "person"), None)
    if m is None:
        return None
    for word in index.text[start : m.start].split():
        if not (word[0].isupper() or title_word(word.lower()) or word in _TITLE_LINKS):
            return None
    return m


def _next_paragraph_sentence(index: ActorIndex, sent: int) -> int | None:
    """The first body sentence of the paragraph right after sentence ``sent``'s."""
    par = index.sentences[sent][1]
    for i in range(sent + 1, len(index.sentences)):
        if index.sentences[i][1] > par:
            ok = index.sentences[i][1] == par + 1 and index.sentence_kind(i) == "body"
            return i if ok else None
    return None


def _in_lead(index: ActorIndex, sent: int) -> bool:
    """Sentence ``sent`` is a body sentence of the lead (:func:`lead_paragraphs`)."""
    par = index.sentences[sent][1]
    return index.sentence_kind(sent) == "body" and par in lead_paragraphs(index.sentences)


def _holds_other_post(index: ActorIndex, person: Actor, heads: set[str]) -> bool:
    """``person``'s own mentions give them a post now that is none of ``heads``."""
    now = [r for r in roles_of(index, person) if not r.former]
    return bool(now) and not any(same_role(h, w) for r in now for h in heads for w in r.words)


def person_named_next(text: str, index: ActorIndex, ref: SpeakerRef) -> Actor | None:
    """The person a definite title used as a speaker before anyone holds it stands for:
    the one whose name opens the next paragraph, named there for the first time in the
    body (see the module).

    >>> from hrlesson import quotes
    >>> from hrlesson.article import article_from_text
    >>> text = ('The inquiry will not be a "whitewash", its chairman has insisted.\\n\\n'
    ...         'Baroness Heather Hallett hit back at reports about the inquiry.')
    >>> quotes(article_from_text(text, date="2023-03-01"))["speaker"].tolist()
    ['Heather Hallett']
    """
    actor = ref.actor
    if actor is not None and not actor.key.startswith("unnamed:"):
        return None
    name = actor.name if actor else ref.label or ""
    start = actor.first[0] if actor and actor.first[1] > 0 else ref.start
    before = text[max(0, start - 12) : start]
    sent = sentence_at(index, start)
    # an indefinite title holds a name back in the lead only: "A teenage climate change
    # activist has told protesters ... ¶ Greta Thunberg, 16, was greeted"
    indefinite = introduced_indefinite(text, start)
    if not (_DEFINITE.search(before) or (indefinite and _in_lead(index, sent))):
        return None
    words = name.lower().split()
    core = words[: next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    head = role_key(core)
    if head is None or head not in ROLE_NOUNS:
        return None
    nxt = _next_paragraph_sentence(index, sent)
    m = _opening_mention(index, nxt) if nxt is not None else None
    if m is None or (actor is not None and m.actor is actor):
        return None
    person = m.actor
    body_start = index.sentences[nxt][3]
    if named_in_body_before(index, person, body_start) or not (
        title_fits_gender(head, person) or head.endswith("man")
    ):
        return None
    return None if _holds_other_post(index, person, {head}) else person


def named_in_body_before(index: ActorIndex, person: Actor, end: int) -> bool:
    """``person`` is named in a body sentence (not a title, a heading or the dateline)
    before ``end``."""
    return any(
        m.actor is person and index.sentence_kind(sentence_at(index, m.start)) == "body"
        for m in index.mentions_in(0, end)
    )


#: The evidence for a speaker named by :func:`person_speaking_next`.
SPEAKING_NEXT = "the person the next reporting verb names, named there first"


def person_speaking_next(text: str, index: ActorIndex, ref: SpeakerRef, refs: list) -> Actor | None:
    """The person an indefinite description of one speaker stands for when the very next
    speaker, in its sentence or the next of its paragraph, is a person named there for the
    first time who holds no other post: "An official from the International Federation of Red Cross and
    Red Crescent Societies (IFRC) said Tuesday that the floods in Libya had caused an
    "enormous" number of deaths ... "Humanitarian needs far exceed the capacities of the
    Libyan Red Crescent ...," said Tamer Ramadan, during the regular UN press briefing in
    Geneva." (libya_floods_ali_ramadan_interior_afp_archynetys). A name of one word is no
    such person ("a spokeswoman for the environment agency ... said" ... "Avaaz accused
    Germany": a body). ``refs`` are all the speakers read (quotes' and reporting verbs')."""
    start = indefinite_unnamed_start(text, ref)
    if start is None:
        return None
    actor = ref.actor
    words = actor.name.lower().split()
    head = role_key(
        words[: next((i for i, w in enumerate(words) if w in ("of", "for", "from")), len(words))]
    )
    if head is None or head not in ROLE_NOUNS:
        return None
    later = sorted(
        (r for r in refs if r.start >= ref.end and r.actor is not actor), key=lambda r: r.start
    )
    if not later or later[0].actor is None or later[0].actor.kind != "person":
        return None
    person, at = later[0].actor, later[0].start
    sent, nxt = sentence_at(index, start), sentence_at(index, at)
    if nxt - sent > 1 or index.sentences[nxt][1] != index.sentences[sent][1]:
        return None  # only in its paragraph: not "Cruiser SB" on the heading line after
    if person.key.startswith("unnamed:") or len(person.name.split()) < 2:
        return None  # one word ("Avaaz accused Germany"): a body or a surname, no full name
    if named_in_body_before(index, person, at) or not title_fits_gender(head, person):
        return None
    return None if roles_of(index, person) else person
