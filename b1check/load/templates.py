"""Recognise template syntax so that it is never read as Dutch.

Control tags (`{% if %}`, `{# … #}`, `@if(…)`, Latte's `{if …}` … `{/if}` and
`{* … *}`, ERB's `<% … %>`, PHP's `<?php … ?>`) are blanked out: replaced by
spaces of the same length, so offsets do not move. Variables and merge fields
(`{{ naam }}`, `{!! x !!}`, `{$x->y}`, `{naam}`, `%{naam}`, `${naam}`,
`((naam))`, `:naam`, `«Naam»`, `[vul datum in]`, `<%= naam %>`, `<?= $naam ?>`)
stay in the text and are recorded as placeholders; the
analyser turns each into one opaque word.

Jinja and Django templates are read with jinja2's own lexer, so that a `%}`
inside a string or a `{% raw %}` block cannot fool b1check; the text of every
branch of an `{% if %}` stays where it is and is checked. Other syntaxes
(Blade, `:naam`, «velden», [vul in]), and Jinja that jinja2 cannot read, go
through the patterns below (`TagScanner`), in one pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath

from .scan import TagScanner, blank_spans
from .source import Placeholder

# Blade's `@if(…)`: brackets nested at most three deep, on one line. Possessive
# quantifiers: the pattern never tries a shorter run again once one failed.
_BALANCED = r"\((?:[^()\n]++|\((?:[^()\n]++|\([^()\n]*+\))*+\))*+\)"
_BLADE_OPEN = (
    "if|elseif|unless|isset|empty|foreach|forelse|for|while|switch|case|"
    "section|yield|include|extends|auth|guest|can|cannot|lang|choice|php"
)
_BLADE_PLAIN = (
    "endif|else|endunless|endisset|endempty|endforeach|endforelse|empty|endfor|"
    "endwhile|endswitch|break|continue|default|endsection|show|stop|endauth|"
    "endguest|endcan|endcannot|csrf|endphp|parent"
)

# Latte (Nette) tags: "{if $x}", "{else}", "{/if}", "{var $a = 1}"; the tag name follows the brace
# at once (Latte's own rule), so "{ if }" or a "{datum}" field is no tag.
_LATTE_TAGS = (
    "if|elseif|else|ifset|elseifset|ifchanged|foreach|for|while|var|default|include|block|define|"
    "capture|switch|case|translate|spaceless|sep|embed|import|layout|snippet|do|php"
)

# Control tags: Jinja/Django comments and statements, Blade comments and directives, Latte tags and comments.
CONTROL = TagScanner(
    r"(?P<comment>\{#)|(?P<statement>\{%)|(?P<blade_comment>\{\{--)|(?P<blade>(?<![\w@.])@(?=\w))"
    rf"|(?P<latte_comment>\{{\*)|(?P<latte>\{{/?(?:{_LATTE_TAGS})(?=[\s}}]))|(?P<erb><%(?!=)(?!%))"
    r"|(?P<php><\?(?:php\b|(?=\s))(?!\s*+(?:echo|print)\b))",  # (an echo is a field: below)
    {
        "erb": "%>",  # Ruby's ERB code and comments: "<% if @x %>", "<%- end -%>", "<%# note %>"
        "php": "?>",  # PHP code in a plain PHP view: "<?php if ($ok): ?>", "<? endif; ?>"
        "comment": "#}",
        "statement": "%}",
        "blade_comment": "--}}",
        "blade": re.compile(rf"@(?:{_BLADE_OPEN})\s*+{_BALANCED}|@(?:{_BLADE_PLAIN})\b"),
        "latte_comment": "*}",
        "latte": "}",
    },
    one_line=frozenset({"latte"}),
)

# Variables and merge fields: Blade `{!! x !!}`, Jinja `{{ x }}`, Latte `{$x->y}`, a single-brace
# field `{naam}` / `{0}` (Python, .NET, many mail systems, JSX), Ruby's `%{naam}`, `${naam}` (FreeMarker,
# JavaScript), Notify's `((naam))`, «Naam», [vul in], Laravel's `:naam`, Python's `%(naam)s`, ERB's `<%= naam %>`,
# PHP's `<?= $naam ?>`.
# The short kinds end on their line.
PLACEHOLDER = TagScanner(
    r"(?P<blade>\{!!)|(?P<jinja>\{\{)|(?P<latte>\{\$)|(?P<percent>%\{)|(?P<dollar>\$\{)"
    r"|(?P<brace>(?<![{\w])\{(?=\w))|(?P<notify>\(\((?=\s*\w))|(?P<merge>«)|(?P<editor>\[)"
    r"|(?P<colon>(?<![\w:/.@])(?<!\d):(?=[A-Za-z_]))|(?P<pyformat>%\((?=\w))|(?P<erb><%==?)"
    r"|(?P<php><\?(?:=|(?:php)?\s++(?:echo|print)\b))",
    {
        "erb": "%>",  # Ruby's ERB output tag: "<%= @rejected_by %>", "<%== raw %>"
        # PHP's echo in a plain PHP view (CodeIgniter, Laravel notifications): "<?=$name; ?>",
        # "<?php echo $naam; ?>", "<? echo $naam ?>"; a "?>" inside a string or a condition ends it early, as in PHP.
        "php": re.compile(r"<\?(?:=|(?:php)?\s++(?:echo|print)\b)\s*+((?:[^?\n]|\?(?!>)){1,200}?)\s*+;?\s*+\?>"),
        "blade": "!!}",
        "jinja": "}}",
        "latte": "}",
        "percent": "}",
        "dollar": "}",
        # a name or a path, perhaps with a filter: "{melding.id}", "{0}", "{date|short}"; a JSX
        # expression on a name: "{telefoonnummer && 'of bel ons via ' + telefoonnummer}"; or a call,
        # calls inside it too: "{capitalize(fullRelativeHumanDate(marktDate))}"; never "{{"
        "brace": re.compile(
            r"\{([A-Za-z_][\w.\[\]-]{0,60}(?:\s*\|[^{}\n]{0,40})?|\d{1,2}"
            r"|[A-Za-z_][\w.]{0,60}\s*(?:&&|\|\||\?)[^{}\n]{1,120}"
            r"|[A-Za-z_][\w.]{0,60}\((?:[^(){}\n]|\((?:[^(){}\n]|\([^(){}\n]*\))*\)){0,160}\))\}(?!\})"
        ),
        "notify": "))",
        "merge": re.compile(r"«([^«»\n]{1,80})»"),
        "editor": re.compile(r"\[([^\[\]\n]{1,80})\](?!\()"),
        "colon": re.compile(r":([A-Za-z_][A-Za-z0-9_]*)\b"),
        "pyformat": re.compile(r"%\((\w{1,60})\)[sdifr]"),  # gettext/Python: "Beste %(naam)s"
    },
    one_line=frozenset({"latte", "percent", "dollar", "notify"}),
)


# The keyword of a control tag: "{% if x %}", "{%- elif y -%}", "{% endfor %}"; Blade's "@if(…)", "@else", "@endif";
# Latte's "{if $x}", "{else}", and "{/if}" (read as "endif").
_KEYWORD = re.compile(r"^(?:\{%[-+]?\s*|@|\{(?P<latte_end>/)?)(\w+)")
_NEXT_BRANCH = frozenset({"elif", "elseif", "else"})


@dataclass(frozen=True)
class Branch:
    """One branch of a choice: its text range and the choices inside it."""

    start: int
    end: int
    choices: tuple[Choice, ...] = ()


# A choice in a template ({% if %} … {% elif %} … {% else %} … {% endif %}): its branches, in text offsets.
Choice = tuple[Branch, ...]


@dataclass
class _Open:
    keyword: str
    branches: list[list] = field(default_factory=list)  # [start, end, inner choices]; only for "if"


def choices(text: str) -> list[Choice]:
    """The if/elif/else choices of a template, outermost first, each with the choices inside its branches.

    A reader gets one branch of each, so a rule that adds up a stretch of
    text (the length of a paragraph) should count only the longest.
    An `else` belongs to the innermost open block: the `else` of a
    `{% for %}` or Blade's `@unless` is no branch of an `if`. A block is a
    keyword that has its end tag somewhere in the template (`for` … `endfor`),
    so that `{% include %}` or `{% set x = 1 %}` opens nothing. Control tags
    are found as `recognise_regex` finds them; an unbalanced template gives
    what could be matched.
    """
    tags = []
    for start, end, _inside in CONTROL.finditer(text):
        keyword = _KEYWORD.match(text[start:end])
        if keyword is not None:
            tags.append((("end" if keyword.group("latte_end") else "") + keyword.group(2), start, end))
    ended = {word[3:] for word, _start, _end in tags if word.startswith("end")}
    top: list[Choice] = []
    stack: list[_Open] = []

    def close(block: _Open, at: int) -> None:
        if block.keyword != "if":
            return
        block.branches[-1][1] = at
        choice = tuple(Branch(first, last, tuple(inner)) for first, last, inner in block.branches)
        outer = next((b for b in reversed(stack) if b.keyword == "if"), None)
        (outer.branches[-1][2] if outer else top).append(choice)

    for word, start, end in tags:
        if word.startswith("end"):
            while stack:
                block = stack.pop()
                close(block, start)
                if block.keyword == word[3:]:
                    break
        elif word in _NEXT_BRANCH:
            if stack and stack[-1].keyword == "if":
                stack[-1].branches[-1][1] = start
                stack[-1].branches.append([end, -1, []])
        elif word in ended:
            stack.append(_Open(word, [[end, -1, []]] if word == "if" else []))
    return top


def _placeholders(text: str) -> list[Placeholder]:
    return [Placeholder(start, end, inside.strip(" -")) for start, end, inside in PLACEHOLDER.finditer(text)]


def recognise(text: str, name: str = "") -> tuple[str, list[Placeholder]]:
    """Blank control tags and find placeholders; the text keeps its length.

    `name` (the file name) says whether the text is a Jinja or Django template.
    """
    if not any(mark in text for mark in "{@«[:(<"):
        return text, []
    text = unwrap_translations(text)
    dialect = template_dialect(name, text)
    if dialect is not None:
        recognised = recognise_jinja(text, parse=dialect == "jinja")
        if recognised is not None:
            return recognised
    return recognise_regex(text)


# A sentence to translate, written in the tag that translates it: Django's `{% trans "…" %}`
# and `{% translate "…" %}`, gettext's `{{ _("…") }}` / `{{ gettext("…") }}`, Laravel's
# `{{ __('…') }}` and `@lang('…')`, vue-i18n's `{{ $t('…') }}`, Twig's `{{ '…'|trans }}`.
# That text is what the reader gets. A key ("mail.greeting", no space in it) is no text.
_LITERAL = r"(?P<q{n}>[\"'])(?P<t{n}>(?:(?!(?P=q{n}))[^\\\n]){{1,400}})(?P=q{n})"
_TRANSLATED = re.compile(
    r"\{%-?\s*(?:trans|translate)\s+" + _LITERAL.format(n=1) + r"[^%\n]{0,80}?-?%\}"
    r"|(?:\{\{-?|\{!!)\s*(?:_|gettext|__|trans|\$?t)\(\s*" + _LITERAL.format(n=2)
    + r"\s*(?:,[^)}\n]{0,120})?\)\s*-?(?:\}\}|!!\})"
    r"|@lang\(\s*" + _LITERAL.format(n=3) + r"\s*\)"
    r"|\{\{-?\s*" + _LITERAL.format(n=4) + r"\s*\|\s*trans\b[^}\n]{0,80}-?\}\}"
)


def unwrap_translations(text: str) -> str:
    """The tag around a translated sentence blanked, the sentence kept where it stands."""
    if "trans" not in text and "_(" not in text and "@lang" not in text and "t(" not in text:
        return text
    chars = None
    for found in _TRANSLATED.finditer(text):
        group = next(g for g in ("t1", "t2", "t3", "t4") if found.group(g) is not None)
        if " " not in found.group(group).strip():
            continue
        chars = chars if chars is not None else list(text)
        keep = range(found.start(group), found.end(group))
        for index in range(found.start(), found.end()):
            if index not in keep and chars[index] != "\n":
                chars[index] = " "
    return "".join(chars) if chars is not None else text


def recognise_regex(text: str) -> tuple[str, list[Placeholder]]:
    """Template syntax by patterns: every style at once, never fails."""
    text = blank_spans(text, CONTROL.finditer(text))
    return text, _placeholders(text)


# --- Jinja and Django, with jinja2's lexer ---------------------------------

JINJA_SUFFIXES = {".j2", ".jinja", ".jinja2"}
DJANGO_SUFFIXES = {".django"}
_DJANGO_HTML_SUFFIXES = {".html", ".htm"}
_DJANGO_MARKS = ("{%", "{{")
# Django block comments: the text between the tags is not letter text.
_BLOCK_COMMENT = re.compile(r"\s*comment\b")
_BLOCK_COMMENT_END = re.compile(r"\s*endcomment\s*$")


@lru_cache(maxsize=1)
def _environment():
    """The parser only checks that the template is well formed; these extensions
    let it accept {% trans %}, {% do %} and {% break %} as well. Made on first use:
    a letter that is no template never needs jinja2 (about 0.03 s CPU to import)."""
    import jinja2

    return jinja2.Environment(extensions=["jinja2.ext.i18n", "jinja2.ext.do", "jinja2.ext.loopcontrols"])


def template_dialect(name: str, text: str) -> str | None:
    """ "jinja" for Jinja files (lexed and parsed), "django" for Django templates
    (lexed only: jinja2's parser does not know Django's tags), else None."""
    suffix = PurePath(name.lower()).suffix
    if suffix in JINJA_SUFFIXES:
        return "jinja"
    if suffix in DJANGO_SUFFIXES:
        return "django"
    if suffix in _DJANGO_HTML_SUFFIXES and any(mark in text for mark in _DJANGO_MARKS):
        return "django"
    return None


class _Unreadable(Exception):
    """The lexer's tokens do not line up with the text: use the regex path."""


def _token_spans(text: str):
    """(kind, start, end) of every token of jinja2's lexer, in offsets of `text`.

    The lexer leaves out whitespace that `{%-` and `-%}` strip, so a token that
    does not start where the previous one ended is looked for after that
    whitespace.
    """
    position = 0
    for _line, kind, value in _environment().lexer.tokeniter(text, None):
        if not text.startswith(value, position):
            skip = position
            while skip < len(text) and text[skip].isspace():
                skip += 1
            if not text.startswith(value, skip):
                raise _Unreadable(kind)
            position = skip
        yield kind, position, position + len(value)
        position += len(value)


def _jinja_regions(text: str):
    """Control regions (to blank) and variables (start, end, name) of a template."""
    controls: list[tuple[int, int]] = []
    variables: list[tuple[int, int, str]] = []
    opened: tuple[str, int, int] | None = None  # kind and span of the open tag
    comment_block_start: int | None = None
    for kind, start, end in _token_spans(text):
        if kind in ("block_begin", "variable_begin", "comment_begin"):
            opened = (kind, start, end)
        elif kind in ("block_end", "comment_end") and opened:
            tag_start = opened[1]
            inner = text[opened[2] : start]
            if kind == "block_end" and comment_block_start is None and _BLOCK_COMMENT.match(inner):
                comment_block_start = tag_start
            elif kind == "block_end" and comment_block_start is not None and _BLOCK_COMMENT_END.match(inner):
                controls.append((comment_block_start, end))
                comment_block_start = None
            elif comment_block_start is None:
                controls.append((tag_start, end))
            opened = None
        elif kind == "variable_end" and opened:
            if comment_block_start is None:
                name = text[opened[2] : start].strip(" \t\n-")
                variables.append((opened[1], end, name))
            opened = None
        elif kind in ("raw_begin", "raw_end") and comment_block_start is None:
            controls.append((start, end))
    if opened is not None or comment_block_start is not None:
        raise _Unreadable("unclosed")
    return controls, variables


def recognise_jinja(text: str, parse: bool = True) -> tuple[str, list[Placeholder]] | None:
    """Blank tags and comments, keep `{{ … }}` as placeholders, using jinja2's lexer.

    Returns None when jinja2 cannot read the template (then the caller falls
    back to the patterns). With `parse`, the template must also
    parse: an `{% if %}` without `{% endif %}` is malformed Jinja.
    """
    from jinja2 import TemplateSyntaxError

    try:
        if parse:
            _environment().parse(text)
        controls, variables = _jinja_regions(text)
    except (TemplateSyntaxError, _Unreadable):
        return None
    except Exception:  # noqa: BLE001 - a template jinja2 chokes on still gets checked
        return None
    chars = list(text)
    for start, end in controls:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    blanked = "".join(chars)
    placeholders = [Placeholder(start, end, name) for start, end, name in variables]
    # Merge fields and editor notes can stand in a Jinja letter too. Variables
    # are masked so that `x[0]` inside `{{ }}` is not an editor note.
    masked = list(blanked)
    for start, end, _name in variables:
        masked[start:end] = " " * (end - start)
    placeholders += _placeholders("".join(masked))
    placeholders.sort(key=lambda placeholder: placeholder.start)
    return blanked, placeholders
