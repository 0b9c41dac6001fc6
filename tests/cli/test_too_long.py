"""A text with more words than a letter can have (a log, a data dump, a book) is refused in
Dutch before it is analysed: `check` exits non-zero, and `audit` lists it and checks the rest."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from b1check.check import check_text
from b1check.cli import cli
from b1check.load import InputError
from b1check.settings import Limits, Settings

LETTER = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te retourneren.\n\nMet vriendelijke groet,\n\nJan de Vries\n"
TOO_LONG = "Deze tekst is te lang om te controleren: meer dan"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def files(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    dump = tmp_path / "dump.txt"
    dump.write_text("a\n" * (Limits().max_letter_words + 1), encoding="utf-8")  # one-letter lines: most tokens a byte
    return letter, dump


def test_check_refuses_a_text_over_the_word_limit_in_dutch(files):
    letter, dump = files
    result = run("check", "--fast", "--format", "json", str(dump), str(letter))
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    (error,) = data["errors"]
    assert error["path"] == str(dump)
    assert error["reason"].startswith(f"{TOO_LONG} 50.000 woorden")
    assert "--set max_letter_words=" in error["reason"]
    assert [file["path"] for file in data["files"]] == [str(letter)]  # the letter beside it is still checked
    assert "Traceback" not in result.output


def test_the_word_limit_can_be_set_and_counts_words_exactly(tmp_path):
    path = tmp_path / "brief.txt"
    words = len(LETTER.split())
    path.write_text(LETTER, encoding="utf-8")
    assert run("check", "--fast", "--set", f"max_letter_words={words}", str(path)).exit_code in (0, 1)
    result = run("check", "--fast", "--set", f"max_letter_words={words - 1}", str(path))
    assert result.exit_code == 2
    assert f"{TOO_LONG} {words - 1} woorden" in result.output
    assert "'0' moet minstens 1 zijn" in run("check", "--set", "max_letter_words=0", str(path)).output


def test_the_limit_is_read_from_the_configuration(tmp_path):
    (tmp_path / "b1check.toml").write_text("[limits]\nmax-letter-words = 3\n", encoding="utf-8")
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    result = run("check", "--fast", str(path))
    assert result.exit_code == 2 and f"{TOO_LONG} 3 woorden" in result.output


def test_the_api_raises_input_error_for_a_text_over_the_limit():
    with pytest.raises(InputError) as raised:
        check_text(LETTER, Settings().with_limits(max_letter_words=5))
    assert raised.value.reason.startswith(f"{TOO_LONG} 5 woorden")


def test_audit_lists_the_long_file_and_checks_the_others(files, tmp_path):
    letter, dump = files
    out = tmp_path / "rapport.json"
    old = os.getcwd()
    try:
        os.chdir(tmp_path)
        result = CliRunner().invoke(cli, ["audit", "--no-progress", "--fast", "--jobs", "1", str(tmp_path),
                                          "--json", str(out)], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert "Traceback" not in result.output
    assert f"dump.txt: {TOO_LONG} 50.000 woorden" in result.output
    assert "1 brieven gecontroleerd" in result.output or "1 brief gecontroleerd" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [os.path.basename(file["path"]) for file in data["files"]] == ["brief.txt"]
