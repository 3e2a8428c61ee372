"""Lesson 5: Verifiable figures (source of notebooks/05-figures.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

import hrlesson

# Numbers in the prose and the alt text are computed when the lesson is built, so they
# always describe the outputs next to them; the asserts stop the build if a table no
# longer supports a close-reading claim of the prose.
_ARTICLE = hrlesson.load_article()
_F = hrlesson.figures(_ARTICLE)
_DATES = _F[_F["resolved_date"].notna()].copy()
_DATES["order"] = [d + {4: "-01-01", 7: "-01"}.get(len(d), "") for d in _DATES["resolved_date"]]
_DATES = _DATES.sort_values(["order", "figure_id"], kind="stable")
_SHAPE = {"day": "a circle", "week": "a triangle", "month": "a square", "year": "a diamond"}
_POINTS = "; ".join(
    f'"{t}" ({_SHAPE.get(g, "a point")} at {d}, {w})'
    for t, g, d, w in zip(
        _DATES["text"],
        _DATES["granularity"],
        _DATES["resolved_date"],
        _DATES["attributed_to"],
        strict=True,
    )
)
_RECENT = int(_DATES["resolved_date"].str.startswith(_ARTICLE.meta["date"][:7]).sum())
_ROW = _F.set_index("text")
assert _ROW.loc["246 people", "attributed_to"] == "Michelle Bachelet"
assert not _ROW.loc["246 people", "in_quote"]
assert _F.loc[_F["text"] == "hundreds", ["paragraph_id", "in_quote"]].values.tolist() == [
    [11, False],
    [13, True],
]
assert list(_F.loc[_F["value"] > 100, "text"]) == ["246 people"]
assert set(_F.loc[_F["fact_id"] == "F11", "attributed_to"]) == {"reporter"}
_FACTS = hrlesson.reference_facts().set_index("fact_id")
assert _FACTS.loc["F08", "status"] == "source_more_precise"
assert _FACTS.loc["F11", "status"] == "open"
_FIDELITY = hrlesson.quote_fidelity(_ARTICLE)
assert list(_FIDELITY["match"]) == ["partial", "verbatim", "verbatim", "verbatim", "verbatim"]

CELLS = [
    md(
        """
        # Lesson 5: Verifiable figures

        Numbers and dates make a news story look exact. "246 people", "two years",
        "February 9": each one seems to be a fact. But who gives each number? Can a
        reader check it? And what does "last August" mean if you read the story a year
        later? In this lesson you find every number and date in the article, place the
        dates on a timeline, and compare the article with sources that the course team
        checked.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - find every number and date in a news story with the kit;
        - work out what a relative date such as "last August" means, using the dateline;
        - tell exact figures from vague ones such as "hundreds";
        - say who gives each figure: a speaker, or the reporter alone;
        - compare the article's claims and quotes with checked facts, and name their
          sources;
        - plan the next steps of a fact-check for a claim that is still open.

        ## Before you start

        - **Time:** about 40 minutes.
        - **Prerequisites:** Lessons 0 to 3. Lesson 2 (who speaks) helps most here.
        - **Article used:** the Belarus story (Geneva, 25 February 2021). Its dateline
          names APP and UrduPoint / Pakistan Point News.
        - **Reference facts:** a short list of claims from the article that the course
          team checked against sources. Each source has an id, such as S1. The list comes
          with the kit.
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
        ## What is a verifiable figure?

        A **figure** is a number or a date that a reader could look up. The kit sorts
        figures into kinds:

        | kind | what it is | example from the article |
        |---|---|---|
        | `count` | how many people or things | "246 people" |
        | `duration` | how long something lasted | "two years" |
        | `ordinal` | a place in a series | "sixth term" |
        | `date` | a day, week, month or year | "February 9", "last August" |
        | `vague_quantity` | an amount without a number | "hundreds" |

        The next cell finds every figure in the article. Each row is one figure, in the
        order of the text.
        """
    ),
    code(
        """
        figs = hrlesson.figures(article)
        figs[["figure_id", "text", "kind", "value", "paragraph_id"]]
        """
    ),
    md(
        """
        Read down the `text` column. Most figures are small: "two journalists", "two
        years", "42". Only one number is large: "246 people". Note that "hundreds" has
        no `value`. It tells us the size, but not the number.

        Words like "several" or "most" are not figures here. They say how many, but
        nobody could count them. The kit also skips "one" when it does not count
        anything, as in "one-sided".

        ## Dates that depend on the dateline

        This story almost never gives a full date. It writes "on Thursday", "last week"
        or "last August". To know what these words mean, you need the date of the story.
        The dateline gives it: "25th Feb, 2021". From there the kit works out each
        date with a named **rule**. The column `granularity` says how exact the date is:
        a day, a week, a month or a year.
        """
    ),
    code(
        """
        dates = figs[figs.kind == "date"]
        dates[["text", "resolved_date", "granularity", "rule"]]
        """
    ),
    md(
        """
        Read the rules one by one.

        - "Thursday" is the weekday of the dateline itself, so it is 25 February 2021.
        - "Last week" is the week before. The table gives its first day, a Monday.
        - "last August" is the most recent August before February 2021: August 2020. We
          know the month, not the day.
        - "February 9" has no year. The rule picks the nearest 9 February, which is in
          2021.
        - "last May to December 20" is a **range**. It gives two rows that share a
          `range_id`.

        These rules are guesses, made in a fixed and open way. A careful reader makes
        the same guesses without noticing. The rules only work because the story has a
        dated dateline. Take the dateline away and "last August" could be any August.

        ### A timeline

        The chart puts every resolved date on one time axis. The dashed line marks the
        date of the article.
        """
    ),
    code(
        """
        ax = hrlesson.plots.plot_timeline(article)
        plt.show()
        """
    ),
    caption(
        1,
        """
        The dates mentioned in the Belarus article, as written in the text, placed on a
        time axis. Circles mark a day, the triangle a week, squares a month, and the
        diamond a year. The colour shows who gives the date.
        """,
        f"""
        A timeline with {len(_DATES)} points, one row per date as written in the text,
        from the earliest at the top to the latest at the bottom. Each point gives its
        shape, its date and who gives it: {_POINTS}. A dashed vertical line marks the
        article date, {_ARTICLE.meta["date"]}; the last points sit on it.
        """,
    ),
    md(
        f"""
        The story covers about one year. {_RECENT} of the {len(_DATES)} dates fall in
        February 2021, the month of the article. They tell the reader that the situation
        is still going on. The older
        dates, in 2020, give the background: the election in August and the period of
        Bachelet's report.

        ### Reflection

        1. "Last week, two journalists were sentenced to two years in prison for
           filming a protest last year." Find this sentence in paragraph 4. It holds
           four figures. Which of them could a reader check, and where?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "Last week" (a week, which the dateline lets us date), "two journalists"
        and "two years" (a count and a length of time), and "last year" (a
        year). All could be checked in court records or in other reports on the
        trial. The article names no source for them.

        </details>

        2. "Last week" is a whole week, but the chart draws it as one point. What is lost
           when a week is drawn as a point?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Which day the sentencing happened. A point suggests a precision that the
        text does not have.

        </details>

        ## Who gives each figure?

        A number in a news story comes from somewhere. Sometimes a speaker gives it, in
        a quote or in reported speech. Sometimes the reporter gives it and names no
        source. Three columns help you tell these cases apart:

        - `attributed_to`: the speaker the figure comes from, or `reporter`;
        - `in_quote`: True if the figure sits inside quotation marks;
        - `hedged`: True if a word nearby makes it less certain, such as "allegedly",
          or if the amount itself is vague.
        """
    ),
    code(
        """
        figs[["text", "kind", "attributed_to", "in_quote", "hedged"]]
        """
    ),
    md(
        """
        Look at "246 people" in paragraph 5: "As of February 9, she said, 246 people had
        been sentenced to prison terms on allegedly politically-motivated charges." The
        number is Bachelet's, but there are no quotation marks: the reporter retells
        what she said. So we cannot tell from the article if "allegedly" was her word
        or the reporter's.

        "hundreds" appears twice. In paragraph 11, "hundreds of allegations of torture"
        is in the reporter's words. In paragraph 13, "the hundreds of complaints" is
        inside Bachelet's quote. A vague amount is honest when nobody has an exact
        count. It is also hard to check.

        ## Checking the article against sources

        The course team checked some claims of the article against sources. The kit
        ships the sources and the facts. Here are the sources, each with an id.
        """
    ),
    code(
        """
        hrlesson.reference_sources()[["id", "source"]]
        """
    ),
    md(
        """
        S1 is the official text of Bachelet's statement that day. The list calls it a
        statement by the High Commissioner. It is a **primary source**: it comes from the
        speaker. S2 is her written report, also a primary source. S3 and S4 are other
        news reports. They are **secondary sources**: they report on the events, but they
        do not come from the speaker. S3 reports the same statement. S4 is an earlier
        report, from December 2020.

        Now the facts. Each row is one claim of the article, what the check found, the
        sources used, and a status.
        """
    ),
    code(
        """
        facts = hrlesson.reference_facts()
        facts[["fact_id", "claim_in_article", "source_ids", "status"]]
        """
    ),
    md(
        """
        Read the `status` column.

        - **consistent**: a source agrees with the article. For example, the report did
          cover 1 May 2020 to 20 December 2020 (S1, S2), and the election was held on
          9 August 2020 (S2).
        - **consistent_secondary**: only other news reports agree. For "246 people" and
          "February 9", three other outlets give the same figure and date from the same
          statement (S3). That is good support, but it is not the primary source.
        - **faithful**: the quoted words occur in the source.
        - **source_more_precise**: the source gives a number that the article leaves
          out (see below).
        - **not_checked** and **open**: the course team has not checked this claim
          against a source.

        The figures table links each figure to a fact through the columns `fact_id` and
        `verification`.
        """
    ),
    code(
        """
        figs[["text", "fact_id", "verification"]].dropna()
        """
    ),
    md(
        """
        ### A source that says more

        Fact F08 is about the quote "not one of the hundreds of complaints for acts of
        torture and ill-treatment ... had led to the opening of a criminal case". Here is
        what the check found.
        """
    ),
    code(
        """
        facts[facts.fact_id == "F08"][["fact_id", "checked_fact"]]
        """
    ),
    md(
        """
        The source gives a number, 4,644, where the article says "hundreds". But read
        both closely. The article counts complaints "for acts of torture and
        ill-treatment". The source counts complaints "about use of physical force and
        special measures" by interior-affairs personnel. These may not be the
        same thing. A fact-checker must not swap one number for the other. The careful
        note is: the source has a related figure, from a Government note, that the
        article does not report.

        ## Quote fidelity: did the article quote her correctly?

        A quote in quotation marks promises the reader: these are the speaker's own
        words. The kit compares the article with short phrases that source S1 is known
        to contain.
        """
    ),
    code(
        """
        fidelity = hrlesson.quote_fidelity(article)
        fidelity[["source_phrase", "article_text", "match", "in_quote", "verdict"]]
        """
    ),
    md(
        """
        Three phrases are quoted exactly: "numerous and widespread violations", "mass
        arbitrary arrests and detentions" and "atmosphere of fear". The last one is also
        used as a section heading.

        The first row is different. S1 says "hundreds of allegations of torture and
        ill-treatment". The article says "hundreds of allegations of torture", without
        quotation marks. The reporter has shortened the phrase and dropped
        "ill-treatment". Reported speech does not promise the speaker's exact words, but
        the shorter phrase changes the claim a little.

        Keep the limits in mind. We only have a few phrases of S1. An exact match for
        three phrases does not prove that every quote in the article is exact.

        ### Reflection

        3. Why might a reporter write "hundreds" when a source gives an exact number?
           Think of space, of the reader, and of what the number counts.

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Space and ease of reading: a round, vague amount is easier to remember.
        Also, an exact figure may count something else. Source S1 gives 4,644
        complaints about the use of physical force, which is not the same thing
        as complaints of torture. "Hundreds" may be the safer summary.

        </details>

        4. Which figures in the article come with no source at all, not even "she
           said"? Does the article give you any way to check them?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "Last week", "two journalists", "two years", "last year", "42"
        (countries), and "sixth term", which comes through Lukashenko's claim.
        The article gives no way to check them, beyond searching for other
        reports.

        </details>

        ## What a fact-checker would do next

        Two claims are still open (fact F11): "42 mainly European countries" and "two
        journalists were sentenced to two years". A fact-checker works in steps:

        1. Write the claim down exactly, with its place in the text.
        2. Note who makes the claim. Here the reporter gives both, with no source.
        3. Ask which document would settle it, and who would have written it.
        4. Look for that document. Then look for a second, independent source.
        5. Write down what you found, where, and how sure you are.
        """
    ),
    code(
        """
        facts[facts.fact_id == "F11"][["fact_id", "claim_in_article"]]
        """
    ),
    md(
        """
        ### Exercise 1 (written): Plan a fact-check

        Choose one of the two open claims. In three to five sentences, say which
        document would settle it, who would have written it, and what exactly you
        would look for in it.
        """
    ),
    written(
        """
        *Model answer.* The article says that the Danish Foreign Minister spoke "on
        behalf of 42 mainly European countries". If he read a statement for a group,
        the text of that statement would settle the claim, as long as it lists the
        countries. Such a text might be published by the group itself, or in a record
        of the session, if there is one. I would count the countries on the list and check
        how many are in Europe. Then I would look for a second, independent source,
        such as another news report of the session, that gives the same number.
        """
    ),
    md(
        """
        ## Exercises on the exercise article

        The next exercises use the exercise article. By default it is the practice
        article, which we wrote for practice (it is invented). Your teacher may choose
        another one.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_figs = hrlesson.figures(exercise)
        ex_figs[["figure_id", "text", "kind", "sentence_id"]]
        """
    ),
    md(
        """
        ### Exercise 2: Figures retold in the reporter's words

        A figure in quotation marks gives the speaker's own words. A figure in indirect
        speech ("she said that dozens of people ...") is a speaker's claim in the
        reporter's wording: we cannot tell how the speaker put it, or whether a word
        such as "about" was theirs. Which figures of the exercise article are a speaker's
        claim retold **without** quotation marks? Leave out dates and figures that the
        reporter gives in their own voice. Read each sentence. Store the figures' texts,
        as in the table, as a set.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        retold = ex_figs[
            ~ex_figs.in_quote & (ex_figs.attributed_to != "reporter") & (ex_figs.kind != "date")
        ]
        retold_figures = set(retold.text)
        ### END SOLUTION
        """,
        "l5-retold-figures",
    ),
    check(
        "l5-retold-figures",
        "retold_figures",
        hint=(
            "For each figure, ask who vouches for it. Is there a speaker, a report or an "
            "'according to' in the sentence? Then it is that source's claim. Are there "
            "quotation marks around it? Then we have the speaker's own words."
        ),
    ),
    md(
        """
        ### Exercise 3: Resolve a date

        The cell below shows the date of the exercise article and two relative dates
        chosen from its text. Work out, by hand, which date each one means. Write each as
        `"YYYY-MM-DD"` for a day, `"YYYY-MM"` for a month, or `"YYYY"` for a year. Store
        them in a list, in the order shown: `resolved = ["...", "..."]`.
        """
    ),
    code(
        """
        relative = ex_figs[
            (ex_figs.kind == "date")
            & (ex_figs.rule != "dateline")
            & ex_figs.granularity.isin(["day", "month", "year"])
        ]
        not_same_day = relative[relative.resolved_date != exercise.meta["date"]]
        if len(not_same_day):
            relative = not_same_day
        relative = relative.drop_duplicates("text")
        chosen = hrlesson.pick(
            relative.text.tolist(), seed=SEED, key="l5-resolve", k=min(2, len(relative))
        )
        print("article date:  ", exercise.meta["date"])
        print("relative dates:", " | ".join(chosen))
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        resolved = [relative.loc[relative.text == t, "resolved_date"].iloc[0] for t in chosen]
        ### END SOLUTION
        """,
        "l5-resolve",
    ),
    check(
        "l5-resolve",
        "resolved",
        hint=(
            "A story speaks from its dateline. A weekday or a month without a year points "
            "to the nearest one before the story's date, unless the text says 'next'. "
            "Is the date a day, a month or a year?"
        ),
    ),
    md(
        """
        ### Exercise 4: Figures inside quotation marks

        Which figures of the exercise article sit inside quotation marks? Make a list of
        their texts, in the order of the article, and store it in `quoted_figures`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        quoted_figures = ex_figs[ex_figs.in_quote].text.tolist()
        ### END SOLUTION
        """,
        "l5-quoted",
    ),
    check(
        "l5-quoted",
        "quoted_figures",
        hint="Read each figure's sentence and look for quotation marks around the figure.",
    ),
    md(
        """
        ## Summary

        - `hrlesson.figures(article)` finds every number and date: counts, durations,
          ordinals, dates and vague quantities.
        - Relative dates ("last August", "Thursday") only make sense against the
          dateline. The kit resolves them with named rules and records how exact each
          one is.
        - Each figure has a source in the text: a speaker or the reporter alone. Figures
          in reported speech have no quotation marks, so their exact wording is unknown.
        - `hrlesson.reference_facts()` lists claims that were checked, with the ids of
          their sources (`hrlesson.reference_sources()`). Primary sources (S1, S2) come
          from the speaker; secondary sources (S3, S4) are other news reports.
        - `hrlesson.quote_fidelity(article)` compares quotes with phrases of the
          primary statement. A match for a few phrases is not proof for the whole
          article.

        ## Going further

        - Run `hrlesson.plots.plot_timeline` on the practice article, which we wrote
          for practice (it is invented): `hrlesson.load_practice_article()` loads it.
          Which of its dates would be hard to resolve without the dateline?
        - Pick one figure marked `hedged`. Read its sentence and name the word that
          makes it less certain.
        - Read the status notes: `facts[["fact_id", "status_note"]]`. Which check relies
          on our own reading of the source?
        """
    ),
    lesson_end(["graves2016", "bell1991"], ("Lesson 6: Readability", "06-readability.ipynb")),
]
