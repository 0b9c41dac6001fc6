"""JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure).

One <testsuite> per letter: a failing <testcase> per finding, and a testcase
"B1" that fails when the letter is not B1 — so a clean B1 letter is one
passing testcase. A file that could not be read is a testsuite with an <error>.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import FileReport, ReadError
from .labels import better


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", name=name)


def _count(suite: ET.Element) -> tuple[int, int, int]:
    cases = suite.findall("testcase")
    failures = sum(1 for case in cases if case.find("failure") is not None)
    errors = sum(1 for case in cases if case.find("error") is not None)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return len(cases), failures, errors


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    root = ET.Element("testsuites", name="b1check")
    for report in reports:
        suite = _suite(root, report.path)
        for f in report.findings:
            case = ET.SubElement(
                suite, "testcase", name=f"{f.rule} regel {f.line}, kolom {f.column}",
                classname=report.path, file=report.path, line=str(f.line),
            )
            detail = f"{report.path}:{f.line}:{f.column}: {f.rule} {f.message}"
            detail += better(f)
            failure = ET.SubElement(case, "failure", message=f.message, type=f.rule)
            failure.text = detail
        case = ET.SubElement(suite, "testcase", name="B1", classname=report.path, file=report.path)
        if not report.verdict.b1:
            failure = ET.SubElement(case, "failure", message="Deze brief is geen B1.", type="B1")
            failure.text = "\n".join(report.verdict.reasons)
    for error in errors:
        suite = _suite(root, error.path)
        case = ET.SubElement(suite, "testcase", name="lezen", classname=error.path, file=error.path)
        ET.SubElement(case, "error", message=error.reason, type="niet-gelezen")
    totals = [_count(suite) for suite in root.findall("testsuite")]
    for index, name in enumerate(("tests", "failures", "errors")):
        root.set(name, str(sum(total[index] for total in totals)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
