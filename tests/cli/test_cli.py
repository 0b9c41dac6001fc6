"""The command line, as a user calls it: exit codes, output shapes, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check.cli import cli

from tests.helpers import record_groups

BUREAUCRATIC = "Wij verzoeken u het formulier te retourneren.\n"


def run(*args, input=None):
    runner = CliRunner()
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(BUREAUCRATIC, encoding="utf-8")
    return path


def test_text_output_has_path_line_column_code_and_suggestion(letter):
    result = run("check", str(letter))
    assert result.exit_code == 1
    assert f"{letter}:1:1: WRD001 " in result.output
    assert "'Wij verzoeken u' → Wij vragen u" in result.output
    assert "B1: " in result.output and "Contact: " in result.output


def test_json_shape(letter):
    result = run("check", "--format", "json", str(letter))
    data = json.loads(result.output)
    (file,) = data["files"]
    assert set(file) >= {"path", "metrics", "verdict", "contact", "findings"}
    assert set(file["verdict"]) == {"b1", "reasons", "notes"}
    lint = file["metrics"]["lint"]
    assert lint["available"] is True
    assert lint["level"] in (1, 2, 3, 4)
    assert set(lint["features"]) == {
        "word_frequency", "dependency_length", "content_words_per_clause", "concrete_noun_share"
    }
    assert set(file["contact"]) == {"named_person", "phone", "email"}
    finding = file["findings"][0]
    assert set(finding) == {"rule", "category", "severity", "line", "column", "start", "end",
                            "text", "message", "suggestions", "advice", "fix", "matched"}
    assert BUREAUCRATIC[finding["start"] : finding["end"]] == finding["text"]


def test_stdin_and_stdin_name():
    result = run("check", "--format", "json", "--stdin-name", "brief.html", input="<p>Wij verzoeken u.</p>")
    data = json.loads(result.output)
    assert data["files"][0]["path"] == "brief.html"
    wording = [f for f in data["files"][0]["findings"] if f["rule"] == "WRD001"]
    assert wording[0]["text"] == "Wij verzoeken u" and wording[0]["column"] == 4
    assert wording[0]["matched"] == "verzoeken"


def test_closed_standard_input_is_a_read_error_in_dutch(letter):
    result = subprocess.run(["sh", "-c", f'exec "{sys.executable}" -m b1check check --fast - "{letter}" <&-'],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert "Er is geen standaardinvoer (die is gesloten)" in result.stdout
    assert "WRD001" in result.stdout  # the named letter is still checked


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's disk that is always full")
def test_output_to_a_full_disk_is_an_error_in_dutch(letter):
    for command in (["rules"], ["check", "--fast", str(letter)]):
        with open("/dev/full", "w") as full:
            result = subprocess.run([sys.executable, "-m", "b1check", *command], stdout=full, stderr=subprocess.PIPE,
                                    text=True, timeout=120)
        assert result.returncode == 2, command  # not 1: that would say "findings"
        assert "Traceback" not in result.stderr
        assert "b1check: de uitvoer kan niet geschreven worden (de schijf is vol)." in result.stderr


def test_closed_or_broken_standard_output_ends_without_a_traceback(letter):
    closed = subprocess.run(["sh", "-c", f'exec "{sys.executable}" -m b1check check --fast --format json "{letter}" >&-'],
                            capture_output=True, text=True, timeout=120)
    assert closed.returncode == 1 and closed.stderr == ""  # the exit code still tells: findings
    reader, writer = os.pipe()
    os.close(reader)  # a reader that is gone: every write is a broken pipe
    try:
        broken = subprocess.run([sys.executable, "-m", "b1check", "rules"], stdout=writer, stderr=subprocess.PIPE,
                                text=True, timeout=120)
    finally:
        os.close(writer)
    assert broken.returncode != 0 and broken.stderr == ""  # click's own exit for a reader that went away


def test_bad_files_are_listed_and_the_rest_is_checked(letter, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    result = run("check", str(tmp_path / "weg.txt"), str(letter), str(empty), str(binary))
    assert result.exit_code == 2
    assert "WRD001" in result.output  # the good file was still checked
    assert "Niet gelezen (3):" in result.output
    for reason in ("bestaat niet", "leeg", "geen tekstbestand"):
        assert reason in result.output
    assert "Traceback" not in result.output


def _letters(tmp_path, count):
    """`count` different letters, one of them long enough to need a group of its own."""
    paths = []
    for number in range(count):
        path = tmp_path / f"brief{number:02}.txt"
        body = "Uw aanvraag wordt door ons in behandeling genomen. " * (1 + number % 4)
        if number == 3:
            body *= 400  # more than analyse.BATCH_CHARACTERS on its own
        path.write_text(f"Geachte heer Jansen,\n\n{body}\nWij verzoeken u te bellen.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _findings(output):
    files = json.loads(output)["files"]
    return [(file["path"], f["rule"], f["line"], f["column"], f["message"]) for file in files for f in file["findings"]]


def test_many_files_are_checked_together_with_the_same_results(tmp_path, monkeypatch):
    from b1check.language import analyse

    paths = _letters(tmp_path, analyse.BATCH + 3)
    alone = [_findings(run("check", "--format", "json", str(p)).output) for p in paths]
    groups = record_groups(monkeypatch)
    together = run("check", "--format", "json", *map(str, paths))
    assert _findings(together.output) == [f for findings in alone for f in findings]
    assert max(groups) > 1  # the letters really went through the pipeline together
    assert sum(size for size in groups if size > 1) < len(paths)  # the long letter went alone


def test_a_group_that_fails_is_checked_letter_by_letter(tmp_path, monkeypatch):
    paths = _letters(tmp_path, 6)
    expected = _findings(run("check", "--format", "json", *map(str, paths)).output)
    groups = record_groups(monkeypatch, fail=True)
    result = run("check", "--format", "json", *map(str, paths))
    assert _findings(result.output) == expected
    assert max(groups) > 1  # the group was tried


def test_a_file_that_breaks_the_check_does_not_stop_the_others(tmp_path, monkeypatch):
    from b1check import check

    paths = _letters(tmp_path, 5)
    real = check.report_on

    def report_on(analysis, path, settings):
        if path == str(paths[1]):
            raise RuntimeError("stuk")
        return real(analysis, path, settings)

    monkeypatch.setattr(check, "report_on", report_on)
    result = run("check", *map(str, paths))
    assert result.exit_code == 2
    assert "Niet gelezen (1):" in result.output and "interne fout" in result.output
    assert all(f"{p}:" in result.output for p in paths if p != paths[1])


def test_fail_on_and_select(letter):
    assert run("check", "--fail-on", "error", "--select", "WRD", str(letter)).exit_code in (0, 1)
    result = run("check", "--select", "ABR", "--format", "json", str(letter))
    assert all(f["rule"].startswith("ABR") for f in json.loads(result.output)["files"][0]["findings"])


def test_set_changes_a_limit(tmp_path):
    path = tmp_path / "zin.txt"
    path.write_text("Wij sturen u vandaag een brief met daarin alle informatie over de nieuwe regels voor het parkeren in uw straat.\n")
    strict = json.loads(run("check", "--format", "json", "--set", "long_sentence_words=10", str(path)).output)
    assert any(f["rule"] == "LEN001" for f in strict["files"][0]["findings"])
    loose = json.loads(run("check", "--format", "json", str(path)).output)
    assert not any(f["rule"].startswith("LEN") for f in loose["files"][0]["findings"])


def test_bad_option_values_are_dutch_errors(letter):
    result = subprocess.run([sys.executable, "-m", "b1check", "check", "--set", "onzin=3", str(letter)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "geen instelling" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "XYZ,WRD,QQ"], "'XYZ', 'QQ' zijn geen regelcodes"),
        (["--ignore", "xyz"], "'XYZ' is geen regelcode"),
        (["--max-size", "0"], "'0' kan niet; geef een heel getal van 1 tot en met"),
        (["--max-size", "-5"], "'-5' kan niet"),
        (["--max-size", "999999999999999999"], "'999999999999999999' kan niet"),
        (["--set", "long_sentence_words=-5"], "'-5' mag niet negatief zijn"),
        (["--set", "long_sentence_words=0"], "'0' moet minstens 1 zijn"),
        (["--set", "min_flesch_douma=nan"], "'nan' is geen getal"),
        (["--set", "long-sentence-words=20.5"], "long_sentence_words: '20.5' moet een heel getal zijn"),
        (["--set", "min_sentences=1e1"], "moet een heel getal zijn"),
        (["--set", "long-sentence-words=twintig"], "'twintig' is geen getal"),
        (["--set", "max_long_sentence_share=inf"], "'inf' is geen getal"),
    ],
)
@pytest.mark.parametrize("command", ["check", "audit"])
def test_values_that_make_no_sense_are_refused_in_dutch(letter, command, args, message):
    result = run(command, "--fast", *args, str(letter))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_fail_under_nan_is_refused(letter):
    result = run("audit", "--fast", "--fail-under", "nan", str(letter))
    assert result.exit_code == 2 and "'nan' is geen getal" in result.output


def test_missing_model_is_a_clear_error(letter):
    result = subprocess.run([sys.executable, "-m", "b1check", "check", "--model", "nl_bestaat_niet", str(letter)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "niet geïnstalleerd" in result.stderr


def test_rule_explains_itself():
    result = run("rule", "wrd001")
    assert result.exit_code == 0
    for heading in ("Wat valt op", "Waarom is dat lastig", "Voorbeeld", "Beter"):
        assert heading in result.output
    assert run("rule", "XYZ999").exit_code == 2


def test_rules_lists_every_code():
    from b1check.rules import rule_info

    output = run("rules").output
    assert all(code in output for code in rule_info())


# --- folders ------------------------------------------------------------------


@pytest.fixture
def templates(tmp_path):
    """A folder of templates as a team keeps it: letters, other files, a draft folder to leave out."""
    folder = tmp_path / "sjablonen"
    (folder / "wmo").mkdir(parents=True)
    (folder / "concepten").mkdir()
    (folder / "ontvangst.txt.j2").write_text(BUREAUCRATIC, encoding="utf-8")
    (folder / "wmo" / "besluit.md").write_text(BUREAUCRATIC, encoding="utf-8")
    (folder / "concepten" / "oud.txt").write_text(BUREAUCRATIC, encoding="utf-8")
    (folder / "maak.py").write_text("print('Wij verzoeken u')\n", encoding="utf-8")
    (folder / ".b1checkignore").write_text("concepten/\n", encoding="utf-8")
    return folder


def _paths(result) -> list[str]:
    return sorted(file["path"] for file in json.loads(result.output)["files"])


def test_check_walks_a_folder_as_audit_does(templates):
    result = run("check", "--format", "json", str(templates))
    assert result.exit_code == 1
    assert _paths(result) == [str(templates / "ontvangst.txt.j2"), str(templates / "wmo" / "besluit.md")]
    excluded = run("check", "--format", "json", "--exclude", "wmo/", str(templates))
    assert _paths(excluded) == [str(templates / "ontvangst.txt.j2")]


def test_check_and_baseline_read_a_folders_readme_only_when_asked(templates, tmp_path):
    (templates / "README.md").write_text("# Sjablonen\n\nWij verzoeken u deze map netjes te houden.\n", encoding="utf-8")
    (templates / "wmo" / "LICENSE.txt").write_text("Wij verzoeken u de licentie te lezen.\n", encoding="utf-8")
    letters = [str(templates / "ontvangst.txt.j2"), str(templates / "wmo" / "besluit.md")]
    docs = [str(templates / "README.md"), str(templates / "wmo" / "LICENSE.txt")]
    assert _paths(run("check", "--format", "json", str(templates))) == letters
    assert _paths(run("check", "--format", "json", "--include-docs", str(templates))) == sorted(letters + docs)
    target = tmp_path / "baseline.json"
    for extra, read in (((), 2), (("--include-docs",), 4)):
        result = run("baseline", *extra, str(templates), "-o", str(target))
        assert result.exit_code == 0, result.output
        assert len(json.loads(target.read_text(encoding="utf-8"))["files"]) == read
    assert "sjablonen/README.md" in json.loads(target.read_text(encoding="utf-8"))["files"]


def test_the_commands_that_walk_folders_share_their_options():
    from b1check.cli.audit import audit
    from b1check.cli.baseline import write_baseline_command
    from b1check.cli.check import check

    def option(command, name):
        (found,) = [p for p in command.params if name in p.opts]
        return found.help, found.is_flag, found.multiple

    for name in ("--exclude", "--include-docs"):
        assert option(check, name) == option(write_baseline_command, name) == option(audit, name)


def test_a_letter_named_twice_is_checked_once(templates):
    result = run("check", "--format", "json", str(templates), str(templates / "ontvangst.txt.j2"))
    assert len(_paths(result)) == 2


def test_a_folder_without_letters_is_an_error(tmp_path):
    (tmp_path / "leeg").mkdir()
    (tmp_path / "leeg" / "notities.py").write_text("x = 1\n", encoding="utf-8")
    result = run("check", str(tmp_path / "leeg"))
    assert result.exit_code == 2
    assert "In deze map staan geen brieven" in result.output


def test_a_file_left_out_on_purpose_is_no_error(templates):
    # A pre-commit hook names every changed file, the ignored ones too.
    result = run("check", str(templates / "concepten" / "oud.txt"))
    assert result.exit_code == 0
    assert "niets te controleren" in result.output


def test_baseline_of_a_folder(templates, tmp_path):
    target = tmp_path / "baseline.json"
    result = run("baseline", str(templates), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert set(json.loads(target.read_text(encoding="utf-8"))["files"]) == {
        "sjablonen/ontvangst.txt.j2", "sjablonen/wmo/besluit.md"
    }
    assert "in 2 bestanden opgeslagen" in result.output
    checked = run("check", "--format", "json", "--baseline", str(target), str(templates))
    assert all(not file["findings"] for file in json.loads(checked.output)["files"])


def test_baseline_of_nothing_is_an_error_and_writes_nothing(tmp_path):
    (tmp_path / "leeg").mkdir()
    target = tmp_path / "baseline.json"
    result = run("baseline", str(tmp_path / "leeg"), "-o", str(target))
    assert result.exit_code == 2
    assert not target.exists()
    assert "niet geschreven" in result.output


def test_baseline_that_cannot_be_written_says_why(letter, tmp_path):
    result = run("baseline", str(letter), "-o", str(tmp_path / "weg" / "baseline.json"))
    assert result.exit_code == 2
    assert "kan niet schrijven (de map of het bestand bestaat niet)" in result.output


def test_stdin_over_the_limit_is_refused_not_cut_off():
    letter = "Geachte heer,\n\nWij verzoeken u het formulier te retourneren.\n\nJan de Vries\n"
    result = run("check", "--fast", "--max-size", "1", "-", input="x" * 2000 + "\n" + letter)
    assert result.exit_code == 2
    assert "<stdin>: De tekst op standaardinvoer is te groot: langer dan de grens van 1 kB." in result.output
    assert "B1: ja" not in result.output and "B1: nee" not in result.output
    # exactly at the limit it is read whole
    assert run("check", "--fast", "--max-size", "1", "-", input=letter.ljust(1024)).exit_code in (0, 1)


@pytest.mark.parametrize("command, option, value, said", [
    ("audit", "--timeout", "99999999999999999999", "geef een getal van 0 tot en met 86400 seconden"),
    ("audit", "--timeout", "-1", "'-1' kan niet; geef een getal van 0 tot en met 86400 seconden."),
    ("audit", "--timeout", "nan", "'nan' is geen getal"),
    ("audit", "--fail-under", "200", "'200' kan niet; geef een getal van 0 tot en met 100 procent."),
    ("audit", "--jobs", "-1", "'-1' kan niet; geef een heel getal van 0 of meer."),
    ("audit", "--jobs", "1.5", "'1.5' is geen heel getal."), ("check", "--max-size", "1.5", "'1.5' is geen heel getal."),
    ("check", "--max-size", "999999999999999999", "van 1 tot en met 1048576"), ("check", "--max-size", "0", "van 1 tot en met 1048576"),
    ("audit", "--max-size", "-5", "van 1 tot en met 1048576"),
])
def test_numbers_out_of_range_are_refused_before_any_work(tmp_path, command, option, value, said):
    # click's own words are Dutch when b1check runs as a program (tests/cli/test_click_texts.py); here the range counts
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer,\n\nWij sturen u een formulier.\n\nJan de Vries\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [command, "--fast", option, value, str(letter)])
    assert result.exit_code == 2 and f"'{option}'" in result.output and said in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "<=" not in result.output and ">=" not in result.output


@pytest.mark.parametrize("value, said", [("70000", "'70000' kan niet; geef een heel getal van 0 tot en met 65535."),
                                         ("80.5", "'80.5' is geen heel getal.")])
def test_a_port_out_of_range_is_refused_in_dutch(value, said):
    result = CliRunner().invoke(cli, ["serve", "--port", value])
    assert result.exit_code == 2 and said in result.output and "<=" not in result.output, result.output


def test_a_size_limit_in_the_configuration_has_a_ceiling(tmp_path):
    (tmp_path / "b1check.toml").write_text("max-size = 99999999999999\n")
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer,\n\nWij sturen u een formulier.\n\nJan de Vries\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--fast", "--config", str(tmp_path / "b1check.toml"), str(letter)])
    assert result.exit_code == 2 and "van 1 tot en met 1048576" in result.output and "interne fout" not in result.output


# A file named on the command line that cannot be read: each command lists it and goes on with the others.
# "Geen toegang" is simulated, because root (as tests often run) may read every file.
NAMED_UNREADABLE = {
    "geen-toegang": "b1check mag dit bestand niet lezen (geen toegang)",
    "kringverwijzing": "te veel doorverwijzingen (symbolische koppelingen) achter elkaar",
    "kapotte-koppeling": "Dit bestand bestaat niet",
}


def _unreadable(tmp_path, kind: str, monkeypatch, suffix: str):
    import errno
    import os

    bad = tmp_path / f"{kind}{suffix}"
    if kind == "geen-toegang":
        bad.write_text(BUREAUCRATIC, encoding="utf-8")
        real_access, real_open = os.access, os.open

        def access(path, mode, *args, **kwargs):
            return False if os.fspath(path) == str(bad) else real_access(path, mode, *args, **kwargs)

        def refuse(path, *args, **kwargs):
            if not isinstance(path, int) and os.fspath(path) == str(bad):
                raise PermissionError(errno.EACCES, "Permission denied", str(bad))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
        monkeypatch.setattr(os, "open", refuse)
    elif kind == "kringverwijzing":
        other = tmp_path / f"ander{suffix}"
        bad.symlink_to(other)
        other.symlink_to(bad)
    else:
        bad.symlink_to(tmp_path / "weg.txt")
    return bad


@pytest.mark.parametrize("kind", NAMED_UNREADABLE)
@pytest.mark.parametrize("command", ["check", "audit", "fix", "baseline", "review"])
def test_a_named_file_that_cannot_be_read_is_listed_and_the_others_are_done(tmp_path, monkeypatch, command, kind):
    from tests.letter_files import make_docx

    suffix = ".docx" if command == "review" else ".txt"
    bad = _unreadable(tmp_path, kind, monkeypatch, suffix)
    good = tmp_path / f"goed{suffix}"
    text = "Tevens verzoeken wij u het formulier te retourneren.\n"
    if command == "review":
        good.write_bytes(make_docx(text))
    else:
        good.write_text(text, encoding="utf-8")
    extra = {"check": ["--fast"], "audit": ["--fast", "-j", "1"], "baseline": ["-o", str(tmp_path / "b.json")]}
    result = run(command, *extra.get(command, []), str(bad), str(good))
    assert "Traceback" not in result.output
    assert NAMED_UNREADABLE[kind] in result.output
    # audit's exit code is 0 unless no letter at all was read (README), the others say 2
    assert result.exit_code == (0 if command == "audit" else 2), result.output
    done = {
        "check": lambda: "WRD001" in result.output,
        "audit": lambda: "1 brief gecontroleerd" in result.output,
        "fix": lambda: good.read_text(encoding="utf-8").startswith("Ook "),
        "baseline": lambda: "goed.txt" in (tmp_path / "b.json").read_text(encoding="utf-8"),
        "review": lambda: (tmp_path / "goed.b1check.docx").is_file(),
    }
    assert done[command](), result.output


@pytest.mark.parametrize("command", ["fix", "review"])
def test_a_folder_named_where_a_file_is_expected_is_listed_and_the_others_are_done(tmp_path, command):
    from tests.letter_files import make_docx

    suffix = ".docx" if command == "review" else ".txt"
    (tmp_path / f"map{suffix}").mkdir()
    good = tmp_path / f"goed{suffix}"
    if command == "review":
        good.write_bytes(make_docx(BUREAUCRATIC))
    else:
        good.write_text("Tevens verzoeken wij u.\n", encoding="utf-8")
    result = run(command, str(tmp_path / f"map{suffix}"), str(good))
    assert result.exit_code == 2
    assert "Dit is een map, geen bestand." in result.output
    assert (tmp_path / "goed.b1check.docx").is_file() if command == "review" else good.read_text().startswith("Ook ")


def test_a_file_over_the_time_limit_is_listed_as_not_checked_and_the_rest_is_checked(tmp_path, monkeypatch):
    """A fake slow file: its check raises what the alarm raises, so no real time passes."""
    from b1check import check

    paths = _letters(tmp_path, 3)
    limits = []
    real_time_limit, real_report_on = check.time_limit, check.report_on

    def time_limit(seconds):
        limits.append(seconds)
        return real_time_limit(0)  # no real alarm: the slow file below says it is over its time

    def report_on(analysis, path, settings):
        if path == str(paths[1]):
            raise check.LetterTimeout
        return real_report_on(analysis, path, settings)

    monkeypatch.setattr(check, "time_limit", time_limit)
    monkeypatch.setattr(check, "report_on", report_on)
    result = run("check", "--fast", "--timeout", "2.5", *map(str, paths))
    assert result.exit_code == 2
    assert f"Niet gelezen (1):\n  {paths[1]}: Het controleren duurde te lang (meer dan 2,5 seconden); " \
           "b1check is gestopt. Meer tijd geven kan met --timeout." in result.output
    assert all(f"{p}:" in result.output for p in (paths[0], paths[2]))
    assert limits and set(limits) == {2.5}  # every step of every file has the limit of --timeout


def test_check_has_no_time_limit_by_default_and_takes_one_when_asked(tmp_path, monkeypatch):
    # (audit keeps its 60 s: one letter may not hold up an archive; check waits unless asked)
    from b1check import check

    paths = _letters(tmp_path, 2)
    limits = []
    real_time_limit = check.time_limit
    monkeypatch.setattr(check, "time_limit", lambda seconds: limits.append(seconds) or real_time_limit(0))
    assert run("check", "--fast", *map(str, paths)).exit_code in (0, 1)
    assert set(limits) == {0}
    limits.clear()
    assert run("check", "--fast", "--timeout", "2,5", *map(str, paths)).exit_code in (0, 1)
    assert set(limits) == {2.5}



def test_many_one_letter_lines_are_all_checked_and_nothing_is_dropped(tmp_path):
    """The hostile shape of 4 MB of one-letter lines (benchmarks/scaling.py, case 4), smaller."""
    path = tmp_path / "regels.txt"
    path.write_text("a\n" * 3000, encoding="utf-8")
    result = run("check", "--fast", "--format", "json", "--timeout", "0", str(path))
    assert result.exit_code == 1
    checked = json.loads(result.output)["files"][0]
    assert checked["metrics"]["words"] == 3000  # every line counts
    long = sorted((f["start"], f["end"], f["line"]) for f in checked["findings"] if f["rule"] == "LEN002")
    # the sentences of 300 words follow each other from the first line to the last: no text is left out
    assert long[0][2] == 1 and long[-1][1] == 2 * 3000 - 1
    assert all(end < next_start <= end + 1 for (_, end, _), (next_start, _, _) in zip(long, long[1:]))


def test_config_of_a_file_that_does_not_exist_says_so(tmp_path):
    result = run("config", str(tmp_path / "nergens.txt"))
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_a_setting_without_a_value_is_told_how_to_write_it(letter):
    result = run("check", "--fast", "--set", "long_sentence_words", str(letter))
    assert result.exit_code == 2 and "heeft geen waarde" in result.output and "long_sentence_words=25" in result.output


def test_review_of_a_folder_says_it_is_a_folder_whatever_its_name(tmp_path):
    (tmp_path / "brieven.txt").mkdir()
    result = run("review", str(tmp_path / "brieven.txt"))
    assert result.exit_code == 2 and "Dit is een map, geen bestand." in result.output


@pytest.mark.parametrize("form", ["kort", "tekst"])
def test_a_line_break_in_a_file_name_keeps_each_finding_on_one_line(tmp_path, form):
    path = tmp_path / "brief\nkopie.txt"
    path.write_text(BUREAUCRATIC, encoding="utf-8")
    lines = [line for line in run("check", "--fast", "--format", form, str(path)).output.splitlines() if "WRD001" in line]
    assert lines and all(line.startswith(str(tmp_path) + "/brief\\nkopie.txt:1:") for line in lines)


def test_a_time_limit_under_a_tenth_of_a_second_is_shown_as_it_is():
    from b1check.check import seconds

    assert seconds(0.001) == "0,001 seconden" and seconds(0.5) == "0,5 seconden" and seconds(60) == "60 seconden"
