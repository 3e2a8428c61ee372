"""Common nouns capitalised only because they open a sentence, not names (part of the index):
"Media reports that ..." (the article writes "media" elsewhere), "Charities have criticised"
(the plural of a noun the word lists know), "Critics argue" (a plural that agrees with its
verb and that the article never capitalises inside a sentence)."""

from __future__ import annotations

from ..wordlists import word_set
from .cues import CUE_LEMMAS
from .tokens import Token, written_in_lower_case
from .vocabulary import (
    ADVERBS,
    ANONYMOUS_ROLES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HYPHEN_DASHES,
    TITLE_HEADS,
)

#: Nouns the word lists know as descriptions of bodies, groups, papers and roles: their
#: plurals describe whoever speaks ("Charities", "Reports", "Officials").
DESCRIBING_NOUNS = GROUP_NOUNS | DOCUMENT_NOUNS | TITLE_HEADS | ANONYMOUS_ROLES

#: Verb forms after a plural subject only ("Critics have", "Plaintiffs are"):
#: data/words/plural_verb_forms.txt; a reporting verb's bare form counts too ("Critics argue").
PLURAL_VERB_FORMS = word_set("plural_verb_forms") | frozenset(CUE_LEMMAS)

#: Endings of plural nouns for people who do something ("Organizers", "Environmentalists",
#: "Complainants"): data/words/plural_agent_ends.txt.
PLURAL_AGENT_ENDS = tuple(sorted(word_set("plural_agent_ends")))


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is the first of its sentence, or follows a dash, a bracket or a colon
    that opens it ("(JNS) — Media reports")."""
    prev = tokens[k - 1] if k else None
    return prev is None or prev.sent != tokens[k].sent or prev.text in (*HYPHEN_DASHES, ")", ":")


def capitalised_common_noun(text: str, tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a common noun written with a capital only at the head of its sentence
    (or after a dash or bracket that opens it), the article writing the same word in lower
    case elsewhere: ``(JNS) — Media reports that the court ruled ...`` and later "an
    avalanche of media reports": "Media" is no one's name.

    >>> from .tokens import tokenize
    >>> text = "Media reports are wrong, she said. Other media reports agree."
    >>> capitalised_common_noun(text, tokenize(text, [0, 35]), 0)
    True
    >>> text = "Haley said so. Nikki Haley agreed."
    >>> capitalised_common_noun(text, tokenize(text, [0, 15]), 0)
    False
    """
    tok = tokens[k]
    if not tok.text[0].isupper() or tok.text.isupper() or not _opens_sentence(tokens, k):
        return False
    return written_in_lower_case(text, tok.lower)


def singulars(word: str) -> list[str]:
    """The singular forms a lower-case plural ``word`` may have (none when it ends in no
    plural "s", as "press", "status" or "crisis" do).

    >>> singulars("charities"), singulars("reports"), singulars("press")
    (['charity', 'charitie'], ['report'], [])
    """
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y", word[:-1]]
    if word.endswith("es"):
        return [word[:-2], word[:-1]]
    return [word[:-1]]


def describing_word(word: str) -> bool:
    """The lower-case ``word`` (one word no list knows as a name) is a noun for a group or a
    title (``Experts report``), or the plural of a noun for a group, a body, a paper or a
    role (``Charities have criticised``, ``Reports claiming ...``, ``Officials said``).

    >>> [describing_word(w) for w in ("experts", "charities", "reports", "oxfam", "post")]
    [True, True, True, False, False]
    """
    stem = word.removesuffix("s")
    return (
        word in GROUP_NOUNS
        or stem in GROUP_NOUNS
        or stem in TITLE_HEADS
        or any(s in DESCRIBING_NOUNS for s in singulars(word))
    )


def capitalised_plural_noun(tokens: list[Token], k: int) -> bool:
    """Token ``k`` opens its sentence as a plural common noun: it ends in a plural "s", the
    article writes it with a capital nowhere inside a sentence, and its verb agrees with a
    plural (``Critics argue``, ``Plaintiffs are asking``, ``Observers have pointed``) or
    the word names people by what they do (``Organizers said``, ``Complainants, who ...``).
    Such a word describes whoever speaks; it names no one.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Critics argue that it fails. Organizers said so.", [0, 29])
    >>> capitalised_plural_noun(toks, 0), capitalised_plural_noun(toks, 6)
    (True, True)
    >>> toks = tokenize("Siemens said so. A deal with Siemens was signed.", [0, 17])
    >>> capitalised_plural_noun(toks, 0)
    False
    """
    tok = tokens[k]
    if not tok.text[0].isupper() or tok.text.isupper() or not _opens_sentence(tokens, k):
        return False
    if not singulars(tok.lower):
        return False
    if any(t.text == tok.text and not _opens_sentence(tokens, j) for j, t in enumerate(tokens)):
        return False  # "A deal with Siemens": a name, capitalised inside its sentence
    j = k + 1
    while (
        j < len(tokens)
        and tokens[j].lower in ADVERBS
        and tokens[j].lower not in PLURAL_VERB_FORMS
        and tokens[j].text.islower()
    ):
        j += 1  # "Critics also argue"
    nxt = tokens[j] if j < len(tokens) and tokens[j].sent == tok.sent else None
    agrees = nxt is not None and nxt.text.islower() and nxt.lower in PLURAL_VERB_FORMS
    return agrees or tok.lower.endswith(PLURAL_AGENT_ENDS)
