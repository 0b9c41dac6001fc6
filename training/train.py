"""Reproduce b1check's Dutch pipeline: convert, train, evaluate, package.

Usage (from the repository root):

    python training/train.py [--data ../shared/data] [--work /tmp/b1check-train]
                             [--no-extra] [--wiki] [--resume PIPELINE] [--max-steps N]
                             [--set SECTION.KEY=VALUE ...] [--no-package]

Steps:
1. convert the UD .conllu files to .spacy corpora in WORK (never in the repo):
   train = ud-dutch-train/nl_alpino-treebank-ud-train.conllu
           (+ nl_alpino-treebank-ud-extra.conllu unless --no-extra)
           (+ with --wiki, the old UD 2.0 LassySmall Wikipedia file, words
              and trees only, so that only the parser learns from it),
   dev   = ud-dutch/UD_Dutch-Alpino/nl_alpino-ud-dev.conllu
           + ud-dutch/UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu;
2. `spacy train training/config.cfg` on one thread (model-best is chosen on
   the dev score, see [training.score_weights]);
3. copy model-best into b1check/language/models/nl_b1check/ (nlp.to_disk; the
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
MODEL_DIR = ROOT / "b1check" / "language" / "models" / "nl_b1check"
KEEP = ("MODEL_CARD.md",)

sys.path.insert(0, str(HERE))
from convert import convert  # noqa: E402


OLD_WIKI = Path("older-ud2.0-2017") / "nl_lassysmall-ud-train.2017-02-01.dedup.conllu"


def files(data: Path, extra: bool, wiki: bool) -> tuple[list[Path], list[Path], list[Path]]:
    """(full training files, parser-only training files, dev files)."""
    train_dir = data / "ud-dutch-train"
    train = [train_dir / "nl_alpino-treebank-ud-train.conllu"]
    if extra:
        train.append(train_dir / "nl_alpino-treebank-ud-extra.conllu")
    syntax = [train_dir / OLD_WIKI] if wiki else []
    dev = [
        data / "ud-dutch" / "UD_Dutch-Alpino" / "nl_alpino-ud-dev.conllu",
        data / "ud-dutch" / "UD_Dutch-LassySmall" / "nl_lassysmall-ud-dev.conllu",
    ]
    missing = [p for p in train + syntax + dev if not p.exists()]
    if missing:
        sys.exit("missing data files:\n  " + "\n  ".join(map(str, missing)))
    return train, syntax, dev


def package(best: Path, target: Path) -> None:
    import spacy

    nlp = spacy.load(best)
    nlp.meta["name"] = "b1check"
    nlp.meta["description"] = (
        "Compact Dutch pipeline for b1check: tagger (CGN tags), morphologizer, "
        "trainable lemmatizer, dependency parser. CNN tok2vec, no vectors."
    )
    nlp.meta["license"] = "CC BY-SA 4.0"
    # Same architectures in spaCy 3.7 and 3.8; b1check needs 3.7 on Python 3.11
    # (lint-ii's pins), 3.8 from 3.12. parser_accuracy.py gives equal figures in both.
    nlp.meta["spacy_version"] = ">=3.7.5,<3.9.0"
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


def resume_config(pipeline: Path, work: Path) -> Path:
    """training/config.cfg with every component sourced from `pipeline`.

    Training then goes on from its weights (a fresh optimizer, full-size
    batches from the start) instead of from random ones.
    """
    from spacy.util import load_config

    config = load_config(HERE / "config.cfg")
    for name in config["nlp"]["pipeline"]:
        config["components"][name] = {"source": str(pipeline)}
    config["training"]["batcher"]["size"]["start"] = config["training"]["batcher"]["size"]["stop"]
    config["initialize"]["after_init"] = {"@callbacks": "b1check.lemmatizer_labels.v1"}
    target = work / "resume.cfg"
    target.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/b1check-train"))
    parser.add_argument("--no-extra", action="store_true", help="train on the main file only")
    parser.add_argument(
        "--wiki", action="store_true",
        help="add the old UD 2.0 LassySmall (Wikipedia) file, for the parser only (measured: it did not help)",
    )
    parser.add_argument(
        "--resume", type=Path, metavar="PIPELINE",
        help="go on training this pipeline (e.g. b1check/language/models/nl_b1check) instead of starting afresh",
    )
    parser.add_argument("--max-steps", type=int, help="override [training] max_steps")
    parser.add_argument(
        "--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
        help="extra spaCy config override, e.g. components.parser.model.hidden_width=64",
    )
    parser.add_argument("--no-package", action="store_true", help="do not copy into b1check/language/models")
    args = parser.parse_args()

    work = args.work.resolve()
    if ROOT in work.parents or work == ROOT:
        sys.exit("keep the work folder outside the repository (derived treebank data)")
    train, syntax, dev = files(args.data.resolve(), not args.no_extra, args.wiki)
    corpus = work / "corpus"
    for name, paths, parser_only in (("train", train, False), ("train", syntax, True), ("dev", dev, False)):
        folder = corpus / name
        if folder.exists() and not parser_only:
            shutil.rmtree(folder)
        for path in paths:
            docs, tokens = convert([path], folder / (path.stem + ".spacy"), parser_only=parser_only)
            print(f"{path.name}: {docs} docs, {tokens} tokens" + (" (parser only)" if parser_only else ""))

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    config = HERE / "config.cfg"
    if args.resume:
        config = resume_config(args.resume.resolve(), work)
    command = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(work / "output"),
        "--code", str(HERE / "callbacks.py"),
        "--paths.train", str(corpus / "train"),
        "--paths.dev", str(corpus / "dev"),
    ]
    if args.max_steps:
        command += ["--training.max_steps", str(args.max_steps)]
    for override in args.set:
        key, _, value = override.partition("=")
        command += [f"--{key}", value]
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
