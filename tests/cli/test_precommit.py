"""The pre-commit hook, end to end: a real `pre-commit` runs b1check from this repository.

pre-commit installs the hook in its own environment from PyPI, so this test
needs the network (or a pip cache) and takes a minute. It is skipped when
pre-commit or git is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.precommit,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd"),
    pytest.mark.skipif(find_spec("pre_commit") is None, reason="pre-commit is niet geïnstalleerd (pip install -e '.[test]')"),
]

# What pip needs to install b1check from the repository (see pyproject.toml).
PACKAGE_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "b1check", "wordlists"]

BUREAUCRATIC = """\
Beste {{ aanvrager.naam }},

Wij verzoeken u het formulier te retourneren. {% if te_laat %}Tevens zullen wij maatregelen nemen.{% endif %}

Met vriendelijke groet,

{{ medewerker.naam }}
"""


def git(*args: str, cwd: Path) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "b1check test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "b1check test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def snapshot_of_this_repository(target: Path) -> Path:
    """This working tree, committed in a repository of its own.

    `pre-commit try-repo` includes uncommitted changes to tracked files but not
    new files, so the files pip needs are copied as they are now.
    """
    target.mkdir()
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "snapshot", cwd=target)
    return target


def _pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1200
    )


def test_hook_fails_on_bureaucratic_template_and_passes_on_clean_one(tmp_path):
    hook_repo = snapshot_of_this_repository(tmp_path / "b1check")
    letters = tmp_path / "brieven"
    letters.mkdir()
    (letters / "ambtelijk.txt.j2").write_text(BUREAUCRATIC, encoding="utf-8")
    clean = (ROOT / "examples" / "sjabloon" / "ontvangstbevestiging.txt.j2").read_text(encoding="utf-8")
    (letters / "helder.txt.j2").write_text(clean, encoding="utf-8")
    git("init", "-q", cwd=letters)
    git("add", "-A", cwd=letters)
    home = tmp_path / "pre-commit-home"

    bad = _pre_commit("try-repo", str(hook_repo), "b1check", "--files", "ambtelijk.txt.j2", cwd=letters, home=home)
    if bad.returncode == 3 or "CalledProcessError" in bad.stdout + bad.stderr:
        pytest.skip(f"pre-commit kon de hook niet installeren (geen PyPI?): {(bad.stdout + bad.stderr)[-500:]}")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "ambtelijk.txt.j2:3:1: WRD001" in bad.stdout

    good = _pre_commit("try-repo", str(hook_repo), "b1check", "--files", "helder.txt.j2", cwd=letters, home=home)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


def test_manifest_is_valid():
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_hook_takes_every_text_file_b1check_reads_as_a_letter():
    import re

    from b1check.load.read import BINARY_SUFFIXES, LETTER_SUFFIXES

    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    pattern = re.compile(re.search(r"^\s*files:\s*(\S+)\s*$", manifest, re.M).group(1))
    for suffix in sorted(LETTER_SUFFIXES - set(BINARY_SUFFIXES) - {".eml"}):
        assert pattern.search(f"brieven/brief{suffix}"), suffix
    assert pattern.search("resources/views/mail.blade.php")
