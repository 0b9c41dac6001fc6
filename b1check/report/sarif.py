"""SARIF 2.1.0, the format code-scanning dashboards (GitHub, GitLab, Azure) read.

One run: the rules with their Dutch documentation, one result per finding
(with the safe replacement as a fix), one artifact per letter carrying the
verdict, and a notification per file that could not be read.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from ..__about__ import __version__
from ..model import FileReport, Finding, ReadError, Severity
from ..language.wordlists import rule_info
from .labels import better

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A file URI for absolute paths; a relative reference (forward slashes) otherwise."""
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix())


def _region(f: Finding) -> dict:
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "charOffset": f.start,
        "charLength": f.end - f.start,
        "snippet": {"text": f.text},
    }


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines())


def _rules() -> list[dict]:
    rules = []
    for info in rule_info().values():
        rules.append(
            {
                "id": info.code,
                "name": info.name,
                "shortDescription": {"text": info.what},
                "fullDescription": {"text": f"{info.what} {info.why}"},
                "help": {
                    "text": f"{info.why}\n\nVoorbeeld: {info.example}\nBeter: {info.better}",
                    "markdown": f"{info.why}\n\n**Voorbeeld**\n\n{_quote(info.example)}\n\n**Beter**\n\n{_quote(info.better)}",
                },
                "defaultConfiguration": {"level": _LEVEL[info.severity]},
                "properties": {"category": info.category, "tags": [info.category]},
            }
        )
    return rules


def _result(f: Finding, uri: str, artifact: int, rule_index: dict[str, int]) -> dict:
    message = f.message + better(f)
    location = {"artifactLocation": {"uri": uri, "index": artifact}, "region": _region(f)}
    result = {
        "ruleId": f.rule,
        "level": _LEVEL[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": location}],
        "properties": {"category": f.category, "suggestions": list(f.suggestions), "advice": list(f.advice)},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.fix is not None:
        region = {k: v for k, v in _region(f).items() if k != "snippet"}
        result["fixes"] = [
            {
                "description": {"text": f"Vervang '{f.text}' door '{f.fix}'."},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri, "index": artifact},
                        "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix}}],
                    }
                ],
            }
        ]
    return result


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    rules = _rules()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    artifacts, results = [], []
    for report in reports:
        uri = _uri(report.path)
        artifacts.append(
            {
                "location": {"uri": uri},
                "properties": {
                    "b1": report.verdict.b1,
                    "reasons": list(report.verdict.reasons),
                    "metrics": report.metrics.to_dict(),
                    "notes": list(report.notes),
                },
            }
        )
        results.extend(_result(f, uri, len(artifacts) - 1, rule_index) for f in report.findings)
    notifications = [
        {
            "level": "error",
            "message": {"text": f"Niet gelezen: {error.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(error.path)}}}],
        }
        for error in errors
    ]
    run = {
        "tool": {
            "driver": {
                "name": "b1check",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "invocations": [{"executionSuccessful": not errors, "toolExecutionNotifications": notifications}],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
