"""Click's own texts have a Dutch translation, also after an upgrade of click."""

from __future__ import annotations

import ast
import gettext
import io
from pathlib import Path

import click

from b1check.cli.dutch import CLICK_TEXTS, mo_file

# Texts click shows to a programmer who uses click wrongly, or in features b1check does not use
# (prompts, editors, pagers, deprecation, shell completion): no translation needed.
NOT_FOR_USERS = {
    "Name '{name}' defined twice",
    "Could not determine name for option with declarations {decls!r}",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Unknown standard stream '{name}'",
    "Invalid start character for option ({option})",
    "Choice({choices})",
    "%(prog)s, version %(version)s",
    "Confirm the action without prompting.",
    "DeprecationWarning: The command {name!r} is deprecated.",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "{text} {deprecated_message}",
}
SKIPPED_MODULES = {"testing.py", "_termui_impl.py", "termui.py", "_winconsole.py", "shell_completion.py"}


def click_texts() -> set:
    """Every text click's modules pass to gettext: a string, or (singular, plural)."""
    found = set()
    for module in Path(click.__file__).parent.glob("*.py"):
        if module.name in SKIPPED_MODULES:
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                texts = tuple(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
                if texts:
                    found.add(texts[0] if len(texts) == 1 else texts[:2])
    return found


def test_every_text_click_shows_a_user_is_translated():
    missing = {text for text in click_texts() if text not in CLICK_TEXTS and text not in NOT_FOR_USERS}
    assert not missing, f"translate in b1check/cli/dutch.py: {sorted(map(str, missing))}"


def test_the_catalogue_is_what_gettext_reads():
    catalogue = gettext.GNUTranslations(io.BytesIO(mo_file(CLICK_TEXTS)))
    assert catalogue.gettext("Usage:") == "Gebruik:"
    assert catalogue.ngettext("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.", 1) == (
        "Bij de optie {name} hoort een waarde."
    )
    assert catalogue.ngettext("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.", 2) == (
        "Bij de optie {name} horen {nargs} waarden."
    )
    assert catalogue.gettext("not in the catalogue") == "not in the catalogue"


def test_placeholders_are_ones_click_fills_in():
    """A Dutch text may leave a placeholder out, but never ask for one click does not give."""
    field = __import__("string").Formatter()
    for english, dutch in CLICK_TEXTS.items():
        english_fields = {name for text in (english if isinstance(english, tuple) else (english,))
                          for _, name, _, _ in field.parse(text) if name}
        for text in dutch if isinstance(dutch, tuple) else (dutch,):
            fields = {name for _, name, _, _ in field.parse(text) if name}
            assert fields <= english_fields, (english, text)
