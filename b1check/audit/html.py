"""The HTML report of an audit: one self-contained page, overview first, then every letter.

Letter sections are rendered in the workers and written to a spool file as
they come; at the end the overview (known only then) is written, followed by
the spooled sections. The templates live in `b1check/audit/templates/`;
autoescaping is on, so letter text is always shown as text.
"""

from __future__ import annotations

import datetime
import shutil
import tempfile
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from ..__about__ import __version__
from ..analysis.lintii import who_struggles
from ..files import AtomicFile
from ..load.source import SourceText
from ..model import CATEGORIES, FileReport, Finding
from ..report.labels import CATEGORY_NAMES, SEVERITY_NAMES
from ..report.look import CATEGORY_LOOKS, WIDE_CATEGORIES, category_css
from ..report.overview import BROUWER_LABEL, FLESCH_LABEL, LINT_LABEL, contact_checks, verdict_summary
from ..settings import VerdictLimits
from .summary import ArchiveSummary, Comparison

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The verdict's LiNT-II limit, when the caller does not pass the one from its settings.
MAX_LINT_LEVEL = VerdictLimits().max_lint_level
STATUS_NAMES = {"better": "beter", "worse": "slechter", "same": "gelijk", "new": "nieuw"}


def _number(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + _number(value)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # letters are text, never markup
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(number=_number, percent=_percent, signed=_signed, who_struggles=who_struggles,
                       lower_first=lambda text: text[:1].lower() + text[1:],
                       verdict_summary=verdict_summary, contact_checks=contact_checks)
    env.globals.update(
        category_names=CATEGORY_NAMES, severity_names=SEVERITY_NAMES, status_names=STATUS_NAMES,
        categories=CATEGORIES, looks=CATEGORY_LOOKS, category_css=category_css(),
        flesch_label=FLESCH_LABEL, lint_label=LINT_LABEL, brouwer_label=BROUWER_LABEL,
    )
    return env


# --- one letter ----------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A stretch of letter text with the same highlights, then the footnote numbers that end there."""

    text: str
    classes: str
    title: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class Note:
    number: int
    finding: Finding


def display_text(source: SourceText) -> tuple[str, callable]:
    """The text to show, and a map from an original offset to an offset in it.

    A plain-text letter or template is shown as it is. For HTML, e-mail and
    documents the original is markup, so the text b1check read is shown.
    """
    if source.offsets is None:
        return source.original, lambda offset: offset
    text, offsets = source.text, source.offsets
    size = len(text)
    return text, lambda offset: min(bisect_left(offsets, offset, 0, size), size)


def pieces(text: str, spans: list[tuple[int, int, Note]]) -> list[Piece]:
    """Cut the text where a highlight starts or ends; each piece knows its active findings."""
    starts: dict[int, list[Note]] = {}
    ends: dict[int, list[Note]] = {}
    for start, end, note in spans:
        starts.setdefault(start, []).append(note)
        ends.setdefault(end, []).append(note)
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[int, Note] = {}
    out: list[Piece] = []
    for position, following in zip(cuts, cuts[1:] + [None]):
        closing = ends.get(position, [])
        for note in closing:
            active.pop(note.number, None)
        marks = tuple(sorted(note.number for note in closing))
        if marks:
            if out:
                previous = out[-1]
                out[-1] = Piece(previous.text, previous.classes, previous.title, previous.notes + marks)
            else:
                out.append(Piece("", "", "", marks))
        for note in starts.get(position, []):
            if note not in closing:
                active[note.number] = note
        if following is None:
            break
        piece = text[position:following]
        if not active:
            out.append(Piece(piece, "", "", ()))
            continue
        notes = sorted(active.values(), key=lambda n: (_wide_first(n), n.number))
        classes = ["hl"] + [f"cat-{n.finding.category}" for n in notes]
        title = "\n".join(_title(n) for n in reversed(notes))
        out.append(Piece(piece, " ".join(dict.fromkeys(classes)), title, ()))
    return out


def _wide_first(note: Note) -> int:
    return 0 if note.finding.category in WIDE_CATEGORIES else 1


def _title(note: Note) -> str:
    finding = note.finding
    line = f"[{note.number}] {finding.rule}: {finding.message}"
    if finding.suggestions:
        line += " → " + " / ".join(finding.suggestions)
    return line


def letter_view(report: FileReport, source: SourceText) -> tuple[list[Piece], list[Note]]:
    text, to_display = display_text(source)
    notes = [Note(number, finding) for number, finding in enumerate(report.findings, start=1)]
    spans = []
    for note in notes:
        start = to_display(note.finding.start)
        end = max(start, to_display(note.finding.end))
        while end > start and text[end - 1].isspace():
            end -= 1  # a sentence finding may take the blank line after it along; its number belongs before it
        spans.append((start, end, note))
    return pieces(text, spans), notes


def render_letter(index: int, report: FileReport, source: SourceText, comparison: Comparison | None) -> str:
    letter_pieces, notes = letter_view(report, source)
    return environment().get_template("letter.html.j2").render(
        index=index, report=report, pieces=letter_pieces, notes=notes, comparison=comparison,
        format=source.format,
    )


# --- the page ----------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    passes: bool


def score_chart(summary: ArchiveSummary, threshold: float) -> dict:
    """Geometry of the score histogram, for the inline SVG."""
    width, height, left, bottom, top = 640, 240, 40, 30, 20
    bins = summary.score_distribution()
    most = max((b["letters"] for b in bins), default=0) or 1
    slot = (width - left - 10) / len(bins)
    bars = []
    for number, b in enumerate(bins):
        bar_height = (height - bottom - top) * b["letters"] / most
        label = f"{b['from']}–{b['to']}"
        if number == 0:
            label = f"< {b['to']}"
        elif number == len(bins) - 1:
            label = f"≥ {b['from']}"
        bars.append(Bar(left + number * slot + 4, height - bottom - bar_height, slot - 8, bar_height, label,
                        b["letters"], b["from"] >= threshold))
    line_x = left + slot * min(max(threshold, 0), 100) / 10
    return {"width": width, "height": height, "bars": bars, "base": height - bottom, "left": left,
            "threshold": threshold, "threshold_x": line_x, "most": most}


def _frame(summary: ArchiveSummary, threshold: float, paths: list[str], baseline: str | None,
           max_lint_level: int) -> tuple[str, str]:
    """The overview before the letter sections, and what closes the page after them."""
    env = environment()
    context = {
        "summary": summary, "chart": score_chart(summary, threshold), "version": __version__,
        "generated": datetime.datetime.now().strftime("%d-%m-%Y %H:%M"), "paths": paths, "baseline": baseline,
        "threshold": threshold, "max_lint_level": max_lint_level,
    }
    return env.get_template("head.html.j2").render(**context), env.get_template("tail.html.j2").render(**context)


def render_single(report: FileReport, source: SourceText, threshold: float = 60.0,
                  max_lint_level: int = MAX_LINT_LEVEL) -> str:
    """The same self-contained report `audit --html` writes, for one letter (used by `b1check serve`)."""
    summary = ArchiveSummary()
    summary.add(report, 0)
    head, tail = _frame(summary, threshold, [report.path], None, max_lint_level)
    return head + render_letter(0, report, source, None) + tail


class HtmlReport:
    """Writes the report: sections stream to a temporary file, the overview comes last but is put first.

    The page is written beside the target and takes its place whole (`files.AtomicFile`).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._out = AtomicFile(path)
        self._spool = tempfile.TemporaryFile(  # noqa: SIM115 - open until close()
            "w+", encoding="utf-8", dir=self._out.target.parent, prefix=".b1check-audit-"
        )
        self.sections = 0

    def add(self, section: str) -> None:
        self._spool.write(section)
        self.sections += 1

    def close(self, summary: ArchiveSummary, threshold: float, paths: list[str], baseline: str | None,
              max_lint_level: int = MAX_LINT_LEVEL) -> None:
        head, tail = _frame(summary, threshold, paths, baseline, max_lint_level)
        try:
            self._out.write(head)
            self._spool.seek(0)
            shutil.copyfileobj(self._spool, self._out.file)
            self._out.write(tail)
        except BaseException:
            self.discard()
            raise
        self._spool.close()
        self._out.commit()

    def discard(self) -> None:
        self._spool.close()
        self._out.discard()
