"""The curated word lists check themselves, entry by entry (like codespell's
dictionary tests and LanguageTool's rule examples): every positive example is
flagged, with the expected sentence when the example gives one; every
negative example stays silent; every safe entry's fix gives the expected
sentence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pytest

from b1check.analysis.phrases import head_index
from b1check.analysis.rewrite import verb_phrase
from b1check.language import inflect, lemmas
from b1check.language.wordlists import PARTS_OF_SPEECH, default_abbreviations, default_phrases, wordlist_dir
from b1check.rules.words import INSTRUCTIONS, advice_text
from b1check.settings import Settings
from tests.helpers import findings_for, plain_language_findings, phrase_matches

PHRASES = default_phrases()
ABBREVIATIONS = default_abbreviations()
# Categories a sentence-level text can be checked for.
SENTENCE_CATEGORIES = ("wording", "tone", "nominal-style", "abbreviation", "difficult-word")
CODES = {"wording": "WRD001", "tone": "TON001", "nominal-style": "NOM003"}
# The lists this helper's format covers; toon.toml moves to its own rule (TON001).
WORDING = [e for e in PHRASES if e.category != "tone"]

EXAMPLES = [(entry, example) for entry in PHRASES for example in entry.examples]
NEGATIVES = [(entry, sentence) for entry in PHRASES for sentence in entry.negatives]
REWRITES = [(entry, example) for entry, example in EXAMPLES if example.fixed]


def _id(item) -> str:
    entry, example = item if isinstance(item, tuple) else (item, None)
    text = getattr(example, "text", example) or ""
    return f"{entry.source}:{entry.key}:{text[:30]}"


# Every entry's examples, the hints of picky mode too (severity "info": off by default).
PICKY = Settings(picky=True)


@lru_cache(maxsize=None)
def _findings(sentence: str):
    return findings_for(sentence, ("wording", "tone", "nominal-style"), PICKY)


def _finding_of(entry, sentence: str):
    """The finding of this entry in the sentence (its phrase is in the message)."""
    matches = [m for m in phrase_matches(sentence) if m.entry == entry]
    if not matches:
        return None
    start = min(m.span.start_char for m in matches)
    # (the finding that starts where the match does, before a wider one around it: "komt in de
    # eerstvolgende vergadering aan de orde" holds "eerstvolgende")
    around = [f for f in _findings(sentence) if f.rule == CODES[entry.category] and f.start <= start < f.end]
    return min(around, key=lambda f: (f.start != start, f.end - f.start), default=None)


def test_there_are_enough_entries():
    wording = [e for e in PHRASES if e.category == "wording"]
    assert len(wording) >= 400, len(wording)


def test_no_duplicate_entries():
    counts = Counter((e.phrase.lower(), e.context) for e in PHRASES)
    duplicates = [key for key, count in counts.items() if count > 1]
    assert not duplicates


def _sort_key(phrase: str) -> str:
    decomposed = unicodedata.normalize("NFD", phrase.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@pytest.mark.parametrize("part", ["ambtelijk-a-k.toml", "ambtelijk-l-z.toml"])
def test_phrase_lists_are_in_alphabetical_order(part):
    """A language editor reads the lists as a dictionary: each entry in its part
    (A to K, L to Z), in alphabetical order, under its letter's heading."""
    path = wordlist_dir() / "phrases" / part
    text = path.read_text(encoding="utf-8")
    phrases = [_sort_key(p) for p in re.findall(r'(?m)^phrase = "(.*)"$', text)]
    assert phrases == sorted(phrases), next(
        f"{a!r} comes before {b!r}" for a, b in zip(phrases, phrases[1:]) if a > b)
    first, last = part.removesuffix(".toml").split("-")[-2:]
    assert all(first <= p[0] <= last for p in phrases), [p for p in phrases if not first <= p[0] <= last]
    headings = re.findall(r"(?m)^# --- (\w) ---$", text)
    assert headings == sorted({p[0].upper() for p in phrases})


@pytest.mark.parametrize("entry", WORDING, ids=_id)
def test_every_entry_says_its_part_of_speech(entry):
    assert entry.pos in PARTS_OF_SPEECH, f"{entry.key}: geen 'pos'"


@pytest.mark.parametrize("item", EXAMPLES, ids=_id)
def test_example_triggers_its_entry(item):
    entry, example = item
    keys = [m.entry.key for m in phrase_matches(example.text)]
    assert entry.key in keys, f"'{example.text}' vindt {keys}"


@pytest.mark.parametrize("item", NEGATIVES, ids=_id)
def test_negative_example_stays_silent(item):
    entry, sentence = item
    keys = [m.entry.key for m in phrase_matches(sentence)]
    assert entry.key not in keys, f"'{sentence}' vindt '{entry.key}', maar dat mag niet"


@pytest.mark.parametrize("item", REWRITES, ids=_id)
def test_first_suggestion_fits_the_sentence(item):
    """The example with the first suggestion pasted over the finding gives the expected sentence."""
    entry, example = item
    finding = _finding_of(entry, example.text)
    assert finding is not None, f"'{example.text}': geen melding van '{entry.key}'"
    assert finding.suggestions, f"'{example.text}': '{entry.key}' zonder suggestie"
    suggestion = finding.suggestions[0]
    assert not suggestion.startswith("gebruik '"), f"'{example.text}': alleen advies ({suggestion})"
    rewritten = example.text[: finding.start] + suggestion + example.text[finding.end :]
    assert rewritten == example.fixed


@pytest.mark.parametrize("entry", [e for e in WORDING if e.safe], ids=_id)
def test_safe_entry_fixes_its_examples(entry):
    """Safe means certain: `fix` gives the expected sentence in every example."""
    fixed = [example for example in entry.examples if example.fixed]
    assert fixed, f"{entry.key} is safe, maar geen voorbeeld zegt wat eruit moet komen (zin → zin)"
    for example in fixed:
        finding = _finding_of(entry, example.text)
        assert finding is not None and finding.fix is not None, f"'{example.text}': geen veilige vervanging"
        assert example.text[: finding.start] + finding.fix + example.text[finding.end :] == example.fixed


def test_safe_entries_do_not_change_the_meaning_of_medio():
    """`medio 2024` is not `half 2024`: medio is not safe."""
    assert not [e.key for e in PHRASES if e.safe and e.phrase in ("medio", "dagtekening")]


# The curation round adds a negative example to every entry; until then this
# list may only shrink. An entry added without a negative example fails here.
ENTRIES_WITHOUT_NEGATIVES_AT_MOST = 392


def test_entries_without_a_negative_example_do_not_grow():
    missing = [f"{e.source}:{e.key}" for e in WORDING if not e.negatives]
    assert len(missing) <= ENTRIES_WITHOUT_NEGATIVES_AT_MOST, (
        f"{len(missing)} entries zonder negatief voorbeeld (hoogstens {ENTRIES_WITHOUT_NEGATIVES_AT_MOST}): "
        + ", ".join(missing)
    )


@pytest.mark.parametrize("entry", [e for e in WORDING if e.pos == "noun"], ids=_id)
def test_noun_alternatives_say_their_article(entry):
    """"het besluit", not "besluit": the article tells b1check how to change
    "deze beschikking" into "dit besluit". A plural or an advice needs none."""
    for alternative in entry.alternatives:
        words = alternative.text.split()
        if alternative.advice or alternative.pos or words[0] in ("de", "het"):
            continue
        assert len(words) > 1 or lemmas.known(words[0]), alternative.text
        assert words[0] in ("grote",) or words[-1].endswith(("en", "s")), (
            f"{entry.key}: zet 'de' of 'het' voor '{alternative.text}'"
        )


@pytest.mark.parametrize("entry", [e for e in WORDING if e.pos == "verb"], ids=_id)
def test_verb_alternatives_inflect_to_known_words(entry):
    """Every verb alternative has a verb, and its forms are Dutch words the lemma tables know."""
    for alternative in entry.alternatives:
        if alternative.advice or (alternative.pos and alternative.pos != "verb"):
            continue
        phrase = verb_phrase(alternative.text)
        assert phrase is not None, f"{entry.key}: '{alternative.text}' heeft geen werkwoord"
        for slot in inflect.VERB_SLOTS:
            if slot == "participle" and alternative.fits and not {"perfect", "passive"} & set(alternative.fits):
                continue  # never put in a perfect or passive, so its participle is never written
            form = inflect.verb_form(phrase.verb, slot)[0]
            if form and slot != "2sg":  # "u kunt", "jij zult": 2sg forms are rarer in the tables
                assert lemmas.known(form), f"{entry.key}: '{form}' ({slot} van {phrase.verb})"


@pytest.mark.parametrize("entry", [e for e in WORDING if e.pos == "verb"], ids=_id)
def test_verb_entries_inflect_to_known_words(entry):
    """The inflector spells the entry's own verb as the lemma tables know it, so
    that the matched form can be read (a Latinate -eren verb, a loan word …)."""
    words = entry.phrase.lower().split()
    head = head_index(entry, words)
    if head is None:
        assert not entry.generated, f"{entry.key}: b1check vindt het werkwoord niet; zet 'head'"
        return
    for slot in ("3sg", "participle"):  # the past tense of a loan word is often not in the tables
        form = inflect.verb_form(words[head], slot)[0]
        assert form is None or lemmas.known(form), f"{entry.key}: '{form}' ({slot} van {words[head]})"


@pytest.mark.parametrize("entry", PHRASES, ids=_id)
def test_alternatives_trigger_no_entry(entry):
    for alternative in entry.alternatives:
        text = alternative.text.replace("…", "")
        if not text.strip():
            continue  # "…" alone: leave the word out
        keys = [m.entry.key for m in phrase_matches(text)]
        assert not keys, f"alternatief '{alternative.text}' van '{entry.key}' vindt {keys}"


@pytest.mark.parametrize("entry", PHRASES, ids=_id)
def test_reason_and_alternatives_are_plain_language(entry):
    for text in (entry.reason, *(a.text.replace("…", "") for a in entry.alternatives)):
        if not text.strip():
            continue  # "…" alone: leave the word out
        found = plain_language_findings(text, SENTENCE_CATEGORIES)
        assert not found, f"'{text}' ({entry.key}): {[(f.rule, f.text) for f in found]}"


# An advice that tells the writer what to do ("Zeg het gewoon, bijvoorbeeld '…'") is shown as that
# instruction, never as a word to use ("gebruik 'Zeg het gewoon, …'"), also when it ends on a quote.


@pytest.mark.parametrize("entry", [e for e in PHRASES if any(a.advice for a in e.alternatives)], ids=_id)
def test_an_instruction_is_shown_as_one(entry):
    for alternative in entry.alternatives:
        if alternative.advice and alternative.text.startswith(INSTRUCTIONS):
            shown = advice_text(alternative.text)
            assert not shown.startswith("gebruik '"), f"{entry.key}: {shown}"


# A reason is shown with every sentence its entry finds, so an example in it must
# read as an example ("Bijvoorbeeld: …"), not as the fix for this sentence; and a
# word it calls better must be one the entry offers (else the message and the
# suggestion disagree).
# An apostrophe before a lower-case letter is part of the word (zo'n, auto's).
_QUOTED = r"'(?:[^']|'(?=[a-z]))+'"
_QUOTED_CHAIN = rf"{_QUOTED}(?:,? of {_QUOTED})*"
_BETTER_AFTER = re.compile(
    rf"({_QUOTED_CHAIN}) (?:is|zijn|zegt|zeggen)(?: vaak)?(?: korter en)? (?:gewoner|hetzelfde|genoeg|korter|het gewone woord)"
)
_BETTER_BEFORE = re.compile(rf"\b(?:Schrijf|schrijf|Zeg|Gebruik|Kies)(?: gewoon)? ({_QUOTED_CHAIN})")
_BETTER_PLAIN = re.compile(
    r"(?:^|[.!?] )(?!(?:Dit|Dat|Het)\b)([A-Z][a-z]+(?: [a-z]+){0,3}) (?:is|zijn)(?: korter en)? (?:gewoner|het gewone woord)"
)
_ARTICLES = ("de ", "het ", "een ")


def _without_article(text: str) -> str:
    text = text.lower().strip()
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def better_words(reason: str) -> list[str]:
    """The words a reason recommends: 'X' is gewoner, 'X' zegt hetzelfde, Schrijf 'X'."""
    words = []
    for pattern in (_BETTER_AFTER, _BETTER_BEFORE):
        for match in pattern.finditer(reason):
            words += [quoted[1:-1] for quoted in re.findall(_QUOTED, match.group(1))]
    words += [word for match in _BETTER_PLAIN.finditer(reason) for word in match.group(1).split(" of ")]
    return words


def offers(entry, word: str) -> bool:
    """Whether the entry offers this word in every sentence it finds: an alternative
    limited to some sentences (context, unless_context) is not named in the reason."""
    word = _without_article(word.replace("…", " ")).split()
    if not word:
        return True
    return any(
        offered[:1] == word[:1] and not (getattr(alternative, "context", ()) or getattr(alternative, "unless_context", ()))
        for alternative in entry.alternatives
        for offered in [_without_article(alternative.text.replace("…", " ")).split()]
    )


def reason_problems(entry) -> list[str]:
    problems = []
    colons = entry.reason.count(":")
    if colons != len(re.findall(r"\bBijvoorbeeld:", entry.reason)):
        problems.append("een voorbeeld na een dubbele punt begint met 'Bijvoorbeeld:'")
    if len(re.findall(r"\bBijvoorbeeld\b", entry.reason)) > 1:
        problems.append("hoogstens één voorbeeld")
    problems += [f"'{word}' is geen alternatief dat de entry in elke zin geeft" for word in better_words(entry.reason) if not offers(entry, word)]
    return problems


def test_reason_problems_are_found():
    class Fake:
        def __init__(self, reason, *alternatives):
            self.reason = reason
            self.alternatives = [type("A", (), {"text": text})() for text in alternatives]

    assert reason_problems(Fake("Dit is stijf. Bijvoorbeeld: wij geven u de kans.", "de kans geven")) == []
    assert reason_problems(Fake("Zeg het gewoon: wij geven u de kans.", "de kans geven"))
    assert reason_problems(Fake("Dit is stijf. Maken is gewoner.", "doen"))
    assert reason_problems(Fake("Schrijf 'zo'n' of 'zulke'.", "zo'n", "zulke")) == []
    limited = Fake("Dit woord is stijf. 'Maken' is gewoner.", "maken", "zorgen voor")
    limited.alternatives[0].unless_context = ("gevoel",)
    assert reason_problems(limited) == ["'Maken' is geen alternatief dat de entry in elke zin geeft"]
    assert reason_problems(Fake("Punt of kant is gewoner.", "het punt", "de kant")) == []
    assert reason_problems(Fake("Laten zien is gewoner.", "tonen"))
    assert reason_problems(Fake("'Besluit' zegt hetzelfde.", "de beslissing"))
    assert reason_problems(Fake("'Besluit' zegt hetzelfde.", "het besluit")) == []
    assert reason_problems(Fake("Schrijf 'over' of 'vanwege'.", "over")) == ["'vanwege' is geen alternatief dat de entry in elke zin geeft"]


# The better word stands in quotes: "Hoe zegt hetzelfde in één woord." after "Ambtelijk: 'de wijze
# waarop'." reads as a question, "Toch is korter" as a sentence about something else (review 102).
_UNQUOTED_BETTER = re.compile(
    r"(?:^|[.!?] )(?!(?:Dit|Dat|Het|Er|Een|Vaak|Meestal)\b)[A-Z][a-zë]+(?: [a-z]+){0,3} (?:is|zijn|zegt)"
    r"(?: korter en)? (?:gewoner|het gewone woord|hetzelfde|korter)"
)


@pytest.mark.parametrize("entry", PHRASES, ids=_id)
def test_a_better_word_in_a_reason_is_quoted(entry):
    assert not _UNQUOTED_BETTER.search(entry.reason), f"{entry.key}: {entry.reason}"


def test_an_unquoted_better_word_is_found():
    assert _UNQUOTED_BETTER.search("Dit is stijf. Hoe zegt hetzelfde in één woord.")
    assert _UNQUOTED_BETTER.search("Toch is korter en gewoner.")
    assert not _UNQUOTED_BETTER.search("Dit is stijf. 'Hoe' zegt hetzelfde in één woord.")
    assert not _UNQUOTED_BETTER.search("Dit woord is stijf. Er is een gewoner woord voor.")


@pytest.mark.parametrize("entry", PHRASES, ids=_id)
def test_reason_fits_every_sentence_of_its_entry(entry):
    assert reason_problems(entry) == [], f"{entry.key}: {entry.reason}"


def test_tel_before_a_number_is_written_out_as_telefoonnummer():
    # "via telefoon 14 071" is no Dutch (review 103)
    (finding,) = [f for f in findings_for("Bel ons via tel. 14 071.", ("abbreviation",)) if f.text.startswith("tel")]
    assert finding.suggestions[0] == "telefoonnummer"


@pytest.mark.parametrize("entry", ABBREVIATIONS, ids=lambda a: a.abbreviation)
def test_abbreviation_example_triggers(entry):
    # an abbreviation the phrase list knows too ("jl.", "c.q.") is that list's finding
    found = findings_for(entry.example, ("abbreviation", "wording"))
    said = entry.abbreviation.lower().rstrip(".")
    if entry.kind == "known":
        # better known than its expansion ("de GGD"): its example is a sentence where it stays
        assert not [f for f in found if f.category == "abbreviation" and f.text.lower().startswith(said)], entry.example
        return
    assert any(f.text.lower().startswith(said) if f.category == "abbreviation" else said in f.text.lower().split()
               or f"{said}." in f.text.lower().split() for f in found), (
        entry.example,
        [(f.rule, f.text) for f in found],
    )


def test_abbreviations_are_unique():
    counts = Counter(a.abbreviation.lower() for a in ABBREVIATIONS)
    assert [a for a, c in counts.items() if c > 1] == []


# ing-dingen.txt: nouns on -ing that are things, not actions (NOM001 skips them)


def _ing_things() -> list[str]:
    # The raw lines: word_set() lower-cases and drops doubles, which would hide mistakes.
    lines = (wordlist_dir() / "ing-dingen.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def test_ing_things_are_lower_case_words_on_ing():
    words = _ing_things()
    assert words
    assert [w for w in words if not w.endswith("ing")] == []
    assert [w for w in words if w != w.lower() or " " in w] == []
    assert [w for w, count in Counter(words).items() if count > 1] == []


@pytest.mark.parametrize("model", [None, "b1check"], ids=["fast", "parsed"])
def test_ing_thing_is_no_nominal_style(model):
    def nom001(text):
        return [f.text for f in findings_for(text, settings=Settings(model=model)) if f.rule == "NOM001"]

    assert nom001("De woning van uw moeder is groot.") == []
    assert nom001("De instelling van uw moeder krijgt een brief.") == []  # an organisation
    assert nom001("De uitkering van uw vader stopt in mei.") == []
    assert nom001("De betaling van de huur is op 1 mei.") == ["De betaling"]


def test_reflexive_verbs_are_known_verbs_in_one_list():
    from b1check.analysis.clauses import reflexive_verbs

    always, sometimes = reflexive_verbs()
    assert always and sometimes and not always & sometimes
    for verb in always | sometimes:
        assert lemmas.known(verb) and inflect.verb_forms(verb)["participle"], verb


def test_verbs_that_take_aan_are_known_verbs():
    from b1check.language.wordlists import word_set

    verbs = word_set("werkwoorden-met-aan")
    assert "geven" in verbs and "regelen" not in verbs
    for verb in verbs:
        assert all(lemmas.known(word) for word in verb.split()), verb


# ing-advies.toml: an -ing noun whose own verb does not help gets this advice instead
def _noun_advice_cases():
    from b1check.language.wordlists import noun_advice

    return [(entry, sentence) for entries in noun_advice().values() for entry in entries for sentence in entry.examples]


@pytest.mark.parametrize(("entry", "sentence"), _noun_advice_cases())
def test_an_ing_noun_with_advice_gets_it(entry, sentence):
    found = [f for f in findings_for(sentence) if f.rule == "NOM001"]
    assert [f.message.endswith(f"Schrijf liever: {entry.advice}.") for f in found] == [True]


@pytest.mark.parametrize("model", [None, "b1check"], ids=["fast", "parsed"])
def test_ing_advice_only_in_its_context(model):
    def messages(text):
        return [f.message for f in findings_for(text, settings=Settings(model=model)) if f.rule == "NOM001"]

    assert messages("De werking van de pomp is goed.") == ["'De werking' verstopt een werkwoord. Schrijf liever: werken."]
    assert "gelden" in messages("Een bezwaar schort de werking van het besluit niet op.")[0]
    assert nom001_texts("De kruising van de Dorpsstraat en de Kerkweg is druk.", model) == []  # a place


def test_ing_advice_for_a_thing_only_where_no_person_is_the_subject():
    """"in overtreding van": a thing cannot break a rule ("De schuur overtrad …"), a person can."""
    def messages(text):
        return [f.message for f in findings_for(text) if f.rule == "NOM001"]

    thing = "Volgens deze regel mag dat niet"
    assert thing in messages("De boot lag al weken aan de kade en was in overtreding van de regels.")[0]
    assert thing in messages("Wij zien dat de schuur in overtreding van het plan is gebouwd.")[0]
    for text in ("U bent in overtreding van artikel 5 van de verordening.", "Bent u in overtreding van de regels?"):
        assert messages(text) == ["'overtreding' verstopt een werkwoord. Schrijf liever: overtreden."], text


def nom001_texts(text, model):
    return [f.text for f in findings_for(text, settings=Settings(model=model)) if f.rule == "NOM001"]


def test_a_bare_ing_noun_is_flagged_without_its_preposition():
    assert nom001_texts("Na afronding van de werkzaamheden ruimen wij op.", "b1check") == ["afronding"]
    assert nom001_texts("Wij kregen uw aanvraag om toekenning van een uitkering.", "b1check") == ["toekenning"]


def test_every_plain_verb_entry_gives_its_plain_verb():
    # an entry marked plain_verb = true that the rewrites cannot use (a condition, an advice first) would
    # be dropped without a word: the list must say what it means
    from b1check.language.wordlists import _plain_verbs, default_phrases

    marked = {entry.phrase.lower() for entry in default_phrases() if entry.plain_verb}
    assert marked and marked == set(_plain_verbs())
