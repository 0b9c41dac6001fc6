"""Configuration files, suppression comments and baselines, as a team uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check.cli import cli
from b1check.config import ConfigError, config_for
from b1check.model import Severity

BUREAUCRATIC = "Wij verzoeken u het formulier te retourneren.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def rules_in(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.output)["files"][0]["findings"]]


def test_pyproject_table_is_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.b1check]\nignore = ["CON", "STR"]\n')
    (tmp_path / "brieven" / "2026").mkdir(parents=True)
    letter = tmp_path / "brieven" / "2026" / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    rules = rules_in(run("check", "--format", "json", str(letter)))
    assert "WRD001" in rules and not any(r.startswith(("CON", "STR")) for r in rules)


def test_picky_mode_from_the_command_line_or_the_configuration_shows_the_hints(tmp_path):
    hint = "Vermeld bij uw betaling het kenmerk.\n"
    for folder, config in (("gewoon", None), ("picky", "picky = true\n"), ("fout", 'picky = "ja"\n')):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "brief.txt").write_text(hint)
        if config:
            (tmp_path / folder / "b1check.toml").write_text(config)
    letter = tmp_path / "gewoon" / "brief.txt"
    assert "WRD001" not in rules_in(run("check", "--fast", "--format", "json", str(letter)))
    assert "WRD001" in rules_in(run("check", "--fast", "--picky", "--format", "json", str(letter)))
    picky = str(tmp_path / "picky" / "brief.txt")
    assert "WRD001" in rules_in(run("check", "--fast", "--format", "json", picky))
    assert "WRD001" not in rules_in(run("check", "--fast", "--no-picky", "--format", "json", picky))
    assert "picky = true" in run("config", picky).output
    result = CliRunner().invoke(cli, ["check", "--fast", str(tmp_path / "fout" / "brief.txt")])
    assert result.exit_code == 2 and "picky: verwacht true of false" in result.output


def test_b1check_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.b1check]\nselect = ["CON"]\n')
    (tmp_path / "b1check.toml").write_text('select = ["WRD"]\n')
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    assert set(rules_in(run("check", "--format", "json", str(letter)))) == {"WRD001"}


def test_config_option_overrides_discovery(tmp_path):
    (tmp_path / "b1check.toml").write_text('select = ["WRD"]\n')
    other = tmp_path / "anders.toml"
    other.write_text('select = ["ABR"]\n')
    letter = tmp_path / "brief.txt"
    letter.write_text("U kunt bijv. komen.\n")
    assert set(rules_in(run("check", "--format", "json", "--config", str(other), str(letter)))) == {"ABR002"}


def test_per_file_ignores_severity_limits_accept_and_phrases(tmp_path):
    (tmp_path / "taal.toml").write_text(
        'category = "wording"\n\n[[phrase]]\nphrase = "stadsdeel"\nalternatives = ["wijk"]\n'
        'reason = "Wijk is gewoner."\nexample = "Het stadsdeel helpt u."\n'
    )
    (tmp_path / "b1check.toml").write_text(
        'select = ["WRD", "DIF", "LEN", "CON"]\n'
        'accept = ["egalisatiereserve"]\n'
        'phrases = ["taal.toml"]\n'
        '[per-file-ignores]\n"intern/*.txt" = ["CON"]\n'
        '[severity]\nWRD001 = "error"\n'
        '[limits]\nlong-sentence-words = 5\n'
        '[contact]\nrequired = ["phone"]\n'
    )
    (tmp_path / "intern").mkdir()
    letter_text = "Het stadsdeel betaalt uit de egalisatiereserve voor de nieuwe speeltuin in uw straat.\n"
    for folder in (tmp_path, tmp_path / "intern"):
        (folder / "brief.txt").write_text(letter_text)
    findings = json.loads(run("check", "--format", "json", str(tmp_path / "brief.txt")).output)["files"][0]["findings"]
    rules = {f["rule"]: f for f in findings}
    assert rules["WRD001"]["text"] == "stadsdeel" and rules["WRD001"]["severity"] == "error"
    assert "DIF001" not in rules  # accepted word
    assert "LEN001" in rules or "LEN002" in rules  # limit of 5 words
    assert "CON002" in rules and "CON001" not in rules and "CON005" not in rules  # only phone required
    inner = rules_in(run("check", "--format", "json", str(tmp_path / "intern" / "brief.txt")))
    assert not any(r.startswith("CON") for r in inner)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('selekt = ["WRD"]\n', "selekt"),
        ('select = ["XYZ"]\n', "XYZ"),
        ('[limits]\nlong-sentence-words = "twintig"\n', "long-sentence-words"),
        ('[limits]\nlange-zinnen = 3\n', "lange-zinnen"),
        ('[severity]\nWRD001 = "erg"\n', "WRD001"),
        ('[contact]\nrequired = ["fax"]\n', "fax"),
        ('phrases = ["bestaat-niet.toml"]\n', "bestaat-niet.toml"),
        ("select = [\n", "geen geldige TOML"),
    ],
)
def test_bad_configuration_names_file_and_key(tmp_path, content, message):
    config = tmp_path / "b1check.toml"
    config.write_text(content)
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    with pytest.raises(ConfigError) as error:
        config_for(letter)
    assert str(config) in str(error.value) and message in str(error.value)
    result = run("check", str(letter))
    assert result.exit_code == 2
    assert message in result.output  # CliRunner mixes stderr into output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("b1check.toml", b'select = "WRD"\n\xe9\n', "geen UTF-8-tekst (een teken op regel 2, kolom 1)"),
        ("pyproject.toml", b'[tool.b1check]\nselect = "caf\xe9"\n', "geen UTF-8-tekst (een teken op regel 2, kolom 14)"),
        ("pyproject.toml", b"[tool.b1check\nselect = []\n", "geen geldige TOML op regel 1, kolom 14"),
        ("pyproject.toml", b"tool = 5\n", "'tool' moet een tabel zijn"),
        ("pyproject.toml", b'tool = "b1check"\n', "'tool' moet een tabel zijn"),
        ("b1check.toml", b"select = WRD\n", "geen geldige TOML op regel 1, kolom 10: hier staat geen geldige waarde"),
        ("b1check.toml", b"[contact]\nrequired = [1]\n", "contact.required: verwacht een lijst met tekst"),
        ("b1check.toml", b'accept-file = "woorden.txt"\n', "woorden.txt: dit bestand is geen UTF-8-tekst"),
        ("b1check.toml", b"[limits]\nlong-sentence-words = 0\n", "long-sentence-words: '0' moet minstens 1 zijn"),
        ("b1check.toml", b"[verdict]\nmin-flesch-douma = nan\n", "min-flesch-douma: 'nan' is geen getal"),
        ("b1check.toml", b'fail-on = "erg"\n', "'erg' moet een van deze zijn: fout, waarschuwing, tip"),
        # tomllib reads nested lists by recursion: no RecursionError traceback (fuzzing)
        ("b1check.toml", b"select = " + b"[" * 5000 + b"]" * 5000 + b"\n", "te veel lijsten of tabellen in elkaar"),
    ],
)
def test_a_configuration_b1check_cannot_use_is_a_dutch_error_in_every_command(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "woorden.txt").write_bytes(b"caf\xe9\n")
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    with pytest.raises(ConfigError) as error:
        config_for(letter)
    assert str(error.value).startswith(str(tmp_path / name)) and message in str(error.value)
    for command in (["check", "--fast"], ["fix"], ["audit", "--fast", "-j", "1"]):
        result = run(*command, str(letter))
        assert result.exit_code == 2 and message in result.output, result.output
    assert letter.read_text() == BUREAUCRATIC


@pytest.mark.parametrize(
    "content", [b'[project]\nname = "caf\xe9"\n', b"[project\nname = 1\n", b"[tool.black]\nline-length = 5\n",
                b"[project]\nkeywords = " + b"[" * 5000 + b"]" * 5000 + b"\n"]
)
def test_a_pyproject_toml_without_a_b1check_table_is_passed_over_whatever_is_in_it(tmp_path, content):
    (tmp_path / "pyproject.toml").write_bytes(content)
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    assert config_for(letter).path is None
    assert "WRD001" in rules_in(run("check", "--fast", "--format", "json", str(letter)))


def test_fail_on_and_severities_take_the_dutch_names_as_the_command_line_does(tmp_path):
    (tmp_path / "b1check.toml").write_text('fail-on = "Fout"\n[severity]\nWRD001 = "tip"\n')
    config = config_for(tmp_path / "brief.txt")
    assert config.fail_on == Severity.ERROR and config.settings.severities == {"WRD001": Severity.INFO}


def test_a_config_option_naming_a_pipe_a_device_or_a_folder_is_refused_at_once(tmp_path):
    import os
    import subprocess
    import sys

    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    os.mkfifo(tmp_path / "fifo.toml")
    (tmp_path / "map").mkdir()
    for config, reason in ((tmp_path / "fifo.toml", "Dit is een pipe, geen gewoon bestand"),
                           ("/dev/null", "Dit is een apparaat, geen gewoon bestand"),
                           (tmp_path / "map", "is een map, geen bestand")):
        for command in ("check", "audit"):
            result = subprocess.run([sys.executable, "-m", "b1check", command, "--fast", "--config", str(config),
                                     str(letter)], capture_output=True, text=True, timeout=60)
            assert result.returncode == 2 and reason in result.stderr, result.stderr
            assert "Traceback" not in result.stderr


def test_a_phrase_file_nested_too_deep_is_a_dutch_error(tmp_path):
    # the word lists' own TOML reader (not the configuration's) meets the RecursionError too
    (tmp_path / "taal.toml").write_bytes(b"phrase = " + b"[" * 5000 + b"]" * 5000 + b"\n")
    (tmp_path / "b1check.toml").write_text('phrases = ["taal.toml"]\n')
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    result = run("check", "--fast", str(letter))
    assert result.exit_code == 2 and "te veel lijsten of tabellen in elkaar" in result.output, result.output


@pytest.mark.parametrize("key", ['accept-file = "woorden"', 'phrases = ["woorden"]'])
def test_a_word_file_in_the_configuration_that_is_a_pipe_is_refused_as_a_config_pipe_is(tmp_path, key):
    import os

    (tmp_path / "b1check.toml").write_text(key + "\n")
    os.mkfifo(tmp_path / "woorden")
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    with pytest.raises(ConfigError) as error:  # at once: the pipe is never opened, so nothing waits
        config_for(letter)
    assert str(error.value).endswith(f"{tmp_path / 'woorden'}: Dit is een pipe, geen gewoon bestand; b1check leest het niet.")
    assert "bestaat niet" not in str(error.value)


def test_config_command_prints_the_effective_configuration(tmp_path):
    (tmp_path / "b1check.toml").write_text('ignore = ["PAS"]\n[limits]\nlong-sentence-words = 18\n')
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    output = run("config", str(letter)).output
    assert str(tmp_path / "b1check.toml") in output
    assert 'ignore = ["PAS"]' in output and "long-sentence-words = 18" in output
    assert 'WRD001 = "warning"' in output


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("brief.txt.j2", "{# b1check: ignore[WRD001] #}\nWij verzoeken u dit te doen.\n"),
        ("brief.html", "<p>Wij verzoeken u dit te doen. <!-- b1check: ignore[WRD001] --></p>\n"),
        ("brief.md", "<!-- b1check: ignore[WRD] -->\nWij verzoeken u dit te doen.\n"),
        ("brief.txt", "Wij verzoeken u dit te doen. b1check: ignore[WRD001]\n"),
        ("brief.txt", "b1check: ignore-file[WRD001]\n\nEen zin.\n\nWij verzoeken u dit te doen.\n"),
    ],
)
def test_suppression_comments_in_each_format(tmp_path, name, text):
    letter = tmp_path / name
    letter.write_text(text)
    rules = rules_in(run("check", "--format", "json", str(letter)))
    assert "WRD001" not in rules and "SUP001" not in rules
    assert "DIF001" not in rules  # the marker itself is not letter text


def test_suppression_only_silences_its_line_and_its_rule(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Wij verzoeken u dit te doen. b1check: ignore[ABR]\nWij verzoeken u ook dat.\n")
    rules = rules_in(run("check", "--format", "json", str(letter)))
    assert rules.count("WRD001") == 2
    assert "SUP001" in rules  # ABR silenced nothing


def test_a_marker_for_a_rule_about_the_whole_letter_silences_it_on_any_line(tmp_path):
    """CON002 is about the letter, not a line (it points at the closing): its marker may stand anywhere."""
    letter = tmp_path / "brief.txt"
    letter.write_text("Beste meneer Jansen,\n\nWij hebben uw brief gekregen. b1check: ignore[CON002]\n\n"
                      "Met vriendelijke groet,\n\nPiet de Boer\n")
    rules = rules_in(run("check", "--format", "json", str(letter)))
    assert "CON002" not in rules and "SUP001" not in rules
    assert "CON005" in rules  # only the rule it names


def test_baseline_hides_known_findings_and_shows_new_ones(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    baseline = tmp_path / ".b1check-baseline.json"
    result = run("baseline", str(letter), "-o", str(baseline))
    assert result.exit_code == 0 and baseline.exists()
    assert rules_in(run("check", "--format", "json", "--baseline", str(baseline), str(letter))) == []
    letter.write_text("Bij dezen deel ik u mede dat wij u verzoeken het formulier te retourneren.\n")
    rules = rules_in(run("check", "--format", "json", "--baseline", str(baseline), str(letter)))
    assert rules and "WRD001" in rules  # the new phrases show, the old ones do not
    assert run("check", "--baseline", str(tmp_path / "weg.json"), str(letter)).exit_code == 2


def test_a_renamed_folder_or_a_moved_letter_keeps_its_baseline(tmp_path):
    """The findings of a letter that only moved with its file are not new: the folder
    renamed (sjablonen/ became teksten/), or the letter put in another folder."""
    for folder in ("wmo", "afval"):
        (tmp_path / "sjablonen" / folder).mkdir(parents=True)
        (tmp_path / "sjablonen" / folder / f"{folder}-besluit.txt").write_text(BUREAUCRATIC)
    baseline = tmp_path / ".b1check-baseline.json"
    assert run("baseline", str(tmp_path / "sjablonen"), "-o", str(baseline)).exit_code == 0
    (tmp_path / "sjablonen").rename(tmp_path / "teksten")
    checked = json.loads(run("check", "--format", "json", "--baseline", str(baseline), str(tmp_path / "teksten")).output)
    assert [file["findings"] for file in checked["files"]] == [[], []]
    (tmp_path / "teksten" / "2026").mkdir()
    (tmp_path / "teksten" / "afval" / "afval-besluit.txt").rename(tmp_path / "teksten" / "2026" / "afval-besluit.txt")
    moved = tmp_path / "teksten" / "2026" / "afval-besluit.txt"
    assert rules_in(run("check", "--format", "json", "--baseline", str(baseline), str(moved))) == []


def test_a_letter_of_the_same_name_beside_the_old_one_is_new(tmp_path):
    """The letter of the baseline is still there: another letter of that name has its own findings."""
    for folder in ("wmo", "afval"):
        (tmp_path / folder).mkdir()
    (tmp_path / "wmo" / "besluit.txt").write_text(BUREAUCRATIC)
    baseline = tmp_path / ".b1check-baseline.json"
    assert run("baseline", str(tmp_path / "wmo"), "-o", str(baseline)).exit_code == 0
    (tmp_path / "afval" / "besluit.txt").write_text(BUREAUCRATIC)
    checked = json.loads(run("check", "--format", "json", "--baseline", str(baseline), str(tmp_path)).output)
    findings = {Path(file["path"]).parent.name: file["findings"] for file in checked["files"]}
    assert findings["wmo"] == [] and "WRD001" in [f["rule"] for f in findings["afval"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "dit baseline-bestand is geen UTF-8-tekst"),
        (b'{"version": 1,\n "files": {,}}', "geen JSON: fout op regel 2, kolom 12"),
        (b'{"version": 1, "files": {"brief.txt": 5}}', "bij 'brief.txt' hoort een tabel van meldingen"),
        (b'{"version": 1, "files": {"brief.txt": {"WRD001\\tverzoeken": "1"}}}', "bij 'brief.txt' hoort een tabel"),
        (None, "Dit is een pipe, geen gewoon bestand"),
        (b"[" * 100_000 + b"]" * 100_000, "dit is geen geldig baseline-bestand"),  # no RecursionError (fuzzing)
    ],
)
def test_a_baseline_b1check_cannot_use_is_a_dutch_error(tmp_path, content, message):
    import os
    import subprocess
    import sys

    baseline = tmp_path / "baseline.json"
    if content is None:
        os.mkfifo(baseline)
    else:
        baseline.write_bytes(content)
    letter = tmp_path / "brief.txt"
    letter.write_text(BUREAUCRATIC)
    result = subprocess.run([sys.executable, "-m", "b1check", "check", "--fast", "--baseline", str(baseline),
                             str(letter)], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
