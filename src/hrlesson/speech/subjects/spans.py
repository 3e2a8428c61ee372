"""Where a verb's subject starts and ends when other clauses and phrases surround it.

Small tests on text and tokens used by the subject finder: a relative clause set off by
commas between the subject and its verb ("Lopez's deputy, who asked not to be named,
said"; "The ambassador, who called the vote "a sham", said"), a name given in a relative
clause ("said a woman who gave her name only as Fatima"), a person named at the end of an
aside ("Hernandez' opponent, Opposition Alliance candidate Salvador Nasralla, claimed"), an
unclosed apposition with a relative clause ("Edward Conteh, a Sierra Leonean who lost his
arm to the rebels said") and quotations that are no boundary for a subject ("the envoy
"categorically" rejected"). Partitive subjects ("One of them, a teacher, said") are read
in partitives.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..labels.cited_descriptions import cited_description
from ..marks import Pair
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    CAPITALS,
    DASHES,
    DEMONYMS,
    DETERMINERS,
    NAME_LINKS,
    PREPOSITIONS,
    SEATS_OF_POWER,
    WORD_RE,
    is_group_word,
    only_titles_before,
)
from .apposed_participles import apposed_participle

#: A comma segment that opens a non-restrictive relative clause: ", who", ", which".
_RELATIVE_OPENING = re.compile(r",\s*(?:who|which)\b[^,;:\"“”]*$", re.IGNORECASE)


def relative_aside_before(before: str) -> bool:
    """``Lopez's deputy, who asked not to be named, said``: the text ``before`` an earlier
    verb of the sentence ends in a relative clause's opening set off by a comma (", who",
    ", which"), so that verb belongs to an aside, not to the main clause.

    >>> relative_aside_before("Lopez's deputy, who ")
    True
    >>> relative_aside_before("The envoy, who on Monday ")
    True
    >>> relative_aside_before("The envoy said the man who ")
    False
    """
    return bool(_RELATIVE_OPENING.search(before.rstrip() + " "))


def aside_opening(before: str, form: str) -> bool:
    """An earlier verb of the sentence opens an aside between the subject and the next verb:
    a participle right after a comma (``The minister, asked whether ..., said``) or a verb of
    a relative clause set off by a comma (``The deputy, who asked not to be named, said``).
    ``before`` is the sentence's text up to that verb, ``form`` the verb as written.

    >>> aside_opening("The minister, ", "asked"), aside_opening("The minister ", "asked")
    (True, False)
    >>> aside_opening("Mahamat, who ", "said")
    True
    """
    return (
        (form.lower().endswith("ed") and before.rstrip().endswith(","))
        or relative_aside_before(before)
        or apposed_participle(before, form)  # "Eric Herb, a member of the group calling"
    )


def reduced_relative(cue: Cue, prev: Token | None) -> bool:
    """``to implement the UN report accusing Beijing of ...``: an -ing form right after a
    noun (``prev``, the word before the cue), with no comma, qualifies that noun; it is not
    the sentence's own verb.

    >>> from ..tokens import tokenize
    >>> cue = Cue(20, 28, "accusing", "accuse", 0, 3)
    >>> reduced_relative(cue, tokenize("report", [0])[0]), reduced_relative(cue, None)
    (True, False)
    """
    if not cue.form.lower().endswith("ing"):
        return False
    return prev is not None and prev.text.islower() and prev.lower not in ADVERBS


#: How a relative clause gives a person's name: "who gave her name only as", "who
#: identified himself as", "who asked to be identified only as", "who gave only his first
#: name,".
_NAME_GIVEN = re.compile(
    r"\s*(?:(?:[Aa]n?|[Oo]ne)\s[^,.;:\"“”]{0,60}?,?\s)?who\s+"
    r"(?:gave\s(?:only\s)?(?:his|her)\s(?:first\s|full\s)?name(?:\sonly)?(?:\sas)?"
    r"|identified\s(?:himself|herself)(?:\sonly)?\sas"
    r"|(?:asked|wished|wanted)\sto\sbe\sidentified(?:\sonly)?\sas)[\s,]+(?=[A-Z])"
)


def given_name_offset(text: str) -> int | None:
    """Where the name starts in ``text`` when it opens with an unnamed person and a relative
    clause that gives the person's name: ``a woman who gave her name only as Fatima``,
    ``who identified himself as Ahmed`` (the speaker is the name); else None.

    >>> s = " a woman who gave her name only as Fatima."
    >>> s[given_name_offset(s) :]
    'Fatima.'
    >>> given_name_offset("who asked to be identified only as Ahmed")
    35
    >>> given_name_offset(" a woman who lives in Geneva.") is None
    True
    """
    m = _NAME_GIVEN.match(text)
    return m.end() if m else None


def named_in_aside(index, aside: list[Token]):
    """The person an aside between a subject and its verb names, or None: ``Ambassador Omar
    Haidari`` (titles, then the name), ``Opposition Alliance candidate Salvador Nasralla``
    (a body's name or a demonym before the titles too: "Hernandez' opponent, Opposition
    Alliance candidate Salvador Nasralla, claimed"). ``index`` is the article's actor index;
    the one person named must end the aside."""
    names = index.mentions_in(aside[0].start, aside[-1].end + 1)
    if names and names[0].actor.kind == "person" and only_titles_before(aside, names[0]):
        return names[0]
    persons = [m for m in names if m.actor.kind == "person"]
    if len(persons) != 1 or persons[0].end < aside[-1].end:
        return None
    person, bodies = persons[0], [m for m in names if m.actor.kind != "person"]
    rest = [
        w
        for w in aside
        if w.start < person.start
        and w.lower not in DEMONYMS
        and not any(m.start <= w.start < m.end for m in bodies)
    ]
    return person if bodies and only_titles_before(rest, person) else None


def relative_apposition(index, segments: list[list[Token]]) -> bool:
    """``Edward Conteh, a Sierra Leonean who lost his left arm to the rebels said``: a
    person's name, a comma, then an unclosed apposition with a relative clause that runs up
    to the verb; the name is the subject, not a noun inside the clause. ``segments`` are the
    comma segments before the verb, ``index`` the article's actor index."""
    if len(segments) != 2:
        return False
    first = [t for t in segments[0] if t.text[0].isalnum()]
    last = [t for t in segments[1] if t.text[0].isalnum()]
    if not first or len(last) < 3 or last[0].lower not in ("a", "an", "the"):
        return False
    m = index.mention_starting(first[0].start)
    if m is None or m.actor.kind != "person" or m.end < first[-1].end:
        return False
    return any(t.lower == "who" for t in last[2:6])


def quote_in_relative_aside(
    text: str, open_: int, close: int, cue_start: int, s_start: int
) -> bool:
    """``The ambassador, who had earlier called the vote "a sham", said``: the quotation
    (marks at ``open_`` and ``close``) closes a relative clause set off by commas right
    before the verb at ``cue_start``; it is no boundary for the verb's subject.

    >>> s = 'The ambassador, who called the vote "a sham", said'
    >>> quote_in_relative_aside(s, 36, 43, 46, 0)
    True
    >>> s = 'The ambassador called the vote "a sham", said'
    >>> quote_in_relative_aside(s, 31, 38, 41, 0)
    False
    """
    between = text[close + 1 : cue_start].strip()
    closed = between == "," or (between == "" and text[close - 1] == ",")
    return closed and relative_aside_before(text[s_start:open_])


def lone_antecedent(before: str) -> bool:
    """``The ambassador, `` before "who": one phrase and its comma open the sentence, so the
    phrase is the relative pronoun's antecedent.

    >>> lone_antecedent("The ambassador, "), lone_antecedent("In Geneva, the envoy, ")
    (True, False)
    """
    return (
        before.rstrip().endswith(",")
        and before.count(",") == 1
        and not re.search(r"[\"“”]", before)
    )


def skippable_quote(text: str, pair: Pair, cue: Cue, s_start: int) -> bool:
    """A quotation before the verb that is no boundary for its subject: a quoted modifier
    (``the envoy "categorically" rejected``) or the end of a relative clause set off by
    commas (``The ambassador, who called the vote "a sham", said``), or the description of
    the one quoted (``quoted a ‘source close to the Prime Minister’ as saying``)."""
    return (
        quoted_modifier(text, pair, cue, s_start)
        or cited_description(
            text[max(s_start, pair.open - 60) : pair.open], text[pair.close + 1 : cue.end]
        )
        or quote_in_relative_aside(text, pair.open, pair.close, cue.start, s_start)
        or quoted_name_in_aside(text, pair.open, pair.close, cue.start, s_start)
    )


#: Small words inside a quoted title-case name ("Rescue and Emergency Service", "in", "de").
_NAME_LINKS = NAME_LINKS | frozenset(["in", "de"])


def quoted_name_in_aside(text: str, open_: int, close: int, cue_start: int, s_start: int) -> bool:
    """``Oussama Ali, spokesperson for the Libyan “Rescue and Emergency Service” under the
    government in Tripoli, told``: a quoted name (capitalised words, no punctuation) inside
    an aside that a comma opens after the sentence's first phrase and closes right before
    the verb at ``cue_start``; it is no boundary for the verb's subject.

    >>> s = 'Ann Lee, head of the “Rescue Service” in Tripoli, told'
    >>> quoted_name_in_aside(s, 21, 36, 50, 0)
    True
    >>> s = 'Ann Lee, head of the service, called it “Rescue Service” in Tripoli, told'
    >>> quoted_name_in_aside(s, 39, 54, 69, 0)
    False
    """
    inside = WORD_RE.findall(text[open_ + 1 : close])
    if not 1 <= len(inside) <= 6 or re.search(r"[,.;:!?]", text[open_ + 1 : close]):
        return False
    if not all(w[0].isupper() or w.lower() in _NAME_LINKS for w in inside):
        return False
    before, between = text[s_start:open_], text[close + 1 : cue_start].rstrip()
    return (
        before.count(",") == 1
        and not re.search(r"[\"“”]", before)
        and between.endswith(",")
        and not re.search(r"[,;:\"“”]", between[:-1])
    )


def quoted_modifier(text: str, pair: Pair, cue: Cue, s_start: int) -> bool:
    """``North Korea's UN envoy "categorically" rejected``: a quoted word or two right
    before the verb, inside its clause, is no boundary for the verb's subject (but after
    a lone comma the words are the quotation itself: ``..., 'deeply disturbing' says UN
    rights office``; a comma that closes an aside keeps the modifier: ``The chairman,
    Tomas Brandl, "firmly" condemned``)."""
    between = text[pair.close + 1 : cue.start]
    inside = text[pair.open + 1 : pair.close]
    before = text[s_start : pair.open].rstrip()
    return (
        between.strip() == ""
        and len(WORD_RE.findall(inside)) <= 2
        and not re.search(r"[,.;:!?]", inside)
        and bool(re.search(r"\w", before))
        and not before.endswith((":", ";", *DASHES))
        and not (before.endswith(",") and before.count(",") == 1)  # (not an aside's comma)
    )


#: Determiners of a person the article introduces without a name ("a woman").
_INDEFINITE = frozenset(["a", "an", "one", "another"])

#: Words that end an inverted subject ('"...," said the envoy in Geneva').
_AFTER_INVERTED_SUBJECT = frozenset(
    ["in", "on", "at", "during", "via", "after", "before", "from", "to", "when", "while", "who"]
)


def ends_inverted_subject(t: Token, words: list[Token], cap_next: Callable[[Token], bool]) -> bool:
    """Token ``t`` ends a subject after its verb (``words`` are the subject's words so far;
    ``cap_next(t)``: a capitalised word follows ``t``): ``said the envoy in Geneva``, but not
    "on" before a name (``said the Special Rapporteur on Torture``). A "that" right after the
    verb opens its clause: ``"Q", warned that many teachers were ...`` has no subject there.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("said the envoy in Geneva", [0])
    >>> ends_inverted_subject(toks[3], toks[1:3], lambda t: True)
    True
    >>> toks = tokenize("said the Special Rapporteur on Torture", [0])
    >>> ends_inverted_subject(toks[4], toks[1:4], lambda t: True)
    False
    >>> ends_inverted_subject(tokenize("that many", [0])[0], [], lambda t: False)
    True
    """
    if not words and t.lower == "that":
        return True
    if not words or t.lower not in _AFTER_INVERTED_SUBJECT:
        return False
    if inverted_postmodifier(t, words):
        return False
    return not (t.lower in ("on", "for", "of") and cap_next(t))


def inverted_postmodifier(t: Token, words: list[Token]) -> bool:
    """Token ``t`` opens a postmodifier of the description after the verb, not an
    adverbial: "from" after an unnamed person (``said a woman from Sanandaj city``, but
    ``said the minister from Geneva``); the words of an unnamed speaker's description stay
    whole.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("said a woman from Sanandaj city", [0])
    >>> inverted_postmodifier(toks[3], toks[1:3])
    True
    >>> toks = tokenize("said the minister from Geneva", [0])
    >>> inverted_postmodifier(toks[3], toks[1:3])
    False
    """
    if t.lower == "from" and words[0].lower in _INDEFINITE:
        return True
    return t.lower in ("in", "from") and bare_plural(words)


def bare_plural(words: list[Token]) -> bool:
    """``words`` are a plural noun with no determiner, lower-case modifiers at most: a group
    of unnamed people whose "in"/"from" after the verb names them ('"Q," chanted protesters
    in Tehran'), not a place the speaker spoke in.

    >>> from ..tokens import tokenize
    >>> bare_plural(tokenize("angry protesters", [0])), bare_plural(tokenize("the protesters", [0]))
    (True, False)
    """
    if not words or len(words) > 3 or words[0].lower in DETERMINERS:
        return False
    if not all(w.text.isalpha() and w.text.islower() for w in words):
        return False
    last = words[-1].lower
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and is_group_word(last)


def relative_before_aside(segments: list[list[Token]]) -> Token | None:
    """``Sri Lanka, which, in an official reaction in Colombo, said``: a relative pronoun
    set off by commas, an aside, then the verb (``segments`` are the comma segments before
    the verb); the pronoun, whose antecedent speaks, else None.

    >>> from ..tokens import tokenize
    >>> from ..clauses import comma_segments
    >>> toks = tokenize("Sri Lanka, which, in a reaction in Colombo,", [0])
    >>> relative_before_aside(comma_segments(toks)).text
    'which'
    """
    if len(segments) < 4 or [t for t in segments[-1] if t.text[0].isalnum()]:
        return None
    rel = [t for t in segments[-3] if t.text[0].isalnum()]
    if len(rel) != 1 or rel[0].lower not in ("which", "who"):
        return None
    return rel[0]


#: Words that open an apposition set off by commas after a name ("Washington, its ally,").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def named_antecedent(before: list[Token]) -> list[Token]:
    """The capitalised run right before a relative pronoun that no actor was read in, an
    apposition set off by commas skipped: ``praise from Walsh, `` before "who" (Walsh),
    ``between Riyadh and Washington, its longtime ally, `` before "which" (Washington);
    empty when the words before the pronoun end in no such run. ``before`` holds every
    token (punctuation too) up to the pronoun.

    >>> from ..tokens import tokenize
    >>> [t.text for t in named_antecedent(tokenize("praise from Walsh, ", [0]))]
    ['Walsh']
    >>> [t.text for t in named_antecedent(tokenize("and Washington, its longtime ally, ", [0]))]
    ['Washington']
    >>> named_antecedent(tokenize("the people, ", [0]))
    []
    """
    toks = list(before)
    if not toks or toks[-1].text != ",":
        return []
    toks.pop()
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    after = commas[-1] + 1 if commas else len(toks)
    if after < len(toks) and toks[after].lower in _APPOSITION_OPENERS:
        toks = toks[: commas[-1]]  # ", its longtime ally": an apposition
    run: list[Token] = []
    for t in reversed(toks):
        if not t.text[0].isupper() or not t.text[0].isalpha():
            break
        run.insert(0, t)
    return run


def without_opening_adverb(segments: list[list[Token]]) -> list[list[Token]]:
    """The comma segments before a verb without a sentence adverb that opens them with its
    comma (``Meanwhile, the Charity Commission, which issued ..., said``), so that the
    subject, not the adverb, heads what is left and a relative clause after it stays an
    aside; the segments themselves when no lone adverb opens them.

    >>> from ..tokens import tokenize
    >>> from ..clauses import comma_segments
    >>> segs = comma_segments(tokenize("Meanwhile, the Commission, which warned, ", [0]))
    >>> [[t.text for t in s if t.text[0].isalnum()] for s in without_opening_adverb(segs)][0]
    ['the', 'Commission']
    >>> len(without_opening_adverb(comma_segments(tokenize("The group, which warned, ", [0]))))
    3

    A preposition and one bare lower-case noun open them so too ("In opposition, the
    American Beverage Association (ABA), which represents Coca-Cola and PepsiCo, said";
    philadelphia_soda_tax_aba_vendingmarketwatch): an adjunct, no body "opposition".

    >>> segs = comma_segments(tokenize("In opposition, the ABA, which represents X, ", [0]))
    >>> [[t.text for t in s if t.text[0].isalnum()] for s in without_opening_adverb(segs)][0]
    ['the', 'ABA']
    """
    words = [t for t in segments[0] if t.text[0].isalnum()] if segments else []
    if len(segments) > 2 and (
        (len(words) == 1 and words[0].lower in ADVERBS) or bare_prepositional(words)
    ):
        return segments[1:]
    return segments


def bare_prepositional(words: list[Token]) -> bool:
    """A preposition and one lower-case noun with no determiner: a fronted adjunct ("In
    opposition", "In response", "By contrast"), never a subject.

    >>> from ..tokens import tokenize
    >>> bare_prepositional(tokenize("In opposition", [0])), bare_prepositional(tokenize("In Paris", [0]))
    (True, False)
    """
    return (
        len(words) == 2
        and words[0].lower in PREPOSITIONS
        and words[1].text.islower()
        and words[1].lower not in DETERMINERS
    )


def opening_inversion(cue: Cue, quote_after: Pair | None, next_word: str) -> bool:
    """A finite reporting verb opens its sentence with a name right after it, no quotation
    between (``Added Lesley McSpadden, whose son, Michael Brown, was killed ...:``): the
    subject is the name after the verb, not what follows its comma as after a fronted
    participle ("Citing a report, an expert said"); not "Said release was published"
    (``next_word``: the word after the verb).

    >>> from ..records import Cue
    >>> opening_inversion(Cue(0, 5, "Added", "add", 0, 0), None, "Lesley")
    True
    >>> opening_inversion(Cue(0, 6, "Citing", "cite", 0, 0), None, "UN")
    False
    >>> opening_inversion(Cue(0, 4, "Said", "say", 0, 0), None, "release")
    False
    """
    finite = not cue.form.lower().endswith("ing") and cue.form.istitle()  # not "CITES"
    finite = finite and cue.lemma not in ("cite", "quote")  # not "Cite Soleil"
    return quote_after is None and finite and next_word[:1].isupper()


def later_named_antecedent(finder, cands: list, s_start: int, rel_start: int) -> SpeakerRef | None:
    """The capitalised run right before a relative pronoun (:func:`named_antecedent`) when it
    comes after the last actor read in the sentence (the last of ``cands``) and names an
    actor itself or is a capital or seat of power (a government's voice, read as written):
    the run is the antecedent, not that earlier actor ("withdraw from the key city of Uvira
    in the eastern Democratic Republic of Congo at the request of Washington, which vowed":
    Washington, not Congo). ``finder`` is the subject finder (its tokens and span resolver);
    None when the rule does not apply."""
    run = named_antecedent(finder.toks_between(s_start, rel_start))
    if not cands or not run or run[0].start < cands[-1].end:
        return None
    start, end = run[0].start, run[-1].end
    ref = finder.resolve_span(start, end, rel_start)
    name = finder.text[start:end]
    low = name.lower()
    if ref is None and (low in CAPITALS or low in SEATS_OF_POWER):
        return SpeakerRef(None, name, start, end)  # a capital speaks for its government
    return ref if ref is not None and ref.actor is not None else None
