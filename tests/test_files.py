"""Reports, baselines and fixed letters are written whole or not at all; the operating
system's reasons are given in Dutch."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check.cli import cli
from b1check.files import AtomicFile, os_reason, write_atomically
from b1check.load import InputError, read_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _leftovers(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.endswith(".b1check")]


def test_a_write_replaces_the_file_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "rapport.json"
    target.write_text("oud")
    target.chmod(0o640)
    write_atomically(target, '{"nieuw": true}')
    assert target.read_text() == '{"nieuw": true}'
    assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomically(tmp_path / "nieuw.csv", b"a,b\n")
    finally:
        os.umask(old)
    assert (tmp_path / "nieuw.csv").stat().st_mode & 0o777 == 0o640


def test_through_a_link_the_file_it_points_to_is_replaced(tmp_path):
    (tmp_path / "echt.json").write_text("oud")
    (tmp_path / "link.json").symlink_to(tmp_path / "echt.json")
    write_atomically(tmp_path / "link.json", "nieuw")
    assert (tmp_path / "link.json").is_symlink()
    assert (tmp_path / "echt.json").read_text() == "nieuw"


def test_a_folder_that_is_not_there_is_no_way_back_with_dot_dot(tmp_path):
    """The system refuses nergens/../brief.txt without a folder nergens; so does b1check, and writes nothing."""
    (tmp_path / "brief.txt").write_text("oud")
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nergens" / ".." / "brief.txt", "nieuw")
    assert (tmp_path / "brief.txt").read_text() == "oud"


def test_a_write_that_fails_halfway_leaves_the_old_file(tmp_path):
    target = tmp_path / "rapport.csv"
    target.write_text("het vorige rapport\n")
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.write("een half")
        raise RuntimeError("stroom weg")
    assert target.read_text() == "het vorige rapport\n"
    assert _leftovers(tmp_path) == []


def test_reasons_of_the_operating_system_are_dutch():
    reasons = {code: os_reason(OSError(code, os.strerror(code))) for code in (
        errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EISDIR, errno.EMFILE, errno.ENFILE, errno.EROFS)}
    assert reasons[errno.ENOENT] == "de map of het bestand bestaat niet"
    assert reasons[errno.EACCES] == "geen toegang"
    assert reasons[errno.ENOSPC] == "de schijf is vol"
    assert reasons[errno.EISDIR] == "dit is een map"
    assert reasons[errno.EMFILE] == reasons[errno.ENFILE] == "er zijn te veel bestanden tegelijk open"
    assert os_reason(OSError(errno.ESTALE, "Stale file handle")) == f"fout {errno.ESTALE} van het besturingssysteem"


def test_a_read_that_fails_says_why_in_dutch(tmp_path, monkeypatch):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer,")

    def too_many(*args, **kwargs):
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(os, "open", too_many)
    with pytest.raises(InputError) as error:
        read_file(letter)
    assert error.value.reason == "Dit bestand kan niet gelezen worden (er zijn te veel bestanden tegelijk open)."


def test_a_file_just_over_the_limit_never_reads_as_the_limit(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_bytes(b"a" * 1559)
    with pytest.raises(InputError) as error:
        read_file(letter, max_bytes=1024)
    assert error.value.reason == "Dit bestand is te groot (1,6 kB; de grens is 1 kB)."


def test_a_full_disk_leaves_the_baseline_as_it_was(tmp_path, monkeypatch):
    (tmp_path / "brief.txt").write_text((EXAMPLES / "bezwaar" / "origineel.txt").read_text(encoding="utf-8"))
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"version": 1, "files": {}}\n')

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AtomicFile, "write", full)
    result = CliRunner().invoke(cli, ["baseline", str(tmp_path / "brief.txt"), "-o", str(baseline)])
    assert result.exit_code == 2
    assert "de schijf is vol" in result.output and "No space" not in result.output
    assert baseline.read_text() == '{"version": 1, "files": {}}\n'
    assert _leftovers(tmp_path) == []


# --- an audit that is stopped, or two at once ------------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archief")
    letters = sorted(EXAMPLES.glob("*/*.txt"))
    for number in range(240):
        source = letters[number % len(letters)]
        (folder / f"{number:03d}.txt").write_bytes(source.read_bytes())
    return folder


def _audit(archive: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "b1check", "audit", "--fast", "--jobs", "1", "--no-progress", str(archive),
         "--json", str(out / "r.json"), "--csv", str(out / "r.csv"), "--html", str(out / "r.html"), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        # as from a terminal: a test run started with nohup would pass its ignored SIGHUP on (b1check keeps it so)
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_DFL),
    )


def _wait_until_writing(out: Path, process: subprocess.Popen) -> None:
    """Until the audit is halfway: its temporary JSON report holds letters already."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        partial = [path for path in out.glob(".r.json.*.b1check") if path.stat().st_size > 20_000]
        if partial:
            return
        time.sleep(0.05)
    raise AssertionError("the audit never got halfway")


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL],
                         ids=["ctrl-c", "term", "hangup", "kill"])
def test_a_stopped_audit_leaves_the_previous_reports_intact(archive, tmp_path, how):
    previous = {name: f"het rapport van gisteren ({name})\n" for name in ("r.json", "r.csv", "r.html")}
    for name, text in previous.items():
        (tmp_path / name).write_text(text)
    process = _audit(archive, tmp_path)
    _wait_until_writing(tmp_path, process)
    process.send_signal(how)
    _out, err = process.communicate(timeout=120)
    assert process.returncode != 0
    for name, text in previous.items():
        assert (tmp_path / name).read_text() == text, name
    if how != signal.SIGKILL:  # a killed process cannot clean up; its temporary files stay hidden
        assert _leftovers(tmp_path) == []
        assert "gestopt" in err.decode("utf-8") and "Traceback" not in err.decode("utf-8")


def test_an_audit_started_with_nohup_goes_on_after_a_hangup(archive, tmp_path):
    """`nohup b1check audit …` ignores SIGHUP: the audit must not stop when the terminal closes."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import signal, runpy, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
         "sys.argv = ['b1check'] + sys.argv[1:]; runpy.run_module('b1check', run_name='__main__')",
         "audit", "--fast", "--jobs", "2", "--no-progress", str(archive), "--json", str(tmp_path / "r.json")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )
    _wait_until_writing(tmp_path, process)
    process.send_signal(signal.SIGHUP)
    _out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode("utf-8")
    assert len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]) == 240


def test_two_audits_writing_one_report_never_mix(archive, tmp_path):
    other = tmp_path / "ander-archief"
    other.mkdir()
    for path in sorted(archive.iterdir())[:40]:
        (other / f"x-{path.name}").write_bytes(path.read_bytes())
    first, second = _audit(archive, tmp_path), _audit(other, tmp_path)
    for process in (first, second):
        process.communicate(timeout=600)
        assert process.returncode == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    names = {Path(entry["path"]).name for entry in data["files"]}
    assert names in ({path.name for path in archive.iterdir()}, {path.name for path in other.iterdir()})
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) - 1 in (240, 40)
    assert _leftovers(tmp_path) == []


def test_a_pipe_is_never_replaced_by_a_written_file(tmp_path):
    pipe = tmp_path / "rapport.json"
    os.mkfifo(pipe)
    with pytest.raises(OSError) as error:
        write_atomically(pipe, "nieuw")
    assert os_reason(error.value) == "dit is een pipe, geen gewoon bestand; kies de naam van een gewoon bestand"
    assert pipe.is_fifo() and _leftovers(tmp_path) == []


def test_a_device_is_never_a_target(tmp_path, monkeypatch):
    # A device node cannot be made here without root; the predicate sees what os.stat says.
    import stat as stat_module

    from b1check import files

    device = tmp_path / "null"
    device.write_text("")
    real_stat = os.stat
    monkeypatch.setattr(files.os, "stat", lambda path, *args, **kwargs: os.stat_result(
        (stat_module.S_IFCHR | 0o666, *real_stat(path)[1:])) if Path(path) == device else real_stat(path))
    assert files.target_problem(device) == "dit is een apparaat, geen gewoon bestand; kies de naam van een gewoon bestand"
    assert files.target_problem(tmp_path / "nieuw.json") is None
    assert files.target_problem(tmp_path) .startswith("dit is een map")


def test_a_pipe_that_appears_while_writing_is_left_as_it_is(tmp_path):
    target = tmp_path / "rapport.csv"
    out = AtomicFile(target)
    out.write("a,b\n")
    os.mkfifo(target)
    with pytest.raises(OSError):
        out.commit()
    assert target.is_fifo() and _leftovers(tmp_path) == []


def test_a_baseline_is_never_written_over_a_letter_or_a_pipe(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text((EXAMPLES / "bezwaar" / "origineel.txt").read_text(encoding="utf-8"))
    before = letter.read_bytes()
    result = CliRunner().invoke(cli, ["baseline", str(letter), "-o", str(letter)])
    assert result.exit_code == 2 and "dit is een van de brieven" in result.output
    assert letter.read_bytes() == before
    os.mkfifo(tmp_path / "p.json")
    result = CliRunner().invoke(cli, ["baseline", str(letter), "-o", str(tmp_path / "p.json")])
    assert result.exit_code == 2 and "pipe" in result.output and (tmp_path / "p.json").is_fifo()
