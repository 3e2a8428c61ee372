"""Lesson 4: Hedges, boosters and framing (source of notebooks/04-rhetoric.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

import hrlesson

# Numbers quoted in the prose and the alt text are computed when the lesson is built, so
# they always describe the outputs next to them. The asserts guard the close-reading
# claims of the prose: if the kit's tables change, the build stops here instead of
# printing prose that no longer matches the tables.
_ARTICLE = hrlesson.load_article()
_M = hrlesson.markers(_ARTICLE)
_BODY_IDS = set(_ARTICLE.paragraphs.loc[_ARTICLE.paragraphs["kind"] == "body", "paragraph_id"])
_D = hrlesson.marker_density(_ARTICLE)
_BODY = _D[_D["paragraph_id"].isin(_BODY_IDS)]
_DENSE = _BODY.sort_values("per_100_words", ascending=False, kind="stable")
_TOP3 = [
    (int(p), float(v))
    for p, v in zip(_DENSE.paragraph_id[:3], _DENSE.per_100_words[:3], strict=True)
]
_LOW2 = [
    (int(p), float(v))
    for p, v in zip(_DENSE.paragraph_id[-2:], _DENSE.per_100_words[-2:], strict=True)
]
_BY_CATEGORY = _M[_M["paragraph_id"].isin(_BODY_IDS)]["category"].value_counts()
_HEDGES = _M[_M["category"] == "hedge"]
_REPORTEDLY = _HEDGES[_HEDGES["text"] == "reportedly"]
assert _REPORTEDLY["in_quote"].all()
assert list(_REPORTEDLY["paragraph_id"]) == [5, 14]
assert not _HEDGES.loc[_HEDGES["text"] == "allegedly", "in_quote"].any()
assert set(_BY_CATEGORY.index[:2]) == {"attitude", "reporting_verb"}
assert [p for p, _ in _TOP3] == [3, 21, 16]
assert {p for p, _ in _LOW2} == {4, 13}
_UNPRECEDENTED = _M[_M["text"] == "unprecedented"]
assert list(zip(_UNPRECEDENTED.paragraph_id, _UNPRECEDENTED.in_quote, strict=True)) == [
    (2, True),
    (7, False),
]
_BOOSTERS = _M[_M["category"] == "booster"]
_FORCE = _M[_M["category"] == "force"]
# The prose says the word list finds no booster of certainty here, and only words of scale.
assert _BOOSTERS.empty
assert set(_FORCE["subcategory"]) == {"scale"}
# ... and that the kit reads "crisis-wracked" as the reporter's epithet.
_WRACKED = _M[_M["text"] == "crisis-wracked"].iloc[0]
assert _WRACKED["layer"] == "journalist"
assert _WRACKED.isna()["speaker"]
_SPEAKERS = hrlesson.marker_density(_ARTICLE, by="speaker")
_MOST_DENSE = _SPEAKERS.sort_values("per_100_words", ascending=False, kind="stable").iloc[0]

CELLS = [
    md(
        """
        # Lesson 4: Hedges, boosters and framing

        A news story tells us what happened. Its small words also tell us how sure the
        speakers are, how serious they think things are, and what they want to happen
        next. We call this the **stance** of a text. In this lesson you find the words
        that carry stance in the Belarus article. You also look at its two section
        headings, and ask how they frame what follows.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - name six kinds of stance markers: hedges and boosters (after Hyland), attitude
          and force (after Martin & White), words of obligation, and labels in quotation
          marks;
        - tell a booster (how sure) from a word of force (how much);
        - find these markers with the kit, and check each one in its sentence;
        - say whose stance a marker shows: the reporter's or a quoted speaker's;
        - compare how densely paragraphs and speakers use stance markers;
        - explain how a section heading frames the paragraphs below it.

        ## Before you start

        - **Time:** about 60 minutes.
        - **Prerequisites:** Lessons 0 to 3. You should know how to read a table, how the
          kit finds quotes and speakers (Lesson 2), and what a reporting verb is
          (Lesson 3).
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
        ## Six kinds of stance markers

        Linguists sort stance words into groups. This course uses six, plus the
        reporting verbs you met in Lesson 3. Hedges and boosters come from Hyland (2005).
        Attitude and force come from the Appraisal framework of Martin & White (2005).
        Every example below comes from the article.

        | kind | what it does | examples from the article |
        |---|---|---|
        | **hedge** | lowers the writer's commitment to a claim, or keeps a distance from it | "reportedly", "allegedly", "as far as her office could tell" |
        | **booster** | raises the writer's certainty that a claim is true: how sure | "confirmed" ("her report ... confirmed ...") |
        | **force** (graduation) | makes something bigger, more intense or more frequent: how much | "unprecedented", "systematic", "widespread" |
        | **attitude** (evaluative word) | judges a person or an act, or values a thing | "damning", "harsh", "simplistic" |
        | **obligation** | says what must happen | "must", "essential", "ensure" |
        | **scare quote** | puts a label in quotation marks, to show it is someone else's word | perhaps 'mass disorder' (see below) |

        Keep boosters and force apart. Other typical boosters are "clearly" and
        "demonstrates" (constructed examples: they are not in this article). "It is clearly
        large" is about certainty. "It is very large" is about size. A report can be sure
        of a small number, or unsure of a huge one.

        A hedge is not always a sign of weakness. It can be a sign of care: the speaker
        says only what she can support.

        ## Finding the markers

        The kit has a word list, written by the course team, with several hundred
        stance words and phrases. The function `markers` finds each one in the article.
        Each row is one marker. The column `in_quote` says if it sits inside quotation
        marks, and `speaker` says whose words they are (for a reporting verb, the
        speaker it introduces).
        """
    ),
    code(
        """
        m = hrlesson.markers(article)
        m[["text", "category", "subcategory", "paragraph_id", "in_quote", "speaker"]].head(15)
        """
    ),
    md(
        """
        These are only the first 15 rows. Count the markers of each kind in the whole
        article:
        """
    ),
    code(
        """
        m.category.value_counts()
        """
    ),
    md(
        """
        Two categories need a word. `un_phrase` marks phrases about the meeting itself,
        such as "on behalf of" and "took the virtual floor". `reporting_verb` is the topic of
        Lesson 3. In this lesson we look at the others.

        A word list finds words, not meanings. Before you trust a count, read each
        marker in its sentence. The rest of this lesson does that for each kind.

        ## Hedges: keeping a distance
        """
    ),
    code(
        """
        hedges = m[m.category == "hedge"]
        hedges[["text", "subcategory", "paragraph_id", "in_quote", "speaker"]]
        """
    ),
    md(
        """
        Look at who hedges.

        - "reportedly" appears twice, both times **inside** Bachelet's quotes
          (paragraphs 5 and 14). She reports what others have said, and she marks it
          as reported.
        - "allegedly" in paragraph 5 is **outside** the quotation marks: "246 people had
          been sentenced to prison terms on allegedly politically-motivated charges".
          The reporter retells what she said. We cannot tell from the article if
          "allegedly" was her word.
        - "as far as her office could tell" (paragraph 13) limits a claim to what her
          office knew. It is the reporter's paraphrase, placed just before her quote.
          Look at what it limits: "not one of the hundreds of complaints ... had led to
          the opening of a criminal case". A zero is a strong claim, and a checkable one:
          one criminal case would prove it wrong. The hedge and the cut-off date ("prior
          to our cut-off date of December 20") mark exactly how far the claim goes. The
          primary source (S1) also gives a number that the article leaves out: the
          government's information note reports 4,644 complaints about the use of physical
          force and special measures by interior-affairs personnel.
        - "a disputed presidential election" (paragraph 7) is the reporter's own hedge.
          It says that someone disputes the result, without saying who is right.
        - "42 mainly European countries" (paragraph 21): "mainly" softens the word
          "European" and hides which countries were not European.

        Use a keyword search to read one hedge in its context:
        """
    ),
    code(
        """
        hrlesson.kwic(article, "reportedly", width=60)[["left", "node", "right"]]
        """
    ),
    md(
        """
        ## Boosters and force: how sure, and how much

        The kit's word list keeps the two kinds apart. Its category `booster` holds words
        of certainty, in Hyland's sense ("clearly", "in fact"). Its category `force` holds
        words that make something bigger or more intense: `intensifier` for how strong
        ("deeply", "highly"), `scale` for how large or how many ("widespread"). Here are
        both in the article:
        """
    ),
    code(
        """
        sure_or_big = m[m.category.isin(["booster", "force"])]
        sure_or_big[["text", "category", "subcategory", "paragraph_id", "in_quote", "speaker"]]
        """
    ),
    md(
        f"""
        The word list finds {len(_FORCE)} words of force and no booster at all. Every
        word of force here is of subcategory `scale`: it says how large, how many or how
        organised. The certainty in this story is carried by verbs instead, such as the
        factive "confirmed" (Lesson 3). A word list that called all these words boosters
        would make the story look more certain than it is.

        Three words of force come back again and again: "systematic" (or
        "systematically"), "widespread" and "unprecedented". None of them says how sure
        anyone is. They say how large and how organised the violations are.

        Two of them are also **legal terms of art**. The kit's notes on its word list
        (`LEXICON.md`) point out that "widespread or systematic" is the phrase linked to
        crimes against humanity. For students of international relations this matters: in
        a UN report, such words may classify (name a legal test) as well as intensify.
        This article does not use the legal term itself. Whether the words classify or
        intensify here is a question for you, not a fact the text settles.

        Follow "unprecedented":
        """
    ),
    code(
        """
        hrlesson.kwic(article, "unprecedented", width=60)[["left", "node", "right", "paragraph_id"]]
        """
    ),
    md(
        """
        In paragraph 2, "unprecedented" is in quotation marks: it is Bachelet's word. In
        paragraph 7, the reporter uses the same word, without quotation marks, about
        the "anti-government demonstrations". The reporter's own voice takes up a
        speaker's strong word. The same happens with "systematically" and "widespread"
        in the first sentence of the story.

        ## Evaluative words and obligation

        **Attitude** words judge. Some of them are in quotation marks, so they are clearly
        the speakers' words: "arbitrary", "impunity", "simplistic", "one-sided". Others
        stand outside quotation marks: a "damning" report, a "harsh crackdown". A reader
        may not notice them.

        But outside quotation marks does not always mean "the reporter's". Indirect
        speech retells a speaker without quotation marks. "His opponents say the polls
        were **rigged**": "rigged" is the opponents' view. "She demanded that all those
        detained for **peacefully** protesting be released": "peacefully" is part of
        Bachelet's demand. And "warning that the **crisis-wracked** country's
        'unprecedented' human rights situation was deteriorating": is "crisis-wracked"
        Bachelet's word, or the reporter's? It sits in her indirect speech, but it is not
        part of her claim: it is a label for the country, of a kind news reports often use
        ("war-torn", "embattled"). The kit files such labels in the journalist layer and
        gives them to the reporter. You may disagree. Treat "whose word is this?" as a
        question to argue, with the sentence as evidence.

        **Obligation** words say what must happen. They belong to the speakers who
        make demands: Bachelet ("It is essential ..."), the Danish minister ("reported
        cases of torture must be investigated") and the EU ambassador ("to ensure
        accountability").
        """
    ),
    code(
        """
        m[m.category.isin(["attitude", "obligation"]) & ~m.in_quote][
            ["text", "category", "paragraph_id"]
        ]
        """
    ),
    md(
        """
        The table shows the attitude and obligation words that are **not** in quotes.
        Read each one in its sentence. First decide whose word it is: the reporter's own
        narration, or someone's indirect speech? Then: which ones would you call neutral
        description, and which ones take a side?

        ## Labels in quotation marks

        In paragraph 5, Bachelet's quote contains a second quote:

        > ... reportedly in connection with criminal investigations for 'mass disorder'.

        The single quotation marks inside her quote mark a **label**. There are two ways
        to read them.

        - A **scare quote**: quotation marks that show a term is someone else's, and
          that the speaker keeps a distance from it.
        - The **name of a criminal charge**: the investigations are "for" something, and
          the official name of that offence is quoted because it is a name.

        The article does not tell us which reading is right, or who uses the term. What
        in the sentence supports each reading? Would the answer change how you read
        Bachelet's stance?

        Short partial quotes can keep a similar distance. The Belarusian side's words
        "highly subjective" and the Russian ambassador's "one-sided" are real quotes,
        not scare quotes. But by quoting just the label, the reporter makes clear that
        the judgement is theirs, not the reporter's. Note also the verb that introduces
        "highly subjective": Minsk "slammed" the comments. This is not a neutral verb
        such as "said": it adds the reporter's own evaluation (see Lesson 3).

        ## Headings as frames

        The article has two section headings. Each one is a short quote, set between
        dashes in the original text.
        """
    ),
    code(
        """
        article.paragraphs[article.paragraphs.kind == "heading"][["paragraph_id", "text"]]
        """
    ),
    md(
        """
        Where do these words come from? Search the body of the article for each
        heading:
        """
    ),
    code(
        """
        hrlesson.kwic(article, "atmosphere of fear", width=50)[["left", "node", "right", "paragraph_id"]]
        """
    ),
    code(
        """
        hrlesson.kwic(article, "detached from reality", width=50)[
            ["left", "node", "right", "paragraph_id"]
        ]
        """
    ),
    md(
        """
        "Atmosphere of fear" is taken from Bachelet's quote in paragraph 12. "Detached from
        reality" is taken from the Belarusian ambassador's quote in paragraph 19. So the
        two headings give one quote to each side.

        A heading is a **frame**: it tells the reader how to read what follows. Now look
        at what each section contains.

        - The first section (paragraphs 7 to 16) starts with background in the
          reporter's voice, then gives Bachelet's findings and demands.
        - The second section (paragraphs 18 to 22) starts with the ambassador and
          Russia. But paragraphs 20 to 22 report that most diplomats "echoed Bachelet's
          concerns", and quote Denmark and the EU.

        The second heading frames the whole section with the words of one speaker, the
        ambassador. Yet more than half of that section supports Bachelet.

        ### Reflection

        1. The reporter calls Bachelet's report "damning" in paragraph 2, before we learn
           what it says. What does this word do to the reader's view of the report?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "Damning" tells the reader, before any content, that the report is severe and
        that its findings count against Belarus. It stands in the reporter's narration,
        not in a quote, so the reader takes it as the reporter's evaluation.

        </details>
        2. Why might Bachelet use "reportedly" inside her own quote? What does it tell
           you about where her information comes from?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "Reportedly" marks information as reported by others, not confirmed by her
        office. It shows care about sources: she says what she was told, and says so.
        How her office gathered its information is not in the article; the report itself
        (S2) is where to look.

        </details>
        3. Imagine the second heading were "Extreme politicisation" (the Russian
           ambassador's words). Would the section read differently?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Yes. "Extreme politicisation" would frame the section as a second attack on the
        report, now by Russia. It would hide even more of what the section says: three of
        its five paragraphs report support for Bachelet.

        </details>
        4. "Several countries came to Belarus's defence" but only Russia is named. Is
           "several" a hedge, a booster, or neither?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Arguably a hedge: a vague quantity that does not say which countries, or how
        many. It is not a booster, because it says nothing about certainty. It also makes
        the support for Belarus less visible, since only Russia is named. Accept either
        "hedge" or "neither" with a reason.

        </details>

        ## Marker density: who uses stance words most?

        Long paragraphs have more words, so they can have more markers. To compare fairly,
        we count **markers per 100 words**. This is called the **density**.
        """
    ),
    code(
        """
        density = hrlesson.marker_density(article)
        density[["paragraph_id", "n_words", "n_markers", "per_100_words"]]
        """
    ),
    code(
        """
        ax = hrlesson.plots.plot_marker_density(article)
        plt.show()
        """
    ),
    caption(
        1,
        """
        Stance markers per 100 words in each body paragraph of the Belarus article,
        stacked by category. The headings (paragraphs 6 and 17) are left out.
        """,
        f"""
        A stacked bar chart with one bar for each of the {len(_BODY)} body paragraphs,
        and gaps at the two headings. The densest paragraphs are {_TOP3[0][0]} (about
        {_TOP3[0][1]:.0f} markers per 100 words), {_TOP3[1][0]} (about {_TOP3[1][1]:.0f})
        and {_TOP3[2][0]} (about {_TOP3[2][1]:.0f}). The least dense are paragraphs
        {_LOW2[0][0]} and {_LOW2[1][0]} (about {_LOW2[0][1]:.0f} each), which hold long
        passages with few stance words. Attitude words and reporting verbs make up most
        of the bars.
        """,
    ),
    md(
        """
        The densest paragraphs are short quotes full of strong words (paragraph 3:
        "The government's systematic crackdown against protesters continues") and the
        paragraphs of demands (16 and 21). The two long paragraphs 4 and 13 have few
        markers. They report facts and a long quote.

        Now count by speaker. Here a speaker's words are their quotes **and** their
        reported speech, such as "she said, 246 people had been sentenced ...".
        `(reporter)` stands for the reporter's own words: everything else.
        """
    ),
    code(
        """
        by_speaker = hrlesson.marker_density(article, by="speaker")
        by_speaker[["speaker", "n_words", "n_markers", "per_100_words", "hedge", "booster",
                    "force", "attitude", "obligation"]]
        """
    ),
    md(
        f"""
        Read the rows with care. A speaker with very few words can get a very high
        density from one or two markers. The densest speaker here is
        {_MOST_DENSE.speaker}, with {_MOST_DENSE.n_markers} markers in only
        {_MOST_DENSE.n_words} words. The numbers are a starting point for close
        reading, not a result.

        ### Reflection

        5. Which voice has the most words of force per 100 words? Read those words
           again. Do they say how sure, or how much? Could the speaker prove them?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The top rates belong to speakers with very few words, such as Gatilov
        ("extreme") or Kofod ("systematic"): one word gives a high rate. Their words say
        how much or how intense (force), not how sure. "Systematic" could in principle be
        shown with evidence of a pattern; "extreme politicisation" is an evaluation that
        no evidence settles.

        </details>

        6. Look at the hedges outside quotation marks. Which are the reporter's own
           words, and which report what Bachelet said? Why might a reporter add a
           hedge of their own?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The reporter's own narration has "disputed" (paragraph 7) and "mainly"
        (paragraph 21). Several others stand outside quotation marks but retell
        Bachelet: "allegations" in the lead (inside what she "called for"), "allegedly"
        (after "she said"), "as far as her office could tell" and "alleged" (inside what
        she "urged"). We cannot tell if these were her words or the reporter's wording of
        them. A reporter may hedge what they cannot check, and so keep a distance from
        claims that might later prove wrong.

        </details>

        ## Exercises

        The exercises use the exercise article. By default it is the practice article,
        which we wrote for practice (it is invented). Your teacher may choose another
        one. The cell after the next one finds its hedges and shows each one with its
        sentence, as `ex_hedges`.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_markers = hrlesson.markers(exercise)
        ex_hedges = ex_markers[ex_markers.category == "hedge"]
        ex_sentences = exercise.sentences.set_index("sentence_id").text
        ex_hedges[["text", "sentence_id"]].assign(sentence=ex_hedges.sentence_id.map(ex_sentences))
        """
    ),
    md(
        """
        ### Exercise 1: Hedges in the speakers' own words

        Which of these hedges stand **inside** quotation marks, so that they are surely
        a speaker's words, not the reporter's? And whose words are they? Read each one in
        its sentence, and follow "she" or "he" back to a name. Store a dictionary from
        each such hedge, as written in the text, to the speaker's full name, for example
        `{"perhaps": "Jane Doe"}`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        inside = ex_hedges[ex_hedges.in_quote]
        quoted_hedges = dict(zip(inside["text"], inside["speaker"], strict=True))
        ### END SOLUTION
        """,
        "l4-quoted-hedges",
    ),
    check(
        "l4-quoted-hedges",
        "quoted_hedges",
        hint=(
            "Find each hedge's sentence and look for the quotation marks around it. A quote "
            "with no speaker in its own sentence goes on from the sentence before."
        ),
    ),
    md(
        """
        ### Exercise 2: Hedges outside quotation marks

        A hedge outside quotation marks is not always the reporter's own. In indirect
        speech ("she said the law could ..."), the reporter retells a speaker's claim,
        and the hedge belongs to that claim. Which hedges stand outside quotation marks
        but inside a sentence that reports what someone said? Store them, as written in
        the text, as a set. Then ask yourself: does the reporter hedge anything in
        their own voice?
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        reported = set(hrlesson.reporting_verbs(exercise).sentence_id)
        outside = ex_hedges[~ex_hedges.in_quote & ex_hedges.sentence_id.isin(reported)]
        retold_hedges = set(outside["text"])
        ### END SOLUTION
        """,
        "l4-retold-hedges",
    ),
    check(
        "l4-retold-hedges",
        "retold_hedges",
        hint=(
            "For each hedge outside quotation marks, look for a verb of saying in the same "
            "sentence ('said', 'told', 'insisted', 'according to'). If the hedge sits in the "
            "part that tells us what was said, it softens the speaker's claim."
        ),
    ),
    md(
        """
        ### Exercise 3 (written): Compare your label with the kit's

        The cell below picks one stance marker from the exercise article and shows its
        sentence. Read the sentence. Is the marker a hedge, a booster, a word of force,
        an attitude word, an obligation word or a scare quote? Whose is it: the
        reporter's or a speaker's? Decide first. Then print the kit's category with
        `row.category` in a new cell. In two or three sentences, say whether you agree
        and why the kit's label and yours differ, if they do.
        """
    ),
    code(
        """
        candidates = ex_markers[~ex_markers.category.isin(["reporting_verb", "un_phrase"])]
        chosen = hrlesson.pick(candidates.marker_id.tolist(), seed=SEED, key="l4-category")
        row = candidates[candidates.marker_id == chosen].iloc[0]
        pd.DataFrame({"marker": [row.text], "sentence": [ex_sentences[row.sentence_id]]})
        """
    ),
    written(
        """
        *Model answer (practice article, seed 0: "possibly" in sentence 9).* I agree with
        the kit that "possibly" is a hedge: it makes the claim about the law less certain,
        and "could possibly" hedges twice. But it is not the reporter's hedge. The
        sentence is indirect speech ("She said the law could possibly be used ..."), so
        the hedge belongs to Lena Marsh's claim, in the reporter's wording. The kit's
        category is right; who owns the word is a separate question. (Other picks:
        "appeared to" in sentence 15 is Amira Haddad's hedge, in indirect speech;
        "rumours" is an attitude word in Piotr Danek's quote.)
        """
    ),
    md(
        """
        ### Exercise 4 (written): Reframe a section

        Write a new heading for the second section of the Belarus article (paragraphs 18
        to 22). Use a short phrase quoted by a **different** speaker in that section, not
        the ambassador. Then explain in two or three sentences how your heading changes
        the way a reader reads the section.
        """
    ),
    written(
        """
        *Model answer.* For the second section I would use 'Systematic oppression', the
        Danish minister's words in paragraph 21. The old heading, 'Detached from
        reality', gives the frame to the Belarusian ambassador, so the section reads as
        Belarus's reply. The new heading gives the frame to the 42 countries for which
        the Danish minister spoke. It matches the content better, since three of the
        five paragraphs report support for Bachelet. But it also makes the article less
        balanced: both headings would now speak for one side.
        """
    ),
    md(
        """
        ## Summary

        - Stance markers show how sure, how strong and how demanding a text is:
          hedges, boosters, words of force, attitude words, obligation words and scare
          quotes.
        - `hrlesson.markers(article)` lists every marker the kit's word list finds,
          with its category and whether it is inside a quote. Always read each one in
          context.
        - A booster (Hyland) says how sure a claim is ("confirmed"); a word of force
          (Martin & White's graduation) says how much ("unprecedented", "widespread").
          "Widespread" and "systematic" can also be legal terms of art.
        - In this article, Bachelet hedges what she reports ("reportedly") and uses
          words of force for what she found ("systematic", "widespread"). The reporter
          repeats some of her strong words without quotation marks, and adds new ones
          ("damning", "harsh").
        - Outside quotation marks is not the same as "the reporter's": indirect speech
          ("His opponents say the polls were rigged") retells a speaker.
        - Scare quotes and quoted labels keep a distance from someone else's words. But
          quotation marks can also mark a name, perhaps of a charge ('mass disorder').
        - The two headings are quotes from opposite sides. A heading frames the section
          below it, even when the section says more than the heading.
        - `hrlesson.marker_density` counts markers per 100 words, by paragraph or by
          speaker. Few words give unstable numbers.

        ## Going further

        - Open the word list behind the markers:
          `from hrlesson.lexicon import load_lexicon`, then `load_lexicon()`. Add a
          word you think is missing and pass your table to
          `hrlesson.markers(article, lexicon=...)`.
        - Run the markers on the practice article, which we wrote for practice (it is
          invented): `hrlesson.markers(hrlesson.load_practice_article())`. Who hedges
          there?
        - Read the two headings of the article aloud, then the first sentence of each
          section. Does each heading fit its first sentence?
        """
    ),
    lesson_end(
        ["hyland2005", "martin2005", "entman1993"],
        ("Lesson 8: Code it yourself (take it before Lesson 5)", "08-code-it-yourself.ipynb"),
    ),
]
