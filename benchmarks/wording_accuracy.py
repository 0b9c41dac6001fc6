"""How well b1check's wording findings match what editors did, on the development sets.

Prints figures; it asserts nothing (issue 20: a precision guard, not a test).
Run: python benchmarks/wording_accuracy.py [--letters DIR] [--pairs CSV] [--fast] [--picky]

- letters: a folder with letters/*.txt and gold.jsonl (bureaucratic_phrases with
  the editor's alternative). Printed: the share of the editor's phrases that a
  wording, nominal-style or tone finding covers; the share of wording findings
  that cover one of them; how often the first suggestion is the editor's word;
  and, of all wording and nominal-style findings, how many offer a rewrite that
  can replace the text (the rest are advice, "gebruik '…'") and how many a safe fix.
- pairs: a CSV with the columns Document ID, Complex, Simple (sentences before
  and after professional editing). Printed: the share of pairs, and of documents
  (their sentences joined), whose edited side has fewer findings per 100 words
  (contact and structure left out: they judge a whole letter), and the wording
  findings per 100 words on each side.

The data stay where they are: nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from b1check.check import check_text  # noqa: E402
from b1check.settings import Settings  # noqa: E402

ALTERNATIVE_CATEGORIES = {"wording", "nominal-style", "tone"}
LETTER_ONLY = {"contact", "structure"}


def _shared_data() -> Path:
    """../shared/data beside the checkout (main or a worktree one level deeper)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return ROOT.parent / "shared" / "data"


def _normal(text: str) -> str:
    return re.sub(r"^[\W_]+|[\W_]+$", "", text.strip().lower())


def _spans(text: str, items: list[dict]) -> list[tuple[int, int, dict]]:
    """Where each gold phrase is, in order; a repeated phrase is found again further on."""
    found, after = [], {}
    for item in items:
        phrase = item["text"]
        start = text.find(phrase, after.get(phrase, 0))
        if start < 0:
            start = text.find(phrase)
        after[phrase] = start + 1
        found.append((start, start + len(phrase), item))
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def letters(folder: Path, settings: Settings) -> None:
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    count = defaultdict(int)
    for item in gold:
        path = folder / item["file"]
        if not path.exists():
            path = folder / "letters" / Path(item["file"]).name
        text = path.read_text(encoding="utf-8")
        findings = check_text(text, settings).findings
        with_alternatives = [f for f in findings if f.category in ALTERNATIVE_CATEGORIES]
        wording = [f for f in findings if f.category == "wording"]
        phrases = _spans(text, item.get("bureaucratic_phrases", []))
        count["gold"] += len(phrases)
        for start, end, phrase in phrases:
            hits = [f for f in with_alternatives if _overlaps((start, end), (f.start, f.end))]
            if not hits:
                continue
            count["found"] += 1
            wanted = {_normal(w) for w in re.split(r"\s+/\s+", phrase.get("alternative") or "") if w.strip()}
            first = _normal(hits[0].suggestions[0]) if hits[0].suggestions else None
            count["first"] += first in wanted
            count["any"] += any(_normal(s) in wanted for f in hits for s in f.suggestions)
        count["flags"] += len(wording)
        count["right"] += sum(any(_overlaps((s, e), (f.start, f.end)) for s, e, _ in phrases) for f in wording)
        for finding in findings:
            if finding.rule in ("WRD001", "NOM003"):
                count["findings"] += 1
                count["rewrite"] += bool(finding.suggestions)
                count["fix"] += finding.fix is not None
    print(f"letters: {len(gold)} in {folder}")
    print(f"  phrases found:          {_share(count['found'], count['gold'])}")
    print(f"  wording flags right:    {_share(count['right'], count['flags'])}")
    print(f"  first suggestion = editor's: {_share(count['first'], count['found'])}; any: {_share(count['any'], count['found'])}")
    print(f"  WRD001/NOM003 findings with a rewrite first: {_share(count['rewrite'], count['findings'])}; "
          f"with a safe fix: {_share(count['fix'], count['findings'])}")


def pairs(path: Path, settings: Settings) -> None:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    documents: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    wording = {"Complex": [0, 0], "Simple": [0, 0]}  # findings, words
    won = 0
    for row in rows:
        figures = {}
        for side in ("Complex", "Simple"):
            text = row[side].strip()
            documents[row["Document ID"]][0 if side == "Complex" else 1].append(text)
            findings = check_text(text, settings).findings
            words = max(len(text.split()), 1)
            figures[side] = 100 * sum(f.category not in LETTER_ONLY for f in findings) / words
            wording[side][0] += sum(f.category == "wording" for f in findings)
            wording[side][1] += words
        won += figures["Simple"] < figures["Complex"]
    documents_won = 0
    for complex_side, simple_side in documents.values():
        per_side = []
        for sentences in (complex_side, simple_side):
            text = "\n\n".join(sentences)
            findings = check_text(text, settings).findings
            per_side.append(100 * sum(f.category not in LETTER_ONLY for f in findings) / max(len(text.split()), 1))
        documents_won += per_side[1] < per_side[0]
    print(f"pairs: {len(rows)} sentences in {len(documents)} documents from {path}")
    print(f"  edited side has fewer findings per 100 words: sentences {_share(won, len(rows))}; "
          f"documents {_share(documents_won, len(documents))}")
    for side in ("Complex", "Simple"):
        findings, words = wording[side]
        print(f"  wording findings per 100 words, {side.lower()}: {100 * findings / max(words, 1):.2f}")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "–"


def main() -> None:
    data = _shared_data()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=Path, default=data / "letters-dev")
    parser.add_argument("--pairs", type=Path, default=data / "amsterdam-dev" / "complex-simple-dev.csv")
    parser.add_argument("--fast", action="store_true", help="without the parse (b1check --fast)")
    parser.add_argument("--picky", action="store_true", help="with the hints on words many editors leave (b1check --picky)")
    arguments = parser.parse_args()
    settings = Settings(model=None if arguments.fast else "b1check", picky=arguments.picky)
    if arguments.letters.is_dir():
        letters(arguments.letters, settings)
    else:
        print(f"letters: {arguments.letters} not found")
    if arguments.pairs.is_file():
        pairs(arguments.pairs, settings)
    else:
        print(f"pairs: {arguments.pairs} not found")


if __name__ == "__main__":
    main()
