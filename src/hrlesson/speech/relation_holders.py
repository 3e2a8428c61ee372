"""A relation noun describes the related person, never the one it relates to: "Smith's
attorney", "a lawyer for Lopez", "the King's private secretary" speak, not Smith, Lopez or
the King (the holder of the relation)."""

from __future__ import annotations

from .names.variants import given_name_word
from .records import Actor, Mention, SpeakerRef
from .tokens import Token
from .vocabulary import (
    DETERMINERS,
    FAMILY_NAME_KIN,
    FINITE_VERBS,
    GENDER_WORDS,
    KIN_SPEAKERS,
    PREPOSITIONS,
    RELATION_NOUNS,
    TITLE_HEADS,
    is_head_word,
    tidy_description,
)

#: Words after which a person's name is the one a title relates to ("a lawyer for Lopez").
_RELATING_WORDS = frozenset(["for", "of"])


def relation_holders(words: list[Token], mentions: list[Mention]) -> set[int]:
    """The ids of the persons a description names as holders of the relation it describes:
    a person whose name is possessive ("Smith's attorney") or follows "for"/"of" ("a lawyer
    for Lopez", "the wife of Navalny"). Such a person is never the one described.

    >>> from .records import Actor
    >>> from .tokens import tokenize
    >>> smith = Actor("person", "John Smith")
    >>> words = tokenize("Smith's attorney", [0])
    >>> relation_holders(words, [Mention(0, 7, smith, "surname")]) == {id(smith)}
    True
    >>> words = tokenize("a lawyer for Smith", [0])
    >>> relation_holders(words, [Mention(13, 18, smith, "surname")]) == {id(smith)}
    True
    >>> relation_holders(tokenize("lawyer Smith", [0]), [Mention(7, 12, smith, "surname")])
    set()
    """
    holders = set()
    for m in mentions:
        if m.actor.kind != "person":
            continue
        inside = [k for k, w in enumerate(words) if m.start <= w.start < m.end]
        if not inside:
            continue
        possessive = words[inside[-1]].poss
        after_link = inside[0] > 0 and words[inside[0] - 1].lower in _RELATING_WORDS
        if possessive or after_link:
            holders.add(id(m.actor))
    return holders


def object_of_relation(words: list[Token], name) -> bool:
    """The name ``name`` follows "for"/"of" right after a lower-case noun: the person the
    phrase's head relates to, not its head ("a lawyer for Lopez", "the wife of Navalny";
    but "the envoy to North Korea Vitit Muntarbhorn" heads with the name).

    >>> from types import SimpleNamespace as NS
    >>> from .tokens import tokenize
    >>> object_of_relation(tokenize("A lawyer for Lopez", [0]), NS(start=13, end=18))
    True
    >>> object_of_relation(tokenize("Minister of Justice Ahmet", [0]), NS(start=20, end=25))
    False
    """
    k = next((i for i, w in enumerate(words) if w.start >= name.start), 0)
    return (
        k >= 2
        and words[k - 1].lower in _RELATING_WORDS
        and words[k - 2].text.isalpha()
        and words[k - 2].text.islower()
    )


def related_holder(resolver, actor: Actor | None, start: int, end: int) -> bool:
    """``actor`` is a holder of the relation the description ``text[start:end]`` names
    (:func:`relation_holders`): "Smith's attorney" is never Smith. ``resolver`` is the
    :class:`DescriptionReader` that read the description."""
    if actor is None or actor.kind != "person":
        return False
    words = [t for t in resolver.toks_between(start, end) if t.text[0].isalnum()]
    return id(actor) in relation_holders(words, resolver.index.mentions_in(start, end))


def relation_noun_at(words: list[Token], j: int) -> int | None:
    """The index of the relation noun that ``words[j]`` opens, after at most two lower-case
    modifiers: a relative or a person known by a tie ("sister", "late husband", "younger
    son", "relative", "friend"); None when a title, a preposition or a determiner comes
    first ("his foreign minister", "his message for the family").

    >>> from .tokens import tokenize
    >>> relation_noun_at(tokenize("her late husband said", [0]), 1)
    2
    >>> relation_noun_at(tokenize("his relative said", [0]), 1), relation_noun_at(
    ...     tokenize("his message for family", [0]), 1)
    (1, None)

    A relation noun that modifies a title heads nothing: "Smith's family attorney".

    >>> relation_noun_at(tokenize("Smith's family attorney", [0]), 1) is None
    True
    """
    for k in range(j, min(j + 3, len(words))):
        w = words[k]
        if not (w.text.isalpha() and w.text.islower()):
            return None
        if relation_word(w.lower):
            nxt = words[k + 1] if k + 1 < len(words) else None
            return None if nxt is not None and nxt.lower in TITLE_HEADS else k
        if w.lower in TITLE_HEADS or w.lower in PREPOSITIONS or w.lower in DETERMINERS:
            return None
    return None


def head_after_modifiers(words: list[Token], k: int) -> bool:
    """A title or group noun heads the phrase after the possessive ``words[k]``, past at
    most two lower-case modifiers: "Michael's private secretary", "Smith's longtime
    lawyer" (the possessive names the holder, not the speaker).

    >>> from .tokens import tokenize
    >>> head_after_modifiers(tokenize("Michael's private secretary was shown", [0]), 0)
    True
    >>> head_after_modifiers(tokenize("Michael's visit to the city", [0]), 0)
    False
    """
    for j in range(k + 1, min(k + 4, len(words))):
        w = words[j]
        if not (w.text.isalpha() and w.text.islower()):
            return False
        if is_head_word(w.lower):
            return j > k + 1
        if w.lower in PREPOSITIONS or w.lower in DETERMINERS or w.lower in FINITE_VERBS:
            return False
    return False


def relation_word(word: str) -> bool:
    """A relative's noun or a tie's, singular or plural ("sons", "families", "friends").

    >>> relation_word("families"), relation_word("friends"), relation_word("officials")
    (True, True, False)
    """
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return any(w in KIN_SPEAKERS or w in RELATION_NOUNS for w in (word, singular))


def kin_speaker(reader, words: list[Token], j: int, owner_word) -> SpeakerRef | None:
    """``his sister said``, ``her late husband told``, ``said his relative``: a relative or
    a person known by a tie to someone named, never named themselves; the words stay with
    them, not with the person they are about. ``owner_word`` is the possessive before
    ``words[j]``; ``reader`` the :class:`DescriptionReader`."""
    if not isinstance(owner_word, Token) or j >= len(words):
        return None
    if (k := relation_noun_at(words, j)) is None:
        return None
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.cap and nxt.start == words[k].end + 1:
        return None  # "his sister Irena Kresnik": a name follows
    start, end = owner_word.start, words[k].end
    actor = reader.unnamed_person(tidy_description(reader.text[start:end]), None)
    reader.note_span(actor, start, end)
    return SpeakerRef(actor, None, start, end, True)


#: Why a relative's description names the person who spoke just before.
RENAMED_RELATIVE = "a relative of someone not named before: the person who spoke just before"


def relative_spoke_before(reader, words: list[Token], j: int) -> SpeakerRef | None:
    """``Prince Harry defended "Spare", insisting ... "Q," King Charles's younger son
    told``: a relative's description (``words[j]`` its gendered noun) whose holder the
    article names here for the first time renames the person of that gender who spoke
    last, in this paragraph or the one before (the writer varies the name; a new relative
    would hang on someone already in the story). ``reader`` is the :class:`Attributor`."""
    gender = GENDER_WORDS.get(words[j].lower)
    start = words[0].start
    holders = [m for m in reader.index.mentions_in(start, words[j].start)]
    if gender is None or not holders or holders[0].actor.kind != "person":
        return None
    holder = holders[0].actor
    if any(pos < start for pos, _ in holder.mentions):
        return None  # "Barker's son": Barker is in the story, the son is someone new
    spoke = [(pos, a) for pos, a, *_ in reader.timeline if pos < start]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    par_of = lambda p: reader.par_of_sent[reader.sent_of(p)]
    if actor.kind != "person" or actor.gender != gender or actor is holder:
        return None
    if actor.key.startswith("unnamed:") or par_of(start) - par_of(pos) > 1:
        return None
    reader.note_span(actor, start, words[j].end)
    return SpeakerRef(actor, None, start, words[j].end, True, RENAMED_RELATIVE)


def _kin_before_name(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The index of the name token after a relative's noun that ``tokens[i]`` opens, past
    at most two lower-case modifiers and a comma ("brother Alastair", "late husband, Tom"),
    and that noun; None when no family relative's noun (:data:`FAMILY_NAME_KIN`) is there.

    >>> from .tokens import tokenize
    >>> _kin_before_name(tokenize("late husband, Tom", [0]), 0)
    (3, 'husband')
    >>> _kin_before_name(tokenize("lawyer Tom", [0]), 0) is None
    True
    """
    for k in range(i, min(i + 3, len(tokens))):
        w = tokens[k]
        if not (w.text.isalpha() and w.text.islower()):
            return None
        if w.lower in FAMILY_NAME_KIN:
            n = k + (2 if k + 1 < len(tokens) and tokens[k + 1].text == "," else 1)
            return (n, w.lower) if n < len(tokens) and tokens[n].cap else None
        if w.lower in DETERMINERS or w.lower in PREPOSITIONS:
            return None
    return None


def _first_name_only(m: Mention | None, holder: Actor) -> bool:
    """``m`` names a person other than ``holder`` by one word that is not the holder's
    family name ("Alastair", not "Morgan")."""
    if m is None or m.actor.kind != "person" or m.actor is holder:
        return False
    words = m.actor.name.split()
    return len(words) == 1 and words[0].lower() != holder.name.split()[-1].lower()


def relative_surnames(
    text: str, tokens: list[Token], mentions: list[Mention]
) -> list[tuple[Actor, str, str]]:
    """(relative, full name, source) triples: a person the text names by a first name
    alone right after a family relative's noun whose holder is a person named with a family
    name takes that family name where the text itself writes the full name ("Mr Morgan's
    brother Alastair said" ... "Alastair Morgan added"); so does each relative listed after
    it ("Adrian's wife Caroline, brother Colm and ..."). A relative the text names by the
    first name only keeps it as written ("his brother Damon": Damon, not Damon Erbacher;
    :func:`written_full_name_only`); one given two family names is left alone. ``source``
    says where the family name comes from.

    >>> from .tokens import tokenize
    >>> text = "Mr Morgan's brother Alastair said. Alastair Morgan added"
    >>> dan, ala = Actor("person", "Daniel Morgan"), Actor("person", "Alastair")
    >>> ms = [Mention(0, 9, dan, "name"), Mention(20, 28, ala, "name")]
    >>> [(relative, full, source)] = relative_surnames(text, tokenize(text, [0]), ms)
    >>> relative.name, full, source
    ('Alastair', 'Alastair Morgan', 'family name taken from Daniel Morgan, whose brother this is')
    >>> text = "Mr Morgan's brother Alastair said"
    >>> relative_surnames(text, tokenize(text, [0]), ms)
    []
    """
    at = {t.start: k for k, t in enumerate(tokens)}
    owner_at = {t.start + len(t.base): k for k, t in enumerate(tokens) if t.poss}
    by_start = {m.start: m for m in mentions}
    names: dict[int, tuple[Actor, dict[str, str]]] = {}
    for m in mentions:
        holder, i = m.actor, owner_at.get(m.end)
        if holder.kind != "person" or len(holder.name.split()) < 2 or i is None:
            continue
        kin = _kin_before_name(tokens, i + 1)
        while kin is not None and _first_name_only(q := by_start.get(tokens[kin[0]].start), holder):
            full = f"{q.actor.name} {holder.name.split()[-1]}"
            source = f"family name taken from {holder.name}, whose {kin[1]} this is"
            names.setdefault(id(q.actor), (q.actor, {}))[1].setdefault(full, source)
            j = at.get(tokens[kin[0]].start, kin[0]) + 1  # "Caroline, brother Colm"
            while j < len(tokens) and tokens[j].start < q.end:
                j += 1
            listed = j < len(tokens) and tokens[j].lower in (",", "and")
            kin = _kin_before_name(tokens, j + 1) if listed else None
    return [
        (a, *next(iter(full.items())))
        for a, full in names.values()
        if len(full) == 1 and written_full_name_only(text, next(iter(full)))
    ]


def written_full_name_only(text: str, full: str) -> bool:
    """The text itself writes ``full``, the relative's first name and the holder's family
    name ("Alastair Morgan"): news names a relative by the name it writes ("his brother
    Damon" is Damon), so no family name is added that the page never gives.

    >>> written_full_name_only("his brother Damon said", "Damon Erbacher")
    False
    >>> written_full_name_only("Damon Erbacher said", "Damon Erbacher")
    True
    """
    return full in text


#: The evidence for :func:`relative_first_named` ("Smith's sister Sherelle had").
RELATIVE_FIRST_NAMED = "a relative named by a first name right after the relative's noun"


def relative_first_named(reader, words: list[Token], j: int) -> SpeakerRef | None:
    """``Smith’s sister Sherelle had a message``: a given name the index does not know,
    right after a family relative's noun ``words[j]`` and before a lower-case word, names
    that relative: a person, named as the text writes it (Sherelle), with the family name
    of the holder only where the text writes that full name too (Sherelle Smith).
    ``reader`` is the :class:`Attributor`."""
    if j + 1 >= len(words) or words[j].lower not in FAMILY_NAME_KIN:
        return None
    name, nxt = words[j + 1], words[j + 2] if j + 2 < len(words) else None
    if not given_name_word(name) or (nxt is not None and not nxt.text.islower()):
        return None
    if name.start - words[j].end > 2 or reader.index.mention_starting(name.start) is not None:
        return None
    holders = [
        m.actor
        for m in reader.index.mentions_in(words[0].start, words[j].start)
        if m.actor.kind == "person" and len(m.actor.name.split()) > 1
    ]
    full = f"{name.text} {holders[0].name.split()[-1]}" if holders else name.text
    if holders and not written_full_name_only(reader.text, full):
        full, holders = name.text, []  # "Smith’s sister Sherelle": Sherelle, as written
    key = "relative:" + full.lower()
    actor = reader.index.actors_by_key.get(key) or reader.index.new_actor("person", full, key)
    actor.gender = actor.gender or GENDER_WORDS.get(words[j].lower)
    if holders:
        actor.name_source = (
            f"family name taken from {holders[0].name}, whose {words[j].lower} this is"
        )
    reader.note_span(actor, name.start, name.end)
    return SpeakerRef(actor, None, name.start, name.end, True, RELATIVE_FIRST_NAMED)
