"""`b1check audit --scheduler`: the same audit on a Dask cluster (a LocalCluster here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.audit.test_audit import EXAMPLES, audit, slow_letter
from tests.letter_files import make_corrupt_zip

distributed = pytest.importorskip("distributed", reason='Dask is niet geïnstalleerd (pip install "b1check[dask]")')

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archief")
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file():
            target = root / path.relative_to(EXAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (root / "kapot").mkdir()
    (root / "kapot" / "kapot.docx").write_bytes(make_corrupt_zip())
    (root / "kapot" / "leeg.txt").write_bytes(b"")
    (root / "kapot" / "groot.txt").write_text("Geachte heer,\n\n" + "Dit is een lange brief. " * 1800)
    return root


def _run(archive: Path, out: Path, *extra: str) -> tuple:
    result = audit(str(archive), "--max-size", "30", "--json", str(out / "r.json"), "--csv", str(out / "r.csv"),
                   "--jsonl", str(out / "r.jsonl"), "--fail-under", "90", *extra)
    reports = tuple((out / name).read_text(encoding="utf-8") for name in ("r.json", "r.csv", "r.jsonl"))
    return result, reports


@pytest.fixture(scope="module")
def local_run(archive, tmp_path_factory) -> tuple:
    """The audit of the archive without Dask, to compare with."""
    out = tmp_path_factory.mktemp("lokaal")
    return *_run(archive, out, "--jobs", "2"), out


def test_a_local_cluster_gives_the_reports_of_a_local_run(archive, tmp_path, local_run):
    (tmp_path / "dask").mkdir()
    local, local_reports, local_out = local_run
    remote, remote_reports = _run(archive, tmp_path / "dask", "--scheduler", "local:2")
    assert local_reports == remote_reports
    data = json.loads(remote_reports[0])
    assert data["summary"]["letters_read"] > 5
    assert {Path(e["path"]).name for e in data["errors"]} == {"kapot.docx", "leeg.txt", "groot.txt"}
    assert "te groot" in next(e["reason"] for e in data["errors"] if e["path"].endswith("groot.txt"))
    # --fail-under and the closing text behave the same
    assert remote.exit_code == local.exit_code == 1
    assert remote.output == local.output.replace(str(local_out), str(tmp_path / "dask"))


def test_a_scheduler_that_cannot_be_used_is_a_dutch_message_and_no_report(archive, tmp_path):
    result = audit(str(archive), "--scheduler", "geen-adres", "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 2
    assert "niet te bereiken" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.json").exists()


def test_without_scheduler_dask_is_not_imported(tmp_path):
    letter = EXAMPLES / "parkeervergunning" / "b1.txt"
    script = (
        "import sys\nfrom b1check.cli import main\n"
        f"sys.argv = ['b1check', 'audit', {str(letter)!r}, '--no-progress', '--jobs', '1']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('dask' in sys.modules, 'distributed' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.stdout.strip().splitlines()[-1] == "False False", done.stderr


@pytest.fixture()
def in_process(monkeypatch):
    """A cluster whose worker threads run in this process, so that a letter can be made slow here; the
    client's watch is what is tested. No grace after the time limit."""
    from contextlib import contextmanager

    from b1check.audit import cluster, run

    @contextmanager
    def connect(scheduler):
        with distributed.LocalCluster(n_workers=1, threads_per_worker=4, processes=False,
                                      dashboard_address=None) as local, distributed.Client(local) as client:
            yield client

    monkeypatch.setattr(cluster, "connect", connect)
    monkeypatch.setattr(run, "GRACE", 0.0)  # run.batch_limit: the cluster's limit too


def test_a_letter_over_its_time_limit_is_listed_and_the_rest_of_its_batch_is_checked(archive, monkeypatch,
                                                                                       in_process):
    from b1check.audit import cluster, run
    from b1check.cli import Overrides

    letters = sorted(archive.glob("*/*.txt"))[:3]
    slow_letter(monkeypatch, letters[1].read_text(encoding="utf-8"), 12)
    tasks = [run.Task(index, str(path)) for index, path in enumerate(letters, start=1)]
    results = list(cluster.run(tasks, run.AuditOptions(Overrides(), timeout=5), "local:1"))
    assert [r.index for r in results] == [1, 2, 3]
    assert results[1].report is None and "duurde te lang" in results[1].error.reason
    assert results[0].report is not None and results[2].report is not None


def test_a_batch_may_take_longer_than_one_limit_while_each_letter_keeps_to_it(archive, monkeypatch, in_process):
    from b1check.audit import cluster, engine, run
    from b1check.cli import Overrides

    letters = sorted(archive.glob("*/*.txt"))[:3]
    for letter in letters:  # 3 × 1.2 s: the batch takes longer than one limit (2.2 s), no letter does
        slow_letter(monkeypatch, letter.read_text(encoding="utf-8"), 1.2)
    # Dask copies the function it runs: the record is kept on a module, which it does not copy.
    monkeypatch.setattr(run, "sent_to_dask", [], raising=False)
    real_check_batch = engine.check_batch

    def check_batch(tasks, options, topic=None):
        from b1check.audit import run

        run.sent_to_dask.append(len(tasks))
        return real_check_batch(tasks, options, topic)

    monkeypatch.setattr(engine, "check_batch", check_batch)
    tasks = [run.Task(index, str(path)) for index, path in enumerate(letters, start=1)]
    results = list(cluster.run(tasks, run.AuditOptions(Overrides(), timeout=2), "local:1"))
    assert all(r.report is not None for r in results), [r.error for r in results]
    assert run.sent_to_dask == [3]  # the worker's steps kept the batch alive: it was not cut up and sent again


def test_a_worker_is_restarted_after_its_batches_while_idle_and_no_letter_is_lost(archive, tmp_path, monkeypatch,
                                                                                  local_run):
    from b1check.audit import cluster

    restarts = []
    real_restart = distributed.Client.restart_workers

    def restart_workers(client, workers, *args, **kwargs):
        assert not any(client.processing(workers).values())  # nothing running there: nothing to do again
        restarts.append(real_restart(client, workers, *args, **kwargs))
        return restarts[-1]

    monkeypatch.setattr(distributed.Client, "restart_workers", restart_workers)
    monkeypatch.setattr(cluster, "RESTART_AFTER", 2)  # one fresh worker process: batches of 4, 8 and 16 letters
    (tmp_path / "dask").mkdir()
    _, remote_reports = _run(archive, tmp_path / "dask", "--scheduler", "local:1")
    assert remote_reports == local_run[1]  # every letter, once, as in a local run
    assert len(restarts) >= 1 and all(set(answer.values()) == {"OK"} for answer in restarts)
