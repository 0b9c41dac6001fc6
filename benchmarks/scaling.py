"""How time and memory of one check grow with the text, and what hostile input costs (issue 15).

Prints figures; it asserts nothing. Run:

    python benchmarks/scaling.py [--sizes 1000,10000,100000,1000000] [--modes fast,parsed]
                                 [--no-hostile] [--no-server] [--scale 1] [--limit 3600]
                                 [--lines 2000000]

1. Scaling: one check of a letter of 1k, 10k, 100k and 1M words (the example
   letters one after the other), fast and parsed. Each runs in a fresh child
   process: CPU time of the check (`time.process_time`, so the load of a
   shared machine does not count), the share of it spent in the phrase
   matcher (`PhraseFinder.find`), the ratio to the size before, and the
   child's peak memory. Targets: 10k → 100k words at most 11× (both modes);
   1M words completes; peak memory at most 1 GB parsed.
2. Hostile input: every case of tests/hostile.py at full size (--scale 1),
   checked from a file as `check` and `audit` do, fast and parsed. Target:
   under 5 s of CPU for the check itself, or a clear "niet gelezen".
3. The web page: how long another reader waits for a short letter while a
   hostile letter (the slowest kind found, at the page's 50,000-character
   limit) is being checked, next to the time the short letter takes alone.
   This one is wall-clock time, because waiting is what it measures. Target:
   under 1 s.
4. Many tiny lines: about 4 MB of one-letter lines ("a\n" * 2,000,000, under
   the default --max-size) checked from a file as `check` does, fast and
   parsed: CPU seconds and the child's peak memory. Every line is two tokens
   (the word and its line break), so this is the most tokens a file within
   the size limit can hold.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "examples"
TARGET_RATIO = 11.0
TARGET_MEMORY_MB = 1024
TARGET_HOSTILE_SECONDS = 5.0
TARGET_WAIT_SECONDS = 1.0


def letter_of(words: int) -> str:
    """The example letters one after the other, cut at `words` words (paragraphs kept)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*/*.txt"))]
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    out, count = [], 0
    while count < words:
        for paragraph in paragraphs:
            take = paragraph.split(" ")
            if count + len(take) > words:
                take = take[: words - count]
            out.append(" ".join(take))
            count += len(take)
            if count >= words:
                break
    return "\n\n".join(out)


def _settings(mode: str):
    from b1check.settings import Settings

    return Settings(model=None) if mode == "fast" else Settings()


def _warm(settings) -> None:
    from b1check.check import check_text

    check_text("Geachte heer,\n\nWij verzoeken u het formulier te retourneren.\n\nJan de Vries", settings)


def _resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_scaling(words: int, mode: str) -> dict:
    """One check in this (fresh) process; the figures as a dict."""
    from b1check.analysis.phrases import PhraseFinder
    from b1check.check import check_text

    # The pipeline itself is measured here: without the word limit that refuses a text this long.
    settings = _settings(mode).with_limits(max_letter_words=10 * words)
    _warm(settings)
    text = letter_of(words)
    phrase_seconds = [0.0]
    real_find = PhraseFinder.find

    def timed_find(self, doc):
        started = time.process_time()
        try:
            return real_find(self, doc)
        finally:
            phrase_seconds[0] += time.process_time() - started

    PhraseFinder.find = timed_find
    before = _resident_mb()
    started = time.process_time()
    report = check_text(text, settings)
    seconds = time.process_time() - started
    return {
        "words": report.metrics.words, "characters": len(text), "seconds": seconds, "phrases": phrase_seconds[0],
        "before_mb": before, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_hostile(mode: str, scale: float, limit: int) -> list[dict]:
    """Every hostile case, checked from a file in this process."""
    import signal

    from b1check.check import check_path
    from b1check.model import ReadError
    from tests.hostile import CASES

    settings = _settings(mode)
    _warm(settings)
    out = []

    def too_long(signum, frame):
        raise TimeoutError

    signal.signal(signal.SIGALRM, too_long)
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            path = Path(folder) / case.name
            path.write_bytes(case.make(scale))
            started = time.process_time()
            signal.alarm(limit)
            try:
                result = check_path(str(path), settings)
                outcome = ("niet gelezen: " + result.reason) if isinstance(result, ReadError) else "gelezen"
            except TimeoutError:
                outcome = f"niet klaar in {limit} s"
            finally:
                signal.alarm(0)
            out.append({"case": case.name, "about": case.about, "bytes": path.stat().st_size,
                        "seconds": time.process_time() - started, "outcome": outcome})
            path.unlink()
    return out


def child_lines(lines: int, mode: str) -> dict:
    """One check of `lines` one-letter lines, from a file, in this (fresh) process."""
    from b1check.check import check_path
    from b1check.settings import MAX_FILE_KB_LIMIT

    settings = _settings(mode)
    _warm(settings)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "regels.txt"
        path.write_bytes(b"a\n" * lines)
        before = _resident_mb()
        started = time.process_time()
        report = check_path(str(path), settings, max_bytes=MAX_FILE_KB_LIMIT * 1024)
        seconds = time.process_time() - started
    return {"bytes": 2 * lines, "seconds": seconds, "before_mb": before,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "words": getattr(getattr(report, "metrics", None), "words", None),
            "error": getattr(report, "reason", None)}


def tiny_lines(lines: int, modes: list[str], limit: int) -> None:
    print(f"\n4. Many tiny lines: {lines:,} one-letter lines ({2 * lines / 1e6:.1f} MB) from a file "
          "(CPU seconds of the check; peak memory of a fresh process)")
    for mode in modes:
        figures, _wall = _in_child(["lines", str(lines), mode], limit)
        if figures is None:
            print(f"   {mode:6s}: not done within {limit} s")
            continue
        outcome = f"niet gelezen: {figures['error']}" if figures["error"] else f"{figures['words']:,} words"
        print(f"   {mode:6s}: {figures['seconds']:8.2f} s; peak {figures['peak_mb']:6.0f} MB "
              f"(warm before the check: {figures['before_mb']:4.0f} MB); {outcome}")


HOSTILE_WEB_TEXT = ("a: " * 20_000)[:50_000]  # the slowest kind at the page's limit (about 4 s of CPU)


def child_server() -> dict:
    """Another reader's wait while a hostile letter is checked, with a real threaded server."""
    import threading
    import urllib.parse
    import urllib.request

    from werkzeug.serving import make_server

    from b1check.web.app import create_app

    app = create_app()
    app.extensions["b1check"].warm_up()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/api/check"
    short = (EXAMPLES / "parkeervergunning" / "origineel.txt").read_text(encoding="utf-8")

    def post(text: str) -> tuple[float, int]:
        started = time.perf_counter()
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"tekst": text}).encode())
        with urllib.request.urlopen(request, timeout=300) as response:
            status = response.status
        return time.perf_counter() - started, status

    alone = sorted(post(short)[0] for _ in range(5))[2]
    hostile: dict = {}
    thread = threading.Thread(target=lambda: hostile.update(zip(("seconds", "status"), post(HOSTILE_WEB_TEXT))))
    thread.start()
    time.sleep(0.3)
    waits = []
    while thread.is_alive() and len(waits) < 5:
        waits.append(post(short)[0])
    thread.join()
    server.shutdown()
    return {"alone": alone, "waits": waits, "hostile": hostile.get("seconds", 0.0), "status": hostile.get("status")}


def _in_child(args: list[str], limit: int):
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                              timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), time.perf_counter() - started


def scaling(sizes: list[int], modes: list[str], limit: int) -> None:
    print("1. One check as the letter grows (CPU seconds of the check; a fresh process each)")
    print(f"   target: 10k → 100k words at most {TARGET_RATIO:.0f}×; 1M words completes; at most "
          f"{TARGET_MEMORY_MB} MB parsed")
    print("   (\"without\": the check less the phrase matcher, which issue 20 rewrites)")
    for mode in modes:
        previous = None
        for words in sizes:
            figures, wall = _in_child(["scaling", str(words), mode], limit)
            if figures is None:
                print(f"   {mode:6s} {words:>9,} words: not done within {limit} s")
                previous = None
                continue
            rest = figures["seconds"] - figures["phrases"]
            ratio = (f"{figures['seconds'] / previous[0]:5.1f}× the size before ({rest / previous[1]:4.1f}× without)"
                     if previous else " " * 42)
            print(f"   {mode:6s} {figures['words']:>9,} words ({figures['characters']:>10,} characters): "
                  f"{figures['seconds']:8.2f} s, {ratio}; phrase matcher "
                  f"{figures['phrases'] / max(figures['seconds'], 1e-9):4.0%}; "
                  f"peak {figures['peak_mb']:6.0f} MB (warm before the check: {figures['before_mb']:4.0f} MB)")
            previous = (figures["seconds"], rest)


def hostile(modes: list[str], scale: float, limit: int) -> None:
    print(f"\n2. Hostile input at scale {scale} (CPU seconds of the check from a file; target under "
          f"{TARGET_HOSTILE_SECONDS:.0f} s, or a clear 'niet gelezen')")
    for mode in modes:
        results, _wall = _in_child(["hostile", mode, str(scale), str(limit)], limit * 60)
        if results is None:
            print(f"   {mode}: the cases did not finish")
            continue
        slow = [r for r in results if r["seconds"] >= TARGET_HOSTILE_SECONDS]
        print(f"   {mode}: {len(results)} cases, slowest {max(r['seconds'] for r in results):.2f} s, "
              f"{len(slow)} at or over {TARGET_HOSTILE_SECONDS:.0f} s")
        for r in results:
            mark = "  " if r["seconds"] < TARGET_HOSTILE_SECONDS else "!!"
            print(f"   {mark} {r['case']:24s} {r['bytes']:>10,} B {r['seconds']:7.2f} s  {r['outcome'][:90]}")


def server() -> None:
    print(f"\n3. The web page: another reader's short letter while a hostile letter is checked "
          f"(wall-clock seconds; target under {TARGET_WAIT_SECONDS:.0f} s)")
    figures, _wall = _in_child(["server"], 600)
    waits = ", ".join(f"{w:.2f}" for w in figures["waits"]) or "none (the hostile letter was done first)"
    print(f"   the short letter alone: {figures['alone']:.2f} s; while the hostile one ran: {waits} s")
    print(f"   the hostile letter ({len(HOSTILE_WEB_TEXT):,} characters) took {figures['hostile']:.2f} s "
          f"(answer {figures['status']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--modes", default="fast,parsed")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the hostile cases (1: the issue's)")
    parser.add_argument("--limit", type=int, default=3600, help="seconds one measurement may take")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--lines", type=int, default=2_000_000, help="one-letter lines of case 4 (0: skip it)")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "scaling":
            print(json.dumps(child_scaling(int(rest[0]), rest[1])))
        elif kind == "lines":
            print(json.dumps(child_lines(int(rest[0]), rest[1])))
        elif kind == "hostile":
            print(json.dumps(child_hostile(rest[0], float(rest[1]), int(rest[2]))))
        else:
            print(json.dumps(child_server()))
        return
    modes = args.modes.split(",")
    if not args.no_scaling:
        scaling([int(size) for size in args.sizes.split(",")], modes, args.limit)
    if not args.no_hostile:
        hostile(modes, args.scale, min(args.limit, 600))
    if args.lines:
        tiny_lines(args.lines, modes, args.limit)
    if not args.no_server:
        server()


if __name__ == "__main__":
    main()
