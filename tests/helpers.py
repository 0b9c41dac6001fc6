"""Small helpers the tests share: check a Dutch text, keep some categories."""

from __future__ import annotations

from b1check.language.analyse import analyse
from b1check.check import check_text
from b1check.load import load_text
from b1check.analysis.phrases import finder_for
from b1check.rules import Context
from b1check.settings import Settings


def findings_for(text: str, categories=None, settings: Settings | None = None):
    report = check_text(text, settings or Settings())
    if categories is None:
        return report.findings
    return [f for f in report.findings if f.category in categories]


def plain_language_findings(text: str, categories) -> list:
    """The findings that say b1check's own Dutch (a message, a reason, an alternative) is not plain.
    TON003 is left out: these texts speak about "de gemeente" to the writer, or are written for any
    sender; whether a letter speaks as "wij" is for the letter, not for b1check's texts."""
    return [f for f in findings_for(text, categories) if f.rule != "TON003"]


def codes_for(text: str, categories=None) -> list[str]:
    return [f.rule for f in findings_for(text, categories)]


def context_for(text: str, settings: Settings | None = None) -> Context:
    settings = settings or Settings()
    return Context(analyse(load_text(text), settings.model), settings)


def phrase_matches(text: str, model: str | None = "b1check"):
    """The word-list matches in a text, with the parse (the default) or without (model=None, --fast)."""
    doc = analyse(load_text(text), model).doc
    return finder_for((), model).find(doc)


def record_groups(monkeypatch, fail: bool = False) -> list[int]:
    """Record the size of every group of letters that goes through the pipeline
    (filled as they come); with `fail`, every group of two or more fails (one
    letter alone still goes through)."""
    from b1check.language import analyse as analyse_module

    real = analyse_module.analyse_many
    sizes: list[int] = []

    def recorded(sources, model=None):
        sizes.append(len(sources))
        if fail and len(sources) > 1:
            raise RuntimeError("kapot")
        return real(sources, model)

    monkeypatch.setattr(analyse_module, "analyse_many", recorded)
    return sizes
