"""Human-readable output: one line per finding, then a summary per letter."""

from __future__ import annotations

from collections import Counter

import click

from ..analysis.lintii import describe_score
from ..model import FileReport, ReadError, Severity
from .labels import better, count, number, one_line_path, severity_count
from .overview import contact_line, tolerated_notes, verdict_summary

_SEVERITY_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def finding_lines(report: FileReport, colour: bool) -> list[str]:
    lines = []
    path = one_line_path(report.path)
    for f in report.findings:
        where = f"{path}:{f.line}:{f.column}:"
        code = click.style(f.rule, fg=_SEVERITY_COLOUR[f.severity], bold=True) if colour else f.rule
        line = f"{click.style(where, bold=True) if colour else where} {code} {f.message}"
        if f.suggestions or f.advice:
            arrow = click.style("→", fg="green") if colour else "→"
            # The suggestions replace the words shown, which can be more than the message names.
            shown = f" '{' '.join(f.text.split())}'" if f.matched is not None and f.suggestions else ""
            line += f"{shown}{better(f, arrow)}"
        lines.append(line)
    return lines


def _mark(ok: bool, colour: bool) -> str:
    mark = "✓" if ok else "✗"
    return click.style(mark, fg="green" if ok else "red") if colour else mark


def summary_lines(report: FileReport, colour: bool) -> list[str]:
    m, v, c = report.metrics, report.verdict, report.contact
    verdict = "ja" if v.b1 else "nee"
    if colour:
        verdict = click.style(verdict, fg="green" if v.b1 else "red", bold=True)
    lines = [one_line_path(report.path), f"  B1: {verdict}"]
    for reason in v.reasons if not v.b1 else tolerated_notes(v):
        lines.append(f"    - {reason}")
    lines.append(
        f"  Leesbaarheid ({m.words} woorden in {m.sentences} zinnen lopende tekst):"
        f" Flesch-Douma {number(m.flesch_douma, 1)} · Brouwer {number(m.leesindex_brouwer, 1)}"
        f" · {number(m.average_sentence_length, 1)} woorden per zin"
        f" · {round(m.long_sentence_share * 100)}% lange zinnen"
        f" · {round(m.difficult_word_share * 100)}% moeilijke woorden"
        f" · {round(m.passive_sentence_share * 100)}% lijdende vorm"
    )
    if not verdict_summary(report).lint_is_reason:  # a reason already says the LiNT-II sentence
        lines.append(f"  {describe_score(m.lint)}")
    lines.append("  " + contact_line(c, lambda ok: _mark(ok, colour)))
    counts = Counter(f.severity for f in report.findings)
    if report.findings:
        parts = [severity_count(s, counts[s]) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        lines.append(f"  {count(len(report.findings), 'melding', 'meldingen')}: {', '.join(parts)}")
    else:
        lines.append("  Geen meldingen.")
    for note in report.notes:
        lines.append(f"  Let op: {note}")
    return lines


def total_line(reports: list[FileReport]) -> str:
    """'3 brieven gecontroleerd: 1 is B1 · 44 meldingen in 2 bestanden.'"""
    b1 = sum(1 for report in reports if report.verdict.b1)
    with_findings = sum(1 for report in reports if report.findings)
    findings = sum(len(report.findings) for report in reports)
    line = f"{count(len(reports), 'brief', 'brieven')} gecontroleerd: {number(b1)} {'is' if b1 == 1 else 'zijn'} B1"
    if findings:
        line += f" · {count(findings, 'melding', 'meldingen')} in {count(with_findings, 'bestand', 'bestanden')}"
    return line + "."


def render(reports: list[FileReport], errors: list[ReadError], colour: bool = False) -> str:
    out: list[str] = []
    for report in reports:
        out.extend(finding_lines(report, colour))
        if report.findings:
            out.append("")
        out.extend(summary_lines(report, colour))
        out.append("")
    if len(reports) > 1:
        out.append(total_line(reports))
        out.append("")
    if errors:
        title = f"Niet gelezen ({len(errors)}):"
        out.append(click.style(title, fg="red", bold=True) if colour else title)
        for error in errors:
            out.append(f"  {one_line_path(error.path)}: {error.reason}")
    return "\n".join(out).rstrip("\n") + "\n"
