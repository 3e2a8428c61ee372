"""Glossary (source of notebooks/glossary.ipynb): every technical term the lessons use.

A notebook of markdown cells only, so it opens in JupyterLab offline and converts to a
static HTML page with nbconvert. Each term is a level-3 heading, so a lesson can link to
``glossary.ipynb#hedge``. Examples come from the bundled article; an example we made up
is marked "constructed". Keep the entries in alphabetical order.
"""

import textwrap

from _kit import md

ENTRIES = """
    ### actor

    A person, state, organisation or group that the story shows acting or speaking.

    *Example:* Michelle Bachelet, Belarus, the EU, "most diplomats".

    ### alignment

    Which actors take the same side. Reporting verbs and quotes are evidence of it.

    *Example:* "most diplomats who took the virtual floor Thursday echoed Bachelet's
    concerns".

    ### annotation

    Adding labels to a text by hand, following a guideline. The person who labels is an
    annotator.

    *Example:* In Lesson 8 you label whose voice each sentence of paragraphs 7 to 22 gives.

    ### Appraisal

    A framework for describing evaluation in language (Martin & White 2005). Its parts
    include attitude (judging and valuing), engagement (how other voices are brought in) and
    graduation (raising or lowering force).

    *Example:* "damning" (attitude), "unprecedented" (force).

    ### attitude

    A word that judges a person or an act, values a thing, or names a feeling. The term
    comes from the Appraisal framework of Martin & White (2005). A word outside quotation
    marks is not always the reporter's: it can sit in indirect speech.

    *Example:* "a harsh crackdown" (the reporter's word); "His opponents say the polls were
    rigged" ("rigged" is the opponents' word, without quotation marks).

    ### attribution

    Saying who is the source of a claim or a quote. An attribution has a source, a cue
    (often a reporting verb) and the content.

    *Example:* "Bachelet said her report ... confirmed ...": source Bachelet, cue "said".

    ### attribution chain

    An attribution inside another one: the reporter reports a speaker, who reports someone
    else.

    *Example:* Bachelet said that searches were conducted, "reportedly in connection with
    criminal investigations": she passes on what others reported.

    ### body

    The paragraphs of a news story after the lead, which give details, background and
    reactions.

    *Example:* Paragraph 7 onwards gives the background of the protests.

    ### booster

    A word that raises the writer's certainty that a claim is true: how sure, not how much
    (Hyland 2005). Compare force.

    *Example:* "her report ... confirmed 'numerous and widespread violations'": "confirmed"
    presents the findings as certain.

    ### cleaning log

    The list of changes the kit made to the raw text before analysing it, so that every
    change can be checked.

    *Example:* `article.cleaning_log` lists each repair the kit made to the article (Lesson
    1).

    ### code cell

    A box in a notebook that holds Python code. Run it with Shift+Enter; its output appears
    below it.

    *Example:* `article = hrlesson.load_article()` loads the article.

    ### Cohen's kappa

    A measure of how far two annotators agree, corrected for the agreement that chance would
    give: (observed − expected) / (1 − expected). 1 is full agreement, 0 is chance level
    (Cohen 1960).

    *Example:* Lesson 8 computes it for two annotators' labels of paragraphs 7 to 22.

    ### collocate

    A word that often occurs near another word.

    *Example:* "torture" occurs near "allegations" and "complaints" in the article.

    ### concordance

    A list of all the places where a word occurs, each with its context. A KWIC list is one
    kind of concordance.

    *Example:* All the lines with "torture" in the article.

    ### confusion table

    A table that counts pairs of labels from two annotators (or a person and a program).
    Agreements lie on the diagonal.

    *Example:* Lesson 8: the gold labels in the rows, annotator B's in the columns.

    ### constructed example

    An example the course team made up to show an idea. The lessons always mark it as
    constructed, so that you do not take it for a fact about the world.

    *Example:* (constructed) "He pretended that the vote was fair."

    ### corpus

    A collection of texts chosen for study. One article is a very small corpus; several
    reports of the same event make a larger one.

    *Example:* The Belarus article and the practice article.

    ### counter-factive

    A reporting verb that presents the reported claim as false (after Thompson & Ye 1991).

    *Example:* The article has none. (constructed) "He pretended that the vote was fair."

    ### dateline

    The line at the top of a news story that gives the place, the news agency or outlet, and
    the date.

    *Example:* "Geneva, (APP - UrduPoint / Pakistan Point News - 25th Feb, 2021 )".

    ### density

    A count divided by the length of the text, here markers per 100 words, so that long and
    short paragraphs can be compared.

    *Example:* A short quote full of strong words has a high density.

    ### direct speech

    The speaker's words in quotation marks.

    *Example:* "The government's systematic crackdown against protesters continues," she
    said.

    ### expected agreement

    How often two annotators would agree by chance, given how often each uses each label
    (the marginals).

    *Example:* Lesson 8, step 5.

    ### factive

    A reporting verb that presents the reported claim as true: the reporter accepts it
    (after Thompson & Ye 1991). Test: "..., but that is not true" sounds self-contradictory
    after it.

    *Example:* "She pointed out that ... 'not one of the hundreds of complaints ... had led
    to the opening of a criminal case'".

    ### figure

    In Lesson 5: a number or date that a reader could check. In the other lessons: a chart,
    with a numbered caption.

    *Example:* "As of February 9, she said, 246 people had been sentenced".

    ### Flesch Reading Ease

    A readability score from sentence length and syllables per word; higher means easier
    (Flesch 1948).

    *Example:* Lesson 6 computes it for the article.

    ### Flesch-Kincaid grade

    A readability formula that turns sentence length and syllables per word into a US school
    grade (Kincaid et al. 1975).

    *Example:* Lesson 6 computes it for the article.

    ### force (graduation)

    A word that makes something bigger, more intense or more frequent: how much, not how
    sure. Graduation: force is part of the Appraisal framework of Martin & White (2005).
    Compare booster.

    *Example:* "months of unprecedented anti-government demonstrations"; "extreme
    politicisation".

    ### frame

    A choice of words that makes some aspects of an issue stand out and suggests how to read
    it (Entman 1993). Headings and leads frame what follows.

    *Example:* The heading 'Detached from reality' frames the section with the ambassador's
    words.

    ### full quote

    A whole sentence of someone's speech in quotation marks.

    *Example:* "All these violations, committed with impunity, created an atmosphere of
    fear," Bachelet said.

    ### gold labels

    Labels made by people with a guideline, against which other labels (a student's, or a
    program's) are compared.

    *Example:* The kit's gold quotes list every quotation of the article and its speaker.

    ### guideline (annotation)

    A short text that defines each label and says what to do in hard cases, so that
    different annotators label the same way.

    *Example:* Lesson 8 shows the guideline for voices, reporting verbs and stance words.

    ### heading

    A short title inside a story that starts a section.

    *Example:* 'Atmosphere of fear' and 'Detached from reality'.

    ### hedge

    A word that lowers the writer's commitment to a claim, or keeps a distance from it
    (Hyland 1998, 2005).

    *Example:* "legislative amendments ... reportedly enable harsher punishments".

    ### indirect speech

    A speaker's words retold by the reporter, without quotation marks, usually after "that".
    It is still the speaker's voice.

    *Example:* "She demanded that all those detained for peacefully protesting be released".

    ### KWIC (keyword in context)

    A list of every place a word occurs, with some words to its left and right, one line
    each, so that you can compare its uses (Sinclair 1991).

    *Example:* `hrlesson.kwic(article, "unprecedented")` shows the word in paragraphs 2 and
    7.

    ### layer (speaker or journalist)

    Whose evaluation a reporting verb carries. In the speaker layer the verb names what the
    speaker did ("urged"); in the journalist layer it adds the reporter's own evaluation
    ("slammed").

    *Example:* "Belarusian ambassador Yuri Ambrazevich slammed the report".

    ### lead

    The first sentence or paragraph of a news story, which sums up the news.

    *Example:* "The UN rights chief on Thursday accused Belarus of systematically repressing
    protests, ...".

    ### legal term of art

    A phrase with a fixed meaning in law. The kit's word list notes that "widespread or
    systematic" is the phrase used for crimes against humanity. In news it can classify and
    intensify at once.

    *Example:* "numerous and widespread violations"; "systematic oppression and
    persecution".

    ### lexicon (word list)

    The kit's list of stance words and reporting verbs, with a category for each. A word
    list finds words, not meanings: every hit must be read in context.

    *Example:* The kit lists "reportedly" as a hedge.

    ### marginals

    The row and column totals of a confusion table: how often each annotator used each
    label.

    *Example:* Lesson 8, step 5.

    ### metadata

    Data about a text rather than in it: its source, date, outlet.

    *Example:* The article's date, 25 February 2021, read from its dateline.

    ### metonymy

    Naming a thing by something closely linked to it, such as a capital city for its
    government. The reader must infer who is meant.

    *Example:* "comments slammed by Minsk": a place name stands for the Belarusian side;
    from paragraph 18 the reader infers that the words are its ambassador's.

    ### non-factive

    A reporting verb that leaves open whether the reported claim is true (after Thompson &
    Ye 1991). Most verbs are non-factive, strong ones too.

    *Example:* "Bachelet said"; "Belarusian ambassador Yuri Ambrazevich slammed the report".

    ### obligation

    A word that says what must happen.

    *Example:* "reported cases of torture must be investigated"; "It is essential ...".

    ### observed agreement

    The share of items two annotators labelled the same. As a percentage it is the percent
    agreement.

    *Example:* Lesson 8, step 5.

    ### paraphrase

    A speaker's meaning retold in the reporter's words. The reader cannot tell which words
    were the speaker's.

    *Example:* "246 people had been sentenced to prison terms on allegedly politically-
    motivated charges": was "allegedly" Bachelet's word?

    ### partial quote

    A few words of someone's speech in quotation marks, inside the reporter's own sentence.

    *Example:* Gatilov criticising the "one-sided" report.

    ### percent agreement

    The share of items on which two annotators gave the same label, times 100.

    *Example:* Lesson 8, step 5.

    ### primary source

    The original document or statement that a news story reports on.

    *Example:* The High Commissioner's statement of 25 February 2021 (source S1).

    ### provenance

    Where a text comes from and whose hands it passed through.

    *Example:* The dateline names APP and UrduPoint / Pakistan Point News.

    ### readability formula

    A formula that estimates how hard a text is to read from counts such as words per
    sentence and syllables per word. It does not look at meaning.

    *Example:* Lesson 6 computes the Flesch Reading Ease and the Flesch-Kincaid grade of each
    paragraph.

    ### relative date

    A date that only makes sense from the day of writing, such as "last week". The dateline
    gives that day.

    *Example:* "a disputed presidential election last August".

    ### reporting verb

    A verb that introduces what someone said, wrote or thought. Its choice can evaluate the
    speaker or the claim (Thompson & Ye 1991).

    *Example:* said, pointed out, urged, slammed, complaining, decried.

    ### scare quote

    Quotation marks around a word or label to show that it is someone else's term, and that
    the writer keeps a distance from it.

    *Example:* "criminal investigations for 'mass disorder'": a scare quote, or the name of
    the criminal charge? Lesson 4 asks.

    ### secondary source

    A text that reports on a primary source, such as another outlet's story.

    *Example:* Other outlets' reports of the same statement (source S3).

    ### stance

    The attitude a text shows towards what it says or towards the people in it: how sure,
    how strong, how approving.

    *Example:* "a damning report" shows a stance towards the report.

    ### stance marker

    Any word or phrase that shows stance: a hedge, a booster, a word of force, an attitude
    word, an obligation word or a scare quote.

    *Example:* "reportedly", "unprecedented", "harsh", "must".

    ### vague quantity

    An amount given without a number.

    *Example:* "hundreds of allegations of torture".

    ### voice

    Whose words or claim a sentence gives: the reporter's own narration, or a speaker's (in
    direct or indirect speech).

    *Example:* "Belarusian security forces unleashed a harsh crackdown" is in the reporter's
    voice.

    ### wire story

    A story written by a news agency and sent to many outlets, which may print it with
    changes.

    *Example:* The dateline names the agency APP and the outlet UrduPoint / Pakistan Point
    News.
"""

CELLS = [
    md(
        """
        # Glossary

        This page explains every technical term that the lessons use, in plain words.
        Each entry gives an example from the Belarus article (Geneva, 25 February 2021).
        An example marked "constructed" was made up by the course team.

        The readings named in brackets are listed at the end of each lesson.
        Back to [Lesson 0](00-start-here.ipynb).
        """
    ),
    *(md("### " + entry) for entry in textwrap.dedent(ENTRIES).split("\n### ")[1:]),
]
