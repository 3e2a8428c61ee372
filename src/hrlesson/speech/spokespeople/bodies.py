"""An unnamed spokesperson speaks for the body the article names: ``Meta has indicated it
will appeal the ruling and a spokesperson said`` is Meta's; ``This is the largest fine
TikTok has received ... A spokesperson for the social media firm said`` is TikTok's. A
spokesperson whose own words name the body ("a Google spokesperson", "a spokesperson for
Toyota") keeps that description, with the body's short form written out ("A BA
spokeswoman said" after "British Airways": "British Airways spokeswoman"), and a named
spokesperson speaks as that person."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import sentence_at
from ..bodies.names import spells_acronym_before_and
from ..descriptions.heads import description_head
from ..records import Actor, SpeakerRef
from ..vocabulary import KNOWN_BODIES, SOCIAL_PLATFORMS
from .titles import SPOKESPERSON_WORDS

#: Nouns that describe the body a spokesperson speaks for: data/words/principal_body_nouns.txt.
PRINCIPAL_BODY_NOUNS = word_set("principal_body_nouns")

#: Titles of an unnamed person who speaks for a body (data/words/voice_titles.txt and the
#: spokesperson titles): "a BA representative", "an FSA spokeswoman".
VOICE_TITLES = SPOKESPERSON_WORDS | word_set("voice_titles")

#: Nouns for the pages a body publishes on (data/words/page_nouns.txt): "Facebook page".
_PAGE_NOUNS = word_set("page_nouns")

#: The evidence for a speaker placed by :func:`principal_body`.
SPOKESPERSON_BODY = "the body its unnamed spokesperson speaks for"

#: The evidence for a body :func:`body_named_by_noun` found.
NOUN_NAMES_BODY = 'the body its unnamed spokesperson speaks for: the one named with "{noun}"'

#: The evidence for a description :func:`spelled_out_description` wrote out.
SHORT_FORM_WRITTEN_OUT = 'described by the full name of the body "{short}" stands for'

_SPOKESPERSON = r"spokes(?:man|woman|person)"

_BARE = re.compile(r"(?i)an?\s+" + _SPOKESPERSON + r"\Z")

_FOR_DESCRIPTION = re.compile(
    r"(?i)an?\s+" + _SPOKESPERSON + r"\s+for\s+the\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)\Z"
)

#: How many sentences before its own a described body may be named.
_DESCRIBED_REACH = 3


def principal_noun(phrase: str) -> str | None:
    """The body noun of a spokesperson described by a lower-case body ("for the <noun>").

    >>> principal_noun("A spokesperson for the social media firm")
    'firm'
    >>> principal_noun("a spokesman for the German press agency") is None
    True
    >>> principal_noun("a spokesperson for the ministry") is None
    True
    """
    m = _FOR_DESCRIPTION.match(" ".join(phrase.split()))
    if m is None or m.group(1).lower() not in PRINCIPAL_BODY_NOUNS:
        return None
    return m.group(1).lower()


def bare_spokesperson(phrase: str) -> bool:
    """A spokesperson brought in with no word of a body ("a spokesperson").

    >>> bare_spokesperson("a spokesperson"), bare_spokesperson("a Google spokesperson")
    (True, False)
    """
    return _BARE.match(" ".join(phrase.split())) is not None


def speaks_for_another(words: list[str]) -> bool:
    """A spokesperson's description (its lower-case ``words``) names someone who speaks for
    another, so it is not the one untitled person who spoke before it: ``Keith Anderson
    said ...`` then ``the prime minister's official spokesperson did not rule it out``.

    >>> speaks_for_another("the prime minister's official spokesperson".split())
    True
    >>> speaks_for_another("the secretary-general".split())
    False
    """
    return any(w.strip(".,;:") in SPOKESPERSON_WORDS for w in words)


def principal_body(index, sentences, sent_of, start: int, end: int) -> Actor | None:
    """The body the unnamed spokesperson at ``text[start:end]`` speaks for, else None.

    A bare "a spokesperson": the body named (outside quotations) before it in its own
    sentence, the latest ("Meta has indicated it will appeal the ruling and a spokesperson
    said"). "A spokesperson for the <modifiers> <body noun>": the latest body named before
    it in its sentence or the three before, or a company or platform the word lists know
    ("This is the largest fine TikTok has received ... A spokesperson for the social media
    firm said"). ``index`` is the article's actor index; ``sentences`` and ``sent_of`` its
    sentences.
    """
    phrase = index.text[start:end]
    s = sent_of(start)
    if bare_spokesperson(phrase):
        lo = sentences[s][3]
    elif principal_noun(phrase) is not None:
        lo = sentences[max(0, s - _DESCRIBED_REACH)][3]
    else:
        return body_named_by_noun(index, phrase)
    found = None
    for m in index.mentions_in(lo, start):
        named = not m.in_quote and m.actor.kind == "organisation" and m.how == "name"
        if named and not platform_page(index.text, m.start, m.end):  # "Facebook page"
            found = (m.start, m.actor)
    if not bare_spokesperson(phrase):
        known = known_body_before(index, lo, start)
        if known is not None and (found is None or known[0] > found[0]):
            found = known
    return found[1] if found else None


def platform_page(text: str, start: int, end: int) -> bool:
    """``Writing on Sennen Cove Lifeboat Station's Facebook page afterwards, a spokesperson
    said``: a social platform's name at ``text[start:end]`` right before a page noun ("page",
    "account", "feed"; data/words/page_nouns.txt) is where the words appeared, never the
    body the spokesperson speaks for.

    >>> s = "on the station's Facebook page, a spokesperson said"
    >>> platform_page(s, 17, 25), platform_page("Facebook said", 0, 8)
    (True, False)
    """
    if text[start:end].lower() not in SOCIAL_PLATFORMS:
        return False
    after = text[end : end + 12].split()
    return bool(after) and after[0].strip(".,;:").lower() in _PAGE_NOUNS


def body_named_by_noun(index, phrase: str) -> Actor | None:
    """``a spokeswoman for the union`` where the article names one body with "Union" in
    its name ("The all-black National Union of Mineworkers today called off its strike"):
    that body, the one the noun of "for the <noun>" can mean (see
    :func:`bodies_with_noun`), named in the body of the text, not only in a title-case
    headline; not a body the phrase names itself ("a spokesman for the National Farmers
    Union" keeps its description). ``index`` is the article's actor index."""
    m = _FOR_DESCRIPTION.match(" ".join(phrase.split()))
    if m is None or not phrase.split(" for ", 1)[-1].islower():
        return None  # "a spokesman for the National Farmers Union" keeps its words
    named = [a for a in index.actors if named_in_body_text(index, a)]
    found = bodies_with_noun(named, m.group(1))
    return found[0] if len(found) == 1 else None


def named_in_body_text(index, actor: Actor) -> bool:
    """``actor`` is named in a body sentence, not only in a title or heading."""
    sents = (sentence_at(index, start) for start, _ in actor.mentions)
    return any(index.sentence_kind(s) == "body" for s in sents)


def bodies_with_noun(actors: list[Actor], noun: str) -> list[Actor]:
    """The organisations among ``actors`` with ``noun`` capitalised among the words of
    their name after the first: the bodies "the <noun>" can mean; two or more when the
    noun does not tell which (two ministries for "the ministry").

    >>> num = Actor("organisation", "National Union of Mineworkers")
    >>> [a.name for a in bodies_with_noun([num, Actor("person", "Cyril Ramaphosa")], "union")]
    ['National Union of Mineworkers']
    >>> bodies_with_noun([num], "ministry")
    []
    """
    word = noun.capitalize()
    return [
        a
        for a in actors
        if a.kind == "organisation" and word in a.name.replace(",", " ").split()[1:]
    ]


def known_body_before(index, lo: int, start: int) -> tuple[int, Actor] | None:
    """The latest company or platform the word lists know ("TikTok", "Shell"), written
    with a capital outside quotations in ``[lo, start)``, and its actor (made if the index
    has none: a known body the text never has speak is no mention)."""
    found = None
    for t in index.tokens[index.token_index(lo) : index.token_index(start)]:
        if not t.cap or index.in_quote(t.start):
            continue
        if t.lower in KNOWN_BODIES or t.lower in SOCIAL_PLATFORMS:
            found = t
    if found is None:
        return None
    m = index.mention_starting(found.start)
    if m is not None:
        return (found.start, m.actor) if m.actor.kind == "organisation" else None
    key = "single:" + found.lower
    actor = index.actors_by_key.get(key) or index.new_actor("organisation", found.base, key)
    if not actor.mentions:
        actor.first = (found.start, found.start + len(found.base))
    return found.start, actor


def spoken_for(reader, note, span: tuple[int, int]) -> SpeakerRef | None:
    """The reference to the body (:func:`principal_body`) the unnamed spokesperson at
    ``span`` speaks for, the span noted as the body's (``note``); else None. ``reader`` is
    the attributor: its title memory keeps the body for the spokesperson's bare title
    ("the spokesperson added" later is the body's too)."""
    body = principal_body(reader.index, reader.sentences, reader.sent_of, *span)
    if body is None:
        return None
    note(body, *span)
    phrase = reader.text[span[0] : span[1]]
    how = SPOKESPERSON_BODY
    if not bare_spokesperson(phrase) and principal_noun(phrase) is None:
        how = NOUN_NAMES_BODY.format(noun=phrase.split()[-1])
    ref = SpeakerRef(body, None, span[0], span[1], True, how)
    title = next(w for w in reader.text[span[0] : span[1]].lower().split() if "spokes" in w)
    reader.desc_memory.setdefault((description_head(title, {title}), None), ref)
    return ref


def spokesperson_voices_body(earlier: SpeakerRef | None, later: SpeakerRef | None) -> bool:
    """``The agency told the Washington Examiner that it is paying close attention to "Q,"
    spokeswoman Caitlin Oakley said``: a body's clause closed by its named spokesperson's
    "said" is the spokesperson's words, not words the spokesperson relays from another
    speaker (``earlier`` the body's reference, ``later`` the spokesperson's).

    >>> body = SpeakerRef(Actor("organisation", "Food Agency"), None, 0, 10)
    >>> who = Actor("person", "Caitlin Oakley", role="spokeswoman")
    >>> spokesperson_voices_body(body, SpeakerRef(who, None, 50, 64))
    True
    >>> who.role = "minister"
    >>> spokesperson_voices_body(body, SpeakerRef(who, None, 50, 64))
    False
    """
    if earlier is None or later is None or earlier.actor is None or later.actor is None:
        return False
    person = later.actor
    role = set((person.role or "").lower().replace("-", " ").split())
    return (
        earlier.actor.kind in ("organisation", "group")
        and person.kind == "person"
        and not person.key.startswith("unnamed:")
        and bool(role & SPOKESPERSON_WORDS)
    )


def spokesperson_modifier(words: list, k: int) -> bool:
    """``words[k]`` is a capitalised word or a number of a body's name that no list knows,
    set right before a spokesperson's title ("a Treasury spokesman", "a No 10 spokesman"):
    part of the spokesperson's description.

    >>> from ..tokens import tokenize
    >>> words = tokenize("a No 10 spokesman said", [0])
    >>> [spokesperson_modifier(words, k) for k in range(4)]
    [False, True, True, False]
    """
    for j in range(k, min(k + 3, len(words))):
        if words[j].lower in SPOKESPERSON_WORDS:
            return j > k
        if not (words[j].text[:1].isupper() or words[j].text.isdigit()):
            return False
    return False


def spelled_out_description(short: str, body: str, description: str) -> str | None:
    """The unnamed spokesperson's ``description`` with the body's ``short`` form ("BA",
    "ICO") written out as the ``body``'s full name the article gives ("British Airways"):
    the speaker is then that body's spokesperson, whichever of the two names a reader
    looks for. None when ``short`` is no shorter form of ``body`` or not in the phrase.

    >>> spelled_out_description("BA", "British Airways", "BA spokeswoman")
    'British Airways spokeswoman'
    >>> spelled_out_description("ICO", "UK Information Commissioner's Office", "ICO press officer")
    "UK Information Commissioner's Office press officer"
    >>> spelled_out_description("Lib Dem", "Liberal Democrats", "Lib Dem spokesman")
    'Liberal Democrats spokesman'
    >>> spelled_out_description("Google", "Google", "Google spokesperson") is None
    True
    """
    words = " ".join(description.split())
    found = re.search(r"(?<!\S)" + re.escape(short) + r"(?!\S)", words)
    if short == body or len(body.split()) < 2 or found is None:
        return None
    return words[: found.start()] + body + words[found.end() :]


def short_form_body(index, start: int, end: int) -> tuple[str, Actor] | None:
    """``A BA spokeswoman said`` where the article names "British Airways": the short
    form ("BA", an acronym or a shortened name the actor index links to the body's full
    name) that modifies the spokesperson title in ``text[start:end]``, and that body; None
    when the modifier is the body's own full name ("a Google spokesperson") or no body's.
    ``index`` is the article's actor index."""
    words = index.text[start:end].split()
    titles = [k for k, w in enumerate(words) if w.lower().strip(".,;:") in VOICE_TITLES]
    if not titles:
        return None
    for m in index.mentions_in(start, end):
        short = index.text[m.start : m.end]
        if m.in_quote or m.actor.kind != "organisation" or short == m.actor.name:
            continue
        k = len(index.text[start : m.start].split())
        if k < titles[0] and all(w.islower() for w in words[k + len(short.split()) : titles[0]]):
            return short, m.actor
        fewer = len(short.split()) < len(m.actor.name.split())
        if k > titles[0] and fewer and served_after_title(words[titles[0] + 1 : k]):
            return short, m.actor  # "A spokesperson for NCSC"
    return None


#: The words that may stand between a voice title and the body it serves, written after it
#: ("a spokesperson for NCSC", "a spokeswoman of the ICO").
_SERVED_LINKS = frozenset(["for", "of", "the", "at"])


def served_after_title(between: list[str]) -> bool:
    """The ``between`` words join a voice title to the body written after it: a "for" or
    "of", with "the" or "at" or not ("spokesperson for NCSC", "spokesman for the ICO").

    >>> served_after_title(["for"]), served_after_title(["for", "the"])
    (True, True)
    >>> served_after_title(["said", "in"]), served_after_title([])
    (False, False)
    """
    words = [w.lower() for w in between]
    return bool(words) and words[0] in ("for", "of") and set(words) <= _SERVED_LINKS


def spelled_out_spokesperson(index, start: int, end: int) -> tuple[str, str, str] | None:
    """The name, body's full name and evidence of the unnamed spokesperson
    ``text[start:end]`` whose title a body's short form modifies (see
    :func:`short_form_body`, else :func:`full_name_written`): "A BA spokeswoman", "the BA
    spokeswoman" are the "British Airways spokeswoman", "A CDC spokeswoman" the "U.S.
    Centers for Disease Control and Prevention spokeswoman"; else None."""
    desc = re.sub(r"(?i)^(?:the|a|an|one|another)\s+", "", " ".join(index.text[start:end].split()))
    found = short_form_body(index, start, end)
    if found is not None:
        short, body = found[0], found[1].name
    else:
        short = title_modifier(desc)
        body = full_name_written(index, short) if short else None
    name = spelled_out_description(short, body, desc) if body else None
    return (name, body, SHORT_FORM_WRITTEN_OUT.format(short=short)) if name else None


def title_modifier(description: str) -> str | None:
    """The capitalised words right before the first voice title of an unnamed
    spokesperson's ``description`` (its determiner left off): the body's short form.

    >>> title_modifier("Lib Dem spokesman"), title_modifier("BA representative")
    ('Lib Dem', 'BA')
    >>> title_modifier("spokesman for the Treasury"), title_modifier("spokeswoman for ASH")
    ('Treasury', 'ASH')
    >>> title_modifier("spokesman for the energy department") is None
    True
    """
    words = description.split()
    k = next((k for k, w in enumerate(words) if w.lower().strip(".,;:") in VOICE_TITLES), 0)
    j = k
    while j > 0 and words[j - 1][:1].isupper() and words[j - 1].replace(".", "").isalnum():
        j -= 1
    if j < k:
        return " ".join(words[j:k])
    after = words[k + 1 :]  # "spokeswoman for ASH": the short form after "for"
    links = next((n for n, w in enumerate(after) if w[:1].isupper()), len(after))
    served = after[links:]
    if not served_after_title(after[:links]) or not all(w.isalpha() for w in served):
        return None
    return " ".join(served) if served and all(w[:1].isupper() for w in served) else None


def full_name_written(index, short: str) -> str | None:
    """The full name the article writes for a body's ``short`` form that the actor index
    links to no name: an acronym that the capitalised words of the one organisation's name
    spell, the name's last "and" part left out or not ("A CDC spokeswoman" ... "the U.S.
    Centers for Disease Control and Prevention"); or clipped words, each the start of a
    longer capitalised word, that one name the text writes outside quotations has ("a
    Lib Dem spokesman" ... "the Liberal Democrats"). None when none or several fit."""
    if short.replace(".", "").isupper():
        names = {a.name for a in index.actors if a.kind == "organisation" and a.name != short}
        found = {n for n in names if spells_acronym_before_and(short, n)}
        return found.pop() if len(found) == 1 else None
    clipped = r"\s+".join(re.escape(w) + r"[a-z]{3,}" for w in short.split())
    if any(len(w) > _CLIPPED_MOST or not w.isalpha() for w in short.split()):
        return None
    runs = {
        m.group(0)
        for m in re.finditer(r"\b" + clipped + r"\b", index.text)
        if not index.in_quote(m.start())
    }
    return runs.pop() if len(runs) == 1 else None


#: The most letters of a clipped word of a body's name ("Lib", "Dem", "Con").
_CLIPPED_MOST = 4
