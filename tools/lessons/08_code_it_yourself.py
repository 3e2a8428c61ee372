"""Lesson 8: Code it yourself (source of notebooks/08-code-it-yourself.ipynb).

Best taken right after Lesson 4. Students label a passage by hand, compare their labels
with a partner's (or the shipped second annotator's), compute percent agreement and
Cohen's kappa step by step, and compare with the kit's labels.
"""

from _ending import lesson_end
from _kit import check, code, md, parameters, solution, written

import hrlesson
from hrlesson.agreement import passage_labels

_ARTICLE = hrlesson.load_article()
_SENTENCES = passage_labels("sentences")
_WORDS = passage_labels("words")
_N_SENTENCES = len(_SENTENCES)
_N_WORDS = len(_WORDS)


def _opening(text: str, words: int = 7) -> str:
    """The first words of a sentence, as a reminder in the label table."""
    head = " ".join(text.replace('"', "").split()[:words])
    return head + " ..."


# The label tables students edit: written into the code cells when the lesson is built
# (plain text, the same on every build), with the opening of each sentence as a comment.
_SENTENCE_TABLE = "\n".join(
    ["sentence | voice | verb_class"]
    + [
        f"{r.sentence_id:<8} | ?     | ?      # {_opening(_ARTICLE.text[r.start : r.end])}"
        for r in _SENTENCES.itertuples()
    ]
)
_WORD_TABLE = "\n".join(
    ["item | word | voice | marker"]
    + [f"{r.item_id:<4} | {r.text} | ? | ?" for r in _WORDS.itertuples()]
)

CELLS = [
    md(
        f"""
        # Lesson 8: Code it yourself

        So far the kit has labelled the article for you: quotes, reporting verbs, hedges
        and boosters. In this lesson **you** do the labelling, by hand, the way researchers
        build a labelled corpus. Then you ask the question every such project must answer:
        would another careful reader have given the same labels?

        This lesson is numbered 8 because it was added last. It is best taken **right
        after Lesson 4**, before Lesson 5.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - apply a written annotation guideline to {_N_SENTENCES} sentences and
          {_N_WORDS} words of the article;
        - tell factive from non-factive reporting verbs, and a booster from a word of
          force;
        - compute percent agreement and Cohen's kappa by hand, step by step;
        - read a confusion table, and compare your labels with the kit's;
        - say where a guideline is unclear, and how to make it clearer.

        ## Before you start

        - **Time:** about 75 minutes (30 to label, 25 to compare and compute, 20 to
          discuss). With a partner it works best in class.
        - **Prerequisites:** Lessons 2, 3 and 4 (voices, reporting verbs, hedges and
          boosters).
        - **Article used:** paragraphs 7 to 22 of the Belarus story (Geneva, 25 February
          2021; its dateline names APP and UrduPoint / Pakistan Point News). The passage
          is always this one, whatever exercise article your teacher chose.
        - **Partner:** if you have none, the kit gives you one: the labels of a second
          annotator, called annotator B.
        """
    ),
    code(
        """
        import pandas as pd
        from IPython.display import Markdown

        import hrlesson
        from hrlesson.agreement import (
            LABELS,
            blank_labels,
            confusion,
            guideline,
            passage_labels,
            read_labels,
        )

        hrlesson.lesson_display()  # show tables and texts in full, easy to read
        article = hrlesson.load_article()
        """
    ),
    md(
        """
        ## The passage

        The passage has the sentences below. The heading 'Detached from reality'
        (sentence 23) is left out. Read the passage once from start to end before you
        label anything.
        """
    ),
    code(
        """
        passage = passage_labels("sentences")
        for row in passage.itertuples():
            print(row.sentence_id, article.text[row.start : row.end])
        """
    ),
    md(
        """
        ## The guideline

        A label means little unless everyone uses it the same way. So a labelling project
        starts with a **guideline**: a short text that defines each label and says what to
        do in hard cases. Krippendorff (2019) calls these the coding instructions, and
        treats them as part of the measurement. Here is ours. Read it all; you will need
        it for every label.
        """
    ),
    code(
        """
        Markdown(guideline())
        """
    ),
    md(
        """
        Three ideas in the guideline matter most here.

        - **Factivity.** Some reporting verbs tell you that the reporter accepts the
          reported claim as true. These are **factive** verbs. Most verbs leave the truth
          open (**non-factive**), and a few present the claim as false
          (**counter-factive**). Thompson & Ye (1991) built this distinction for academic
          writing. We test here whether it works for news.
        - **Booster or force?** A **booster** (Hyland 2005) says how sure the writer is.
          A word of **force** (graduation, in Martin & White 2005) says how big, how many
          or how intense something is. "Certainly large" and "very large" are not the
          same thing.
        - **Voice without quotation marks.** Indirect speech ("they say that ...") is
          still someone else's voice, even without quotation marks.

        ## Step 1: label the sentences

        Edit the table in the next cell. Replace each `?` with one label, then run the
        cell. For `voice` write `reporter` or `speaker`. For `verb_class` write
        `factive`, `non_factive`, `counter_factive` or `none`. The words after `#` are
        only a reminder of the sentence; you may leave them. A `?` that you leave means
        "not labelled yet".
        """
    ),
    code(
        'MY_SENTENCES = """\n'
        + _SENTENCE_TABLE
        + '\n"""\n'
        + 'mine = read_labels(MY_SENTENCES, "sentences")\n'
        + 'print(mine["voice"].notna().sum(), "of", len(mine), "sentences have a voice label")'
    ),
    md(
        """
        If the cell stops with an error, read its last line: it names the line of your
        table and the labels you may use.

        ## Step 2: label the words

        The kit has chosen some words and phrases of the passage. The next cell prints
        each one in its sentence, in [square brackets].
        """
    ),
    code(
        """
        words = passage_labels("words")
        for row in words.itertuples():
            sentence = article.sentences.set_index("sentence_id").loc[row.sentence_id]
            left = article.text[sentence.start : row.start]
            right = article.text[row.end : sentence.end]
            print(f"{row.item_id}. ...{left[-60:]}[{row.text}]{right[:40]}...")
        """
    ),
    md(
        """
        Label each word twice. For `voice`: is the word the reporter's, or a speaker's?
        For `marker`: is it a `hedge`, a `booster`, a word of `force`, an `attitude`
        word, or `none` of these?
        """
    ),
    code(
        'MY_WORDS = """\n'
        + _WORD_TABLE
        + '\n"""\n'
        + 'my_words = read_labels(MY_WORDS, "words")\n'
        + 'print(my_words["marker"].notna().sum(), "of", len(my_words), "words have a marker label")'
    ),
    md(
        """
        ## Step 3: your key decisions

        The next four questions check the decisions that matter most in this passage. They
        use your judgement, not a table: type your answer into the cell, then run the
        check. Your answers can differ from the labels you typed above. If a check says
        "not quite", reread the guideline before you change your answer. (The first
        cell below is set by your teacher. Leave it as it is.)
        """
    ),
    parameters(),
    md(
        """
        ### Exercise 1: Factive verbs

        Which sentences of the passage introduce a claim with a **factive** reporting
        verb? Label only the main-clause verb: the reporter's own verb. Store the
        sentence numbers as a set, for example `{10, 12}`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        factive = {14, 16}
        ### END SOLUTION
        """,
        "l8-factive",
    ),
    check(
        "l8-factive",
        "factive",
        hint=(
            "Use the test: add 'but that is not true' after the claim. 'She said X, but "
            "that is not true' is fine. A factive verb makes that sound self-contradictory. "
            "A factive verb inside the speaker's words (after 'said') is the speaker's."
        ),
    ),
    md(
        """
        ### Exercise 2: A sentence without a verb of saying

        Sentence 17 has no reporting verb and no quotation marks. Whose voice is it, by
        the guideline? Store `"reporter"` or `"speaker"` in `voice_17`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        voice_17 = "speaker"
        ### END SOLUTION
        """,
        "l8-voice-17",
    ),
    check(
        "l8-voice-17",
        "voice_17",
        hint=(
            "Read sentence 16 and 17 together. Look at the tense of the verb in 17: "
            "which tense would a reporter use to describe the present state of a country "
            "in their own voice?"
        ),
    ),
    md(
        """
        ### Exercise 3: Attitude words outside quotation marks

        Three of the words in your word table are attitude words that stand **outside**
        quotation marks. Which of them are **not** the reporter's own words? Store their
        item numbers as a set.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        not_reporters = {3, 11}
        ### END SOLUTION
        """,
        "l8-not-reporters",
    ),
    check(
        "l8-not-reporters",
        "not_reporters",
        hint=(
            "Quotation marks are not the only sign of someone else's words. Look for "
            "indirect speech: 'X say (that) ...', 'she demanded that ...'. A word inside "
            "such a clause gives the speaker's view, in the reporter's wording."
        ),
    ),
    md(
        """
        ### Exercise 4: Force, not certainty

        Which items of the word table are words of **force** (how much, how intense)
        rather than boosters (how sure)? Store their item numbers as a set.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        force = {1, 6, 13, 14}
        ### END SOLUTION
        """,
        "l8-force",
    ),
    check(
        "l8-force",
        "force",
        hint=(
            "Try two swaps. If 'certainly' or 'it is proven that' can replace the word, it "
            "is about how sure. If 'very', 'a lot of' or 'huge' can, it is about how much. "
            "A word of obligation such as 'essential' is neither."
        ),
    ),
    md(
        """
        ## Step 4: compare with a partner

        Now put your labels next to a partner's. If you work alone, your partner is
        annotator B, whose labels come with the kit. With a real partner, paste their
        filled table into the cell instead, between the triple quotes, like this:
        `partner = read_labels(\"\"\"...their table...\"\"\", "sentences")`.
        """
    ),
    code(
        """
        partner = passage_labels("sentences", "annotator_b")
        side_by_side = pd.DataFrame(
            {
                "sentence": mine["sentence_id"],
                "my voice": mine["voice"],
                "partner's voice": partner["voice"],
                "my verb_class": mine["verb_class"],
                "partner's verb_class": partner["verb_class"],
            }
        )
        side_by_side
        """
    ),
    md(
        """
        A missing value (`None` or `NaN`) is a `?` you have not replaced yet. The rows you
        labelled are the ones to compare. How often do you and your partner agree?
        """
    ),
    code(
        """
        print("voice:     ", hrlesson.agreement(mine["voice"], partner["voice"]))
        print("verb_class:", hrlesson.agreement(mine["verb_class"], partner["verb_class"]))
        """
    ),
    md(
        """
        The function gives three numbers. The rest of this lesson shows where they come
        from, so that you can explain them in a report.

        ## Step 5: percent agreement and Cohen's kappa, step by step

        To see the computation with full tables, we use two annotators who have labelled
        every sentence: the kit's own labels (the **gold** labels, made by the course
        team with the guideline) and annotator B. We start with the `voice` labels.

        ### A confusion table

        A **confusion table** counts the pairs of labels. Each row is a label of the
        first annotator; each column a label of the second. The cells on the diagonal,
        from top left to bottom right, are the sentences where they agree.
        """
    ),
    code(
        """
        gold = passage_labels("sentences", "gold")
        b = passage_labels("sentences", "annotator_b")
        table = confusion(gold["voice"], b["voice"], labels=LABELS["sentences"]["voice"],
                          names=("gold", "annotator B"))
        table
        """
    ),
    md(
        """
        ### Observed agreement

        The **observed agreement** is the share of items with the same label: the sum of
        the diagonal divided by the number of items. As a percentage, it is the
        **percent agreement**.
        """
    ),
    code(
        """
        n = int(table.to_numpy().sum())
        same = sum(table.loc[label, label] for label in table.index)
        observed = same / n
        print(f"{same} of {n} sentences agree: observed agreement {observed:.3f}")
        """
    ),
    md(
        """
        ### Expected agreement

        Percent agreement looks good here. But two annotators who guess would also agree
        sometimes, and more often when one label is very common. Cohen (1960) asks how
        often two annotators would agree **by chance**, if each kept their own habits:
        how often each one uses each label. These habits are the **marginals**, the row
        and column totals of the table.

        For each label, multiply the first annotator's share of it by the second
        annotator's share, then add up over the labels. That sum is the **expected
        agreement**.
        """
    ),
    code(
        """
        gold_share = table.sum(axis=1) / n      # row totals: the gold labels
        b_share = table.sum(axis=0) / n         # column totals: annotator B's labels
        steps = pd.DataFrame({"gold share": gold_share, "B share": b_share,
                              "product": gold_share * b_share})
        expected = steps["product"].sum()
        print(steps.round(3))
        print(f"expected agreement {expected:.3f}")
        """
    ),
    md(
        """
        ### Kappa

        **Cohen's kappa** asks: of the agreement that chance leaves room for, how much did
        the annotators reach?

        kappa = (observed − expected) / (1 − expected)

        Kappa is 1 when the annotators agree on everything, and 0 when they agree only as
        often as chance predicts. It can be negative: then they agree less than chance.
        """
    ),
    code(
        """
        kappa = (observed - expected) / (1 - expected)
        print(f"kappa = ({observed:.3f} - {expected:.3f}) / (1 - {expected:.3f}) = {kappa:.3f}")
        print(hrlesson.agreement(gold["voice"], b["voice"]))
        """
    ),
    md(
        """
        The last line is the library function: it gives the same numbers. Note the gap
        between the two scores. Most sentences of the passage are a speaker's, so two
        annotators who wrote `speaker` almost every time would agree often, even without
        reading. Kappa removes that easy agreement.

        What kappa counts as "good" is debated. Artstein & Poesio (2008) warn that there
        is no single threshold. Report the table, not only the number.

        ### Reflection

        1. The observed agreement on `voice` is high, but kappa is much lower. Explain why
           in your own words, using the marginals.

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Almost all sentences are labelled `speaker` by both annotators. So even two
        people who labelled at random, but with these habits, would agree most of the
        time: the expected agreement is high. Kappa only counts the agreement above that
        level. The two sentences where the annotators differ are a large part of the
        small room that chance leaves, so kappa drops more than percent agreement.

        </details>

        ### Exercise 5: Kappa for the verb classes

        Now compute the three numbers for the `verb_class` labels of the gold and
        annotator B, step by step as above. The next cell makes their confusion table.
        Store `observed_vc`, `expected_vc` and `kappa_vc`, each rounded to two decimals.
        """
    ),
    code(
        """
        table_vc = confusion(gold["verb_class"], b["verb_class"],
                             labels=LABELS["sentences"]["verb_class"],
                             names=("gold", "annotator B"))
        table_vc
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        n_vc = int(table_vc.to_numpy().sum())
        observed_vc = sum(table_vc.loc[label, label] for label in table_vc.index) / n_vc
        shares = (table_vc.sum(axis=1) / n_vc) * (table_vc.sum(axis=0) / n_vc)
        expected_vc = shares.sum()
        kappa_vc = round((observed_vc - expected_vc) / (1 - expected_vc), 2)
        observed_vc = round(observed_vc, 2)
        expected_vc = round(expected_vc, 2)
        ### END SOLUTION
        """,
        "l8-observed",
    ),
    check(
        "l8-observed",
        "observed_vc",
        hint="Add the diagonal of table_vc, then divide by the number of sentences.",
    ),
    check(
        "l8-expected",
        "expected_vc",
        hint=(
            "For each label: (row total / n) times (column total / n). Then add up. "
            "A label only one annotator used adds zero."
        ),
    ),
    check(
        "l8-kappa",
        "kappa_vc",
        hint=(
            "Use the unrounded observed and expected values in the formula, "
            "then round kappa at the end."
        ),
    ),
    md(
        """
        ## Step 6: your labels against the gold and the kit

        Compare your own labels with the gold labels. The confusion table puts your labels
        in the rows. Only the sentences you have labelled count. Do this after you have
        answered the questions above.
        """
    ),
    code(
        """
        print(hrlesson.agreement(mine["verb_class"], gold["verb_class"]))
        confusion(mine["verb_class"], gold["verb_class"],
                  labels=LABELS["sentences"]["verb_class"], names=("me", "gold"))
        """
    ),
    md(
        """
        The gold labels were made by people. The kit's word list also labels reporting
        verbs: with a stance class (Lesson 3) and with a factivity class (after Thompson &
        Ye). Do the kit's classes and the gold line up? The next table puts the gold
        factivity class of each labelled verb (rows) next to the factivity that the kit's
        word list gives the same verb (columns).
        """
    ),
    code(
        """
        kit = hrlesson.reporting_verbs(article)[["sentence_id", "text", "stance", "factivity"]]
        both = gold.merge(kit, how="left", left_on=["sentence_id", "verb"],
                          right_on=["sentence_id", "text"])
        pd.crosstab(both["verb_class"], both["factivity"].fillna("(no verb found)"))
        """
    ),
    md(
        """
        Where the kit finds the verb, its factivity class and the gold agree. For most
        verbs, factivity belongs to the word: "point out" presents a claim as true
        wherever it stands. But a word list reads one word at a time, and the gold labels
        the verb of the main clause.

        ### Exercise 6 (written): What a word list cannot see

        (a) One gold verb is in the "(no verb found)" column. Which is it? Look at the
        kit's markers for that sentence (`hrlesson.markers(article)`) and say where the
        kit put it.

        (b) In sentence 13 Bachelet said her report confirmed "numerous and widespread
        violations". The kit's word list calls "confirm" factive; the gold gives the
        sentence `non_factive`. In two or three sentences, say why, and what a program
        would need to know about the sentence to get it right.
        """
    ),
    written(
        """
        *Model answer.* (a) "urges", in sentence 19 ("Her report urges Belarus to ...").
        The kit lists "urges Belarus to" as a UN phrase of the directive kind, so the
        reporting-verb table has no row for "urges" and the join finds nothing. The verb
        is there, under another label.

        (b) The main-clause verb of sentence 13 is "said", which is non-factive: the
        reporter does not vouch for what Bachelet said. "Confirmed" sits inside her
        words, so it is Bachelet who presents the violations as fact, not the reporter.
        A word list gives each verb its class on its own. To label the sentence, a
        program must know which verb governs the clause and which verbs sit inside the
        reported speech: the structure of the sentence, not only its words.
        """
    ),
    md(
        """
        ## Step 7: where is the guideline unclear?

        Disagreement is information. When two careful annotators differ, either one made
        a slip, or the guideline left room for two readings. The next cell lists the
        sentences where you and your partner both gave a label but not the same one, with
        the partner's note.
        """
    ),
    code(
        """
        labelled = side_by_side.dropna()
        differ = labelled[(labelled["my voice"] != labelled["partner's voice"])
                          | (labelled["my verb_class"] != labelled["partner's verb_class"])]
        differ.assign(partner_note=partner.loc[differ.index, "note"])
        """
    ),
    md(
        """
        ### Reflection

        2. Take two sentences where you and your partner differ. For each one, decide: a
           slip, or a gap in the guideline? If it is a gap, write the rule you would add.

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Annotator B's notes show typical gaps. In sentence 13 B labelled "confirmed", the
        verb nearest the quote, not the main-clause verb "said". The guideline states
        the main-clause rule, but a rule that needs an example would help: "Bachelet
        said her report confirmed X" is about what Bachelet said. In sentence 24 B called
        "slammed" counter-factive because it makes the ambassador look bad. That mixes
        two scales: how a speaker is shown, and whether the claim is true. A sentence in
        the guideline that names this mistake would help. Sentence 27 ("echoed ...
        concerns") shows that the guideline does not list verbs that report agreement.

        </details>

        3. Annotator B labelled all the legal-sounding words ("widespread",
           "systematic") as boosters. The kit's word list notes that "widespread or
           systematic" is also a legal phrase (it is used for crimes against humanity).
           Does a term of art intensify, classify, or both? Should the guideline add a
           label for it?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        In a legal text, "widespread or systematic" classifies: it names the test that an
        attack must meet. In a news report it also intensifies, because most readers
        hear "very large" and "deliberate". Our scheme can only record one function. A
        project that studies legal language should add a flag such as `term_of_art`,
        beside the marker label, rather than a new label that competes with `force`.

        </details>
        """
    ),
    md(
        """
        ## Summary

        - Labelling by hand needs a **guideline**: labels, definitions, and rules for
          hard cases.
        - **Factive** reporting verbs ("point out") present the claim as true;
          **non-factive** ones ("say", "slam") leave it open; **counter-factive** ones
          present it as false.
        - A **booster** is about certainty; a word of **force** is about size or
          intensity.
        - A word outside quotation marks can still be a speaker's, in indirect speech.
        - **Percent agreement** counts matching labels. **Cohen's kappa** corrects it for
          the agreement that chance would give: (observed − expected) / (1 − expected).
        - A **confusion table** shows which labels annotators confuse. Disagreements show
          where a guideline needs a better rule.

        ## Going further

        - Label the `words` table with a partner and compute kappa for `marker`. Which
          labels do you confuse most?
        - Take the sentences where the gold and the kit's word list differ, and write a
          guideline rule that would settle each case.
        - Apply the guideline to the first nine sentences of the article (before the
          first heading). Is the lead harder to label than the body? Why?
        """
    ),
    lesson_end(
        ["cohen1960", "artstein2008", "krippendorff2019"],
        ("Lesson 5: Verifiable figures", "05-figures.ipynb"),
    ),
]
