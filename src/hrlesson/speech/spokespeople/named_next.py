"""Speakers named after the words: an indefinite spokesperson whom the next sentence names
("A spokesman for the UN refugee agency said ... "Q," Ron Redmond told a press briefing"),
a state's or body's words quoted again by its own envoy or official."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import sentence_at
from ..headline_cues import HEADLINE_KINDS
from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import (
    COUNTRIES,
    DEMONYMS,
    GENERIC_TITLES,
    RANK_ABBREVIATIONS,
    TITLE_HEADS,
    normalised_words,
)
from .titles import SPOKESPERSON_TITLES, SPOKESPERSON_WORDS

#: The evidence for a speaker placed by :func:`spokesperson_named_next`.
NAMED_NEXT = "a spokesperson named right after the quotation"

#: The evidence for a speaker placed by :func:`repeated_by_own_person`.
SAID_AGAIN = "its own person, who says the same words again later"

#: Words opening a sentence set before the one it follows: data/words/earlier_time_openers.txt.
EARLIER_TIME_OPENERS = word_set("earlier_time_openers")

#: The first word of a sentence (after any opening quotation mark).
_FIRST_WORD = re.compile(r"[\s\"“‘']*([A-Za-z]+)")

#: An abbreviated rank right before a name ("Sen. ", "Gov. ").
_RANK_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4})\.\s+$")

#: Nouns of a person's own post or trade that may stand right before their name
#: ("Holidaysplease agent Jenny Jackson"): data/words/person_nouns.txt, role_nouns.txt and the
#: title heads, generic titles ("official") aside.
_OWN_POST_NOUNS = (word_set("person_nouns") | word_set("role_nouns") | TITLE_HEADS) - GENERIC_TITLES

#: The two words right before a name.
_WORDS_BEFORE = re.compile(r"(?:([\w-]+)\s+)?([\w-]+)\s+$")

#: Fewer words than this in a state's or a body's quotation are its own person's only
#: when their longer quotation opens with them (see :func:`says_again`).
_REPEATED_WORDS = 4


def spokesperson_named_next(index, sents, sent_of, speakerish, head: str, at: int) -> Actor | None:
    """The person an indefinite spokesperson turns out to be: ``A spokesman for the UN
    High Commissioner for Refugees said ... "Q," Ron Redmond told a press briefing.``
    The first person of the next two sentences who stands next to a reporting verb
    (``speakerish``), named there for the first time (not before the description), is the
    spokesman; in the description's own sentence only one right after a quotation. A
    heading line names no spokesperson ("Cruiser SB denied emergency authorisation for
    2025" under "..., a spokesperson for the department added"). ``index`` is the article's actor index; ``sents`` and ``sent_of`` its
    sentences. A person given a spokesperson's title in apposition ("Stéphane Dujarric,
    Spokesman for the Secretary-General, said", "spokesman for the secretary-general,
    Stephane Dujarric, told") speaks there too.
    """
    if head not in SPOKESPERSON_WORDS:
        return None
    s = sent_of(at)
    for k in range(s, min(s + 3, len(sents))):
        if index.sentence_kind(k) in HEADLINE_KINDS:
            continue
        start, end = sents[k][3], sents[k][4]
        for m in index.mentions_in(max(start, at), end):
            titled = spokesperson_apposition(index.text, m.start, m.end)
            if not (titled or m.start in speakerish) or m.in_quote or m.actor.first[0] < at:
                continue
            if (
                reporting_source(index.text, m.end)
                or named_otherwise(index.text, m)
                or (
                    (other_role(m.actor) or ranked_name(index.text, m.actor.first[0]))
                    and not titled
                )
            ):
                continue  # "As SPIEGEL reported", "his counterpart X": not the spokesperson
            if k > s and set_at_earlier_time(index.text[start : m.start]):
                continue  # "Last month, State Department spokesperson Matthew Miller warned"
            if k == s and not after_quotation(index.text, m.start):
                continue  # "a spokesman said ... while Minister X said": another speaker
            return m.actor
    return None


def set_at_earlier_time(opening: str) -> bool:
    """The sentence whose words up to a name are ``opening`` starts with a time before
    the one the article reports ("Last month, State Department spokesperson Matthew Miller
    warned ..." after "a spokesperson stated Friday"): the person it names spoke on
    another occasion, not the unnamed spokesperson who spoke now.

    >>> set_at_earlier_time("Last month, State Department spokesperson ")
    True
    >>> set_at_earlier_time("Earlier, "), set_at_earlier_time("The spokesperson, ")
    (True, False)
    """
    first = _FIRST_WORD.match(opening)
    return first is not None and first.group(1).lower() in EARLIER_TIME_OPENERS


def spokesperson_of_earlier_time(index, heads, pos: int) -> bool:
    """A spokesperson's title (``heads``: its head words) whose holder the text names at
    ``pos``, in a sentence set at an earlier time (:func:`set_at_earlier_time`): "a
    spokesperson stated Friday" ... "Last month, State Department spokesperson Matthew
    Miller warned" (us_expels_russian_diplomats_spokesperson_ifpnews). A body has many
    spokespeople; the one named for another occasion is not the unnamed one who spoke.

    >>> from hrlesson.article import article_from_text
    >>> from hrlesson.speech.actor_index import ActorIndex
    >>> t = "A spokesperson said so. Last month, State Department spokesperson Matthew Miller warned."
    >>> index = ActorIndex(article_from_text(t, date="2024-01-05"), [])
    >>> at = t.index("Matthew")
    >>> spokesperson_of_earlier_time(index, {"spokesperson"}, at)
    True
    >>> spokesperson_of_earlier_time(index, {"minister"}, at)
    False
    """
    if not heads or not set(heads) <= SPOKESPERSON_TITLES:
        return False
    return set_at_earlier_time(index.text[index.sentences[sentence_at(index, pos)][3] : pos])


def may_hold_indefinite(index, heads, at: int, pos: int) -> bool:
    """A person first named at ``pos`` may be who an indefinite description (``heads``: its
    head words) used at ``at`` turns out to be: named after it (not "an Iranian journalist"
    after "Masih Alinejad, an Iranian journalist"), and, for a spokesperson, not in a
    sentence set at an earlier time (:func:`spokesperson_of_earlier_time`).

    >>> from hrlesson.article import article_from_text
    >>> from hrlesson.speech.actor_index import ActorIndex
    >>> t = "An envoy said so. Last month, State Department spokesperson Matthew Miller warned."
    >>> index = ActorIndex(article_from_text(t, date="2024-01-05"), [])
    >>> at = t.index("Matthew")
    >>> may_hold_indefinite(index, {"envoy"}, 3, at)
    True
    >>> may_hold_indefinite(index, {"spokesperson"}, 3, at)
    False
    >>> may_hold_indefinite(index, {"envoy"}, at + 20, at)
    False
    """
    return pos >= at and not spokesperson_of_earlier_time(index, heads, pos)


def ranked_name(text: str, start: int) -> bool:
    """The name at ``start`` follows an abbreviated rank of an office
    (data/words/rank_abbreviations.csv): "a spokesperson for the Library of Congress told
    The Hill" ... "Sen. Martin Heinrich, D-N.M., announced Hayden's firing"
    (librarian_of_congress_hayden_fired_heinrich_justthenews): a senator, not the
    spokesperson.

    >>> text = "Sen. Martin Heinrich announced"
    >>> ranked_name(text, 5), ranked_name("Mr. Martin Heinrich", 4), ranked_name(text, 0)
    (True, False, False)
    """
    rank = _RANK_BEFORE.search(text[max(0, start - 8) : start])
    return rank is not None and rank.group(1).lower() in RANK_ABBREVIATIONS


def titled_for_another_post(text: str, start: int) -> bool:
    """The name at ``start`` follows a noun of a post or a trade that is no spokesperson's
    ("Holidaysplease agent Jenny Jackson said", "Hillmorton High School principal Ann
    Brokenshire said"): a person who speaks for themselves, not the unnamed spokesperson
    quoted just before ('"Q," a cruise line spokesperson told the BBC.'; "an HCA
    spokesperson said").

    >>> titled_for_another_post("Holidaysplease agent Jenny Jackson", 21)
    True
    >>> titled_for_another_post("UNHCR spokesman Ron Redmond", 16)
    False
    >>> titled_for_another_post("the press secretary Ann Li", 20)
    False
    >>> titled_for_another_post('"Q," said Ann Li', 10)
    False
    """
    found = _WORDS_BEFORE.search(text[max(0, start - 60) : start])
    if found is None:
        return False
    before, word = (found.group(1) or "").lower(), found.group(2).lower()
    if word in SPOKESPERSON_WORDS or f"{before}-{word}" in SPOKESPERSON_TITLES:
        return False
    return word in _OWN_POST_NOUNS


def named_otherwise(text: str, mention) -> bool:
    """The person of ``mention``, first named after an unnamed spokesperson spoke, is not
    that spokesperson: their name is one word, a body's or a surname's, never the full
    name a spokesperson is brought in with ("a spokeswoman for the environment agency ...
    said" ... "Avaaz accused Germany"), or a post of their own stands before it
    (:func:`titled_for_another_post`)."""
    if len(mention.actor.name.split()) < 2:
        return True
    return titled_for_another_post(text, mention.actor.first[0])


def reporting_source(text: str, end: int) -> bool:
    """The name ending at ``end`` reports the news ("As SPIEGEL reported,"): a source
    that relays, never the spokesperson who spoke.

    >>> reporting_source("As SPIEGEL reported, Hunt", 10), reporting_source("X told", 1)
    (True, False)
    """
    return re.match(r"\s+(?:has\s+|had\s+)?report(?:ed|s)?\b", text[end : end + 20]) is not None


def other_role(actor: Actor) -> bool:
    """A person the article gives a role that is no spokesperson's ("his German
    counterpart Heiko Maas", "the agency's Regional Director for West and Central Africa,
    Manuel Fontaine"): not the unnamed spokesperson ("his spokesperson said"). A press
    secretary's or a press officer's role is a spokesperson's.

    >>> other_role(Actor("person", "Manuel Fontaine", role="Regional Director"))
    True
    >>> other_role(Actor("person", "Josh Earnest", role="Deputy Press Secretary"))
    False
    """
    role = " ".join((actor.role or "").lower().replace("-", " ").split())
    titles = (t.replace("-", " ") for t in SPOKESPERSON_TITLES)
    return bool(role) and not any(f" {t} " in f" {role} " for t in titles)


def apposed_other_title(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` has a title in apposition that is no spokesperson's
    (a title head, not a generic one such as "official"): "the agency's Regional Director
    for West and Central Africa, Manuel Fontaine, said" is not "his spokesperson" who
    spoke before.

    >>> text = "the agency's Regional Director for Africa, Manuel Fontaine, said"
    >>> apposed_other_title(text, 43, 58)
    True
    >>> text = "Ann Li, the UN agency's spokeswoman, said"
    >>> apposed_other_title(text, 0, 6), apposed_other_title("Ann Li said", 0, 6)
    (False, False)
    """
    words = [w.lower() for w in apposed_words(text, start, end, before_most=12)]
    if SPOKESPERSON_WORDS & set(words) or "press" in words:
        return False
    return any(w in TITLE_HEADS and w not in GENERIC_TITLES for w in words)


def apposed_words(text: str, start: int, end: int, before_most: int = 2) -> list[str]:
    """The first four words of the phrase a comma sets after the name at
    ``text[start:end]``, and the first ``before_most`` of the phrase a comma closes
    before it."""
    found = re.match(r"\s*,([^,.;:]*)", text[end : end + 80])
    words = re.findall(r"[\w'’-]+", found.group(1))[:4] if found else []
    before = re.search(r"([^,.;:\"“”]*),\s*$", text[max(0, start - 80) : start])
    return words + (re.findall(r"[\w'’-]+", before.group(1))[:before_most] if before else [])


def spokesperson_apposition(text: str, start: int, end: int) -> bool:
    """A spokesperson's title in apposition to the name at ``text[start:end]``: in the first
    words after it, or in the phrase before it that a comma closes.

    >>> text = "Stéphane Dujarric, Spokesman for the Secretary-General, said"
    >>> spokesperson_apposition(text, 0, 17), spokesperson_apposition("Ann Li, a lawyer", 0, 6)
    (True, False)
    >>> spokesperson_apposition("Ann Li, the UN agency's spokeswoman, said", 0, 6)
    True
    >>> text = '"Q," spokesman for the secretary-general, Stephane Dujarric, told'
    >>> spokesperson_apposition(text, 42, 59)
    True
    """
    return any(w.lower() in SPOKESPERSON_WORDS for w in apposed_words(text, start, end))


def after_quotation(text: str, pos: int) -> bool:
    """A closing quotation mark right before ``pos`` ("...,” Ron Redmond told").

    >>> after_quotation('"We are worried," Ron Redmond told', 18)
    True
    >>> after_quotation("while Minister Ron Redmond said", 15)
    False
    """
    return text[:pos].rstrip().endswith(('"', "”", "’", "'"))


def says_again(short: QuoteRecord, later: QuoteRecord) -> bool:
    """``later`` says the words of ``short`` again: a clause, anywhere in it; a word or two
    ("highly subjective"), only as the opening of a longer quotation ("highly subjective
    and simplistic"), the fuller words a lead shortened. "reckless" inside "The GRU's
    actions are reckless and indiscriminate" is the same word, not the same statement.

    >>> from types import SimpleNamespace as Q
    >>> says_again(Q(text="highly subjective", n_words=2),
    ...            Q(text="highly subjective and simplistic", n_words=4))
    True
    >>> says_again(Q(text="reckless", n_words=1),
    ...            Q(text="The GRU's actions are reckless and indiscriminate", n_words=7))
    False
    """
    needle, words = normalised_words(short.text), normalised_words(later.text)
    if short.n_words >= _REPEATED_WORDS:
        return needle in words
    return later.n_words > short.n_words and f"{words} ".startswith(f"{needle} ")


def repeated_by_own_person(quotes: list[QuoteRecord], in_title) -> None:
    """A government's words in the lead, quoted in full later by its envoy: the envoy's; a
    body's words in the headline ("UN urged 'Q'"), quoted later by its own official ("UN
    rights chief Zeid ... urged 'Q ...'"): the official's. A body's words in the lead
    ("the UNHCR said") stay the body's, and so do a word or two the person does not say
    again as such (:func:`says_again`: "The United Kingdom blamed the GRU for "reckless"
    cyberattacks" then Hunt: "The GRU's actions are reckless and indiscriminate"): the
    article says the state spoke them. Words the body itself says again before its person
    does stay the body's ("Kremlin Dismisses 'Absurd' Rumors", then "the Kremlin has ...
    denied the rumors, labeling them as 'absurd'", before its spokesman's "absurd
    information canard"). ``in_title`` tells a headline's sentence index."""
    for i, q in enumerate(quotes):
        ref = q.ref
        if ref is None or ref.actor is None or ref.actor.kind not in ("state", "organisation"):
            continue
        if ref.actor.kind == "organisation" and not in_title(q.sent):
            continue
        for later in quotes[i + 1 :]:
            a = later.ref.actor if later.ref else None
            if a is ref.actor and normalised_words(later.text) == normalised_words(q.text):
                break  # the body says the same words again itself
            if (
                a is not None
                and a.kind == "person"
                and (a.affiliation == ref.actor.name or described_of_state(a, ref.actor))
                and (says_again(q, later) or (ref.actor.kind == "state" and same_words(q, later)))
            ):
                q.ref = SpeakerRef(a, None, ref.start, ref.end, how=SAID_AGAIN)
                break


def described_of_state(person: Actor, state: Actor) -> bool:
    """An unnamed person whose description names ``state`` by its name or its adjective
    ("China has lashed out ..., saying reports were "malicious slander"" ... "A spokesperson
    for the Chinese embassy in London said the reports were "malicious slander""): that
    state's own person. Not one the description places in the state ("a spokesman for
    the UN mission in Mali").

    >>> china = Actor("state", "China")
    >>> described_of_state(Actor("person", "spokesperson for the Chinese embassy in London",
    ...                          key="unnamed:x"), china)
    True
    >>> described_of_state(Actor("person", "spokesman for the UN mission in China",
    ...                          key="unnamed:x"), china)
    False
    """
    if state.kind != "state" or not person.key.startswith("unnamed:"):
        return False
    words = [w.removesuffix("'s").removesuffix("’s") for w in person.name_tokens]
    for i, w in enumerate(words):
        if "in" in words[:i]:
            return False
        if state.name in (COUNTRIES.get(w), DEMONYMS.get(w)):
            return True
    return False


def same_words(short: QuoteRecord, later: QuoteRecord) -> bool:
    """``later`` quotes exactly the words of ``short``, nothing more ("malicious slander"
    in the lead, "malicious slander" again from the state's spokesperson): the same
    statement, however short.

    >>> from types import SimpleNamespace as Q
    >>> same_words(Q(text="malicious slander"), Q(text="malicious  slander"))
    True
    >>> same_words(Q(text="reckless"), Q(text="reckless and indiscriminate"))
    False
    """
    return normalised_words(short.text) == normalised_words(later.text)


def serves_another_role(text: str, mention) -> bool:
    """The person of ``mention`` holds a role that is no spokesperson's, given to the actor
    (:func:`other_role`) or in apposition to this name or its first (:func:`apposed_other_title`): not
    the unnamed spokesperson a description names ("his spokesperson said ... the agency's
    Regional Director ..., Manuel Fontaine, said")."""
    spans = {(mention.start, mention.end), mention.actor.first}
    return other_role(mention.actor) or any(apposed_other_title(text, *s) for s in spans)
