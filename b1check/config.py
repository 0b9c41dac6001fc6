"""Configuration: `[tool.b1check]` in pyproject.toml, or b1check.toml / .b1check.toml.

The file is found by walking up from the checked file; `--config` names one.
Every key is checked: an unknown key or a bad value is a `ConfigError` that
names the file and the key. The README documents every key.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .files import exists, real_path
from .language.wordlists import WordlistError, read_phrase_file, rule_info, toml_problem
from .load import InputError, read_file
from .model import SEVERITY_NAMES, Severity, severity_named
from .settings import CONTACT_DETAILS, MAX_FILE_KB, MAX_FILE_KB_LIMIT, Limits, Settings, VerdictLimits, limit_problem

CONFIG_NAMES = ("b1check.toml", ".b1check.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file b1check cannot use; the message is for the user, in Dutch."""


@dataclass(frozen=True)
class Config:
    path: Path | None
    settings: Settings
    # (glob, codes): globs are relative to the folder of the configuration file
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity | None = None
    baseline: Path | None = None
    max_size_kb: int | None = None

    def max_bytes(self, override_kb: int | None = None) -> int:
        """The largest file b1check reads: the command line's limit, else this file's, else the default."""
        return (override_kb or self.max_size_kb or MAX_FILE_KB) * 1024

    def settings_for(self, path: str | os.PathLike) -> Settings:
        """The settings for one file: per-file-ignores added to `ignore`."""
        if not self.per_file_ignores:
            return self.settings
        file = real_path(path)
        base = self.path.parent if self.path else Path.cwd()
        try:
            relative = file.relative_to(real_path(base)).as_posix()
        except ValueError:
            relative = file.as_posix()
        extra: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(file.name, pattern):
                extra.extend(codes)
        if not extra:
            return self.settings
        return replace(self.settings, ignore=self.settings.ignore + tuple(extra))


def _key(name: str) -> str:
    return name.replace("-", "_")


def _table_of(data: dict, path: Path) -> dict | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' moet een tabel zijn, zoals [tool.b1check]; nu is het {_kind(tool)}")
        return tool.get("b1check")
    return data


def _kind(value) -> str:
    """What a TOML value is, in Dutch ("een getal")."""
    if isinstance(value, bool):
        return "true of false"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel"
    return "een datum of tijd"


def _is_ours(pyproject: Path) -> bool:
    """Does this pyproject.toml configure b1check?

    A pyproject.toml belongs to a Python project first: one without a b1check
    table is not ours, whatever is wrong with it. One that b1check cannot
    parse (not TOML, not UTF-8, not readable) is ours only if its bytes name
    the table: then `load_config` says what is wrong; else it is passed over,
    as a check of letters must not fail on another tool's file. A `tool` that
    is not a table breaks the file for every tool, so that one is said too.
    """
    try:
        data = read_file(pyproject, letter=False)
    except InputError:
        return False
    try:
        tool = tomllib.loads(data.decode("utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
        return b"tool.b1check" in data
    return not isinstance(tool, dict) or "b1check" in tool


@lru_cache(maxsize=256)
def find_config(folder: Path) -> Path | None:
    """The nearest configuration file in `folder` or above it."""
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _is_ours(candidate)):
                return candidate
    return None


def _codes(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: verwacht een lijst met regelcodes, zoals [\"WRD\", \"CON001\"]")
    codes = tuple(v.strip().upper() for v in value if v.strip())
    problem = codes_problem(codes)
    if problem:
        raise ConfigError(f"{where}: {problem}")
    return codes


def codes_problem(codes) -> str | None:
    """The codes (or beginnings of codes) that name no rule, in a Dutch sentence; None if all do.
    The configuration file and the command line (--select, --ignore) both ask this."""
    known = set(rule_info())
    unknown = [code for code in codes if not any(k.startswith(code) for k in known)]
    if not unknown:
        return None
    if len(unknown) == 1:
        return f"'{unknown[0]}' is geen regelcode (zie 'b1check rules')"
    return f"{', '.join(repr(code) for code in unknown)} zijn geen regelcodes (zie 'b1check rules')"


def max_size_problem(value) -> str | None:
    """What is wrong with `value` as max-size (kB), in Dutch; None if nothing."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_FILE_KB_LIMIT:
        return f"'{value}' kan niet; geef een heel getal van 1 tot en met {MAX_FILE_KB_LIMIT} (kB)"
    return None


def _numbers(table, cls, where: str) -> dict:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: verwacht een tabel met grenzen")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values = {}
    for name, value in table.items():
        key = _key(name)
        if key not in fields:
            raise ConfigError(f"{where}.{name}: deze grens bestaat niet; kies uit {', '.join(fields)}")
        problem = limit_problem(key, value, wants_int=fields[key].type in ("int", int))
        if problem:
            raise ConfigError(f"{where}.{name}: {problem}")
        values[key] = value
    return values


def _paths(value, base: Path, where: str) -> tuple[Path, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: verwacht een lijst met bestandsnamen")
    paths = tuple(real_path(base / v) for v in value)
    for path in paths:
        if not exists(path):
            raise ConfigError(f"{where}: het bestand '{path}' bestaat niet")
        if not _is_file(path):
            _read(path, where)  # a pipe, a device, a folder: refused unread, in the words --config gets
    return paths


def _severity(value, where: str) -> Severity:
    """A severity by its Dutch name, as the command line takes it, or by its English value."""
    severity = severity_named(value)
    if severity is None:
        names = ", ".join(SEVERITY_NAMES[s] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        raise ConfigError(f"{where}: '{value}' moet een van deze zijn: {names} (of error, warning, info)")
    return severity


def _read(file: Path, where: str) -> bytes:
    """The bytes of a file the configuration names, or a `ConfigError` that says why not (read_file
    opens regular files only: a pipe never makes b1check wait)."""
    try:
        return read_file(file, letter=False)
    except InputError as error:
        raise ConfigError(f"{where}: {file}: {error.reason}") from None


def _text_of(file: Path, where: str) -> str:
    """The text of a file the configuration names (accept-file), or a `ConfigError` that says why not."""
    data = _read(file, where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{where}: {file}: {toml_problem(error, data)}") from None


_TOP_KEYS = {
    "select", "ignore", "per_file_ignores", "severity", "fail_on", "limits", "verdict", "phrases",
    "accept", "accept_file", "contact", "model", "fast", "picky", "baseline", "max_size",
}


def parse_config(table: dict, path: Path) -> Config:
    where = str(path) + (" [tool.b1check]" if path.name == "pyproject.toml" else "")
    base = path.parent
    settings = Settings()
    options: dict = {}
    for name, value in table.items():
        key = _key(name)
        here = f"{where}: {name}"
        if key not in _TOP_KEYS:
            raise ConfigError(f"{here}: deze instelling bestaat niet; kies uit {', '.join(sorted(k.replace('_', '-') for k in _TOP_KEYS))}")
        if key == "select":
            settings = replace(settings, select=_codes(value, here))
        elif key == "ignore":
            settings = replace(settings, ignore=_codes(value, here))
        elif key == "per_file_ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{here}: verwacht een tabel: \"patroon\" = [\"CODE\"]")
            options["per_file_ignores"] = tuple((glob, _codes(codes, f"{here}.{glob}")) for glob, codes in value.items())
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{here}: verwacht een tabel: CODE = \"error\"")
            severities = {}
            for code, level in value.items():
                (full,) = _codes([code], f"{here}.{code}") or (code,)
                if full not in rule_info():
                    raise ConfigError(f"{here}.{code}: gebruik een volledige regelcode, zoals WRD001")
                severities[full] = _severity(level, f"{here}.{code}")
            settings = replace(settings, severities=severities)
        elif key == "fail_on":
            options["fail_on"] = _severity(value, here)
        elif key == "limits":
            settings = replace(settings, limits=replace(Limits(), **_numbers(value, Limits, here)))
        elif key == "verdict":
            settings = replace(settings, verdict=replace(VerdictLimits(), **_numbers(value, VerdictLimits, here)))
        elif key == "phrases":
            files = _paths(value, base, here)
            for file in files:
                try:
                    read_phrase_file(file)
                except WordlistError as error:
                    raise ConfigError(f"{here}: {error}") from None
            settings = replace(settings, extra_phrase_files=tuple(str(f) for f in files))
        elif key == "accept":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{here}: verwacht een lijst met woorden")
            settings = replace(settings, accepted_words=settings.accepted_words | {v.lower() for v in value})
        elif key == "accept_file":
            words = set()
            for file in _paths(value, base, here):
                for line in _text_of(file, here).splitlines():
                    line = line.split("#", 1)[0].strip()
                    if line:
                        words.add(line.lower())
            settings = replace(settings, accepted_words=settings.accepted_words | words)
        elif key == "contact":
            if not isinstance(value, dict) or set(map(_key, value)) - {"required"}:
                raise ConfigError(f"{here}: verwacht alleen: required = [\"named-person\", \"phone\", \"email\"]")
            required = value.get("required", [])
            if not isinstance(required, list) or not all(isinstance(v, str) for v in required):
                raise ConfigError(f"{here}.required: verwacht een lijst met tekst, zoals [\"named-person\", \"phone\"]")
            details = {_key(v) for v in required}
            unknown = details - set(CONTACT_DETAILS)
            if unknown:
                raise ConfigError(f"{here}.required: '{', '.join(sorted(unknown))}' bestaat niet; kies uit named-person, phone, email")
            settings = replace(settings, required_contact=frozenset(details))
        elif key == "model":
            if not isinstance(value, str):
                raise ConfigError(f"{here}: verwacht de naam van een spaCy-pijplijn")
            settings = replace(settings, model=value)
        elif key == "fast":
            if not isinstance(value, bool):
                raise ConfigError(f"{here}: verwacht true of false")
            if value and "model" in map(_key, table):
                raise ConfigError(f"{here}: kies fast of model, niet allebei")
            if value:
                settings = replace(settings, model=None)
        elif key == "picky":
            if not isinstance(value, bool):
                raise ConfigError(f"{here}: verwacht true of false")
            settings = replace(settings, picky=value)
        elif key == "baseline":
            if not isinstance(value, str):
                raise ConfigError(f"{here}: verwacht een bestandsnaam")
            options["baseline"] = real_path(base / value)
        elif key == "max_size":
            problem = max_size_problem(value)
            if problem:
                raise ConfigError(f"{here}: {problem}")
            options["max_size_kb"] = value
    return Config(path=path, settings=settings, **options)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


@lru_cache(maxsize=64)
def load_config(path: Path) -> Config:
    if not exists(path):
        raise ConfigError(f"{path}: dit configuratiebestand bestaat niet")
    try:
        # read_file opens regular files only: a pipe or a device named with --config never makes b1check wait.
        raw = read_file(path, letter=False)
    except InputError as error:
        advice = "" if _is_file(path) else " Geef een gewoon configuratiebestand op."
        raise ConfigError(f"{path}: {error.reason}{advice}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise ConfigError(f"{path}: {toml_problem(error, raw)}") from None
    table = _table_of(data, path)
    if table is None:
        raise ConfigError(f"{path}: er staat geen [tool.b1check] in")
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.b1check] moet een tabel zijn")
    return parse_config(table, path)


def config_for(file: str | os.PathLike | None, explicit: str | os.PathLike | None = None) -> Config:
    """The configuration that applies to a file (or to the current folder)."""
    if explicit is not None:
        return load_config(real_path(explicit))
    # real_path, not Path.resolve: a loop of links is no error here; reading the file says why it cannot be read.
    folder = Path.cwd() if file in (None, "-") else real_path(file).parent
    found = find_config(folder)
    return load_config(found) if found else Config(path=None, settings=Settings())


def describe(config: Config, settings: Settings) -> str:
    """The effective configuration, as TOML a user could copy."""
    lines = [f"# configuratie: {config.path or 'geen bestand gevonden; standaardwaarden'}"]
    lines.append(f"select = {list(settings.select)!r}".replace("'", '"'))
    lines.append(f"ignore = {list(settings.ignore)!r}".replace("'", '"'))
    lines.append(f'fail-on = "{(config.fail_on or Severity.WARNING).value}"')
    if settings.model:
        lines.append(f'model = "{settings.model}"')
    else:
        lines.append("fast = true")
    lines.append(f"picky = {'true' if settings.picky else 'false'}")
    lines.append(f"accept = {sorted(settings.accepted_words)!r}".replace("'", '"'))
    lines.append(f"phrases = {list(settings.extra_phrase_files)!r}".replace("'", '"'))
    if config.baseline:
        lines.append(f'baseline = "{config.baseline}"')
    lines.append("")
    lines.append("[contact]")
    required = [d.replace("_", "-") for d in CONTACT_DETAILS if d in settings.required_contact]
    lines.append(f"required = {required!r}".replace("'", '"'))
    lines.append("")
    lines.append("[severity]")
    for code, info in rule_info().items():
        lines.append(f'{code} = "{settings.severities.get(code, info.severity).value}"')
    for title, values in (("limits", settings.limits), ("verdict", settings.verdict)):
        lines.append("")
        lines.append(f"[{title}]")
        for field in dataclasses.fields(values):
            lines.append(f"{field.name.replace('_', '-')} = {getattr(values, field.name)}")
    if config.per_file_ignores:
        lines.append("")
        lines.append("[per-file-ignores]")
        for glob, codes in config.per_file_ignores:
            lines.append(f'"{glob}" = {list(codes)!r}'.replace("'", '"'))
    return "\n".join(lines) + "\n"
