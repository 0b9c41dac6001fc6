"""The example letters in examples/: every original fails, every rewrite passes.

Each topic folder holds `origineel.<ext>` (bureaucratic) and `b1.<ext>` (the same
letter in plain language). The originals were written to show certain problems;
the tests check that b1check finds them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from b1check.check import check_file
from b1check.load import load_file
from b1check.model import Severity

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

TOPICS = {
    "bijstand": "txt",
    "parkeervergunning": "txt",
    "wmo": "txt",
    "afval": "eml",
    "belastingaanslag": "html",
    "bezwaar": "txt",
}
TEMPLATE = EXAMPLES / "sjabloon" / "ontvangstbevestiging.txt.j2"

# The categories every original was written to show.
EXPECTED_CATEGORIES = {
    "bijstand": {"wording", "tone", "sentence-length", "passive", "contact", "structure"},
    "parkeervergunning": {"wording", "sentence-length", "passive", "contact"},
    "wmo": {"wording", "tone", "abbreviation", "sentence-length", "passive", "contact"},
    "afval": {"wording", "tone", "sentence-length", "passive", "contact"},
    "belastingaanslag": {"wording", "sentence-length", "passive", "contact"},
    "bezwaar": {"wording", "sentence-length", "passive", "contact"},
}

# Rules every original was written to trigger (mostly contact and structure).
EXPECTED_RULES = {
    "bijstand": {"CON001", "CON003", "CON005", "STR001", "TON001"},
    "parkeervergunning": {"CON001", "CON007", "WRD001"},  # CON007 says it: no phone, no e-mail
    "wmo": {"CON001", "CON003", "CON005", "ABR001", "TON001"},
    "afval": {"CON001", "CON006", "CON007", "TON001"},
    "belastingaanslag": {"CON001", "CON003", "CON005"},
    "bezwaar": {"CON001", "CON003", "CON006"},
}


def original(topic: str) -> Path:
    return EXAMPLES / topic / f"origineel.{TOPICS[topic]}"


def rewrite(topic: str) -> Path:
    return EXAMPLES / topic / f"b1.{TOPICS[topic]}"


def describe(report) -> str:
    lines = [f"{report.path}: B1={report.verdict.b1}"]
    lines += [f"  verdict: {reason}" for reason in report.verdict.reasons]
    lines += [
        f"  {f.line}:{f.column} {f.rule} [{f.severity.value}] {f.text!r}: {f.message}"
        for f in report.findings
    ]
    return "\n".join(lines)


def blocking(report) -> list:
    return [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]


def test_every_topic_folder_is_there():
    folders = {p.name for p in EXAMPLES.iterdir() if p.is_dir()}
    assert set(TOPICS) | {"sjabloon"} <= folders
    for topic in TOPICS:
        assert original(topic).is_file()
        assert rewrite(topic).is_file()
    assert TEMPLATE.is_file()


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_original_fails(topic):
    report = check_file(original(topic))
    assert not report.verdict.b1 or blocking(report), describe(report)


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_original_shows_the_problems_it_was_written_for(topic):
    report = check_file(original(topic))
    categories = {f.category for f in report.findings}
    rules = {f.rule for f in report.findings}
    missing_categories = EXPECTED_CATEGORIES[topic] - categories
    missing_rules = EXPECTED_RULES[topic] - rules
    assert not missing_categories, f"missing categories {sorted(missing_categories)}\n{describe(report)}"
    assert not missing_rules, f"missing rules {sorted(missing_rules)}\n{describe(report)}"


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_original_gives_no_way_to_reach_a_person(topic):
    contact = check_file(original(topic)).contact
    assert not contact.named_person
    assert contact.phone in ("none", "general")
    assert contact.email in ("none", "noreply")


@pytest.mark.parametrize(
    "path",
    [rewrite(topic) for topic in sorted(TOPICS)] + [TEMPLATE],
    ids=[f"{topic}/b1" for topic in sorted(TOPICS)] + ["sjabloon"],
)
def test_rewrite_passes(path):
    report = check_file(path)
    assert report.verdict.b1, describe(report)
    assert not blocking(report), describe(report)
    assert report.contact.named_person, describe(report)
    assert report.contact.phone in ("direct", "placeholder"), describe(report)
    assert report.contact.email in ("personal_or_team", "placeholder"), describe(report)


@pytest.mark.parametrize(
    "path",
    [p for topic in sorted(TOPICS) for p in (original(topic), rewrite(topic))] + [TEMPLATE],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_letter_length(path):
    words = len(load_file(path).text.split())
    assert 150 <= words <= 350, f"{path}: {words} woorden"


def test_quoted_printable_email_is_decoded():
    raw = original("afval").read_text(encoding="ascii")
    assert "Content-Transfer-Encoding: quoted-printable" in raw
    assert "=C3=A9" in raw and "=\n" in raw
    text = load_file(original("afval")).text
    assert "één keer" in text
    assert "geïnformeerd" in text
    assert "=C3" not in text


def test_script_and_style_are_not_read():
    for path in (original("belastingaanslag"), rewrite("belastingaanslag")):
        text = load_file(path).text
        assert "dataLayer" not in text
        assert "font-family" not in text
        assert "€ 806,64" in text


@pytest.mark.parametrize(
    "path, code",
    [(rewrite("bijstand"), 0), (TEMPLATE, 0), (original("bijstand"), 1), (original("afval"), 1)],
    ids=["b1", "sjabloon", "origineel", "origineel-eml"],
)
def test_cli_exit_code(path, code):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-m", "b1check", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == code, result.stdout + result.stderr
