"""The HTML report of an audit: one page for a small run, a folder for a big one.

`--html rapport.html` writes one self-contained page: the overview, then every
letter. `--html rapport/` (a name without .html, or an existing folder) writes
a folder: `index.html` with the overview and a table of all letters (no letter
text, so it stays small and opens fast at 100,000 letters), `stijl.css`, and
one page per letter under `brieven/`. A single page that would hold more than
SINGLE_PAGE_LETTERS letters is written as a folder instead (beside it, without
.html): no browser opens a page with every letter of a big archive.

The letters table shows TABLE_PAGE_ROWS letters at a time: every letter's row
is in a JSON block that its script sorts, filters and pages through. Without
script, the index shows the first page and links to plain pages of the whole
table (`brieven-1.html`, `brieven-2.html` …); one page shows every row.

Letter sections are rendered in the workers and go to disk as they come: to
a spool file (one page) or straight to their own page (folder); the rows of
the letters table are spooled too, so memory does not grow with the letters.
At the end the overview (known only then) is written. The page is written
beside the target and put in place whole (`files.AtomicFile`); a folder is
written as a hidden sibling folder and renamed into place. The templates
live in `b1check/audit/templates/`; autoescaping is on, so letter text is
always shown as text.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import os
import shutil
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

import jinja2

from ..__about__ import __version__
from ..analysis.lintii import who_struggles
from ..files import AtomicFile, _new_file_mode, real_path, refuse_target, target_problem
from ..load.source import SourceText
from ..model import CATEGORIES, FileReport, Finding
from ..report.labels import CATEGORY_NAMES, SEVERITY_NAMES, better, number
from ..report.look import CATEGORY_LOOKS, WIDE_CATEGORIES, category_css
from ..report.overview import BROUWER_LABEL, FLESCH_LABEL, LINT_LABEL, contact_checks, verdict_summary
from ..settings import VerdictLimits
from .summary import ArchiveSummary, Comparison, FolderCounts, FolderGroup, LetterCounts, folder_of

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The verdict's LiNT-II limit, when the caller does not pass the one from its settings.
MAX_LINT_LEVEL = VerdictLimits().max_lint_level
STATUS_NAMES = {"better": "beter", "worse": "slechter", "same": "gelijk", "new": "nieuw"}


def _percent(share: float, digits: int = 0) -> str:
    return f"{number(share * 100, digits)}%"


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + number(value, 1)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # letters are text, never markup
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(number=number, percent=_percent, signed=_signed, who_struggles=who_struggles,
                       lower_first=lambda text: text[:1].lower() + text[1:], better=better,
                       verdict_summary=verdict_summary, contact_checks=contact_checks)
    env.globals.update(
        category_names=CATEGORY_NAMES, severity_names=SEVERITY_NAMES, status_names=STATUS_NAMES,
        categories=CATEGORIES, looks=CATEGORY_LOOKS,
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
    return f"[{note.number}] {finding.rule}: {finding.message}{better(finding)}"


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


# --- the overview ------------------------------------------------------------

# Above this many letters a single page is written as a folder (see the module's docstring);
# `b1check audit --help` and the README say the number.
SINGLE_PAGE_LETTERS = 2000
LETTERS_FOLDER = "brieven"
PAGES_PER_FOLDER = 1000  # letter pages per sub-folder of brieven/: no folder with 100,000 files
STYLESHEET = "stijl.css"
# "Per map" shows the folders right under the audited folders (a department), and, folded under each,
# the folders a level below (its years); the deepest folders (a month) are in the JSON report. The chart
# shows the biggest; each table at most FOLDER_ROWS rows, the biggest: an archive of case folders can
# hold as many folders as letters, and the page stays light.
CHART_FOLDERS = 25
FOLDER_ROWS = 100
# Rows of the letters table shown at a time, by the script and on each plain page. Chromium took 5 s to
# lay out and paint a table of 10,000 rows (its script 0.1 s); 500 rows take a few hundredths of that and
# are still many screens to scroll.
TABLE_PAGE_ROWS = 500
TABLE_PAGE = "brieven-{}.html"  # a plain page of the letters table (no script), beside index.html


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
    for place, b in enumerate(bins):
        bar_height = (height - bottom - top) * b["letters"] / most
        label = f"{b['from']}–{b['to']}"
        if place == 0:
            label = f"< {b['to']}"
        elif place == len(bins) - 1:
            label = f"≥ {b['from']}"
        bars.append(Bar(left + place * slot + 4, height - bottom - bar_height, slot - 8, bar_height, label,
                        b["letters"], b["from"] >= threshold))
    line_x = left + slot * min(max(threshold, 0), 100) / 10
    return {"width": width, "height": height, "bars": bars, "base": height - bottom, "left": left,
            "threshold": threshold, "threshold_x": line_x, "most": most}


@dataclass(frozen=True)
class HorizontalBar:
    y: float
    width: float
    label: str
    value: str  # as shown at the end of the bar
    css: str


def bar_chart(rows: list[tuple[str, float, str, str]], scale: float) -> dict:
    """Geometry of a horizontal bar chart: (label, amount, shown value, css class) per bar; `scale` is a full bar."""
    width, label_width, row, gap = 640, 220, 22, 4
    room = width - label_width - 70
    bars = [HorizontalBar(place * row, room * amount / (scale or 1), label, value, css)
            for place, (label, amount, value, css) in enumerate(rows)]
    return {"width": width, "height": max(len(rows) * row, row), "left": label_width, "bar": row - gap,
            "bars": bars}


def category_chart(summary: ArchiveSummary) -> dict:
    shown = [c for c in CATEGORIES if summary.categories[c]]
    most = max((summary.categories[c] for c in shown), default=0)
    return bar_chart([(CATEGORY_NAMES[c], summary.categories[c], number(summary.categories[c]), f"cat-{c}")
                      for c in shown], most)


def biggest(folders: list[FolderCounts], size: int) -> list[FolderCounts]:
    """The `size` folders with the most letters, by name."""
    if len(folders) <= size:
        return folders
    return sorted(sorted(folders, key=lambda f: (-f.letters, f.folder))[:size], key=lambda f: f.folder)


@dataclass(frozen=True)
class FolderView:
    """A row of the per-folder table, and the folders a level below it, folded under it."""

    group: FolderGroup
    below: list[tuple[str, FolderCounts]]  # (name below the group, "" for its own letters), at most FOLDER_ROWS
    below_all: int  # the folders a level below, all of them
    own: bool  # some of its letters are right in it, not in a folder below


def folder_view(groups: list[FolderGroup]) -> list[FolderView]:
    shown = {id(f) for f in biggest([g.totals for g in groups], FOLDER_ROWS)}
    views = []
    for group in (g for g in groups if id(g.totals) in shown):
        name = group.totals.folder
        below = group.below()
        rows = [("" if f.folder == name else os.path.relpath(f.folder, name), f) for f in biggest(below, FOLDER_ROWS)]
        own = any(f.folder == name for f in below)
        views.append(FolderView(group, rows, len(below) - own, own))
    return views


def folder_chart(groups: list[FolderGroup]) -> dict:
    rows = [(_short(f.folder), f.b1_share, f"{_percent(f.b1_share, 1)} van {number(f.letters)}", "share")
            for f in biggest([g.totals for g in groups], CHART_FOLDERS)]
    return bar_chart(rows, 1.0)


def _short(folder: str, size: int = 32) -> str:
    return folder if len(folder) <= size else "…" + folder[-(size - 1):]


@dataclass(frozen=True)
class Column:
    """A column of the letters table."""

    key: str  # the name of its cell (as the CSV's column)
    heading: str
    text: bool = False  # sorts as text; else as a Dutch number
    category: str = ""  # a category's column: its findings; the heading shows the category's badge


def table_columns(categories: Iterable[str]) -> list[Column]:
    """The letters table's columns in order, a column for each of `categories` (those the archive has findings
    of) among them. The headings, the cells, the filters and the script's sort all find a column here."""
    return [
        Column("path", "Brief", text=True), Column("folder", "Map", text=True), Column("b1", "B1", text=True),
        Column("flesch_douma", "Leesgemak"), Column("lint_level", "LiNT-II"), Column("points", "Werkpunten"),
        Column("findings", "Meldingen"),
        *(Column(f"findings_{category}", CATEGORY_NAMES[category], category=category) for category in categories),
        Column("named_person", "Naam", text=True), Column("phone", "Telefoon", text=True),
        Column("email", "E-mail", text=True),
    ]


@dataclass(frozen=True)
class LetterRow:
    """A letter in the table of all letters; spooled as a JSON list until the overview is written."""

    index: int
    path: str
    folder: str
    b1: bool
    flesch_douma: float
    lint_level: int  # 0: not computed
    points: int
    findings: int
    categories: tuple[int, ...]  # findings per category, in the order of CATEGORIES
    named_person: bool
    phone: bool
    email: bool

    @classmethod
    def of(cls, index: int, report: FileReport, counts: LetterCounts) -> LetterRow:
        lint = report.metrics.lint
        named, phone, email = (check.ok for check in contact_checks(report.contact))
        return cls(index, report.path, folder_of(report.path), report.verdict.b1, report.metrics.flesch_douma,
                   lint.level if lint.available else 0, counts.points, len(report.findings), counts.categories,
                   named, phone, email)

    def line(self) -> str:
        return json.dumps(astuple(self), ensure_ascii=False) + "\n"

    def cells(self, columns: list[Column]) -> list[str]:
        """The row's cells in the table's columns; the same text in the HTML and in the script's data."""
        yes_no = ("nee", "ja")
        shown = {
            "path": self.path, "folder": self.folder, "b1": yes_no[self.b1], "flesch_douma": number(self.flesch_douma, 1),
            "lint_level": str(self.lint_level or "–"), "points": number(self.points), "findings": number(self.findings),
            **{f"findings_{category}": str(found) for category, found in zip(CATEGORIES, self.categories)},
            "named_person": yes_no[self.named_person], "phone": yes_no[self.phone], "email": yes_no[self.email],
        }
        return [shown[column.key] for column in columns]

    @classmethod
    def read(cls, line: str) -> LetterRow:
        row = cls(*json.loads(line))
        return replace(row, categories=tuple(row.categories))


def page_path(index: int) -> str:
    """Where a letter's page is in the folder report, relative to index.html."""
    return f"{LETTERS_FOLDER}/{index // PAGES_PER_FOLDER:03d}/{index:06d}.html"


def table_rows(rows: Iterable[LetterRow], href: Callable[[int], str],
               columns: list[Column]) -> Iterator[tuple[str, list[str]]]:
    """Each row's link and cells, for the template."""
    for row in rows:
        yield href(row.index), row.cells(columns)


def table_data(rows: Iterable[LetterRow], href: Callable[[int], str], columns: list[Column]) -> Iterator[str]:
    """Every row as `[link, cell, cell …]` in one JSON array, piece by piece, for the table script's data block.
    A `<` is written as \\u003c, so no file name can close the block (a folder `<` holding `script>.txt`)."""
    yield "["
    separator = ""
    for link, cells in table_rows(rows, href, columns):
        yield separator + json.dumps([link, *cells], ensure_ascii=False).replace("<", "\\u003c")
        separator = ",\n"
    yield "]"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def assets() -> dict:
    """The style sheet and the table script, and the page's content security policy that lets only them run."""
    style = (TEMPLATES / "style.css").read_text(encoding="utf-8") + category_css()
    script = (TEMPLATES / "table.js").read_text(encoding="utf-8")
    closed = "default-src 'none'; base-uri 'none'; form-action 'none'; img-src data:"
    return {
        "style": style, "script": script,
        # One page, or the overview of a folder: its own style and script inline, allowed by their hashes.
        "policy": f"{closed}; style-src {_sha256(style)}; script-src {_sha256(script)}",
        # A letter's page in a folder report: the folder's style sheet, no script.
        "page_policy": f"{closed}; style-src 'self'",
    }


def _context(summary: ArchiveSummary, threshold: float, paths: list[str], baseline: str | None,
             max_lint_level: int, href) -> dict:
    groups = summary.top_folders()
    return {
        "summary": summary, "chart": score_chart(summary, threshold), "version": __version__,
        "generated": datetime.datetime.now().strftime("%d-%m-%Y %H:%M"), "paths": paths, "baseline": baseline,
        "threshold": threshold, "max_lint_level": max_lint_level, "href": href, "assets": assets(),
        "category_chart": category_chart(summary), "folder_chart": folder_chart(groups),
        "folder_groups": len(groups), "folder_view": folder_view(groups),
        **_table_columns(summary),
        "rows": (), "table_data": ("[]",), "table_pages": 0, "per_page": TABLE_PAGE_ROWS, "table_page": TABLE_PAGE,
        "letters_inline": False,
    }


def _table_columns(summary: ArchiveSummary) -> dict:
    """The letters table's columns, and each one's number by its key: where the filters look."""
    columns = table_columns(c for c in CATEGORIES if summary.categories[c])
    return {"columns": columns, "column": {column.key: place for place, column in enumerate(columns)}}


def _with_rows(context: dict, rows: Callable[[], Iterator[LetterRow]], shown: int | None) -> dict:
    """The context with the letters table: the rows the page itself shows (the first `shown`, or all), and
    every row as the script's data. `rows` gives a fresh pass over the rows each call."""
    href, columns = context["href"], context["columns"]
    return {**context, "rows": table_rows(islice(rows(), shown), href, columns),
            "table_data": table_data(rows(), href, columns)}


def render_single(report: FileReport, source: SourceText, threshold: float = 60.0,
                  max_lint_level: int = MAX_LINT_LEVEL) -> str:
    """The same self-contained report `audit --html` writes, for one letter (used by `b1check serve`)."""
    summary = ArchiveSummary()
    summary.add(report, 0, LetterCounts.of(report))
    context = _context(summary, threshold, [report.path], None, max_lint_level, lambda index: f"#brief-{index}")
    context["letters_inline"] = True
    env = environment()
    return (env.get_template("head.html.j2").render(**context)
            + render_letter(0, report, source, None) + env.get_template("tail.html.j2").render(**context))


class HtmlReport:
    """Writes the report, one letter at a time (see the module's docstring)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.folder = is_folder_target(path)
        target = real_path(path.rstrip("/" + os.sep) or path)
        self.target = target
        parent = target.parent
        if self.folder:
            problem = folder_problem(target)
            if problem:
                raise ReportError(f"{path}: {problem}")
        else:
            refuse_target(target)  # before the temporary files: a pipe or a device is never replaced
        # A page of too many letters becomes the folder beside it (rapport.html → rapport/), but never
        # in the place of something that is not an earlier report: then it stays one (long) page.
        self._may_become_folder = not self.folder and folder_problem(target.with_suffix("")) is None
        self._rows = tempfile.TemporaryFile(  # noqa: SIM115 - open until close()
            "w+", encoding="utf-8", dir=parent, prefix=".b1check-audit-")
        self._spool = None
        self._offsets = array("q")  # single page: where each section starts in the spool (16 bytes a letter)
        self._indexes = array("q")
        self._out = None
        self._temporary: Path | None = None
        if self.folder:
            self._temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".b1check", dir=parent))
        else:
            self._out = AtomicFile(target)
            self._spool = tempfile.TemporaryFile(dir=parent, prefix=".b1check-audit-")  # noqa: SIM115
        self.sections = 0
        self.written = path  # what close() wrote: a single page of too many letters becomes a folder
        self.became_folder = False

    def add(self, result) -> None:
        """A checked letter: its section (rendered by the worker) and its row in the table."""
        self._rows.write(LetterRow.of(result.index, result.report, result.counts).line())
        if self._spool is not None:
            self._offsets.append(self._spool.tell())
            self._indexes.append(result.index)
            self._spool.write(result.section.encode("utf-8"))
        else:
            self._write_page(self._temporary, result.index, result.section)
        self.sections += 1

    def _write_page(self, folder: Path, index: int, section: str) -> None:
        page = folder / page_path(index)
        if index % PAGES_PER_FOLDER == 0 or not page.parent.exists():
            page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(environment().get_template("page.html.j2").render(
            index=index, section=section, assets=assets(), up="../../", version=__version__), encoding="utf-8")

    def _rows_iter(self) -> Iterator[LetterRow]:
        self._rows.seek(0)
        for line in self._rows:
            yield LetterRow.read(line)

    def close(self, summary: ArchiveSummary, threshold: float, paths: list[str], baseline: str | None,
              max_lint_level: int = MAX_LINT_LEVEL) -> None:
        try:
            if self._spool is not None and self.sections > SINGLE_PAGE_LETTERS and self._may_become_folder:
                self._become_folder()
            if self.folder:
                self._close_folder(summary, threshold, paths, baseline, max_lint_level)
            else:
                self._close_page(summary, threshold, paths, baseline, max_lint_level)
        except BaseException:
            self.discard()
            raise
        self._rows.close()

    def _close_page(self, summary, threshold, paths, baseline, max_lint_level) -> None:
        context = _context(summary, threshold, paths, baseline, max_lint_level, lambda index: f"#brief-{index}")
        env = environment()
        out = self._out
        # One page shows every row (no script needed to reach a letter, and at most SINGLE_PAGE_LETTERS).
        out.file.writelines(env.get_template("head.html.j2").generate(
            **_with_rows({**context, "letters_inline": True}, self._rows_iter, None)))
        self._spool.seek(0)
        out.file.flush()
        shutil.copyfileobj(self._spool, out.file.buffer)
        out.write(env.get_template("tail.html.j2").render(**context))
        self._spool.close()
        out.commit()

    def _become_folder(self) -> None:
        """A single page of too many letters: the same report as a folder beside it (rapport.html → rapport/)."""
        target = self.target.with_suffix("")
        self._temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".b1check", dir=target.parent))
        ends = [*self._offsets[1:], self._spool.seek(0, os.SEEK_END)]
        for start, end, index in zip(self._offsets, ends, self._indexes):
            self._spool.seek(start)  # one section at a time: memory stays flat
            self._write_page(self._temporary, index, self._spool.read(end - start).decode("utf-8"))
        self._spool.close()
        self._spool = None
        self._out.discard()
        self._out = None
        self.folder, self.target, self.written = True, target, str(target) + os.sep
        self.became_folder = True

    def _close_folder(self, summary, threshold, paths, baseline, max_lint_level) -> None:
        context = _context(summary, threshold, paths, baseline, max_lint_level, page_path)
        env = environment()
        folder = self._temporary
        (folder / STYLESHEET).write_text(assets()["style"], encoding="utf-8")
        pages = -(-self.sections // TABLE_PAGE_ROWS) if self.sections > TABLE_PAGE_ROWS else 0
        context["table_pages"] = pages
        with open(folder / "index.html", "w", encoding="utf-8") as index:
            index.writelines(env.get_template("head.html.j2").generate(
                **_with_rows(context, self._rows_iter, TABLE_PAGE_ROWS)))
            index.write(env.get_template("tail.html.j2").render(**context))
        if pages:
            self._write_table_pages(folder, context)
        replace_folder(folder, self.target)
        self._temporary = None

    def _write_table_pages(self, folder: Path, context: dict) -> None:
        """The letters table without script: TABLE_PAGE_ROWS rows a page, in the order of the index."""
        template = environment().get_template("table-page.html.j2")
        rows = self._rows_iter()
        for page_number in range(1, context["table_pages"] + 1):
            shown = table_rows(islice(rows, TABLE_PAGE_ROWS), page_path, context["columns"])
            first = (page_number - 1) * TABLE_PAGE_ROWS + 1
            with open(folder / TABLE_PAGE.format(page_number), "w", encoding="utf-8") as page:
                page.writelines(template.generate(
                    **{**context, "rows": shown, "page": page_number, "first": first,
                       "last": min(first + TABLE_PAGE_ROWS - 1, self.sections)}))

    def discard(self) -> None:
        for spool in (self._spool, self._rows):
            if spool is not None:
                spool.close()
        if self._out is not None:
            self._out.discard()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None


class ReportError(ValueError):
    """The report cannot go where it is asked to; the message is for the user, in Dutch."""


def folder_problem(target: Path) -> str | None:
    """Why a folder report may not go to `target` (Dutch, for after the path), or None.

    It may replace nothing, an empty folder or an earlier report; never a folder
    of other things (`--html archief/` must not take the letters' place), and
    never a file, a pipe or a device (`--html notities.md` must not delete the notes).
    """
    if not os.path.lexists(target):
        return None
    if target.is_dir():
        if replaceable(target):
            return None
        return ("deze map bestaat al en is geen rapport van b1check. Kies een nieuwe of lege map: b1check "
                "vervangt alleen een eigen rapport.")
    if target.is_file():
        return ("dit is een bestand, geen map. Een rapport met een naam zonder .html wordt een map; b1check "
                "vervangt uw bestand niet. Kies een nieuwe naam, of een naam op .html voor één pagina.")
    return (target_problem(target) or "dit is geen map") + "."


def replaceable(target: Path) -> bool:
    """A folder report may replace nothing, an empty folder or an earlier report, never a folder
    of other things (`--html archief/` must not take the letters' place). See `folder_problem`."""
    if not target.is_dir():
        return not os.path.lexists(target)
    if not any(target.iterdir()):
        return True
    try:
        with open(target / "index.html", encoding="utf-8", errors="replace") as index:
            return '<meta name="generator" content="b1check' in index.read(2000)
    except OSError:
        return False


def is_folder_target(path: str) -> bool:
    """`--html rapport/`, an existing folder, or a name without .html: the report is a folder."""
    return path.endswith(("/", os.sep)) or os.path.isdir(path) or Path(path).suffix.lower() not in (".html", ".htm")


def replace_folder(new: Path, target: Path) -> None:
    """Put the finished folder `new` in the place of `target`: the old report is renamed away, the new one
    renamed in, then the old one removed. A folder cannot be swapped in one step as a file can; between
    the two renames (an instant) there is no report, never a half-written one."""
    mode = _new_file_mode()
    os.chmod(new, mode | (mode & 0o444) >> 2)  # mkdtemp made it private; a report folder is as any new folder
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        os.rename(target, old / target.name)
    try:
        os.rename(new, target)
    except BaseException:
        if old is not None:
            os.rename(old / target.name, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
