"""Lesson 3: Stance and reporting verbs (source of notebooks/03-stance.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

import hrlesson
from hrlesson.markers import reporting_verbs

# Numbers quoted in the prose, computed when the lesson is built, so that captions and
# alt text always describe the outputs next to them.
_RV = reporting_verbs(hrlesson.load_article())
_N = len(_RV)
_BY_STANCE = _RV["stance"].value_counts()
_STANCE_LIST = ", ".join(
    f"{stance.replace('_', ' ')} {n}" for stance, n in _BY_STANCE.sort_index().items()
)
_TOP = _BY_STANCE.index[0].replace("_", " ")
_N_NEUTRAL = int(_BY_STANCE.get("neutral", 0))
_JOURNALIST = sorted(set(_RV.loc[_RV["layer"] == "journalist", "stance"]))
_JOURNALIST_N = int((_RV["layer"] == "journalist").sum())
_FACTIVE = _RV[_RV["factivity"] == "factive"]
_FACTIVE_SPEAKERS = sorted(set(_FACTIVE["introduces"].dropna()))
# The factivity section reads the asymmetry off the table: stop the build if it changes.
assert _FACTIVE_SPEAKERS == ["Michelle Bachelet"], _FACTIVE_SPEAKERS
assert sorted(_FACTIVE["text"]) == ["confirmed", "pointed out", "pointed to"]
assert "counter_factive" not in set(_RV["factivity"])
# "put on trial accused of" (sentence 6) is a legal charge, not a reporting verb.
assert not (_RV["sentence_id"] == 6).any()

CELLS = [
    md(
        """
        # Lesson 3: Stance and reporting verbs

        When a journalist reports speech, they must choose a verb. "Said" is the plain
        choice. But the Belarus story also has "slammed", "decried", "insisted" and
        "complaining". Each of these tells the reader something about the speaker, and
        sometimes about the journalist's view of the speaker. In this lesson you study
        these **reporting verbs** and what they do.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - explain why "slammed" and "said" give a reader different pictures;
        - tell a verb that names the speaker's own act ("urged") from a verb that adds
          the journalist's evaluation ("slammed");
        - group the reporting verbs of a story by stance class and read a chart of them;
        - tell factive, non-factive and counter-factive reporting verbs apart;
        - describe which actors side with whom, using the verbs as evidence;
        - rewrite a sentence with a neutral verb and explain the effect.

        ## Before you start

        - **Time:** about 60 minutes.
        - **Prerequisites:** Lesson 2 (quotes, speakers and attribution).
        - **Article used:** the Belarus story (Geneva, 25 February 2021). Its dateline
          names APP and UrduPoint / Pakistan Point News.
        """
    ),
    code(
        """
        %matplotlib inline
        import matplotlib.pyplot as plt
        import pandas as pd

        import hrlesson

        hrlesson.lesson_display()  # show tables and texts in full, easy to read
        article = hrlesson.load_article()
        """
    ),
    md(
        """
        ## "Said" and everything else

        Compare two ways to report the same words:

        - The ambassador **said** the report was "highly subjective and simplistic".
        - The ambassador **slammed** the report as "highly subjective and simplistic".

        The quote is the same. The picture is not. "Said" reports that words were spoken.
        "Slammed" adds force and conflict: it suggests an angry, hard attack. The reader
        did not hear the ambassador's tone. The verb tells them what to imagine.

        Reporting verbs carry **stance**: an attitude towards what is said or towards the
        person who says it. Here are the reporting verbs the kit finds in the article.
        """
    ),
    code(
        """
        rv = hrlesson.reporting_verbs(article)
        rv[["text", "stance", "factivity", "layer", "introduces", "sentence_id"]]
        """
    ),
    md(
        """
        Each row is one reporting verb (or a short verb phrase such as "called for").
        `introduces` is the speaker the verb reports, when the kit can find one.
        `factivity` comes later in this lesson. `stance` is the verb's class. The classes
        used here are:

        - **neutral**: say, tell, point out. They report speech without judging the
          speaker. (Later in this lesson you will see that "point out" still says
          something about the claim.)
        - **assertive**: insist, confirm. The speaker states something firmly.
        - **directive**: urge, demand, call for. The speaker asks someone to act.
        - **critical**: accuse, criticise, decry. The speaker attacks something.
        - **emotive**: complain, voice concern. The verb names a feeling.
        - **warning** and **positive**: warn; echo, welcome.
        - **media_evaluative**: slam, come to someone's defence. The journalist's
          own colourful word for what the speaker did.

        ## Two layers: whose evaluation is it?

        Look at the `layer` column. It separates two things that a verb can do.

        - **Speaker layer.** The verb names an act the speaker really performed. Bachelet
          "urged" investigations: urging is what her words do. A critical verb can be in
          this layer too: Kofod "decried" oppression, and his words do condemn it.
        - **Journalist layer.** The verb adds the journalist's own evaluation. The
          ambassador did not say "I slam this report". "Slammed" is the journalist's
          description of his words.

        This difference matters. In the speaker layer, the journalist reports a stance.
        In the journalist layer, the journalist takes one.

        ### Reflection

        1. The lead says the comments were "slammed by Minsk as 'highly subjective'".
           Paragraph 18 says the ambassador "slammed the report". Is "slammed" a fair
           description of "highly subjective and simplistic"? What verb would you use?
        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "Highly subjective and simplistic" rejects the report, but in calm, diplomatic
        words. "Slammed" suggests more heat than the quoted words show. Neutral options:
        "said", "called", "described ... as". A fair middle way: "rejected ... as".

        </details>

        2. Bachelet "insisted" (paragraph 15). Does "insisted" make her sound stronger,
           or more defensive, than "said"?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Both readings can be argued. "Insisted" can make her sound firm and committed. It
        can also suggest that someone disagrees and she must hold her ground. Point to the
        context: Belarus's rejection comes two paragraphs later.

        </details>

        ## Verbs by stance class

        The chart counts the reporting verbs in each stance class. The colours show the
        layer.
        """
    ),
    code(
        """
        ax = hrlesson.plots.plot_reporting_verbs(article)
        plt.show()
        """
    ),
    caption(
        1,
        """
        Reporting verbs in the Belarus article by stance class, coloured by whose
        evaluation they express.
        """,
        f"""
        A horizontal stacked bar chart of {_N} reporting verbs, one bar per stance
        class, longest at the top. The largest class is {_TOP}. The counts are:
        {_STANCE_LIST}. Orange marks the {_JOURNALIST_N} verbs of the journalist layer
        ({", ".join(s.replace("_", " ") for s in _JOURNALIST)}); blue marks the speaker
        layer.
        """,
    ),
    md(
        f"""
        Only {_N_NEUTRAL} of the {_N} reporting verbs are neutral. Most verbs do more than
        report: they direct, criticise or evaluate.

        ## Who sides with whom?

        Reporting verbs also show **alignment**: which actors agree and which disagree.
        The table below counts the verbs of each stance class for each speaker.
        """
    ),
    code(
        """
        pd.crosstab(rv["introduces"].fillna("(no speaker found)"), rv["stance"])
        """
    ),
    md(
        """
        Read the rows with the article open.

        - **The UN rights chief** (Bachelet) has mostly neutral and directive verbs:
          she said, pointed out, urged, demanded, called for. But check her row first
          (see the box below).
        - **Denmark, for 42 countries** (Kofod) "decried" oppression and "demanded"
          investigations. Paragraph 20 says most diplomats "echoed Bachelet's concerns".
        - **The EU** (Wagner) "said" the bloc plans a resolution to ensure "continued
          international scrutiny". A neutral verb reports a position close to Bachelet's.
        - **Belarus** (Ambrazevich) "slammed" the report, "told" the council and was
          "complaining". He rejects the report.
        - **Russia** (Gatilov) is "criticising" the report and "decrying" the "extreme
          politicisation" behind the focus on Belarus. The journalist frames this as
          coming "to Belarus's defence".

        So the story has two sides. On one side: Bachelet, Denmark for 42 countries, the
        EU and "most diplomats". On the other: Belarus and Russia, among "several
        countries". Note that the critical verbs point in both directions: Kofod decries
        oppression, and Gatilov decries politicisation.

        **Check the table before you read it.** A word list finds words, not speech acts.
        Read three rows in their sentences. In the lead, who "accused" Belarus and "called
        for" investigations? In sentence 11, "His opponents say the polls were rigged":
        whose verb is "say"? And look for a row the table does **not** have: in sentence
        6, a journalist and a doctor "were put on trial accused of disclosing" medical
        records. Why is that "accused" not a reporting verb? (It names a legal charge: no
        one in the story is reported as speaking.) If the `introduces` column names the
        wrong speaker, or none, the counts in that row are wrong too.

        ### Reflection

        3. Both sides get critical verbs. Only one side gets media evaluative verbs
           ("slammed", twice, and "came to Belarus's defence"). Does this make the story
           less balanced? Explain.
        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Arguably yes. Both sides criticise, but only Belarus's side is described with the
        reporter's own evaluative verbs. Belarus's reaction then looks emotional, while
        the criticism by Bachelet and Kofod looks like plain reporting. A counter-argument:
        "slammed" may be a habit of news style for any sharp rejection. The article alone
        cannot tell us which.

        </details>

        4. Which side does the story's last paragraph belong to? Why might the ending of
           a news story matter?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The last paragraph gives the EU's plan to table a resolution for "continued
        international scrutiny": Bachelet's side. An ending can stay with a reader. But a
        story that puts the most important facts first may also be cut from the end, so
        the last paragraph is also the first to go.

        </details>

        ## Does the reporter accept the claim? Factivity

        Stance classes ask what the speaker did: urge, attack, complain. A second question
        is about the **reporter**: does the reporter present the reported claim as true?
        Thompson & Ye (1991) sort reporting verbs this way, in academic writing:

        - **Factive** verbs present the claim as true: the reporter accepts it. "Point
          out", "show" and "confirm" work like this.
        - **Non-factive** verbs leave the truth open: "say", "tell", "claim", "insist".
        - **Counter-factive** verbs present the claim as false. (Constructed example: "He
          pretended that the vote was fair.")

        A quick test: add "..., but that is not true". "She said that X, but that is not
        true" is fine. "She pointed out that X, but that is not true" sounds like a
        contradiction. So "point out" is factive.

        Now compare the two sides of the story.

        - Bachelet: "She **pointed out** that, as far as her office could tell, 'not one
          of the hundreds of complaints ... had led to the opening of a criminal case'".
          And "She **pointed to** 'mass arbitrary arrests and detentions'". With these
          verbs the reporter treats her findings as facts.
        - Belarus: the ambassador "**slammed** the report" and was "**complaining** that
          Bachelet's recommendations ... were 'detached from reality'". Both verbs are
          non-factive. They say how he spoke, not that he was right.

        Look closely at one more verb: "Bachelet said her report ... **confirmed**
        'numerous and widespread violations'". "Confirmed" is factive, but it sits inside
        what Bachelet said. The reporter's own verb is "said". So this sentence tells us
        that Bachelet presents her findings as certain, not that the reporter does.

        The kit's `factivity` column gives the same picture. Here are the factive verbs
        of the story, with the speaker each one introduces:
        """
    ),
    code(
        """
        rv[rv.factivity == "factive"][["text", "stance", "introduces", "sentence_id"]]
        """
    ),
    md(
        """
        Stance and factivity are different questions. "Pointed out" is neutral in
        stance but factive; "slammed" is media evaluative and non-factive.

        The asymmetry is quiet. No verb calls the ambassador wrong, and none is
        counter-factive. But only one side's claims are presented as facts. Note that
        Thompson & Ye studied academic papers. Whether their classes fit news is a
        question you can test, in Lesson 8.

        ### Reflection

        5. Rewrite "She pointed out that ... not one of the hundreds of complaints ... had
           led to the opening of a criminal case" with "claimed". What changes for the
           reader, and for the reporter's responsibility?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        With "pointed out", the reporter takes the claim as established: the reader hears
        a fact that Bachelet drew attention to. With "claimed", the claim becomes hers
        alone, and the reader may doubt it. The reporter is then no longer responsible
        for its truth. Neither verb changes the quoted words; only the frame around them
        changes.

        </details>

        ## Rewriting with a neutral verb

        One way to see what a verb does is to change it. Here is sentence 24, and the same
        sentence with "slammed ... as" replaced by "described ... as".
        """
    ),
    code(
        """
        sentence = article.sentences.set_index("sentence_id").loc[24, "text"]
        pd.DataFrame(
            {
                "version": ["original", "with a neutral verb"],
                "sentence": [sentence, sentence.replace("slammed", "described")],
            }
        )
        """
    ),
    md(
        """
        The facts have not changed: the same person, the same report, the same words in
        quotation marks. But the second version no longer tells you that this was an
        attack. A reader now judges "highly subjective and simplistic" on its own.

        ## Exercises

        The exercises use the exercise article. By default it is the practice article,
        which we wrote for practice (it is invented). Your teacher may choose another one.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_verbs = hrlesson.reporting_verbs(exercise)
        ex_verbs[["marker_id", "text", "sentence_id", "introduces"]]
        """
    ),
    md(
        """
        ### Exercise 1: Answering back

        A dispute in the news is built from turns: one side claims, the other answers.
        Some reporting verbs report an answer that refuses what someone else said
        ("denied the charges", "brushed aside the report"). Which reporting verbs of the
        exercise article report such a refusal? Read each sentence. Store the verbs, as
        written in the text and in lower case, as a set. If there are none, store
        `set()`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        refusing = ex_verbs[ex_verbs["stance"] == "denial"]
        replies = set(refusing["text"].str.lower())
        ### END SOLUTION
        """,
        "l3-replies",
    ),
    check(
        "l3-replies",
        "replies",
        hint=(
            "Ask what the verb's object is. A refusal answers someone else's words: a "
            "report, findings, a charge. Does the verb say the speaker turned those words "
            "down? A verb that only adds force ('insisted') or doubt ('claimed') does not."
        ),
    ),
    md(
        """
        ### Exercise 2: Keeping a distance

        Some reporting verbs present a claim as true: "she pointed out that ..." means
        the reporter accepts it (a **factive** verb). Others keep a distance: with "she
        alleged that ..." the reporter signals that the claim may not be true. Which
        reporting verbs of the exercise article keep that kind of distance from what
        they introduce, and whose claims do they introduce? Read each sentence. Store a
        dictionary from each such verb (as written in the text, in lower case) to the
        speaker, as the `introduces` column writes the name, for example
        `{"alleged": "The ministry"}`. If there are none, store `{}`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        doubting = ex_verbs[ex_verbs["stance"] == "tentative"]
        distance = dict(zip(doubting["text"].str.lower(), doubting["introduces"], strict=True))
        ### END SOLUTION
        """,
        "l3-distance",
    ),
    check(
        "l3-distance",
        "distance",
        hint=(
            "Add 'and that is true' after the reported claim. With 'said' it sounds normal. "
            "With a distancing verb it sounds odd, because the verb has already raised a "
            "doubt. A verb that only shows force ('insisted') or a reply ('rejected') is "
            "not enough: does the verb itself question the truth of the claim?"
        ),
    ),
    md(
        """
        ### Exercise 3 (written): Compare your label with the kit's

        The cell below picks one reporting verb of the exercise article and shows its
        sentence. First decide its class yourself: neutral, or what does it add
        (force, denial, doubt, a warning, a demand, support)? Is it factive,
        non-factive or counter-factive? Then print the kit's class with `row["stance"]`
        in a new cell. In two or three sentences, say whether you agree, and if not, why
        the kit's word list and your reading of the sentence differ.
        """
    ),
    code(
        """
        row = hrlesson.pick(ex_verbs, seed=SEED, key="l3-verb")
        ex_sentences = exercise.sentences.set_index("sentence_id")["text"]
        pd.DataFrame({"verb": [row["text"]], "sentence": [ex_sentences[row["sentence_id"]]]})
        """
    ),
    written(
        """
        *Model answer (practice article, seed 0: "said" in sentence 15).* I agree with the
        kit: "said" is neutral and non-factive. It reports Amira Haddad's view of the
        expert's figures without saying whether she is right. But the sentence still takes
        a side through what it quotes: "careful, and if anything too low" supports the
        report. The verb is neutral; the choice of quote is not. (Other picks: "claimed"
        keeps a distance; "insisted" adds force but leaves the truth open; "rejected" is a
        denial by the Valdorian government, not by Lena Marsh; "asked" reports a request,
        so it is directive.)
        """
    ),
    md(
        """
        ### Exercise 4 (written): Rewrite the lead

        The lead ends: "in comments slammed by Minsk as 'highly subjective'". Rewrite this
        part with a neutral verb. Then explain in two or three sentences how the lead
        changes for a reader.
        """
    ),
    written(
        """
        *Model answer.* "... in comments that Minsk called 'highly subjective'." With
        "called", the lead reports Belarus's answer without saying how it was delivered.
        "Slammed" frames Belarus as aggressive before the reader sees its argument, and
        it puts the conflict in the first sentence. The neutral version leaves the
        reader to judge the words "highly subjective" alone.
        """
    ),
    md(
        f"""
        ## Summary

        - Reporting verbs carry stance. "Said" is neutral; "slammed" adds force and
          conflict.
        - A verb can name the speaker's own act (speaker layer: urged, decried) or add
          the journalist's evaluation (journalist layer: slammed).
        - In the Belarus article, {_N_NEUTRAL} of {_N} reporting verbs are neutral. The
          only journalist-layer verbs describe Belarus and the countries that defended
          it.
        - Factive verbs ("pointed out", "pointed to") present a claim as true;
          non-factive verbs ("said", "slammed", "complaining") leave it open. In this
          article, only Bachelet's claims get factive verbs from the reporter. The kit's
          `factivity` column shows this.
        - Verbs show alignment: Bachelet, Denmark for 42 countries and the EU on one
          side; Belarus and Russia on the other.
        - Replacing a verb with a neutral one shows what the original verb added.

        ## Going further

        - Run `hrlesson.reporting_verbs` on the practice article (`from hrlesson.practice import
          load_practice_article`). It is invented for practice. Which verbs are not
          neutral, and whom do they describe?
        - The kit's classes come from a word list (`hrlesson.lexicon`). Find a verb you
          would classify differently and explain why.
        """
    ),
    lesson_end(
        ["thompson1991", "caldas1994", "martin2005"],
        ("Lesson 4: Hedges, boosters and framing", "04-rhetoric.ipynb"),
    ),
]
