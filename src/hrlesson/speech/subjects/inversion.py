"""Inverted reporting clauses after reported content with no quotation marks."""

from __future__ import annotations

from ..clause_words import clause_words
from ..tokens import Token
from ..vocabulary import AUXILIARIES, COMMON_VERBS, DETERMINERS, PERSONAL_SUBJECTS, TITLE_HEADS

#: Forms of a speech verb that may stand before their subject ("..., said O'Brien.").
INVERTING_FORMS = frozenset({"said", "says", "added", "adds", "noted", "notes", "stated", "wrote"})

#: Pronouns that open a clause as its subject, not an inverted subject ("said it would act").
_PRONOUNS = PERSONAL_SUBJECTS | frozenset(["this", "that", "there"])


def inverted_after_clause(left: str, form: str, after: list[Token]) -> bool:
    """True for ``Boko Haram has coerced more than 50 children ..., said O'Brien.``: a clause
    ending in a comma, then a speech verb and a short subject that closes the sentence.

    ``after`` is the rest of the sentence after the verb. The subject starts with a capital
    or a determiner and runs, with no comma, to the end of the sentence within eight words
    ("said the UN's aid chief on Wednesday." counts; "said it would act" and "said the bloc
    was appalled" do not: no verb after the subject).

    >>> from ..tokens import tokenize
    >>> inverted_after_clause("Many fled, ", "said", tokenize("O'Brien.", [0]))
    True
    >>> inverted_after_clause("Many fled, ", "said", tokenize("it would act.", [0]))
    False
    >>> inverted_after_clause("Haley, the envoy, ", "said", tokenize("the report “works.”", [0]))
    False

    A lower-case title may open the subject (:func:`titled_name`):

    >>> inverted_after_clause("Flights were late, ", "said", tokenize("spokesman Kent Landers.", [0]))
    True

    A participle after a comma closes the subject too (:func:`before_participle`):
    "..., said the U.S. Treasury Department, using another name for Myanmar."

    >>> inverted_after_clause("Many fled, ", "said", tokenize("the agency, citing data.", [0]))
    True
    """
    return form.lower() in INVERTING_FORMS and inverted_subject_follows(left, after)


def headline_group_after_verb(kind: str, left: str, form: str, lemma: str | None, after) -> bool:
    """A headline ends in a comma, a plural present speech verb and a bare lower-case plural
    group that closes it: the group is the verb's subject, after it ("Post office closure
    'terrible' for older people, say locals": locals; "..., warn campaigners"). ``kind`` is the
    sentence's kind, ``after`` the rest of the sentence after the verb.

    >>> from ..tokens import tokenize
    >>> headline_group_after_verb("title", "'terrible' for people, ", "say", "say",
    ...                           tokenize("locals", [0]))
    True
    >>> headline_group_after_verb("body", "'terrible' for people, ", "say", "say",
    ...                           tokenize("locals", [0]))
    False
    """
    words = [t for t in after if t.text[0].isalnum()]
    return (
        kind in ("title", "heading")
        and form == lemma
        and bool(words)
        and all(t.text.islower() for t in words)
        and words[-1].lower.endswith("s")
        and not words[-1].lower.endswith("ss")
        and inverted_subject_follows(left, after, bare=True)
    )


def inverted_subject_follows(left: str, after: list[Token], bare: bool = False) -> bool:
    """The test of :func:`inverted_after_clause` whatever the verb: ``left`` ends in a
    comma and ``after`` (the rest of the sentence after the verb) is a short subject that
    closes it. With ``bare``, a subject in lower case with no article may open it, as a
    headline writes one ("..., warns civil defence official").

    >>> from ..tokens import tokenize
    >>> inverted_subject_follows("It is slow, ", tokenize("the director, Ann Lee.", [0]))
    True
    >>> inverted_subject_follows("It is slow, ", tokenize("civil defence official", [0]))
    False
    >>> inverted_subject_follows("It is slow, ", tokenize("civil defence official", [0]), True)
    True
    """
    if not left.rstrip().endswith(","):
        return False
    after = before_participle(after)
    if any(t.lower in AUXILIARIES or t.lower in COMMON_VERBS for t in after):
        return False
    after = without_bracketed_acronym(before_apposed_name(before_apposition(after)))
    words = [t for t in after if t.text[0].isalnum()]
    if not words or words[0].lower in _PRONOUNS:
        return False
    if not (bare or words[0].cap or words[0].lower in DETERMINERS or titled_name(words)):
        return False
    return len(words) <= 8 and all(t.text == "." for t in after if not t.text[0].isalnum())


def without_bracketed_acronym(after: list[Token]) -> list[Token]:
    """``after`` without an acronym in brackets right after a capitalised name ("..., says
    Amnesty International (AI), adding"): the name's short form, no part of the clause.

    >>> from ..tokens import tokenize
    >>> [t.text for t in without_bracketed_acronym(tokenize("Amnesty International (AI)", [0]))]
    ['Amnesty', 'International']
    """
    for k in range(1, len(after) - 2):
        acronym = after[k + 1].text
        bracketed = after[k].text == "(" and after[k + 2].text == ")" and after[k - 1].cap
        if bracketed and acronym.isalpha() and acronym.isupper() and len(acronym) >= 2:
            return after[:k] + after[k + 3 :]
    return after


def titled_name(words: list[Token]) -> bool:
    """``words`` open with a lower-case title and go on with a name: "said spokesman Kent
    Landers of Atlanta", "said spokeswoman Brandy King" (an inverted subject with no
    article before its title).

    >>> from ..tokens import tokenize
    >>> titled_name(tokenize("spokesman Kent Landers of Atlanta.", [0]))
    True
    >>> titled_name(tokenize("officials on Monday.", [0])), titled_name(tokenize("later", [0]))
    (False, False)
    """
    return (
        len(words) >= 2
        and words[0].text.islower()
        and words[0].lower in TITLE_HEADS
        and words[1].cap
    )


def before_participle(after: list[Token]) -> list[Token]:
    """``after`` up to a comma that a participle follows ("the agency, citing data"):
    the adjunct is no part of an inverted subject; else ``after`` unchanged.

    >>> from ..tokens import tokenize
    >>> [t.text for t in before_participle(tokenize("the agency, citing data.", [0]))]
    ['the', 'agency']
    """
    for k, t in enumerate(after[:-1]):
        nxt = after[k + 1]
        if t.text == "," and nxt.text.islower() and nxt.lower.endswith("ing"):
            return after[:k]
    return after


#: Words after a comma that open a clause, not an apposition.
_CLAUSE_OPENERS = clause_words("relative_pronoun", "relative_adverb", "link", "subordinator")


def before_apposed_name(after: list[Token]) -> list[Token]:
    """``after`` up to a comma after which only a capitalised name closes the sentence
    ("the technical director of the emergency plan, Miguel Angel Morquinde."): the name
    in apposition says who the description is; else ``after`` unchanged.

    >>> from ..tokens import tokenize
    >>> [t.text for t in before_apposed_name(tokenize("the director, Ann Lee.", [0]))]
    ['the', 'director']
    >>> len(before_apposed_name(tokenize("the director, who left.", [0])))
    6
    """
    k = next((k for k, t in enumerate(after) if t.text == ","), None)
    if k is None or k == 0:
        return after
    tail = [t for t in after[k + 1 :] if t.text != "."]
    return after[:k] if tail and all(t.cap for t in tail) else after


def before_apposition(after: list[Token]) -> list[Token]:
    """``after`` up to a comma that opens a lower-case apposition after a name ("Lesley
    Muñoz Rivera, secretary of the Copiapó Indigenous community."): the description is no
    part of the inverted subject; else ``after`` unchanged. Not before a relative clause.

    >>> from ..tokens import tokenize
    >>> [t.text for t in before_apposition(tokenize("Ann Lee, secretary of the group.", [0]))]
    ['Ann', 'Lee']
    >>> len(before_apposition(tokenize("Ann Lee, who runs it.", [0])))
    7
    """
    if not after or not after[0].cap:
        return after
    for k, t in enumerate(after[:-1]):
        nxt = after[k + 1]
        if t.text == "," and nxt.text.islower() and nxt.lower not in _CLAUSE_OPENERS:
            return after[:k] if all(w.cap for w in after[:k]) else after
    return after


def titled_after_dash(index, toks: list[Token], n: int):
    """The person named at the end of the words after the dash ``toks[n]`` when those words
    are the rest of a company's name, a title and the name: ``said AP Moller – Maersk chief
    operating officer Soren Toft.`` names Toft, not "AP Moller" (``index`` the actor index;
    None when the words after the dash hold no title before a person's name).
    """
    if toks[n].text not in "—–" or n + 1 >= len(toks) or not toks[n + 1].cap:
        return None
    run = []
    for t in toks[n + 1 :]:
        if not t.text[0].isalnum():
            break
        run.append(t)
    titles = [k for k, t in enumerate(run) if t.lower in TITLE_HEADS]
    if not titles or titles[0] == 0 or titles[-1] + 1 >= len(run):
        return None
    m = index.mention_starting(run[titles[-1] + 1].start)
    if m is None or m.actor.kind != "person" or m.end != run[-1].end:
        return None
    return m
