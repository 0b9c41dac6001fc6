"""Rules about tone: threats and accusations in their context (TON001), hard words (TON002),
the municipality writing about itself as someone else (TON003), the reader as "u" and "je" in one
letter (TON004), words in capitals (TON005)."""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import IS_UPPER

from ..analysis.difficulty import zipf
from ..analysis.phrases import quoted_tokens
from ..language.analyse import placeholder
from .base import Context, Hit, check, span_hit
from .words import known_abbreviations


@check("TON001", "TON002")
def tone(context: Context):
    """Words from wordlists/toon.toml; each threat counts only in the context its entry names.
    The entry's first alternative is an example of a calm, honest way to say it, shown in the
    message: it rewrites the sentence, so it is never offered as a replacement of the words."""
    taken: set[int] = set()
    said: set[tuple] = set()
    for match in context.tone_matches:
        tokens = set(range(match.span.start, match.span.end))
        if tokens & taken:
            continue  # "U riskeert een boete": one finding for the first entry that covers the words
        taken |= tokens
        entry = match.entry
        key = (match.code, entry.phrase, match.calm, match.hypothetical)  # (another message is another advice)
        if key in said:
            continue  # the same advice once per letter ("deurwaarder" three times in a calm explanation)
        if _in_brackets(context.doc, match.span):
            continue  # "op uw kosten ongedaan maken (bestuursdwang)": the name of what the sentence explains
        said.add(key)
        # Advice, never a replacement: a calm warning is written anew, not by swapping a word.
        variant = {"variant": "calm"} if match.calm else {"variant": "if"} if match.hypothetical else {}
        yield span_hit(match.code, match.span, (), phrase=entry.phrase, reason=entry.reason,
                       example=entry.alternatives[0], **variant)


def _in_brackets(doc, span) -> bool:
    """Is the span all there is between two brackets?"""
    return (span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "("
            and doc[span.end].text == ")")


@check("TON003")
def writes_as_wij(context: Context):
    """"De gemeente vindt" → "Wij vinden": a replacement where the sentence allows it, else advice."""
    doc = context.doc
    for reference in context.self_references:
        span = doc[reference.start : reference.end]
        if reference.suggestion is None and reference.owned:
            yield Hit("TON003", span.start_char, span.end_char, {"name": reference.name},
                      advice=(f"schrijf dan '{reference.owned}' in plaats van '{span.text}'",))
        elif reference.suggestion is None:
            yield Hit("TON003", span.start_char, span.end_char, {"name": reference.name},
                      advice=("schrijf 'wij' of 'ons', en zet het werkwoord in het meervoud als dat nodig is",))
        else:
            yield span_hit("TON003", span, (reference.suggestion,), name=reference.name)


# The reader as "u" and as "je": one letter says one of the two.
_FORMAL = {"u": "je", "uw": "je", "uzelf": "jezelf"}
_INFORMAL = {"je": "u", "jij": "u", "jou": "u", "jouw": "uw", "jezelf": "uzelf"}


@check("TON004")
def one_form_of_address(context: Context):
    """"Uw partner heeft u uitgenodigd. … open het in je browser": a letter that says "u" to the
    reader says it everywhere. The form used less is flagged, once a sentence (a tie: "je", for a
    letter of a municipality is formal unless it chose otherwise). Quotations, template fields and
    sentences in another language do not count: "de app 'Kies je kraam'"."""
    lowers = context.lowers  # strings by token: cheaper than a Token a word, in every letter
    # ("tot 12.00 u." is "uur", not the reader)
    formal = [i for i, word in enumerate(lowers) if word in _FORMAL and not (i and lowers[i - 1][-1:].isdigit())]
    informal = [i for i, word in enumerate(lowers) if word in _INFORMAL]
    if not formal or not informal:
        return  # nearly every letter: no need to look further
    formal, informal = _in_prose(context, formal, informal)
    # A short line without punctuation that stands twice in the letter is a name, as in the
    # letterhead and under the signature: "Kies je kraam", the name of an app (review 109).
    lines = Counter(line.strip() for line in context.source.text.splitlines() if line.strip())
    formal, informal = ([token for token in group if not _name_line(_line_of(context.source.text, token.idx), lines)]
                        for group in (formal, informal))
    if not formal or not informal:
        return
    stray, form = (informal, "u") if len(formal) >= len(informal) else (formal, "je")
    for token, _ in _first_in_each_sentence(context, stray):
        replacement = _other_form(token, context.parsed)
        params = {"word": token.text, "form": form}
        if replacement is None:
            other = "uw" if form == "u" else "jouw"
            yield Hit("TON004", token.idx, token.idx + len(token.text), params,
                      advice=(f"schrijf '{form}' of '{other}', en pas het werkwoord aan als dat nodig is",))
        else:
            if token.text[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            yield Hit("TON004", token.idx, token.idx + len(token.text), params, (replacement,))


def _other_form(token, parsed: bool) -> str | None:
    """The same word in the other form, where no verb has to change with it: "in je browser" →
    "in uw browser", "voor jou" → "voor u", "uw partner" → "je partner". A subject ("Wil je …")
    changes its verb ("Wilt u …"): None, the writer rewrites it."""
    lower = token.lower_
    if lower in ("jouw", "uw", "jezelf", "uzelf", "jou"):
        return _INFORMAL.get(lower) or _FORMAL[lower]
    if not parsed:
        return None
    if token.dep_.startswith(("nsubj", "expl")):
        return None  # a subject (its verb changes too), or "je" of "meld je aan": "meldt u zich aan"
    if lower == "je":
        return "uw" if token.morph.get("Poss") == ["Yes"] or token.tag_.startswith("VNW|bez") else "u"
    if lower != "u":
        return None
    doc = token.doc
    # at the end of a clause after a preposition the stressed form: "Dit is voor u." → "voor jou"
    last = token.i + 1 >= len(doc) or doc[token.i + 1].is_punct
    return "jou" if last and token.i > 0 and doc[token.i - 1].pos_ == "ADP" else "je"


# Words in capitals: "bent u NIET ingedeeld", "LET OP". Short ones are mostly abbreviations (OK, PS, NB, AB).
_SHOUT_LETTERS = 3
_SHOUT_ZIPF = 4.0  # an everyday word: no abbreviation, no name
_ROMAN = re.compile(r"[ivxlcdm]+")


@check("TON005")
def capitals(context: Context):
    """A word everyone knows, in capitals in running text, reads as shouting: one finding a sentence,
    over the capitals in a row ("LET OP" → "Let op"). Not an abbreviation (wordlists/afkortingen.toml,
    or a word no one writes in lower case), not a line all in capitals (a heading, an address:
    "1000 AB AMSTERDAM"), not a quotation, a template field or another language."""
    lowers = context.lowers
    uppers = context.doc.to_array(IS_UPPER).tolist()
    shouted = [i for i, upper in enumerate(uppers)
               if upper and len(lowers[i]) >= _SHOUT_LETTERS and lowers[i].isalpha() and not _ROMAN.fullmatch(lowers[i])
               and zipf(lowers[i]) >= _SHOUT_ZIPF and lowers[i] not in known_abbreviations()]
    if not shouted:
        return
    doc, text = context.doc, context.source.text
    (tokens,) = _in_prose(context, shouted)
    tokens = [
        token for token in tokens
        if not _line_in_capitals(text, token.idx)
        # "in natura (ZIN)": an abbreviation, introduced
        and not (0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")")
        # the word is a line of its own elsewhere: a name ("TOP", the name of an app)
        and not re.search(rf"(?m)^[ \t]*{re.escape(token.text)}[ \t]*$", text)
    ]
    for token, sentence in _first_in_each_sentence(context, tokens):
        i = last = token.i
        while last + 1 < len(doc) and uppers[last + 1] and lowers[last + 1].isalpha() and doc[last].whitespace_:
            last += 1
        words = doc[i : last + 1]
        replacement = words.text.lower()
        if i == sentence.start:
            replacement = replacement[:1].upper() + replacement[1:]
        yield Hit("TON005", words.start_char, words.end_char, {"word": words.text}, (replacement,))


def _line_in_capitals(text: str, position: int) -> bool:
    return all(char.isupper() for char in _line_of(text, position) if char.isalpha())


def _in_prose(context: Context, *indices: list[int]) -> list[list]:
    """For each list of token indices, the tokens that are the letter's own prose: no quotation,
    template field or sentence in another language."""
    doc = context.doc
    skip = quoted_tokens(doc) | context.foreign_tokens
    return [[doc[i] for i in group if i not in skip and placeholder(doc[i]) is None] for group in indices]


# A name on a line of its own: a few words, no punctuation.
_NAME_WORDS = 5
_PUNCTUATION = re.compile(r"[.,:;?!]")


def _name_line(line: str, lines: Counter) -> bool:
    """Is the line a name: short, without punctuation, and twice in the letter (`lines`: their counts)?"""
    return lines[line] >= 2 and len(line.split()) <= _NAME_WORDS and not _PUNCTUATION.search(line)


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : len(text) if end < 0 else end].strip()


def _first_in_each_sentence(context: Context, tokens):
    """Each token with its sentence, the first one of a sentence only: one finding a sentence."""
    seen: set[int] = set()
    for token in tokens:
        sentence = context.analysis.sentence_of(token.i)
        if sentence.start not in seen:
            seen.add(sentence.start)
            yield token, sentence
