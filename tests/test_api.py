"""The Python API gives what the CLI prints; a trained pipeline can stand in for the default."""

from __future__ import annotations

import json

import spacy
from click.testing import CliRunner

import b1check
from b1check.cli import cli

LETTER = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te retourneren.\n"


def test_check_text_and_check_file_agree_with_the_cli(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    from_file = b1check.check_file(path).to_dict()
    from_text = b1check.check_text(LETTER).to_dict()
    printed = json.loads(CliRunner().invoke(cli, ["check", "--format", "json", str(path)]).output)["files"][0]
    assert from_file == printed
    assert from_text["findings"] == printed["findings"]
    assert from_text["metrics"] == printed["metrics"]


def test_settings_select_and_limits():
    report = b1check.check_text(LETTER, b1check.Settings(select=("CON",)))
    assert report.findings and all(f.category == "contact" for f in report.findings)
    long = "Wij sturen u een brief met alle regels voor het parkeren in uw straat en uw wijk."
    strict = b1check.Settings().with_limits(long_sentence_words=5)
    assert any(f.rule == "LEN001" for f in b1check.check_text(long, strict).findings)


def test_input_error_for_empty_text():
    try:
        b1check.check_text("   ")
    except b1check.InputError as error:
        assert "leeg" in error.reason
    else:
        raise AssertionError("lege tekst gaf geen InputError")


def test_a_trained_pipeline_from_a_path_is_used(tmp_path):
    """--model takes any spaCy pipeline; here a small one saved to disk stands in for nl_core_news_sm."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "pijplijn")
    settings = b1check.Settings(model=str(tmp_path / "pijplijn"))
    report = b1check.check_text(LETTER + "U kunt bijv. op maandag komen.\n", settings)
    assert any(f.rule == "ABR002" and f.text == "bijv." for f in report.findings)
    assert report.metrics.sentences >= 2


def test_package_docstring_example_holds():
    import doctest

    result = doctest.testmod(b1check, verbose=False)
    assert result.attempted >= 1 and result.failed == 0
