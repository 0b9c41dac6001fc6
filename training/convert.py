"""Convert UD Dutch .conllu files to spaCy's binary training format (.spacy).

Usage:
    python training/convert.py INPUT.conllu [INPUT2.conllu ...] OUTPUT.spacy [--n-sents 10]

What it changes on the way (nothing else):
- LEMMA: the compound marks of the Alpino lemmas are removed
  (`verzekering_maatschappij` -> `verzekeringmaatschappij`), so that the trained
  lemmatizer gives plain words; `benchmarks/parser_accuracy.py` scores lemmas
  the same way. A lemma that is only "_" (an underscore token) is kept.
- Empty nodes (ids like 8.1, enhanced graph only) are dropped by spaCy's reader.
- Sentences are grouped n-sents to a Doc, so the parser also learns where
  sentences end.

The output is a derived corpus of the treebanks: keep it outside the
repository (e.g. /tmp), never commit it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs


def strip_compound_marks(lemma: str) -> str:
    if lemma == "_" or "_" not in lemma:
        return lemma
    stripped = lemma.replace("_", "")
    return stripped or lemma


def clean_conllu(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10:
                cols[2] = strip_compound_marks(cols[2])
                line = "\t".join(cols)
        lines.append(line)
    return "\n".join(lines) + "\n"


def syntax_only(doc: Doc) -> Doc:
    """The same words and dependency tree, without tags, morphology or lemmas.

    For treebanks whose tags and lemmas follow older conventions: the
    tagger, morphologizer and lemmatizer see these as missing values and
    learn nothing from them; only the parser (and through it the shared
    tok2vec) does.
    """
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )


def convert(
    inputs: list[Path], output: Path, n_sents: int = 10, parser_only: bool = False
) -> tuple[int, int]:
    """Write one .spacy file from one or more .conllu files; return (docs, tokens)."""
    docbin = DocBin(store_user_data=False)
    n_docs = n_tokens = 0
    for path in inputs:
        text = clean_conllu(Path(path).read_text(encoding="utf8"))
        for doc in conllu_to_docs(text, n_sents=n_sents, no_print=True):
            if parser_only:
                doc = syntax_only(doc)
            docbin.add(doc)
            n_docs += 1
            n_tokens += len(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    return n_docs, n_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="input .conllu files, then the output .spacy file")
    parser.add_argument("--n-sents", type=int, default=10)
    parser.add_argument("--parser-only", action="store_true", help="keep only words and the dependency tree")
    args = parser.parse_args()
    if len(args.paths) < 2:
        parser.error("give at least one input and one output")
    *inputs, output = args.paths
    docs, tokens = convert(inputs, output, args.n_sents, args.parser_only)
    print(f"{output}: {docs} docs, {tokens} tokens")


if __name__ == "__main__":
    main()
