"""b1check: check Dutch municipal letters for plain language (B1).

    >>> import b1check
    >>> report = b1check.check_text("Wij verzoeken u het formulier te retourneren.")
    >>> [(f.text, f.suggestions[0]) for f in report.findings if f.category == "wording"]
    [('Wij verzoeken u', 'Wij vragen u'), ('te retourneren', 'terug te sturen')]
"""

from .__about__ import __version__
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
    "check_bytes",
    "check_file",
    "check_source",
    "check_text",
]

# The checks load spaCy, which takes a second, and the loaders their file
# formats: both are imported on first use, so that `import b1check` (and every
# command that checks no letter) stays quick.
_LAZY = {"check_bytes": "audit.engine", "check_file": "check", "check_source": "check", "check_text": "check", "InputError": "load"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'b1check' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
