"""What each command loads: a command that checks no letter imports no language pipeline.

How long start-up takes is measured by benchmarks/startup.py; these tests
only check what gets imported, which is the same on a quiet and a busy machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "numpy", "thinc", "wordfreq", "textstat", "nltk", "srsly", "pyarrow", "pygls", "flask", "jinja2")


def imported_by(code: str, names: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of `names` (the heavy packages) are in sys.modules after `code` ran in a fresh interpreter."""
    script = (
        "import json, sys\n"
        f"{code}\n"
        f"print(json.dumps(sorted(m for m in {names!r} if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def command(*args: str) -> str:
    return (
        "from b1check.cli import main\n"
        f"sys.argv = ['b1check', *{list(args)!r}]\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass"
    )


def test_import_b1check_loads_no_pipeline():
    assert imported_by("import b1check") == []


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["rule", "WRD001"], ["config"], ["check", "--help"]])
def test_commands_that_check_no_letter_load_no_pipeline(args):
    assert imported_by(command(*args)) == []


# What `check --fast` on a .txt letter never needs: the readers of the other
# formats, the engines of the other commands, the data of the parsed check.
NOT_FOR_A_TEXT_LETTER = (
    "docx", "odf", "pypdf",  # .docx, .odt, .pdf letters
    "dask", "distributed",  # audit --scheduler
    "pygls", "lsprotocol",  # b1check lsp
    "flask", "werkzeug",  # b1check serve
    "b1check.audit.run", "b1check.review", "b1check.web", "b1check.lsp",
    "lint_ii",  # LiNT-II needs the parse
    "wordfreq",  # read from the word tables in the cache folder, once they are built
    "nltk",
)


def test_a_fast_check_of_a_text_letter_loads_only_what_it_needs():
    letter = "examples/parkeervergunning/origineel.txt"
    # The first check builds the word tables in the cache folder (it may import wordfreq for that).
    subprocess.run([sys.executable, "-m", "b1check", "check", "--fast", letter], cwd=ROOT, capture_output=True,
                   timeout=300, check=False)
    loaded = imported_by(command("check", "--fast", letter), names=(*NOT_FOR_A_TEXT_LETTER, "spacy"))
    assert loaded == ["spacy"]  # it did check the letter


def test_a_fast_check_loads_no_english_dictionary():
    # textstat imports nltk for English syllables only; b1check counts Dutch ones.
    loaded = imported_by("import b1check\nb1check.check_text('Wij verzoeken u het formulier te retourneren.', "
                         "b1check.Settings(model=None))")
    assert "spacy" in loaded and "textstat" in loaded and "nltk" not in loaded


def test_nltk_still_works_after_textstat_was_imported_without_it():
    code = (
        "from b1check.score.metrics import syllables\n"
        "assert syllables('gemeente') == 3\n"
        "import nltk, textstat.backend.utils._get_cmudict as cmudict\n"
        "assert nltk.__name__ == 'nltk' and hasattr(nltk, 'data')\n"
        "assert cmudict.nltk.data is nltk.data  # textstat's English path finds the real nltk"
    )
    assert "nltk" in imported_by(code)
