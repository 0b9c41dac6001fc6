"""Speed of `check`, parsed and fast, against the bare spaCy tokenizer, on generated letters.

Prints figures; it asserts nothing. Run: python benchmarks/speed.py [--letters N] [--ud] [--profile]
Every figure is CPU time of this one process (`time.process_time`): the machine is shared, and
wall-clock time would measure the other users' load as much as b1check.
Targets, one core: the fast lexical check (`--fast`) at least a quarter of the
tokenizer's words per second (issue 2); the parsed check (the default, with the
shipped pipeline) at least 10,000 words per second (issue 6). Also printed: the
trained pipeline alone (tagger, morphologizer, lemmatizer, parser), as b1check
runs it (analyse_many, without the rules), so that the
cost of the parse and the cost of the rules can be told apart, and the parsed
check with a batch of letters at a time through the pipeline, as `audit` and
`check` with many files run it.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SENTENCES = [
    "Wij verzoeken u het formulier binnen twee weken te retourneren.",
    "Uw aanvraag voor een parkeervergunning wordt door ons in behandeling genomen.",
    "Hierbij delen wij u mede dat uw aanvraag is afgewezen.",
    "Indien u het niet eens bent met dit besluit, kunt u bezwaar maken.",
    "U krijgt binnen acht weken een brief van ons.",
    "Heeft u vragen? Bel mij op 020 123 45 67.",
    "Wij hebben uw brief van 12 maart 2026 goed ontvangen.",
    "De verstrekking van de uitkering vindt plaats middels een overboeking.",
    "Bij deze brief treft u een overzicht aan van de kosten.",
    "U kunt uw afval op maandag vanaf 7.00 uur aanbieden.",
    "Het bedrag van € 1.234,56 moet vóór 1 januari 2027 op onze rekening staan.",
    "Wij zullen maatregelen nemen als u niet op tijd betaalt.",
    "De Wmo regelt hulp voor mensen die niet alles zelf kunnen.",
    "Wij komen graag bij u thuis om te praten over wat u nodig heeft.",
    "U ontvangt bijv. een vergoeding voor de kosten van de taxi.",
    "Ten behoeve van de beoordeling van uw aanvraag hebben wij aanvullende gegevens nodig.",
    "Wij willen u graag helpen.",
    "Uw WOZ-waarde is vastgesteld op basis van de verkoopprijzen van vergelijkbare woningen in uw buurt.",
]
HEAD = "Gemeente Voorbeeld\nPostbus 100\n1000 AA Voorbeeld\n\n{date}\n\nGeachte heer Jansen,\n\n"
TAIL = "\n\nMet vriendelijke groet,\n\nFatima el Amrani\nTeam Parkeren\n"


def make_letters(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    letters = []
    for number in range(count):
        paragraphs = []
        for _ in range(rng.randint(3, 5)):
            paragraphs.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))))
        letters.append(HEAD.format(date=f"{number % 28 + 1} maart 2026") + "\n\n".join(paragraphs) + TAIL)
    return letters


UD_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ud-dutch"


def make_ud_letters(count: int) -> list[str]:
    """Letters whose running text is the sentences of the UD files (news,
    Wikipedia): a real vocabulary, where the generated letters repeat 18
    sentences and so flatter every cache. Empty when the files are absent."""
    sentences = []
    for path in sorted(UD_DIR.glob("*/*.conllu")):
        with path.open(encoding="utf-8") as lines:
            sentences += [line[len("# text = ") :].strip() for line in lines if line.startswith("# text = ")]
    letters = []
    for number, first in enumerate(range(0, min(len(sentences), 16 * count) - 15, 16)):
        paragraphs = [" ".join(sentences[start : start + 4]) for start in range(first, first + 16, 4)]
        letters.append(HEAD.format(date=f"{number % 28 + 1} maart 2026") + "\n\n".join(paragraphs) + TAIL)
    return letters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=2000)
    parser.add_argument(
        "--ud", action="store_true", help=f"letters made of the UD sentences in {UD_DIR} (at most about 250)"
    )
    parser.add_argument("--profile", action="store_true", help="print the 25 slowest functions of check")
    args = parser.parse_args()

    started = time.process_time()
    import spacy

    from b1check.language.analyse import BATCH, analyse_many
    from b1check.check import check_source, report_on
    from b1check.load import load_text
    from b1check.settings import Settings

    parsed_settings, fast_settings = Settings(), Settings(model=None)
    # Warm up: load the lemma tables, word lists, matcher and pipeline once.
    check_source(load_text(make_letters(1)[0]), "warm-up", parsed_settings)
    start_up = time.process_time() - started
    check_source(load_text(make_letters(1)[0]), "warm-up", fast_settings)

    letters = make_ud_letters(args.letters) if args.ud else make_letters(args.letters)
    if not letters:
        sys.exit(f"no UD files in {UD_DIR}")
    tokenizer = spacy.blank("nl").tokenizer
    started = time.process_time()
    words = 0
    for text in letters:
        words += sum(1 for token in tokenizer(text) if not token.is_space and not token.is_punct)
    tokenizer_seconds = time.process_time() - started

    def timed(settings: Settings) -> float:
        def run_check() -> None:
            for text in letters:
                check_source(load_text(text), "bench", settings)

        started = time.process_time()
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(run_check)
            seconds = time.process_time() - started
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            return seconds
        run_check()
        return time.process_time() - started

    # The pipeline as b1check runs it (analyse_many: tokens, placeholders, the
    # trained pipeline, sentences), 64 letters at a time; no rules.
    sources = [load_text(text) for text in letters]
    started = time.process_time()
    for first in range(0, len(sources), 64):
        analyse_many(sources[first : first + 64], parsed_settings.model)
    pipeline_seconds = time.process_time() - started

    fast_seconds = timed(fast_settings)
    parsed_seconds = timed(parsed_settings)

    # As `audit` and `check` with many files do it: the pipeline over BATCH letters at a time,
    # then the rules letter by letter.
    started = time.process_time()
    for first in range(0, len(letters), BATCH):
        sources = [load_text(text) for text in letters[first : first + BATCH]]
        for analysis in analyse_many(sources, parsed_settings.model):
            report_on(analysis, "bench", parsed_settings)
    batched_seconds = time.process_time() - started
    tokenizer_speed = words / tokenizer_seconds
    fast_speed = words / fast_seconds
    parsed_speed = words / parsed_seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("words per second of CPU time, one process")
    print(f"corpus: {len(letters)} {'letters of UD sentences' if args.ud else 'generated letters'}, {words} words")
    print(f"start-up (import + tables + first letter): {start_up:.2f} s CPU")
    print(f"spaCy tokenizer: {tokenizer_speed:,.0f} words/s")
    print(f"trained pipeline alone (analyse_many): {words / pipeline_seconds:,.0f} words/s")
    print(f"check --fast (lexical): {fast_speed:,.0f} words/s, {len(letters) / fast_seconds:,.1f} letters/s "
          f"({fast_speed / tokenizer_speed:.2f} of the tokenizer; target ≥ 0.25)")
    print(f"check (parsed):         {parsed_speed:,.0f} words/s, {len(letters) / parsed_seconds:,.1f} letters/s "
          "(target ≥ 10,000 words/s)")
    print(f"parsed, {BATCH} letters through the pipeline at once (as audit and check with many files do): "
          f"{words / batched_seconds:,.0f} words/s")
    print(f"peak memory:     {peak:,.0f} MB")


if __name__ == "__main__":
    main()
