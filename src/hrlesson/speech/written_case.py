"""A speaker's label in the case the article writes it: the case it uses most often for a
name ("WikiLeaks", not a headline's "Wikileaks"), and a group noun capitalised only because it
opens the sentence in lower case ("Organisers said" → "organisers"), as the gold guideline
writes an unnamed speaker's description (docs/test-pages.md, "Conventions settled late").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..wordlists import word_set


@lru_cache(maxsize=4096)
def _any_case(label: str) -> re.Pattern[str]:
    """The pattern of ``label`` as whole words in any case, compiled once per label."""
    return re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", re.IGNORECASE)


#: Common nouns and adjectives that open a group's or a person's description ("Organisers",
#: "Local residents", "Lawyers for the couple"): the kit's lists of group nouns and roles; and
#: the things that display words, which name no body ("Banners read").
_DESCRIPTION_OPENERS = (
    word_set("group_nouns")
    | word_set("collective_people_nouns")
    | word_set("description_words")
    | word_set("anonymous_roles")
    | {role + "s" for role in word_set("anonymous_roles")}
    | word_set("display_nouns")
)


@lru_cache(maxsize=4096)
def _word_forms(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``word`` in lower case anywhere, and of ``word`` capitalised in the
    middle of a sentence standing alone (after a word, a comma or a comma and a closing
    quotation mark, before no capitalised word: "the Government said", "A Western diplomat",
    '," Hullo said', not "Metropolitan Police" nor "Police Scotland"), compiled once per
    word."""
    lower = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])")
    named = re.compile(
        r"(?:(?<=[A-Za-z,] )|(?<=,[”\"] ))" + re.escape(word) + r"(?![\w-])(?! [A-Z])"
    )
    return lower, named


#: The words that join a name's capitalised parts ("Bank of America", "Department for Education").
_NAME_JOINERS = frozenset(["and", "for", "of", "on"])


def name_of(label: str) -> bool:
    """The label is a name whose capitalised words a joining word links ("Department for
    Education": teacher_pay_offer_bousted_neu_dfe_sirrichie; "City of Pensacola"), not a
    description of people from a body ("Officials at the Department of Water Resources").

    >>> name_of("Department for Education"), name_of("Officials of the rival government")
    (True, False)
    >>> name_of("Friends of the Earth")
    True
    """
    words = label.split()
    if len(words) < 3 or words[1] not in _NAME_JOINERS:
        return False
    named = words[3:4] if words[2] == "the" else words[2:3]  # "Friends of the Earth"
    return bool(named) and named[0][:1].isupper()


def lowered_opening_noun(label: str, text: str) -> str:
    """A description whose first word, a common noun or adjective, is capitalised only
    because it opens the sentence (or a title-case headline), with that word in lower case
    ("Organisers have said that while the Wednesday ferry to Colonsay may have been cancelled":
    calmac_colonsay_festival_johnstone_heraldscotland; "Lawyers for the couple told the BBC":
    ivf_mix_up_lawsuit_cha_fertility_miragenews). A word the text also writes capitalised mid-sentence on its own names a
    body and keeps its capital ("the Government said"), and so does a name whose next word
    is capitalised ("Police Scotland"); a word the text never writes in lower case and the
    kit does not know as a group noun or role is taken for a name.

    >>> lowered_opening_noun("Organisers", "Organisers have said that while the Wednesday ferry")
    'organisers'
    >>> lowered_opening_noun("Local residents", "Local residents reported hearing noises")  # uk_...
    'local residents'
    >>> lowered_opening_noun("Banners", "Banners read “against rent sharks”")  # berlin_rent_...
    'banners'
    >>> lowered_opening_noun("Government", "Government said. Later the Government said.")
    'Government'
    >>> lowered_opening_noun("Police Scotland", "Police Scotland said.")
    'Police Scotland'
    >>> lowered_opening_noun("City of Pensacola", "City of Pensacola officials said.")
    'City of Pensacola'
    >>> lowered_opening_noun("Abrams", "Abrams said.")
    'Abrams'
    """
    first, _, rest = label.partition(" ")
    if not first[:1].isupper() or first.isupper() or name_of(label):
        return label
    if rest and not rest[:1].islower():  # "Police Scotland", "Local 1500 of the ..."
        return label
    lower, named = _word_forms(first)
    if named.search(text):
        return label
    if first.lower() not in _DESCRIPTION_OPENERS and not lower.search(text):
        return label
    return f"{first.lower()} {rest}" if rest else first.lower()


@lru_cache(maxsize=1024)
def most_written_case(label: str, text: str) -> str:
    """A speaker's label in the case the article writes it in most often (read once per
    label and article), where the label's
    own form differs from that one beyond its first letter: a name the article spells with
    an inner capital once spelled otherwise ("Wikileaks claims breach of archive" in the
    headline, "WikiLeaks" eight times in the body: wikileaks_cables_breach_leigh_spokesman),
    and a word set in capitals to open the article that the body writes in lower case
    ("COUNCILS have warned residents", "the councils": bin_strikes_double_bag_adur_worthing_
    express). Only a label the article writes as it stands is recased, never into capitals
    (a factbox heading "CLARE BYARUGABA" does not rename "Clare Byarugaba": uganda_law_
    reactions_byarugaba_un_biden_joly_reuters_factbox); a difference in the first letter
    alone is the sentence opening's and is kept; short labels (acronyms: "WHO", "NICE") are
    kept, and only a label written all in capitals is lowered.

    >>> most_written_case("Wikileaks", "Wikileaks claims. WikiLeaks said. WikiLeaks said.")
    'WikiLeaks'
    >>> most_written_case("COUNCILS", "COUNCILS have warned. The councils said. Local councils.")
    'councils'
    >>> most_written_case("Police", "Police said. The police said. The police say.")
    'Police'
    >>> most_written_case("WHO", "the WHO said, who knew who")
    'WHO'
    >>> most_written_case("Clare Byarugaba", "CLARE BYARUGABA: Q. CLARE BYARUGABA")
    'Clare Byarugaba'
    """
    if sum(c.isalpha() for c in label) < 6:
        return label
    forms = Counter(m.group(0) for m in _any_case(label).finditer(text))
    if not forms:
        return label
    best, count = forms.most_common(1)[0]
    if not forms[label] or count <= forms[label] or best[1:] == label[1:]:
        return label
    if (best.islower() or best.isupper()) and not label.isupper():
        return label
    return best
