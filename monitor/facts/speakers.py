"""Who speaks a sentence's "I": the person whose label opens a transcript's turn, the one an interview's answer is
given by (the person its question addresses, or the only one its standfirst names), the one a quote's attribution
names (also over the paragraph the quote runs on into), the one a speech's heading names ("Remarks by X"), and the
author of a social post. The frames read a first person as that person's (``facts.__init__`` passes these as
``speaker`` and ``author``)."""

from __future__ import annotations

import itertools
import re

from ..language import load_language
from ..models import Document
from ..textutil import contains_any
from .mentions import Finder, People
from .text import QUOTE_CLOSERS, QUOTE_OPENERS, Sentence, plain, split_sentences, turn_label


def turn_speaker(document: Document, sentence: Sentence, finder: Finder, people: People) -> str | None:
    """The person whose label in capitals opens the transcript's turn ``sentence`` stands in ("LT GEN X: Thank you. I
    assumed command this morning"), by the name the text knows them by; else None."""
    paragraph = plain(document.paragraphs[sentence.paragraph])
    label = turn_label(paragraph)
    if label is not None and label.isupper() and len(label) > _ANSWER_LABEL:
        persons = finder.persons(label.title(), people)  # "LT GEN X" read as "Lt Gen X"
        return persons[0].value if len(persons) == 1 else None
    if _answers(document, sentence.paragraph):
        return _interviewee(document, sentence.paragraph, finder, people)
    if paragraph.lstrip()[:1] in QUOTE_OPENERS:
        # "“Today I lead NATO Mission Iraq,” Lt Gen X told the officers' club": the quote's "I" is the one its
        # attribution names, in its own paragraph or in the one before that the quote goes on from (not in the
        # attribution's own sentence, which the frames of a quote and its speaker read: "“I am honoured to take
        # command of M,” said X")
        quoted = _quoted_speaker(document, sentence.paragraph, finder, people)
        named = {person.value for person in finder.persons(sentence.plain, people)}
        return quoted if quoted not in named else None
    if label is None and _NAME_LABEL.match(paragraph) is not None:
        # "Juhl: Jeg overtog kommandoen i april": a turn labelled by a surname the text has named
        return turn_person(document, sentence.paragraph, finder, people)
    heading = _speech_heading(document)
    if label is None and not _DASH_TURN.match(paragraph) and heading is not None:
        # "Remarks by Lt Gen X at the change of command ceremony": the speech's own "I" is the one its heading names
        titled = {person.value for person in finder.persons(heading, people)}
        return titled.pop() if len(titled) == 1 else None
    return None


def turn_person(document: Document, index: int, finder: Finder, people: People) -> str | None:
    """The person who speaks the turn of a transcript or an interview at paragraph ``index``: the one its label names,
    in capitals ("PALECKIS-RIMKUS: Across Kosovo we are about 4,400") or as a surname the text has named already
    ("Vercauteren-Szabó: My headquarters ... are about 550 people"), else the interviewee an answer is given by; else
    None."""
    paragraph = plain(document.paragraphs[index])
    label = turn_label(paragraph)
    if label is not None and label.isupper() and len(label) > _ANSWER_LABEL:
        persons = finder.persons(label.title(), people)
        return persons[0].value if len(persons) == 1 else None
    head = _NAME_LABEL.match(paragraph)
    if label is None and head is not None:
        persons = finder.persons(head.group(1), people)
        if len(persons) == 1 and persons[0].start == 0 and persons[0].end == len(head.group(1)):
            return persons[0].value
    # (an answer labelled "A:", not a dash's: "– Et la coalition, combien êtes-vous ?" / "– Nous sommes environ 2 500")
    return _interviewee(document, index, finder, people) if label is not None and _answers(document, index) else None


# a turn labelled by a name in its own case, a word or two before the colon ("Vercauteren-Szabó: We work with ...")
_NAME_LABEL = re.compile(r"\s*([^\W\d_][\w'-]+(?: [^\W\d_][\w'-]+)?)\s*:\s")


def _quoted_speaker(document: Document, index: int, finder: Finder, people: People) -> str | None:
    """The one a paragraph that opens with a quote is said by: the only person its words after the quote's close name
    beside a speaker's verb (``speech``: "..., Lt Gen X told reporters"); for a paragraph that is the quote alone, the
    one the paragraph before, itself a quote, named so (a quote running over two paragraphs); else None."""
    for at in (index, index - 1):
        if at < 0:
            return None
        paragraph = plain(document.paragraphs[at])
        if paragraph.lstrip()[:1] not in QUOTE_OPENERS:
            return None
        close = QUOTE_CLOSERS.search(paragraph, paragraph.index(paragraph.lstrip()[:1]) + 1)
        after = paragraph[close.end():] if close is not None else ""
        if after.strip(" .,;:"):
            speech = load_language().speech
            persons = finder.persons(after, people)
            named = {person.value for person in persons}
            speakers = {person.value for person in persons
                        if _spoke_after(after, person.end, speech) or _spoke_before(after, person.start, speech)}
            return speakers.pop() if len(named) == 1 and speakers else None
    return None


# after a speaker's name, perhaps an aside between commas, the word that may be their verb ("X, the commander, said")
_WORD_AFTER = re.compile(r"(?:\s*,[^,]{1,80},)?\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _spoke_after(text: str, end: int, speech: tuple[str, ...]) -> bool:
    """A speaker's verb follows the name that ends at ``end`` ("X told reporters"; not "a colonel on X's staff
    said")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1).lower() in speech


def _spoke_before(text: str, start: int, speech: tuple[str, ...]) -> bool:
    """A speaker's verb stands right before the name that opens at ``start`` ("..., said X")."""
    word = _WORD_BEFORE.search(text, 0, start)
    return word is not None and word.group(1).lower() in speech


_ANSWER_LABEL = 2  # an interview's answer labelled by a letter or two ("A:", "R:", "Sv:"), no name

# a turn of an interview printed with dashes, no labels ("— General, what do your soldiers do?")
_DASH_TURN = re.compile(r"\s*[—–-]\s")


def _turn(paragraph: str) -> bool:
    """The paragraph is a turn of an interview or a transcript: a speaker's label ("Q:", "A:", "MAJ GEN X:") or a
    dash."""
    return turn_label(paragraph) is not None or _DASH_TURN.match(paragraph) is not None


def _answers(document: Document, index: int) -> bool:
    """The paragraph at ``index`` is an interview's answer: a turn right after a turn that ends with a question."""
    if index < 1:
        return False
    here, question = plain(document.paragraphs[index]), plain(document.paragraphs[index - 1]).rstrip()
    return _turn(here) and _turn(question) and question.endswith("?")


# a turn's label in any case, a name or a post and perhaps its party or outlet ("Tjon-A-Fong:", "Mevrouw X (CDA):",
# "Journalist (TV 2):"): the speakers of a debate or a press conference, not only of a transcript in capitals
_ANY_LABEL = re.compile(r"\s*[^\W\d][\w.' -]{0,59}?\s*(?:\([^()]{1,60}\))?\s*:\s")


def denied_premises(document: Document) -> frozenset[int]:
    """The turns whose premise the next turn denies: a labelled turn that ends with a question, then a labelled answer
    whose first sentences say it is wrong (``words.premise_denials``: "Dat klopt niet", "Det tal er ikke rigtigt",
    "That figure is wrong"). What the question takes for granted ("Met 2.000 militairen is de missie een flinke
    operatie geworden. Kan de minister ...?") is the asker's claim, which the answer rejects: no fact of the page's."""
    denials = load_language().premise_denials
    if not denials:
        return frozenset()
    paragraphs = [plain(paragraph) for paragraph in document.paragraphs]
    denied: set[int] = set()
    for index, (asked, answer) in enumerate(itertools.pairwise(paragraphs)):
        if not asked.rstrip().endswith("?") or not _ANY_LABEL.match(asked) or not _ANY_LABEL.match(answer):
            continue
        opening = " ".join(split_sentences(answer)[:3]).lower()
        if contains_any(opening, denials):
            denied.add(index)
    return frozenset(denied)


# a figure as written ("800", "1.050", "1,200", "4 700")
_FIGURE_WRITTEN = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![\w])|(?<![\w.,])\d+(?![\w])")


def withdrawn_figures(document: Document) -> frozenset[int]:
    """The figures a correction takes back: in a paragraph with a word of correction (``words.update_marks``:
    "rettelse", "correction"), those its sentences give before the one that states the right figure
    (``words.corrected_figure``: "Det korrekte tal er", "The correct figure is"): "En rettelse: Ministeren sagde 800
    personer i Irak-missionen. Det korrekte tal er ca. 850." withdraws 800 (the right one, 850, is not withdrawn)."""
    language = load_language()
    if not language.corrected_figure:
        return frozenset()
    texts = [plain(paragraph) for paragraph in document.paragraphs]
    if not contains_any("\n".join(texts).lower(), language.corrected_figure):
        return frozenset()  # (one test for the page: most pages hold no correction)
    withdrawn: set[int] = set()
    for text in texts:
        lower = text.lower()
        if not contains_any(lower, language.corrected_figure) or not contains_any(lower, language.update_marks):
            continue
        for sentence in split_sentences(text):
            if contains_any(sentence.lower(), language.corrected_figure):
                break
            withdrawn.update(int(re.sub(r"\D", "", figure)) for figure in _FIGURE_WRITTEN.findall(sentence))
    return frozenset(withdrawn)


def _interviewee(document: Document, index: int, finder: Finder, people: People) -> str | None:
    """The one an interview's answer at ``index`` is given by: the person the question before addresses by name at its
    opening ("Q: General X, as head of ...?"), else the only person the title and the standfirst (the paragraphs before
    the first turn) name ("Ambassador X spoke to us in Baghdad."); else None."""
    question = plain(document.paragraphs[index - 1])
    label = turn_label(question)
    dash = _DASH_TURN.match(question)
    opening = question.find(":") + 1 if label is not None else dash.end() if dash is not None else 0
    asked = question[opening:].lstrip()
    addressed = finder.persons(asked, people)
    if addressed and addressed[0].start == 0 and asked[addressed[0].end:].lstrip().startswith(","):
        return addressed[0].value
    first = next((i for i, paragraph in enumerate(document.paragraphs) if _turn(plain(paragraph))), index)
    named = {person.value for text in (document.title, *document.paragraphs[:first])
             for person in finder.persons(plain(text), people)}
    return named.pop() if len(named) == 1 else None


def _speech_heading(document: Document) -> str | None:
    """A speech's heading (``words.speech_headings``: "Remarks by", "Speech by", "Tale ved"): the page's title holding
    one, else one of the short lines before the speech's first sentence that opens with one ("NATO Mission Iraq —
    Newsroom" / "Remarks by Lt Gen X at the change of command ceremony" / "Baghdad, 21 May 2127"); else None."""
    headings = load_language().speech_headings
    if not headings:
        return None
    if document.title:
        return plain(document.title) if any(heading in document.title.lower() for heading in headings) else None
    for paragraph in document.paragraphs[:_HEADING_LINES]:
        line = plain(paragraph).strip()
        if len(line) > _HEADING_LENGTH or line.endswith((".", "!", "?", ",", ":")):
            return None  # the speech (or an article) has begun
        if line.lower().startswith(headings):
            return line
    return None


_HEADING_LINES = 4  # a page's masthead, the speech's heading, its place and date
_HEADING_LENGTH = 200


def post_author(document: Document, finder: Finder, people: People) -> str | None:
    """The author of a social post, whose line opens it: a name, then their rank (and post) and the post's age, parted
    by dots, bars or lines ("Pieter van der Roest • Major General, Royal Netherlands Army • 1d • 🌐", "Mikkel Broendum\n
    Oberst | Chef for Hold 52 | Forsvaret\n3 d · 🌐"): the rank and the name, as the finder reads them; else None."""
    head = document.paragraphs[0] if document.paragraphs else ""
    if len(head) > 200:
        return None
    parts = [part.strip() for part in _AUTHOR_PARTS.split(head) if part.strip()]
    if len(parts) < 3 or len(parts[0].split()) > 5 or not any(_POST_AGE.fullmatch(part) for part in parts[2:]):
        return None
    rank = parts[1].split(",")[0].strip()
    author = f"{rank} {parts[0]}"
    persons = finder.persons(author, people)
    if len(persons) != 1 or persons[0].start != 0 or persons[0].end < len(author) - 1:
        return None
    return author


# the parts of a post's author line: a bullet, a middle dot, a bar or a line between
_AUTHOR_PARTS = re.compile(r"\s*[•·|\n]\s*")
# a post's age ("1d", "3 d", "2h", "5 t", "1w", "2 mo"; its globe after it, apart)
_POST_AGE = re.compile(r"\d{1,2}\s?[^\W\d_]{1,3}\.?(?:\s+\S)?")
