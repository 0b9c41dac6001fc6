"""One look for every page: each category's colours meet WCAG AA and differ by more than colour."""

from __future__ import annotations

from b1check.model import CATEGORIES
from b1check.report.look import CATEGORY_LOOKS, WIDE_CATEGORIES, category_css

PAGE_TEXT = "#1b1b1b"  # the letter's text colour on the web page and in the audit report


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_category_colours_meet_wcag_aa():
    for code, look in CATEGORY_LOOKS.items():
        assert contrast(PAGE_TEXT, look.background) >= 4.5, code  # letter text on its highlight
        assert contrast("#ffffff", look.accent) >= 4.5, code  # the badge letter on its badge
        assert contrast(look.accent, look.background) >= 3, code  # the underline against the highlight


def test_categories_differ_by_more_than_colour():
    badges = [look.badge for look in CATEGORY_LOOKS.values()]
    assert len(set(badges)) == len(badges)
    colours = [look.accent for look in CATEGORY_LOOKS.values()]
    assert len(set(colours)) == len(colours)


def test_a_words_own_category_wins_over_a_sentence_highlight():
    css = category_css()
    assert set(CATEGORY_LOOKS) == set(CATEGORIES)
    for wide in WIDE_CATEGORIES:
        for code in CATEGORIES:
            if code not in WIDE_CATEGORIES:
                assert css.index(f".cat-{wide} ") < css.index(f".cat-{code} ")
