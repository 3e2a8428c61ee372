"""One person under several written forms: a surname the page misspells later
("Liesje Schreinemacher" ... "Schreienmacher said"), an abbreviated honorific kept in the
name ("Amb Makol", "M.me Callamard"), a first name alone ("Sir David" for "Sir David
Ramsbotham"), a surname alone whose full name the text writes only where no person was read
("Taylor said" after "Will Taylor spent"; "AlAlraibi said" after "Hakeem Ali Mohamed Ali
AlAraibi's extradition"). Each function pairs the variant with the one person named in full;
the index merges the pairs (part of the index)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Actor
from ..tokens import Token
from ..vocabulary import (
    CAPITALISED_TITLES,
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    GEOGRAPHIC_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    STOP_WORDS,
    TITLE_HEADS,
    unaccented,
)
from .clock_zones import zone_after_clock
from .given_name_forms import given_names_persons, unaccented_words
from .opening_nouns import opening_plural_noun
from .run_edges import opening_trade_noun
from .spelling import close_spelling, sounds_alike
from .title_runs import portfolio_list_before


def _one(found: list[Actor]) -> Actor | None:
    """The one actor found, None when none or several."""
    return found[0] if len(found) == 1 else None


def _words(actor: Actor) -> tuple[str, ...]:
    """The actor's name words, lower case and without accents."""
    return unaccented_words(actor)


def _holders(persons: list[Actor]) -> dict[str, list[Actor]]:
    """Each name word and the persons whose name holds it."""
    index: dict[str, list[Actor]] = {}
    for p in persons:
        for w in set(_words(p)):
            index.setdefault(w, []).append(p)
    return index


def _surnames(persons: list[Actor]) -> dict[tuple[str, int], list[tuple[str, Actor]]]:
    """The surnames of the persons named in full, by first letter and length."""
    index: dict[tuple[str, int], list[tuple[str, Actor]]] = {}
    for p in persons:
        words = _words(p)
        if len(words) > 1:
            index.setdefault((words[-1][:1], len(words[-1])), []).append((words[-1], p))
    return index


def respelled_surname(word: str, persons: list[Actor]) -> Actor | None:
    """The one person named in full whose surname ``word`` misspells, when no person's
    name holds ``word`` as written; failing a slip, the one whose surname it writes as it
    sounds (:func:`.spelling.sounds_alike`: "Bourne said" after "Elisabeth Born").

    >>> full = Actor("person", "Mark Lowcock")
    >>> respelled_surname("loscock", [full]).name, respelled_surname("lowden", [full])
    ('Mark Lowcock', None)
    >>> respelled_surname("bourne", [Actor("person", "Elisabeth Born")]).name
    'Elisabeth Born'
    """
    return _respelled_surname(unaccented(word), None, _holders(persons), _surnames(persons))


def _respelled_surname(word: str, one, holders: dict, surnames: dict) -> Actor | None:
    """As :func:`respelled_surname`; ``one`` is the variant's own person, if any."""
    if any(p is not one for p in holders.get(word, ())):
        return None
    near = (surnames.get((word[:1], len(word) + d), ()) for d in (-2, -1, 0, 1, 2))
    found = _one([p for bucket in near for name, p in bucket if close_spelling(word, name)])
    if found is None:  # "Bourne said" after "Prime Minister Elisabeth Born": a sound-alike
        every = (pair for bucket in surnames.values() for pair in bucket)
        found = _one([p for name, p in every if sounds_alike(word, name)])
    return found


def _respelled_name(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``words`` write the end of ``full`` with slips: each word equal or close to its
    namesake, one at least equal, one at least not ("Saqib Nasir", "Mian Saqib Nisar";
    "Claire Moseley", "Clare Moseley")."""
    if len(words) < 2 or len(full) < len(words):
        return False
    pairs = list(zip(words, full[len(full) - len(words) :], strict=True))
    same = [a == b for a, b in pairs]
    return (
        any(same)
        and not all(same)
        and all(s or close_spelling(a, b, limit=2) for s, (a, b) in zip(same, pairs, strict=True))
    )


def respelled_persons(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(variant, full) pairs: a person the page writes with a slip in the name after naming
    the person in full ("Liesje Schreinemacher" ... "Schreienmacher said"; "Chief Justice
    Mian Saqib Nisar" ... "Chief Justice Saqib Nasir cited"), or a surname alone as it
    sounds ("Kaia Kallas" ... "Callas asked"), when exactly one person is that close.

    >>> acts = [Actor("person", "Liesje Schreinemacher"), Actor("person", "Schreienmacher")]
    >>> [(a.name, b.name) for a, b in respelled_persons(acts)]
    [('Schreienmacher', 'Liesje Schreinemacher')]
    >>> acts = [Actor("person", "Clare Moseley"), Actor("person", "Claire Moseley")]
    >>> acts[1].first = (9, 20)
    >>> [(a.name, b.name) for a, b in respelled_persons(acts)]
    [('Claire Moseley', 'Clare Moseley')]
    """
    persons = [a for a in actors if a.kind == "person"]
    holders, surnames = _holders(persons), _surnames(persons)
    pairs = []
    for one in persons:
        words = _words(one)
        if len(words) == 1:
            full = _respelled_surname(words[0], one, holders, surnames)
        else:
            sharing = {id(p): p for w in words for p in holders.get(w, ()) if p is not one}
            full = _one(
                [
                    p
                    for p in sharing.values()
                    if p.first < one.first and _respelled_name(words, _words(p))
                ]
            )
        if full is not None:
            pairs.append((one, full))
    return pairs


def _bare_honorific(word: str) -> bool:
    """An abbreviated honorific, its full stops dropped ("Amb", "M.me", "Sen.").

    >>> _bare_honorific("m.me"), _bare_honorific("amb"), _bare_honorific("mark")
    (True, True, False)
    """
    return word.replace(".", "") in HONORIFICS


def honorific_forms(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(titled, full) pairs: a person named by an abbreviated honorific and a surname
    ("Amb Makol said", "regrets M.me Callamard") and the one person named in full with that
    surname ("Ambassador Mawien Makol").

    >>> acts = [Actor("person", "Mawien Makol"), Actor("person", "Amb Makol")]
    >>> [(a.name, b.name) for a, b in honorific_forms(acts)]
    [('Amb Makol', 'Mawien Makol')]
    """
    persons = [a for a in actors if a.kind == "person"]
    holders = _holders(persons)
    pairs = []
    for one in persons:
        words = _words(one)
        if len(words) < 2 or not all(_bare_honorific(w) for w in words[:-1]):
            continue
        full = _one(
            [
                p
                for p in holders.get(words[-1], ())
                if p is not one
                and len(_words(p)) > 1
                and not _bare_honorific(_words(p)[0])
                and _words(p)[-1] == words[-1]
            ]
        )
        if full is not None:
            pairs.append((one, full))
    return pairs


def first_name_persons(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(first, full) pairs: a person named by a first name alone ("Sir David commented")
    after the one person named in full with that first name ("Sir David Ramsbotham"), when
    no other person has that name as any word of theirs; a first name with a title of its
    own that the full name lacks is someone else ("William Hague" ... "Prince William").
    A family name written first (:func:`family_name_first`) is the person's wherever it
    stands and whatever its title ("FM Cho" ... "Foreign Minister Cho Tae-yul").

    >>> acts = [Actor("person", "David Ramsbotham"), Actor("person", "David", first=(9, 14))]
    >>> [(a.name, b.name) for a, b in first_name_persons(acts)]
    [('David', 'David Ramsbotham')]
    >>> first_name_persons([*acts, Actor("person", "Jack David")])
    []
    >>> acts[1].role = "Prince"
    >>> first_name_persons(acts)
    []
    """
    persons = [a for a in actors if a.kind == "person"]
    holders = _holders(persons)
    pairs = []
    for one in persons:
        words = _words(one)
        if len(words) != 1:
            continue
        full = _one([p for p in holders.get(words[0], ()) if p is not one])
        if full is None or len(_words(full)) < 2 or _words(full)[0] != words[0]:
            continue
        if family_name_first(full.name) or (
            (full.first < one.first or split_full_name(one, full)) and one.role in (None, full.role)
        ):
            pairs.append((one, full))
    return pairs


def split_full_name(one: Actor, full: Actor) -> bool:
    """The first name's first mention runs straight into the full name's first, one space
    between: a headline's "says Olympic champion Mo Farah", its unknown first name read
    word by word, wrote the full name first ("Sir Mo said" is then Mo Farah;
    knighthood_dream_come_true_farah_aol).

    >>> mo = Actor("person", "Mo", first=(54, 56))
    >>> split_full_name(mo, Actor("person", "Mo Farah", first=(57, 62)))
    True
    >>> split_full_name(mo, Actor("person", "Mo Farah", first=(90, 98)))
    False
    """
    return one.first[1] + 1 == full.first[0]


def family_name_first(name: str) -> bool:
    """``name`` is written family name first, as Korean names are: a short first word, then
    a given name of two syllables joined by a hyphen ("Cho Tae-yul", "Ban Ki-moon"). Its
    first word alone is then the person's family name, whether the text writes it before
    the full name ("FM Cho discusses visit" ... "Foreign Minister Cho Tae-yul") or after,
    with a title of its own or not.

    >>> family_name_first("Cho Tae-yul"), family_name_first("Moon Jae-in")
    (True, True)
    >>> family_name_first("Jean-Yves Le Drian"), family_name_first("David Ramsbotham")
    (False, False)
    >>> family_name_first("Anna Smith-jones")
    False
    """
    return re.fullmatch(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}-[a-z]{1,4}", name) is not None


def unshouted_name(name: str) -> str:
    """A person's name written all in capitals, as in a factbox heading ("U.S. PRESIDENT JOE
    BIDEN"), in title case; other names as written.

    >>> unshouted_name("JOE BIDEN"), unshouted_name("MELANIE JOLY"), unshouted_name("Joe Biden")
    ('Joe Biden', 'Melanie Joly', 'Joe Biden')
    >>> unshouted_name("ABE")
    'ABE'
    """
    words = name.split()
    if len(words) < 2 or not name.isupper() or not all(w.isalpha() for w in words):
        return name
    return " ".join(w.capitalize() for w in words)


def merge_person_variants(actors: list[Actor], merge: Callable[[Actor, Actor], None]) -> None:
    """Merge each variant into the person named in full (``merge(variant, full)``): the
    variant's role and, but for a misspelt name, its gender go to the full name ("Mrs"
    tells a gender; a misspelt first name tells none). A person's name written in capitals
    is given in title case first."""
    for actor in actors:
        if actor.kind == "person":
            actor.name = unshouted_name(actor.name)
    for find in (honorific_forms, first_name_persons, respelled_persons, given_names_persons):
        for one, full in find(actors):
            full.role = full.role or one.role
            if find is not respelled_persons:
                full.gender = full.gender or one.gender
            merge(one, full)


#: The most given names a full name writes before its surname ("Hakeem Ali Mohamed Ali").
_MAX_GIVEN = 4

#: Capitalised words that are no given name: a title, a place, a body's word, a stop word.
_NOT_GIVEN = (
    STOP_WORDS,
    HONORIFICS,
    TITLE_HEADS,
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    CAPITALS,
    ORGANISATION_WORDS,
    GEOGRAPHIC_WORDS,
)


#: Words after which a capitalised run names a place, a body or a thing ("of Southwestern
#: Virginia", 'the frigate "Thor Heyerdahl"').
_NO_PERSON_BEFORE = frozenset(["of", "in", "at", "from", '"', "“", "‘", "'"])


def given_name_word(tok: Token) -> bool:
    """``tok`` may be a given name: a capitalised word of two letters or more that is no
    title, place, body's word or stop word ("Prakrit", not "Father", "Brazil" or "The").

    >>> from ..tokens import tokenize
    >>> [given_name_word(t) for t in tokenize("Sherelle Father Brazil The", [0])]
    [True, False, False, False]
    """
    return (
        tok.cap
        and tok.text.isalpha()
        and not tok.poss
        and len(tok.text) > 1
        and not any(tok.lower in words for words in _NOT_GIVEN)
    )


def _given_names(tokens: list[Token], s: int) -> int:
    """Where the given names written right before the surname ``tokens[s]`` start: words
    that may be given names ("Will", "Prakrit") and initials ("J."), not a title, a place
    or a body's word ("Father", "Dr.", "Brazil") nor an article ("Al Jazeera"), nor the last
    field of a minister's portfolio list ("... Tourism and Sport Paschal Donohoe"); ``s`` when
    there are none, or when a determiner or "of", "in" ... comes first ("the Pittsburgh
    Zoo", "of Southwestern Virginia") or an opening quotation mark.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Lead author Dr. Jeffrey J. Bazarian said", [0])
    >>> " ".join(t.text for t in toks[_given_names(toks, 7) : 8])
    'Jeffrey J . Bazarian'
    >>> _given_names(toks, 4)
    4
    >>> toks = tokenize("Minister for Transport, Tourism and Sport Paschal Donohoe", [0])
    >>> " ".join(t.text for t in toks[_given_names(toks, 8) : 9])
    'Paschal Donohoe'
    """
    k = s
    while s - k < _MAX_GIVEN + 1 and k > 0:
        prev, tok = tokens[k - 1], tokens[k]
        if prev.sent != tok.sent or tok.start - prev.end > 1:
            break
        if prev.text == "." and k > 1 and len(tokens[k - 2].text) == 1 and tokens[k - 2].cap:
            k -= 2  # "J.": an initial
            continue
        if not given_name_word(prev) or portfolio_list_before(tokens, k - 1):
            break  # "Minister for Transport, Tourism and Sport Paschal Donohoe": "Sport" ends a portfolio
        if zone_after_clock(tokens, k - 1, s + 1):
            break  # "At about 23:00 GMT BT said": a time zone
        if opening_trade_noun(tokens, k - 1, s + 1) or opening_plural_noun(tokens, k - 1, s + 1):
            break  # "Model Iman, who lost her husband David Bowie", "Owners Jan": no given name
        k -= 1
    while k < s and tokens[k].lower in NAME_PARTICLES:
        k += 1  # "Al Jazeera", "La Quadrature": an article, not a given name
    before = tokens[k - 1].lower if k > 0 else ""
    return s if before in DETERMINERS or before in _NO_PERSON_BEFORE else k


def written_full_name(
    tokens: list[Token], word: str, lower_words: frozenset[str] | None = None
) -> str | None:
    """The one full name the text writes for a person it otherwise names by the one word
    ``word``: given names right before that word or a close spelling of it, at the end of
    a capitalised run ("Tossing ..., Will Taylor spent" for "Taylor said"; "Court
    proceedings to weigh Hakeem Ali Mohamed Ali AlAraibi's extradition" for "AlAlraibi
    said"); None when the text writes none, or two ("Harold Daggett", "Dennis Daggett").
    ``lower_words``: the words the text writes in lower case (:func:`lower_case_words`),
    when the caller asks for several words of one text.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Lead author Dr. Jeffrey J. Bazarian of the centre. Bazarian said", [0])
    >>> written_full_name(toks, "Bazarian")
    'Jeffrey J. Bazarian'
    >>> written_full_name(tokenize("Harold Daggett and Dennis Daggett", [0]), "Daggett") is None
    True
    """
    key = unaccented(word.lower())
    if key in (lower_case_words(tokens) if lower_words is None else lower_words):
        return None  # "the zoo": a word the text writes in lower case is no surname
    found = set()
    for s, tok in enumerate(tokens):
        if not tok.cap or not (tok.lower == key or close_spelling(tok.lower, key)):
            continue
        nxt = tokens[s + 1] if s + 1 < len(tokens) else None
        if not tok.poss and nxt is not None and nxt.cap and nxt.start == tok.end + 1:
            continue  # "Henry Ford Hospital": the word does not end the run
        if (k := _given_names(tokens, s)) < s:
            found.add(
                "".join(
                    t.text + " " * (t.end < u.start)
                    for t, u in zip(tokens[k:s], tokens[k + 1 : s + 1], strict=True)
                )
                + tok.base
            )
    return found.pop() if len(found) == 1 else None


def written_first_name(tokens: list[Token], word: str, lower_words: frozenset[str]) -> str | None:
    """The one full name the text writes that starts with ``word``, for a person it
    otherwise names by that first name alone: ``word`` and one surname closing a
    capitalised run ("MU General Secretary Horace Trubridge and ..." for "Horace told
    MPs"); None when the text writes two such names, writes ``word`` as a surname
    closing a run ("Mr Horace", "Lord Justice Leveson ... the Leveson Inquiry") or in
    lower case, or only inside a longer run ("Horace
    Trubridge Hall"). ``lower_words``: :func:`lower_case_words` of the text.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("General Secretary Horace Trubridge and others. Horace told MPs", [0])
    >>> written_first_name(toks, "Horace", lower_case_words(toks))
    'Horace Trubridge'
    >>> toks = tokenize("Horace Trubridge and Horace Smith spoke. Horace said", [0])
    >>> written_first_name(toks, "Horace", lower_case_words(toks)) is None
    True
    """
    key = unaccented(word.lower())
    if key in lower_words:
        return None
    found = set()
    for s, tok in enumerate(tokens[:-1]):
        if not tok.cap or unaccented(tok.lower) != key:
            continue
        prev = tokens[s - 1] if s > 0 else None
        joined = prev is not None and prev.sent == tok.sent and tok.start - prev.end <= 1
        nxt = tokens[s + 1]
        if joined and prev.cap and not (nxt.cap and nxt.start == tok.end + 1):
            return None  # "Mr Horace", "Lord Justice Leveson": the word ends a name
        if joined and given_name_word(prev):
            continue  # "Jack Horace Smith": a second given name
        if tok.poss or nxt.start != tok.end + 1 or not given_name_word(nxt) or nxt.poss:
            continue
        after = tokens[s + 2] if s + 2 < len(tokens) else None
        if after is not None and after.cap and after.start - nxt.end <= 1:
            continue  # "Horace Trubridge Hall": a longer run
        if nxt.lower not in lower_words:
            found.add(f"{tok.text} {nxt.text}")
    return found.pop() if len(found) == 1 else None


def lower_case_words(tokens: list[Token]) -> frozenset[str]:
    """The words a text writes in lower case somewhere ("the zoo"): no surname is among them.

    >>> from ..tokens import tokenize
    >>> sorted(lower_case_words(tokenize("The Zoo said the zoo", [0])))
    ['said', 'the', 'zoo']
    """
    return frozenset(t.lower for t in tokens if not t.cap)


def merge_written_full_names(
    tokens: list[Token], actors: list[Actor], merge: Callable[[Actor, Actor], None]
) -> None:
    """A person the index knows by one word only takes the full name the text writes where
    no person was read (:func:`written_full_name`: "Taylor said" after "Will Taylor spent");
    two one-word spellings given the same full name are one person ("AlAirabi appealed",
    "AlAlraibi said": ``merge(variant, first)``), or a first name alone the full name the text
    writes where no person was read (:func:`written_first_name`: "Horace told MPs" after
    "General Secretary Horace Trubridge and"). The shown name says where it comes from.
    """
    written: dict[str, Actor] = {}
    lower_words = lower_case_words(tokens)
    for one in [a for a in actors if a.kind == "person" and len(a.name.split()) == 1]:
        source = "full name as the text writes it"
        if (full := written_full_name(tokens, one.name, lower_words)) is None:
            full = written_first_name(tokens, one.name, lower_words)
            source = "full name the text writes for the first name"
        if full is None:
            continue
        one.name, one.name_source = full, f'{source}: "{full}"'
        if full in written:
            merge(one, written[full])
        written.setdefault(full, one)
