"""Accuracy and speed of b1check's shipped Dutch pipeline (b1check/language/models/nl_b1check).

Usage (from the repository root):

    python benchmarks/parser_accuracy.py [UD_DIR] [--model PATH] [--dev-only]

UD_DIR defaults to ../shared/data/ud-dutch/ (relative to the repository root)
and must hold UD_Dutch-Alpino/ and UD_Dutch-LassySmall/. When it is missing the
script says "skipped" and exits 0. A measurement, not a test.

The pipeline runs as in b1check: with b1check's `b1_aux_or_verb` step after
the parser (AUX or VERB as the parse says), without b1check's sentence
splitter. Per file (Alpino dev, LassySmall dev, LassySmall test), on the gold
tokens, one sentence per Doc:
- UPOS, XPOS (tag_), morphology (FEATS, whole set per token), lemma, UAS, LAS
  (spaCy's scorer; LAS/UAS leave punctuation out, as spaCy does);
- "morph (harm.)": FEATS with Mood and PronType=Art removed on both sides. The
  training data was converted with alud 2.17, which adds Mood=Ind|... to
  finite verbs and PronType=Art to articles; the dev/test files (alud
  2.12/2.13) do not have them, so raw morphology understates the model;
- lemma: the trained lemmatizer, exact and case-insensitive, and b1check's
  lookup lemmas (b1check.language.lemmas) case-insensitive; gold lemmas lose the
  compound marks (`rente_stand` -> `rentestand`);
- "raw text": UPOS and LAS when the pipeline also tokenises the raw text
  (spaCy aligns the tokens), and the token F-score.
Speed: words per second (words = tokens that are not punctuation or space)
of the full pipeline on the LassySmall test text, one thread, one process.
With --dev-only: the two dev files alone, no speed; for choosing between
trained pipelines without seeing the test file.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "b1check" / "language" / "models" / "nl_b1check"
FILES = {
    "Alpino dev": "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "LassySmall dev": "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
    "LassySmall test": "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu",
}
NEW_FEATURES = ("Mood=", "PronType=Art")


def gold_docs(path: Path, vocab):
    from spacy.tokens import Doc
    from spacy.training.converters import conllu_to_docs

    sys.path.insert(0, str(ROOT / "training"))
    from convert import clean_conllu

    text = clean_conllu(path.read_text(encoding="utf8"))
    docs = []
    for doc in conllu_to_docs(text, n_sents=1, no_print=True):
        docs.append(Doc(vocab).from_bytes(doc.to_bytes()))
    return docs


def harmonised(morph: str) -> str:
    return "|".join(f for f in morph.split("|") if f and not f.startswith(NEW_FEATURES))


def measure(nlp, golds) -> dict[str, float]:
    from spacy.tokens import Doc
    from spacy.training import Example

    from b1check.language import lemmas

    table = lemmas.lemma_table()
    from spacy.scorer import Scorer

    words = (Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in golds)
    examples = [Example(doc, gold) for doc, gold in zip(nlp.pipe(words, batch_size=256), golds)]
    scores = Scorer(nlp).score(examples)
    n = harm = lemma_ci = lookup_ci = 0
    for example in examples:
        for pred, gold in zip(example.predicted, example.reference):
            n += 1
            harm += harmonised(str(pred.morph)) == harmonised(str(gold.morph))
            lemma_ci += pred.lemma_.lower() == gold.lemma_.lower()
            lower = gold.lower_
            lookup_ci += table.get(lower, lower) == gold.lemma_.lower()
    raw = nlp.evaluate([Example(nlp.make_doc(g.text), g) for g in golds])
    return {
        "tokens": n,
        "UPOS": scores["pos_acc"],
        "XPOS": scores["tag_acc"],
        "morph": scores["morph_acc"],
        "morph (harm.)": harm / n,
        "lemma": scores["lemma_acc"],
        "lemma (ci)": lemma_ci / n,
        "lookup lemma (ci)": lookup_ci / n,
        "UAS": scores["dep_uas"],
        "LAS": scores["dep_las"],
        "raw text: tokens F": raw["token_f"],
        "raw text: UPOS": raw["pos_acc"],
        "raw text: LAS": raw["dep_las"],
    }


def speed(nlp, golds) -> tuple[float, int]:
    texts = []
    chunk: list[str] = []
    for doc in golds:  # about ten sentences to a text, like a short letter
        chunk.append(doc.text)
        if len(chunk) == 10:
            texts.append(" ".join(chunk))
            chunk = []
    if chunk:
        texts.append(" ".join(chunk))
    list(nlp.pipe(texts[:20]))  # warm up
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    return words / (time.perf_counter() - start), words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ud_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "ud-dutch")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument(
        "--dev-only", action="store_true",
        help="only the two dev files, no speed: for choosing between trained pipelines without seeing the test file",
    )
    args = parser.parse_args()
    paths = {name: args.ud_dir / rel for name, rel in FILES.items() if not (args.dev_only and "test" in name)}
    if not all(p.exists() for p in paths.values()):
        print(f"skipped: UD data not found in {args.ud_dir}")
        return 0
    import spacy

    try:
        import torch  # noqa: F401  (only if present; spaCy does not need it)

        torch.set_num_threads(1)
    except ImportError:
        pass
    sys.path.insert(0, str(ROOT))
    from b1check.language import analyse  # noqa: F401 - registers b1check's components

    nlp = spacy.load(args.model)
    # As in b1check (analyse.pipeline): AUX or VERB as the parse says.
    # b1check's sentence splitter is left out: the gold files give one sentence per Doc.
    nlp.add_pipe("b1_aux_or_verb")
    print(f"pipeline: {args.model} (spaCy {spacy.__version__}; {', '.join(nlp.pipe_names)})")
    results = {}
    golds_by_file = {}
    for name, path in paths.items():
        golds_by_file[name] = gold_docs(path, nlp.vocab)
        results[name] = measure(nlp, golds_by_file[name])
    names = list(results)
    metrics = [m for m in results[names[0]] if m != "tokens"]
    width = max(map(len, metrics)) + 2
    print("\nAccuracy in % (gold tokens unless marked 'raw text'):")
    print(" " * width + "".join(f"{n:>17}" for n in names))
    print(f"{'tokens':<{width}}" + "".join(f"{results[n]['tokens']:>17}" for n in names))
    for metric in metrics:
        print(f"{metric:<{width}}" + "".join(f"{100 * results[n][metric]:>17.2f}" for n in names))
    if args.dev_only:
        return 0
    wps, words = speed(nlp, golds_by_file["LassySmall test"])
    print(f"\nSpeed (full pipeline, 1 thread): {wps:,.0f} words/s over {words:,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
