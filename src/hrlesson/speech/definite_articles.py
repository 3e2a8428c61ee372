"""A described speaker keeps the "the" the article writes before its description; a news
outlet the article only ever names with "The" keeps it as part of its name.

The gold guideline keeps an unnamed speaker's description as written (docs/test-pages.md,
"Conventions settled late"): "The government said" → "the government"; "the officials
said", the Indian Navy's officials, → "the Indian Navy officials". A named body drops the
"the" the article writes before it ("the Indian Navy said" → "Indian Navy"), unless it is a
news outlet the article never names without it ("The Telegraph reported" → "The Telegraph",
as the paper calls itself).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordlists import word_set
from .kinds import names_outlet
from .records import SpeakerRef
from .subjects.named_body_descriptions import NAMED_BODY_DESCRIPTION
from .vocabulary import DOCUMENT_NOUNS

#: Nouns a name can modify, taking the article's "the" for themselves ("the Little Stoke
#: parkrun website", "the ministry statement"): pages and documents.
_MODIFIED_NOUNS = word_set("page_nouns") | DOCUMENT_NOUNS

#: The first words of a label that already has its determiner or counts its speaker.
COUNTING_OPENERS = frozenset(["a", "an", "the", "another", "one", "some", "group"])

#: First words that already determine a description ("a", "the", "his", "one", "group").
_DETERMINED = COUNTING_OPENERS | {"his", "her", "its", "their", "our"}


def describes(label: str) -> bool:
    """The label is a description to which the article can give a "the": it opens or ends
    with a lower-case word (an age counts: "29-year-old"), has no determiner of its own and
    no possessive (no "the" goes before "Niger's minister").

    >>> describes("government"), describes("Indian Navy officials"), describes("Trussell Trust")
    (True, True, False)
    >>> describes("a spokeswoman"), describes("Niger's minister"), describes("his family")
    (False, False, False)
    >>> describes("29-year-old"), describes("3M")
    (True, False)
    """
    words = label.split()
    if not words or words[0].lower() in _DETERMINED or "'s" in label or "’s" in label:
        return False
    return lower_edged(words)


def lower_edged(words: list[str]) -> bool:
    """The first or the last of a label's words is a common one by its case, so the label
    describes rather than names (:func:`opens_lower` for the first).

    >>> lower_edged(["spokesperson", "for", "British", "Airways"]), lower_edged(["C", "Grayling"])
    (True, False)
    >>> lower_edged(["29-year-old"])  # an age: green_vault_confession_defendant_indonewyork
    True
    """
    return opens_lower(words[0]) or words[-1][0].islower()


def opens_lower(word: str) -> bool:
    """The word is a common one by its first letter, an age's digits passed over.

    >>> opens_lower("spokesman"), opens_lower("29-year-old"), opens_lower("3M"), opens_lower("UN")
    (True, True, False, False)
    """
    return word.lstrip("0123456789-")[:1].islower()


@lru_cache(maxsize=4096)
def _label_with_article(label: str) -> re.Pattern[str]:
    """The pattern of the whole ``label``, with the "the"/"The" written right before it as
    group 1 when there is one, compiled once per label."""
    return re.compile(r"(?<![\w-])(?:([Tt]he)\s+)?" + re.escape(label) + r"(?![\w-])")


@lru_cache(maxsize=4096)
def _bare_name(label: str) -> re.Pattern[str]:
    """The pattern of ``label`` written with no "the"/"The" right before it, compiled once
    per label."""
    return re.compile(r"(?<![\w-])(?<![Tt]he )(?<![Tt]he\n)" + re.escape(label) + r"(?![\w-])")


@lru_cache(maxsize=4096)
def _name_after_the(label: str) -> re.Pattern[str]:
    """The pattern of ``label`` written right after "The", compiled once per label."""
    return re.compile(r"(?<![\w-])The\s+" + re.escape(label) + r"(?![\w-])")


def written_with_the(ref: SpeakerRef, label: str, text: str) -> bool:
    """The article writes "the" before the description: at the speaker's mention when the
    mention writes the whole description; else where the article first writes it (the
    described mention, "The winners said" ... "they said"); else at the speaker's mention
    when it is a shorter description of the same head noun ("the officials said" for the
    Indian Navy officials).

    >>> t = "The winners said they had not seen the draw."  # jackpot_win_surprise_salisbury_scoop
    >>> written_with_the(SpeakerRef(None, "winners", 0, 11), "winners", t)
    True
    >>> t = "the coroner told the jury. She said"  # stardust_inquests_verdict_coroner_charge_tg4
    >>> written_with_the(SpeakerRef(None, "coroner", 27, 30), "coroner", t)
    True
    >>> t = "UN experts said. They said. The experts said"  # iran_hijab_law_un_experts_aa_usmuslims
    >>> written_with_the(SpeakerRef(None, "UN experts", 28, 39), "UN experts", t)
    False
    >>> t = "Officials said. Q, the officials said"
    >>> written_with_the(SpeakerRef(None, "Army officials", 19, 32), "Army officials", t)
    True
    """
    pattern = _label_with_article(label)
    at_mention = pattern.search(text, max(0, ref.start - 4), ref.end)
    found = at_mention or pattern.search(text)
    if found is not None:
        return found.group(1) is not None and not modifies_next_noun(text, found.end())
    mention = text[ref.start : ref.end].split()
    if mention and mention[-1].lower() == label.split()[-1].lower():
        before = text[max(0, ref.start - 4) : ref.start]
        return mention[0].lower() == "the" or (before[:3].lower() == "the" and before[3:].isspace())
    return False


def modifies_next_noun(text: str, end: int) -> bool:
    """The words ending at ``end`` modify a page's or a document's noun right after them,
    which the "the" before them belongs to: "A statement posted on the Little Stoke parkrun
    website" (little_stoke_parkrun_organisers_telegraph) gives no "the" to the parkrun.

    >>> t = "A statement posted on the Little Stoke parkrun website revealed"
    >>> modifies_next_noun(t, t.index(" website"))
    True
    >>> modifies_next_noun("the officials said", 13)
    False
    """
    found = re.match(r"\s+([a-z]+)\b", text[end : end + 24])
    return found is not None and found.group(1) in _MODIFIED_NOUNS


def outlet_written_with_the(label: str, text: str) -> bool:
    """A news outlet the article names only as "The ..." ("The Telegraph reported",
    "reported The New York Times"), never without it.

    >>> outlet_written_with_the("Telegraph", "The Telegraph reported on Sunday.")
    True
    >>> outlet_written_with_the("Reuters", "Reuters reported; the Reuters report")
    False
    >>> outlet_written_with_the("Egyptian press syndicate", "The Egyptian press syndicate said")
    False
    """
    words = label.split()
    if not names_outlet(label) or not all(w[0].isupper() for w in words if len(w) > 3):
        return False
    if _bare_name(label).search(text):
        return False
    return _name_after_the(label).search(text) is not None


def with_definite_article(ref: SpeakerRef, label: str, text: str) -> str:
    """The speaker's name with the "the" the article writes before it: a description's in
    lower case ("The government said" → "the government"), an outlet's as "The" (see the
    module's docstring); a state, a person's name or another body's name as it is, and so is
    a body's name that opens with a capital, though it ends with a common noun ("the Turkish
    government said" → "Turkish government"; one no actor holds too, "the Irish navy said":
    :mod:`.subjects.named_body_descriptions`): the article's "the" goes before a named body.

    >>> from .records import Actor
    >>> body = Actor("organisation", "government", key="group:government")
    >>> t = "The government said visits should go ahead."  # care_home_visitor_..._carehomeprofessional
    >>> with_definite_article(SpeakerRef(body, None, 0, 14), "government", t)
    'the government'
    >>> paper = Actor("organisation", "Telegraph", key="single:telegraph")
    >>> t = "The Telegraph reported that"  # barnier_divorce_bill_not_over_businessstandard
    >>> with_definite_article(SpeakerRef(paper, None, 0, 13), "Telegraph", t)
    'The Telegraph'
    """
    kind = ref.actor.kind if ref.actor is not None else None
    if kind == "state" or ref.how == NAMED_BODY_DESCRIPTION:  # "the Irish navy said"
        return label
    if kind == "organisation" and label[:1].isupper():
        return f"The {label}" if outlet_written_with_the(label, text) else label
    if describes(label) and written_with_the(ref, label, text):
        return f"the {label}"
    return label
