"""Lesson 2: Voices (source of notebooks/02-voices.ipynb)."""

from _ending import lesson_end
from _kit import caption, check, code, load_exercise, md, parameters, solution, written

import hrlesson
from hrlesson.concordance import kwic
from hrlesson.practice import load_practice_article, load_practice_gold
from hrlesson.quotes import quotes

# Numbers quoted in the prose, computed when the lesson is built, so that captions and
# alt text always describe the outputs next to them.
_ARTICLE = hrlesson.load_article()
_Q = quotes(_ARTICLE)
_WORDS = (
    _Q[_Q["kind"] != "heading"].groupby("speaker")["n_words"].sum().sort_values(ascending=False)
)
_TOTAL = int(_Q.loc[_Q["kind"] != "heading", "n_words"].sum())
_TOP, _TOP_N = _WORDS.index[0], int(_WORDS.iloc[0])
_OTHERS = ", ".join(f"{name} {n}" for name, n in _WORDS.iloc[1:].items())
_N_PARTIAL = int((_Q["kind"] == "partial").sum())
_N_FULL = int((_Q["kind"] == "full").sum())
_N_PROTEST = len(kwic(_ARTICLE, r"protest\w*", regex=True))
_BELARUS_N = int(_WORDS.get("Yuri Ambrazevich", 0))


def _agreement(computer, by_hand) -> tuple[int, list[str]]:
    both = computer.merge(by_hand, on="start", how="outer", suffixes=("_c", "_h"))
    same = both["speaker_c"].fillna("") == both["speaker_h"].fillna("")
    wrong = both.loc[~same, "text_h"].fillna(both.loc[~same, "text_c"]).tolist()
    return len(both), wrong


_N_GOLD, _WRONG_GOLD = _agreement(_Q, hrlesson.gold("quotes"))
_N_PRACTICE, _WRONG_PRACTICE = _agreement(quotes(load_practice_article()), load_practice_gold())
if not _WRONG_GOLD:
    _GOLD_SENTENCE = f"The computer and the people agree on the speaker of all {_N_GOLD} quotes."
else:
    _GOLD_SENTENCE = (
        f"The computer and the people agree on {_N_GOLD - len(_WRONG_GOLD)} of the "
        f"{_N_GOLD} quotes."
    )
if not _WRONG_PRACTICE:
    _PRACTICE_SENTENCE = (
        f"On the practice article the kit also finds the right speaker for all "
        f"{_N_PRACTICE} quotes. Try it on a real article of your own."
    )
else:
    _PRACTICE_SENTENCE = (
        f"On the practice article the kit and our labels disagree on "
        f"{len(_WRONG_PRACTICE)} of {_N_PRACTICE} quotes: "
        + "; ".join(f'"{w}"' for w in _WRONG_PRACTICE)
        + "."
    )

CELLS = [
    md(
        """
        # Lesson 2: Voices

        A news story is a meeting of voices. Some people speak in their own words, inside
        quotation marks. Some are reported by the journalist. Some are only talked about.
        In this lesson you ask the first question of discourse analysis: **who speaks?**

        ## Learning objectives

        By the end of this lesson you will be able to:

        - tell a full quote, a partial quote and a paraphrase apart;
        - follow an attribution chain from "she" or a title back to a named person;
        - count how many words each speaker has in quotation marks;
        - show, with the data, who is mentioned but never quoted;
        - compare the computer's quotes with labels made by hand, and explain the errors.

        ## Before you start

        - **Time:** about 60 minutes.
        - **Prerequisites:** Lessons 0 and 1 (running cells, the tables, KWIC search).
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
        ## First, read

        Before the computer counts anything, read the story yourself. It is short.
        """
    ),
    code(
        """
        hrlesson.read_article(article)
        """
    ),
    md(
        """
        ### Reflection

        1. Make a list of every person, country or group that speaks in the story. For
           each one, note whether you see their own words in quotation marks.

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Quoted: Bachelet; the Belarusian ambassador, Ambrazevich (also as
        "Minsk"); the Russian ambassador, Gatilov; the Danish Foreign Minister,
        Kofod (for 42 countries); the EU ambassador, Wagner. Paraphrased only:
        "his opponents", "most diplomats", "several countries", and the report
        itself ("Her report urges Belarus ...").

        </details>

        2. Who speaks first? Who speaks last? Who has the most space?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        First: the UN rights chief, in the lead; but Belarus's reaction is
        already in the lead too ("slammed by Minsk"). Last: the EU ambassador.
        For "most space", compare your impression with the table of words per
        actor below.

        </details>

        ## Three ways to report speech

        A journalist can report what someone said in three main ways.

        - **Full quote.** The speaker's words, a whole sentence, inside quotation marks:
          "The government's systematic crackdown against protesters continues," she said.
        - **Partial quote.** A few words inside quotation marks, set in the journalist's
          own sentence: Bachelet said her report confirmed "numerous and widespread
          violations".
        - **Paraphrase** (indirect speech). The journalist's words only, with no
          quotation marks: She demanded that all those detained for peacefully protesting
          be released.

        The choice matters. A full quote lets a speaker be heard in their own voice. A
        partial quote keeps a few strong words, but the journalist builds the rest of the
        sentence. A paraphrase puts the speaker's point entirely in the journalist's words.

        ## The quotes table

        The kit finds every pair of quotation marks and decides who said the words
        inside. Here is what it finds in the Belarus article.
        """
    ),
    code(
        """
        q = hrlesson.quotes(article)
        q[["quote_id", "kind", "speaker", "cue", "text"]]
        """
    ),
    md(
        """
        Each row is one quote. `kind` is `full`, `partial` or `heading` (the two section
        headings). `speaker` is the person the kit thinks said the words. `cue` is the
        reporting verb in its dictionary form: "said" becomes `say`, "slammed" becomes
        `slam`.

        How many quotes of each kind are there?
        """
    ),
    code(
        """
        q["kind"].value_counts()
        """
    ),
    md(
        """
        Most quotes in this story are partial. The journalist keeps a few of the
        speaker's words and writes the rest. Notice what the table cannot show:
        **paraphrase is invisible to it**, because there are no quotation marks to find.
        "She demanded that all those detained for peacefully protesting be released" is
        not in the table, though Bachelet is clearly reported as speaking.

        ## Attribution chains

        A speaker is rarely named the same way twice. The journalist first writes "the
        UN rights chief", then "Michelle Bachelet", and later "Bachelet" or "she". To
        know who speaks, a reader (or a computer) must link each of these back to one
        person.
        This is an **attribution chain**.

        The columns `speaker_mention` and `attribution` show how the kit made each link:
        which words in the text name the speaker, and which pattern it used.
        """
    ),
    code(
        """
        q[["quote_id", "speaker_mention", "speaker", "attribution"]]
        """
    ),
    md(
        """
        Some links are easy: "Bachelet said". Others need the context.

        - Quote 4 has no speaker and no verb in its sentence. It follows a quote by
          Bachelet, so the kit gives it to her (`continuation`).
        - Quote 1, "highly subjective", is said "by Minsk". The lead names a place, not
          a person. Only paragraph 18 shows who said these words: the Belarusian
          ambassador, Yuri Ambrazevich. In paragraph 19 he speaks for "the government
          of Belarus". So in the lead, "Minsk" stands for that government. Naming a
          side by a place linked to it is called **metonymy**. The link to the ambassador
          is the reader's inference, not the lead's statement.

        ### Reflection

        3. Read the lead (the first sentence) again. Why might a journalist write "Minsk"
           instead of the ambassador's name in the lead?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        A lead is short and sets up a conflict: "the UN rights chief" against
        "Minsk". The ambassador's name is a detail the reader does not need yet.
        "Minsk" also makes a whole side, not one diplomat, the speaker.

        </details>

        4. Find a quote where the speaker is named only by "she" or "he". How far back
           in the text must you read to find the name?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        "she said" (paragraph 3) points back to Michelle Bachelet in paragraph
        2; "he told the council" (paragraph 19) points back to Yuri Ambrazevich
        in paragraph 18; "She pointed to" and "She pointed out" (paragraphs 11
        and 13) point back to "Bachelet" in the paragraph before.

        </details>

        ## Words per actor

        An **actor** is a person, state, organisation or group that the story names. The
        actors table lists them, how often they are mentioned, how many quotes they have
        and how many words they have inside quotation marks.
        """
    ),
    code(
        """
        people = hrlesson.actors(article)
        people[["name", "kind", "mentions", "n_quotes", "words_quoted"]]
        """
    ),
    md(
        """
        The chart below shows the words in quotation marks for each speaker.
        """
    ),
    code(
        """
        ax = hrlesson.plots.plot_words_quoted(article)
        plt.show()
        """
    ),
    caption(
        1,
        """
        Words quoted per speaker in the Belarus article. Headings are left out.
        """,
        f"""
        A horizontal bar chart with {len(_WORDS)} speakers, most quoted at the top.
        {_TOP} has by far the longest bar, {_TOP_N} words. The others have: {_OTHERS}.
        """,
    ),
    md(
        f"""
        Bachelet has {_TOP_N} of the {_TOTAL} words in quotation marks. That fits the
        story's topic: her report. But it also means that the Belarusian government's
        view is given, in its own words, in {_BELARUS_N} words.

        ## Who has no voice?

        Look at the actors with zero quotes. Some are institutions, such as the UN
        Human Rights Council. Others are people at the centre of the events. The next
        cell lists everyone who is named but never quoted.
        """
    ),
    code(
        """
        people.loc[people["n_quotes"] == 0, ["name", "kind", "mentions"]]
        """
    ),
    md(
        """
        Svetlana Tikhanovskaya is named once. Let us check where, with a KWIC search.
        """
    ),
    code(
        """
        hrlesson.kwic(article, "Tikhanovskaya")[["left", "node", "right"]]
        """
    ),
    md(
        """
        She appears inside a sentence about "His opponents", who "say the polls were
        rigged". Their view is paraphrased, never quoted. The protesters are the subject
        of the story, but they are not in the actors table at all: the kit only lists
        names and named groups. A search shows how often they are talked about:
        """
    ),
    code(
        """
        hrlesson.kwic(article, r"protest\\w*", regex=True)[["left", "node", "right"]]
        """
    ),
    md(
        f"""
        Protests and protesters come up {_N_PROTEST} times. Not one protester speaks. Nor do the
        journalists and the doctor on trial, or the protester who died in detention.

        ### Reflection

        5. Why might a story about a UN meeting quote only diplomats and officials? What
           would a story that quoted a protester need that this one does not have?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The story reports a diplomatic meeting, where officials speak. Quoting a
        protester would need another source, such as an interview or a
        statement, and another kind of reporting. Here, what we learn about the
        protests comes through Bachelet's report and the reporter's background
        paragraphs (7 to 9).

        </details>

        6. Lukashenko is named but never quoted. How does the story present him?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        Only through the election: a "disputed presidential election ... which
        saw Alexander Lukashenko claim a sixth term in office". His opponents'
        view ("the polls were rigged") is paraphrased. He never speaks for
        himself in the story.

        </details>

        ## The computer and the hand-made labels

        How good is the kit at finding quotes and speakers? To find out, people labelled
        every quote in the article by hand. These **gold labels** are kept apart from
        anything the computer produces. The `note` column explains the hard cases.
        """
    ),
    code(
        """
        by_hand = hrlesson.gold("quotes")
        by_hand[["start", "speaker", "cue", "kind", "note"]]
        """
    ),
    md(
        """
        We compare the two tables quote by quote, using the position of each quote in
        the text (`start`). For how many quotes do the computer and the people name the
        same speaker?
        """
    ),
    code(
        """
        both = q.merge(by_hand, on="start", how="outer", suffixes=("_computer", "_by_hand"))
        same = both["speaker_computer"].fillna("") == both["speaker_by_hand"].fillna("")
        print("quotes:", len(both), "  same speaker:", same.sum())
        """
    ),
    md(
        f"""
        {_GOLD_SENTENCE} This is less impressive than it looks. The kit's developers wrote
        its rules while reading this very article, and the kit's tests check that it
        agrees with these labels. A score on the text you trained on says little about
        the next text.

        A fairer test uses a text the rules were not written for. We wrote a short
        **practice article** for this purpose. It is invented: the country, the people
        and the quotes do not exist. Because we wrote it, we know who says what, and we
        labelled its quotes by hand too. Here is the same comparison on it.
        """
    ),
    code(
        """
        from hrlesson.practice import load_practice_article, load_practice_gold

        practice = load_practice_article()
        both = hrlesson.quotes(practice).merge(
            load_practice_gold(), on="start", how="outer", suffixes=("_computer", "_by_hand")
        )
        both[["start", "speaker_computer", "speaker_by_hand", "cue_computer", "cue_by_hand"]]
        """
    ),
    md(
        f"""
        {_PRACTICE_SENTENCE}

        Read each row with the text (`hrlesson.read_article(practice)`). When the two disagree, ask
        why. Is the speaker named far away? Is the speaker a government, not a person?
        Is the sentence built in an unusual way? A good analyst checks the computer's
        output before counting it. A short story can be checked by hand. For a thousand
        stories we could not, and errors like these would go into the counts.

        ## Exercises

        The exercises use the exercise article. By default it is the practice article,
        which we wrote for practice (it is invented). Your teacher may choose another one.
        """
    ),
    parameters(),
    load_exercise(),
    code(
        """
        ex_quotes = hrlesson.quotes(exercise)
        ex_quotes[["quote_id", "sentence_id", "kind", "speaker_mention", "cue_text", "text"]]
        """
    ),
    md(
        """
        ### Exercise 1: The kinds of quotes

        How many quotes of each kind (`full`, `partial`, ...) does the kit find in the
        exercise article? Store a dictionary from kind to count, for example
        `{"full": 2, "partial": 1}`. Tip: `ex_quotes["kind"].value_counts().to_dict()`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        kinds = ex_quotes["kind"].value_counts().to_dict()
        ### END SOLUTION
        """,
        "l2-kinds",
    ),
    check("l2-kinds", "kinds", hint="Count the rows of each value of the kind column."),
    md(
        """
        ### Exercise 2: Who frames a partial quote?

        A partial quote gives only a few of the speaker's words. The rest of the
        sentence is the reporter's, and so is the verb that introduces the words. A
        neutral verb ("said", "described") only reports; another verb also tells the
        reader how to take the words. Which partial quotes are introduced by a verb
        that is **not** neutral? Read each sentence. Store the `quote_id`s as a set.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        verbs = hrlesson.reporting_verbs(exercise)
        framing = ex_quotes.merge(verbs, left_on="cue_start", right_on="start")
        partial = framing[(framing["kind"] == "partial") & (framing["stance"] != "neutral")]
        framed = set(partial["quote_id"].astype(int))
        ### END SOLUTION
        """,
        "l2-framed-partial",
    ),
    check(
        "l2-framed-partial",
        "framed",
        hint=(
            "Swap the verb for 'said'. If the sentence now tells you less about whether the "
            "words are true or fair (for example, that someone rejects them, or only claims "
            "them), the verb was not neutral."
        ),
    ),
    md(
        """
        ### Exercise 3: Follow the chain

        A reader often has to look back to know who speaks: "she said", "he said", or a
        quote that goes on in the next sentence with no speaker at all. Which quotes
        name their speaker only with a pronoun ("she", "he", "they"), or not at all in
        their own sentence? Leave out quotes that have no speaker (such as headings).
        Store the `quote_id`s as a set.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        mention = ex_quotes["speaker_mention"].fillna("").str.lower()
        pronoun = mention.isin(["", "she", "he", "they", "it", "we", "i"])
        looked_back = ex_quotes[ex_quotes["speaker"].notna() & pronoun]
        chain = set(looked_back["quote_id"].astype(int))
        ### END SOLUTION
        """,
        "l2-chain",
    ),
    check(
        "l2-chain",
        "chain",
        hint=(
            "For each quote, cover the sentences before it. Can you still tell who speaks? "
            "If you need an earlier sentence, the quote is part of an attribution chain."
        ),
    ),
    md(
        """
        ### Exercise 4 (written): A voice without quotes

        Choose one actor of the exercise article who is mentioned but never quoted.
        In three or four sentences: how does the story present them, and what would
        change if they were quoted?
        """
    ),
    written(
        """
        *Model answer (practice article).* The students are at the centre of the story:
        most of the "at least 120" detained people are students (paragraph 2); their families
        speak only through Lena Marsh's quote (paragraph 3). The reporter says it
        directly: "Students who took part in the protests were not heard at the session"
        (paragraph 12). They appear as people that things happen to. A quote from a
        student would add a first-hand account, and the story would be less of a
        dialogue between officials.
        """
    ),
    md(
        f"""
        ## Summary

        - Speech can be reported as a full quote, a partial quote or a paraphrase. Only
          the first two have quotation marks, so only they are in the quotes table.
        - An attribution chain links "she", titles and place names back to one speaker.
          The lead's "Minsk" is a **metonymy**: a place name stands for the Belarusian
          side. From paragraph 18 the reader infers that the words are the ambassador's,
          Yuri Ambrazevich's; the lead itself does not say so.
        - In the Belarus article, Bachelet has {_TOP_N} of the {_TOTAL} words in
          quotation marks.
        - Protesters, Tikhanovskaya and Lukashenko are talked about but never quoted.
        - The computer's quotes must be checked against the text. Gold labels made by
          hand show where it goes wrong.

        ## Going further

        - Try the practice article, which we invented for practice: run
          `from hrlesson.practice import load_practice_article`, then
          `hrlesson.quotes(load_practice_article())`. Does the kit find every speaker?
          Where does it go wrong, and why?
        - Count paraphrases by hand: find each sentence where someone "said that",
          "demanded that" or "urged" without quotation marks.
        """
    ),
    lesson_end(
        ["caldas1994", "pareti2016", "bednarek2012"],
        ("Lesson 3: Stance and reporting verbs", "03-stance.ipynb"),
    ),
]
