"""Lesson 6: Readability (source of notebooks/06-readability.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

import hrlesson
from hrlesson.readability import syllable_counter

# Numbers in the prose and the alt text are computed when the lesson is built, so they
# always describe the outputs next to them; the asserts stop the build if a table no
# longer supports a close-reading claim of the prose.
_ARTICLE = hrlesson.load_article()
_R = hrlesson.readability(_ARTICLE)
_WHOLE = _R[_R["unit"] == "article"].iloc[0]
_P = _R[_R["unit"] == "paragraph"].sort_values("flesch_reading_ease", kind="stable")
_EASY = [
    (int(p), float(v))
    for p, v in zip(_P.paragraph_id[::-1][:3], _P.flesch_reading_ease[::-1][:3], strict=True)
]
_BELOW_ZERO = [int(p) for p in _P.loc[_P["flesch_reading_ease"] < 0, "paragraph_id"]]
_HARDEST = int(_P.paragraph_id.iloc[0])
_VOICE = _R[_R["unit"] == "voice"].set_index("label")
_COUNT = syllable_counter()
assert _WHOLE.words_per_sentence > 20
assert _WHOLE.flesch_kincaid_grade > 12
assert _HARDEST == 14
assert {8, 20} <= {p for p, _ in _EASY}
assert _VOICE.loc["quotation", "syllables_per_word"] > _VOICE.loc["narration", "syllables_per_word"]
assert [_COUNT(w) for w in ["UN", "Lukashenko", "Tikhanovskaya", "Bachelet", "Minsk"]] == [1] * 5
assert len(hrlesson.kwic(_ARTICLE, "UN", case=True)) == 2
assert len(hrlesson.kwic(_ARTICLE, "EU", case=True)) == 1
_P21 = _ARTICLE.paragraphs.set_index("paragraph_id").loc[21]
assert _P21.n_sentences == 1

CELLS = [
    md(
        """
        # Lesson 6: Readability

        How hard is this article to read, and for whom? **Readability formulas** try to
        answer with one number. They are quick to compute and easy to compare. But they
        only look at the length of sentences and words. In this lesson you
        score the article paragraph by paragraph and voice by voice. Then you find out
        where the numbers mislead.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - say what a readability formula measures, and what it leaves out;
        - score each paragraph, each voice and each speaker of the article with the kit;
        - compare the language of the quoted speakers with the reporter's language;
        - explain how abbreviations, long names and quoted fragments fool the formulas;
        - report a score together with the tool version and the syllable source, so that
          others can repeat it.

        ## Before you start

        - **Time:** about 35 minutes.
        - **Prerequisites:** Lessons 0 to 3. You should know how the kit tells the
          reporter's words from quoted words (Lesson 2).
        - **Article used:** the Belarus story (Geneva, 25 February 2021). Its dateline
          names APP and UrduPoint / Pakistan Point News.
        """
    ),
    code(
        """
        %matplotlib inline
        import matplotlib.pyplot as plt

        import hrlesson
        from hrlesson.readability import syllable_counter

        hrlesson.lesson_display()  # show tables and texts in full, easy to read
        article = hrlesson.load_article()
        """
    ),
    md(
        """
        ## What a readability formula measures

        The best known formula is the **Flesch Reading Ease** score. It uses two numbers
        only:

        - the average number of words per sentence;
        - the average number of syllables per word.

        Long sentences and long words lower the score. A higher score means an easier
        text. The scale was made to run from 0 to 100, but very hard texts can fall
        below 0.

        The **Flesch-Kincaid grade** uses the same two numbers, weighted in another way.
        It gives a school grade in the United States. The higher the grade, the more
        years of school a reader needs. Grade 12 is the last year of secondary school
        there.

        Neither formula reads the words. They do not know if a word is common or rare, if
        a sentence is clear or muddled, or if the reader knows the topic. Keep that in
        mind for the whole lesson.

        ## Scores for the whole article

        The kit counts sentences and words itself, and asks the library textstat for the
        syllables of each word. The dateline and the two headings are left out: they are
        not sentences of the story.
        """
    ),
    code(
        """
        scores = hrlesson.readability(article)
        columns = ["label", "n_sentences", "n_words", "words_per_sentence",
                   "syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade"]
        scores[scores.unit == "article"][columns]
        """
    ),
    md(
        f"""
        The article has long sentences: {_WHOLE.words_per_sentence:.0f} words each on
        average. Its Flesch-Kincaid grade is {_WHOLE.flesch_kincaid_grade:.0f}, well above
        12, the last year of secondary school. By this measure, the story is written for
        readers with a university education.

        ## Paragraph by paragraph

        One number for the whole text hides a lot. The next table and chart give one
        score for each body paragraph.
        """
    ),
    code(
        """
        paragraphs = scores[scores.unit == "paragraph"]
        paragraphs[["paragraph_id", "n_sentences", "n_words", "words_per_sentence",
                    "syllables_per_word", "flesch_reading_ease"]]
        """
    ),
    code(
        """
        ax = hrlesson.plots.plot_readability(scores)
        plt.show()
        """
    ),
    caption(
        1,
        """
        Flesch Reading Ease for each body paragraph of the Belarus article. Higher bars
        are easier to read. The dashed line is the score of the whole article.
        Paragraphs 6 and 17 are headings and have no bar.
        """,
        f"""
        A bar chart with one bar for each of the {len(_P)} body paragraphs. The three
        easiest are paragraphs {_EASY[0][0]} ({_EASY[0][1]:.0f}), {_EASY[1][0]}
        ({_EASY[1][1]:.0f}) and {_EASY[2][0]} ({_EASY[2][1]:.0f}). Paragraphs
        {" and ".join(str(p) for p in sorted(_BELOW_ZERO))} fall below 0. A dashed line
        marks the whole article, at about {_WHOLE.flesch_reading_ease:.0f}.
        """,
    ),
    md(
        """
        Read one of the easiest paragraphs (20) and the hardest (14) side by side.
        """
    ),
    code(
        """
        hrlesson.read_article(article, paragraphs=[20, 14])
        """
    ),
    md(
        f"""
        Paragraph 20 has one short sentence of short words. Paragraph 14 has two long
        sentences full of long, abstract nouns: "legislative amendments", "participation",
        "independence of the judiciary". Nouns like these name an action or an idea
        instead of a person doing something. Bachelet and the diplomats quoted in this
        article use many of them.

        ### Reflection

        1. Paragraph 21 is one sentence of {_P21.n_words} words. Read it aloud. Where
           would you stop for breath? Is it hard to understand, or only long?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        After "countries" and after "protesters". The sentence has three parts:
        who speaks for whom, what he decried, and what he demanded. It is long,
        but not hard once split. The hard part is the legal words of the demand.

        </details>

        2. Paragraph 8 scores as one of the easiest. Does it need less knowledge from
           the reader than paragraph 9? What would a reader need to know first?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        No. "political novice", "ran in place of her jailed husband" and "the
        polls were rigged" assume that the reader knows about the election. The
        formula counts only sentence length and syllables, not the knowledge a
        reader needs. Paragraph 9 scores as harder, but needs less background.

        </details>

        ## Quoted speakers and the reporter: two voices

        In Lesson 2 you told quotes apart from the reporter's own words. The kit scores
        the two voices apart: the words in quotation marks (**quotation**) and all the
        other words (**narration**). It also scores the quoted words of each speaker.
        """
    ),
    code(
        """
        scores[scores.unit.isin(["voice", "speaker"])][
            ["unit", "label", "n_sentences", "n_words", "words_per_sentence",
             "syllables_per_word", "flesch_reading_ease"]
        ]
        """
    ),
    md(
        """
        Compare the two voices. The quoted words use longer words (more syllables per
        word) than the reporter's words. The quoted speakers in this article favour
        abstract nouns and set phrases: "respect for human rights", "the broadest possible civic
        space", "continued international scrutiny", "accountability". The reporter
        writes with more verbs of action: "slammed", "unleashed", "pushing", "erupted".

        The quoted voice also seems to have shorter sentences. Part of that is a
        counting effect: the kit counts every sentence that holds a quoted word, so a
        two-word partial quote counts as a sentence of two words.

        Be careful with the speaker rows for the same reason. A speaker who is quoted
        only in a few short fragments, such as "one-sided", has very few words. A score
        based on three words says almost nothing.

        ## Why the formulas mislead

        Now look at how the kit counts syllables. It asks the library textstat, which
        looks each word up in a pronouncing dictionary. For words that are not in the
        dictionary, it guesses.
        """
    ),
    code(
        """
        count = syllable_counter()
        for word in ["diplomacy", "UN", "EU", "Minsk", "Lukashenko",
                     "Tikhanovskaya", "Bachelet", "accountability"]:
            print(f"{word:15} {count(word)}")
        """
    ),
    md(
        """
        Three problems show up at once.

        1. **Abbreviations.** "UN" gets one syllable. The dictionary lists two ways to
           say it, and the counter takes the first: "un", like a word. Read aloud, it is
           two letters: "U-N". This article has "UN" twice and "EU" once.
        2. **Long names.** "Tikhanovskaya", "Lukashenko" and "Bachelet" are not in the
           dictionary. The guess gives each of them one syllable, as if they were as
           easy as "Minsk". For many readers, the names may be the hardest words in
           the story.
        3. **Quoted fragments.** Short quotes such as "one-sided" or "detached from
           reality" become tiny sentences in the speaker scores. They make a speaker
           look easy to read, when in fact we only have a few of their words.

        There are deeper limits too. "Due process", "civic space" and "impunity" are
        short, but they are terms of law and human rights. A formula cannot know that a
        reader needs background to understand them.

        ### Reflection

        3. Which word of the article would you find hardest to explain to a friend? How
           many syllables does it have?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        There is no single answer. Good candidates are "impunity", "due
        process", "civic space" and "politicisation". Syllables and difficulty
        do not always match.

        </details>

        4. If a news agency edited its stories to reach a better score, what might it
           cut first? Would the story become clearer, or only shorter?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Long names, quotes and background sentences. The story would become
        shorter, and perhaps less precise: the speakers' own words are part of
        the evidence.

        </details>

        ## Say how the scores were made

        Different tools, or different versions of one tool, count syllables in different
        ways. The same text can then get a different score. So the kit writes down, next
        to every score, which tool made it and where the syllables came from. Your
        teacher can find these details in the kit's data folder. When you quote a
        readability score in an essay, say which tool made it, as you would cite a
        source.

        ## Exercises

        The exercises use the exercise article. By default it is the practice article,
        which we wrote for practice (it is invented). Your teacher may choose another one.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_scores = hrlesson.readability(exercise)
        ex_paragraphs = ex_scores[ex_scores.unit == "paragraph"]
        ex_paragraphs[["paragraph_id", "n_words", "words_per_sentence",
                       "syllables_per_word", "flesch_reading_ease"]]
        """
    ),
    md(
        """
        ### Exercise 1: The two hardest paragraphs

        Which two body paragraphs of the exercise article have the **lowest** Flesch
        Reading Ease scores? Store their `paragraph_id`s in a list, the hardest first,
        for example `[5, 2]`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        ranked = ex_paragraphs.sort_values("flesch_reading_ease", kind="stable")
        hardest = [int(p) for p in ranked.paragraph_id.iloc[:2]]
        ### END SOLUTION
        """,
        "l6-hardest",
    ),
    check(
        "l6-hardest",
        "hardest",
        hint="A lower Flesch Reading Ease means a harder text. Sort the table by that column.",
    ),
    md(
        """
        ### Exercise 2: Whose words are hard, and why?

        The table below scores the reporter's narration and the quoted words apart.
        Which voice is harder to read by the formula? And what makes it harder:
        longer `"sentences"`, longer `"words"`, or `"both"`? Compare the two rows
        column by column. Store the pair: `voice_gap = (voice, reason)`, using the
        labels `"narration"` or `"quotation"` for the voice.
        """
    ),
    code(
        """
        ex_voices = ex_scores[ex_scores.unit == "voice"].set_index("label")
        ex_voices[["n_words", "words_per_sentence", "syllables_per_word",
                   "flesch_reading_ease"]]
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        harder = ex_voices.flesch_reading_ease.idxmin()
        easier = ex_voices.flesch_reading_ease.idxmax()
        longer_sentences = ex_voices.words_per_sentence[harder] > ex_voices.words_per_sentence[easier]
        longer_words = ex_voices.syllables_per_word[harder] > ex_voices.syllables_per_word[easier]
        if longer_sentences and longer_words:
            reason = "both"
        elif longer_sentences:
            reason = "sentences"
        else:
            reason = "words"
        voice_gap = (harder, reason)
        ### END SOLUTION
        """,
        "l6-voice-gap",
    ),
    check(
        "l6-voice-gap",
        "voice_gap",
        hint=(
            "The formula only sees two things: words per sentence and syllables per word. "
            "For each, is the harder voice's value higher? A quote of a few words counts "
            "as a short 'sentence', which can make quoted words look easy."
        ),
    ),
    md(
        """
        Now try the syllable counter on a long word of the exercise article. The cell
        picks one for you. Count its syllables aloud first, then run the cell. Do
        you agree with the kit?
        """
    ),
    code(
        """
        long_words = sorted({w for w in exercise.words.text if len(w) >= 9 and w.isalpha()})
        word = hrlesson.pick(long_words, seed=SEED, key="l6-syllables")
        print(word, count(word))
        """
    ),
    md(
        """
        ### Exercise 3 (written): Rewrite for a wider audience

        Choose one of the hardest paragraphs of the exercise article. Rewrite it for a
        reader aged 14, without changing what it claims. Then say in two sentences what
        you changed, and what was lost.
        """
    ),
    written(
        """
        *Model answer (practice article, paragraph 1).* "On Thursday, a UN expert spoke
        about human rights in Valdoria. She said things there "may be worse than the
        numbers show". The government of Valdoria called her report "a work of
        fiction"." I split one long sentence into three and used shorter words
        ("things there" for "the human rights situation"). What is lost: the word
        "independent", which tells the reader she does not speak for a government, and
        the force of "rejected", which "called" does not keep.
        """
    ),
    md(
        """
        ## Summary

        - Readability formulas use only sentence length and word length. Flesch Reading
          Ease is higher for easier texts; the Flesch-Kincaid grade is a US school grade.
        - `hrlesson.readability(article)` scores each body paragraph, each voice
          (narration and quotation), each speaker's quoted words, and the whole
          article.
        - In this article, the quoted words of the UN rights chief and the diplomats
          are longer and more abstract than the reporter's narration.
        - The formulas mislead: abbreviations and unknown names get too few syllables,
          short quotes make tiny "sentences", and specialist terms can be short.
        - Report a score with the textstat version and the syllable source.

        ## Going further

        - Try another measure:
          `hrlesson.plots.plot_readability(scores, measure="gunning_fog")`. Do the
          same paragraphs come out as hardest?
        - Score the practice article, which we wrote for practice (it is invented):
          `hrlesson.readability(hrlesson.load_practice_article())`. Is it easier than
          the Belarus story? Why?
        - Find the word with the most syllables in the article. Is it also the hardest
          word to understand?
        """
    ),
    lesson_end(
        ["flesch1948", "kincaid1975", "mclaughlin1969"], ("Lesson 7: Capstone", "07-capstone.ipynb")
    ),
]
