"""An unnamed speaker keeps the indefinite article the text describes it with.

The gold guideline keeps an unnamed speaker's description as written ("a police spokesman",
"an industry source"); the description's label is read from its phrase without the article.
The article is put back, in lower case (it is capitalised only where it opens a sentence),
when the text writes the whole label right after "a" or "an" and the label opens or ends
with a common noun ("a Facebook spokesman", "a spokesperson for Meta", not "A C Grayling").
A "group of ..." keeps no article: the guideline names the group, not one of it ("A group of
UN experts said": "group of UN experts"). "The" and "another" ("an" and "other" as one word)
that open a description are lowered the same way ("Another protester said": "another
protester"), and so are a count or quantifier ("One voter said": "one voter").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordlists import word_set
from .cues import CUE_FORMS
from .definite_articles import COUNTING_OPENERS, lower_edged, with_definite_article
from .records import SpeakerRef
from .vocabulary import DOCUMENT_NOUNS, PERSONAL_SUBJECTS, RELATIVE_PRONOUNS
from .written_case import lowered_opening_noun, most_written_case, titled_heading

#: Articles, counts and quantifiers that open a description ("a", "the", "one", "several").
_DESCRIPTION_ARTICLES = word_set("description_articles")


def lowered_article(label: str) -> str:
    """A description whose article, count or quantifier is capitalised only because it opens
    the sentence, with that word in lower case; a capital word after it means a name, which
    keeps its capital ("The Trussell Trust", "The Telegraph", "One Nation").

    >>> lowered_article("Another protester")  # aarey_tree_felling_protesters_detained_indianexpress
    'another protester'
    >>> lowered_article("The three California plaintiffs")  # hermes_birkin_lawsuit_donato_bbc...
    'the three California plaintiffs'
    >>> lowered_article("One voter")  # sa_election_long_queues_mamabolo_iafrica
    'one voter'
    >>> lowered_article("Several students")  # uc_tuition_protest_yudof_naji_ucsd_guardian
    'several students'
    >>> lowered_article("The Trussell Trust"), lowered_article("One Nation")
    ('The Trussell Trust', 'One Nation')
    """
    first, _, rest = label.partition(" ")
    if first[:1].isupper() and first.lower() in _DESCRIPTION_ARTICLES and rest[:1].islower():
        return f"{first.lower()} {rest}"
    return label


@lru_cache(maxsize=4096)
def _article_before(label: str) -> re.Pattern[str]:
    """The pattern of "a"/"an"/"one" written right before the whole ``label``, compiled once
    per label ("a police spokesman", "An industry source", "One Howard Beach mom", not "a
    police spokesmanship")."""
    return re.compile(r"(?<![\w-])(an?|one) " + re.escape(label) + r"(?![\w-])", re.IGNORECASE)


def written_article(label: str, text: str, before: int | None = None) -> str | None:
    """The indefinite article or the count "one" (lower case) the text writes right before
    ``label``, or None; of several, the last written before offset ``before`` (where the
    speaker is mentioned), else the first: the description that brought the speaker in
    stays as written ("A Ballarat resident who was horrified ..." ... "One Ballarat
    resident, who did not wish to be named, ..." ... "Q," she said: "one Ballarat
    resident").

    >>> written_article("spokeswoman", "A spokeswoman said the plant was safe.")
    'a'
    >>> written_article("industry source", "said an industry source")
    'an'
    >>> written_article("Howard Beach mom", "One Howard Beach mom couldn't believe it.")
    'one'
    >>> text = "A Ballarat resident was horrified. One Ballarat resident, unnamed, said"
    >>> written_article("Ballarat resident", text, 70), written_article("Ballarat resident", text)
    ('one', 'a')
    >>> written_article("spokeswoman", "The spokeswoman said") is None
    True
    """
    found = list(_article_before(label).finditer(text))
    if not found:
        return None
    earlier = [m for m in found if m.start() < before] if before is not None else []
    return (earlier[-1] if earlier else found[0]).group(1).lower()


def unnamed(ref: SpeakerRef) -> bool:
    """The speaker is an unnamed person the text only describes ("a spokeswoman"), not a
    document nor a named actor."""
    return ref.actor is not None and ref.actor.key.startswith("unnamed:")


def without_relative_word(label: str) -> str:
    """A label that a relative pronoun opens, glued on from the clause it introduces, without
    that pronoun: no speaker's name starts with one ("The Khas, who prosecutors said ...":
    "prosecutors", not "who prosecutors").

    >>> without_relative_word("who prosecutors"), without_relative_word("Whole Foods")
    ('prosecutors', 'Whole Foods')
    """
    first, _, rest = label.partition(" ")
    if first in RELATIVE_PRONOUNS and rest[:1].islower():
        return rest
    return label


@lru_cache(maxsize=4096)
def _closing_relative(label: str) -> re.Pattern[str]:
    """The pattern of ``label`` followed by a relative clause of lower-case words that "that"
    or "who" opens and a full stop closes, compiled once per label."""
    words = r"((?:[a-z][\w'’-]* ){0,8}[a-z][\w'’-]*)"
    return re.compile(
        r"(?<![\w-])" + re.escape(label) + r" (that|who) " + words + r"(?=\.(?:\s|$))"
    )


def with_closing_relative(label: str, text: str) -> str:
    """An unnamed speaker's description with the restrictive relative clause that ends its
    sentence after it, as written: the clause says which one of the kind speaks ('"Q," said a
    member of the team that managed the operation.': "member of the team that managed the
    operation"; "said one of the economists who attended the meet."). A clause whose subject
    is a pronoun ("who he said") is not the description's, nor one holding a reporting verb
    ("an insider who declined to be named said.").

    >>> with_closing_relative("member of the team", "said a member of the team that ran it.")
    'member of the team that ran it'
    >>> with_closing_relative("member of the team", "a member of the team that he led.")
    'member of the team'
    >>> with_closing_relative("insider", "an insider who declined to be named said.")
    'insider'
    """
    found = _closing_relative(label).search(text)
    if found is None:
        return label
    words = found.group(2).split()
    if words[0] in PERSONAL_SUBJECTS or any(w in CUE_FORMS for w in words):
        return label
    return f"{label} {found.group(1)} {found.group(2)}"


#: The determiner written right before a document's label ("an official statement").
_DOCUMENT_ARTICLE = re.compile(r"(?:^|\s)(a|an|the|another|one|one such)\s+$", re.IGNORECASE)


def document_article(label: str, text: str, start: int) -> str | None:
    """The article (lower case) the text writes right before a document that speaks as
    itself, nobody named as its author, whose label ``label`` starts at ``start``: the
    document is named as described ("said an official statement":
    china_suspends_cyber_group_qin_zheng_zeguang_business_standard; "the confidential
    report said": unsc_m23_offensive_rodrigues_birkett_voa); None for a label that is
    not a document's lower-case description.

    >>> document_article("official statement", "according to an official statement", 16)
    'an'
    >>> document_article("report", "One such report reads", 9)  # florida_nursing_home_reports_...
    'one such'
    >>> document_article("Met", "the Met said", 4) is None
    True
    >>> document_article("sponsors of the resolution", "the sponsors of the resolution", 4) is None
    True
    """
    head = label.split(" of ")[0].split(" on ")[0].split()  # not "sponsors of the resolution"
    if not label[0].islower() or not any(w.lower() in DOCUMENT_NOUNS for w in head):
        return None
    found = _DOCUMENT_ARTICLE.search(text, max(0, start - 13), start)  # and the space before
    return " ".join(found.group(1).lower().split()) if found else None


def described_speaker(ref: SpeakerRef) -> bool:
    """The speaker is described rather than named by an actor of its own: a group's actor,
    or no actor at all.

    >>> from .records import Actor
    >>> police = Actor("group", "police", key="group:police", first=(0, 6))
    >>> described_speaker(SpeakerRef(police, None, 0, 6))
    True
    >>> described_speaker(SpeakerRef(None, "female civil servant", 7, 27))
    True
    >>> minister = Actor("person", "Ann Lee", key="person:ann lee", first=(0, 7))
    >>> described_speaker(SpeakerRef(minister, None, 0, 7))
    False
    """
    return ref.actor is None or ref.actor.key.startswith("group:")


#: "a" or "an" opening a mention ("a jubilant crowd"), or written right before it.
_ARTICLE_AT = re.compile(r"(an?) ", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(an?) $", re.IGNORECASE)


def introduced_with_article(ref: SpeakerRef, label: str, text: str) -> str:
    """A described group, or a person described with no actor, keeps the "a"/"an" written
    right before the description that brought it in: the group's first mention, or the
    person's own mention ("where a jubilant crowd greeted them with ... chants of “Q”": "a
    jubilant crowd"; '"Q," said a female civil servant.': "a female civil servant"), as the
    gold writes an unnamed speaker's description. A name, a count or a group of others
    ("group of ...", "an umbrella group of 14 social organisations") and a description
    brought in otherwise keep their label.

    >>> from .records import Actor
    >>> crowd = Actor("group", "jubilant crowd", key="group:jubilant crowd", first=(21, 35))
    >>> t = "in Ramallah, where a jubilant crowd greeted them"
    >>> introduced_with_article(SpeakerRef(crowd, None, 21, 35), "jubilant crowd", t)
    'a jubilant crowd'
    >>> t = "said a female civil servant."
    >>> introduced_with_article(SpeakerRef(None, None, 7, 27), "female civil servant", t)
    'a female civil servant'
    >>> police = Actor("group", "police", key="group:police", first=(0, 6))
    >>> introduced_with_article(SpeakerRef(police, None, 0, 6), "police", "police said")
    'police'
    """
    if not described_speaker(ref):
        return label
    words = label.split()
    if not lower_edged(words) or words[0] in COUNTING_OPENERS or not words[0][:1].islower():
        return label
    if "group" in label.split(" of ")[0].split():  # "an umbrella group of 14 organisations"
        return label
    start = ref.actor.first[0] if ref.actor is not None else ref.start
    at = _ARTICLE_AT.match(text, start)
    if at is None:  # the article before the mention, which starts with the description
        at = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        start -= len(at.group(0)) if at else 0
    if at is None or not _opens_with(text, start + len(at.group(0)), words[0]):
        return label
    return f"{at.group(1).lower()} {label}"


def introduced_article_note(ref: SpeakerRef, shown: str | None, text: str) -> str | None:
    """The evidence column's note when :func:`introduced_with_article` gave a described group
    or person the "a"/"an" that brought it in (``shown`` is the name the tables show), else
    None; a document's article is no such note.

    >>> from .records import Actor
    >>> crowd = Actor("group", "jubilant crowd", key="group:jubilant crowd", first=(6, 20))
    >>> ref = SpeakerRef(crowd, None, 6, 20)
    >>> introduced_article_note(ref, "a jubilant crowd", "where a jubilant crowd")
    'the "a" that brought it in kept: a jubilant crowd'
    """
    name = ref.name
    if not shown or not name or not described_speaker(ref):
        return None
    article, _, rest = shown.partition(" ")
    if article not in ("a", "an") or rest.lower() != name.lower():
        return None
    if document_article(name, text, ref.start):
        return None
    return f'the "{article}" that brought it in kept: {shown}'


def _opens_with(text: str, start: int, word: str) -> bool:
    """The text at ``start`` is ``word`` in any case, as a whole word."""
    end = start + len(word)
    return text[start:end].lower() == word.lower() and not text[end : end + 1].isalnum()


def with_written_article(ref: SpeakerRef, text: str) -> str | None:
    """The speaker's name as :func:`with_article_as_written` gives it, with a first word
    capitalised only because it opens the sentence in lower case (:func:`lowered_opening_
    noun`), unless the speaker is a named person; lowered after the article is chosen, so
    "Police said" gives "police", not the "the police" of another sentence.

    >>> from .records import Actor
    >>> def group_ref(label):
    ...     return SpeakerRef(Actor("group", label, key="unnamed:" + label), None, 0, 0)
    >>> text = "in central London a week ago. Police said a plan was in place"  # extinction_...
    >>> with_written_article(group_ref("Police"), text)
    'police'
    """
    name = with_article_as_written(ref, text)
    if name and (ref.actor is None or ref.actor.kind != "person" or unnamed(ref)):
        return lowered_opening_noun(name, text)
    return name


def with_article_as_written(ref: SpeakerRef, text: str) -> str | None:
    """The name of an unnamed speaker with the indefinite article the text gives it, else
    with the "the" it writes before the description (:func:`with_definite_article`).

    >>> from .records import Actor
    >>> def unnamed_ref(label):
    ...     return SpeakerRef(Actor("person", label, key="unnamed:" + label), None, 0, 0)
    >>> with_article_as_written(unnamed_ref("company spokesman"), "a company spokesman said")
    'a company spokesman'
    >>> with_article_as_written(unnamed_ref("group of UN experts"), "A group of UN experts said")
    'group of UN experts'
    >>> with_article_as_written(unnamed_ref("Facebook spokesman"), "A Facebook spokesman said")
    'a Facebook spokesman'
    >>> with_article_as_written(unnamed_ref("coroner"), "the coroner said")  # stardust_..._tg4
    'the coroner'
    """
    label = ref.name and lowered_article(without_relative_word(ref.name))
    label = label and titled_heading(most_written_case(label, text), text)
    if ref.actor is None and label and (article := document_article(label, text, ref.start)):
        return f"{article} {label}"  # "an official statement"
    if not label or not unnamed(ref):
        named = label and with_definite_article(ref, label, text)
        return named if named != label else introduced_with_article(ref, label, text)
    if not lower_edged(label.split()):  # it describes rather than names
        return label
    label = with_closing_relative(label, text)
    if label.split()[0] in COUNTING_OPENERS:
        return label
    article = written_article(label, text, ref.start or None)
    return f"{article} {label}" if article else with_definite_article(ref, label, text)
