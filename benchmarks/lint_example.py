"""LiNT-II on b1check's own parse next to LiNT-II's published numbers.

The text and the published scores are the worked example in LiNT-II's README
(lint-ii 0.1.3, https://github.com/vanboefer/lint_ii, also in the package's
METADATA), computed there with spaCy's nl_core_news_lg 3.7.

    .venv/bin/python benchmarks/lint_example.py
"""

from __future__ import annotations

from b1check.analysis import lintii
from b1check.language.analyse import analyse
from b1check.load import load_text

TEXT = """De Oudegracht is het sfeervolle hart van de stad.
In de middeleeuwen was het hier een drukte van belang met de aan- en afvoer van goederen. 
Nu is het een prachtige plek om te winkelen en te lunchen of te dineren in de oude stadskastelen."""

# From the README: analysis.lint.score, analysis.lint_scores_per_sentence,
# analysis.mean_log_word_frequency and detailed_analysis['sentence_stats'][0].
PUBLISHED_DOCUMENT = 48.21821023715232
PUBLISHED_LEVEL = 3
PUBLISHED_SENTENCES = (18.488663741182307, 54.29401862227567, 63.24784032931867)
PUBLISHED_DOCUMENT_WORD_FREQUENCY = 4.208347333820788
PUBLISHED_FIRST_SENTENCE = {"word_frequency": 5.364349123825101, "dependency_length": 3,
                            "content_words_per_clause": 4.0, "concrete_noun_share": 0.5}


def _show(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main() -> None:
    analysis = analyse(load_text(TEXT), "b1check")
    result = lintii.score_sentences(analysis.sentences)
    if not result.available:
        raise SystemExit(f"LiNT-II niet berekend: {result.reason}")
    print(f"{'zin':<5} {'b1check':>8} {'LiNT-II':>8} {'verschil':>9}  freq   sdl    cw     concreet")
    for number, (sentence, published) in enumerate(zip(result.sentences, PUBLISHED_SENTENCES), start=1):
        f = sentence.features
        print(
            f"{number:<5} {sentence.score:8.1f} {published:8.1f} {round(sentence.score - published, 1) + 0.0:+9.1f}"
            f"  {_show(f.word_frequency)} {_show(f.dependency_length)} {_show(f.content_words_per_clause)}"
            f" {_show(f.concrete_noun_share)}"
        )
    f = result.features
    print(
        f"{'tekst':<5} {result.score:8.1f} {PUBLISHED_DOCUMENT:8.1f} {round(result.score - PUBLISHED_DOCUMENT, 1) + 0.0:+9.1f}"
        f"  {_show(f.word_frequency)} {_show(f.dependency_length)} {_show(f.content_words_per_clause)}"
        f" {_show(f.concrete_noun_share)}"
    )
    print(f"niveau: b1check {result.level}, LiNT-II {PUBLISHED_LEVEL}")
    print(f"woordfrequentie tekst: b1check {f.word_frequency:.6f}, LiNT-II {PUBLISHED_DOCUMENT_WORD_FREQUENCY:.6f}")
    print("zin 1 bij LiNT-II:", ", ".join(f"{k} {v}" for k, v in PUBLISHED_FIRST_SENTENCE.items()))


if __name__ == "__main__":
    main()
