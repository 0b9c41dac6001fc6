"""The text report says each thing once: the LiNT-II sentence as a reason or as a line of its own."""

from __future__ import annotations

from pathlib import Path

from b1check import check_file
from b1check.report import text as text_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_lint_ii_that_keeps_a_letter_from_b1_is_said_once_as_a_reason():
    report = check_file(EXAMPLES / "afval" / "origineel.eml")
    assert not report.verdict.b1 and report.metrics.lint.level == 4  # the example letter this test is about
    out = text_report.render([report], [])
    assert out.count("LiNT-II:") == 1
    reason = next(line for line in out.splitlines() if "LiNT-II:" in line)
    assert reason.startswith("    - LiNT-II: ") and reason.endswith("Een B1-brief heeft hooguit niveau 3.")


def test_lint_ii_within_the_limit_is_a_line_of_its_own():
    report = check_file(EXAMPLES / "afval" / "b1.eml")
    assert report.metrics.lint.available and report.metrics.lint.level <= 3
    out = text_report.render([report], [])
    assert out.count("LiNT-II:") == 1
    assert any(line.startswith("  LiNT-II: ") for line in out.splitlines())


def test_advice_is_shown_apart_and_never_after_the_arrow():
    from b1check import check_text
    from b1check.settings import Settings

    # Without the parse "Mocht u … hebben" cannot be fitted: advice only.
    report = check_text("Mocht u nog vragen hebben, bel ons dan.", settings=Settings(model=None))
    finding = next(f for f in report.findings if f.rule == "WRD001")
    assert not finding.suggestions and finding.advice
    line = next(line for line in text_report.render([report], []).splitlines() if "WRD001" in line)
    assert f"(advies: {finding.advice[0]}" in line and "→" not in line
