"""The rule documentation, `docs/rules.md`, generated from the rules themselves.

    python -m b1check.report.rule_docs            write docs/rules.md
    python -m b1check.report.rule_docs --check    exit 1 if docs/rules.md is not current
    b1check rules --markdown          print the same Markdown

The texts come from `wordlists/rules.toml` (what `b1check rule CODE` prints);
edit them there, then regenerate.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..files import write_atomically
from ..language.wordlists import RuleInfo, rule_info
from ..model import CATEGORIES
from .labels import CATEGORY_NAMES, SEVERITY_NAMES

# In a checkout, the file beside the package; otherwise in the current folder.
_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = _ROOT / "docs" / "rules.md" if (_ROOT / "pyproject.toml").exists() else Path("docs/rules.md")



def _block(text: str) -> list[str]:
    return ["```text", *text.splitlines(), "```"]


def rule_markdown(info: RuleInfo) -> list[str]:
    """One rule's explanation in Markdown, below its heading: also the hover text in an editor."""
    category, severity = CATEGORY_NAMES[info.category].lower(), SEVERITY_NAMES[info.severity]
    return [
        f"**{info.name}** · categorie {category} · ernst {severity}",
        "",
        "**Wat valt op**",
        "",
        info.what,
        "",
        "**Waarom is dat lastig**",
        "",
        info.why,
        "",
        "**Voorbeeld**",
        "",
        *_block(info.example),
        "",
        "**Beter**",
        "",
        *_block(info.better),
    ]


def rules_markdown() -> str:
    infos = sorted(rule_info().values(), key=lambda info: (CATEGORIES.index(info.category), info.code))
    lines = [
        "# De regels van b1check",
        "",
        "<!-- Gemaakt door `python -m b1check.report.rule_docs` uit wordlists/rules.toml. Pas de teksten daar aan, niet hier. -->",
        "",
        "Elke regel heeft een vaste code. `b1check rule CODE` laat dezelfde uitleg zien.",
        "Met `--select` en `--ignore` (of in de configuratie) kiest u welke regels meedoen;",
        "de ernst (fout, waarschuwing of tip) is per regel aan te passen. In de configuratie",
        "en in JSON, SARIF en CSV heten ze `error`, `warning` en `info`.",
        "",
        "| code | naam | categorie | ernst |",
        "|---|---|---|---|",
    ]
    for info in infos:
        lines.append(
            f"| [{info.code}](#{info.code.lower()}) | {info.name} | {CATEGORY_NAMES[info.category].lower()} "
            f"| {SEVERITY_NAMES[info.severity]} |"
        )
    category = None
    for info in infos:
        if info.category != category:
            category = info.category
            lines += ["", f"## {CATEGORY_NAMES[category]}"]
        lines += ["", f"### {info.code}", "", *rule_markdown(info)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    paths = [arg for arg in args if arg != "--check"]
    path = Path(paths[0]) if paths else DEFAULT_PATH
    text = rules_markdown()
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is niet bijgewerkt. Draai: python -m b1check.report.rule_docs", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)
    print(f"{path} geschreven ({len(rule_info())} regels).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
