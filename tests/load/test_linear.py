"""The loaders find what the plain patterns find, in one pass.

Template and Markdown tags are found by `load.scan.TagScanner` instead of
regular expressions like `\\{%.*?%\\}`, which search again from every opening
mark (a text of 150,000 "{%" took minutes). The plain patterns below are the
specification: on short random texts both must find the same tags.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from b1check.load import formats
from b1check.load.formats import html_to_text, markdown_to_text
from b1check.load.scan import blank_spans
from b1check.load.templates import CONTROL, PLACEHOLDER, recognise_regex

_BALANCED = r"\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)"
_BLADE_OPEN = "if|elseif|unless|isset|empty|foreach|forelse|for|while|switch|case|section|yield|include|extends|auth|guest|can|cannot|lang|choice|php"
_BLADE_PLAIN = (
    "endif|else|endunless|endisset|endempty|endforeach|endforelse|empty|endfor|endwhile|endswitch|break|continue|"
    "default|endsection|show|stop|endauth|endguest|endcan|endcannot|csrf|endphp|parent"
)
_LATTE = "if|elseif|else|ifset|elseifset|ifchanged|foreach|for|while|var|default|include|block|define|capture|switch|case|translate|spaceless|sep|embed|import|layout|snippet|do|php"
PLAIN_CONTROL = re.compile(
    rf"\{{#.*?#\}}|\{{%.*?%\}}|\{{\{{--.*?--\}}\}}|(?<![\w@.])@(?:{_BLADE_OPEN})\s*{_BALANCED}|(?<![\w@.])@(?:{_BLADE_PLAIN})\b"
    rf"|\{{\*.*?\*\}}|\{{/?(?:{_LATTE})(?=[\s}}])[^\n]*?\}}",
    re.DOTALL,
)
PLAIN_PLACEHOLDER = re.compile(
    r"\{!!(.*?)!!\}|\{\{(.*?)\}\}|\{\$([^\n]*?)\}|%\{([^\n]*?)\}|\$\{([^\n]*?)\}"
    r"|(?<![{\w])\{([A-Za-z_][\w.\[\]-]{0,60}(?:\s*\|[^{}\n]{0,40})?|\d{1,2})\}(?!\})|\(\((?=\s*\w)([^\n]*?)\)\)"
    r"|«([^«»\n]{1,80})»|\[([^\[\]\n]{1,80})\](?!\()|(?<![\w:/.@])(?<!\d):([A-Za-z_][A-Za-z0-9_]*)\b",
    re.DOTALL,
)
PLAIN_MARKDOWN = re.compile(
    r"^ {0,3}#{1,6}[ \t]|^ {0,3}>[ \t]?|\]\([^)\n]*\)|!\[|(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)"
    r"|<!--.*?-->|</?[A-Za-z][^>\n]*>",
    re.MULTILINE | re.DOTALL,
)

_TEMPLATE = st.lists(
    st.sampled_from(["{%", "%}", "{#", "#}", "{{", "}}", "{{--", "--}}", "{!!", "!!}", "@if", "@endif", "@else",
                     "@empty", "(", ")", "«", "»", "[", "]", ":naam", "a", " ", "\n", "x", "](", "@foreach($a)",
                     "{if $a}", "{/if}", "{else}", "{*", "*}", "{", "}", "%{", "${", "{$", "((", "))", "|", "0", "{if"]),
    max_size=16,
).map("".join)
_MARKDOWN = st.lists(
    st.sampled_from(["#", "# ", "  ", ">", "> ", "](", ")", "[", "]", "![", "*", "**", "_", "<!--", "-->", "<a",
                     "</b", ">", "a", " ", "\n", "x y", "<", "!"]),
    max_size=16,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEMPLATE)
def test_template_tags_are_the_plain_patterns_tags(text):
    assert [(start, end) for start, end, _ in CONTROL.finditer(text)] == [m.span() for m in PLAIN_CONTROL.finditer(text)]
    blanked = recognise_regex(text)[0]
    expected = [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in PLAIN_PLACEHOLDER.finditer(blanked)]
    assert list(PLACEHOLDER.finditer(blanked)) == expected


@settings(max_examples=3000, deadline=None)
@given(_MARKDOWN)
def test_markdown_markup_is_the_plain_patterns_markup(text):
    assert "```" not in text and "~~~" not in text
    expected = blank_spans(text, (m.span() for m in PLAIN_MARKDOWN.finditer(text)))
    assert markdown_to_text(text).text == re.sub(r"\[(?=[^\[\]\n]*\]\()", " ", expected)


def test_a_fenced_code_block_is_blanked_to_its_closing_fence_only():
    text = "Begin.\n\n```python\ncode hier\n```\n\nTekst hier.\n\n~~~~\nnooit gesloten"
    expected = "Begin.\n\n" + " " * 9 + "\n" + " " * 9 + "\n" + " " * 3 + "\n\nTekst hier.\n\n    \n" + " " * 14
    assert markdown_to_text(text).text == expected


_HTML = st.lists(
    st.sampled_from(["<p>", "</p>", "<br/>", "<b>", "</b>", "<a href='x'>", "</a>", "<!-- c -->", "&amp;", "&#233;",
                     "a", " ", "\n", "x y", "<script>s</script>", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?xml?>"]),
    max_size=20,
).map("".join)


def _html_parser_alone(html: str) -> str:
    """The text html.parser gives, without b1check's guard against openers that nothing closes."""
    parser = formats._HTMLText(html)
    parser.feed(html)
    parser.close()
    return formats._tidy(parser.builder.build(html, len(html), format="html")).text


@settings(max_examples=500, deadline=None)
@given(_HTML, st.sampled_from(["<", "<a", "<!--", "</", "<!", "<?", "<a href='"]))
def test_an_html_opener_without_an_end_is_text_and_the_rest_is_read_as_before(html, opener):
    """Markup that is closed is read exactly as html.parser reads it; an opener that nothing
    closes becomes text, instead of making the parser search the rest of the text again and again."""
    assert html_to_text(html).text == _html_parser_alone(html)
    tail = html_to_text(f"{html}\n\nEinde {opener}{opener}{opener}").text
    assert tail.startswith(_html_parser_alone(html)) and tail.endswith(f"Einde {opener}{opener}{opener}")
