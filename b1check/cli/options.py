"""What the commands share: exit codes, the command-line overrides of the settings, and
the way a command stops with a Dutch message."""

from __future__ import annotations

import dataclasses
import math
import os
import re
import sys

import click

from ..files import os_reason, target_problem  # noqa: F401  (the commands take os_reason from here)
from ..model import FileReport, ReadError, Severity
from ..settings import LETTER_TIMEOUT, MAX_FILE_KB, MAX_LETTER_TIMEOUT, Limits, Settings, VerdictLimits, limit_problem

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# What the user can name on the command line, in the words of the help pages.
LETTER_KINDS = ".txt, .md, .html, .eml, .docx, .docm, .dotx, .dotm, .odt, .ott, .pdf en sjablonen"

# How the commands that walk folders (check, baseline, audit) choose what to read in them.
exclude_option = click.option(
    "--exclude", multiple=True, metavar="PATROON",
    help="Sla deze bestanden of mappen over, zoals in .gitignore (mag vaker).")
include_docs_option = click.option(
    "--include-docs", is_flag=True,
    help="Lees ook README-, LICENSE-, CHANGELOG- en CONTRIBUTING-bestanden in de mappen als brief "
         "(standaard: overgeslagen; een bestand dat u zelf noemt, leest b1check altijd).")


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


class _DutchRange:
    """A number type whose refusal of a number out of range is Dutch: click says '0<=x<=86400'."""

    def __init__(self, min=None, max=None, unit: str = "") -> None:
        super().__init__(min, max)
        self.unit = unit  # said after the range: "seconden"

    def _describe_range(self) -> str:
        """The range in words, also for the help page ('van 0 tot en met 86400 seconden'); "": none."""
        unit = f" {self.unit}" if self.unit else ""
        if self.min is None and self.max is None:
            return ""
        if self.max is None:
            return f"van {_plain(self.min)} of meer{unit}"
        if self.min is None:
            return f"tot en met {_plain(self.max)}{unit}"
        return f"van {_plain(self.min)} tot en met {_plain(self.max)}{unit}"

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.plain.convert(value, param, ctx)  # not a number at all: that refusal stands
            self.fail(f"'{value}' kan niet; geef {self.kind} {self._describe_range()}.", param, ctx)


class Number(_DutchRange, click.FloatRange):
    """A number within a range, and a number at all: click's FloatRange lets 'nan' through."""

    plain, kind = click.FLOAT, "een getal"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+,\d+\s*", value):
            value = value.replace(",", ".")  # the Dutch decimal comma, as b1check itself writes "2,5 seconden"
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"'{value}' is geen getal.", param, ctx)
        return number


class WholeNumber(_DutchRange, click.IntRange):
    """A whole number within a range; a decimal is refused as one ('20.5' is geen heel getal)."""

    plain, kind = click.INT, "een heel getal"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not _is_whole(value):
            self.fail(f"'{value}' is geen heel getal.", param, ctx)
        return super().convert(value, param, ctx)


def _is_whole(text: str) -> bool:
    try:
        int(text.strip())
    except ValueError:
        return False
    return True


def _check_max_size(ctx, param, value):
    from ..config import max_size_problem

    problem = value is not None and max_size_problem(value)
    if problem:
        raise click.BadParameter(f"{problem}.", ctx, param)
    return value


# The largest file a command reads (check, audit).
max_size_option = click.option(
    "--max-size", type=WholeNumber(), default=None, metavar="KB", callback=_check_max_size,
    help=f"Grotere bestanden worden niet gelezen (standaard: {MAX_FILE_KB}).")


# How long one letter may take (check, audit).
def _timeout_option(default: float):
    said = f"standaard: {default:g}; 0: geen grens" if default else "standaard: geen grens"
    return click.option(
        "--timeout", type=Number(0, MAX_LETTER_TIMEOUT, unit="seconden"), default=default, metavar="SECONDEN",
        help=f"Stop met een brief die langer duurt; hij komt bij 'Niet gelezen' ({said}; hooguit een dag).")


# audit: one letter may not hold up an archive.
timeout_option = _timeout_option(LETTER_TIMEOUT)
# check: no limit unless asked. The time counts from the first letter, which also loads the language
# data; on a busy machine a plain letter was stopped at 60 s (three held-out letters, with ten checks
# and the test suite running side by side).
check_timeout_option = _timeout_option(0)


@dataclasses.dataclass(frozen=True)
class Overrides:
    """What the command line says; it wins over the configuration file."""

    model: str | None = None
    fast: bool = False  # --fast: the lexical pipeline, no parse
    picky: bool | None = None  # --picky / --no-picky: the hints on words many editors leave; None: as configured
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    limits: tuple[tuple[str, float], ...] = ()
    verdict: tuple[tuple[str, float], ...] = ()

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings,
            model=None if self.fast else self.model or settings.model,
            picky=settings.picky if self.picky is None else self.picky,
            select=self.select or settings.select,
            ignore=settings.ignore + self.ignore,
            limits=dataclasses.replace(settings.limits, **dict(self.limits)),
            verdict=dataclasses.replace(settings.verdict, **dict(self.verdict)),
        )


def _codes(values) -> tuple[str, ...]:
    return tuple(code.strip().upper() for part in values for code in part.split(",") if code.strip())


def parse_overrides(model, select, ignore, assignments, fast: bool, picky: bool | None = None) -> Overrides:
    from ..config import codes_problem

    limits, verdict = {}, {}
    limit_fields = {f.name: f for f in dataclasses.fields(Limits)}
    verdict_fields = {f.name: f for f in dataclasses.fields(VerdictLimits)}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        key = key.strip().replace("-", "_")
        target = limits if key in limit_fields else verdict if key in verdict_fields else None
        if target is not None and not sep:
            raise click.BadParameter(f"'{assignment}' heeft geen waarde. Schrijf het zo: {key}=25.", param_hint="--set")
        if target is None:
            names = ", ".join([*limit_fields, *verdict_fields])
            raise click.BadParameter(f"'{key}' is geen instelling. Kies uit: {names}.", param_hint="--set")
        wants_int = (limit_fields.get(key) or verdict_fields[key]).type in ("int", int)
        try:
            number = int(value) if wants_int and _is_whole(value) else float(value)
        except ValueError:
            raise click.BadParameter(f"'{value}' is geen getal.", param_hint="--set") from None
        # A decimal where a whole number belongs: limit_problem says so, as for the configuration file.
        problem = limit_problem(key, number, wants_int=wants_int)
        if problem:
            raise click.BadParameter(f"{key}: {problem}.", param_hint="--set")
        target[key] = number
    selected, ignored = _codes(select), _codes(ignore)
    for codes, option in ((selected, "--select"), (ignored, "--ignore")):
        problem = codes_problem(codes)
        if problem:
            raise click.BadParameter(f"{problem}.", param_hint=option)
    return Overrides(model, fast, picky, selected, ignored, tuple(limits.items()), tuple(verdict.items()))


def exit_code(reports: list[FileReport], errors: list[ReadError], fail_on: Severity) -> int:
    if errors:
        return EXIT_ERROR
    for file_report in reports:
        if not file_report.verdict.b1:
            return EXIT_FINDINGS
        if any(f.severity.rank >= fail_on.rank for f in file_report.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def fail(message: str) -> None:
    click.echo(f"b1check: {message}", err=True)
    sys.exit(EXIT_ERROR)


def letters_in(paths, exclude: tuple[str, ...], include_docs: bool) -> tuple[list[str], list[ReadError]]:
    """The letters named by `paths`: files, folders (walked as `audit` walks
    them: letter extensions only, `.b1checkignore`, `--exclude`, a folder's
    README and the like only with `--include-docs`) and patterns;
    "-" is standard input. A folder without letters is an error: the user
    expected files there. Each letter is named once, in the order given.
    """
    from ..audit.walk import Walk

    letters: dict[str, str] = {}  # normalised path → path as found
    errors: list[ReadError] = []
    from ..load import lock_file_reason

    for argument in paths:
        if argument == "-":
            letters.setdefault("-", "-")
            continue
        if len(paths) > 1 and lock_file_reason(argument):
            continue  # `*.docx` expanded by the shell: the lock file of a letter that is open in Word
        found, unread = 0, len(errors)
        for item in Walk([argument], exclude, include_docs):
            if isinstance(item, ReadError):
                errors.append(item)
            else:
                letters.setdefault(os.path.normpath(item), item)
                found += 1
        if not found and len(errors) == unread and os.path.isdir(argument):
            errors.append(ReadError(argument, f"In deze map staan geen brieven ({LETTER_KINDS})."))
    return list(letters.values()), errors


def report_clash(paths, reports) -> str | None:
    """Why the files these options write cannot be written, in Dutch, or None; before any work.

    `reports` are (option, path or None) pairs. Refused: a path that exists and
    is no regular file (a device, a pipe), two reports with one path (the last
    would silently replace the first), and a report in the place of a letter
    that is checked (named, or a letter in a folder that is checked).
    The HTML report's own checks (a folder) are in `audit.html`.
    """
    from ..load.read import is_letter

    seen: dict[str, str] = {}
    for option, path in reports:
        if not path:
            continue
        problem = None if option == "--html" else target_problem(path)
        if problem:
            return f"{path}: kan niet schrijven ({problem})."
        real = os.path.realpath(path.rstrip("/" + os.sep) or path)
        if real in seen:
            return (f"{seen[real]} en {option} schrijven allebei naar {path}: het ene rapport zou het andere "
                    "vervangen. Geef elk rapport een eigen naam.")
        seen[real] = option
    named = {os.path.realpath(path) for path in paths if path != "-"}
    folders = tuple(os.path.join(path, "") for path in named if os.path.isdir(path))
    files = named.difference(path[:-1] for path in folders)  # a folder as a target: see audit.html
    for real, option in seen.items():
        checked = real in files or (is_letter(real) and os.path.isfile(real) and real.startswith(folders)
                                    and not _earlier_report(real))
        if checked:
            given = dict(reports)[option]
            return (f"{given}: dit is een van de brieven die u laat controleren; {option} zou hem overschrijven. "
                    "Kies een andere naam.")
    return None


def _earlier_report(path: str) -> bool:
    """Is this file a report b1check wrote before (`audit . --html rapport.html` a second time)?
    Its head names b1check; a letter that does so by chance is not overwritten by a named input check."""
    try:
        with open(path, "rb") as handle:
            return b"b1check" in handle.read(4096)
    except OSError:
        return False


def each_file(paths, config_path, work):
    """`work(path, settings, max_bytes)` for each file, with the configuration that holds for it
    (`fix`, `review`). A configuration that cannot be read stops the command (exit 2); a file
    that cannot be read is said in Dutch, gives None, and the next file is done."""
    from ..config import ConfigError, config_for
    from ..load import InputError

    for path in paths:
        try:
            config = config_for(path, config_path)
            result = work(path, config.settings_for(path), config.max_bytes())
        except ConfigError as error:
            click.echo(f"b1check: {error}", err=True)
            sys.exit(EXIT_ERROR)
        except InputError as error:
            click.echo(f"b1check: {error.path}: {error.reason}", err=True)
            result = None
        except Exception as error:  # noqa: BLE001 - one broken file must not stop the others (as in check)
            click.echo(f"b1check: {path}: b1check kon dit bestand niet verwerken; het blijft zoals het is "
                       f"(interne fout: {error!r}).", err=True)
            result = None
        yield result
