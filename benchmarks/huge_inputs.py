"""What a huge input costs, as it grows: CPU time and peak memory of one `check` (issue: huge inputs).

Prints figures; it asserts nothing. Run:

    python benchmarks/huge_inputs.py [--sizes 6250,12500,25000,50000] [--modes fast,parsed]
                                     [--limit 900] [--over 2000000]

Two kinds of text that are no letter, each at growing size (in words), checked
from a file as `check` does, each in a fresh child process:

- lines: one-letter lines ("c\\n" …): two tokens a word (the word and its line
  break), the most tokens a file of its size can hold (like /tmp/s15/huge1.txt);
- run-on: words on one line without any punctuation, one giant "sentence"
  (like /tmp/s15/huge2.txt);
- mail-base64, mail-qp: the run-on text (with an "é" now and then) as the body
  of an e-mail in base64 or quoted-printable, whose every character is mapped
  back to its place in the encoded file (issue mail-s16: 650 MB for 3.8 MB).
  `--kinds mail-base64,mail-qp --sizes 500000 --over 0` is a mail of about 3.8 MB.

Per size: CPU seconds of the check (`time.process_time`, so the load of a shared
machine does not count), the ratio to the size before (about 2× for twice the
words is linear), and the child's peak memory (VmHWM). The sizes up to the
default word limit (`max_letter_words`, 50,000) are analysed; the last line,
`--over` words, is over the limit and must be refused at once, in Dutch.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = "een de reeds wij u gemeente het indien betalen brief aanvraag formulier".split()


def text_of(kind: str, words: int) -> str:
    pick = random.Random(15).choice
    if kind == "lines":
        return "".join(pick("abcdefghijklmnopqrstuvwxyz") + "\n" for _ in range(words))
    return " ".join(pick(WORDS) for _ in range(words)) + "\n"


def file_of(kind: str, words: int) -> tuple[str, bytes]:
    """The name's extension and the bytes of a file of this kind."""
    if not kind.startswith("mail-"):
        return ".txt", text_of(kind, words).encode("utf-8")
    message = EmailMessage()
    message["Subject"] = "Uw aanvraag"
    encoding = {"mail-base64": "base64", "mail-qp": "quoted-printable"}[kind]
    message.set_content(text_of("run-on", words).replace("reeds", "réeds"), cte=encoding)
    return ".eml", bytes(message)


def child(path: Path, mode: str) -> dict:
    """One check of the file `path` in this (fresh) process; the parent wrote it, so that
    making the text counts neither in the time nor in the memory."""
    from b1check.check import check_path, check_text
    from b1check.model import ReadError
    from b1check.settings import MAX_FILE_KB_LIMIT, Settings

    settings = Settings(model=None) if mode == "fast" else Settings()
    check_text("Geachte heer,\n\nWij verzoeken u het formulier te retourneren.\n\nJan de Vries", settings)
    started = time.process_time()
    result = check_path(str(path), settings, max_bytes=MAX_FILE_KB_LIMIT * 1024)
    seconds = time.process_time() - started
    refused = result.reason if isinstance(result, ReadError) else None
    return {"bytes": path.stat().st_size, "seconds": seconds, "peak_mb": _peak_mb(),
            "findings": None if refused else len(result.findings), "refused": refused}


def _peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux keeps ru_maxrss across
    exec, so a child would report the parent's peak (which wrote the big texts) when higher."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _in_child(args: list[str], limit: int) -> dict | None:
    try:
        done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                              timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="6250,12500,25000,50000", help="words, within the limit")
    parser.add_argument("--over", type=int, default=2_000_000, help="words of the last, refused size (0: skip)")
    parser.add_argument("--modes", default="fast,parsed")
    parser.add_argument("--kinds", default="lines,run-on,mail-base64,mail-qp")
    parser.add_argument("--limit", type=int, default=900, help="seconds one measurement may take")
    args = parser.parse_args()
    if args.child:
        path, mode = args.child
        print(json.dumps(child(Path(path), mode)))
        return
    sizes = [int(size) for size in args.sizes.split(",")] + ([args.over] if args.over else [])
    print("CPU seconds of one check from a file (fresh process each), ratio to the size before, peak memory")
    folder = tempfile.TemporaryDirectory()
    for kind in args.kinds.split(","):
        paths = {}
        for words in sizes:
            suffix, data = file_of(kind, words)
            paths[words] = Path(folder.name) / f"{kind}-{words}{suffix}"
            paths[words].write_bytes(data)
        for mode in args.modes.split(","):
            previous = None
            for words in sizes:
                figures = _in_child([str(paths[words]), mode], args.limit)
                label = f"{kind:11s} {mode:6s} {words:>9,} words"
                if figures is None:
                    print(f"  {label}: not done within {args.limit} s")
                    previous = None
                    continue
                ratio = f"{figures['seconds'] / previous:5.2f}×" if previous and not figures["refused"] else "      "
                outcome = (f"niet gelezen: {figures['refused'][:60]}…" if figures["refused"]
                           else f"{figures['findings']:,} findings")
                print(f"  {label} ({figures['bytes'] / 1e6:5.2f} MB): {figures['seconds']:7.2f} s {ratio} "
                      f"peak {figures['peak_mb']:6.0f} MB; {outcome}")
                previous = figures["seconds"]
    folder.cleanup()


if __name__ == "__main__":
    main()
