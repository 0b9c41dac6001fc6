"""The pipeline in one place: load → analyse → rules → score → report.

`check_source` is what the CLI, the Python API and the tests all call.
"""

from __future__ import annotations

import math
import os
import signal
import threading
from contextlib import contextmanager

from .files import os_reason
from .language.analyse import BATCH, Analysis, analyse, analyse_together
from .load import (
    DEFAULT_MAX_BYTES,
    InputError,
    load_bytes,
    load_file,
    load_text,
    more_words_than,
    size_text,
    too_many_words,
)
from .load.source import SourceText
from .model import FileReport, Finding, ReadError
from .rules import Context, Hit, parse_codes, rule_info, run_rules
from .rules.suppress import apply_suppressions, find_suppressions
from .score import compute_metrics, verdict
from .settings import Settings

UNUSED_SUPPRESSION = "SUP001"

DEFAULT_SETTINGS = Settings()


def to_finding(hit: Hit, source: SourceText, settings: Settings, infos) -> Finding:
    info = infos[hit.code]
    line, column, start, end = source.pin(hit.start, hit.end)
    severity = settings.severities.get(hit.code, hit.severity or info.severity)
    text = source.text[hit.start : hit.end]
    # `matched`: the words a rule is about, where the finding shows more of the sentence around them.
    # A message is one line: a phrase wrapped over two lines is quoted on one.
    quoted = " ".join(text.split())
    params = {"text": quoted, "matched": quoted, **hit.params}
    return Finding(
        rule=hit.code,
        category=info.category,
        severity=severity,
        line=line,
        column=column,
        start=start,
        end=end,
        text=source.quote(hit.start, hit.end),
        message=info.format_message(params),
        suggestions=hit.suggestions,
        advice=hit.advice,
        fix=hit.fix if hit.fix is not None and source.original[start:end] == source.text[hit.start : hit.end] else None,
        matched=hit.params.get("matched"),
    )


def _suppress(findings: list[Finding], source: SourceText, settings: Settings, infos) -> list[Finding]:
    """Drop what the letter's own suppression comments silence; report unused ones (SUP001)."""
    suppressions = find_suppressions(source.original)
    if not suppressions:
        return findings
    kept = apply_suppressions(findings, suppressions)
    if settings.wants(UNUSED_SUPPRESSION):
        info = infos[UNUSED_SUPPRESSION]
        for unused in (s for s in suppressions if not s.used):
            line, column = source.line_column(unused.start)
            kept.append(
                Finding(
                    rule=UNUSED_SUPPRESSION,
                    category=info.category,
                    severity=settings.severities.get(UNUSED_SUPPRESSION, info.severity),
                    line=line,
                    column=column,
                    start=unused.start,
                    end=unused.end,
                    text=source.original[unused.start : unused.end],
                    message=info.format_message({"codes": ", ".join(unused.codes) or "alle regels"}),
                )
            )
        kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept


def _one_for_only_a_website(findings: list[Finding]) -> list[Finding]:
    """Only a website, app or form (CON007) asks for a number or an address: "no phone number"
    (CON002) and "no e-mail address" (CON005) would only repeat it. Done after the letter's own
    suppressions: where the writer silenced CON007 there, the two say what is missing."""
    if not any(f.rule == "CON007" for f in findings):
        return findings
    return [f for f in findings if f.rule not in ("CON002", "CON005")]


# Formats whose text is many separate strings, not one letter (gettext catalogues).
FRAGMENT_FORMATS = frozenset({"po"})
# Rules about the letter as a whole (besides contact): what happens next.
LETTER_WHOLE_RULES = frozenset({"STR002"})


def check_source(source: SourceText, path: str, settings: Settings = DEFAULT_SETTINGS) -> FileReport:
    """Check a loaded letter. Raises `InputError` for a text too long to check (`checkable`)."""
    return report_on(analyse(checkable(source, path, settings), settings.model), path, settings)


def checkable(source: SourceText, path: str, settings: Settings = DEFAULT_SETTINGS) -> SourceText:
    """`source`, or an `InputError` with a Dutch reason if it has more words than
    `max_letter_words`: a log, a data dump or a book is no letter, and every stage after
    loading takes time and memory in proportion to its length. Asked before the analysis."""
    limit = settings.limits.max_letter_words
    if more_words_than(source.text, limit):
        raise too_many_words(path, limit)
    return source


def report_on(analysis: Analysis, path: str, settings: Settings = DEFAULT_SETTINGS) -> FileReport:
    """Rules, score and verdict for a letter that has been analysed (with `settings.model`)."""
    source = analysis.source
    context = Context(analysis, settings)
    infos = rule_info()
    findings = [to_finding(hit, source, settings, infos) for hit in run_rules(context)]
    if source.format in FRAGMENT_FORMATS:
        # A catalogue holds the sentences of many mails: what a whole letter must have
        # (a contact, a next step) is no question for it.
        findings = [f for f in findings if f.category != "contact" and f.rule not in LETTER_WHOLE_RULES]
    findings = _one_for_only_a_website(_suppress(findings, source, settings, infos))
    metrics = compute_metrics(context)
    notes = list(source.notes)
    if not context.parsed:
        notes.append(no_parse_note(settings))
    return FileReport(
        path=path,
        metrics=metrics,
        verdict=verdict(metrics, context),
        contact=context.contact,
        findings=findings,
        notes=notes,
    )


def no_parse_note(settings: Settings) -> str:
    """What the reader misses without a parse, in plain Dutch."""
    infos = rule_info()
    off = [f"{infos[code].name.replace('-', ' ')} ({code})" for code in parse_codes() if settings.wants(code)]
    if settings.model is None:
        note = "Snelle controle, zonder zinsontleding."
    else:
        note = f"De spaCy-pijplijn '{settings.model}' ontleedt de zinnen niet."
    if off:
        note += f" Niet gecontroleerd: {', '.join(off[:-1]) + ' en ' if len(off) > 1 else ''}{off[-1]}."
    return note  # the LiNT-II line of the report says itself that it is missing


def check_text(text: str, settings: Settings = DEFAULT_SETTINGS, fmt: str = "text") -> FileReport:
    """Check a letter given as a string. Raises `InputError` for empty text."""
    return check_source(load_text(text, fmt=fmt), "<tekst>", settings)


def check_file(
    path: str | os.PathLike, settings: Settings = DEFAULT_SETTINGS, max_bytes: int = DEFAULT_MAX_BYTES
) -> FileReport:
    """Check a letter on disk. Raises `InputError` with a Dutch reason for bad input."""
    return check_source(load_file(path, max_bytes), str(path), settings)


class LetterTimeout(Exception):
    """A letter took longer than its time limit (`time_limit`)."""


@contextmanager
def time_limit(seconds: float):
    """Raise `LetterTimeout` in the block once `seconds` have passed (0: no limit); `check --timeout`
    and every letter of `audit`. Only the main thread may set an alarm: elsewhere (a Dask worker's
    thread, a web server's) the caller watches the time itself."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise LetterTimeout

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def seconds(number: float) -> str:
    """'60 seconden', '1 seconde', '0,5 seconden' (a limit under 10 s keeps its tenths, one under a tenth
    its first digit that is not 0: '0,001 seconden', not '0,0')."""
    if number >= 10 or float(number).is_integer():
        shown = f"{number:.0f}"
    else:
        shown = f"{number:.{max(1, -math.floor(math.log10(number)))}f}".replace(".", ",")
    return f"{shown} {'seconde' if shown == '1' else 'seconden'}"


def too_long(timeout: float) -> str:
    """Why a letter over its time limit is not checked, in Dutch."""
    return (f"Het controleren duurde te lang (meer dan {seconds(timeout)}); b1check is gestopt. "
            "Meer tijd geven kan met --timeout.")


def check_path(
    path: str,
    settings: Settings = DEFAULT_SETTINGS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin=None,
    stdin_name: str = "<stdin>",
    timeout: float = 0,
) -> FileReport | ReadError:
    """Check one file, or the binary stream `stdin` for "-"; never raises for bad input.

    An unreadable file becomes a `ReadError` with a Dutch reason.
    """
    return check_paths([(path, settings, max_bytes)], stdin, stdin_name, timeout)[0]


def check_paths(
    files: list[tuple[str, Settings, int]], stdin=None, stdin_name: str = "<stdin>", timeout: float = 0
) -> list[FileReport | ReadError]:
    """Check many files, each a (path, settings, max_bytes), in order; never raises for bad input.

    The files are read BATCH at a time, and the letters of a batch that share
    a pipeline are analysed together (`analyse.analyse_together`), which is
    faster than one by one. An unreadable file becomes a `ReadError` with a
    Dutch reason, and the others are still checked. `timeout`: seconds each
    file may take, as in `audit` (reading, and analysing with the rules); a
    file over it is listed as not checked. 0: no limit.
    """
    results: list[FileReport | ReadError] = []
    for first in range(0, len(files), BATCH):
        results.extend(_check_batch(files[first : first + BATCH], stdin, stdin_name, timeout))
    return results


def _check_batch(
    files: list[tuple[str, Settings, int]], stdin, stdin_name: str, timeout: float
) -> list[FileReport | ReadError]:
    results: list[FileReport | ReadError | None] = [None] * len(files)
    loaded: list[tuple[int, str, SourceText, Settings]] = []
    for index, (path, settings, max_bytes) in enumerate(files):
        name = stdin_name if path == "-" else str(path)
        try:
            if path == "-":
                source = load_bytes(read_stdin(stdin, name, max_bytes), name)  # no limit: a person may be typing
            else:
                with time_limit(timeout):
                    source = load_file(path, max_bytes)
            checkable(source, name, settings)
        except Exception as error:  # noqa: BLE001 - one broken file must not stop a batch
            results[index] = _read_error(name, error, timeout)
            continue
        loaded.append((index, name, source, settings))
    # A group over the time limit is checked letter by letter, each with its own limit (as in audit).
    analyses = analyse_together([(source, settings.model) for _, _, source, settings in loaded],
                                guard=lambda: time_limit(timeout))
    for (index, name, source, settings), analysis in zip(loaded, analyses):
        try:
            with time_limit(timeout):
                results[index] = report_on(analysis or analyse(source, settings.model), name, settings)
        except Exception as error:  # noqa: BLE001
            results[index] = _read_error(name, error, timeout)
    return results


def read_stdin(stdin, name: str, max_bytes: int) -> bytes:
    """Standard input, whole, or an `InputError` that says in Dutch why not: closed, unreadable, or
    longer than the limit (never a cut-off text that is judged as if it were the letter)."""
    if stdin is None:  # closed by the caller (b1check check - <&-)
        raise InputError(name, "Er is geen standaardinvoer (die is gesloten). Geef een bestand op, of stuur de "
                               "tekst via standaardinvoer: b1check check - < brief.txt")
    try:
        data = stdin.read(max_bytes + 1)
    except OSError as error:
        raise InputError(name, f"De standaardinvoer kan niet gelezen worden ({os_reason(error)}).") from None
    if len(data) > max_bytes:
        limit = size_text(len(data), max_bytes)[1]
        raise InputError(name, f"De tekst op standaardinvoer is te groot: langer dan de grens van {limit}. b1check "
                               "controleert geen halve tekst. Geef een hogere grens met --max-size KB.")
    return data


def _read_error(name: str, error: Exception, timeout: float = 0) -> ReadError:
    if isinstance(error, InputError):
        return ReadError(error.path, error.reason)
    if isinstance(error, LetterTimeout):
        return ReadError(name, too_long(timeout))
    return ReadError(name, f"b1check kon dit bestand niet controleren (interne fout: {error!r}).")
