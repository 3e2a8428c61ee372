"""Lesson 3: Stance and reporting verbs (source of notebooks/03-stance.ipynb)."""

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
        rv[["text", "stance", "layer", "introduces", "sentence_id"]]
        """
    ),
    md(
        """
        Each row is one reporting verb (or a short verb phrase such as "called for").
        `introduces` is the speaker the verb reports, when the kit can find one.
        `stance` is the verb's class. The classes used here are:

        - **neutral**: say, tell, point out. They report speech without judging it.
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
        2. Bachelet "insisted" (paragraph 15). Does "insisted" make her sound stronger,
           or more defensive, than "said"?

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
          she said, pointed out, urged, demanded, called for.
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

        ### Reflection

        3. Both sides get critical verbs. Only one side gets media evaluative verbs
           ("slammed", twice, and "came to Belarus's defence"). Does this make the story
           less balanced? Explain.
        4. Which side does the story's last paragraph belong to? Why might the ending of
           a news story matter?

        ## Rewriting with a neutral verb

        One way to see what a verb does is to change it. Here is sentence 24, and the same
        sentence with "slammed ... as" replaced by "described ... as".
        """
    ),
    code(
        """
        sentence = article.sentences.set_index("sentence_id").loc[24, "text"]
        print(sentence)
        print(sentence.replace("slammed", "described"))
        """
    ),
    md(
        """
        The facts have not changed: the same person, the same report, the same words in
        quotation marks. But the second version no longer tells you that this was an
        attack. A reader now judges "highly subjective and simplistic" on its own.

        ## Exercises

        The exercises use the exercise article (the Belarus story unless your teacher
        chose another one).
        """
    ),
    parameters(),
    load_exercise(),
    md(
        """
        ### Exercise 1: How many reporting verbs?

        How many reporting verbs does the kit find in the exercise article? Count the
        rows of `hrlesson.reporting_verbs(exercise)`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        n_verbs = len(hrlesson.reporting_verbs(exercise))
        ### END SOLUTION
        """,
        "l3-n-verbs",
    ),
    check("l3-n-verbs", "n_verbs"),
    md(
        """
        ### Exercise 2: The share of neutral verbs

        What share of the reporting verbs in the exercise article is neutral? Give a
        number between 0 and 1, rounded to two decimals (for example `0.25`).
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        verbs = hrlesson.reporting_verbs(exercise)
        neutral_share = round((verbs["stance"] == "neutral").mean(), 2)
        ### END SOLUTION
        """,
        "l3-neutral-share",
    ),
    check(
        "l3-neutral-share",
        "neutral_share",
        hint="Divide the number of neutral verbs by the number of all reporting verbs.",
    ),
    md(
        """
        ### Exercise 3: One verb's stance class

        The cell below picks one reporting verb of the exercise article for you and
        prints its sentence. Which stance class does the kit give it? Type the class
        name as text, for example `"neutral"`. Then decide if you agree.
        """
    ),
    code(
        """
        verbs = hrlesson.reporting_verbs(exercise)
        row = hrlesson.pick(verbs, seed=SEED, key="l3-verb")
        print("verb:", row["text"])
        print(exercise.sentences.set_index("sentence_id").loc[row["sentence_id"], "text"])
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        stance = row["stance"]
        ### END SOLUTION
        """,
        "l3-verb-stance",
    ),
    check("l3-verb-stance", "stance", hint="Look at the list of stance classes above."),
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
        - Verbs show alignment: Bachelet, Denmark for 42 countries and the EU on one
          side; Belarus and Russia on the other.
        - Replacing a verb with a neutral one shows what the original verb added.

        ## Going further

        - Run `hrlesson.reporting_verbs` on the practice article (`from hrlesson.practice import
          load_practice_article`). It is invented for practice. Which verbs are not
          neutral, and whom do they describe?
        - The kit's classes come from a word list (`hrlesson.lexicon`). Find a verb you
          would classify differently and explain why.
        - Next: **Lesson 4**, which looks at the words that make claims sound more or less
          certain.
        """
    ),
]
