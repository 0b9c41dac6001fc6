"""Rules about single words and phrases: word lists, hard words, abbreviations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from weakref import WeakKeyDictionary

from spacy.tokens import Span

from ..analysis.contact import IBAN
from ..analysis.difficulty import abbreviated_word, zipf
from ..analysis.phrases import DETERMINERS, LEADING_APOSTROPHE, PhraseMatch, is_hint, quoted_tokens
from ..analysis.rewrite import Rewrite, match_case, render, rewrites_of, shown_span
from ..language import lemmas
from ..language.analyse import doc_text, in_postal_address, is_address, placeholder
from ..language.pronouns import ADVERB_ENDINGS, as_je
from ..language.tokens import ARTICLES, NUMBER_WORDS, spelled_out
from ..language.wordlists import compound_rewrites, default_abbreviations
from .base import Context, Hit, check, span_hit

_PHRASE_CODE = {"wording": "WRD001", "tone": "TON001", "nominal-style": "NOM003"}


@check("WRD001", "TON001", "NOM003", "DIF005")
def phrase_list(context: Context):
    """Phrases from the curated lists, each with its alternatives fitted into the sentence.
    A term of art (`term = true`) is a tip the first time only, never replaced; so is a
    noun with only advice (*peildatum*, *draagkracht*): the writer explains it once, and
    the same advice at every place the letter uses the word is noise."""
    explained: set[str] = set()
    matches = []
    for match in context.phrase_matches:
        if match.entry.term or _explained_once(match.entry):
            if match.entry.key in explained:
                continue
            explained.add(match.entry.key)
        matches.append(match)
    # The words of every match: a shown phrase never reaches into another finding.
    owners: dict[int, int] = {}
    for number, match in enumerate(matches):
        for index in range(match.span.start, match.span.end):
            owners.setdefault(index, number)
    rewrites = [_rewrites(match) for match in matches]
    by_start = sorted((match.span.start, number) for number, match in enumerate(matches))
    for number, match in enumerate(matches):
        inner = _InnerRewrites(matches, rewrites, by_start, number)
        hit = phrase_hit(match, _OthersWords(owners, number), context.source.unbroken, rewrites[number], inner)
        if is_hint(match.entry) and not hit.suggestions and not hit.advice:
            continue  # a hint on a phrase many editors leave (picky mode), with nothing to offer here, is noise
        yield hit


def _explained_once(entry) -> bool:
    return entry.pos == "noun" and bool(entry.alternatives) and all(
        alternative.advice or alternative.instruction for alternative in entry.alternatives)


def _rewrites(match: PhraseMatch) -> list[Rewrite]:
    return [] if match.entry.term else rewrites_of(match)


class _InnerRewrites:
    """The first rewrites of the other findings inside a finding's words ("vindt
    uitsluitend plaats" holds "uitsluitend"): a suggestion that keeps a word the
    tool flags tells the writer to write it, so the inner word is rewritten too
    ("gebeurt alleen")."""

    def __init__(self, matches: list[PhraseMatch], rewrites: list[list[Rewrite]],
                 by_start: list[tuple[int, int]], number: int):
        self.matches, self.rewrites, self.by_start, self.number = matches, rewrites, by_start, number

    def __call__(self, start: int, end: int) -> list[tuple[Rewrite, bool]]:
        """(rewrite, is it that finding's fix) for each other finding whose first rewrite lies within start…end."""
        found = []
        first_at = bisect_left(self.by_start, (start, -1))
        for _, other in self.by_start[first_at:bisect_left(self.by_start, (end, -1))]:
            if other == self.number or self.matches[other].entry.category == "tone":
                continue
            edits = self.rewrites[other]
            first = next((r for r in edits if not r.advice), None)
            if first is None or not all(start <= i < end for i in (*first.changes, *first.after)):
                continue
            found.append((first, bool(self.matches[other].entry.safe and first is _chosen(edits) and first.certain)))
        return found


def _chosen(rewrites: list[Rewrite]) -> Rewrite:
    """The editor's first choice for this sentence: the first alternative whose own conditions
    hold ("dat" first in the sentence before a verb, else "wat" for "hetgeen")."""
    return next((r for r in rewrites if not r.hidden), rewrites[0])


def _merged(edit: Rewrite, inner: list[tuple[Rewrite, bool]], doc, fix: bool = False) -> Rewrite:
    """The rewrite with the inner findings' rewrites in it, where they touch other words
    (for a fix: only inner rewrites that are fixes themselves), or where the inner one
    replaces an adjective the outer one only inflects (`_in_agreement`)."""
    changes, after = dict(edit.changes), dict(edit.after)
    for other, is_fix in inner:
        if fix and not is_fix:
            continue
        # (a word the outer rewrite only adds text after stays free to change: "onderstaande button" →
        # "de button hieronder", with "button" → "knop": "de knop hieronder")
        if any(i in changes for i in other.changes) or any(i in changes or i in after for i in other.after):
            agreeing = _in_agreement(edit, other, doc)
            if agreeing is not None:
                changes.update(agreeing)
            continue
        changes.update(other.changes)
        after.update(other.after)
    return replace(edit, changes=changes, after=after) if (changes, after) != (edit.changes, edit.after) else edit


def _in_agreement(edit: Rewrite, other: Rewrite, doc) -> dict[int, str] | None:
    """"een afzonderlijke beschikking" → "een apart besluit": the noun's rewrite drops the
    adjective's -e for a het-word ("afzonderlijk"), the adjective's own rewrite says "aparte";
    together, the adjective's alternative in the noun's form. Only that one shape (the base
    form is what the list writes); any other overlap keeps the outer rewrite alone."""
    clash = [i for i in (*other.changes, *other.after) if i in edit.changes or i in edit.after]
    if len(clash) != 1 or clash[0] in other.after or clash[0] in edit.after:
        return None
    index = clash[0]
    word, outer, replaced = doc[index].lower_, edit.changes[index].lower(), other.changes[index].lower()
    base = other.alternative.text
    if len(base.split()) != 1 or len(replaced.split()) != 1:
        return None
    if word.endswith("e") and not outer.endswith("e") and replaced.endswith("e") and not base.endswith("e"):
        return {**other.changes, index: match_case(base, doc[index].text)}
    return None


class _OthersWords:
    """The words of every other match (`index in taken`), asked word by word: a set of
    them per match would cost the number of matches squared in a long text."""

    def __init__(self, owners: dict[int, int], number: int):
        self.owners, self.number = owners, number

    def __contains__(self, index: int) -> bool:
        return self.owners.get(index, self.number) != self.number


def _variant(entry) -> dict:
    """The message's variant: an English word or a word of a trade is no officialese."""
    return {"variant": "english"} if entry.english else {"variant": "jargon"} if entry.jargon else {}


def phrase_hit(match: PhraseMatch, taken, unbroken, rewrites: list[Rewrite], inner) -> Hit:
    """The finding of a match: the words every alternative rewrites, with the
    neighbours that make it a phrase (`shown_span`), the rewritten words as
    suggestions (the rest as advice: "gebruik '…'"), and a fix when the entry is safe
    and its first alternative fits for certain."""
    entry = match.entry
    doc = match.span.doc
    if entry.term:
        # Explained, not replaced: the reader meets the word on forms and websites too.
        return replace(
            span_hit("DIF005", match.span, (), phrase=entry.phrase, reason=entry.reason),
            advice=tuple(dict.fromkeys(advice_text(a.text) for a in entry.alternatives)),
            severity=entry.severity,
        )
    # The finding covers what the first alternative that fits rewrites; an
    # alternative that needs more of the sentence (a particle at the end of
    # the clause) is advice, so that every suggestion replaces the same words.
    first_fit = next((r for r in rewrites if not r.advice), None)
    start = min(match.span.start, first_fit.start) if first_fit else match.span.start
    end = max(match.span.end, first_fit.end) if first_fit else match.span.end
    # The list's words, for the message and the fingerprint (not the words a rewrite reaches:
    # "Mocht u" of "Mocht u vragen hebben" → "Als u vragen heeft").
    matched = quoted_words(match)
    core = (start, end)
    if first_fit:
        start, end = _shown(doc, (start, end), shown_span(match, first_fit, start, end, taken), unbroken)
    # What can replace the words (in the editor's order) is a suggestion; an
    # alternative that does not fit the sentence for certain is advice, shown
    # apart and never put in the text.
    suggestions: list[str] = []
    advice: list[str] = []
    unfitted: set[str] = set()  # forms around the noun that did not fit here
    inside = inner(start, end)
    for item in rewrites:
        if item.hidden:
            continue
        if not item.advice and start <= item.start and item.end <= end:
            text = render(doc, start, end, _merged(item, inside, doc))
            if text not in suggestions and text != doc[start:end].text:
                suggestions.append(text)
        else:
            text = advice_text(item.alternative.text)
            if text not in advice:
                advice.append(text)
            if not item.alternative.advice and "…" in item.alternative.text:
                unfitted.add(text)
    # "gebruik 'over'" next to the suggestion "over" says nothing new, and a form around the noun
    # that did not fit ("gebruik '… die nodig is'" for "Het is noodzakelijk dat", or for a plural
    # noun) is no help beside a suggestion or another piece of advice
    offered = {advice_text(text).lower() for text in suggestions}
    helped = bool(suggestions) or any(text not in unfitted for text in advice)
    advice = [text for text in advice if text.lower() not in offered and not (helped and text in unfitted)]
    first = _chosen(rewrites)
    safe = entry.safe and first is first_fit and first.certain  # the editor's own first choice, for certain
    fix = render(doc, start, end, _merged(first, inside, doc, fix=True)) if safe else None
    suggestions = [_er_joined(text, doc[start:end].text) for text in suggestions]
    fix = _er_joined(fix, doc[start:end].text) if fix is not None else None
    if _says_je(doc):
        # The lists write "u"; a letter that says "je" to its reader gets "je" ("zodat je het weet").
        suggestions = list(dict.fromkeys(as_je(text) for text in suggestions))
        advice = list(dict.fromkeys(as_je(text) for text in advice))
        fix = as_je(fix) if fix is not None else None
    if entry.pos in _NARROWED and suggestions:
        replacements = [fix, *suggestions] if fix is not None else suggestions
        start, end, replacements = _only_what_changes(doc, (start, end), core, replacements)
        fix, suggestions = (replacements[0], replacements[1:]) if fix is not None else (None, replacements)
    span = doc[start:end]
    if entry.pos == "adv" and (near := _said_close_by(suggestions, span)):
        # "Tevens kunt u ook …" → "Ook kunt u ook …": the word is there already; the old one goes
        suggestions, fix = [], None
        advice = [f"laat '{span.text}' weg: er staat al '{near}'"]
    shows_more = " ".join(span.text.split()) != matched
    hit = replace(
        span_hit(
            _PHRASE_CODE[entry.category], span, suggestions, phrase=entry.phrase, reason=entry.reason,
            **({"matched": matched} if shows_more else {}), **_variant(entry),
        ),
        advice=tuple(advice),
        severity=entry.severity,
    )
    if (fix is None or any(placeholder(token) is not None for token in span) or _open_quotation(span.sent)
            or entry.pos == "adv" and _said_again(fix, span)):
        return hit
    return replace(hit, fix=fix)


# How close the same word may stand in the clause before a one-word suggestion says it twice.
_CLOSE_BY = 4
_CLAUSE_BREAKS = frozenset((",", ";", ":", "en", "of", "maar", "want", "(", ")"))


def _said_close_by(suggestions: list[str], span: Span) -> str | None:
    """The word of a one-word suggestion that stands a few words off in the same stretch of the
    clause, with no comma or "en" between ("Tevens kunt u ook", "Ook … ook"); else None."""
    if len(suggestions) != 1 or len(suggestions[0].split()) != 1:
        return None
    word = suggestions[0].lower().strip(".,;:!?")
    sentence, doc = span.sent, span.doc
    for step in (-1, 1):
        index = span.start - 1 if step < 0 else span.end
        for _ in range(_CLOSE_BY):
            if not sentence.start <= index < sentence.end or doc[index].lower_ in _CLAUSE_BREAKS:
                break
            if doc[index].lower_ == word:
                return doc[index].text
            index += step
    return None


def _said_again(fix: str, span: Span) -> bool:
    """Does the one word a fix brings stand elsewhere in the sentence already ("Reeds in de nacht
    is het al koud" → "Al … al")? Then the word may better go than be swapped: the writer
    decides. Asked for adverbs only: a preposition or "als" twice in a sentence is ordinary."""
    new = fix.split()
    if len(new) != 1:
        return False
    word = new[0].lower().strip(".,;:!?")
    return any(token.lower_ == word for token in span.sent if not span.start <= token.i < span.end)


def _open_quotation(sentence: Span) -> bool:
    """Does the sentence open or close a quotation it does not finish (`" Ik kreeg … , vertelt hij.`),
    or does one from an earlier sentence of its paragraph run on into it? Someone's own words may
    be in it, and `fix` never changes what someone said: the finding stays, the writer decides."""
    text = sentence.text
    return any(_double_marks(text)) or _single_quotes_unbalanced(text) or _opened_before(sentence)


def _double_marks(text: str) -> tuple[int, int, int]:
    """How the double quotation marks of a text stand (`_marks_stand`)."""
    return _marks_stand(text.count)


def _marks_stand(count) -> tuple[int, int, int]:
    """How the double quotation marks stand, with `count(mark)` the number of a mark in the text:
    straight ones left unpaired (0 or 1), and the opening marks (“ „ and ,,) minus the closing
    ones (” and '')."""
    return count('"') % 2, count("“") + count("„") - count("”"), count(",,") - count("''")


def _opened_before(sentence: Span) -> bool:
    """Does a quotation that opens in an earlier sentence of the paragraph run on into this one
    (`Hij schreef: "Ik kom later. Wij hebben reeds betaald."`)?"""
    content = doc_text(sentence.doc)
    start = sentence.start_char
    marks = _marks_of(sentence.doc, content)
    breaks = marks["\n\n"]
    # (from the start when there is no blank line; else from the second newline of the last one)
    first = breaks[bisect_right(breaks, start - 2) - 1] + 1 if breaks and breaks[0] <= start - 2 else 0

    def count(mark: str) -> int:
        found = marks[mark]
        inside = bisect_left(found, start - len(mark) + 1) - bisect_left(found, first)
        if inside and len(mark) > 1:
            return content[first:start].count(mark)  # two marks in a row overlap (",,,"): count as str.count
        return inside

    return any(stand > 0 for stand in _marks_stand(count))  # (only an opened one runs on)


# Per Doc: where each double quotation mark and each blank line ("\n\n") stands in its text, overlapping
# occurrences included. A finding asks about the paragraph before its sentence: counting the marks
# there anew each time took time in proportion to the paragraph for every finding, which is quadratic
# in a text of one giant paragraph (a data dump: minutes).
_QUOTATION_MARKS = ('"', "“", "„", "”", ",,", "''", "\n\n")
_MARK_PLACES: WeakKeyDictionary = WeakKeyDictionary()


def _marks_of(doc, content: str) -> dict[str, list[int]]:
    marks = _MARK_PLACES.get(doc)
    if marks is None:
        marks = _MARK_PLACES[doc] = {
            mark: [found.start() for found in re.finditer(f"(?={re.escape(mark)})", content)] for mark in _QUOTATION_MARKS
        }
    return marks


_SINGLE_QUOTE = re.compile(r"[‘’']")


def _single_quotes_unbalanced(text: str) -> bool:
    """Does a single quote mark open or close a quotation the sentence does not finish?
    The same mark is an apostrophe inside a word ("z'n", "auto's") and before "'s avonds"; those
    are left out. A possessive ("Kees' fiets") counts as a closing mark: alone it leaves one sentence
    too many to the writer; with an opening mark before it, it balances that mark (a rare case the
    marks alone cannot tell apart)."""
    opening = closing = 0
    for mark in _SINGLE_QUOTE.finditer(text):
        at = mark.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue
        if not before.isalnum() and before not in ".,!?…":
            if mark.group() != "’" and not LEADING_APOSTROPHE.match(text, at + 1):
                opening += 1
        elif not after.isalnum():
            closing += 1
    return opening != closing


_JE = frozenset({"je", "jij", "jou", "jouw", "jouwe"})
_U = frozenset({"u", "uw", "uzelf"})
_SAYS_JE = "b1check_says_je"  # the answer, kept in the Doc's user data


def _says_je(doc) -> bool:
    """Does the letter say "je" to its reader, and never "u"? (Asked once per letter.)"""
    said = doc.user_data.get(_SAYS_JE)
    if said is None:
        words = {token.lower_ for token in doc}
        said = doc.user_data[_SAYS_JE] = bool(words & _JE) and not words & _U
    return said


# "er" and a preposition that a rewrite puts side by side are one word: "zorgt er voor" →
# "zorgt ervoor". Not before a noun phrase ("er voor de deur": "er" is on its own there).
_ER_APART = re.compile(rf"\b([Ee]r) ({'|'.join(ADVERB_ENDINGS)})\b(?!-)( \w+)?")
# "dat" opens the clause of "ervoor zorgen dat"; "alle" is no determiner of the lists
_NOUN_PHRASE_STARTS = (DETERMINERS - {"dat"}) | {"alle"}


def _er_joined(text: str, original: str) -> str:
    if _ER_APART.search(original):
        return text  # the writer had them apart: that is theirs to change

    def joined(found: re.Match) -> str:
        following = (found.group(3) or "").strip().lower()
        if following in _NOUN_PHRASE_STARTS or following.isdigit():
            return found.group(0)
        return f"{found.group(1)}{found.group(2)}{found.group(3) or ''}"

    return _ER_APART.sub(joined, text)


def quoted_words(match: PhraseMatch) -> str:
    """The list's words as the writer sees them in the message, with "…" where other
    words stand between them: "dient … te", not "dient ten minste drie dagen van tevoren te"."""
    doc = match.span.doc
    indices = sorted({*match.words, *(i for i in (match.te, match.particle) if i is not None)})
    if not indices:
        return " ".join(match.span.text.split())
    pieces = [doc[indices[0]].text]
    for before, index in zip(indices, indices[1:]):
        gap = doc[before + 1 : index]
        if any(not token.is_space and not token.is_punct for token in gap):
            pieces.append(" … ")
        elif gap:
            pieces.append(" ".join(gap.text.split()) + " ")
        else:
            pieces.append(doc[before].whitespace_ and " ")
        pieces.append(doc[index].text)
    return "".join(pieces).strip()


# An alternative that is itself an instruction to the writer ("Noem eerst de persoon, …"), also
# where it ends on an example in quotes ("Zeg het gewoon, bijvoorbeeld 'Het geld is voor de wijk.'").
INSTRUCTIONS = ("Zeg ", "Noem ", "Schrijf ", "Zet ", "Vraag ", "Begin ", "Laat ", "Gebruik ", "Kies ", "Maak ")


def advice_text(alternative: str) -> str:
    """An alternative the writer fits in by hand: "gebruik 'vragen'"; "…" alone: leave the
    word out; an instruction is shown as one ("noem eerst de persoon, …"), not as a word
    to use ("gebruik 'Zeg het gewoon, …'")."""
    if alternative.strip() == "…":
        return "laat het weg"
    if alternative.startswith(INSTRUCTIONS) and alternative.endswith((".", "'")):
        return alternative[:1].lower() + alternative[1:].removesuffix(".")
    return f"gebruik '{alternative}'"


_WORD = re.compile(r"\S+")


# Parts of speech whose shown neighbours never change: the subject after a conjunction
# ("Indien u" → "Als u") and the object after a preposition ("middels een formulier").
# Editors mark these words alone ("Indien" → "Als"); a verb with its pronouns and a
# noun with its article they mark as a phrase ("Ik verzoek u" → "Ik vraag u").
_NARROWED = frozenset(("conj", "prep", "expr", "adj"))


def _only_what_changes(doc, shown: tuple[int, int], core: tuple[int, int],
                       replacements: list[str]) -> tuple[int, int, list[str]]:
    """The finding narrowed to the list's words where the neighbours shown with them stay
    as they are in every replacement, as LanguageTool and Word's tracked changes mark
    only what changes. Never into the list's own words (`core`): "al dan niet" stays whole."""
    start, end = shown
    words = [[(m.start(), m.end()) for m in _WORD.finditer(text)] for text in replacements]

    def same(token_index: int, word_index: int) -> bool:
        token = doc[token_index]
        return all(-len(w) <= word_index < len(w) and text[w[word_index][0] : w[word_index][1]] == token.text
                   for text, w in zip(replacements, words))

    # A line break between the words is a token of its own: step over it ("een spoedeisende\nsituatie").
    tokens = [i for i in range(start, end) if not doc[i].is_space]

    def apart(index: int) -> bool:
        return bool(doc[index].whitespace_) or (index + 1 < len(doc) and doc[index + 1].is_space)

    lead = 0
    while (lead < len(tokens) - 1 and tokens[lead] < core[0] and apart(tokens[lead]) and same(tokens[lead], lead)
           and all(lead < len(w) - 1 for w in words)):
        lead += 1
    trail = 0
    while (lead + trail < len(tokens) - 1 and tokens[-1 - trail] >= core[1] and apart(tokens[-2 - trail])
           and same(tokens[-1 - trail], -1 - trail) and all(lead + trail < len(w) - 1 for w in words)):
        trail += 1
    if not lead and not trail:
        return start, end, replacements
    narrowed = [text[w[lead][0] : w[len(w) - 1 - trail][1]] for text, w in zip(replacements, words)]
    return tokens[lead], tokens[-1 - trail] + 1, narrowed


def _shown(doc, core: tuple[int, int], shown: tuple[int, int], unbroken) -> tuple[int, int]:
    """The shown phrase, or as much of it as stands in the original file as it
    is: a word behind markup ("verzoeken</b> u") stays out, so that the finding's
    text is the letter's own text."""
    if unbroken is None:
        return shown
    for start, end in (shown, (shown[0], core[1]), (core[0], shown[1])):
        span = doc[start:end]
        if unbroken(span.start_char, span.end_char):
            return start, end
    return core


@check("DIF001", "DIF002")
def difficult_words(context: Context):
    # A word with a tone finding gets no second one: its message says it is hard ("aanmaning", "dwangbevel").
    toned = {index for match in context.tone_matches for index in range(match.span.start, match.span.end)}
    # A hard word once per letter, in any of its forms: the writer explains or replaces it the first time; the same
    # advice on every later use buries the other findings (reviewers: "afmeervoorziening" twice,
    # "aanschrijving" as a heading after the sentence that explained it). A typo and a curated
    # rewrite are a replacement at each place, and stay.
    advised: set[str] = set()
    quoted = quoted_tokens(context.doc) if context.difficult_words else set()
    for word in context.difficult_words:
        token = word.token
        if token.i in toned or (token.i in quoted and not word.typo):
            continue  # a quoted word is named or cited, not written: "Dit heet een 'aanschrijving'"
        known = compound_rewrites().get(token.lower_) if word.kind == "compound" else None
        if not word.typo and not known:
            # the same word in another form counts too: "opgehoogd", then "ophogen" (review 102)
            forms = {token.lower_, *lemmas.lemmas(token.lower_)}
            if not advised.isdisjoint(forms):
                continue
            advised.update(forms)
        if word.kind == "compound":
            # Never the parts written apart ("bewoners parkeer vergunning" is a
            # spelling error): a rewrite only from the curated list.
            yield Hit(
                "DIF002",
                token.idx,
                token.idx + len(token.text),
                {"word": token.text, "parts": " + ".join(word.parts)},
                (match_case(known.rewrite, token.text),) if known else (),
            )
        elif word.typo:
            # A suggestion to take or leave, never a fix: the writer knows what was meant.
            suggestion = match_case(word.typo, token.text)
            yield Hit("DIF001", token.idx, token.idx + len(token.text),
                      {"word": token.text, "suggestion": suggestion, "variant": "typo"}, (suggestion,))
        else:
            yield Hit("DIF001", token.idx, token.idx + len(token.text), {"word": token.text})


@check("DIF003")
def long_runs(context: Context):
    """A run of characters without a space that no one can read as a word."""
    text = context.source.text
    fields = sorted((p.start, p.end) for p in context.source.placeholders)
    starts = [field_start for field_start, _ in fields]
    reach = list(accumulate((field_end for _, field_end in fields), max))  # the furthest end so far
    for start, end in context.analysis.long_runs:
        if is_address(text[start:end]):
            continue  # a long web address has no better place to be
        before = bisect_left(starts, end)  # the fields that start before the run ends
        if before and reach[before - 1] > start:
            continue  # template syntax, not letter text
        yield Hit("DIF003", start, end, {"length": f"{end - start:,}".replace(",", ".")})




@check("DIF004")
def number_in_words(context: Context):
    """"vier weken" → "4 weken": a number in words before its noun. Not at the start
    of a sentence, where Dutch writes it in words ("Twee weken later …")."""
    doc = context.doc
    for token in context.words:
        number = NUMBER_WORDS.get(token.lower_)
        if number is None or token.is_sent_start or placeholder(token) is not None:
            continue
        previous = token.i - 1
        while previous >= 0 and doc[previous].is_space:
            previous -= 1
        if previous < 0 or doc[previous].text in (":", "•", "-", "*"):
            continue  # the first word of a text or a list item
        first = token.i
        if doc[previous].lower_ in _RANGE and previous > 0:
            if doc[previous - 1].lower_ in NUMBER_WORDS:
                continue  # the second number of "twee of drie vragen": the first one's finding
            if doc[previous - 1].lower_ in _ONE:
                if doc[previous - 1].is_sent_start:
                    continue  # "Eén à twee weken later …": the start of a sentence keeps its words, both of them
                first = previous - 1  # "één à twee keer": the range, from its "één" ("1 of 2 keer", not "één à 2")
        numbers, last = [number], token.i
        if last + 2 < len(doc) and doc[last + 1].lower_ in _RANGE and doc[last + 2].lower_ in NUMBER_WORDS:
            numbers.append(NUMBER_WORDS[doc[last + 2].lower_])
            last += 2
        noun = _noun_after(context, doc[last])
        if noun is None:
            continue
        if first != token.i:
            counted = f"1 {_range_word(doc[first + 1])} {number}"
        elif len(numbers) == 2:
            counted = f"{numbers[0]} {_range_word(doc[token.i + 1])} {numbers[1]}"
        else:
            counted = str(number)
        digits = f"{counted} {doc[last + 1 : noun.i + 1].text}"
        # The message shows the new form ("4 weken"): the old one stands in the letter already.
        yield span_hit("DIF004", doc[first : noun.i + 1], (digits,), digits=digits)


def _range_word(token) -> str:
    """"of", "en", "tot" as written; "à" ("2 à 3 weken", formal) becomes "of"."""
    return "of" if token.lower_ in ("à", "a") else token.text


_RANGE = frozenset(("of", "en", "tot", "à", "a"))  # ("a" only between two numbers: "twee a drie weken")
_ONE = frozenset(("één", "eén", "een"))


def _noun_after(context: Context, token):
    """The noun the number counts, right after it ("vier weken", "twee nieuwe formulieren")."""
    doc = context.doc
    index = token.i + 1
    for _ in range(2):
        while index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
            index += 1
        if index >= len(doc) or not doc[index].is_alpha:
            return None
        candidate = doc[index]
        if context.parsed:
            if candidate.pos_ == "NOUN":
                return candidate
            if candidate.pos_ != "ADJ":
                return None
        else:
            if candidate.lower_ in _NOT_COUNTED or candidate.lower_ in NUMBER_WORDS:
                return None
            following = doc[index + 1] if index + 1 < len(doc) else None
            adjective = lemmas.can_be(candidate.lower_, "adj")
            # (an article after it starts the next noun phrase: "zes weken een antwoord", "weken" no adjective)
            if (adjective and following is not None and following.is_alpha and following.lower_ not in ARTICLES
                    and lemmas.can_be(following.lower_, "noun")):
                index += 1  # "twee nieuwe formulieren": the adjective, then its noun
                continue
            if lemmas.can_be(candidate.lower_, "noun"):
                return candidate
            if not adjective:
                return None
        index += 1
    return None


# Words after a number that are no noun it counts ("twee of drie", "vijf van de tien").
_NOT_COUNTED = frozenset("of en tot van voor na naar aan in op over uit met per bij door om te".split())


_ALL_CAPS = re.compile(r"^[A-Z][A-Za-z]{1,5}$")
_POSTCODE_DIGITS = re.compile(r"^\d{4}$")
def _explained(context: Context, abbreviation: str, expansion: str, first_index: int) -> bool:
    text = context.lower_text
    if expansion and expansion.lower() in text:
        return True
    # "WOZ betekent …", "WOZ staat voor …", "WOZ is de …", "(WOZ)" after the words.
    said = re.escape(abbreviation.lower())
    if re.search(rf"\b{said}\b(?:-\w+)? (?:betekent|staat voor|is de|is het|is een|heet)\b", text):
        return True
    # "Wet maatschappelijke ondersteuning (Wmo)": an explanation in brackets, also with the
    # words that say the text uses the short form from here on: "Wegenverkeerswet 1994 (hierna:
    # WVW)", "(verder: WVW)", "(hierna te noemen: 'WVW')".
    doc = context.doc
    index = first_index - 1
    while index >= 0 and first_index - index <= 6 and (
            doc[index].lower_ in _DEFINES or doc[index].is_space or doc[index].is_quote):
        index -= 1
    return index >= 0 and doc[index].text == "("


# Words after which capitals are a name: "het bedrijf DBI", "aannemer BAM".
_NAMED_BY = frozenset("bedrijf firma aannemer leverancier hovenier installateur bouwbedrijf onderaannemer "
                      "organisatie stichting vereniging club".split())


def _spelled_out_after(doc, index: int, abbreviation: str) -> bool:
    """"OPK (oud papier en karton)": the words in brackets right after spell the abbreviation."""
    if index + 1 >= len(doc) or doc[index + 1].text != "(":
        return False
    inside = []
    for token in doc[index + 2 : index + 14]:
        if token.text == ")":
            return spelled_out(abbreviation, inside)
        if token.is_alpha or "-" in token.text:
            inside.append(token.text)
    return False


# The words between a bracket and the short form that the text defines there ("(hierna: WVW)").
_DEFINES = frozenset({"hierna", "verder", "hieronder", "te", "noemen", "genoemd", "afgekort", "kortweg", "ook", "wel",
                      ":", ","})


@lru_cache(maxsize=1)
def known_abbreviations() -> dict:
    """The abbreviations of wordlists/afkortingen.toml by their lower case."""
    return {a.abbreviation.lower(): a for a in default_abbreviations()}


# The legal forms of a company (vennootschap onder firma, besloten vennootschap …): next to the
# name they are part of it, as "B.V." is.
_LEGAL_FORMS = frozenset(("VOF", "BV", "NV", "CV", "BVBA"))


# A legal form written after a company's name: "b.v.", "B.V.", "BV", "N.V.", "v.o.f."
_LEGAL_FORM_AFTER = frozenset({form.lower() for form in _LEGAL_FORMS} | {"b.v.", "b.v", "n.v.", "n.v", "v.o.f.", "c.v."})


def _before_a_legal_form(doc, index: int) -> bool:
    """Does a legal form follow within three words on the same line ("Bouw & GWW b.v.")?"""
    for other in range(index + 1, min(index + 4, len(doc))):
        if "\n" in doc[other].text:
            return False
        if doc[other].lower_ in _LEGAL_FORM_AFTER:
            return True
    return False


def _next_to_a_name(doc, index: int) -> bool:
    """Is the word right before or after this one a name (a capital, not at a sentence start)?"""
    for other in (index - 1, index + 1):
        if 0 <= other < len(doc) and doc[other].is_alpha and doc[other].text[:1].isupper() and not doc[other].is_upper:
            if other == index + 1 or not doc[other].is_sent_start:
                return True
    return False


# A label before a number at the start of a short line: "Tel. 0511-460860" under a signature.
# (The number ends the line or its part of it: "Tel. 14 020 is ons nummer" is a sentence.)
_NUMBER_LABEL_LINE = re.compile(r"\S+[ \t]+(?:[^\W\d]+:?[ \t]+)?[(+]?\d[\d ()./-]{3,}\d(?=[ \t]*(?:\n|\||$))")
_LINE_MARKS = " \t-•*|"


def _labels_a_number(text: str, start: int) -> bool:
    """Does the abbreviation at `start` open its line as the label of a number ("Tel. 0511-460860",
    "Tel. algemeen: 14 0321", "Nr. 2015/12")? Such a line is contact or reference data, no prose."""
    if not _first_on_its_line(text, start):
        return False
    line_end = text.find("\n", start)
    return bool(_NUMBER_LABEL_LINE.match(text, start, len(text) if line_end < 0 else line_end))


def _first_on_its_line(text: str, start: int) -> bool:
    """Is the word at `start` the first of its line (after a bullet or a bar)?"""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(_LINE_MARKS)


def _as_opening(context: Context, token, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """The suggestions with a capital where the word opens its sentence or line ("BSN: …" →
    "Burgerservicenummer (BSN): …", "Dhr. Jansen" → "De heer Jansen")."""
    if token.is_sent_start or _first_on_its_line(context.source.text, token.idx):
        return tuple(s[:1].upper() + s[1:] for s in suggestions)
    return suggestions


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Is the word all there is on its line (a punctuation mark aside)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t\r.,:;") == text[start:end]


@check("ABR001", "ABR002", "ABR003")
def abbreviations(context: Context):
    known = known_abbreviations()
    seen: set[str] = set()
    ibans = None  # the account numbers' spans, looked for once an unknown acronym needs them
    for token in context.words:
        if placeholder(token) is not None or token.like_url or token.like_email:
            continue
        if token.i in context.phrase_words:
            continue  # "3 mei jl.": the entry for "jongstleden" says it, one finding per word
        if token.i in context.law_names:
            continue  # "- Kaderwet VWS-subsidies": the title of a law cannot be changed
        text = token.text
        abbreviated = abbreviated_word(token)
        if abbreviated is not None:
            # "dossiernr." is "dossiernummer": the word written out, with the word before the abbreviation
            entry, written_out = abbreviated
            params = {"abbreviation": f"{text}.", "expansion": written_out}
            yield Hit("ABR002", token.idx, token.idx + len(text) + 1, params, (written_out,))
            continue
        head = text.split("-")[0] if "-" in text else text
        entry = known.get(text.lower()) or known.get(head.lower())
        if entry is not None and entry.kind == "short" and text.isupper() and sum(c.isalpha() for c in text) > 1:
            entry = None  # "BV." is a company, not "bv." (bijvoorbeeld)
        if entry is None and head.endswith(".") and head[:-1].lower() in known:
            # spaCy keeps the full stop on an acronym at the end of a sentence: "de WW."
            candidate = known[head[:-1].lower()]
            if candidate.kind in ("acronym", "known"):
                entry, head = candidate, head[:-1]
        if entry is not None:
            key = entry.abbreviation.lower()
            if entry.kind == "known":
                seen.add(key)
                continue  # "de GGD", "uw AOW": better known than what the letters stand for
            if entry.kind == "short":
                if entry.address and in_postal_address(context.source.text, token.idx,
                                                       context.analysis.sentence_of(token.i).text):
                    continue  # "Gemeente Ede, t.a.v. de afdeling Vergunningen, Postbus 9022": how an address is written
                if _labels_a_number(context.source.text, token.idx):
                    continue  # "Anne Braaksma" / "Tel. 0511-460860": the label of a number in a signature
                params = {"abbreviation": text, "expansion": entry.expansion}
                if entry.alternatives and entry.alternatives[0].lower() != entry.expansion.lower():
                    # "d.d." is "de dato": written out it is no plainer; the message names the plain word.
                    params |= {"variant": "plain", "alternative": entry.alternatives[0]}
                # "3 mei jl." → "afgelopen 3 mei": a plain word for elsewhere in the sentence is advice
                yield Hit(
                    "ABR002", token.idx, token.idx + len(text), params,
                    () if entry.advice else _as_opening(context, token, entry.alternatives),
                    advice=tuple(advice_text(a) for a in entry.alternatives) if entry.advice else (),
                )
            elif key not in seen and not _explained(context, text, entry.expansion, token.i):
                word = text.rstrip(".")
                following = context.doc[token.i + 1] if token.i + 1 < len(context.doc) else None
                if following is not None and not token.whitespace_ and following.lower_ in ("’s", "'s"):
                    word = text + following.text  # "Boa’s": the explanation goes after the whole word
                if word != head:
                    # "uw WIA-uitkering": the expansion pasted in the word breaks it ("uw Wet … (WIA)-uitkering");
                    # the explanation goes after the whole word, which the reader knows by its name.
                    yield Hit("ABR001", token.idx, token.idx + len(word),
                              {"abbreviation": head, "expansion": entry.expansion, "variant": "compound"},
                              (f"{word} ({head}: {entry.expansion})",))
                else:
                    yield Hit(
                        "ABR001",
                        token.idx,
                        token.idx + len(head),
                        {"abbreviation": head, "expansion": entry.expansion},
                        _as_opening(context, token, (f"{entry.expansion} ({entry.abbreviation})",)),
                    )
            seen.add(key)
            continue
        if not _ALL_CAPS.match(head) or not head.isupper() or len(head) < 2:
            continue
        if any(char.isdigit() for char in text):
            continue  # a reference such as PRK-2025-08812
        if ibans is None:
            ibans = [match.span() for match in IBAN.finditer(context.source.text)]
        if any(start <= token.idx < end for start, end in ibans):
            continue  # "NL86 INGB 0002 4455 88": the bank's code in an account number
        if head.lower() in seen or context.accepted(head):
            continue
        if token.i > 0 and _POSTCODE_DIGITS.match(context.doc[token.i - 1].text):
            continue  # the letters of a postcode
        if zipf(head.lower()) >= 3.5:
            continue  # an ordinary word in capitals (LET OP), not an abbreviation
        if head in ("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"):
            continue
        if head in _LEGAL_FORMS and _next_to_a_name(context.doc, token.i):
            continue  # "de VOF Huurlingsedam": the legal form is part of the company's name
        if _before_a_legal_form(context.doc, token.i):
            continue  # "Postma Bouw & GWW b.v.": a company's name, which the writer cannot change
        if _alone_on_its_line(context.source.text, token.idx, token.idx + len(text)):
            continue  # "DIWI" above the mail, "RVO" under the greeting: a name or a heading
        if token.i > 0 and context.doc[token.i - 1].lower_ in _NAMED_BY:
            continue  # "Het bedrijf DBI levert …": a company's name
        seen.add(head.lower())
        if not _explained(context, head, "", token.i) and not _spelled_out_after(context.doc, token.i, head):
            yield Hit("ABR003", token.idx, token.idx + len(head), {"abbreviation": head})
