"""Tests for hrlesson.quotes: quotation marks, attribution patterns, speakers, cues.

The short texts in the tables below, and the articles in tests/articles/, are
constructed: written by us for these tests, with invented people and places.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrlesson
from hrlesson.errors import ArticleError, HrlessonWarning, InputError
from hrlesson.quotes import TABLE, quote_spans, quotes, scare_quotes, speaker_at

ARTICLES = Path(__file__).parent / "articles"
DATE = "2024-03-15"


def _article(text: str):
    return hrlesson.article_from_text(text, date=DATE)


def _constructed(name: str):
    return hrlesson.load_article(ARTICLES / f"{name}.txt", date=DATE)


def _rows(df) -> list[tuple]:
    return [(r.text, r.speaker, r.cue) for r in df.itertuples()]


def _none(value):
    return None if pd.isna(value) else value  # NaN, NA -> None


# --------------------------------------------------------------------------- patterns

# (pattern, constructed text, expected (quote text, speaker, cue) rows)
PATTERNS = [
    (
        '"Q," said S',
        (
            "GENEVA (Wire) - Envoy Lena Sorensen met delegates.\n\n"
            '"The talks have failed," said Lena Sorensen.'
        ),
        [("The talks have failed,", "Lena Sorensen", "say")],
    ),
    (
        '"Q," S said',
        'Lena Sorensen met delegates on Monday.\n\n"We will try again," Sorensen said.',
        [("We will try again,", "Lena Sorensen", "say")],
    ),
    (
        'S said: "Q"',
        'Envoy Lena Sorensen said: "Nobody should be detained for speaking."',
        [("Nobody should be detained for speaking.", "Lena Sorensen", "say")],
    ),
    (
        'S said that ... "partial"',
        'Lena Sorensen said that the new law was "deeply troubling" for journalists.',
        [("deeply troubling", "Lena Sorensen", "say")],
    ),
    (
        "according to S",
        (
            'The protests continued, and the police used "excessive force", according to '
            "Amnesty International."
        ),
        [("excessive force", "Amnesty International", None)],
    ),
    # a capitalised name that speaks is a person's, whatever its first name
    (
        "S, who ..., told (first name not in any list)",
        (
            '"Nobody has been held to account," Marzuki Darusman, who chaired the panel, told '
            'reporters. "Nobody."'
        ),
        [
            ("Nobody has been held to account,", "Marzuki Darusman", "tell"),
            ("Nobody.", "Marzuki Darusman", None),
        ],
    ),
    (
        "said X, who ...",
        '"Officers fired tear gas," said Thura Aung Min, who saw the march.',
        [("Officers fired tear gas,", "Thura Aung Min", "say")],
    ),
    (
        "Arabic name with a particle",
        'Foreign Minister Abdel Karim el-Sayed left.\n\n"We refuse," el-Sayed said.',
        [("We refuse,", "Abdel Karim el-Sayed", "say")],
    ),
    (
        "double surname repeated without the first name",
        'Ana Lucía Torres Vega spoke first.\n\n"We need access," Torres Vega said.',
        [("We need access,", "Ana Lucía Torres Vega", "say")],
    ),
    (
        "participle after a sentence with a noun 'report'",
        'Ostravia on Thursday rejected a United Nations report, calling it "biased".',
        [("biased", "Ostravia", "call")],
    ),
    (
        "a cue inside the reported clause of another cue",
        'The envoy Lena Sorensen said that the evidence pointed to "a deliberate policy".',
        [("a deliberate policy", "Lena Sorensen", "say")],
    ),
    (
        "passive with an agent",
        'The findings were slammed by the Interior Minister Paul Dorn as "fabricated".',
        [("fabricated", "Paul Dorn", "slam")],
    ),
    (
        "speaker after the verb",
        '"The door remains open," added the special rapporteur, Ines Moreau.',
        [("The door remains open,", "Ines Moreau", "add")],
    ),
    (
        "appositive with a relative clause",
        'Marc Olsen, who replaced Peter Lind as envoy in May, said the plan was "dead".',
        [("dead", "Marc Olsen", "say")],
    ),
    (
        "appositive with a role",
        'Nadia Karim, a senior adviser at Human Rights Watch, said the vote was "a disgrace".',
        [("a disgrace", "Nadia Karim", "say")],
    ),
    (
        "participle clause",
        'Karl Weber rejected the draft, warning that it would "divide the council".',
        [("divide the council", "Karl Weber", "warn")],
    ),
    (
        "sentence-initial participle",
        'Citing "new evidence," the rapporteur Ines Moreau called for an inquiry.',
        [("new evidence,", "Ines Moreau", "cite")],
    ),
    (
        "coordinated verbs",
        'Karl Weber criticised the "hasty" vote and urged members to "think again".',
        [("hasty", "Karl Weber", "criticise"), ("think again", "Karl Weber", "urge")],
    ),
    (
        "pronoun speaker",
        'Maria Lopez arrived late. "We need more time," she said.',
        [("We need more time,", "Maria Lopez", "say")],
    ),
    (
        "organisation and 'it'",
        (
            "Human Rights Watch published its findings. It said the raids were "
            '"unlawful and indiscriminate".'
        ),
        [("unlawful and indiscriminate", "Human Rights Watch", "say")],
    ),
    (
        "a report's words go to its author",
        (
            "Ines Moreau presented a report to the council. The report says detainees were "
            '"routinely beaten" in custody.'
        ),
        [("routinely beaten", "Ines Moreau", "say")],
    ),
    (
        "kin named in apposition after an inverted cue, with an age",
        (
            "Pavel Kresnik died in custody in March.\n\n"
            '"They told us he had a heart attack," said his sister, Irena Kresnik, 41, who '
            "lives in exile."
        ),
        [("They told us he had a heart attack,", "Irena Kresnik", "say")],
    ),
    (
        "object complement of a naming participle",
        'Ostravia rejected the vote, calling the decision "illegitimate".',
        [("illegitimate", "Ostravia", "call")],
    ),
    (
        "absolute 'with S calling'",
        (
            "Ostravia rejected the vote on Friday, with its foreign minister, Katarina Vell, "
            'calling it "illegitimate".'
        ),
        [("illegitimate", "Katarina Vell", "call")],
    ),
    (
        "'with' without a comma is no absolute construction",
        'Lena Sorensen met with Karl Weber on Monday, saying the talks were "useful".',
        [("useful", "Lena Sorensen", "say")],
    ),
    (
        "a naming cue's complement after 'the vote' is no ballot option",
        'Lena Sorensen left the room, calling the vote "a farce".',
        [("a farce", "Lena Sorensen", "call")],
    ),
    (
        "object of an infinitive is not a term",
        'Lena Sorensen said the government was willing to hold "frank talks" with all sides.',
        [("frank talks", "Lena Sorensen", "say")],
    ),
    (
        "an unnamed person whose noun is not a title",
        'Lena Sorensen posted the video. "Who asked you?" one user wrote below it.',
        [("Who asked you?", "user", "write")],
    ),
    (
        "a capitalised name after a group noun is the group's",
        'The rights group Free Ostravia Now said its members had "cried with relief".',
        [("cried with relief", "Free Ostravia Now", "say")],
    ),
    (
        "a description's holder named in apposition after it",
        (
            'The vote split the council.\n\n"This is a sign of isolation," said Ostravia\'s '
            "permanent representative to the United Nations in Geneva, Marek Dalibor Voss - "
            "on behalf of a group of countries."
        ),
        [("This is a sign of isolation,", "Marek Dalibor Voss", "say")],
    ),
    (
        "initials without full stops inside a name",
        (
            "Ostravia's Foreign Minister A K Rashed Mirza met the envoy on Saturday.\n\n"
            '"The return will start soon," the foreign minister said.'
        ),
        [("The return will start soon,", "A K Rashed Mirza", "say")],
    ),
    (
        "a body's chief is its chairperson",
        (
            "African Union (AU) Commission Chairperson Tomas Abebe Mulu welcomed the "
            'resolution.\n\n"This is a strong endorsement," the AU Commission chief said.'
        ),
        [("This is a strong endorsement,", "Tomas Abebe Mulu", "say")],
    ),
    (
        "a country's president is not a president introduced with another country",
        (
            "Peru's Foreign Minister Ivo Marek, and President Dana Kovac, met reporters. "
            "Chile's president said Mr Kovac had assured him that Peru was "
            '"committed to reform".'
        ),
        [("committed to reform", "Chile's president", "say")],
    ),
    (
        "a generic title is the person named just before it",
        (
            "The UN rights chief Dana Kovac called for the release of the lawyers.\n\n"
            "According to a statement from Kovac's office, the U.N. official says the arrests "
            'are a "worrying pattern".\n\n'
            "Ivo Marek, a spokesman for the office, said the letter had arrived."
        ),
        [("worrying pattern", "Dana Kovac", "say")],
    ),
    (
        "a bare body noun with an affiliation is the body that spoke last",
        (
            'UNICEF stressed that children were at risk. The trauma may last "for decades", the '
            "UN agency said."
        ),
        [("for decades", "UNICEF", "say")],
    ),
    (
        "the head of something keeps its complement",
        (
            'The head of diplomacy in Velmora, in a statement, said the visit "did not allow a '
            'full assessment".'
        ),
        [("did not allow a full assessment", "head of diplomacy in Velmora", "say")],
    ),
    (
        "a body's several-word name before a title",
        'The European Union foreign affairs spokesperson said the bloc "encourages the release".',
        [("encourages the release", "European Union foreign affairs spokesperson", "say")],
    ),
    (
        "a state body's generic name keeps its state",
        'Ostravia\u2019s Foreign Ministry said the verdict was "a victory".',
        [("a victory", "Ostravia\u2019s Foreign Ministry", "say")],
    ),
    (
        "the country before UN is the delegate's",
        (
            "Peru's UN ambassador Ivo Marek criticised the draft. Chile's UN ambassador Dana "
            'Kovac welcomed it.\n\n"This is unacceptable," the Peruvian envoy said.'
        ),
        [("This is unacceptable,", "Ivo Marek", "say")],
    ),
    (
        "the top diplomat is the secretary of state",
        (
            "Secretary of State Marek Dalibor met his counterparts.\n\n"
            '"We are united," the top U.S. diplomat said.'
        ),
        [("We are united,", "Marek Dalibor", "say")],
    ),
    (
        "a name, 'and', then another person's title",
        (
            "Peru's foreign minister Ivo Marek and Prime Minister Dana Kovac met. "
            '"We need help," the top Peruvian diplomat said.'
        ),
        [("We need help,", "Ivo Marek", "say")],
    ),
    (
        "a delegate to the UN speaks for the country before the title",
        (
            "Peru's ambassador to the UN Ivo Marek walked out.\n\n"
            '"This is a disgrace," the Peruvian ambassador said.'
        ),
        [("This is a disgrace,", "Ivo Marek", "say")],
    ),
    (
        "a title with a lower-case topic before the name",
        (
            "UN Special Rapporteur on torture Dana Kovac wrote to Ivo Marek, the minister.\n\n"
            '"The allegations are grave," the special rapporteur said.'
        ),
        [("The allegations are grave,", "Dana Kovac", "say")],
    ),
    (
        "a title's 'of the' complement before an apposed name",
        (
            "The president of the Human Rights Council, Dana Kovac, closed the session.\n\n"
            '"We have done our work," the council president said.'
        ),
        [("We have done our work,", "Dana Kovac", "say")],
    ),
    (
        "a lower-case body after 'the head of the' before an apposed name",
        (
            "The head of the UN refugee agency, Ivo Marek, visited the camp.\n\n"
            '"The needs are huge," the UNHCR chief said.'
        ),
        [("The needs are huge,", "Ivo Marek", "say")],
    ),
    (
        "Director-General before a name",
        (
            "WHO Director-General Dana Kovac Mirza warned of famine. Peru's President Ivo "
            'Marek met her.\n\n"Children are dying," the WHO chief said.'
        ),
        [("Children are dying,", "Dana Kovac Mirza", "say")],
    ),
    (
        "guillemets: a continuation paragraph ending in a closing mark",
        (
            "Anna Bürki spoke on Monday.\n\n"
            "«Neutrality does not mean silence,» Bürki said. «We will speak up.»"
        ),
        [
            ("Neutrality does not mean silence,", "Anna Bürki", "say"),
            ("We will speak up.", "Anna Bürki", None),
        ],
    ),
    (
        "pronoun: the first speaker of the sentence before, not one in the clause reported",
        (
            "Tomas Herrera said on Monday that the envoy Ivo Marek had rejected the plan.\n\n"
            '"We have a lot of work to do on this," he said.'
        ),
        [("We have a lot of work to do on this,", "Tomas Herrera", "say")],
    ),
    (
        "pronoun: the titled subject of the sentence before, not its object",
        (
            "UN envoy Tomas Herrera met Ostravian President Anton Weber on Monday in Geneva.\n\n"
            '"We have a lot of work to do on this," he said.'
        ),
        [("We have a lot of work to do on this,", "Tomas Herrera", "say")],
    ),
    (
        "'it': the first speaker of the sentence before, not the body in its report",
        (
            "The UN said on Monday that Velmora had rejected the plan.\n\n"
            '"We have a lot of work to do on this," it added.'
        ),
        [("We have a lot of work to do on this,", "UN", "add")],
    ),
    (
        "'after' opens a clause after a verb: its subject asks",
        (
            "Ivo Marek spoke after Velmora's foreign minister, Tomas Herrera, asked for a force "
            '"to be allowed to stand with us".'
        ),
        [("to be allowed to stand with us", "Tomas Herrera", "ask")],
    ),
    (
        "participle: 'their' cannot point back to 'He'",
        (
            "Foreign Minister Ivo Marek told reporters the report was false.\n\n"
            "He was reacting to a statement issued by eight experts of the council, "
            'expressing their grave concern "at the scale of the reported abuses".'
        ),
        [("at the scale of the reported abuses", "eight experts", "express")],
    ),
    (
        "'For <person>,' gives that person's view",
        (
            "Lena Sorensen spoke first.\n\nFor Tomas Herrera, spokesperson for the agency, "
            '"it is unbearable to think of the children under the rubble."'
        ),
        [("it is unbearable to think of the children under the rubble.", "Tomas Herrera", None)],
    ),
    (
        "a paragraph cut before a lower-case 'said' continues the sentence",
        (
            "Velmora's Ambassador Lena Sorensen\n\n"
            'said that "the need of the hour is to return to the table."'
        ),
        [("the need of the hour is to return to the table.", "Lena Sorensen", "say")],
    ),
    (
        "a pronoun that opens a reported clause: the reporter's words",
        'The envoy Ivo Marek said they reject the "so-called assessment of the council."',
        [("so-called assessment of the council.", "Ivo Marek", "say")],
    ),
    (
        "'was quoted as saying' after a long apposition",
        (
            '"We call on the council to act now," Lena Sorensen, associate director of the '
            "women's rights division at the group, was quoted as saying in the report."
        ),
        [("We call on the council to act now,", "Lena Sorensen", "say")],
    ),
    (
        "a fragment cut mid-name is no pronoun's antecedent",
        (
            "Ambassador Tomas Herrera deplored the toll and urged a vote. Velmora's Prime "
            'Minister Anton\n\nWeber, he said, was "ready to sacrifice thousands more."'
        ),
        [("ready to sacrifice thousands more.", "Tomas Herrera", "say")],
    ),
    (
        '"Q," S, OWNER\'s TITLE said (no comma before the verb)',
        '"Aid must reach the camps," Mara Lindqvist, the agency\u2019s regional spokesperson said.',
        [("Aid must reach the camps,", "Mara Lindqvist", "say")],
    ),
    (
        "a state's committee keeps its owner",
        'Velmora\'s Investigative Committee said the charges were "baseless".',
        [("baseless", "Velmora's Investigative Committee", "say")],
    ),
    (
        "an indefinite spokesman named right after the quotation",
        (
            "A spokesman for the UN refugee agency said on Tuesday that the visit was "
            '"an important one." "We have 12 camps," Piet Vanderlinden told a briefing.'
        ),
        [
            ("an important one.", "Piet Vanderlinden", "say"),
            ("We have 12 camps,", "Piet Vanderlinden", "tell"),
        ],
    ),
    (
        "a title after a body's acronym in brackets: the person named after it",
        (
            "Minister Lena Sorensen issued a statement rejecting the Organization of American "
            "States (OAS) Secretary General Tomas Herrera\u2019s latest report calling for the "
            'suspension "as soon as possible".'
        ),
        [("as soon as possible", "Tomas Herrera", "call")],
    ),
    (
        "a title that is itself a mention, then a lower-case title and a name: the name",
        (
            '"The High Commissioner deplores the insults," United Nations High Commissioner '
            "for Human Rights spokesperson Piet Vanderlinden said."
        ),
        [("The High Commissioner deplores the insults,", "Piet Vanderlinden", "say")],
    ),
    (
        "a state's government named by its adjective is the government, not the state",
        (
            "Turkey sent a letter to the experts on Monday.\n\n"
            'In the letter, the Turkish government accused the experts of "haste".'
        ),
        [("haste", "Turkish government", "accuse")],
    ),
    (
        "a list cut by commas is one subject",
        'The US, Japan and France said the vote was "a disgrace".',
        [("a disgrace", "US, Japan and France", "say")],
    ),
]


@pytest.mark.parametrize(("pattern", "text", "expected"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_attribution_patterns(pattern, text, expected):
    df = quotes(_article(text))
    got = [(t, s, _none(c)) for t, s, c in _rows(df)]
    assert got == expected


# Speakers of every quote of longer constructed articles, in reading order (our annotation).
SPEAKERS = {
    "constructed_spokespeople": [
        "Ivo Marek",  # "The spokesman for Velmora's foreign ministry, Ivo Marek, said"
        "Rina Okafor",  # "said a spokesperson for the Office ..., Rina Okafor"
        "Paul Grant",  # "The rapporteur's spokesperson, Paul Grant, told"
        "UN",  # "According to a UN statement"
        "Rina Okafor",  # "Ms Okafor said"
        "Leon Duval",  # "said Leon Duval, the UN special rapporteur on torture"
        "Leon Duval",  # "UN expert says": the special rapporteur
    ],
    "constructed_rapporteur": ["Helga Brandt"] * 6 + ["Ostravian foreign ministry", "Ali Reza"],
    "constructed_security_council": [
        *["Lars Ekholm"] * 4,
        "Daniel Pruitt",
        "Rosa Vidal",
        "Rosa Vidal",
        "Tomas Herrera",  # "Vidal's deputy, Tomas Herrera, went further. "...," he said"
        "Agnes Wirth",
        "Human rights groups",
    ],
    "constructed_experts": [*["group of UN experts"] * 3, "Selma Ortiz", "Viktor Salo"],
    "constructed_un_news": [
        "Maria Santos",  # title: “...”, says UN rights chief
        *["Maria Santos"] * 4,
        "Jan Kowal",  # "Jan" is a first name here, not January
        "Jan Kowal",
        "European Union",  # ", speaking on behalf of its 27 member states, said"
    ],
    "constructed_inquiry": [
        "United Nations investigators",  # "..., United Nations investigators said on Thursday"
        "Elena Rossi",
        "Elena Rossi",
        "Ostravia",  # "The government has ... dismissed": Ostravia's, after "Ostravia's mission"
        "Omar Farouk",
    ],
    "constructed_secretary_general": [
        "Lars Ekholm",
        "Lars Ekholm",  # "the UN chief told"
        "Western diplomat",  # "As one Western diplomat put it": unnamed, not Ekholm
        "Ekholm's office",
    ],
}


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_speakers_of_constructed_articles(name):
    assert quotes(_constructed(name)).speaker.tolist() == SPEAKERS[name]


# --------------------------------------------------------------------------- genre articles

# Expected (quote text, speaker, cue) for every quote of the constructed_genre_* articles, in
# reading order (our own annotation, see tests/articles/README.md). A quote text may be given
# shortened: the extracted text must start with it.
GENRE = {
    "constructed_genre_ap": [
        ("These arrests appear to be arbitrary,", "Thandiwe Nkosi", "tell"),
        ("People are being held simply for what they said.", "Thandiwe Nkosi", None),
        ("My government respects the right to protest,", "Rashid Al-Mansouri", "say"),
        ("But violence cannot be tolerated.", "Rashid Al-Mansouri", None),
        ("I urge the authorities to release everyone", "Ilse Brandvold", "say"),
        ("deeply troubled", "Ilse Brandvold", "add"),
        ("the worst in a decade.", "Amnesty International", "say"),
        (
            "The world cannot look away,",
            "Carlos Ramírez Ochoa",
            "say",
        ),  # "..., said X, the group's"
        ("grossly inflated.", "Rashid Al-Mansouri", "say"),
    ],
    "constructed_genre_reuters": [
        ("politically motivated", "Ostravia", "call"),  # "Ostravia ... rejected ..., calling it"
        ("full of fabrications", "Ostravia", "call"),
        ("We found a clear pattern of abuse,", "Nguyen Thi Lan", "tell"),  # surname first
        ("It is not a question of a few bad guards.", "Nguyen Thi Lan", None),
        ("anonymous and unverifiable sources", "Pavel Dusek", "say"),
        ("Nobody from the committee visited our prisons,", "Pavel Dusek", "tell"),
        ("They wrote this report from Geneva.", "Pavel Dusek", None),
        ("without delay", "Nguyen Thi Lan", "say"),  # "Nguyen said": the surname comes first
        ("This will not go away,", "diplomat", "say"),  # unnamed source
    ],
    "constructed_genre_afp": [
        ("brutal", "Amara Diallo", "slam"),  # role first ("The UN rights chief"), name later
        ("What we are seeing is the systematic", "Amara Diallo", "tell"),
        ("hijacked by foreign-funded extremists", "Sergei Volkov", "insist"),
        ("Climate of fear", None, None),  # AFP section heading
        ("climate of fear", "Amara Diallo", "describe"),
        ("hunted down", "Amara Diallo", "describe"),
        ("No one should be punished for speaking out,", "Amara Diallo", "say"),
        ("double standards", "Sergei Volkov", "accuse"),
        ("My country will not accept lectures,", "Sergei Volkov", "say"),
        ("ready for dialogue, but not for dictates", "Sergei Volkov", "add"),
        ("appalled", "Maria Lindqvist", "say"),
    ],
    "constructed_genre_un_news": [
        ("alarming", "Tomás Cali Ixcoy", "warn"),  # headline: "UN expert warns of"
        ("alarming", "Tomás Cali Ixcoy", "warn"),
        ("Each of these executions is a violation", "Tomás Cali Ixcoy", "say"),
        ("I call on the authorities to establish", "Tomás Cali Ixcoy", None),
        ("fell far short", "Tomás Cali Ixcoy", "say"),  # "The independent expert said"
        ("Confessions under torture", None, None),  # UN News section heading
        ("Confessions obtained under torture", "Tomás Cali Ixcoy", "stress"),
        ("We are witnessing a dramatic deterioration,", "Nadia Al-Rashed", "say"),
        ("ready to assist", "Nadia Al-Rashed", "add"),
    ],
    "constructed_genre_aljazeera": [
        ("travesty of justice", "Rights groups", "call"),
        (
            "without charge or access to a lawyer",
            "their families",
            None,
        ),  # ", according to their families."
        ("This trial is a travesty of justice,", "Hiba Al-Khatib", "tell"),
        # a quotation over two paragraphs: the first is left open, the second re-opens
        ("The defendants were denied access", "Hiba Al-Khatib", None),
        ("fair and transparent", "Tarvanian foreign ministry", "say"),
        ("full access to legal counsel", "Tarvanian foreign ministry", "say"),
        ("deeply concerned", "UN human rights office", "say"),
        ("Mass trials of this kind cannot meet", "Omar Haddad", "say"),
        ("My brother is a teacher, not a criminal.", "Youssef Benali", "write"),
        ("The authorities must release all those", "Lina Saade", "say"),
    ],
    "constructed_genre_guardian": [
        # "UN-appointed investigators have accused ..., saying": the extractor names the group
        # "UN investigators" (known gap: the hyphenated modifier is dropped)
        ("widespread and systematic", "UN investigators", "say"),
        ("a deliberate policy", "Ana Lucía Torres Vega", "say"),
        ("We have names, we have dates,", "Ana Lucía Torres Vega", "say"),
        ("Impunity is not an option.", "Ana Lucía Torres Vega", None),
        ("The evidence is overwhelming,", "Ingrid Solberg", "say"),
        (
            "We first need access to the country,",
            "Ana Lucía Torres Vega",
            "say",
        ),  # she: Torres Vega
        ("Waiting is a luxury the victims do not have.", "Ingrid Solberg", "say"),  # She: Solberg
        ("illegitimate", "Velmora’s mission to the UN", "say"),
        ("written in advance", "Velmora’s mission to the UN", "say"),
        ("We will not cooperate with a body", "Velmora’s mission to the UN", "say"),
    ],
    "constructed_genre_anadolu": [
        ("grave violations", "UN Human Rights Council", "condemn"),
        ("balanced and fact-based.", "Anke van der Berg", "say"),
        ("We have tried dialogue for years,", "Anke van der Berg", "say"),  # "van der Berg said"
        ("The council cannot remain silent.", "Anke van der Berg", None),
        ("a blatant interference in internal affairs.", "Zhou Weiming", "call"),
        ("country-specific resolutions only create", "Zhou Weiming", "tell"),
        ("serves political agendas.", "Beijing's mission", "say"),
        ("will not recognize", "Abdel Karim el-Sayed", "tell"),
        ("This is a political decision,", "Abdel Karim el-Sayed", "say"),
    ],
    "constructed_genre_regional": [
        ("excessive force", "Activists", "accuse"),
        ("Officers fired tear gas into a crowd", "Thura Aung Min", "say"),  # "said X, who ..."
        ("Children were screaming.", "Thura Aung Min", None),
        ("with restraint and in accordance", "interior ministry", "say"),
        ("The march was peaceful until", "interior ministry", "say"),
        ("not credible.", "Amnesty International", "say"),
        ("We have verified videos showing", "Rosa Elena Quispe Mamani", "say"),
        ("a prompt, independent investigation.", "Rosa Elena Quispe Mamani", "call"),
        ("If officers broke the law,", "Mehmet Yilmaz", "say"),
    ],
}


@pytest.mark.parametrize("name", sorted(GENRE))
def test_genre_articles(name):
    got = [
        (r.text, _none(r.speaker), _none(r.cue)) for r in quotes(_constructed(name)).itertuples()
    ]
    assert len(got) == len(GENRE[name])
    for (text, speaker, cue), (g_text, g_speaker, g_cue) in zip(GENRE[name], got, strict=True):
        assert g_text.startswith(text)
        assert (g_speaker, g_cue) == (speaker, cue), text


# Out-of-sample check: six more constructed articles (tests/articles/constructed_genre2_*),
# written and annotated BEFORE the extractors were changed for them, in styles the rules were
# not tuned on (see tests/articles/README.md). Expected (quote text prefix, speaker, cue) in
# reading order, annotated by the dev-set guideline: canonical full name, a report's words go
# to its author, a resolution's to the body that adopted it. A speaker may be a tuple: the
# canonical name, then other strings that also identify it (like the dev-set gold's
# `speaker_aliases`). Speakers are compared like the dev-set scorer does (the prediction
# names the gold's last token or an alias), not verbatim.
# Baseline of the extractors before any change for these articles: 49 of 65 quotes with the
# right speaker (4 missed, 12 wrong speakers).
GENRE2 = {
    "constructed_genre2_ngo_release": [
        ("methodical and deliberate.", "Human Rights Watch", "describe"),
        ("Students were beaten, deprived of sleep", "Human Rights Watch", "say"),  # "said:"
        ("This is not the work of a few rogue officers,", "Layla Haddad-Moreau", "say"),
        ("It is a system.", "Layla Haddad-Moreau", None),
        # "titled "They Broke Us,"" is a title, not a quote
        ("a similar pattern", "Jonas Ekberg", "say"),
        ("living in terror", "Mira Castellanos", "say"),  # "X, speaking on behalf of Y, said"
        ("These claims are fabricated", "Velmora's interior ministry", "say"),
        ("treated in full accordance with the law.", "Velmora's interior ministry", "add"),
        ("rioting and arson, not for their opinions.", "Aurel Dinescu", "tell"),
        ("We will keep documenting every case,", "Layla Haddad-Moreau", "say"),
        ("The families deserve answers.", "Layla Haddad-Moreau", None),
    ],
    "constructed_genre2_bbc": [
        ("catastrophe", "Erik Halvorsen", "warn"),  # headline, "UN envoy warns of"
        ("catastrophe", "Erik Halvorsen", "warn"),
        ("too weak to cry", "Erik Halvorsen", "say"),  # "Mr Halvorsen said"
        ("I have worked in humanitarian crises", "Erik Halvorsen", "say"),
        # BBC convention: a quotation over two stand-alone paragraphs, the first left open
        ("There is not enough water", "Erik Halvorsen", None),
        ("one-sided and politically motivated", "Ostravian foreign ministry", "say"),
        ("We have no medicine for the children", "Oona Kettering", "tell"),  # "Mrs Oona K."
        ("We write their names on a list and wait.", "Oona Kettering", None),
        ("far above the emergency threshold", "Samuel Achebe-Lind", "describe"),  # "Dr"
        ("That time is running out.", "Erik Halvorsen", "say"),
        ("We are not numbers,", "Oona Kettering", "say"),
    ],
    "constructed_genre2_briefing": [
        ("We have asked for access repeatedly", "Hana Lindgren", "say"),
        ("We cannot exclude it", "Hana Lindgren", "say"),  # "Asked whether ..., L said:"
        ("Our trucks are ready.", "Jens Okoro", "tell"),
        ("still being verified", "Jens Okoro", "say"),  # "Responding to a question ..., O said"
        ("following the situation closely", "Aiyana Brookes", "say"),
        ("They were there with the full knowledge", "Aiyana Brookes", "reply"),
        ("Not at this stage,", "Hana Lindgren", "say"),  # after "A reporter asked ..."
        ("But we keep the security situation", "Hana Lindgren", None),
        ("suspected of espionage", "Radu Petrescu", "tell"),
    ],
    "constructed_genre2_titles": [
        # headline "Q": S; the lead shows the words are the spokesperson's
        ("A shameful day for the council", ("Kerem Aydinli", "Velmora"), None),
        ("a shameful day for the council", "Kerem Aydinli", "call"),
        # the wording of a resolution goes to the body that adopted it
        ("expresses grave concern", ("UN Human Rights Council", "council"), None),
        ("urges", ("UN Human Rights Council", "council"), None),
        ("Velmora will not accept a text", "Kerem Aydinli", "say"),
        ("measured and fair", "Dilan Korkmaz", "tell"),  # long title before the name
        ("reflects the will of the membership", "Federico Sant'Anna Braga", "say"),
        ("long overdue", "Leyla Osmanoglu", "say"),
        ("For three years, families have been evicted", "Leyla Osmanoglu", "say"),
        ("nothing to hide", "Ahmet Sarıkaya", "tell"),
        ("see the facts on the ground", "Ahmet Sarıkaya", "invite"),
    ],
    "constructed_genre2_latam": [
        # headline S: 'Q', the speaker named in the lead
        ("We will not accept impositions", "Juan Carlos Herrera Quintanilla", None),
        ("the excessive use of force", "UN committee", "express"),
        ("We will not accept impositions from any", "Juan Carlos Herrera Quintanilla", "tell"),
        ("Our country has institutions that work.", "Juan Carlos Herrera Quintanilla", None),
        ("always cooperated in good faith", "Juan Carlos Herrera Quintanilla", "add"),
        ("There is no impunity in Costaverde,", "María José Fernández Ortiz", "say"),
        ("The recommendations of the committee", "Ombudsman's Office", "say"),  # "the office said:"
        ("What we ask for is truth and justice,", "Rosa Huamán Ccori", "say"),
        ("Nothing more, nothing less.", "Rosa Huamán Ccori", None),
        ("guarantee reparation for the victims", "UN committee", "urge"),
        ("evaluate the request in due course", "Juan Carlos Herrera Quintanilla", "say"),
    ],
    "constructed_genre2_report": [
        # a report's wording goes to its author (the commission), a place-final name
        ("reasonable grounds", ("Commission of Inquiry on Ostravia", "commission"), "find"),
        (
            "reasonable grounds to believe",
            ("Commission of Inquiry on Ostravia", "commission"),
            "say",
        ),
        (
            "The pattern of disappearances is widespread",
            ("Commission of Inquiry on Ostravia", "commission", "report"),
            "state",
        ),
        (
            "consider the exercise of universal jurisdiction",
            ("Commission of Inquiry on Ostravia", "commission", "report"),
            "recommend",
        ),
        (
            "unofficial places of detention",
            ("Commission of Inquiry on Ostravia", "commission", "report"),
            None,
        ),  # "According to the report"
        ("a policy of terror", "Adaeze Nwosu-Berg", "tell"),
        ("Every family has the right to know", "Adaeze Nwosu-Berg", None),  # '"Q" — X'
        ("a compilation of rumours", "Viktor Lenskoy", "dismiss"),
        ("never been given the chance to respond", "Viktor Lenskoy", "say"),
        ("deeply disturbing", "Sofia Marangou", "say"),  # "X, speaking on behalf of Y, said"
        ("Silence is not an option for this council,", "Sofia Marangou", "add"),
        ("requests", ("UN Human Rights Council", "council"), None),  # "The resolution ..."
    ],
}

# Rows the extractors still get wrong (index into GENRE2[name]): known gaps, strict xfail so a
# fix shows up.
GENRE2_GAPS = {
    ("constructed_genre2_latam", 1): "relative 'which' after 'the findings of a UN committee' "
    "picks the findings",
    ("constructed_genre2_report", 11): "'The resolution that created the commission \"requests\"': "
    "no adopting body named, the speaker stays 'resolution'",
    ("constructed_genre2_titles", 0): "headline '\"Q\": Velmora reacts' is not linked to the "
    "lead's speaker",
    ("constructed_genre2_titles", 10): "cue of 'told X that ... and invited the council to \"Q\"' "
    "is 'tell', gold 'invite'",
}


def _speaker_ok(gold, got) -> bool:
    """The dev-set scorer's rule: the prediction contains the gold's last token or an alias."""
    if gold is None or got is None:
        return gold is got
    names = gold if isinstance(gold, tuple) else (gold,)
    if got == names[0]:
        return True

    def tokens(s: str) -> list[str]:
        return [t.removesuffix("'s").removesuffix("’s") for t in s.casefold().split()]

    keys = [n.casefold() for n in names[1:]] or [tokens(names[0])[-1]]
    return any(k in tokens(got) for k in keys)


def _table_rows(table: dict, name: str) -> list[tuple | None]:
    """Each gold row's extracted (text, speaker, cue), matched in reading order by prefix."""
    got = [
        (r.text, _none(r.speaker), _none(r.cue)) for r in quotes(_constructed(name)).itertuples()
    ]
    used: set[int] = set()
    rows: list[tuple | None] = []
    for prefix, _speaker, _cue in table[name]:
        k = next((i for i, g in enumerate(got) if i not in used and g[0].startswith(prefix)), None)
        rows.append(None if k is None else got[k])
        if k is not None:
            used.add(k)
    return rows


def _genre_params(table: dict, gaps: dict, prefix: str) -> list:
    """One pytest param per annotated quote; known gaps are strict xfails."""
    return [
        pytest.param(
            name,
            i,
            id=f"{name.removeprefix(prefix)}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[name, i])]
            if (name, i) in gaps
            else [],
        )
        for name in sorted(table)
        for i in range(len(table[name]))
    ]


def _assert_genre_row(table: dict, name: str, i: int) -> None:
    """The i-th annotated quote of ``name`` is extracted with the right speaker and cue."""
    _prefix, speaker, cue = table[name][i]
    row = _table_rows(table, name)[i]
    assert row is not None, "quote not extracted"
    assert _speaker_ok(speaker, row[1]), row
    assert row[2] == cue, row


_GENRE2_PARAMS = _genre_params(GENRE2, GENRE2_GAPS, "constructed_genre2_")


@pytest.mark.parametrize(("name", "i"), _GENRE2_PARAMS)
def test_genre2_out_of_sample(name, i):
    _assert_genre_row(GENRE2, name, i)


@pytest.mark.parametrize("name", sorted(GENRE2))
def test_genre2_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE2[name])


# Second out-of-sample check: six more constructed articles (tests/articles/constructed_genre3_*),
# written and annotated BEFORE any change to the extractors for them: state-media style
# (spokesperson at a daily press briefing, "the spokesperson stressed"), a New York Times-style
# feature ("said X, who ...", "Mr. X said in an interview", a relative as speaker), a European
# outlet with guillemets and German-style marks with a nested single quote, Reuters with
# unnamed sources and letters ("the ambassadors wrote in the letter", "the diplomat told
# reporters on condition of anonymity"), social media posts ("wrote on X, formerly Twitter",
# "posted on Facebook") with a country as speaker, and an interview with a Q&A excerpt. Same
# annotation and comparison as GENRE2; an unnamed source keeps the article's description.
# Baseline of the extractors before any change for these articles: GENRE3_BASELINE.
GENRE3 = {
    "constructed_genre3_state_media": [
        ("politicization", "Li Wenhao", None),  # headline "...: spokesperson"
        ("The so-called draft resolution is full of lies", "Li Wenhao", "say"),
        ("put the people at the center", "Li Wenhao", "stress"),  # "The spokesperson stressed"
        ("historic achievements", "Li Wenhao", "stress"),
        ("We urge the countries concerned", "Li Wenhao", "add"),
        ("does not represent the will", "Chen Meilan", "say"),
        ("Dialogue and cooperation are the only correct way", "Chen Meilan", "say"),
        ("constructive exchanges", "Chen Meilan", "note"),  # ", noting that ..."
        ("a handful of countries", "Analysts", "note"),
        ("has nothing to do with human rights", "Zhang Hao", "tell"),
        ("It is a geopolitical tool,", "Zhang Hao", "say"),
    ],
    "constructed_genre3_nyt": [
        ("We have waited long enough,", "Helena Varga-Lund", "say"),
        ("Every month we wait", "Helena Varga-Lund", None),
        ("an exercise in hypocrisy", "Dmitri Orlan", "call"),
        ("written in Western capitals", "Dmitri Orlan", "say"),  # "Mr. Orlan said in an interview"
        ("They told us he had a heart attack,", "Irena Kresnik", "say"),  # "said his sister, X,"
        ("He was never sick a day", "Irena Kresnik", None),
        ("The numbers are very tight,", "European diplomat", "say"),  # unnamed source
        ("We may lose,", "Helena Varga-Lund", "say"),
        ("But we will not lose for lack of trying.", "Helena Varga-Lund", None),
        ("a human rights emergency.", ("Imbert's office", "office"), "say"),
    ],
    "constructed_genre3_swiss": [
        ("Neutrality does not mean silence", "Anna-Lena Bürki", None),  # headline "S: «Q»"
        ("Neutrality does not mean silence,", "Anna-Lena Bürki", "say"),
        ("Where human rights are violated", "Anna-Lena Bürki", None),
        ("always defended the 'universal' character", "Anna-Lena Bürki", "recall"),
        ("not matched by its arms export policy", "Luca Moretti", "say"),  # German „...“
        ("We cannot call for peace in Geneva", "Luca Moretti", "tell"),
        (
            "a welcome but modest step",
            ("Lemarian NGO platform on human rights", "platform"),
            "say",
        ),
        ("The council needs more than money.", "Sarah Keller-Ndiaye", "tell"),
        ("Lemaria's voice carries weight here,", "Rafael Imbert", "say"),
    ],
    "constructed_genre3_reuters_sources": [
        ("We are concerned that the pace", ("ambassadors", "ambassadors", "countries"), "write"),
        ("The High Commissioner takes these concerns", "Marta Oyelaran", "say"),
        ("a coordinated pressure campaign", "Tarvania's foreign ministry", "call"),
        ("compromised from the start", "Tarvania's foreign ministry", "say"),
        ("Without access, there is no inquiry,", "Western diplomat", "say"),  # unnamed source
        ("politicising", "Another diplomat", "say"),
        ("It looks like they want a result", "Another diplomat", "tell"),
        ("ready to deploy within days", "Rafael Imbert", "write"),
        ("criminal gangs", "Omar Veliyev", "say"),
    ],
    "constructed_genre3_social": [
        # headline: the lead shows the word is the foreign minister's
        ("illegitimate", ("Katarina Vell", "Vell", "Ostravia"), "slam"),
        ("illegitimate", "Katarina Vell", "call"),
        ("The council has once again allowed itself", "Katarina Vell", "write"),  # "wrote on X"
        ("a victory for the victims", "Velmora", "say"),  # a country as speaker
        ("Who asked Geneva for its opinion?", "one user", "write"),
        ("the world has not forgotten us", "Tomas Brenner", "post"),  # "posted on Facebook that"
        ("Today the truth won.", "Tomas Brenner", "write"),
        ("cried with relief", "Free Ostravia Now", "say"),
        ("keep knocking on the door", "Ngozi Adeyemi-Hart", "say"),
        ("No mandate, no cooperation.", "Ostravia's mission", "add"),
    ],
    "constructed_genre3_interview": [
        # headline "'Q': a UN investigator on her work"
        ("We document so that no one can say", "Mireille Tanaka-Bos", None),
        ("Every interview begins with the same question", "Mireille Tanaka-Bos", "say"),
        ("Sometimes the answer is no", "Mireille Tanaka-Bos", None),
        ("slow, careful and often painful", "Mireille Tanaka-Bos", "describe"),
        ("fabricated", "government", "say"),  # quoted inside the interviewer's question
        ("We document so that no one can say", "Mireille Tanaka-Bos", "add"),
        ("the most complete record", "Henrik Aalto", "tell"),
    ],
}

# Rows the extractors still get wrong (index into GENRE3[name]): known gaps, strict xfail.
GENRE3_GAPS: dict[tuple[str, int], str] = {}
GENRE3_BASELINE = "49/56 quotes with the right speaker (2 missed, 5 wrong), cues 53/56"


_GENRE3_PARAMS = _genre_params(GENRE3, GENRE3_GAPS, "constructed_genre3_")


@pytest.mark.parametrize(("name", "i"), _GENRE3_PARAMS)
def test_genre3_out_of_sample(name, i):
    _assert_genre_row(GENRE3, name, i)


@pytest.mark.parametrize("name", sorted(GENRE3))
def test_genre3_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE3[name])


# Third out-of-sample check: six more constructed articles (tests/articles/constructed_genre4_*),
# written and annotated BEFORE any change to the extractors for them: an East African daily
# ("said the CS", honorifics Dr./Prof./Justice, headline 'S says "Q"'), a South Asian daily
# (headline "'Q', says S", "Justice (retd)", "the minister told journalists"), a council
# round-up with many delegations, passive and impersonal attribution ("it was stated that",
# "the statement read", "was quoted as saying"), joint statements with nested attribution (the
# quote goes to whoever's words they are), and a quotation over three paragraphs followed by a
# long quote with "she added" on a new line. Same annotation and comparison as GENRE2.
GENRE4 = {
    "constructed_genre4_nation": [
        ("no room for impunity", "Daniel Kiprotich", "say"),  # headline "CS S says \"Q\""
        ("within the agreed timelines", "Daniel Kiprotich", "say"),  # "the CS said"
        ("There is no room for impunity", "Daniel Kiprotich", "say"),  # "said the CS."
        ("We are not hiding anything.", "Daniel Kiprotich", "say"),
        ("Promises have been made before.", "Grace Achieng Odhiambo", "say"),  # "said Prof. X."
        # nested: the task force's words, recalled by its chair
        ("a culture of silence", ("task force on police reforms", "task", "force"), "describe"),
        ("I only want to know where my son is buried,", "Peter Kamau", "tell"),  # "the father"
        ("public relations for an international audience", "Ruth Chebet", "dismiss"),
    ],
    "constructed_genre4_dawn": [
        # headline "'Q', says FO": the body shows the spokesperson said it
        ("Dialogue, not diktat", ("Ayesha Rahim Qureshi", "qureshi", "fo", "office"), "say"),
        ("selective and politically motivated", ("Foreign Office", "office"), "term"),
        ("Dialogue, not diktat, is the way forward", "Ayesha Rahim Qureshi", "say"),
        ("call for a vote and vote against", "Ayesha Rahim Qureshi", "say"),
        ("ignored our written inputs entirely", "Syed Imran Haider", "tell"),
        ("We shared 40 pages of comments.", "Syed Imran Haider", "say"),  # "the minister said"
        ("Engagement is not a concession.", "Nasira Iqbal Sheikh", "say"),
        ("stop treating the UN as an adversary", "Farhan Malik", "say"),
        ("It will come down to three or four", "diplomatic source", "say"),  # unnamed source
    ],
    "constructed_genre4_roundup": [
        ("deteriorated markedly", "Ingrid Solheim-Okafor", "say"),
        ("I received credible accounts of torture", "Ingrid Solheim-Okafor", "tell"),
        # "X's representative, speaking on behalf of Y, said": an unnamed delegate
        ("imposed without the consent", ("Sarvania's representative", "sarvania"), "say"),
        ("sobering reading", ("representative of Norvalia", "norvalia"), "say"),
        ("never set foot in the country", ("Wen Jiahao", "wen"), "counter"),
        ("unverified hearsay", ("Wen Jiahao", "wen"), "counter"),
        ("dialogue requires a partner", "Adaeze Nwosu", "say"),
        ("a political pamphlet dressed up as research", "Viktor Saleh", "tell"),
        ("Ostravia will not cooperate", "Viktor Saleh", "say"),
        ("still waiting for a single answer", "Maria Kovacs", "say"),
        ("ready to visit at any time", "Ingrid Solheim-Okafor", "say"),
    ],
    "constructed_genre4_passive": [
        # "In a note verbale sent by Velmora ..., it was stated that": the note's author
        ("once the security situation allows", ("Velmora", "velmora", "note"), "state"),
        # "the statement read. It was issued by the Velmoran mission"
        ("The door remains open", ("Velmoran mission", "mission", "velmoran"), "read"),
        ("find nothing but peace", "Tomasz Rhee", "say"),  # "was quoted as saying by"
        ("We will decide who comes and when.", "Tomasz Rhee", "tell"),
        ("deeply concerned", "Nadia Ferreira-Lind", "say"),  # "In remarks to X, S said"
        ("Silence is not an answer to our letters,", "Nadia Ferreira-Lind", "say"),
        # nested: "quoted the woman as saying:" -- the witness's words
        ("They came at night", ("witness", "witness", "woman"), "say"),
    ],
    "constructed_genre4_joint": [
        ("gravely alarmed", "Meridian Union", "say"),  # "on behalf of its 27 member states"
        ("We call on the authorities", "Meridian Union", "say"),  # "the bloc said"
        # "A joint statement read out by Sarvania on behalf of 31 countries ..., warning"
        ("the instrumentalisation of human rights", ("Sarvania", "sarvania", "countries"), "warn"),
        ("reject country-specific mandates", ("Sarvania", "sarvania", "countries"), "say"),
        ("a circus staged for the cameras", ("Liang Shumei", "liang"), "reject"),
        ("the walls are thin enough", "Yusuf Qadri", "write"),  # nested: the prisoner's words
        ("His letter reached us in January.", "Lina Dahl-Moreau", "add"),
        ("Your son is not on any list.", ("prison guard", "guard"), "tell"),  # nested
    ],
    "constructed_genre4_longquote": [
        ("must be heard", "Amara Bello-Lindqvist", "say"),  # headline "UN expert says ..."
        ("In the course of this year", "Amara Bello-Lindqvist", None),  # three paragraphs
        ("I urge this council to act", "Amara Bello-Lindqvist", "add"),  # "she added" on a new line
        (
            "anonymous and unverifiable claims",
            ("Ostravia's delegation", "ostravia", "delegation"),
            "say",
        ),
        ("We have heard the same stories", "Hassan Mirza", "say"),
    ],
}

# Rows the extractors still get wrong (index into GENRE4[name]): known gaps, strict xfail.
GENRE4_GAPS: dict[tuple[str, int], str] = {
    ("constructed_genre4_joint", 7): "'cited a guard who ... had told a family: \"Q\"'",
    ("constructed_genre4_nation", 1): "'the CS said ... \"Q\"': quote not extracted",
    ("constructed_genre4_nation", 5): "nested: 'The task force had described ... as \"Q\"'",
    ("constructed_genre4_passive", 0): "'it was stated that': no speaker or cue",
}
GENRE4_BASELINE = "26/48 quotes with the right speaker (1 missed, 21 wrong), cues 43/48; now 41/48"


_GENRE4_PARAMS = _genre_params(GENRE4, GENRE4_GAPS, "constructed_genre4_")


@pytest.mark.parametrize(("name", "i"), _GENRE4_PARAMS)
def test_genre4_out_of_sample(name, i):
    _assert_genre_row(GENRE4, name, i)


@pytest.mark.parametrize("name", sorted(GENRE4))
def test_genre4_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE4[name])


# Fifth out-of-sample set: six more constructed articles (tests/articles/constructed_genre5_*,
# written by us), annotated before any change to the extractors for them: an Indian daily ("MEA
# spokesperson X said", "Mr."/"Ms."/"Dr."/"Prof.", "According to Mr. X,"), a Nigerian daily
# ("Barrister X", "According to him, \"Q\"", "He noted", a statement signed by a commissioner), a
# present-tense magazine feature ("says X", "she argues", "she tells me", an anonymous
# ambassador), a live blog with "10:12 GMT -" time stamps, a Secretary-General statement relayed
# by his spokesperson, and UN briefing notes with "We" paragraphs and a colon headline.
GENRE5 = {
    "constructed_genre5_hindu": [
        (
            "ill-informed and unwarranted",
            ("Ministry of External Affairs", "ministry", "mea"),
            "call",
        ),
        ("chosen to ignore the facts", "Rohan Varadarajan", "say"),
        ("We have shared detailed information", "Rohan Varadarajan", "say"),
        ("alarmed by the pattern", "Helena Okonkwo-Berg", "say"),
        ("The government cannot wish away", "Shalini Menon", "say"),
        ("permitted by the Constitution", "Vikram Anand Rao", "tell"),
        ("a duty to look at each case", "Vikram Anand Rao", None),  # "According to Mr. Rao,"
        ("predictable but short-sighted", "Kavita Subramaniam", "say"),
        ("Engaging with the mandate holders", "Kavita Subramaniam", "add"),
        ("That question does not arise", "Rohan Varadarajan", "say"),  # "he said" 2 paras on
    ],
    "constructed_genre5_nigeria": [
        ("credible and disturbing reports", "Tunde Adeyemi-Cole", "say"),
        ("No security agency is above the law", "Tunde Adeyemi-Cole", None),  # "According to him,"
        ("following developments closely", "Marta Lindqvist-Ade", "tell"),
        ("exercise maximum restraint", "Marta Lindqvist-Ade", "urge"),
        # a statement signed by the commissioner: the government's words
        (
            "hoodlums who attacked",
            ("Ondara State government", "government", "ibironke"),
            "describe",
        ),
        (
            "The government regrets every loss",
            ("Ondara State government", "government", "ibironke"),
            "say",
        ),
        ("We have videos", "Emeka Obiora", "say"),
        ("Nobody was attacking anyone.", "Emeka Obiora", None),  # continuation
    ],
    "constructed_genre5_feature": [
        ("Naming and shaming only works", "Tobias Wertheimer", "say"),  # present "says X, a ..."
        ("Most of the governments", "Tobias Wertheimer", None),
        ("less for what they change today", "Leila Haddad-Moreno", "argue"),
        ("a ritual", ("Latin American ambassador", "ambassador"), "call"),
        ("We read our statements", ("Latin American ambassador", "ambassador"), "say"),
        ("I came so that my brother", "Samira Okoye", "tell"),  # "she tells me"
        ("If it is written", "Samira Okoye", None),
        ("Maybe that is enough,", "Tobias Wertheimer", "say"),
        ("Maybe the record is the product.", "Tobias Wertheimer", None),
    ],
    "constructed_genre5_liveblog": [
        ("This resolution asks for one thing", "Anna-Kaisa Lehtonen", "tell"),
        ("Nothing more, nothing less.", "Anna-Kaisa Lehtonen", None),
        ("an exercise in political theatre", "Boris Ilić-Strand", "call"),
        ("It is going to be close,", ("diplomat", "diplomat"), "say"),
        ("Today the council chose to look", "Mirela Santos-Varga", "welcome"),
        # "Karavia's foreign ministry has responded. In a statement, it said"
        (
            "will not recognise any mechanism",
            ("Karavia's foreign ministry", "ministry", "karavia"),
            "say",
        ),
        (
            "open to dialogue on an equal footing",
            ("Karavia's foreign ministry", "ministry", "karavia"),
            "add",
        ),
        ("pressure works", "Pierre Ouattara", "say"),
        ("Now the hard part begins,", "Pierre Ouattara", "add"),
    ],
    "constructed_genre5_sg_relay": [
        # the Secretary-General's position in his spokesperson's words: either counts
        ("appalled", ("Henrik Adjei-Larsen", "adjei-larsen", "ferreira-ngata"), None),  # headline
        ("appalled", ("Henrik Adjei-Larsen", "adjei-larsen", "ferreira-ngata"), "say"),
        ("The Secretary-General reiterates", "Henrik Adjei-Larsen", "say"),
        ("He made it very clear", "Henrik Adjei-Larsen", "tell"),
        ("I will not speculate.", "Henrik Adjei-Larsen", "say"),
        ("after proceedings that made a mockery", "Olga Brandt-Mensah", "say"),
        (
            "in full accordance with national law",
            ("Talmora's mission", "mission", "talmora"),
            "say",
        ),
        ("sovereign judicial decisions", ("Talmora's mission", "mission", "talmora"), "write"),
        ("Nobody called us.", ("his sister", "sister"), "say"),
    ],
    "constructed_genre5_digest": [
        # colon headline "UN rights office: 'Q' in ...": the body shows the High Commissioner
        ("Nobody is safe", ("Rafael Omondi-Kastrup", "omondi-kastrup", "office"), None),
        ("Nobody is safe in Serrano today,", "Rafael Omondi-Kastrup", "say"),
        ("Not in their homes", "Rafael Omondi-Kastrup", None),
        ("no access at all", "Jeanne Moreau-Kaplan", "say"),
        ("interviews with people who managed", "Jeanne Moreau-Kaplan", "say"),
        ("Our figures are conservative.", "Jeanne Moreau-Kaplan", "reply"),
        # "The letter, which was shared with journalists, said": the ambassador's letter
        ("based on rumours", ("Lucia Ferrante-Diallo", "ferrante-diallo", "letter"), "say"),
        ("at least 60 further deaths", ("three local human rights groups", "groups"), "say"),
    ],
}

# Rows the extractors still get wrong (index into GENRE5[name]): known gaps, strict xfail.
GENRE5_GAPS: dict[tuple[str, int], str] = {}
GENRE5_BASELINE = (
    "48/53 quotes with the right speaker (1 missed, 4 wrong), cues 51/53; now 53/53, cues 53/53"
)


_GENRE5_PARAMS = _genre_params(GENRE5, GENRE5_GAPS, "constructed_genre5_")


@pytest.mark.parametrize(("name", "i"), _GENRE5_PARAMS)
def test_genre5_out_of_sample(name, i):
    _assert_genre_row(GENRE5, name, i)


@pytest.mark.parametrize("name", sorted(GENRE5))
def test_genre5_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE5[name])


# Sixth out-of-sample set: six more constructed articles (tests/articles/constructed_genre6_*,
# written by us), annotated before any change to the extractors for them, in mainstream shapes of
# the dev-set genre: a Human Rights Council session with a vote and several speakers, an
# independent experts' report ("the experts said in their report", "the report said"), a General
# Assembly vote with an envoy reacting, a commission of inquiry press release rewritten by an
# outlet, a High Commissioner's visit ("she told reporters"), and an explainer with question
# subheadings. Same annotation and comparison as GENRE2.
_PANEL = ("Panel of Experts on Calderia", "panel", "experts", "report")
_COI = ("Commission of Inquiry on Selvania", "commission", "inquiry")
GENRE6 = {
    "constructed_genre6_hrc_vote": [
        ("The people of Marovia deserve", "Karin Holmgaard", "tell"),
        ("a politically motivated exercise", "Dmitri Arkanov", "reject"),
        ("This council has become a tribunal", "Dmitri Arkanov", "say"),
        ("We will not take part", "Dmitri Arkanov", None),
        ("does not reflect the concerns", "Aminata Diallo-Fall", "say"),
        ("Our work is far from finished,", "Lucia Vanterpool", "say"),
        ("Witnesses continue to come forward", "Lucia Vanterpool", None),
        ("a lifeline for victims", "Amnesty International", "call"),
        ("sent a clear message", "Human Rights Watch", "say"),
        # "The resolution \"requests ...\" ..., according to the adopted text": the council's words
        ("requests the investigators", ("UN Human Rights Council", "council"), None),
        ("a sad day for multilateralism", "Dmitri Arkanov", "tell"),
    ],
    "constructed_genre6_experts_report": [
        ("systematic", _PANEL, "accuse"),  # headline "UN experts accuse X of \"Q\" torture"
        ("widespread and systematic", _PANEL, "say"),
        ("The scale and pattern", _PANEL, "say"),  # "the experts said in their report"
        ("left for months", _PANEL, "say"),  # "The report said that ..."
        ("These are not isolated incidents", "Ingrid Solheim", "tell"),
        ("They are part of a system.", "Ingrid Solheim", None),
        ("immediately close all unofficial", _PANEL, "call"),
        ("The so-called panel relied", ("Calderia's foreign ministry", "ministry"), "say"),
        ("fiction dressed up as research", ("Calderia's foreign ministry", "ministry"), "describe"),
        ("The door to cooperation remains open,", "Rafael Quintero", "say"),
    ],
    "constructed_genre6_ga_vote": [
        # the resolution's wording goes to the body that adopted it
        ("grave and systematic", ("UN General Assembly", "assembly"), "condemn"),
        ("strongly urges", ("UN General Assembly", "assembly"), None),
        ("This resolution is built on lies", "Viktor Olshansky", "tell"),
        ("It will not change anything", "Viktor Olshansky", None),
        ("as an instrument of pressure", "Viktor Olshansky", "accuse"),
        ("will not look away", "Helen MacAulay", "say"),
        ("Political prisoners in Tervania", "Helen MacAulay", "say"),
        (
            "country-specific resolutions",
            ("representative of Bangladesh", "representative", "bangladesh"),
            "say",
        ),
        ("We hope this resolution", "Thomas Brenner", "say"),
    ],
    "constructed_genre6_coi_rewrite": [
        ("reasonable grounds", _COI, "find"),  # headline
        ("reasonable grounds to believe", _COI, "say"),
        ("What we found is a pattern", "Paulo Mendes-Oyelaran", "say"),
        ("in full view of senior commanders", _COI, "say"),
        ("Survivors described abuse", "Hana Sakurai", "say"),
        ("end impunity without delay", _COI, "urge"),
        ("an illegitimate body", ("interior ministry", "ministry", "selvania"), "describe"),
        ("Those responsible should know", "Paulo Mendes-Oyelaran", "say"),
    ],
    "constructed_genre6_hc_visit": [
        ("I was able to speak openly", "Amara Lindqvist", "tell"),
        ("But openness must now be matched", "Amara Lindqvist", None),
        ("No one should be in prison", "Amara Lindqvist", "say"),
        ("deeply concerning", "Amara Lindqvist", "describe"),
        ("very seriously", "Oren Talbakov", "tell"),
        ("We have heard promises before,", "Nadia Ferhat", "say"),
        ("What matters is whether", "Nadia Ferhat", None),
        ("This visit is a beginning", "Amara Lindqvist", "tell"),
    ],
    "constructed_genre6_explainer": [
        # the lead's "foreign agents" is the law's label, not speech: not a quote
        ("This law will have a chilling effect", "Marta Okonjo", "say"),
        ("incompatible with international", "Marta Okonjo", "say"),
        ("Labelling critics as foreign agents", "Emil Brandvold", "say"),
        ("so vague that almost any", "Emil Brandvold", "add"),
        ("about transparency, not repression", "Piotr Zaleski", "say"),
        ("Every country has the right", "Piotr Zaleski", "tell"),
        ("We will not stop our work,", "Irena Kovach", "say"),
    ],
}

# Rows the extractors still get wrong (index into GENRE6[name]): known gaps, strict xfail.
GENRE6_GAPS: dict[tuple[str, int], str] = {}
GENRE6_BASELINE = (
    "49/51 quotes with the right speaker (1 missed, 1 wrong), cues 50/50 of those found; "
    "now 51/51, cues 51/51"
)


_GENRE6_PARAMS = _genre_params(GENRE6, GENRE6_GAPS, "constructed_genre6_")


@pytest.mark.parametrize(("name", "i"), _GENRE6_PARAMS)
def test_genre6_out_of_sample(name, i):
    _assert_genre_row(GENRE6, name, i)


@pytest.mark.parametrize("name", sorted(GENRE6))
def test_genre6_no_spurious_quotes(name):
    got = quotes(_constructed(name))
    assert len(got) <= len(GENRE6[name])


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # constructed: an adverb before a resolution's quoted operative verb
        (
            (
                'The General Assembly adopted a resolution on Ostravia. It "strongly urges" the '
                "government to free all detainees."
            ),
            "General Assembly",
            None,
        ),
        # constructed: a sentence-initial adjective before "UN" is not a person's name
        (
            'Independent UN human rights experts said the arrests were "arbitrary".',
            "Independent UN human rights experts",
            "say",
        ),
    ],
)
def test_genre6_general_rules(text, speaker, cue):
    got = _rows(quotes(_article("GENEVA (Wire) - " + text)))
    assert len(got) == 1
    assert speaker in got[0][1]
    assert _none(got[0][2]) == cue


def test_genre_headings_have_no_speaker():
    for name in ("constructed_genre_afp", "constructed_genre_un_news"):
        df = quotes(_constructed(name))
        assert df.loc[df.kind == "heading", "speaker"].isna().all()
        assert (df.kind == "heading").sum() == 1


def test_continuation_paragraph_keeps_the_speaker():
    a = _constructed("constructed_council")
    df = quotes(a).set_index("text")
    row = df.loc["Nobody should be detained for a post on social media."]
    assert row.speaker == "Anna Korhonen"
    assert row.attribution == "continuation"
    assert _none(row.cue) is None


def test_split_quote_shares_the_event():
    a = _constructed("constructed_two_speakers")
    df = quotes(a)
    first = df[df.text == "Nobody has been excluded from these talks,"].iloc[0]
    second = df[df.text == "and nobody will be."].iloc[0]
    assert first.event_id == second.event_id
    assert (first.speaker, second.speaker) == ("Karl Weber", "Karl Weber")
    assert (first.cue, second.cue) == ("say", "say")
    # a different utterance gets a different event
    other = df[df.text == "keep the door open"].iloc[0]
    assert other.event_id != first.event_id


def test_two_speakers_of_the_same_gender():
    df = quotes(_constructed("constructed_two_speakers")).set_index("text")
    assert df.loc["It is a one-sided document,", "speaker"] == "Omar Haidari"
    assert df.loc["We have listened to every delegation,", "speaker"] == "Karl Weber"


def test_headline_forms():
    df = quotes(_constructed("constructed_headlines")).set_index("text")
    assert df.loc["Crackdown must end", "speaker"] == "Tomas Lindqvist"  # Rights chief: "Q"
    assert df.loc["We will not be silenced", "speaker"] == "Mira Dalton"  # "Q" - opposition leader
    assert df.loc["Crackdown must end", "attribution"] == "headline"
    heading = df.loc["Without delay"]
    assert heading.kind == "heading"
    assert _none(heading.speaker) is None
    assert _none(heading.cue) is None


def test_headline_quote_after_the_speaker_needs_an_echo_in_the_body():
    # constructed: 'S "Q" by ...' is a quote when the body repeats the words, else a label
    body = (
        "\n\nGENEVA (Wire) - The UN human rights chief, Lena Sorensen, said on Monday she was "
        '"appalled" by the raids.'
    )
    got = _rows(quotes(_article('UN rights chief "appalled" by raids' + body)))
    assert (got[0][0], got[0][1], _none(got[0][2])) == ("appalled", "Lena Sorensen", None)
    label = _article('UN "watchdogs" meet in Geneva' + body)
    assert [r[0] for r in _rows(quotes(label))] == ["appalled"]


def test_honorific_gender_and_acronym_affiliation():
    # constructed: "Ms."/"Mr." tell the pronoun; "the MEA spokesperson" is the MEA's spokesperson
    text = (
        'NEW DELHI: MEA spokesperson Ravi Kolar said the visit was "premature".\n\n'
        '"We need time," said Ms. Asha Pillai, a lawmaker. Mr. Kolar did not reply.\n\n'
        "The MEA spokesperson declined to comment further. "
        '"No more questions," he said. Ms. Pillai laughed. "Typical," she said.'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got[2:] == [("No more questions,", "Ravi Kolar"), ("Typical,", "Asha Pillai")]


def test_title_acronym_after_honorific_title():
    # constructed: "the CS" is the Cabinet Secretary named before with "Dr."; "the UN" is no
    # person
    text = (
        "NAIROBI - Justice Cabinet Secretary Dr. Mary Wanjiru spoke on Monday.\n\n"
        '"We will act," said the CS. The UN said it was "watching closely".'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got == [("We will act,", "Mary Wanjiru"), ("watching closely", "UN")]


def test_gendered_epithet_renames_the_person_of_the_paragraph():
    # constructed: "the father" is the man just named; "the mother" is no one here
    text = (
        "NAIROBI - Mr. Paul Otieno, whose son is missing, spoke in Geneva on Monday. "
        '"I want answers," the father told reporters. "Me too," the mother said.'
    )
    got = [(r[0], r[1]) for r in _rows(quotes(_article(text)))]
    assert got[0] == ("I want answers,", "Paul Otieno")
    assert got[1][1] != "Paul Otieno"


def test_curly_single_quotes_and_multi_paragraph_quote():
    a = _constructed("constructed_marks")
    df = quotes(a).set_index("text")
    assert df.loc["It is a grave moment,", "speaker"] == "Leila Haddad"
    assert df.loc["It is a grave moment,", "cue"] == "write"
    # a quotation left open at a paragraph end and reopened with “ is one row
    multi = [t for t in df.index if t.startswith("The council must not look away.")]
    assert len(multi) == 1
    assert "\n\n“Inaction would be a failure" in multi[0]
    assert df.loc[multi[0], "speaker"] == "Leila Haddad"
    assert df.loc[multi[0], "cue"] == "add"
    assert df.loc["Our delegation rejects these conclusions", "speaker"] == "Samir Nasser"


def test_apostrophes_are_not_quotation_marks():
    a = _constructed("constructed_marks")
    texts = quotes(a).text.tolist()
    assert "a threat to everyone's freedom 'til it is repealed" in texts
    assert "didn't follow the law" in texts
    spans = quote_spans(a)
    assert not any(t.startswith(("90s", "s decisions")) for t in spans.text)


def test_nested_quote_is_part_of_the_outer_quote():
    a = _constructed("constructed_marks")
    outer = [t for t in quotes(a).text if "'experts'" in t]
    assert outer == ["so-called 'experts' and their claims"]
    nested = scare_quotes(a)
    assert nested.loc[nested.role == "nested", "text"].tolist() == ["experts"]


def test_unmatched_mark_is_a_warning_not_a_failure():
    a = _constructed("constructed_marks")
    df = quotes(a)
    assert len(df.attrs["warnings"]) == 1
    assert "never closed" in df.attrs["warnings"][0]
    assert df.attrs["warnings"][0] in a.warnings
    assert not any("standard procedure" in t for t in df.text)
    assert len(df) == 7  # everything before the stray mark is still read


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes." And then "no',  # unmatched straight mark at the end
        "“Unclosed curly quote in a paragraph.\n\nNext paragraph without marks.",
        "A closing mark” with no opening one.",
        '"""Three marks"""',
        "'Single' marks and rock 'n' roll in the '90s and the ministers' talks.",
    ],
)
def test_broken_marks_never_raise(text):
    df = quotes(_article(text))
    for row in df.itertuples():
        assert row.start <= row.end


def test_labels_are_not_quotes():
    text = (
        'Karl Weber urged members to vote "no" on the draft.\n\n'
        'Police use drug "watch lists" to find suspects, Human Rights Watch said.\n\n'
        'The so-called "reforms" were adopted in May.'
    )
    a = _article(text)
    assert quotes(a).empty
    labels = scare_quotes(a)
    assert set(labels.text) == {"no", "watch lists", "reforms"}
    assert set(labels.role) == {"label"}
    assert labels.reason.notna().all()


def test_no_dateline_and_no_date_warns():
    path = ARTICLES / "constructed_no_dateline.txt"
    with pytest.warns(HrlessonWarning, match="no article date"):
        a = hrlesson.load_article(path)
    df = quotes(a)
    assert _rows(df) == [("The evidence is overwhelming,", "Ines Moreau", "say")]


# --------------------------------------------------------------------------- speaker_at


def test_speaker_at_quote_reported_speech_and_reporter():
    a = _constructed("constructed_council")
    i = a.text.index("torture every week")
    assert speaker_at(a, i, i + 7) == "Anna Korhonen"  # inside a quote
    i = a.text.index("at least 40 reporters")
    assert speaker_at(a, i, i + 11) == "Anna Korhonen"  # "..., adding that at least 40 ..."
    i = a.text.index("in March")
    assert speaker_at(a, i, i + 8) is None  # the reporter's own words
    i = a.text.index("Alarming".lower())
    assert speaker_at(a, i, i + 8) == "Anna Korhonen"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # attribution after the clause: the whole clause is the speaker's
        (
            "Since May, over 800 people have died, envoy Lena Sorensen told the council on Monday.",
            "800 people",
            "Lena Sorensen",
        ),
        ("Over 800 people have died, Lena Sorensen told the council on Monday.", "Monday", None),
        # "... said on Monday that ...": the time belongs to the reporter
        ("Lena Sorensen said on Monday that 800 people had died.", "Monday", None),
        ("Lena Sorensen said on Monday that 800 people had died.", "800 people", "Lena Sorensen"),
        # after a quotation, the rest of the attribution is the reporter's
        ('"No," Lena Sorensen wrote of the two men.', "two men", None),
        ("After a two-day visit, Lena Sorensen said the camps were full.", "two-day", None),
        # "according to X" attributes its sentence to X, not to the last speaker
        (
            (
                'Its envoy, Ivo Marek, said the report was "biased". According to the report, '
                "at least 900 people remain in detention."
            ),
            "900 people",
            "report",
        ),
        (
            (
                "Lena Sorensen spoke on Monday. At least 900 people remain in detention, "
                "according to Amnesty International."
            ),
            "900 people",
            "Amnesty International",
        ),
        # a relative clause "which saw X claim Y" is the reporter's narration
        (
            "Protests followed an election in May which saw Ivo Marek claim a third term.",
            "third term",
            None,
        ),
    ],
)
def test_speaker_at_reported_speech(text, span, expected):
    a = _article(text)
    i = a.text.index(span)
    assert speaker_at(a, i, i + len(span)) == expected


def test_speaker_at_bundled_article():
    a = hrlesson.load_article()
    i = a.text.index("246 people")
    assert speaker_at(a, i, i + 10) == "Michelle Bachelet"  # "As of February 9, she said, 246"
    i = a.text.index("February 9")
    assert speaker_at(a, i, i + 10) == "Michelle Bachelet"
    i = a.text.index("December 20")  # "her report, which covered ... to December 20"
    assert speaker_at(a, i, i + 11) == "Michelle Bachelet"
    i = a.text.index("last August")
    assert speaker_at(a, i, i + 11) is None
    i = a.text.index("sixth term")  # "... which saw Alexander Lukashenko claim a sixth term"
    assert speaker_at(a, i, i + 10) is None
    i = a.text.index("Atmosphere of fear")
    assert speaker_at(a, i, i + 10) is None  # a heading has no speaker


# --------------------------------------------------------------------------- the bundled article


def _gold():
    path = Path(hrlesson.__file__).parent / "data" / "annotations" / "gold_quotes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_bundled_article_matches_the_gold_quotes():
    a = hrlesson.load_article()
    df = quotes(a)
    gold = _gold()
    got = [(r.text, _none(r.speaker) or "", _none(r.cue) or "") for r in df.itertuples()]
    want = [(g["text"], g["speaker"], g["cue"]) for g in gold]
    assert got == want
    assert df.kind.tolist() == [g["kind"] for g in gold]
    assert df.start.tolist() == [int(g["start"]) for g in gold]


def test_gold_offsets_point_into_the_cleaned_text():
    a = hrlesson.load_article()
    for g in _gold():
        assert a.text[int(g["start"]) : int(g["end"])] == g["text"]
        assert g["stance"] in ("supports", "opposes", "neutral")


def test_bundled_article_speaker_mentions_and_patterns():
    df = quotes(hrlesson.load_article())
    lead = df.iloc[0]
    assert (lead.speaker_mention, lead.attribution, lead.cue_text) == (
        "Minsk",
        "passive",
        "slammed by",
    )
    assert df.loc[2, "speaker_mention"] == "she"
    assert df.loc[2, "attribution"] == "quote_speaker_cue"
    assert scare_quotes(hrlesson.load_article()).text.tolist() == ["mass disorder"]


# --------------------------------------------------------------------------- table contract

ALL_ARTICLES = sorted(p.stem for p in ARTICLES.glob("constructed_*.txt"))


@pytest.mark.parametrize("name", [*ALL_ARTICLES, "bundled"])
def test_offsets_and_columns(name):
    a = hrlesson.load_article() if name == "bundled" else _constructed(name)
    df = quotes(a)
    assert list(df.columns) == [f[0] for f in TABLE.fields]
    for row in df.itertuples():
        assert a.text[row.start : row.end] == row.text
        assert a.text[row.start - 1] == row.open_mark
        assert a.text[row.end] == row.close_mark
        if _none(row.speaker_mention) is not None:
            assert a.text[row.speaker_start : row.speaker_end] == row.speaker_mention
        if _none(row.cue_start) is not None:
            assert a.text[row.cue_start : row.cue_end] == row.cue_text.removesuffix(" by")
    spans = quote_spans(a)
    for row in spans.itertuples():
        assert a.text[row.start : row.end] == row.text


def test_csv_column_order_starts_with_the_shared_columns():
    assert [f[0] for f in TABLE.fields][:6] == ["text", "speaker", "cue", "kind", "start", "end"]
    assert all(len(f) == 3 and f[2] for f in TABLE.fields)


def test_result_is_a_fresh_copy_and_cached():
    a = hrlesson.load_article()
    first = quotes(a)
    first.loc[0, "speaker"] = "changed"
    assert quotes(a).loc[0, "speaker"] == "Yuri Ambrazevich"


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    [*list("abcdefghij ABCDEFGH .,;:!?-—'\"“”‘’«»()\n"), "said", "she", "told", " Smith", "\n\n"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, min_size=1, max_size=60).map("".join))
def test_arbitrary_text_never_crashes(text):
    try:
        a = _article(text)
        b = _article(text)
    except (ArticleError, InputError):
        return  # empty or no words at all: refused with a clear error
    df = quotes(a)
    for row in df.itertuples():
        assert a.text[row.start : row.end] == row.text
    assert df.equals(quotes(b))  # deterministic
    for start in range(0, len(a.text), 7):
        speaker_at(a, start, min(len(a.text), start + 3))
    quote_spans(a)


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize(
    ("index", "evidence"),
    [
        (0, 'cue "slammed by" (¶1) → agent "Minsk" (¶1) → Yuri Ambrazevich (named ¶18)'),
        (2, 'cue "said" (¶3) → subject "she" (¶3) → Michelle Bachelet (named ¶2)'),
        (3, "continues the quotation before it → Michelle Bachelet"),
        (5, "a quotation alone on a heading line: no speaker"),
    ],
)
def test_evidence_says_what_decided(index, evidence):
    assert quotes(hrlesson.load_article()).evidence[index] == evidence


@pytest.mark.parametrize("name", [None, "constructed_council", "constructed_experts"])
def test_evidence_names_the_cue_and_subject_of_every_attributed_quote(name):
    q = quotes(hrlesson.load_article() if name is None else _constructed(name))
    for row in q.itertuples():
        if isinstance(row.cue_text, str) and isinstance(row.speaker, str):
            assert row.evidence.startswith(f'cue "{row.cue_text}"')
            assert row.speaker in row.evidence or row.speaker_mention in row.evidence
