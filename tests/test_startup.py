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
HEAVY = ("spacy", "numpy", "thinc", "wordfreq", "textstat", "nltk", "srsly", "pyarrow", "pygls", "flask")


def imported_by(code: str) -> list[str]:
    """The heavy packages in sys.modules after `code` ran in a fresh interpreter."""
    script = (
        "import json, sys\n"
        f"{code}\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
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
