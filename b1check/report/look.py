"""How a category looks, on the web page and in the audit report alike: colour, letter badge, line style.

This table is the one source. The audit report puts `category_css()` in its
page; the web page loads the same rules from `b1check/web/static/categories.css`,
which is made from this table (`python -m b1check.report.look`; a test checks
that the file is up to date). Colour is never the only cue: every category
also has its own letter and its own underline style.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from ..model import CATEGORIES
from .labels import CATEGORY_NAMES


@dataclass(frozen=True)
class CategoryLook:
    code: str  # the category name from the report ("wording")
    name: str  # Dutch, for the reader
    badge: str  # one or two characters before every highlight
    legend: str  # one line for the legend
    background: str  # light: the letter's text on it reads at 4.5:1 or better
    accent: str  # dark: white on it reads at 6:1 or better (badge, underline)
    line: str  # the underline's style, the cue besides colour


def _look(code: str, badge: str, legend: str, background: str, accent: str, line: str) -> CategoryLook:
    return CategoryLook(code, CATEGORY_NAMES[code], badge, legend, background, accent, line)


CATEGORY_LOOKS = {
    look.code: look
    for look in (
        _look("wording", "A", "Een stijf woord. Er is een gewoon woord voor.", "#dbe8fd", "#1d4ed8", "solid"),
        _look("difficult-word", "M", "Een woord dat weinig mensen kennen.", "#fdeaa0", "#8a3a0a", "dotted"),
        _look("abbreviation", "Af", "Een afkorting die de brief niet uitlegt.", "#efe0fc", "#6b21a8", "dashed"),
        _look("sentence-length", "Z", "Een zin met te veel woorden.", "#fff1e0", "#9a3412", "double"),
        _look("passive", "L", "Niet duidelijk wie iets doet.", "#d4f6fb", "#155e75", "dashed"),
        _look("nominal-style", "N", "Een werkwoord dat verstopt zit in een zelfstandig naamwoord.",
              "#fce7f3", "#9d174d", "dotted"),
        _look("paragraph", "¶", "Een alinea met te veel zinnen of woorden.", "#f1f4f7", "#334155", "solid"),
        _look("contact", "C", "De lezer kan niet goed een mens bereiken.", "#dcf5e4", "#166534", "wavy"),
        _look("tone", "T", "Woorden die dreigend of wantrouwig klinken.", "#fde3e3", "#991b1b", "wavy"),
        _look("structure", "O", "Iets wat de lezer mist, zoals een reden.", "#ece8fd", "#5b21b6", "double"),
        _look("suppression", "U", "Een opmerking die geen melding uitzet.", "#e7e8eb", "#374151", "dotted"),
    )
}
assert set(CATEGORY_LOOKS) == set(CATEGORIES), "every category needs a look"

# Categories that cover a sentence or a paragraph. Where one piece of text has
# several highlights on one element (the audit report), a word's own category
# wins: its rule comes later in the style sheet.
WIDE_CATEGORIES = ("paragraph", "structure", "sentence-length", "passive")


def category_css() -> str:
    """The style rules every page shares: a colour pair and line style per category, and the badge."""
    order = [*WIDE_CATEGORIES, *(code for code in CATEGORIES if code not in WIDE_CATEGORIES)]
    lines = [
        "/* Made from b1check/report/look.py by `python -m b1check.report.look`; do not edit by hand. */",
        *(
            f".cat-{look.code} {{ --bg: {look.background}; --accent: {look.accent}; --line: {look.line}; }}"
            for look in (CATEGORY_LOOKS[code] for code in order)
        ),
        ".badge {",
        "  display: inline-block; min-width: 1.6em; text-align: center; padding: 0 0.3em; border-radius: 3px;",
        "  background: var(--accent); color: #fff; font-weight: 700; font-size: 0.85em; line-height: 1.35;",
        "}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(category_css())
