"""Lesson 4: Hedges, boosters and framing (source of notebooks/04-rhetoric.ipynb)."""

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

        - name five kinds of stance markers: hedges, boosters, evaluative words, words of
          obligation, and labels in quotation marks;
        - find these markers with the kit, and check each one in its sentence;
        - say whose stance a marker shows: the reporter's or a quoted speaker's;
        - compare how densely paragraphs and speakers use stance markers;
        - explain how a section heading frames the paragraphs below it.

        ## Before you start

        - **Time:** about 40 minutes.
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

        import hrlesson

        hrlesson.lesson_display()  # show tables and texts in full, easy to read
        article = hrlesson.load_article()
        """
    ),
    md(
        """
        ## Five kinds of stance markers

        Linguists sort stance words into groups. This course uses five, plus the
        reporting verbs you met in Lesson 3. Every example below comes from the
        article.

        | kind | what it does | examples from the article |
        |---|---|---|
        | **hedge** | makes a claim softer, or keeps a distance from it | "reportedly", "allegedly", "as far as her office could tell" |
        | **booster** | makes a claim stronger or larger | "unprecedented", "systematic", "widespread" |
        | **attitude** (evaluative word) | judges a person, an act or a thing | "damning", "harsh", "simplistic" |
        | **obligation** | says what must happen | "must", "essential", "ensure" |
        | **scare quote** | puts a label in quotation marks, to show it is someone else's word | 'mass disorder' |

        A hedge is not always a sign of weakness. It can be a sign of care: the speaker
        says only what she can support.

        ## Finding the markers

        The kit has a word list, written by the course team, with several hundred
        stance words and phrases. The function `markers` finds each one in the article.
        Each row is one marker. The column `in_quote` says if it sits inside quotation
        marks, and `speaker` says whose quote it is.
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
        Lesson 3. In this lesson we look at the other five.

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
        ## Boosters: making it bigger

        Boosters raise the scale of a claim: how much, how often, how far.
        """
    ),
    code(
        """
        boosters = m[m.category == "booster"]
        boosters[["text", "paragraph_id", "in_quote", "speaker"]]
        """
    ),
    md(
        """
        Three boosters come back again and again: "systematic" (or "systematically"),
        "widespread" and "unprecedented". Follow "unprecedented":
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

        **Attitude** words judge. Some of them are the speakers' words: "arbitrary",
        "impunity", "simplistic", "one-sided". Others are the reporter's: a "damning"
        report, the "crisis-wracked" country, a "harsh crackdown". A reader may not notice
        that these words are not in quotation marks.

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
        The table shows the attitude and obligation words that are **not** in quotes:
        words that the reporter chose. Read each one in its sentence. Which ones would
        you call neutral description, and which ones take a side?

        ## Labels in quotation marks

        In paragraph 5, Bachelet's quote contains a second quote:

        > ... reportedly in connection with criminal investigations for 'mass disorder'.

        The single quotation marks inside her quote mark a **label**. It is a term that
        someone else uses, and the speaker does not take it as her own. The article does
        not say who uses it. Quotation marks of this kind are called **scare quotes**.

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
        2. Why might Bachelet use "reportedly" inside her own quote? What does it tell
           you about where her information comes from?
        3. Imagine the second heading were "Extreme politicisation" (the Russian
           ambassador's words). Would the section read differently?
        4. "Several countries came to Belarus's defence" but only Russia is named. Is
           "several" a hedge, a booster, or neither?

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
                    "attitude", "obligation"]]
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

        5. Which voice uses the most boosters per 100 words? Read its boosters again.
           Are they claims of scale that the speaker could prove?
        6. Look at the hedges outside quotation marks. Which are the reporter's own
           words, and which report what Bachelet said? Why might a reporter add a
           hedge of their own?

        ## Exercises

        The exercises use the exercise article. It is the Belarus article unless your
        teacher chose another one. The cell after the next one finds its markers and
        shows the first ten, as `ex_markers`.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_markers = hrlesson.markers(exercise)
        ex_markers[["text", "category", "paragraph_id", "in_quote"]].head(10)
        """
    ),
    md(
        """
        ### Exercise 1: Count the hedges

        How many hedges does the kit find in the exercise article? Count the rows of
        `ex_markers` whose `category` is `hedge`. Store the number in `n_hedges`.
        Tip: `ex_markers.category.value_counts()` counts the rows of each category.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        n_hedges = int((ex_markers.category == "hedge").sum())
        ### END SOLUTION
        """,
        "l4-hedges",
    ),
    check("l4-hedges", "n_hedges", hint="Count the rows whose category is hedge."),
    md(
        """
        ### Exercise 2: The densest paragraph

        Which **body** paragraph of the exercise article has the most stance markers per
        100 words? Leave out headings. If two paragraphs tie, give the first one. Store
        its `paragraph_id` in `densest`.
        """
    ),
    code(
        """
        ex_density = hrlesson.marker_density(exercise)
        body_ids = exercise.paragraphs[exercise.paragraphs.kind == "body"].paragraph_id
        ex_body = ex_density[ex_density.paragraph_id.isin(body_ids)]
        ex_body[["paragraph_id", "n_words", "n_markers", "per_100_words"]]
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        top = ex_body.sort_values("per_100_words", ascending=False, kind="stable")
        densest = int(top.paragraph_id.iloc[0])
        ### END SOLUTION
        """,
        "l4-densest",
    ),
    check(
        "l4-densest",
        "densest",
        hint="Sort by per_100_words, from high to low, and take the first paragraph_id.",
    ),
    md(
        """
        ### Exercise 3: Classify a marker

        The cell below picks one stance marker from the exercise article and prints its
        sentence. Read the sentence. Is the marker a `hedge`, a `booster`, an
        `attitude` word, an `obligation` word or a `scare_quote`? Decide first, then
        store the kit's category in `category` and compare.
        """
    ),
    code(
        """
        candidates = ex_markers[~ex_markers.category.isin(["reporting_verb", "un_phrase"])]
        chosen = hrlesson.pick(candidates.marker_id.tolist(), seed=SEED, key="l4-category")
        row = candidates[candidates.marker_id == chosen].iloc[0]
        print("marker:  ", row.text)
        print("sentence:", exercise.sentences.set_index("sentence_id").loc[row.sentence_id, "text"])
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        category = row.category
        ### END SOLUTION
        """,
        "l4-category",
    ),
    check(
        "l4-category",
        "category",
        hint="Does the word soften, strengthen, judge, or demand? Type one category name.",
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
          hedges, boosters, attitude words, obligation words and scare quotes.
        - `hrlesson.markers(article)` lists every marker the kit's word list finds,
          with its category and whether it is inside a quote. Always read each one in
          context.
        - In this article, Bachelet hedges what she reports ("reportedly") and boosts
          what she found ("systematic", "widespread"). The reporter repeats some of her
          strong words without quotation marks, and adds new ones ("damning", "harsh").
        - Scare quotes and quoted labels keep a distance from someone else's words.
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
        - Next: **Lesson 5, Verifiable figures**: which numbers and dates can a reader
          check?
        """
    ),
]
