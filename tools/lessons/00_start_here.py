"""Lesson 0: Start here (source of notebooks/00-start-here.ipynb)."""

from _ending import lesson_end
from _kit import answer_box, check, code, load_exercise, md, parameters, solution

from hrlesson.exercises import TEXT_STUB

CELLS = [
    md(
        """
        # Lesson 0: Start here

        Welcome. In this course you study one real news story with the help of a computer.
        The story is short. It reports how the UN rights chief, Michelle Bachelet,
        presented her report on Belarus to the UN Human Rights Council. The story is
        dated Geneva, 25 February 2021. You will read it closely, and you will also
        treat it as data.

        This first lesson shows you how a notebook works. It also shows you the tool kit,
        the article, and the questions the course asks.

        ## Learning objectives

        By the end of this lesson you will be able to:

        - run the cells of a notebook, one by one or all at once;
        - write an answer in a text cell, and undo a slip;
        - restart a notebook when something goes wrong;
        - load the article and look at its text and its details;
        - answer an exercise and check your answer;
        - download your work so that you do not lose it.

        ## Before you start

        - **Time:** about 30 minutes.
        - **Prerequisites:** none. You do not need to know how to program.
        - **Article used:** a news story dated Geneva, 25 February 2021. Its first line
          names APP and UrduPoint / Pakistan Point News. Our copy has no headline. It
          comes with the kit, so you do not need to download anything.
        """
    ),
    md(
        """
        ## How a notebook works

        A notebook is a page made of **cells**. There are two kinds of cells.

        - A **text cell** holds prose, like this one.
        - A **code cell** holds a short command for the computer. It has a grey box and
          a number in square brackets to its left, like `[1]`.

        To run a cell, click on it and press **Shift + Enter**. The computer carries out the
        command and shows the result just below the cell. Then it moves to the next cell.
        The number in the brackets tells you the order in which the cells ran.

        Try it now. Click on the code cell below and press Shift + Enter.
        """
    ),
    code(
        """
        %matplotlib inline
        import hrlesson

        hrlesson.lesson_display()
        """
    ),
    md(
        """
        Nothing was printed, and that is fine. This cell loaded the tool kit, called
        `hrlesson`. The first line tells the notebook to draw pictures inside the page.
        The last line sets up how tables and texts look: whole and easy to read.

        A code cell shows a result when its last line has a value. Run the next cell: it
        adds two numbers.
        """
    ),
    code(
        """
        2 + 3
        """
    ),
    md(
        """
        ### Run all, and restart

        Cells depend on each other. A cell can use a name that an earlier cell made. So
        always run the cells from top to bottom.

        - **Run All:** in the menu, choose *Run > Run All Cells*. This runs the whole
          notebook in order.
        - **Restart:** if something looks wrong, or a cell seems stuck, choose
          *Kernel > Restart Kernel and Run All Cells*. The "kernel" is the program that
          runs your code. A restart makes it forget everything. Then it runs every cell
          again from the top.

        A restart never changes the text of your cells. It only clears the results.

        If a cell shows a red box with an error, do not worry. Read the last line of the
        red box: it often says what went wrong. Fix the cell and run it again.

        ## Write in a text cell

        Some questions ask you to answer in words. You write such an answer in a text
        cell, in a box like the blue one below. A text cell has two modes:

        - **reading:** you see the finished text;
        - **editing:** you see the plain text, with a blinking cursor.

        Follow these steps to write in a text cell.

        1. Click once on the cell just below the blue box. A blue bar appears at its left.
        2. Press **Enter**. (You can also double-click the cell.)
        3. Look for the blinking cursor inside the cell. If you do not see it, click
           inside the cell once more. Type only when you see the cursor.
        4. Delete the words "Write your answer here, in your own words." and type your
           answer.
        5. Press **Shift + Enter**. The cell shows your text in reading mode again.

        Why step 3 matters: while there is no cursor, the notebook reads each key as a
        command. One letter can add a new cell or change what kind of cell it is.

        **If something goes wrong:** press **Esc**, then choose *Edit > Undo Cell
        Operation* in the menu. Choose it again to undo more steps. To take back only
        what you typed, use *Edit > Undo* while the cursor is still in the cell.

        ### Practice

        Which part of a news story do you read first, and why? Write one or two
        sentences in the cell below the box.
        """
    ),
    answer_box(),
    md(TEXT_STUB),  # the words every written answer cell of exercises/ starts with
    md(
        """
        ## What the kit is

        `hrlesson` is a small Python library written for this course. It does the hard
        work for you. It cleans the text, splits it into paragraphs, sentences and words,
        and finds quotes, reporting verbs and numbers. You type short commands and get
        tables and charts back.

        Every row in every table keeps its place in the text. So you can always go back
        from a number in a table to the words in the article. This matters: a table is
        only useful if you can check it against the text.

        ## The article as an object of study

        The next cell loads the article and gives it the name `article`. Run it.
        """
    ),
    code(
        """
        article = hrlesson.load_article()
        article
        """
    ),
    md(
        """
        The short summary tells you how many characters and paragraphs the article has,
        and its date. Now read the start of the text: its first two paragraphs. The kit
        numbers the paragraphs, so that we can all point to the same place.
        """
    ),
    code(
        """
        hrlesson.read_article(article, paragraphs=[1, 2])
        """
    ),
    md(
        """
        The kit also keeps details about the article, such as where it was written and
        who sent it. We call these details **metadata**. Here are three of them.
        """
    ),
    code(
        """
        article.meta["place"], article.meta["date"], article.meta["source"]
        """
    ),
    md(
        """
        Take a moment to read the whole article now. Run the next cell and read the text
        slowly, as you would read any news story.
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

        Write your answers on paper, or in the practice cell above. There is no code
        to run.

        1. Who is the first person the article names? What is the first thing we learn
           that she did?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The first sentence names no person, only a role: "The UN rights chief
        ... accused Belarus of systematically repressing protests, and called
        for independent investigations". Her name, Michelle Bachelet, comes only
        in paragraph 2. News often gives the role first and the name second.

        </details>

        2. Find the first group of words that is in quotation marks. Who said them,
           according to the article? Who said them, if you read to the end?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The first quoted words are "highly subjective", in the lead. The lead
        gives them to "Minsk", a place name. Paragraph 18 shows that the
        Belarusian ambassador, Yuri Ambrazevich, said them ("highly subjective
        and simplistic"). Lesson 2 calls this an attribution chain.

        </details>

        3. Which people does the article talk about, but never quote?

        <details>
        <summary>Model answer (open it after you have written yours)</summary>

        The protesters; the two journalists who were sentenced; the journalist
        and the doctor on trial; the protester who died in detention; Svetlana
        Tikhanovskaya; Alexander Lukashenko. "His opponents" are paraphrased
        ("His opponents say the polls were rigged") but not quoted.

        </details>

        ## The questions this course asks

        This story is full of voices. A UN official speaks, a government answers, and
        other countries take sides. A reporter chooses which voices to include and how
        to present them. In the lessons that follow, we ask:

        - **Who speaks?** Whose words are quoted, and whose are not?
        - **How are they presented?** Does the reporter write "said", or a stronger verb?
        - **How sure does the text sound?** Which words soften or strengthen a claim?
        - **Which numbers can we check?** What would a reader need to check them?
        - **How easy is the text to read?** For whom is it written?

        The computer helps us count and find. But each count is only a starting point
        for close reading. You always go back to the text.

        ## Change a value and run again

        Some cells hold values that you may change. The cell below holds one word. The
        cell after it counts how often that word appears in the article. Both upper and
        lower case count.

        Run both cells. Then change `"torture"` to another word, such as `"report"` or
        `"journalists"`, and run both cells again.
        """
    ),
    code(
        """
        WORD = "torture"
        """
    ),
    code(
        """
        article.text.lower().count(WORD.lower())
        """
    ),
    md(
        """
        ## How self-checks work

        Each lesson has exercises. An exercise has two code cells. In the first one you
        write your answer, on a line like `place_and_date = ...`: you replace the three dots
        with your answer and run the cell. The second cell calls `hrlesson.check`. It tells you
        if your answer is right. If it is not right, it tells you what kind of mistake it
        is, and sometimes gives a hint. It never shows you the answer.

        You can try as many times as you like. Nothing is recorded or sent anywhere.

        Exercises use their own copy of an article, called `exercise`. By default it is
        the **practice article**: a short story that we wrote for practice. Its country,
        people, quotes and numbers are invented. The worked examples use the Belarus
        article, so you have to find the exercise answers yourself. Your teacher may give you a different article.
        The cell below says which one. Leave it as it is unless your teacher tells you to
        change it.
        """
    ),
    parameters(),
    load_exercise(),
    md(
        """
        Run the next cell to read the exercise article, paragraph by paragraph. The
        number before each paragraph is its `paragraph_id`; the numbers in brackets
        are the `sentence_id` of each sentence.
        """
    ),
    code(
        """
        for p in exercise.paragraphs.itertuples():
            rows = exercise.sentences[exercise.sentences.paragraph_id == p.paragraph_id]
            print(p.paragraph_id, *(f"[{s.sentence_id}] {s.text}" for s in rows.itertuples()))
        """
    ),
    md(
        """
        ### Exercise 1: Where and when?

        The dateline at the top of a story says where it was written and when. Look at
        the dateline of the exercise article, or at `exercise.meta`. Store the place and
        the date together, as a pair in round brackets: `place_and_date = ("Place", "YYYY-MM-DD")`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        place_and_date = (exercise.meta["place"], exercise.meta["date"])
        ### END SOLUTION
        """,
        "l0-dateline",
    ),
    check(
        "l0-dateline",
        "place_and_date",
        hint="The place comes first in the dateline. Write the date as year-month-day.",
    ),
    md(
        """
        ### Exercise 2: Whose words, in whose sentence?

        A news story can give someone's words in two ways. **Direct speech** gives a
        whole sentence in quotation marks, as the speaker said it:
        `"We will not give up," she said.` **Indirect speech** retells the words in
        the reporter's own sentence: `She said that they would not give up.` The
        reporter may keep a few of the speaker's words in quotation marks inside it.
        That is still the reporter's sentence.

        Read the exercise article above. Which sentences contain direct speech? Store
        their sentence numbers in `direct_sentences`, as a set in curly brackets, for
        example `direct_sentences = {3, 7}`.
        """
    ),
    solution(
        """
        ### BEGIN SOLUTION
        quoted = hrlesson.quotes(exercise)
        direct_sentences = set(quoted.loc[quoted["kind"] == "full", "sentence_id"].astype(int))
        ### END SOLUTION
        """,
        "l0-direct",
    ),
    check(
        "l0-direct",
        "direct_sentences",
        hint=(
            "For each pair of quotation marks, ask: could the words inside stand alone as "
            "a sentence that the speaker said? If they are only a few words inside the "
            "reporter's sentence, it is not direct speech. A quote can go on into the next "
            "sentence."
        ),
    ),
    md(
        """
        ## Save your work

        **On Binder, nothing is saved.** Binder gives you a free computer for a short
        time. When you close the tab, or leave it unused for a while, that computer and
        your changes are gone.

        To keep your work, download the notebook before you leave:

        1. Choose *File > Download* in the menu.
        2. Your browser saves a file that ends in `.ipynb` in your downloads folder.
        3. Next time, open Binder again and drag that file into the file list on the
           left. Then open it and choose *Run > Run All Cells*.

        If you run the notebooks on your own computer, use *File > Save Notebook*
        (or Ctrl + S, Cmd + S on a Mac) as you would in any program.

        ## Summary

        - A notebook is made of text cells and code cells. Run a cell with Shift + Enter.
        - To write in a text cell, press Enter and wait for the cursor. Finish with
          Shift + Enter. If something goes wrong, press Esc, then *Edit > Undo Cell
          Operation*.
        - Run all cells in order with *Run > Run All Cells*. Restart the kernel when
          something goes wrong.
        - `hrlesson.load_article()` loads the article. `article.text` is its text and
          `article.meta` holds its details.
        - Exercises end with `hrlesson.check`, which tells you if your answer is right.
        - On Binder, download your notebook with *File > Download* before you leave.

        ## Going further

        - Open the JupyterLab help menu and look at the list of keyboard shortcuts.
        - Read the article again and mark every place where someone is quoted. Keep your
          notes: in Lesson 2 you will compare them with what the computer finds.
        """
    ),
    lesson_end(
        ["bell1991", "bednarek2012", "baker2006"],
        ("Lesson 1: The article as data", "01-article-as-data.ipynb"),
    ),
]
