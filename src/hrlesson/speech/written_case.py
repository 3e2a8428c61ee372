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
    >>> lowered_opening_noun("SHOPPERS", "Title cry shoppers\\n\\nSHOPPERS have branded")
    'shoppers'
    >>> lowered_opening_noun("NATO", "Title\\n\\nNATO said on Monday")
    'NATO'
    """
    first, _, rest = label.partition(" ")
    if not first[:1].isupper() or name_of(label):
        return label
    if first.isupper() and not lead_capitals(first, text):
        return label
    if rest and not rest[:1].islower():  # "Police Scotland", "Local 1500 of the ..."
        return label
    lower, named = _word_forms(first)
    if named.search(text):
        return label
    if first.lower() not in _DESCRIPTION_OPENERS and not lower.search(text):
        return label
    return f"{first.lower()} {rest}" if rest else first.lower()


#: A word of four letters or more set in capitals to open a paragraph, before a lower-case
#: word: the lead's first word in a newspaper's house style ("SHOPPERS have branded").
_LEAD_CAPITALS = r"(?:\A|\n\n){word}(?= [a-z])"


def lead_capitals(word: str, text: str) -> bool:
    """``word``, written all in capitals, is set so by the page's typography: it opens a
    paragraph in capitals before a lower-case word, the way British and Irish papers open
    the lead ("SHOPPERS have branded the closure of a charity store":
    oxfam_telford_closure_end_of_era_sun_ru24; "ACTIVISTS gathered on the beach"). An
    acronym may open a lead so too ("NATO said"): :func:`lowered_opening_noun` lowers the
    word only when it is a known description opener or the text writes it in lower case.

    >>> lead_capitals("SHOPPERS", "Headline\\n\\nSHOPPERS have branded the closure")
    True
    >>> lead_capitals("SHOPPERS", "Headline\\n\\nSHOPPERS: a list"), lead_capitals("WHO", "WHO slams")
    (False, False)
    """
    if sum(c.isalpha() for c in word) < 4:
        return False
    return re.search(_LEAD_CAPITALS.format(word=re.escape(word)), text) is not None


#: The evidence note of a lead's first word set in capitals, written in lower case.
LEAD_CAPITALS_LOWERED = "a lead's first word set in capitals by the layout, in lower case: {form}"


def lead_capitals_note(name: str | None, form: str | None) -> str | None:
    """The evidence note when the shown ``form`` writes in lower or title case what the
    page set in capitals ("SHOPPERS" shown as "shoppers"; "U.N. HUMAN RIGHTS OFFICE" as
    "U.N. Human Rights Office"), else None.

    >>> lead_capitals_note("SHOPPERS", "shoppers")
    "a lead's first word set in capitals by the layout, in lower case: shoppers"
    >>> lead_capitals_note("U.N. HUMAN RIGHTS OFFICE", "U.N. Human Rights Office")
    'a heading set in capitals, in title case: U.N. Human Rights Office'
    >>> lead_capitals_note("Organisers", "organisers") is None
    True
    """
    first = (name or "").split(" ")[0]
    if not name or not form or name == form or name.lower() != form.lower():
        return None
    if name.isupper() and " " in name:
        return HEADING_TITLED.format(form=form)
    if len(first) < 4 or not first.isupper():
        return None
    return LEAD_CAPITALS_LOWERED.format(form=form)


#: The evidence note of a heading set in capitals, written in title case.
HEADING_TITLED = "a heading set in capitals, in title case: {form}"


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


#: The words that join a capitalised name's words, written in lower case in a title-case name.
_TITLE_JOINERS = _NAME_JOINERS | {"the", "in", "at"}


def titled_heading(label: str, text: str) -> str:
    """A body's name that the page sets all in capitals as a heading line of its own (a
    factbox's "U.N. HUMAN RIGHTS OFFICE" over that office's words:
    uganda_law_reactions_byarugaba_un_biden_joly_reuters_factbox), in title case, as a name
    is written in running text: initials with full stops and words of three letters or
    fewer stay as they are ("U.N.", "EU"), joining words go to lower case. A label the text
    writes elsewhere in another case, or of one word (an acronym: "UNICEF"), is kept.

    >>> titled_heading("U.N. HUMAN RIGHTS OFFICE", "Q.\\n\\nU.N. HUMAN RIGHTS OFFICE\\n\\nQ")
    'U.N. Human Rights Office'
    >>> titled_heading("BANK OF ENGLAND", "BANK OF ENGLAND\\n\\nthe Bank of England said")
    'BANK OF ENGLAND'
    """
    words = label.split(" ")
    if len(words) < 2 or not label.isupper() or sum(len(w) >= 4 for w in words) < 2:
        return label
    if not re.search(r"(?:\A|\n)" + re.escape(label) + r"(?:\n|\Z)", text):
        return label
    if len(_any_case(label).findall(text)) != text.count(label):
        return label
    return " ".join(_title_word(w, k) for k, w in enumerate(words))


def _title_word(word: str, k: int) -> str:
    """One word of a capitalised heading name in title case (see :func:`titled_heading`)."""
    if "." in word or (len(word) <= 3 and word.lower() not in _TITLE_JOINERS):
        return word
    if k and word.lower() in _TITLE_JOINERS:
        return word.lower()
    return word[:1] + word[1:].lower()
