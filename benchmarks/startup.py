"""Start-up of the commands, the language server's answer time, and the pre-commit hook's overhead.

Prints figures; it asserts nothing. Run: python benchmarks/startup.py [--runs N] [--edits N] [--no-lsp] [--no-pre-commit]

Every command runs as a process of its own, and its CPU time (user + system,
of the process and its children) is compared with a reference measured in
the same run, command and reference taking turns: the CPU time of
`python -c "import spacy; spacy.blank('nl')"`. Targets (issue 16):
`--help`, `rules`, `rule WRD001` at most 0.2x the reference; `check --fast`
on one example letter at most 1.3x, parsed at most 2.0x.

b1check's own modules are compiled to bytecode first, as pip does when it
installs a package (spaCy's modules in the reference are compiled too). In an
editable install with PYTHONDONTWRITEBYTECODE set, Python would otherwise
compile every b1check module again in every process (about 0.1 s).

The language server: after start-up, the time from a change of a 300-word
letter (with debounceMs 0) to its diagnostics, the median of `--edits`
edits; target at most 100 ms. Printed as wall time and as the server's own
CPU time per edit (from /proc).

The pre-commit hook: `pre-commit run --files` on one template with the real
pre-commit (as tests/cli/test_precommit.py runs it), against the hook's own
`b1check check` on the same file; the overhead is the difference in CPU time.
The first run installs the hook from the package index into
benchmarks/out/pre-commit (minutes); later runs reuse it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LETTER = ROOT / "examples" / "parkeervergunning" / "origineel.txt"
TEMPLATE = ROOT / "examples" / "sjabloon" / "ontvangstbevestiging.txt.j2"
REFERENCE = [sys.executable, "-c", "import spacy; spacy.blank('nl')"]
B1CHECK = [sys.executable, "-m", "b1check"]
COMMANDS = {
    "b1check --help": (["--help"], 0.2),
    "b1check rules": (["rules"], 0.2),
    "b1check rule WRD001": (["rule", "WRD001"], 0.2),
    "b1check check --fast (one letter)": (["check", "--fast", str(LETTER)], 1.3),
    "b1check check (one letter, parsed)": (["check", str(LETTER)], 2.0),
}


def cpu_seconds(command: list[str], cwd: Path = ROOT, env: dict | None = None) -> float:
    """CPU time of a command and its children: user plus system."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compile_package() -> None:
    """Bytecode for b1check's modules, as an installed package has it."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "b1check")], check=True, stdout=subprocess.DEVNULL)


def commands(runs: int) -> None:
    compile_package()
    # Once before measuring: the word tables are built in the cache folder on first use.
    for args, _ in COMMANDS.values():
        cpu_seconds(B1CHECK + args)
    references, times = [], {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, (args, _) in COMMANDS.items():
            references.append(cpu_seconds(REFERENCE))
            times[name].append(cpu_seconds(B1CHECK + args))
    reference = statistics.median(references)
    print(f"reference (import spacy; spacy.blank('nl')): {reference:.3f} s CPU, median of {len(references)}")
    for name, (_, target) in COMMANDS.items():
        seconds = statistics.median(times[name])
        ratio = seconds / reference
        print(f"  {name:38s} {seconds:6.3f} s  {ratio:4.2f}x  (target ≤ {target}x{'' if ratio <= target else ', MISSED'})")


def words_letter(words: int) -> str:
    """A letter of at least `words` words: the example letter, with paragraphs of its body repeated."""
    parts = LETTER.read_text(encoding="utf-8").split("\n\n")
    body = [part for part in parts if len(part.split()) > 15]  # the running text, not address or greeting
    end = parts.index(body[-1]) + 1
    out, index = parts[:end], 0
    while sum(len(part.split()) for part in out + parts[end:]) < words:
        out.append(body[index % len(body)])
        index += 1
    return "\n\n".join(out + parts[end:])


def _server_cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def language_server(edits: int) -> None:
    from tests.lsp.client import Client

    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder)
        started = time.perf_counter()
        client = Client(workspace, initialization_options={"debounceMs": 0})
        try:
            letter = words_letter(300)
            uri = client.open(workspace / "brief.txt", letter)
            client.diagnostics(uri, version=1, timeout=300)
            ready = time.perf_counter() - started
            walls, cpus = [], []
            for number in range(edits):
                version = number + 2
                changed = letter.replace("Met vriendelijke groet", f"Met vriendelijke groet{'.' * (number % 3)}", 1)
                changed = changed.replace("\n\n", f"\n\nDit is wijziging {number}. ", 1)
                cpu_before = _server_cpu(client.process.pid)
                sent = time.perf_counter()
                client.change(uri, changed, version)
                published = client.diagnostics(uri, version=version)
                walls.append(time.perf_counter() - sent)
                cpu_after = _server_cpu(client.process.pid)
                if cpu_before is not None and cpu_after is not None:
                    cpus.append(cpu_after - cpu_before)
            findings = len(published["diagnostics"])
        finally:
            client.close()
    print(f"language server: ready after {ready:.1f} s (start, pipeline, first letter); "
          f"a {len(letter.split())}-word letter, {findings} diagnostics")
    print(f"  from change to diagnostics, median of {edits} edits: {statistics.median(walls) * 1000:.0f} ms wall "
          f"(target ≤ 100 ms)" + (f", {statistics.median(cpus) * 1000:.0f} ms CPU of the server" if cpus else ""))


def pre_commit(runs: int) -> None:
    if shutil.which("git") is None or subprocess.run([sys.executable, "-m", "pre_commit", "--version"],
                                                     capture_output=True).returncode != 0:
        print("pre-commit: skipped (git or pre-commit is not installed)")
        return
    from tests.cli.test_precommit import git, snapshot_of_this_repository

    home = ROOT / "benchmarks" / "out" / "pre-commit"
    work = Path(tempfile.mkdtemp(prefix="b1check-pre-commit-"))
    try:
        hook_repo = snapshot_of_this_repository(work / "b1check")
        revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True).stdout.strip()
        letters = work / "brieven"
        letters.mkdir()
        shutil.copy2(TEMPLATE, letters / TEMPLATE.name)
        (letters / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {hook_repo}\n    rev: {revision}\n    hooks:\n      - id: b1check\n", encoding="utf-8"
        )
        git("init", "-q", cwd=letters)
        git("add", "-A", cwd=letters)
        env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
        env.pop("VIRTUAL_ENV", None)
        run = [sys.executable, "-m", "pre_commit", "run", "--files", TEMPLATE.name]
        started = time.perf_counter()
        first = subprocess.run(run, cwd=letters, env=env, capture_output=True, text=True, timeout=1800)
        if "Passed" not in first.stdout and "Failed" not in first.stdout:
            print(f"pre-commit: skipped (the hook could not be installed: {(first.stdout + first.stderr)[-300:]})")
            return
        print(f"pre-commit: hook installed or found in {time.perf_counter() - started:.0f} s")
        hook = next(home.glob("repo*/py_env-*/bin/b1check"), None)
        hooks, checks = [], []
        for _ in range(runs):
            hooks.append(cpu_seconds(run, cwd=letters, env=env))
            if hook is not None:
                checks.append(cpu_seconds([str(hook), "check", TEMPLATE.name], cwd=letters, env=env))
        hook_cpu = statistics.median(hooks)
        print(f"  pre-commit run --files (one template): {hook_cpu:.3f} s CPU, median of {runs}")
        if checks:
            check_cpu = statistics.median(checks)
            print(f"  the hook's b1check check alone:        {check_cpu:.3f} s CPU")
            print(f"  overhead of pre-commit:                {hook_cpu - check_cpu:.3f} s "
                  f"({(hook_cpu - check_cpu) / hook_cpu:.0%} of the hook)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--edits", type=int, default=20, help="edits of the letter in the language server (default 20)")
    parser.add_argument("--no-lsp", action="store_true", help="leave out the language server")
    parser.add_argument("--no-pre-commit", action="store_true", help="leave out the pre-commit hook")
    args = parser.parse_args()
    commands(args.runs)
    if not args.no_lsp:
        language_server(args.edits)
    if not args.no_pre_commit:
        pre_commit(args.runs)


if __name__ == "__main__":
    main()
