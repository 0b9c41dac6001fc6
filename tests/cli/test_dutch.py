"""Everything the command line prints is Dutch: click's own texts, help pages, errors, output.

Each command runs as a user runs it (`python -m b1check …`, a process of its
own), and every word it prints is looked up in a small list of English words.
Option names (`--help`), file names, codes and format names are not words.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "bezwaar" / "origineel.txt"

# English words that click, Python or a careless message would print. None of them is Dutch.
ENGLISH = frozenset(
    """
    usage options option commands command arguments show this message exit invalid value values
    missing error errors warning warnings the and for with default required such file files directory
    found not does exist choose from version checked findings info path text integer range float string
    wording passive tone structure paragraph suppression abbreviation difficult nominal style got unexpected
    extra requires take takes mean possible aborted try unknown could permission denied space left
    device read only readable writable
    """.split()
)
# A token with one of these inside (after its punctuation is stripped) is an option, a path,
# a file name, a pattern or a placeholder, not a word.
NOT_A_WORD = re.compile(r"[-./\\_=:<>@#{}\[\]|+%0-9]")
COMMANDS = ["check", "config", "baseline", "rule", "rules", "fix", "review", "serve", "lsp", "audit"]


def b1check(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "b1check", *args],
        cwd=cwd, input=stdin or "", capture_output=True, text=True, timeout=300,
    )


def english_words(output: str) -> set[str]:
    found = set()
    for token in output.split():
        word = token.strip("'\"()[],.:;!?…→✓✗·")
        if word and not NOT_A_WORD.search(word) and word.lower() in ENGLISH:
            found.add(word)
    return found


def assert_dutch(result: subprocess.CompletedProcess) -> None:
    output = result.stdout + result.stderr
    assert output.strip(), "no output to look at"
    assert not english_words(output), f"English in the output:\n{output}"
    assert "Traceback" not in output


def test_the_scan_finds_english():
    assert english_words("Error: Invalid value for '--format': 'x' is not one of 'a'.") == {
        "Error", "Invalid", "value", "for", "not"
    }
    assert not english_words("b1check: Ongeldige waarde voor '--format'. Hulp: b1check check --help")


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_pages(command):
    result = b1check(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Gebruik: b1check")
    assert_dutch(result)


@pytest.mark.parametrize("args", [
    [],  # no command: the help page
    ["chek"],
    ["check", "--formaat", "json"],
    ["check", "--format", "xml", "brief.txt"],
    ["check", "--fail-on", "alles", "brief.txt"],
    ["check", "--format"],
    ["check", "--fast=1"],
    ["check", "--max-size", "veel", "brief.txt"],
    ["check", "--set", "lengte=3", "brief.txt"],
    ["check", "--fast", "--model", "b1check", "brief.txt"],
    ["check", "--config", "bestaat-niet.toml", "brief.txt"],
    ["check", "bestaat-niet.txt"],
    ["check", "--baseline", "bestaat-niet.json", "brief.txt"],
    ["rule"],
    ["rule", "XYZ999"],
    ["config", "een", "twee"],
    ["audit"],
    ["audit", "-j", "veel", "map"],
    ["audit", "--fail-under", "200", "map"],
    ["audit", "--html", ".", "map"],
    ["audit", "--csv", "map-bestaat-niet/rapport.csv", "."],
    ["serve", "--port", "70000"],
    ["serve", "--host", "0.0.0.0"],
    ["fix"],
    ["review", "brief.txt"],
    ["review", "-o", "kopie.docx", "een.docx", "twee.docx"],
    ["baseline", "leeg"],
])
def test_errors(args, tmp_path):
    (tmp_path / "leeg").mkdir()
    result = b1check(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert_dutch(result)


@pytest.mark.parametrize("args", [
    ["rules"],
    ["rule", "WRD001"],
    ["--version"],
    ["check", str(EXAMPLE), str(EXAMPLE.with_name("b1.txt"))],
    ["check", "--fast", "--format", "kort", str(EXAMPLE)],
    ["check", "--statistics", str(EXAMPLE)],
])
def test_output(args):
    assert_dutch(b1check(*args))


def test_output_of_a_folder_audit_and_baseline(tmp_path):
    (tmp_path / "brief.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert_dutch(b1check("audit", "--fast", "--no-progress", ".", cwd=tmp_path))
    assert_dutch(b1check("baseline", "-o", "baseline.json", ".", cwd=tmp_path))
    assert_dutch(b1check("fix", "--diff", "brief.txt", cwd=tmp_path))


def test_config_comments():
    # The rest of `config` is configuration syntax: its keys and values are the file's own.
    result = b1check("config")
    comments = "\n".join(line for line in result.stdout.splitlines() if line.startswith("#"))
    assert comments
    assert not english_words(comments), comments
