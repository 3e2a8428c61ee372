"""A body's or a state's words in the lead that its own named voice says again later.

A news lead often credits a state or a body with a word ("Moscow on Monday said that a peace
deal is "impossible""; 'The Kremlin said Tuesday that negotiations ... were "extremely
complex"'), and the body of the article quotes the person who said it ('"... a peaceful
settlement is impossible," Russian Foreign Ministry spokeswoman Maria Zakharova said'; '"The
issue of a peace settlement is extremely complex ...," Peskov told journalists'). The words
are that person's: :func:`echoed_by_own_official` gives them to them. A body the article
keeps quoting in its own name keeps its lead words.
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..bodies.roles import role_names_body
from ..cues import NAMING_CUES
from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import CAPITALS, COUNTRIES, DEMONYMS, TITLE_HEADS, same_body

#: The evidence for a speaker placed by :func:`echoed_by_own_official`.
OWN_OFFICIAL = "the state's or body's own person, who says the same words again later"

#: Titles of a state's official: data/words/state_official_titles.txt.
STATE_OFFICIAL_TITLES = word_set("state_official_titles")

#: Longest lead quotation (in words) the rule looks at: a word or a short phrase the official
#: used; a longer clause ("a challenge to our pride") is the state's own statement.
_SHORT = 3

#: Longest lead quotation of a body (not a state) the rule looks at: a phrase its voice used
#: ("reduced to places where people go to die alone").
_SHORT_BODY = 10

#: Kinds of actor whose lead words their own person may say again.
_LEAD_KINDS = ("state", "organisation")

#: Where a title before a name starts: punctuation that ends the clause before it.
_TITLE_START = re.compile(r".*[,;:\"“”(—–.!?\n]", re.DOTALL)


def quote_words(text: str) -> str:
    """The lower-case words of ``text``, hyphenated words split and a plural's "s" dropped,
    joined by spaces: "doors of cooperation" is said again in "the door of cooperation".

    >>> quote_words('"tabloid-style" Advocacy of the doors.')
    'tabloid style advocacy of the door'
    """
    words = re.findall(r"[^\W_]+", text.lower())
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def says_again(short: str, later: str) -> bool:
    """The quotation ``later`` holds all the words of ``short`` as whole words
    (:func:`quote_words`): "false allegations." is said again in "These are false
    allegations".

    >>> says_again("false allegations.", "These are false allegations")
    True
    >>> says_again("false allegations.", "the allegations are false")
    False
    """
    return f" {quote_words(short)} " in f" {quote_words(later)} "


def _lead_quote_body(q: QuoteRecord) -> Actor | None:
    """The state or body a short quotation is credited to ('Moscow said it is "impossible"',
    'The Kremlin said ... "extremely complex"')."""
    ref = q.ref
    if ref is None or ref.actor is None or ref.actor.kind not in _LEAD_KINDS:
        return None
    if q.n_words > (_SHORT if ref.actor.kind == "state" else _SHORT_BODY):
        return None
    if not any(len(w) > 3 for w in quote_words(q.text).split()):
        return None
    return ref.actor


def names_in_own_words(q: QuoteRecord, body: Actor) -> bool:
    """``q`` is the name ``body``, a body and not a state, gives a thing with a naming verb
    ("call", "describe", "brand" ...): its own characterisation, not a phrase its official
    said, unless the body is named by an office one person holds ("United Nations High
    Commissioner for Human Rights", whose spokesperson speaks for it). A state's naming word
    still goes to its official ('Norway called the plan "unacceptable"', then its
    spokeswoman's "The plan is unacceptable"). 'The Election Commission of India ... lauded
    the turnout, calling it "historic"' keeps the Commission when its deputy later says
    "historic" again; 'what the company called "voice and data issues."' stays the
    company's.

    >>> from types import SimpleNamespace as N
    >>> calling, saying = N(cue=N(lemma="call")), N(cue=N(lemma="say"))
    >>> commission = Actor("organisation", "Election Commission of India")
    >>> names_in_own_words(calling, commission), names_in_own_words(saying, commission)
    (True, False)
    >>> office = Actor("organisation", "United Nations High Commissioner for Human Rights")
    >>> names_in_own_words(calling, office), names_in_own_words(calling, Actor("state", "Norway"))
    (False, False)
    """
    if body.kind == "state" or q.cue is None or q.cue.lemma not in NAMING_CUES:
        return False
    return not any(w in TITLE_HEADS for w in body.name.lower().split())


def _actor_of(q: QuoteRecord) -> Actor | None:
    return q.ref.actor if q.ref is not None else None


def next_speaker_echo(quotes: list[QuoteRecord], i: int, state: Actor) -> Actor | None:
    """The person whose quotations come next after ``quotes[i]`` (quotations of ``state``
    itself aside) when one of them, no shorter, holds the words of ``quotes[i]`` (Myanmar's
    "false allegations." and then its spokesperson's "false allegations"); None when
    another speaker is quoted before them. 'The US has also urged China to halt its
    "provocative" actions.' then '... Matthew Miller stated, "We urge Beijing to cease its
    provocative and dangerous behavior."': Matthew Miller."""
    person = None
    for later in quotes[i + 1 :]:
        actor = _actor_of(later)
        if actor is state:
            continue
        if actor is None or actor.kind != "person" or (person and actor is not person):
            return None
        person = actor
        if later.n_words >= quotes[i].n_words and says_again(quotes[i].text, later.text):
            return person
    return None


def own_voice_echo(quotes: list[QuoteRecord], i: int, body: Actor, text: str) -> Actor | None:
    """The first person quoted after ``quotes[i]``, when they are named ("Google
    spokesperson" is no named voice: the words stay Google's), ``text`` ties them to
    ``body`` (:func:`own_voice`) and one of their quotations, no shorter, holds the words of
    ``quotes[i]``; None when the first person quoted is someone else or does not say the
    words again; people of other sides may speak before the echo. 'The Kremlin said ...
    "extremely complex"', then '"The issue of a peace settlement is extremely complex ...,"
    Peskov told journalists' ("Top spokesman Dmitry Peskov"): Peskov. 'Plans to expand Southampton Airport would "exacerbate the
    climate crisis", the city council has said.', then a resident, and only then the
    council's leader: the council's."""
    person = None
    for later in quotes[i + 1 :]:
        actor = _actor_of(later)
        if actor is None or actor.kind != "person" or (person and actor is not person):
            continue
        if person is None and not (actor.forms and own_voice(text, actor, body)):
            return None
        person = actor
        if later.n_words >= quotes[i].n_words and says_again(quotes[i].text, later.text):
            return person
    return None


def speaks_again_itself(quotes: list[QuoteRecord], i: int, body: Actor) -> bool:
    """``body`` is quoted in its own name in another sentence than ``quotes[i]``: the article
    keeps the body as a speaker, and its lead words stay its own ('Norway's foreign ministry
    said ... a "solution"', then '"It is positive ...," the ministry said in a statement')."""
    return any(_actor_of(k) is body and k.sent != quotes[i].sent for k in quotes)


def others_say(quotes: list[QuoteRecord], i: int, person: Actor) -> bool:
    """Another person than ``person`` also says the words of ``quotes[i]`` later: the state's
    word for a thing, not one official's. "a "ballistic missile" ..., Japan said", then its
    spokesman's "As a ballistic missile launch ..." and the prime minister's "what appears to
    be a ballistic missile": Japan's."""
    return any(
        actor is not None and actor.kind == "person" and actor is not person
        for later in quotes[i + 1 :]
        if says_again(quotes[i].text, later.text)
        for actor in [_actor_of(later)]
    )


def title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words that give the title of a name at ``text[start:end]``: those before it back
    to the clause's start, and an apposition after it ("Humaid bin Deemas, the undersecretary
    at the Ministry of Labour, was ...").

    >>> t = 'it said. Russian Foreign Ministry spokeswoman Maria Zakharova, an envoy, said'
    >>> [t[a:b] for a, b in title_spans(t, 46, 61)]
    [' Russian Foreign Ministry spokeswoman ', ' an envoy']
    """
    before = _TITLE_START.match(text, max(0, start - 80), start)
    spans = [(before.end() if before else max(0, start - 80), start)]
    if text[end : end + 1] == ",":
        stop = re.compile(r"[,;.)\"“”]").search(text, end + 1, end + 120)
        spans.append((end + 1, stop.start() if stop else end + 1))
    return spans


def states_named(words: str) -> set[str]:
    """The countries ``words`` name, by name, demonym or capital, in one to three words.

    >>> sorted(states_named("Russian Foreign Ministry spokeswoman"))
    ['Russia']
    >>> sorted(states_named("North Korea's U.N. Ambassador"))
    ['North Korea']
    >>> states_named("Foreign Secretary")
    set()
    """
    tokens = re.findall(r"[\w.]+", re.sub(r"['’]s?\b", " ", words))
    found = set()
    for n in (1, 2, 3):
        for k in range(len(tokens) - n + 1):
            key = " ".join(tokens[k : k + n]).lower().rstrip(".")
            found.update(filter(None, (COUNTRIES.get(key), DEMONYMS.get(key), CAPITALS.get(key))))
    return found


def official_title_for(words: str, state: str) -> bool:
    """A title (``words``) of an official of ``state``: it names the state ("Russian Foreign
    Ministry spokeswoman"), or names no state and holds an official's word ("Foreign
    Secretary"); a title naming another state is another state's official.

    >>> official_title_for(" Foreign Secretary ", "Philippines")
    True
    >>> official_title_for(" Chinese Foreign Ministry spokesman ", "Philippines")
    False
    >>> official_title_for(" a professor at Harvard", "Philippines")
    False
    """
    named = states_named(words)
    if named:
        return state in named
    return any(w in STATE_OFFICIAL_TITLES for w in re.findall(r"\w+", words.lower()))


def titled_for_state(text: str, person: Actor, state: Actor) -> bool:
    """The person is an official of ``state`` by a title the ``text`` gives them where it
    names them (:func:`official_title_for`): "Russian Foreign Ministry spokeswoman Maria
    Zakharova", "Foreign Secretary Teodoro Locsin Jr."; not when their affiliation is
    another state."""
    if person.affiliation == state.name:
        return True
    if person.affiliation is not None and states_named(person.affiliation):
        return False
    return any(
        official_title_for(text[a:b], state.name)
        for start, end in person.mentions
        for a, b in title_spans(text, start, end)
    )


def body_words(body: Actor) -> list[str]:
    """The forms of ``body``'s name a title may hold ("Kremlin", "White House")."""
    return [f for f in {body.name, *body.forms} if len(f) > 1]


def titled_for_body(text: str, person: Actor, body: Actor) -> bool:
    """``person`` belongs to ``body``: their affiliation or role names it, or the words
    that title them where the text names them do ("Kremlin spokesman Dmitry Peskov").

    >>> kremlin = Actor("organisation", "Kremlin")
    >>> peskov = Actor("person", "Dmitry Peskov", mentions=[(17, 30)])
    >>> titled_for_body("Kremlin spokesman Dmitry Peskov said", peskov, kremlin)
    True
    >>> titled_for_body("Nasa chief Dmitry Peskov said", peskov, kremlin)
    False
    """
    if any(
        same_body(person.affiliation, f) or role_names_body(person.role, f)
        for f in body_words(body)
    ):
        return True
    pattern = "|".join(re.escape(f) for f in body_words(body))
    return any(
        re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text[a:b]) is not None
        for start, end in person.mentions
        for a, b in title_spans(text, start, end)
    )


def affiliation_fits(text: str, affiliation: str | None, body: Actor) -> bool:
    """An affiliation that names ``body`` or nothing else: none, the body's own, the body's
    owner ("UN" for the "UN rights office"), the initials its name opens with ("UN" for the
    "United Nations High Commissioner for Human Rights") or an acronym set beside its name
    ("the UN human rights office, OHCHR, said").

    >>> office = Actor("organisation", "UN human rights office", affiliation="UN")
    >>> affiliation_fits("the UN human rights office, OHCHR, said", "OHCHR", office)
    True
    >>> affiliation_fits("the UN human rights office said", "Reuters", office)
    False
    >>> hc = Actor("organisation", "United Nations High Commissioner for Human Rights")
    >>> affiliation_fits("", "UN", hc), affiliation_fits("", "UNICEF", hc)
    (True, False)
    """
    if affiliation is None or affiliation == body.affiliation:
        return True
    names = body_words(body)
    if any(same_body(affiliation, f) or role_names_body(f, affiliation) for f in names):
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", body.name))
    if affiliation.isupper() and len(affiliation) > 1 and initials.startswith(affiliation):
        return True
    beside = rf"\s*[,(]\s*{re.escape(affiliation)}\s*[,)]"
    return any(re.search(re.escape(f) + beside, text) for f in names)


def names_other_body(title: str, text: str, body: Actor) -> bool:
    """``title`` holds an acronym that does not fit ``body`` (:func:`affiliation_fits`): the
    title of another body's person ("the WFP's regional director" is no voice of "the UN").

    >>> un = Actor("organisation", "UN")
    >>> names_other_body(" the WFP's regional director", "", un)
    True
    >>> names_other_body(" UN spokesperson ", "", un)
    False
    """
    return any(
        not affiliation_fits(text, acronym, body)
        for acronym in re.findall(r"(?<![\w.])[A-Z]{2,}(?![\w.])", title)
    )


def voice_of_body(text: str, person: Actor, body: Actor) -> bool:
    """``person`` speaks for the organisation ``body``: a title names it
    (:func:`titled_for_body`), or the person holds a title ("Top spokesman Dmitry Peskov",
    "Joanne Liu, its president") while their affiliation (:func:`affiliation_fits`) and
    title name no other body (:func:`names_other_body`) and no state the body's name does
    not."""
    if titled_for_body(text, person, body):
        return True
    if not person.role or not affiliation_fits(text, person.affiliation, body):
        return False
    titles = [person.role] + [
        text[a:b] for start, end in person.mentions for a, b in title_spans(text, start, end)
    ]
    return all(
        states_named(t) <= states_named(body.name) and not names_other_body(t, text, body)
        for t in titles
    )


def own_voice(text: str, person: Actor, body: Actor) -> bool:
    """``person`` is ``body``'s own voice: a state's official (:func:`titled_for_state`) or
    an organisation's titled person (:func:`voice_of_body`)."""
    if body.kind == "state":
        return titled_for_state(text, person, body)
    return voice_of_body(text, person, body)


def lead_voice(quotes: list[QuoteRecord], i: int, body: Actor, text: str, in_lead) -> Actor | None:
    """The person whose lead words ``quotes[i]`` are, credited there to ``body``: a state's
    official quoted next who says them again (:func:`next_speaker_echo`,
    :func:`titled_for_state`); a body's own person quoted first after the lead's
    words (``in_lead``) who says them again (:func:`own_voice_echo`), unless the article
    quotes the body in its own name elsewhere (:func:`speaks_again_itself`)."""
    if body.kind == "state":
        person = next_speaker_echo(quotes, i, body)
        return person if person and titled_for_state(text, person, body) else None
    if not in_lead(quotes[i].sent) or speaks_again_itself(quotes, i, body):
        return None
    return own_voice_echo(quotes, i, body, text)


def echoed_by_own_official(quotes: list[QuoteRecord], text: str, in_lead) -> None:
    """A short quotation credited to a state or a body before a second person is quoted,
    whose words its own person says again (:func:`lead_voice`), is that person's (their
    ``how`` says so): 'Moscow on Monday said that a peace deal with Kyiv is "impossible"' and
    next '"... a peaceful settlement is impossible," Russian Foreign Ministry spokeswoman
    Maria Zakharova said': Maria Zakharova; 'the UN human rights office, OHCHR, said' ...
    "OHCHR spokesperson Jeremy Laurence": Laurence. The lead lasts until a second person is
    quoted: the official may already speak in the headline ("Philippine foreign secretary
    ... demands that China 'back off'", then 'The Philippines ... calling the action
    "illegal."', echoed by Foreign Secretary Teodoro Locsin Jr.). Words that other people
    say again too stay the state's or body's (:func:`others_say`). ``in_lead`` tells the
    sentences of the lead: the first two paragraphs below the headline."""
    lead_person = None
    for i, q in enumerate(quotes):
        actor = _actor_of(q)
        if actor is not None and actor.kind == "person":
            if lead_person is not None and actor is not lead_person:
                return  # past the lead: a second person has been quoted
            lead_person = actor
            continue
        body = _lead_quote_body(q)
        if body is not None and names_in_own_words(q, body):
            continue  # the body's own name for the thing
        person = lead_voice(quotes, i, body, text, in_lead) if body is not None else None
        if person is None or (lead_person is not None and person is not lead_person):
            continue
        if not others_say(quotes, i, person):
            q.ref = SpeakerRef(person, None, q.ref.start, q.ref.end, how=OWN_OFFICIAL)
