"""Splitting a stretch of tokens into clauses, comma segments and asides."""

from __future__ import annotations

from ..inflection import IRREGULAR_PASTS
from .bodies.media import outlet_byline_end
from .clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from .cue_nouns import document_relayed
from .cues import CUE_FORMS
from .joint import joint_speaker
from .names.month_surnames import month_as_surname
from .person_appositions import person_noun
from .records import Cue
from .subjects.interposed import interposed_phrase
from .subtitle_colons import subtitle_colon
from .tokens import Token
from .vocabulary import (
    ADVERBS,
    AUXILIARIES,
    DASHES,
    DETERMINERS,
    FINITE_VERBS,
    MONTHS,
    RELATIVE_PRONOUNS,
    STOP_WORDS,
    TIME_OPENERS,
    TIME_WORDS,
    TITLE_MODIFIERS,
    WORD_RE,
    is_person_head,
)


def clause_words(toks: list[Token]) -> list[list[Token]]:
    """The words of each clause, split at commas and semicolons.

    >>> from .tokens import tokenize
    >>> [[t.text for t in c] for c in clause_words(tokenize("On Monday, she, too, said", [0]))]
    [['On', 'Monday'], ['she'], ['too'], ['said']]
    """
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text in ",;":
            segs.append([])
        elif t.text[0].isalnum():
            segs[-1].append(t)
    return segs


def comma_segments(toks: list[Token]) -> list[list[Token]]:
    """The tokens split at commas, semicolons, colons and dashes outside parentheses; not
    at a colon before a work's subtitle (:func:`~.subtitle_colons.subtitle_colon`)."""
    segments: list[list[Token]] = [[]]
    depth = 0
    for i, t in enumerate(toks):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.text in ",;:—–" and depth == 0 and not subtitle_colon(toks, i):
            segments.append([])
        else:
            segments[-1].append(t)
    return segments


def drop_asides(segments: list[list[Token]]) -> list[list[Token]]:
    """Remove the aside(s) between a subject and its verb; return their words.

    "Santos, a former minister, later told": an adverb alone after the aside means the
    segments before it are asides, up to one that is not a relative clause.
    """
    last_words = [t for t in segments[-1] if t.text[0].isalnum()]
    asides: list[list[Token]] = []
    if not all(t.lower in ADVERBS or t.lower in TIME_WORDS for t in last_words) and not (
        interposed_phrase(last_words)  # "X, the mayor, on Twitter blamed"
    ):
        return asides
    if len(segments) <= 1:
        return asides
    segments.pop()
    while len(segments) > 1:
        aside = [t for t in segments[-1] if t.text[0].isalnum()]
        segments.pop()
        asides.append(aside)
        first = aside[0].lower if aside else ""
        if first not in RELATIVE_PRONOUNS and first not in ("however", "meanwhile", "too"):
            break
    return asides


def name_then_appositions(index, segments: list[list[Token]]) -> bool:
    """The first segment is a person's name and the others are descriptions of that
    person (no verb in them): "X, the lead negotiator from Egypt, last year's host,"; a
    subordinator may open the name's clause ("As Juan Eusebio, a doorman ... told").
    ``index`` is the article's actor index."""
    first = [t for t in segments[0] if t.text[0].isalnum()]
    if len(first) > 1 and first[0].lower in SUBORDINATORS:
        first = first[1:]
    if not first:
        return False
    named = index.mentions_in(first[0].start, first[-1].end)
    if not (len(named) == 1 and named[0].actor.kind == "person"):
        return False
    if named[0].start != first[0].start or named[0].end < first[-1].start:
        return False
    return all(
        not any(t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS for t in seg)
        for seg in segments[1:]
    )


def unclosed_title_apposition(segments: list[list[Token]]) -> bool:
    """Two segments, the second a description that ends in a person's title and runs up to
    the verb without a closing comma: ``"...," Juliette Touma, UNICEF's communications
    chief said`` (the name before the comma is the subject, not UNICEF).

    >>> from .tokens import tokenize
    >>> unclosed_title_apposition(comma_segments(tokenize("Touma, UNICEF's chief", [0])))
    True
    >>> unclosed_title_apposition(comma_segments(tokenize("In Geneva, UNICEF", [0])))
    False
    """
    if len(segments) != 2:
        return False
    last = [t for t in segments[-1] if t.text[0].isalnum()]
    if bool(last) and last[-1].text.islower() and is_person_head(last[-1].lower):
        return True
    if _indefinite_description(last):
        return True  # "Juan Eusebio, a 32-year-old doorman at the W Hotel in Boston told"
    return _head_with_portfolio(last) or _title_of_body(last) or _title_of_place(last)


def _indefinite_description(words: list[Token]) -> bool:
    """``a 32-year-old doorman at the W Hotel in Boston and a member of the local union's
    negotiating team``: words that open with "a"/"an" and hold no verb describe someone,
    never name a subject of their own (the name before the comma is the subject).

    >>> from .tokens import tokenize
    >>> _indefinite_description(tokenize("a doorman at the hotel", [0]))
    True
    >>> _indefinite_description(tokenize("a spokesman who was there", [0]))
    False
    >>> _indefinite_description(tokenize("the agency", [0]))
    False
    """
    return (
        len(words) >= 2
        and words[0].lower in ("a", "an")
        and not any(w.lower in FINITE_VERBS or w.lower in RELATIVE_PRONOUNS for w in words)
    )


def _title_of_place(words: list[Token]) -> bool:
    """``U.S. CBP Director of Field Office Los Angeles``: a description whose person's
    title is followed by "of"/"for"/"at"/"in" and capitalised words up to the verb (the
    office or place it serves), no verb in it: the name before the comma is the subject,
    not the place ("Todd C. Owen, U.S. CBP Director of Field Office Los Angeles said").

    >>> from .tokens import tokenize
    >>> _title_of_place(tokenize("U.S. CBP Director of Field Office Los Angeles", [0]))
    True
    >>> _title_of_place(tokenize("the director of the agency", [0]))
    False
    """
    if any(w.lower in FINITE_VERBS or w.lower in RELATIVE_PRONOUNS for w in words):
        return False
    for k in range(len(words) - 2):
        if is_person_head(words[k].lower) and words[k + 1].lower in ("of", "for", "at", "in"):
            return all(w.cap for w in words[k + 2 :])
    return False


def _title_of_body(words: list[Token]) -> bool:
    """``chief executive of the charity Action on Smoking and Health (ASH)``,
    ``Partner and Head of Data Protection at Acme``: a person's title (its words joined
    by "and"), then "of"/"for"/"at" and the body it serves.

    >>> from .tokens import tokenize
    >>> _title_of_body(tokenize("chief executive of the charity ASH", [0]))
    True
    >>> _title_of_body(tokenize("the ministry of health", [0]))
    False
    >>> _title_of_body(tokenize("Partner and Head of Policy at Acme", [0]))
    True
    """
    k = 1 if words and words[0].lower in ("the", "a", "an") else 0
    j = k
    while (j < len(words) and _title_word(words[j].lower)) or _joins_titles(words, j, k):
        j += 1
    return (
        k < j < len(words) - 1
        and words[j].lower in ("of", "for", "at")
        and any(is_person_head(w.lower) for w in words[k:j])
    )


def _joins_titles(words: list[Token], j: int, k: int) -> bool:
    """``Partner and Head of Data Protection at the firm``: "and" between two words of a
    person's title (as written on a business card, capitalised or not) joins them.

    >>> from .tokens import tokenize
    >>> _joins_titles(tokenize("Partner and Head of Policy", [0]), 1, 0)
    True
    >>> _joins_titles(tokenize("Policy and Data", [0]), 1, 0)
    False
    """
    return (
        k < j < len(words) - 1
        and words[j].lower == "and"
        and _title_word(words[j - 1].lower)
        and _title_word(words[j + 1].lower)
    )


def _title_word(low: str) -> bool:
    """A lower-case word of a person's title: "chief", "executive", "deputy"."""
    return low not in ("of", "for", "at") and (is_person_head(low) or low in TITLE_MODIFIERS)


def _head_with_portfolio(words: list[Token]) -> bool:
    """``MTN's group executive for corporate affairs``: an owner's name, a noun describing
    a person, "for"/"of" and lower-case words up to the verb (at most four)."""
    if len(words) < 4 or not (words[0].poss and words[0].cap):
        return False
    link = next((k for k, w in enumerate(words) if w.lower in ("for", "of")), None)
    if link is None or link < 2 or len(words) - link > 5 or not person_noun(words[link - 1]):
        return False
    return all(w.text.islower() for w in words[link:])


def listed_subject(text: str, index, segments: list[list[Token]]) -> list[Token] | None:
    """The words of a list of states, bodies or people that the commas cut into segments and the
    last segment closes with "and": ``The US, UK and France said`` (segments "The US",
    "UK and France") is one subject, not "UK and France"; None when the segments before
    the last are no such list. ``index`` is the article's actor index."""
    last = [t for t in segments[-1] if t.text[0].isalnum()]
    if len(segments) < 2 or not last or "and" not in [t.lower for t in last]:
        return None
    k = len(segments) - 1
    while k > 0:
        prev = [t for t in segments[k - 1] if t.text[0].isalnum()]
        prev = prev[1:] if prev and prev[0].lower == "the" else prev
        m = index.mention_starting(prev[0].start) if prev else None
        if (
            m is None
            or m.end < prev[-1].end
            or m.actor.kind not in ("state", "organisation", "person")
        ):
            break
        k -= 1
    words = [t for seg in segments[k:] for t in seg if t.text[0].isalnum()]
    first = words[1] if words[0].lower == "the" else words[0]
    m = index.mention_starting(first.start)
    joint = joint_speaker(text, index, m) if m is not None and k < len(segments) - 1 else None
    return words if joint is not None and joint[1] == last[-1].end else None


def temporal_clause_subject(tokens: list[Token], k: int) -> bool:
    """The subject that starts at ``tokens[k]`` opens a temporal clause ("after", "before",
    "since", "until", "once" right before it), so its verb is no attribution closing the
    quotation before it: ``blaming the board for "not doing its job," after the company
    said it may need to close plants`` (the words are the blamer's, not the company's).

    >>> from .tokens import tokenize
    >>> words = tokenize('for "Q," after the company said', [0])
    >>> temporal_clause_subject(words, 6), temporal_clause_subject(words, 7)
    (True, False)
    """
    return k > 0 and tokens[k - 1].lower in TEMPORAL_SUBORDINATORS


def _verb_before(words: list[Token]) -> bool:
    """A lower-case verb among ``words`` (an auxiliary, a reporting verb, an irregular past
    or an -ed form not after a determiner): the words already make a clause with its own
    verb ("Nvidia shares climbed 2% Wednesday after CEO Jensen Huang [declared]").

    >>> from .tokens import tokenize
    >>> _verb_before(tokenize("Mora spoke", [0])), _verb_before(tokenize("The envoy", [0]))
    (True, False)
    >>> _verb_before(tokenize("Nvidia shares climbed", [0]))
    True
    >>> _verb_before(tokenize("The armed group", [0]))
    False
    """
    return any(
        w.text.islower()
        and (
            w.lower in FINITE_VERBS
            or w.lower in CUE_FORMS
            or w.lower in IRREGULAR_PASTS
            or _past_form(w, words[k - 1] if k else None)
        )
        for k, w in enumerate(words)
    )


def _past_form(w: Token, before: Token | None) -> bool:
    """``w`` reads as a regular past ("climbed", "changed"), not an adjective after a
    determiner ("the armed group")."""
    if len(w.lower) < 5 or not w.lower.endswith("ed") or not w.text.isalpha():
        return False
    return before is None or before.lower not in DETERMINERS


def after_subordinator(words: list[Token]) -> list[Token]:
    """The words after the last subordinating conjunction that opens a new clause with its
    own subject: ``The UN Security Council began a meeting on Tuesday as the UN envoy for
    Myanmar [urged]`` gives ``the UN envoy for Myanmar`` ("such as", "as well as", "known as"
    and "as" before a lower-case word do not open a clause: ``A new draft of what's known as
    the global stocktake [called for]`` keeps the draft).

    >>> from .tokens import tokenize
    >>> words = tokenize("The council met as the envoy", [0])
    >>> [w.text for w in after_subordinator(words)]
    ['the', 'envoy']
    >>> [w.text for w in after_subordinator(tokenize("Mora spoke after Haiti's minister", [0]))]
    ["Haiti's", 'minister']
    >>> len(after_subordinator(tokenize("A draft of what is known as the stocktake", [0])))
    9
    >>> [w.text for w in after_subordinator(tokenize("X hailed it while fellow lawyer Ali", [0]))]
    ['fellow', 'lawyer', 'Ali']
    >>> [w.text for w in after_subordinator(tokenize("a grade because inspectors", [0]))]
    ['inspectors']
    >>> [w.text for w in after_subordinator(tokenize("X brought claims but Mr Y", [0]))]
    ['Mr', 'Y']
    """
    for k in range(len(words) - 2, 0, -1):
        w, nxt = words[k], words[k + 1]
        if (w.lower in TEMPORAL_SUBORDINATORS or w.lower == "but") and _verb_before(words[:k]):
            pass  # "Mora spoke after Haiti's minister [asked]", "X acts but Mr Y [said]"
        elif w.lower not in SUBORDINATORS or words[k - 1].lower in ("such", "well", "as", "known"):
            continue
        if nxt.lower in ("the", "a", "an", "his", "her", "its", "their") or nxt.cap:
            return words[k + 1 :]
        if w.lower != "as" and bare_plural_subject(words[k + 1 :]):
            return words[k + 1 :]  # "an 'inadequate' grade because inspectors [claim]"
        if w.lower in ("while", "whereas") and any(x.cap for x in words[k + 2 : k + 4]):
            return words[k + 1 :]  # "hailed the decision while fellow lawyer Airaz Ali"
    return words


def bare_plural_subject(words: list[Token]) -> bool:
    """``words`` (after a subordinator, up to the verb) are a bare plural noun phrase in
    lower case, one to three words: the subordinate clause's own subject ("because
    inspectors [claim]", "although local residents [say]", "while some critics [argued]").

    >>> from .tokens import tokenize
    >>> [bare_plural_subject(tokenize(s, [0])) for s in ("inspectors", "local residents")]
    [True, True]
    >>> [bare_plural_subject(tokenize(s, [0])) for s in ("the press", "it was", "bus")]
    [False, False, False]
    """
    return (
        0 < len(words) <= 3
        and all(w.text.isalpha() and w.text.islower() for w in words)
        and words[-1].lower.endswith("s")
        and not words[-1].lower.endswith(("ss", "us", "is"))
        and len(words[-1].lower) > 3
        and not any(w.lower in STOP_WORDS or w.lower in AUXILIARIES for w in words)
    )


def long_subject_before(between: str, offset: int, cue: Cue) -> bool:
    """``"Q," the office of the United Nation's High Commissioner for Human Rights Zeid
    Ra'ad Al-Hussein said``: a long name or title between a quote and its verb, with no
    comma inside, is the verb's subject when the subject found for the verb starts at its
    first word (``between`` is the text from ``offset`` to the cue; at most 24 words).

    >>> from .records import SpeakerRef
    >>> cue = Cue(40, 44, "said", "say", 0, 9)
    >>> cue.subject = SpeakerRef(None, "the office", 2, 12)
    >>> long_subject_before(", the office of a very long title said", 0, cue)
    True
    >>> long_subject_before(", the office of a long, long title said", 0, cue)
    False
    """
    words = list(WORD_RE.finditer(between))
    if cue.subject is None or not words or len(words) > 24:
        return False
    first = words[0].start()
    return offset + first == cue.subject.start and "," not in between[first:]


def without_apposition(between: str) -> str:
    """The words between a quote and its post-posed verb without the aside that describes
    the speaker: ``, Heather Barr, associate director of the Women's Rights Division at
    HRW, was quoted as saying`` counts as ``Heather Barr was quoted as saying``.

    >>> without_apposition(" Jane Doe, the director of a very long named division, said")
    'Jane Doe said'
    """
    parts = between.lstrip(" ,—–-").split(",")
    if len(parts) < 3:
        return between
    return parts[0] + parts[-1]


def without_time_tail(chosen: list[Token]) -> list[Token]:
    """The words without the adverbs and time phrases that close them: ``Guterres issued a
    report in November`` → ``Guterres issued a report``; ``... said on Monday`` → ``... said``.

    >>> from .tokens import tokenize
    >>> [t.text for t in without_time_tail(tokenize("He issued a report in November", [0]))]
    ['He', 'issued', 'a', 'report']
    >>> [t.text for t in without_time_tail(tokenize("Ms May", [0]))]  # a surname
    ['Ms', 'May']
    """
    while chosen and (
        chosen[-1].lower in ADVERBS
        or chosen[-1].lower in TIME_WORDS
        or (chosen[-1].lower in MONTHS and not month_as_surname(chosen, len(chosen) - 1))
    ):
        chosen = chosen[:-1]
        if chosen and chosen[-1].lower in ("on", "last", "this", "at", "in", "early", "late"):
            chosen = chosen[:-1]
    return chosen


def after_time_opening(words: list[Token]) -> list[Token]:
    """The words after a time phrase that opens them with no comma, when an article follows
    it: ``Last week the Chinese Foreign Ministry spokesperson Wang Wenbin`` → ``the Chinese
    ...``; other words as they are.

    >>> from .tokens import tokenize
    >>> [t.text for t in after_time_opening(tokenize("Last week the spokesman Li", [0]))]
    ['the', 'spokesman', 'Li']
    >>> len(after_time_opening(tokenize("The spokesman Li", [0])))
    3
    """
    k = 0
    while k < min(len(words), 3) and (
        words[k].lower in TIME_WORDS or words[k].lower in TIME_OPENERS
    ):
        k += 1
    if 0 < k < len(words) and words[k - 1].lower in TIME_WORDS and words[k].lower == "the":
        return words[k:]
    return words


def after_inner_verb(chosen: list[Token]) -> list[Token]:
    """The words after the last reporting verb or "that" inside a subject clause: ``said her
    report`` -> ``her report``; not a cue form after a determiner (``a report on``) or a
    possessive (``the ministry's written court submission``: an adjective) nor one followed
    only by a time phrase (``The member states on Saturday``).

    >>> from .tokens import tokenize
    >>> [t.text for t in after_inner_verb(tokenize("officials said her report", [0]))]
    ['her', 'report']
    >>> len(after_inner_verb(tokenize("the ministry's written court submission", [0])))
    5
    >>> len(after_inner_verb(tokenize("A statement read on national television", [0])))
    6
    """
    for i in range(len(chosen) - 1, -1, -1):
        if (
            chosen[i].lower == "that"
            or (
                chosen[i].lower in CUE_FORMS
                and chosen[i].text.islower()
                and i < len(chosen) - 1
                and not (i > 0 and (chosen[i - 1].lower in DETERMINERS or chosen[i - 1].poss))
                and not (i > 0 and chosen[i - 1].lower == "of")  # "court of appeal judge"
                and not (i > 0 and document_relayed(chosen, i - 1))  # "A statement read on TV"
                and without_time_tail(chosen[i + 1 :])
            )
        ):
            return chosen[i + 1 :]
    return chosen


def after_dateline(text: str, segments: list[list[Token]]) -> list[list[Token]]:
    """The comma segments of a paragraph's first words (``text`` the article's) without a
    dateline: one to three capitalised words that open the paragraph, closed by a dash, a
    name after it (``Addis Abeba– Olusegun Obasanjo, former Nigerian president,
    cautioned``: Obasanjo, not the city); nor an outlet's byline (``Ammon News - AMMONNEWS
    - The government condemned``: :func:`~.media_bodies.outlet_byline_end`).

    >>> from .tokens import tokenize
    >>> s = "Addis Abeba– Olusegun Obasanjo, a mediator,"
    >>> [[t.text for t in seg] for seg in after_dateline(s, comma_segments(tokenize(s, [0])))]
    [['Olusegun', 'Obasanjo'], ['a', 'mediator'], []]
    >>> s = "Obasanjo, a former president – and mediator"
    >>> len(after_dateline(s, comma_segments(tokenize(s, [0]))))
    3
    """
    if segments and segments[0] and (n := outlet_byline_end(segments[0])):
        start = segments[0][0].start
        if not text[:start].strip() or text[:start].endswith("\n"):
            return [segments[0][n:], *segments[1:]]  # "Ammon News - AMMONNEWS - The ..."
    if len(segments) < 2 or not 1 <= len(segments[0]) <= 3 or not segments[1]:
        return segments
    first, nxt = segments[0], segments[1]
    opens = not text[: first[0].start].strip() or text[: first[0].start].endswith("\n")
    dash = text[first[-1].end : nxt[0].start].strip() in DASHES
    if opens and dash and all(t.cap for t in first) and nxt[0].cap:
        return segments[1:]
    return segments
