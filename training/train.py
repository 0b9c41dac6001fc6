"""Reproduce b1check's Dutch pipeline: convert, train, evaluate, package.

Usage (from the repository root):

    python training/train.py [--data ../shared/data] [--work /tmp/b1check-train]
                             [--no-extra] [--max-steps N] [--no-package]

Steps:
1. convert the UD .conllu files to .spacy corpora in WORK (never in the repo):
   train = ud-dutch-train/nl_alpino-treebank-ud-train.conllu
           (+ nl_alpino-treebank-ud-extra.conllu unless --no-extra),
   dev   = ud-dutch/UD_Dutch-Alpino/nl_alpino-ud-dev.conllu
           + ud-dutch/UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu;
2. `spacy train training/config.cfg` on one thread (model-best is chosen on
   the dev score, see [training.score_weights]);
3. copy model-best into b1check/models/nl_b1check/ (nlp.to_disk; the
   MODEL_CARD.md already there is kept);
4. print the accuracy with benchmarks/parser_accuracy.py.

Not run in CI. On one CPU core it takes about 75 minutes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL_DIR = ROOT / "b1check" / "models" / "nl_b1check"
KEEP = ("MODEL_CARD.md",)

sys.path.insert(0, str(HERE))
from convert import convert  # noqa: E402


def files(data: Path, extra: bool) -> tuple[list[Path], list[Path]]:
    train_dir = data / "ud-dutch-train"
    train = [train_dir / "nl_alpino-treebank-ud-train.conllu"]
    if extra:
        train.append(train_dir / "nl_alpino-treebank-ud-extra.conllu")
    dev = [
        data / "ud-dutch" / "UD_Dutch-Alpino" / "nl_alpino-ud-dev.conllu",
        data / "ud-dutch" / "UD_Dutch-LassySmall" / "nl_lassysmall-ud-dev.conllu",
    ]
    missing = [p for p in train + dev if not p.exists()]
    if missing:
        sys.exit("missing data files:\n  " + "\n  ".join(map(str, missing)))
    return train, dev


def package(best: Path, target: Path) -> None:
    import spacy

    nlp = spacy.load(best)
    nlp.meta["name"] = "b1check"
    nlp.meta["description"] = (
        "Compact Dutch pipeline for b1check: tagger (CGN tags), morphologizer, "
        "trainable lemmatizer, dependency parser. CNN tok2vec, no vectors."
    )
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["sources"] = [
        {"name": "Alpino Treebank (UD conversion with alud 2.17)", "url": "https://github.com/rug-compling/Alpino",
         "license": "CC BY-SA 4.0 (as UD_Dutch-Alpino)"},
    ]
    kept = {name: (target / name).read_bytes() for name in KEEP if (target / name).exists()}
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    # the training paths pointed into the work folder: meaningless elsewhere
    config = target / "config.cfg"
    lines = config.read_text(encoding="utf8").splitlines()
    lines = [f"{line.split(' =')[0]} = null" if line.startswith(("train = ", "dev = ")) else line for line in lines]
    config.write_text("\n".join(lines) + "\n", encoding="utf8")
    for name, data in kept.items():
        (target / name).write_bytes(data)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"packaged {target} ({size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/b1check-train"))
    parser.add_argument("--no-extra", action="store_true", help="train on the main file only")
    parser.add_argument("--max-steps", type=int, help="override [training] max_steps")
    parser.add_argument("--no-package", action="store_true", help="do not copy into b1check/models")
    args = parser.parse_args()

    work = args.work.resolve()
    if ROOT in work.parents or work == ROOT:
        sys.exit("keep the work folder outside the repository (derived treebank data)")
    train, dev = files(args.data.resolve(), not args.no_extra)
    corpus = work / "corpus"
    for name, paths in (("train", train), ("dev", dev)):
        folder = corpus / name
        if folder.exists():
            shutil.rmtree(folder)
        for path in paths:
            docs, tokens = convert([path], folder / (path.stem + ".spacy"))
            print(f"{path.name}: {docs} docs, {tokens} tokens")

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    command = [
        sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"),
        "--output", str(work / "output"),
        "--paths.train", str(corpus / "train"),
        "--paths.dev", str(corpus / "dev"),
    ]
    if args.max_steps:
        command += ["--training.max_steps", str(args.max_steps)]
    print("running:", " ".join(command), flush=True)
    subprocess.run(command, env=env, check=True)

    best = work / "output" / "model-best"
    if args.no_package:
        print(f"trained pipeline: {best}")
        return
    package(best, MODEL_DIR)
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "parser_accuracy.py"), str(args.data / "ud-dutch")],
        env=env, check=False,
    )


if __name__ == "__main__":
    main()
