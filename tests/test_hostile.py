"""Hostile and pathological input (issue 15): every case is checked, or refused with a
Dutch reason; never a traceback, never a hang.

The corpus is built from code (tests/hostile.py). How long each case takes is
measured by benchmarks/scaling.py, not here: the time limit in these tests is
wide and only catches a hang.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b1check.check import check_path, check_text
from b1check.load import InputError, load_bytes
from b1check.model import FileReport, ReadError
from b1check.settings import Settings
from tests.hostile import CASES, LETTER, is_dutch_reason, make_special, write_cases

ROOT = Path(__file__).resolve().parent.parent
SCALE = 0.2  # of the sizes: the cases stay the same kind, the suite stays quick
HANG = 120  # seconds: far beyond what any case takes (see benchmarks/scaling.py)
FAST = Settings(model=None)


@contextmanager
def hang_guard(seconds: int = HANG):
    def hung(signum, frame):
        raise TimeoutError(f"no answer in {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return write_cases(tmp_path_factory.mktemp("vijandig"), SCALE)


def _checked(path: Path, settings: Settings = FAST) -> FileReport | ReadError:
    with hang_guard():
        result = check_path(str(path), settings)
    if isinstance(result, ReadError):
        assert is_dutch_reason(result.reason), result.reason
    else:
        assert isinstance(result, FileReport)
    return result


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_hostile_file_is_checked_or_refused_in_dutch(corpus, case):
    _checked(corpus[case.name])


def test_runs_without_spaces_are_read_and_named(corpus):
    for name in ("emoji.txt", "woord.txt", "haakjes.txt", "letters-emoji.txt", "markdown-links.md"):
        report = _checked(corpus[name])
        assert isinstance(report, FileReport), name
        assert "DIF003" in {finding.rule for finding in report.findings}, name


def test_a_text_over_spacys_max_length_is_checked(tmp_path, monkeypatch):
    """A text longer than the pipeline takes at once goes through it in pieces (the full
    1.3 MB case, parsed, is in benchmarks/scaling.py: it takes minutes)."""
    from b1check.language.analyse import pipeline

    monkeypatch.setattr(pipeline("b1check"), "max_length", 20_000)
    path = tmp_path / "lang.txt"
    path.write_bytes(next(case for case in CASES if case.name == "lang.txt").make(0.05))  # 65,000 characters
    report = _checked(path, Settings())
    assert isinstance(report, FileReport) and report.metrics.lint.available


def test_a_nul_anywhere_is_refused_the_same_way_in_every_text_format(corpus):
    reasons = {name: _checked(corpus[name]) for name in ("nul-laat.txt", "nul-laat.md", "nul-laat.html", "nul-laat.eml")}
    assert all(isinstance(result, ReadError) for result in reasons.values()), reasons
    assert len({result.reason for result in reasons.values()}) == 1
    assert "binaire gegevens" in next(iter(reasons.values())).reason


def test_utf16_and_utf32_with_a_byte_order_mark_read_as_the_utf8_letter(corpus, tmp_path):
    plain = tmp_path / "utf8.txt"
    plain.write_text(LETTER, encoding="utf-8")
    expected = [(f.rule, f.line, f.column, f.text) for f in _checked(plain).findings]
    for name in ("utf16.txt", "utf16-be.txt", "utf32.txt"):
        report = _checked(corpus[name])
        assert [(f.rule, f.line, f.column, f.text) for f in report.findings] == expected, name
    without = _checked(corpus["utf16-zonder-bom.txt"])
    assert isinstance(without, ReadError) and "UTF-16 zonder BOM" in without.reason


def test_files_that_are_not_regular_files_are_refused_without_waiting(tmp_path):
    specials, sockets = make_special(tmp_path)
    try:
        for kind, path in specials.items():
            result = _checked(path)
            assert isinstance(result, ReadError) and "geen gewoon bestand" in result.reason, kind
        assert "pipe" in _checked(specials["fifo"]).reason
        if os.path.exists("/dev/zero"):
            assert "apparaat" in _checked(Path("/dev/zero")).reason
    finally:
        for server in sockets:
            server.close()


def _b1check(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "b1check", *args],
        capture_output=True, text=True, timeout=HANG * 4, cwd=cwd or ROOT, stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vijandig-klein")
    paths = write_cases(folder, 0.02)
    specials, sockets = make_special(folder)
    yield folder, {**paths, **specials}
    for server in sockets:
        server.close()


def test_check_on_every_hostile_file_ends_with_an_exit_code_and_no_traceback(small_corpus):
    folder, paths = small_corpus
    result = _b1check("check", "--fast", "--format", "json", *map(str, paths.values()))
    assert result.returncode == 2  # some files cannot be read
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    read = {Path(entry["path"]).name for entry in json.loads(result.stdout)["files"]}
    refused = {Path(line.removeprefix("b1check: ").split(": ")[0]).name for line in result.stderr.splitlines()}
    assert read | refused == {path.name for path in paths.values()}
    for line in result.stderr.splitlines():
        assert is_dutch_reason(line.split(": ", 2)[-1]), line


def test_audit_over_every_hostile_file_lists_each_one(small_corpus, tmp_path):
    folder, paths = small_corpus
    report = tmp_path / "rapport.json"
    result = _b1check("audit", "--fast", "--jobs", "2", "--no-progress", str(folder), "--json", str(report))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Niet gelezen" in result.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    read = {Path(entry["path"]).name for entry in data["files"]}
    refused = {Path(error["path"]).name: error["reason"] for error in data["errors"]}
    assert read | set(refused) == {path.name for path in paths.values()}
    assert all(is_dutch_reason(reason) for reason in refused.values()), refused
    assert "pipe" in refused["brief-fifo.txt"]


def _undecodable_names(folder: Path) -> list[Path]:
    """A letter and a binary file whose names are no UTF-8 (Latin-1 bytes, as in an old archive from Windows)."""
    letter = folder / os.fsdecode(b"brief-gem\xe9ente.txt")
    letter.write_text(LETTER, encoding="utf-8")
    broken = folder / os.fsdecode(b"kapot-\xff.txt")
    broken.write_bytes(b"a\x00b")
    return [letter, broken]


@pytest.mark.skipif(sys.platform != "linux", reason="a name that is no UTF-8 is refused on macOS and Windows")
def test_a_name_that_is_no_utf8_shows_as_unknown_characters_in_every_report(tmp_path):
    folder = tmp_path / "archief"
    folder.mkdir()
    _undecodable_names(folder)
    for output_format in ("tekst", "kort", "json", "json-lines", "sarif", "github", "junit"):
        result = _b1check("check", "--fast", "--format", output_format, str(folder))
        assert result.returncode == 2 and "Traceback" not in result.stderr, (output_format, result.stderr)
        shown = result.stdout.replace("%EF%BF%BD", "\ufffd") + result.stderr  # SARIF: a URI
        assert "gem\ufffdente" in shown and "kapot-\ufffd" in shown, output_format
    reports = {kind: tmp_path / f"rapport.{kind}" for kind in ("html", "csv", "json", "jsonl")}
    result = _b1check("audit", "--fast", "--no-progress", str(folder),
                      *(argument for kind, path in reports.items() for argument in (f"--{kind}", str(path))))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    for path in reports.values():
        text = path.read_text(encoding="utf-8")  # valid UTF-8
        assert "gem\ufffdente" in text and "kapot-\ufffd" in text, path.name
    again = _b1check("audit", "--fast", "--no-progress", str(folder), "--baseline", str(reports["json"]))
    assert again.returncode == 0, again.stderr


# --- random input ------------------------------------------------------------------------------

_HOSTILE_ALPHABET = st.sampled_from(
    list("ab Z.,;:!?()[]{}<>%#@«»&*_-/\\\"'\n\t\r\x00\x01") + ["😀", "{%", "{{", "<!--", "](", "é", "\u00a0", "\u200b"]
)
_HOSTILE_TEXT = st.one_of(st.text(max_size=3000), st.lists(_HOSTILE_ALPHABET, max_size=1500).map("".join))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE_TEXT)
def test_random_text_is_checked_or_refused_in_dutch_fast(text):
    with hang_guard():
        try:
            check_text(text, FAST)
        except InputError as error:
            assert is_dutch_reason(error.reason), error.reason


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE_TEXT)
def test_random_text_is_checked_or_refused_in_dutch_parsed(text):
    with hang_guard():
        try:
            check_text(text)
        except InputError as error:
            assert is_dutch_reason(error.reason), error.reason


_NAMES = ["a.txt", "a.md", "a.html", "a.eml", "a.j2", "a.django", "a.blade.php", "a.docx", "a.odt", "a.pdf", "a"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), _HOSTILE_TEXT.map(lambda text: text.encode("utf-8"))), st.sampled_from(_NAMES))
def test_random_bytes_are_read_or_refused_in_dutch_by_every_loader(data, name):
    with hang_guard():
        try:
            load_bytes(data, name)
        except InputError as error:
            assert is_dutch_reason(error.reason), error.reason
