"""Measure b1check's passive detector, sentence splitter and lemmas on UD Dutch.

Usage (from the repository root):

    python benchmarks/ud_accuracy.py [UD_DIR] [--model=NAME] [--fast] [--errors]

UD_DIR defaults to ../shared/data/ud-dutch/ (relative to the repository root)
and must hold UD_Dutch-Alpino/ and UD_Dutch-LassySmall/. When it is missing the
script says "skipped" and exits 0. This is a measurement, not a test: it prints
figures and asserts nothing.

What is measured:

a. Passive voice, twice: the fast lexical detector (`--fast`, no parse) and
   the parsed one (the shipped pipeline, or `--model=NAME`). Unit: the
   auxiliary. Each gold sentence is given to the detector as gold tokens
   (one Doc, one sentence); a predicted passive is its
   auxiliary token, correct when that token is `aux:pass` in the gold tree.
   In UD Dutch both *worden* (`wordt gemaakt`) and *zijn* in the perfect
   passive (`is gemaakt`) are `aux:pass`; *zijn* with a state is `cop`.
b. Sentence splitting. Paragraphs are rebuilt from the `# text` lines (the
   files have no `# newdoc`/`# newpar` markers; the paragraph comes from the
   sent_id `<doc>.p.<n>.s.<m>`): sentences joined by a space, paragraphs and
   documents separated by a blank line. Unit: the character offset where a
   sentence starts. "all" counts every start, "inside paragraphs" leaves out
   paragraph starts (which a blank line gives away). Documents are cut into
   texts of at most CHUNK paragraphs: b1check's splitter sets
   `token.is_sent_start` token by token, and spaCy checks the whole Doc on
   every assignment, so splitting is quadratic in the length of a text.
c. Lemmas: token.lemma_ from the b1_lemmas component against gold LEMMA (with
   the compound marks `_` removed), case-insensitive, on the gold tokens.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from b1check.language import analyse as analyse_module  # noqa: E402  (registers extensions)
from b1check.load import load_text  # noqa: E402
from b1check.analysis.passive import find_lexical_passives, find_parsed_passives  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "ud-dutch"
FILES = (
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu",
)
CHUNK = 20
SENT_ID = re.compile(r"^(?:.*\\)?(?P<doc>.+)\.p\.(?P<par>\d+)\.s\.\d+$")


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    deprel: str
    space_after: bool


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current is not None and current.words:
                sentences.append(current)
            current = None
            continue
        if current is None:
            current = Sentence("", "")
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "sent_id":
                current.sent_id = value.strip()
            elif key.strip() == "text":
                current.text = value.strip()
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword ranges and empty nodes are not surface tokens
        current.words.append(
            Word(cols[1], cols[2], cols[3], cols[7], "SpaceAfter=No" not in cols[9])
        )
    if current is not None and current.words:
        sentences.append(current)
    return sentences


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self) -> str:
        p, r, f = self.prf()
        return f"{p:6.3f} {r:6.3f} {f:6.3f} {self.tp:5d} {self.fp:5d} {self.fn:5d}"


class Ratio:
    def __init__(self) -> None:
        self.right = self.total = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.right += other.right
        self.total += other.total
        return self

    def row(self) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{share:6.3f} ({self.right}/{self.total})"


def gold_doc(nlp, sentence: Sentence) -> Doc:
    words = [w.form for w in sentence.words]
    spaces = [w.space_after for w in sentence.words]
    starts = [True] + [False] * (len(words) - 1)
    return nlp.get_pipe("b1_lemmas")(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts))


def parsed_docs(parser, sentences: list[Sentence]) -> list[Doc]:
    """The gold tokens, one sentence per Doc, through the trained pipeline."""
    docs = [
        Doc(parser.vocab, words=[w.form for w in s.words], spaces=[w.space_after for w in s.words],
            sent_starts=[True] + [False] * (len(s.words) - 1))
        for s in sentences
    ]
    # b1check's sentence splitter is left out: the gold sentence is given.
    return list(parser.pipe(docs, batch_size=256, disable=["b1_sentences"]))


def measure_tokens(nlp, parser, sentences: list[Sentence], errors: list[str] | None):
    passives, parsed_passives, lemmas, verb_lemmas = Counts(), Counts(), Ratio(), Ratio()
    parsed = parsed_docs(parser, sentences) if parser is not None else [None] * len(sentences)
    for sentence, parsed_doc in zip(sentences, parsed):
        doc = gold_doc(nlp, sentence)
        gold = {i for i, w in enumerate(sentence.words) if w.deprel == "aux:pass"}
        passives.add({p.auxiliary.i for p in find_lexical_passives(doc)}, gold)
        if parsed_doc is None:
            continue
        predicted = {p.auxiliary.i for p in find_parsed_passives(parsed_doc)}
        parsed_passives.add(predicted, gold)
        if errors is not None and predicted != gold:
            marks = {i: "+" for i in predicted - gold} | {i: "-" for i in gold - predicted}
            shown = " ".join(f"[{marks[i]}{t.text}]" if i in marks else t.text for i, t in enumerate(doc))
            errors.append(shown)
        for token, word in zip(doc, sentence.words):
            right = token.lemma_.lower() == word.lemma.replace("_", "").lower()
            lemmas.add(right)
            if word.upos in ("VERB", "AUX"):
                verb_lemmas.add(right)
    return passives, parsed_passives, lemmas, verb_lemmas


def paragraphs(sentences: list[Sentence]) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    key = None
    for sentence in sentences:
        match = SENT_ID.match(sentence.sent_id)
        new_key = (match["doc"], match["par"]) if match else (sentence.sent_id, "")
        if new_key != key or not groups:
            groups.append([])
            key = new_key
        groups[-1].append(sentence)
    return groups


def chunks(sentences: list[Sentence]) -> list[list[list[Sentence]]]:
    """Paragraphs grouped by document, at most CHUNK paragraphs per text.

    A long Wikipedia article is cut at paragraph boundaries (see the note at
    the top); a blank line ends a sentence anyway, so nothing is lost.
    """
    texts: list[list[list[Sentence]]] = []
    document = None
    for group in paragraphs(sentences):
        match = SENT_ID.match(group[0].sent_id)
        name = match["doc"] if match else group[0].sent_id
        if name != document or len(texts[-1]) >= CHUNK:
            texts.append([])
            document = name
        texts[-1].append(group)
    return texts


def measure_splitting(sentences: list[Sentence]) -> tuple[Counts, Counts]:
    everything, inside = Counts(), Counts()
    for text_paragraphs in chunks(sentences):
        a, b = _measure_text(text_paragraphs)
        everything += a
        inside += b
    return everything, inside


def _measure_text(groups: list[list[Sentence]]) -> tuple[Counts, Counts]:
    parts, gold_all, paragraph_starts = [], set(), set()
    offset = 0
    for group in groups:
        if parts:
            parts.append("\n\n")
            offset += 2
        paragraph_starts.add(offset)
        for n, sentence in enumerate(group):
            if n:
                parts.append(" ")
                offset += 1
            gold_all.add(offset)
            parts.append(sentence.text)
            offset += len(sentence.text)
    text = "".join(parts)
    doc = analyse_module.analyse(load_text(text)).doc
    predicted = set()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            predicted.add(words[0].idx)
    everything, inside = Counts(), Counts()
    everything.add(predicted, gold_all)
    inside.add(predicted - paragraph_starts, gold_all - paragraph_starts)
    return everything, inside


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    show_errors = "--errors" in argv
    directory = Path(args[0]) if args else DEFAULT_DIR
    missing = [name for name in FILES if not (directory / name).is_file()]
    if missing:
        print(f"skipped: {directory / missing[0]} not found")
        return 0
    started = time.perf_counter()
    nlp = analyse_module.pipeline(None)
    model = next((a.split("=", 1)[1] for a in argv if a.startswith("--model=")), "b1check")
    parser = None if "--fast" in argv else analyse_module.pipeline(model)
    header = f"{'':38} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
    totals = [Counts(), Counts(), Ratio(), Ratio(), Counts(), Counts()]
    rows = []
    errors: list[str] | None = [] if show_errors else None
    for name in FILES:
        sentences = read_conllu(directory / name)
        passives, parsed, lemmas, verb_lemmas = measure_tokens(nlp, parser, sentences, errors)
        everything, inside = measure_splitting(sentences)
        for total, part in zip(totals, (passives, parsed, lemmas, verb_lemmas, everything, inside)):
            total += part
        rows.append((Path(name).name, len(sentences), passives, parsed, lemmas, verb_lemmas, everything, inside))
    rows.append(("overall", sum(r[1] for r in rows), *totals))

    print("Passive voice (unit: auxiliary; gold: aux:pass)")
    print(header)
    for name, n, passives, parsed, *_ in rows:
        print(f"{name + f' ({n} sent.) fast':38} {passives.row()}")
        if parser is not None:
            print(f"{name + f' ({n} sent.) parsed':38} {parsed.row()}")
    print()
    print("Sentence starts (all / inside paragraphs)")
    print(header)
    for name, _n, _p, _pp, _l, _v, everything, inside in rows:
        print(f"{name + ' all':38} {everything.row()}")
        print(f"{name + ' inside':38} {inside.row()}")
    print()
    print("Lemma accuracy (lookup lemmas on gold tokens)")
    print(f"{'':38} {'all tokens':>20} {'VERB+AUX':>20}")
    for name, _n, _p, _pp, lemmas, verb_lemmas, *_ in rows:
        print(f"{name:38} {lemmas.row():>20} {verb_lemmas.row():>20}")
    print()
    print(f"({time.perf_counter() - started:.1f} s)")
    if errors:
        print("\nPassive errors of the parsed detector ([+x] false positive, [-x] missed):")
        for line in errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
