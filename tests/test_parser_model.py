"""The Dutch pipeline shipped inside the package loads offline and parses.

Accuracy is measured by benchmarks/parser_accuracy.py, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import b1check

MODEL = Path(b1check.__file__).resolve().parent / "models" / "nl_b1check"


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
    from b1check import analyse

    nlp = analyse.pipeline("b1check")
    assert nlp.pipe_names[0] == "b1_sentences"
    assert "parser" in nlp.pipe_names
