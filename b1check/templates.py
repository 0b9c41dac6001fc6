"""Recognise template syntax so that it is never read as Dutch.

Control tags (`{% if %}`, `{# … #}`, `@if(…)`) are blanked out: replaced by
spaces of the same length, so offsets do not move. Variables and merge fields
(`{{ naam }}`, `{!! x !!}`, `:naam`, `«Naam»`, `[vul datum in]`) stay in the
text and are recorded as placeholders; the analyser turns each into one
opaque word.
"""

from __future__ import annotations

import re

from .source import Placeholder

_BALANCED = r"\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)"
_BLADE_OPEN = (
    "if|elseif|unless|isset|empty|foreach|forelse|for|while|switch|case|"
    "section|yield|include|extends|auth|guest|can|cannot|lang|choice|php"
)
_BLADE_PLAIN = (
    "endif|else|endunless|endisset|endempty|endforeach|endforelse|empty|endfor|"
    "endwhile|endswitch|break|continue|default|endsection|show|stop|endauth|"
    "endguest|endcan|endcannot|csrf|endphp|parent"
)

CONTROL = re.compile(
    "|".join(
        (
            r"\{#.*?#\}",  # Jinja/Django comment
            r"\{%.*?%\}",  # Jinja/Django statement
            r"\{\{--.*?--\}\}",  # Blade comment
            rf"(?<![\w@.])@(?:{_BLADE_OPEN})\s*{_BALANCED}",
            rf"(?<![\w@.])@(?:{_BLADE_PLAIN})\b",
        )
    ),
    re.DOTALL,
)

PLACEHOLDER = re.compile(
    "|".join(
        (
            r"\{!!(?P<blade>.*?)!!\}",
            r"\{\{(?P<jinja>.*?)\}\}",
            r"«(?P<merge>[^«»\n]{1,80})»",
            r"\[(?P<editor>[^\[\]\n]{1,80})\](?!\()",
            r"(?<![\w:/.@])(?<!\d):(?P<colon>[A-Za-z_][A-Za-z0-9_]*)\b",
        )
    ),
    re.DOTALL,
)


def _blank(match: re.Match) -> str:
    # Keep line breaks so that line numbers and paragraphs stay where they are.
    return re.sub(r"[^\n]", " ", match.group(0))


def recognise(text: str) -> tuple[str, list[Placeholder]]:
    """Blank control tags and find placeholders; the text keeps its length."""
    if not any(mark in text for mark in "{@«[:"):
        return text, []
    text = CONTROL.sub(_blank, text)
    placeholders = []
    for match in PLACEHOLDER.finditer(text):
        name = next(group for group in match.groups() if group is not None).strip(" -")
        placeholders.append(Placeholder(match.start(), match.end(), name))
    return text, placeholders
