"""The audit's workers are watched: a letter stuck past its time limit, or a worker that dies,
costs that letter only; the batch goes on and the results keep the order of the paths.

The workers are forked from the test process, so a function replaced here is
replaced in them too.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from b1check.audit import run
from b1check.cli import Overrides

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture()
def letters(tmp_path) -> list[Path]:
    paths = []
    for number, path in enumerate(sorted(EXAMPLES.glob("*/*.txt")) * 2):
        target = tmp_path / f"{number:02d}.txt"
        target.write_bytes(path.read_bytes())
        paths.append(target)
    return paths


def _run(paths, monkeypatch, timeout=1.0, jobs=2):
    monkeypatch.setattr(run, "GRACE", 0.5)
    tasks = [run.Task(index, str(path)) for index, path in enumerate(paths, start=1)]
    options = run.AuditOptions(Overrides(fast=True), timeout=timeout)
    return list(run.run(tasks, options, jobs))


def _misbehave_on(paths, monkeypatch, action):
    """Replace report_on so that it does `action` for the letter at paths[2], and nothing else differs."""
    bad = str(paths[2])
    real = run.report_on

    def report_on(analysis, path, settings):
        if path == bad:
            action()
        return real(analysis, path, settings)

    monkeypatch.setattr(run, "report_on", report_on)
    return bad


def test_a_letter_stuck_where_the_alarm_cannot_reach_is_ended_and_the_rest_is_checked(letters, monkeypatch):
    def stuck():  # as inside a library that never returns to Python: the alarm is blocked
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)

    bad = _misbehave_on(letters, monkeypatch, stuck)
    results = _run(letters, monkeypatch)
    assert [result.index for result in results] == list(range(1, len(letters) + 1))
    failed = [result for result in results if result.report is None]
    assert [result.path for result in failed] == [bad]
    assert "duurde te lang" in failed[0].error.reason


def test_a_worker_that_dies_is_replaced_and_only_its_letter_is_lost(letters, monkeypatch):
    bad = _misbehave_on(letters, monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    results = _run(letters, monkeypatch, timeout=0)
    assert [result.index for result in results] == list(range(1, len(letters) + 1))
    failed = [result for result in results if result.report is None]
    assert [result.path for result in failed] == [bad]
    assert "stopte onverwacht" in failed[0].error.reason


def test_a_letter_that_only_takes_long_is_stopped_by_its_own_worker(letters, monkeypatch):
    bad = _misbehave_on(letters, monkeypatch, lambda: time.sleep(600))
    results = _run(letters, monkeypatch, jobs=1)
    failed = [result for result in results if result.report is None]
    assert [result.path for result in failed] == [bad]
    assert "duurde te lang (meer dan 1 seconde)" in failed[0].error.reason


def test_the_same_reports_with_watched_workers_as_in_one_process(letters, monkeypatch):
    watched = _run(letters, monkeypatch, timeout=60)
    monkeypatch.setattr(run, "_options", run.AuditOptions(Overrides(fast=True)))
    alone = run.check_letters([run.Task(index, str(path)) for index, path in enumerate(letters, start=1)])
    assert [(r.path, [(f.rule, f.start) for f in r.report.findings]) for r in watched] == [
        (r.path, [(f.rule, f.start) for f in r.report.findings]) for r in alone
    ]
