"""Lesson 1: The article as data (source of notebooks/01-article-as-data.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

CELLS = [
    md(
        """
        # Lesson 1: The article as data

        A news story is something we read. It can also be data: a list of paragraphs,
        sentences and words that a computer can count and search. In this lesson you
        look at the Belarus article both ways. You find out where it comes from, what
        the kit changed in it, and how to search it for a word.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - read the dateline and the metadata of a news story;
        - explain what a wire story is, and why that matters for analysis;
        - read the cleaning log and say why each repair matters;
        - use the tables of paragraphs, sentences and words;
        - search the article for a word and read each hit in its context.

        ## Before you start

        - **Time:** about 60 minutes.
        - **Prerequisites:** Lesson 0 (how to run a notebook).
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
        ## Where the article comes from

        Every news story comes from somewhere. Before we count anything, we ask: who
        wrote it, where, when, and who published it? The answers are called
        **provenance**.

        The first line of the story is the **dateline**. It names the place the story
        was written and usually the date. The kit finds it for you.
        """
    ),
    code(
        """
        print(article.meta["dateline"])
        """
    ),
    md(
        """
        The dateline has three parts. "Geneva" is the place. Inside the brackets are the
        sources and the date: "APP" and "UrduPoint / Pakistan Point News", then
        "25th Feb, 2021". The kit keeps these parts, and more, in `article.meta`.
        """
    ),
    code(
        """
        for key in ["place", "date", "agency", "outlet", "chars", "n_repairs"]:
            print(f"{key:10} {article.meta[key]}")
        """
    ),
    md(
        """
        ### What is a wire story?

        A **news agency** (also called a wire service) writes news stories and sends
        them to many newspapers, websites and broadcasters. They pay for the right to
        publish the stories. A story sent this way is a **wire story**. Outlets often
        publish it with small changes, or cut it, and they name the agency.

        Our dateline names two sources: APP and UrduPoint / Pakistan Point News. The
        kit's reference notes call the story a wire story. So the kit reads APP as the
        agency (`agency`) and UrduPoint / Pakistan Point News as the outlet (`outlet`).
        The article itself does not say more about either of them. This means that the
        words we analyse may not all be the words of one writer. The same story may
        also appear, in a different form, in other outlets. When we say "the reporter
        chose this verb", we should remember that an editor may have chosen it.

        ### Reflection

        1. The dateline says "Geneva". Read paragraphs 19 and 20. Which words suggest
           that some speakers were not in the room?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "he told the council via video-link" (paragraph 19) and "most diplomats
        who took the virtual floor Thursday" (paragraph 20). The Geneva dateline
        names the place of the story, not where every speaker was. The reference
        facts add that other outlets reported that Bachelet herself spoke by
        video message (S3).

        </details>

        2. The outlet's name includes "Pakistan". Why might a reader in Pakistan and a
           reader in Belarus read this same story in different ways?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        There is no single answer. Think of what each reader already knows about
        the actors, and of which side each reader may favour. Note that the
        story gives Belarus's answer two paragraphs, and Bachelet's report most
        of the story.

        </details>

        """
    ),
    md(
        """
        ## The cleaning log

        Texts copied from the web are often damaged. Lines are broken in odd places,
        headings are glued to the next sentence, and spaces go missing. Before any
        analysis, the kit cleans the text. It never changes the text silently: every
        repair is written in the **cleaning log**.
        """
    ),
    code(
        """
        article.cleaning_log[["repair_id", "kind", "before", "after", "note"]]
        """
    ),
    md(
        """
        Each row is one repair. `before` is the text as it was, and `after` is the text
        as it is now. `\\n` stands for a line break, so `\\n\\n` is an empty line between
        two paragraphs.

        Look at repair 1, the `broken_ellipsis`. In the file we received, an ellipsis
        (three dots) was split across two paragraphs. Compare the two versions below.
        `article.raw` is the text exactly as received; `article.text` is the cleaned text.
        """
    ),
    code(
        """
        where = article.raw.find("ill-treatment")
        print(repr(article.raw[where : where + 30]))
        where = article.text.find("ill-treatment")
        print(repr(article.text[where : where + 30]))
        """
    ),
    md(
        """
        Why does this matter? Before the repair, one quote by Bachelet was cut in two, and
        its second half started a new paragraph with ".. had led". A computer would count
        two paragraphs and two broken quotes where the writer wrote one.

        The two `section_heading` repairs deal with the lines "- 'Atmosphere of fear' -"
        and "- 'Detached from reality' -". These are headings placed between parts of
        the story. The article does not say who wrote them: the agency or the outlet.
        In our file each one was glued to the paragraph after it. The kit moves each
        heading into its own paragraph.

        ### Reflection

        3. The two headings are in quotation marks. Who speaks in them? Search the text:
           do the same words appear in a quote in the body of the story?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The headings quote words from the body: "atmosphere of fear" comes from
        Bachelet's quote in paragraph 12, and "detached from reality" from the
        ambassador's complaint in paragraph 19. So each side gets one heading.
        Neither heading names its speaker, and the article does not say who
        wrote the headings.

        </details>

        4. Repair 4 (`glued_paragraphs`) adds a paragraph break after "brought to
           account." Read the last paragraph of the story. Do you agree that a new
           paragraph starts there? Why?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Yes: "EU ambassador Thomas Wagner meanwhile said ..." brings in a new
        speaker and a new point. In the file as received, the new sentence was
        glued to "account." with no space.

        </details>

        """
    ),
    md(
        """
        ## Paragraphs, sentences and words

        The kit splits the cleaned text into three tables. Here are the paragraphs. The
        `kind` column tells a heading from a body paragraph. `n_words` is the number of
        words in each paragraph.
        """
    ),
    code(
        """
        article.paragraphs[["paragraph_id", "kind", "n_sentences", "n_words", "text"]]
        """
    ),
    md(
        """
        The columns `start` and `end` (not shown above) give the position of each
        paragraph in the text, counted in characters from the start. With them you can
        always find the exact words again. Here is paragraph 3, found through its
        `start` and `end`:
        """
    ),
    code(
        """
        row = article.paragraphs.set_index("paragraph_id").loc[3]
        print("start:", row.start, "  end:", row.end)
        print(article.text[row.start : row.end])
        """
    ),
    md(
        """
        The sentences table works the same way. The dateline counts as its own
        "sentence" of kind `dateline`. Here are the first six sentences.
        """
    ),
    code(
        """
        article.sentences[["sentence_id", "paragraph_id", "kind", "n_words", "text"]].head(6)
        """
    ),
    md(
        """
        How long is the whole story, and how long are its paragraphs? The chart below
        shows the number of words in each paragraph.
        """
    ),
    code(
        """
        print("words in the article:", len(article.words))
        ax = article.paragraphs.plot.bar(x="paragraph_id", y="n_words", legend=False, rot=0)
        ax.set_title("Words per paragraph in the Belarus article")
        ax.set_xlabel("Paragraph number")
        ax.set_ylabel("Number of words")
        plt.show()
        """
    ),
    caption(
        1,
        """
        Words per paragraph in the Belarus article. Paragraphs 6 and 17 are the two
        section headings.
        """,
        """
        A bar chart with one bar for each of the 22 paragraphs. Most paragraphs have
        between 9 and 56 words. Paragraphs 4 and 19 are the longest, with 56 words
        each. Paragraphs 6 and 17, the two headings, have only 3 words each.
        """,
    ),
    md(
        """
        The paragraphs of this story are short: one or two sentences each. The longest
        paragraphs here each hold a quote and a second sentence that adds facts.

        ## Searching the article: keyword in context

        A **keyword in context** search (KWIC, also called a concordance) finds every
        place a word occurs. It shows each hit in the middle of a line, with the words
        before it on the left and the words after it on the right. Reading down the
        middle shows how a word is used.

        Here is every "report" in the article:
        """
    ),
    code(
        """
        hrlesson.kwic(article, "report")[["left", "node", "right", "sentence_id"]]
        """
    ),
    md(
        """
        The search finds the whole word only, in upper or lower case. It does not find
        "reported" or "reportedly". Now search for "torture":
        """
    ),
    code(
        """
        hrlesson.kwic(article, "torture")[["left", "node", "right", "sentence_id"]]
        """
    ),
    md(
        """
        ### Reflection

        5. Look at the words just before "torture" in each line. Which words say how
           much torture there was? Which words show that it is a claim, not a proven
           fact?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        How much: "widespread", "hundreds of" (twice). Claim, not proven fact:
        "allegations" (twice), "complaints", "reported cases". The text treats
        torture as alleged and reported, not proven.

        </details>

        6. In each hit, who is speaking: the reporter, Bachelet, or someone else? Use
           `sentence_id` and the sentences table to read each whole sentence.

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Sentence 2: the reporter, summing up Bachelet. Sentence 14: the
        reporter's paraphrase of Bachelet ("She pointed to ... hundreds of
        allegations of torture"); only "mass arbitrary arrests and detentions"
        is quoted. Sentence 16: Bachelet, in quotation marks. Sentence 28: the
        Danish Foreign Minister, Jeppe Kofod, in quotation marks.

        </details>

        ## Exercises

        The exercises use the exercise article. By default it is the practice article,
        which we wrote for practice (it is invented). Your teacher may choose another one.
        """
    ),
    parameters(),
    load_exercise(),
    md(
        """
        ### Exercise 1: The longest sentence

        Which sentence of the exercise article is the longest, and how many words does
        it have? Use the `sentence_id` and `n_words` columns of `exercise.sentences`.
        Store both as a pair: `longest = (sentence_id, n_words)`. Tip:
        `.sort_values("n_words")` sorts a table by a column.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        top = exercise.sentences.sort_values("n_words", ascending=False, kind="stable").iloc[0]
        longest = (int(top["sentence_id"]), int(top["n_words"]))
        ### END SOLUTION
        """,
        "l1-longest-sentence",
    ),
    check(
        "l1-longest-sentence",
        "longest",
        hint="Sort the sentences from long to short and read the first row: its id, then n_words.",
    ),
    md(
        """
        ### Exercise 2: Said what, in whose words?

        Run the KWIC view of "said" below. After "said", a story can go on in two ways.
        In **direct speech** the speaker's own sentence stands in quotation marks, and
        "said" comes before or after it. In **indirect speech** the reporter retells the
        words in their own sentence ("said that ...", "said the law ..."). A few words in
        quotation marks may sit inside it; the sentence is still the reporter's wording.

        In which sentences does "said" introduce **indirect** speech? Store their
        `sentence_id`s as a set, for example `{2, 5}`.
        """
    ),
    code(
        """
        said = hrlesson.kwic(exercise, "said")
        said[["sentence_id", "left", "node", "right"]]
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        quoted = hrlesson.quotes(exercise)
        direct = set(quoted.loc[quoted["kind"] == "full", "sentence_id"].astype(int))
        indirect_said = set(said["sentence_id"].astype(int)) - direct
        ### END SOLUTION
        """,
        "l1-said-indirect",
    ),
    check(
        "l1-said-indirect",
        "indirect_said",
        hint=(
            "Read the whole sentence, not only the KWIC line. Could the words in quotation "
            "marks (if any) stand alone as the speaker's own sentence? Do 'I' and 'we' "
            "become 'she' and 'they'? Then the reporter is retelling."
        ),
    ),
    md(
        """
        ### Exercise 3 (written): What did the cleaning change?

        Choose one repair from the cleaning log of the exercise article. In two or three
        sentences, say what was wrong, what the kit did, and what a count would get
        wrong without the repair.
        """
    ),
    written(
        """
        *Model answer (practice article).* Repair 1 moves the section heading
        "'Not our reality'" to its own paragraph; in the text as received it stood between
        dashes at the start of the next sentence. Without the repair, the heading would
        be counted as part of a sentence about the ambassador, and a quote count could
        read the heading's words as something he said. (With another article, choose any repair of its log.)
        """
    ),
    md(
        """
        ## Summary

        - The dateline gives the place, the sources and the date of a story. The kit
          keeps them in `article.meta`.
        - A wire story is written by a news agency and published by other outlets. The
          words may come from more than one writer or editor.
        - The kit cleans the text and logs every repair in `article.cleaning_log`.
          `article.raw` keeps the text as received.
        - `article.paragraphs`, `article.sentences` and `article.words` are tables.
          Their `start` and `end` columns point back into `article.text`.
        - `hrlesson.kwic(article, "word")` shows every use of a word in its context.

        ## Going further

        - Try `hrlesson.kwic(article, "Bachelet")` and sort the hits by the next word:
          `.sort_values("right_word")`. What does Bachelet do in this story?
        - `hrlesson.word_frequencies(article)` counts every word. Which
          content words are most frequent?
        - Practise on a short article that we wrote for this purpose: run
          `from hrlesson.practice import load_practice_article`, then
          `practice = load_practice_article()`. It is invented, not news.
        """
    ),
    lesson_end(
        ["bell1991", "sinclair1991", "vandijk1988"], ("Lesson 2: Voices", "02-voices.ipynb")
    ),
]
