"""The Dutch pipeline shipped inside the package loads offline and parses.

Accuracy is measured by benchmarks/parser_accuracy.py, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import b1check
from b1check.language.analyse import analyse
from b1check.load import load_text

MODEL = Path(b1check.__file__).resolve().parent / "language" / "models" / "nl_b1check"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "config.cfg").exists():
        pytest.fail(f"the shipped pipeline is missing: {MODEL}")
    return spacy.load(MODEL)


def test_pipeline_has_the_trained_components(nlp):
    for name in ("tok2vec", "tagger", "morphologizer", "parser"):
        assert name in nlp.pipe_names
    assert nlp.lang == "nl"


def test_passive_sentence_is_tagged_and_parsed(nlp):
    doc = nlp("Uw aanvraag wordt door de gemeente beoordeeld.")
    deps = {t.text: t.dep_ for t in doc}
    assert deps["wordt"] == "aux:pass"
    assert doc[1].pos_ == "NOUN"
    assert doc[2].tag_.startswith("WW|pv")  # CGN tag of a finite verb
    assert "beoordelen" in {t.lemma_ for t in doc}
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert [t.text for t in roots] == ["beoordeeld"]


def test_model_card_names_the_licence():
    card = MODEL / "MODEL_CARD.md"
    assert card.exists()
    text = card.read_text(encoding="utf8")
    assert "CC BY-SA 4.0" in text
    assert "Alpino" in text


def test_no_vectors_and_small(nlp):
    assert nlp.vocab.vectors.shape[0] == 0
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 25_000_000


def test_b1check_model_name_loads_the_shipped_pipeline():
    from b1check.language import analyse

    nlp = analyse.pipeline("b1check")
    assert nlp.pipe_names[0] == "b1_sentences"
    assert "parser" in nlp.pipe_names


def test_check_runs_with_the_network_switched_off(tmp_path):
    """No download and no connection at run time: sockets fail, the check still parses."""
    import subprocess
    import sys

    script = tmp_path / "offline.py"
    script.write_text(
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network is off in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.socket.connect_ex = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from b1check.rules.base import Context\n"
        "from b1check.language.analyse import analyse\n"
        "from b1check.load import load_text\n"
        "from b1check.settings import Settings\n"
        "analysis = analyse(load_text('Uw aanvraag wordt door de gemeente beoordeeld.'), 'b1check')\n"
        "print(Context(analysis, Settings()).parsed, [t.dep_ for t in analysis.doc][2])\n",
        encoding="utf8",
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "aux:pass"]


def test_check_text_parses_by_default():
    from b1check.check import check_text

    report = check_text("Uw aanvraag werd, omdat er stukken ontbraken, pas na drie maanden behandeld.")
    assert [f.text for f in report.findings if f.rule == "PAS001"] == ["werd, omdat er stukken ontbraken, pas na drie maanden behandeld"]
    assert report.metrics.lint.available
    assert not [n for n in report.notes if "ontleedt de zinnen niet" in n or "zonder zinsontleding" in n]


def test_aux_or_verb_follows_the_parse():
    """UD: a verb attached as aux, aux:pass or cop is AUX, any other verb VERB,
    whatever the morphologizer guessed."""
    from b1check.language.analyse import aux_or_verb

    vocab = spacy.blank("nl").vocab
    words = ["Wij", "hebben", "een", "kopie", "nodig", "en", "hebben", "hem", "ontvangen"]
    pos = ["PRON", "AUX", "DET", "NOUN", "ADJ", "CCONJ", "VERB", "PRON", "VERB"]
    heads = [1, 1, 3, 1, 1, 8, 8, 8, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "xcomp", "cc", "aux", "obj", "conj"]
    doc = aux_or_verb(Doc(vocab, words=words, pos=pos, heads=heads, deps=deps))
    assert [t.pos_ for t in doc] == ["PRON", "VERB", "DET", "NOUN", "ADJ", "CCONJ", "AUX", "PRON", "VERB"]


@pytest.mark.parametrize(
    "text",
    [
        "De subsidie wordt eenmalig verstrekt ter compensatie van de kosten.\n\n{if $content->note}\n\nMotivering\n\n{/if}\n",
        "Naam:                {{ naam }}          \nTelefoon:            {{ telefoon }}          \nU krijgt bericht.\n",
    ],
)
def test_the_shipped_parser_never_hangs_a_word_on_white_space(text):
    """The parser sees the words without the runs of white space (a blanked template tag,
    a line break): a run is no word, heads nothing and hangs from the word before it."""
    doc = analyse(load_text(text, name="brief.txt"), "b1check").doc
    for token in doc:
        if token.is_space:
            assert token.pos_ == "SPACE" and not list(token.children)
            assert token.i == 0 or token.head.i < token.i
        else:
            assert not token.head.is_space


def test_a_wrapped_sentence_is_parsed_as_if_it_were_on_one_line():
    wrapped = ("Naar onze mening dient thans binnen twee weken na ontvangst alsnog een besluit te worden\n"
               "genomen, teneinde te voorkomen dat wij een dwangsom betalen.")
    one_line = wrapped.replace("\n", " ")
    parses = [[(t.idx, t.pos_, t.dep_, t.head.idx) for t in analyse(load_text(text), "b1check").doc if not t.is_space]
              for text in (wrapped, one_line)]
    assert parses[0] == parses[1]


@pytest.mark.parametrize(
    ("sentence", "pos"),
    [("Wij hebben een kopie nodig van uw paspoort.", "VERB"), ("Wij hebben uw brief goed ontvangen.", "AUX")],
)
def test_hebben_as_main_verb_or_auxiliary(sentence, pos):
    from b1check.language.analyse import pipeline

    doc = pipeline("b1check")(sentence)
    assert doc[1].text == "hebben" and doc[1].pos_ == pos


def test_shipped_tokenizer_is_spacys_dutch_default(nlp):
    """b1check loads the shipped pipeline without its saved tokenizer (start-up
    builds spaCy's Dutch tokenizer once, not twice); that only holds while the
    saved one is the default, and the parsed and fast checks then split alike."""
    from b1check.language import analyse

    default = spacy.blank("nl").tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == default
    loaded = analyse.pipeline("b1check")
    text = "Bel dhr. Jansen t.a.v. de WOZ-waarde, bijv. op 020-1234567 of mail naar info@voorbeeld.nl."
    assert [t.text for t in loaded(text)] == [t.text for t in analyse.pipeline(None)(text)]


LETTER_WITH_SPACES = "Geachte heer Jansen,\n\nU krijgt\tbijv. € 12,50 terug.\nBel dhr. J. Smit  op\u00a0maandag.\n \n"


def _letter_tokenizer():
    from b1check.language import analyse

    nlp = spacy.blank("nl")
    analyse._add_abbreviations(nlp)
    return nlp


def test_tokenizer_cache_is_filled_before_a_letter():
    """spaCy keeps how it split a piece of text, but not after a special case
    (a line break, "dhr.", an initial) in the same text. b1check first lets
    it split the new pieces on their own, so the next letter with the same
    words needs no patterns: uncached pieces go through prefix_search."""
    from b1check.language import analyse
    from b1check.load import load_text

    nlp = _letter_tokenizer()
    searched = []
    search = nlp.tokenizer.prefix_search

    def counting(text):
        searched.append(text)
        return search(text)

    nlp.tokenizer.prefix_search = counting
    analyse._prepared(nlp, load_text(LETTER_WITH_SPACES))
    searched.clear()
    reordered = "\n".join(reversed(LETTER_WITH_SPACES.split()))  # the same pieces
    analyse._prepared(nlp, load_text(reordered))
    assert searched == []


def test_filling_the_tokenizer_cache_keeps_the_tokens():
    from b1check.language import analyse
    from b1check.load import load_text

    letters = [LETTER_WITH_SPACES] + [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*/*.txt"))]
    filled, plain = _letter_tokenizer(), _letter_tokenizer()
    for letter in letters + letters:
        expected = [(t.text, t.norm_, t.whitespace_) for t in plain.make_doc(letter.rstrip())]
        assert [(t.text, t.norm_, t.whitespace_) for t in analyse._prepared(filled, load_text(letter))] == expected


def test_remembering_lemmatizer_gives_spacys_lemmas(nlp):
    """b1check runs the shipped lemmatizer with a memory (lemmatizer.py); the
    lemmas are spaCy's own, also where no predicted tree fits ("legden",
    "treft": the word itself) and when the same words come back."""
    from b1check.language import analyse
    from b1check.language.lemmatizer import RememberingLemmatizer

    ours = analyse.pipeline("b1check")
    assert isinstance(ours.get_pipe("trainable_lemmatizer"), RememberingLemmatizer)
    assert not isinstance(nlp.get_pipe("trainable_lemmatizer"), RememberingLemmatizer)
    letters = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*/*.txt"))]
    letters.append("Zij legden de kaarten neer en het treft ons dat zij de brieven ingecalculeerd hebben.")
    for _ in range(2):
        for mine in ours.pipe(letters):
            # The same tokens for spaCy's lemmatizer (b1check keeps abbreviations whole).
            words, spaces = [t.text for t in mine], [bool(t.whitespace_) for t in mine]
            theirs = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]


def test_remembering_lemmatizer_survives_a_memory_zone():
    """spaCy 3.8 forgets the strings made inside `nlp.memory_zone()`; the
    lemmatizer remembers lemmas as text, so a later letter still gets them."""
    from b1check.language import analyse

    nlp = analyse.pipeline("b1check")
    if not hasattr(nlp, "memory_zone"):
        pytest.skip("this spaCy has no memory zones")
    text = "Wij fietsten naar de zorgverzekeringsformulieren."
    with nlp.memory_zone():
        inside = [t.lemma_ for t in nlp(text)]
    assert [t.lemma_ for t in nlp(text)] == inside


def test_lookup_lemmas_in_a_second_pipeline():
    """The lookup lemmas (`--fast`) are remembered as text: a pipeline with
    other strings than the first still gets them."""
    from b1check.language import analyse

    analyse.pipeline(None)("De fietsen stonden er.")
    other = spacy.blank("nl")
    other.add_pipe("b1_lemmas")
    assert [t.lemma_ for t in other("De fietsen stonden er.")][:3] == ["de", "fiets", "staan"]
