"""b1check: check Dutch municipal letters for plain language (B1).

    >>> import b1check
    >>> report = b1check.check_text("Wij verzoeken u het formulier te retourneren.")
    >>> [(f.text, f.suggestions[0]) for f in report.findings if f.category == "wording"]
    [('verzoeken', 'vragen'), ('te retourneren', 'terug te sturen')]
"""

from .__about__ import __version__
from .check import check_file, check_source, check_text
from .load import InputError
from .model import ContactDetails, FileReport, Finding, Metrics, ReadError, Severity, Verdict
from .settings import Limits, Settings, VerdictLimits

__all__ = [
    "ContactDetails",
    "FileReport",
    "Finding",
    "InputError",
    "Limits",
    "Metrics",
    "ReadError",
    "Settings",
    "Severity",
    "Verdict",
    "VerdictLimits",
    "__version__",
    "check_file",
    "check_source",
    "check_text",
]
