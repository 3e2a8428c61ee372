"""Words and runs that are no person's name: stop words and courtesy titles alone ("Ms"),
a pronoun's contraction ("I'm", "You'll"), a quoted phrase closed inside a run ("‘Promise’
Against"), runs that hold a place, a stop word or a month, or end in an acronym or a demonym; a
legislator's party designation ("R-Altamonte Springs"); names of regions and peoples that a
"he" or "she" never points back to ("Maryland", "Rohingya")."""

from __future__ import annotations

import itertools
import re

from ...wordlists import word_table
from ..common_nouns import capitalised_common_noun, describing_word
from ..cues import CUE_FORMS
from ..person_appositions import place_word_in_run
from ..tokens import written_in_lower_case
from ..vocabulary import (
    ACRONYMS,
    COUNTRIES,
    COURTESY_TITLES,
    DEMONYMS,
    GEOGRAPHIC_WORDS,
    GROUP_NOUNS,
    PARTY_MEMBER_NOUNS,
    RENAMED_OFFICE_TITLES,
    STOP_WORDS,
)
from .given_stop_words import given_name_opening
from .parts import (
    acronym_spelled_name_end,
    demonym_ends_run,
    name_initial,
    place_name_start,
    stop_word_surname,
)
from .regnal import regnal_realm

#: Words never read as a one-word name: stop words, and courtesy titles ("Ms" in "Ms May").
NOT_A_NAME = STOP_WORDS | COURTESY_TITLES

#: Regions below a country and peoples ("Maryland", "Rohingya"): names no person goes by.
PLACE_AND_PEOPLE_NAMES = frozenset(row["name"] for row in word_table("place_and_people_names"))

#: A party letter, a hyphen and a constituency after a legislator's name: "R-Altamonte", "D-Calif.".
_PARTY_DESIGNATION = re.compile(r"[RDI]-[A-Z]")

#: What a pronoun's contraction ends in: "I'm", "We're", "You'll", "I've", "I'd".
CONTRACTION_ENDS = frozenset(["m", "re", "ll", "ve", "d"])


def not_a_name_word(word: str) -> bool:
    """The lower-case ``word`` never names anyone alone: a stop word or a courtesy title
    ("Nobody said it would be easy", "Ms"), or a stop word's contraction opening a sentence
    in a quotation ("You'll note that I've excluded ...").

    >>> [not_a_name_word(w) for w in ("nobody", "you'll", "we’re", "o'brien", "ndung'u")]
    [True, True, True, False, False]
    """
    head, mark, end = word.replace("’", "'").partition("'")
    return word in NOT_A_NAME or (bool(mark) and head in STOP_WORDS and end in CONTRACTION_ENDS)


def quotation_closed_before(toks: list, a: int, j: int) -> bool:
    """The word before ``toks[j]`` closes a quotation opened right before the capitalised
    run that starts at ``a`` or inside it: a title's quoted phrase ends there, and the run
    with it ("New Drug Shows ‘Promise’ Against Coronavirus", "Slams ‘Misleading’ X Posts"
    are no body "Promise’ Against Coronavirus"); a plural's possessive ("Farmers’
    Federation") or a particle ("O' Brien") closes nothing.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Drug Shows ‘Promise’ Against Coronavirus", [0])
    >>> quotation_closed_before(toks, 3, 4), quotation_closed_before(toks, 3, 5)
    (True, False)
    >>> toks = tokenize("the National Farmers’ Federation", [0])
    >>> quotation_closed_before(toks, 1, 3)
    False
    """
    prev = toks[j - 1]
    if prev.poss or len(prev.text) < 3 or prev.text[-1] not in "’'":
        return False
    return any(t.text in ("‘", "'") for t in toks[max(0, a - 1) : j - 1])


def _surname_cased(word: str) -> bool:
    """A two-letter word written as a surname, not as an acronym: "Au" (of "Rhoda Au"), not
    "AU" (the African Union).

    >>> _surname_cased("Au"), _surname_cased("AU"), _surname_cased("Nato")
    (True, False, False)
    """
    return len(word) == 2 and word[0].isupper() and word[1].islower()


def not_a_name(text: str, toks: list, span: tuple[int, int], name_idx: list[int], is_month) -> bool:
    """The run ``span`` holds a place, a stop word or a month (``is_month(k)``), or ends
    in an acronym or a demonym: no person's name; but a sovereign's name keeps its realm
    ("Queen Margrethe II of Denmark")."""
    a, b = span
    if regnal_realm(toks, name_idx) or given_name_opening(toks, a, b):
        return False  # "Queen Margrethe II of Denmark", "Will Hedden", "April Sutherland"
    return (
        any(
            place_word_in_run(toks, k, b, GEOGRAPHIC_WORDS)
            or (
                toks[k].lower in STOP_WORDS
                and not name_initial(toks, k, text)
                and not stop_word_surname(toks, k, name_idx[0])  # "Tamer Ramadan"
                and not place_name_start(toks, k)  # "New York Times"
            )
            or is_month(k)
            for k in name_idx
        )
        or (
            (toks[b - 1].lower in ACRONYMS or toks[b - 1].lower in ("un", "u.n."))
            and not acronym_spelled_name_end(toks, a, b)  # "Kim Jong Un"
            and not _surname_cased(toks[b - 1].text)  # "Rhoda Au" is no "AU"
        )
        or demonym_ends_run(toks, a, b)  # "Latin American leaders": an adjective
    )


def party_designation(toks: list, a: int) -> bool:
    """The run at ``toks[a]`` is a legislator's party and place set off after the name
    ("Sen. David Simmons, R-Altamonte Springs, chairman", "Sen. Ron Wyden (D-Ore.)"): no
    person, whatever the words after the hyphen.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Sen. David Simmons, R-Altamonte Springs, chairman", [0])
    >>> [party_designation(toks, k) for k in (2, 5)]
    [False, True]
    >>> party_designation(tokenize("the B-Movie Kings", [0]), 1)
    False
    """
    return (
        a >= 1
        and toks[a - 1].text in ("(", ",")
        and _PARTY_DESIGNATION.match(toks[a].text) is not None
    )


def place_party_designation(toks: list, a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is a place and a party's member after "the", no name before
    or after it: a description of a politician the text names elsewhere ("Sen. Robert
    Menendez said ... the New Jersey Democrat told", "The Illinois Democrat called",
    "the Missouri Republican"), not the name of anyone nor a newspaper ("told The Dundalk
    Democrat", its capital "The" inside a sentence) nor a title before a name ("Illinois
    Democrat Dick Durbin").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("the New Jersey Democrat told CEO John Stumpf", [0])
    >>> place_party_designation(toks, 1, 4)
    True
    >>> toks = tokenize("he told The Dundalk Democrat that", [0])
    >>> place_party_designation(toks, 2, 5), place_party_designation(toks, 3, 5)
    (False, False)
    >>> place_party_designation(tokenize("the Illinois Democrat Dick Durbin said", [0]), 1, 3)
    False
    """
    if b - a < 2 or toks[b - 1].lower not in PARTY_MEMBER_NOUNS:
        return False
    if toks[a].lower == "the":
        a += 1
    opens = a >= 1 and toks[a - 1].lower == "the"
    if not opens or (toks[a - 1].text == "The" and a >= 2 and toks[a - 2].text not in '.!?"”'):
        return False  # "told The Dundalk Democrat": a newspaper
    place = " ".join(t.lower for t in toks[a : b - 1])
    after = toks[b] if b < len(toks) else None
    return (place in PLACE_AND_PEOPLE_NAMES or place in COUNTRIES) and not (
        after is not None and after.cap and after.text[0].isalpha()
    )


def place_office_designation(toks: list, a: int, b: int) -> bool:
    """The run ``toks[a:b]`` ends in an office's acronym in capitals after a place or a
    party, all after "the" (maybe "the former"), no name after it: a description of a
    politician named elsewhere (page politician_dog_attack_coco_sargeant_bbc: "Labour
    Senedd member Jack Sargeant" ... "the Alyn and Deeside MS said"; page
    rising_road_deaths_odonnell_rsa_irishtimes: "added the former Progressive Democrats
    TD"), not a title before a name ("Kerry TD Michael Healy-Rae").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Earlier, the Alyn and Deeside MS said", [0])
    >>> place_office_designation(toks, 5, 7)
    True
    >>> toks = tokenize("such as Kerry TD Michael Healy-Rae to", [0])
    >>> place_office_designation(toks, 2, 4)
    False
    """
    last = toks[b - 1]
    if b - a < 2 or last.lower not in RENAMED_OFFICE_TITLES or not last.text.isupper():
        return False
    i = a
    while i > 0 and a - i < 4 and (toks[i - 1].cap or toks[i - 1].lower in ("and", "of")):
        i -= 1
    if i > 0 and toks[i - 1].lower == "former":
        i -= 1
    after = toks[b] if b < len(toks) else None
    return (
        i > 0
        and toks[i - 1].lower == "the"
        and not (after is not None and after.cap and after.text[0].isalpha())
    )


def politician_description(toks: list, a: int, b: int) -> bool:
    """The run ``toks[a:b]`` describes a politician named elsewhere by party and place
    (:func:`place_party_designation`: "the New Jersey Democrat") or by an office after a
    place or party (:func:`place_office_designation`: "the Alyn and Deeside MS").

    >>> from ..tokens import tokenize
    >>> politician_description(tokenize("the former Progressive Democrats TD said", [0]), 2, 5)
    True
    """
    return place_party_designation(toks, a, b) or place_office_designation(toks, a, b)


def modifies_plural_group(toks: list, b: int) -> bool:
    """The capitalised run ending before ``toks[b]`` modifies the lower-case plural group
    noun right after it: "Conservative Senedd members warned", "Labour councillors said",
    "Taliban leaders said": the members speak, the run is no person.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Conservative Senedd members warned", [0])
    >>> modifies_plural_group(toks, 2), modifies_plural_group(toks, 1)
    (True, False)
    >>> modifies_plural_group(tokenize("Joe Biden administration", [0]), 2)
    False
    >>> modifies_plural_group(tokenize("Mayor Winfield states", [0]), 2)
    False
    """
    nxt = toks[b] if b < len(toks) else None
    return (
        nxt is not None
        and nxt.text.islower()
        and nxt.lower in GROUP_NOUNS
        and nxt.lower.endswith("s")
        and nxt.lower not in CUE_FORMS  # "Mayor Winfield states, "Q"": a verb
        and nxt.start == toks[b - 1].end + 1
    )


def no_person_name(name: str) -> bool:
    """``name`` (an actor's name) is a place, a people or a party designation, never a
    person a "he" or "she" points back to ("Maryland", "New York", "Rohingya",
    "R-Altamonte Springs"), however the name finder read it.

    >>> [no_person_name(n) for n in ("Maryland", "Rohingya", "R-Altamonte Springs", "Keith Crum")]
    [True, True, True, False]
    """
    low = name.lower()
    return (
        low in PLACE_AND_PEOPLE_NAMES
        or low in COUNTRIES
        or low in DEMONYMS
        or _PARTY_DESIGNATION.match(name) is not None
    )


def opening_cue_verb(toks: list, i: int) -> bool:
    """``toks[i]`` is a reporting verb opening its sentence, capitalised there, before the
    speaker's name (the subject put after the verb): "Said Ms Casey: ...", "Added Lesley
    McSpadden, whose son ...". Not when another reporting verb follows in the sentence
    ("Said Benkirane told reporters": a given name).

    >>> from hrlesson.speech.tokens import tokenize
    >>> opening_cue_verb(tokenize("Added Lesley McSpadden, whose son was killed.", [0]), 0)
    True
    >>> opening_cue_verb(tokenize("Said Benkirane told reporters.", [0]), 0)
    False
    """
    t = toks[i]
    if not (t.cap and t.lower in CUE_FORMS) or i + 1 >= len(toks):
        return False
    opens = i == 0 or toks[i - 1].sent != t.sent or not toks[i - 1].text[:1].isalnum()
    nxt = toks[i + 1]
    if not (opens and nxt.sent == t.sent and nxt.cap):
        return False
    rest = itertools.takewhile(lambda u: u.sent == t.sent, toks[i + 1 :])
    return not any(u.lower in CUE_FORMS for u in rest)


def opens_no_run(toks: list, i: int, sentence_kind: str) -> bool:
    """``toks[i]`` opens no capitalised name run: not a capitalised word, a dateline's
    word, or a reporting verb put before its subject ("Said Ms Casey":
    :func:`opening_cue_verb`)."""
    t = toks[i]
    return (
        not (t.cap and t.text[0].isalpha())
        or sentence_kind == "dateline"
        or opening_cue_verb(toks, i)
    )


def capitals_after_lead_article(toks: list, k: int) -> bool:
    """``A UNION has warned``: ``toks[k]`` is a word of three letters or more in capitals
    after "A" or "An" opening the sentence (a lead written in capitals, or an acronym: "A
    NATO spokesman said").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("A UNION has warned. The NATO spokesman said", [0, 20])
    >>> capitals_after_lead_article(toks, 1), capitals_after_lead_article(toks, 6)
    (True, False)
    """
    tok = toks[k]
    if k == 0 or len(tok.text) < 3 or not (tok.text.isalpha() and tok.text.isupper()):
        return False
    before = toks[k - 1]
    opens = k == 1 or toks[k - 2].sent != before.sent
    return before.sent == tok.sent and before.lower in ("a", "an") and opens


def capitals_lead_noun(text: str, toks: list, k: int) -> bool:
    """``A UNION has warned that there could be "major disruption"`` ... ``The union says``:
    a word in capitals after a lead article (:func:`capitals_after_lead_article`) is a
    common noun, not an acronym, when the article writes it in lower case elsewhere.

    >>> from ..tokens import tokenize
    >>> text = "A UNION has warned. The union says so. A NATO spokesman said"
    >>> toks = tokenize(text, [0, 20, 39])
    >>> capitals_lead_noun(text, toks, 1), capitals_lead_noun(text, toks, 10)
    (True, False)
    """
    if not capitals_after_lead_article(toks, k):
        return False
    return written_in_lower_case(text, toks[k].lower)


def common_word_at(text: str, toks: list, k: int) -> bool:
    """The unknown capitalised word at ``toks[k]`` is a common noun, no name: a description
    ("Experts report", "Charities have criticised"), a noun capitalised at its sentence's
    head that the article writes in lower case too ("Media reports that ..."), or a lead's
    word in capitals (:func:`capitals_lead_noun`: "A UNION has warned").

    >>> from ..tokens import tokenize
    >>> text = "Experts report. A UNION has warned. The union says."
    >>> toks = tokenize(text, [0, 16, 36])
    >>> common_word_at(text, toks, 0), common_word_at(text, toks, 4), common_word_at(text, toks, 9)
    (True, True, False)
    """
    return (
        describing_word(toks[k].lower)
        or capitalised_common_noun(text, toks, k)
        or capitals_lead_noun(text, toks, k)
    )
