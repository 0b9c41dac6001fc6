"""`b1check lsp` as an editor meets it: a subprocess that speaks the Language Server Protocol over stdio."""

from __future__ import annotations

import pytest

from tests.lsp.client import Client

LETTER = (
    "Beste mevrouw De Vries,\n"
    "\n"
    "Indien u vragen heeft, kunt u mij bellen.\n"
    "\n"
    "Met vriendelijke groet,\n"
    "\n"
    "Jan de Vries\n"
)


# One server for the whole module, as an editor keeps one: starting it (the
# pipeline, the word lists) takes seconds. Each test opens letters of its own.
@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("werkmap")
    started = Client(
        root,
        initialization_options={"debounceMs": 300},
        capabilities={"workspace": {"workspaceEdit": {"documentChanges": True}}},  # as VS Code and Neovim say
    )
    yield started
    assert started.close() == 0  # shutdown and exit end the server cleanly


@pytest.fixture
def client(server):
    return server


@pytest.fixture
def workspace(server, request):
    """A folder of this test's own in the server's workspace."""
    folder = server.workspace / request.node.name.replace("[", "-").replace("]", "").replace(".", "-")
    folder.mkdir()
    return folder


def _by_code(diagnostics: list[dict], code: str) -> list[dict]:
    return [d for d in diagnostics if d.get("code") == code]


def _apply(text: str, edit: dict) -> str:
    """The text after one TextEdit (positions in lines and UTF-16 units, as in these letters)."""
    lines = text.split("\n")

    def offset(position):
        line = lines[position["line"]]
        units = 0
        for index, char in enumerate(line):
            if units >= position["character"]:
                return sum(len(l) + 1 for l in lines[: position["line"]]) + index
            units += 2 if ord(char) > 0xFFFF else 1
        return sum(len(l) + 1 for l in lines[: position["line"]]) + len(line)

    start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
    return text[:start] + edit["newText"] + text[end:]


def test_initialize_announces_what_the_server_can_do(client):
    capabilities = client.initialize_result["capabilities"]
    assert client.initialize_result["serverInfo"]["name"] == "b1check"
    assert capabilities["hoverProvider"]
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    assert capabilities["textDocumentSync"]["openClose"]


def test_open_publishes_the_findings_with_code_severity_and_dutch_message(client, workspace):
    uri = client.open(workspace / "brief.txt", LETTER)
    published = client.diagnostics(uri, version=1)
    (indien,) = _by_code(published["diagnostics"], "WRD001")
    assert indien["range"] == {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 6}}
    assert indien["severity"] == 2  # warning
    assert indien["source"] == "b1check"
    assert indien["message"].startswith("Ambtelijk: 'Indien'.") and indien["message"].endswith("→ Als")


def test_hover_shows_the_rule_explanation(client, workspace):
    uri = client.open(workspace / "brief.txt", LETTER)
    client.diagnostics(uri)
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 3}})
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert "WRD001" in text and "ambtelijk-woord" in text
    for heading in ("Wat valt op", "Waarom is dat lastig", "Voorbeeld", "Beter"):
        assert heading in text
    # a line without a finding (the closing has the findings about the whole letter)
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 6, "character": 1}}) is None


def _edit(action: dict, uri: str, version: int = 1) -> dict:
    """The one text edit of a quick fix, made for `version` of the document."""
    (change,) = action["edit"]["documentChanges"]
    assert change["textDocument"] == {"uri": uri, "version": version}
    (edit,) = change["edits"]
    return edit


def _actions(client, uri, diagnostic):
    return client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": diagnostic["range"], "context": {"diagnostics": [diagnostic]}},
    )


def test_code_action_replaces_the_word_with_the_suggestion(client, workspace):
    uri = client.open(workspace / "brief.txt", LETTER)
    (indien,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    actions = {action["title"]: action for action in _actions(client, uri, indien)}
    replace = actions["Vervang door 'Als'"]
    assert replace["kind"] == "quickfix" and replace["isPreferred"]
    fixed = _apply(LETTER, _edit(replace, uri))
    assert "Als u vragen heeft, kunt u mij bellen." in fixed
    client.change(uri, fixed, 2)
    assert not _by_code(client.diagnostics(uri, version=2)["diagnostics"], "WRD001")


@pytest.mark.parametrize("name, expected", [
    ("brief.txt", "Indien u vragen heeft, kunt u mij bellen. b1check: ignore[WRD001]"),
    ("brief.md", "Indien u vragen heeft, kunt u mij bellen. <!-- b1check: ignore[WRD001] -->"),
    ("brief.txt.j2", "Indien u vragen heeft, kunt u mij bellen. {# b1check: ignore[WRD001] #}"),
])
def test_code_action_silences_the_rule_on_its_line(client, workspace, name, expected):
    uri = client.open(workspace / name, LETTER)
    (indien,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    (ignore,) = [a for a in _actions(client, uri, indien) if "ignore[WRD001]" in a["title"]]
    silenced = _apply(LETTER, _edit(ignore, uri))
    assert expected in silenced.splitlines()
    client.change(uri, silenced, 2)
    diagnostics = client.diagnostics(uri, version=2)["diagnostics"]
    assert not _by_code(diagnostics, "WRD001") and not _by_code(diagnostics, "SUP001")


def test_a_second_ignore_joins_the_marker_already_on_the_line(client, workspace):
    text = "Indien u vragen heeft, kunt u ons bellen. b1check: ignore[CON001]\n"
    uri = client.open(workspace / "brief.txt", text)
    (indien,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    (ignore,) = [a for a in _actions(client, uri, indien) if "ignore[WRD001]" in a["title"]]
    assert _apply(text, _edit(ignore, uri)) == "Indien u vragen heeft, kunt u ons bellen. b1check: ignore[CON001,WRD001]\n"


def test_a_phrase_in_another_form_gets_its_suggestion_in_that_form(client, workspace):
    # "retourneert" is a form of "retourneren": the suggestion is "stuurt … terug", in its place.
    text = "U retourneert het formulier voor 1 mei.\n"
    uri = client.open(workspace / "brief.txt", text)
    (found,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    actions = {action["title"]: action for action in _actions(client, uri, found)}
    replace = next(action for title, action in actions.items() if title.startswith("Vervang door"))
    assert _apply(text, _edit(replace, uri)) == "U stuurt het formulier voor 1 mei terug.\n"


def _hover(client, uri, position):
    return client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": position})


def test_an_advice_is_never_a_quick_fix(client, workspace):
    text = "Als u de afspraken niet nakomt, bellen wij u.\n"  # "nakomen" has only advice
    uri = client.open(workspace / "brief.txt", text)
    (found,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    titles = [action["title"] for action in _actions(client, uri, found)]
    assert titles == ["Zet WRD001 uit op deze regel (ignore[WRD001])"]
    # … but it is shown, in the diagnostic and in the hover
    assert "(advies: gebruik 'zich houden aan'" in found["message"]
    assert "Advies: gebruik 'zich houden aan'" in _hover(client, uri, found["range"]["start"])["contents"]["value"]


def test_replacements_are_quick_fixes_and_the_advice_beside_them_is_not(client, workspace):
    text = "Op de website is de folder te raadplegen.\n"  # "te bekijken", and the advice "gebruik 'kijken op'"
    uri = client.open(workspace / "brief.txt", text)
    (found,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    assert found["message"].endswith("→ te bekijken (advies: gebruik 'kijken op')")
    hover = _hover(client, uri, found["range"]["start"])["contents"]["value"]
    assert "Suggestie: te bekijken" in hover and "Advies: gebruik 'kijken op'" in hover
    titles = [action["title"] for action in _actions(client, uri, found)]
    assert titles == ["Vervang door 'te bekijken'", "Zet WRD001 uit op deze regel (ignore[WRD001])"]


def test_configuration_comes_from_the_workspace_as_the_cli_reads_it(client, workspace):
    (workspace / "pyproject.toml").write_text('[tool.b1check]\nignore = ["WRD"]\n', encoding="utf-8")
    (workspace / "brieven").mkdir()
    uri = client.open(workspace / "brieven" / "brief.txt", LETTER)  # the nearest configuration above the letter
    diagnostics = client.diagnostics(uri)["diagnostics"]
    assert diagnostics and not _by_code(diagnostics, "WRD001")


def test_a_saved_configuration_counts_at_once(client, workspace):
    config = workspace / "b1check.toml"
    config.write_text("ignore = []\n", encoding="utf-8")
    uri = client.open(workspace / "brief.txt", LETTER)
    assert _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    config.write_text('ignore = ["WRD001"]\n', encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    assert not _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")


def test_a_broken_configuration_is_said_in_dutch(client, workspace):
    (workspace / "b1check.toml").write_text("ignore = [\n", encoding="utf-8")
    uri = client.open(workspace / "brief.txt", LETTER)
    (problem,) = client.diagnostics(uri)["diagnostics"]
    assert "b1check.toml" in problem["message"] and "geen geldige TOML" in problem["message"]
    assert problem["severity"] == 1


def test_changes_are_checked_once_the_typing_stops(client, workspace):
    uri = client.open(workspace / "brief.txt", LETTER)
    client.diagnostics(uri, version=1)
    for version in range(2, 7):  # five quick edits, well within the 300 ms: only the last is checked
        client.change(uri, LETTER.replace("bellen", "bellen" + "!" * version), version)
    last = client.diagnostics(uri, version=6)
    assert _by_code(last["diagnostics"], "WRD001")
    client.collect(1.0)
    published = [
        m["params"]["version"] for m in client.notifications
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    ]
    assert published == []


def test_positions_count_utf16_units(client, workspace):
    text = "🙂 Indien u vragen heeft, bel ons.\n"
    uri = client.open(workspace / "brief.txt", text)
    (indien,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
    assert indien["range"]["start"] == {"line": 0, "character": 3}  # the emoji is two UTF-16 units


def test_other_files_are_left_alone(client, workspace):
    uri = client.open(workspace / "script.py", "Indien = 1\n", language="python")
    (workspace / ".b1checkignore").write_text("concept-*.txt\n", encoding="utf-8")
    ignored = client.open(workspace / "concept-1.txt", LETTER)
    checked = client.open(workspace / "brief.txt", LETTER)
    client.diagnostics(checked)
    client.collect(0.5)
    published = {m["params"]["uri"] for m in client.notifications if m.get("method") == "textDocument/publishDiagnostics"}
    assert uri not in published and ignored not in published


def test_closing_a_document_clears_its_diagnostics(client, workspace):
    uri = client.open(workspace / "brief.txt", LETTER)
    assert client.diagnostics(uri)["diagnostics"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri)["diagnostics"] == []


def test_a_client_without_versioned_edits_gets_plain_ones(tmp_path):
    client = Client(tmp_path)  # a client that says nothing about versioned edits
    try:
        uri = client.open(tmp_path / "brief.txt", LETTER)
        (indien,) = _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")
        replace = next(a for a in _actions(client, uri, indien) if a["title"] == "Vervang door 'Als'")
        (edit,) = replace["edit"]["changes"][uri]
        assert _apply(LETTER, edit).startswith("Beste mevrouw De Vries,\n\nAls u vragen heeft")
    finally:
        assert client.close() == 0


def test_a_message_the_server_cannot_handle_is_said_in_dutch_and_the_server_goes_on(client, workspace):
    """pygls showed "Error in server: …" in English, for a message that is no JSON or for a change to a
    document that was never opened."""
    body = b"{geen json"
    client.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.process.stdin.flush()
    client.notify("textDocument/didChange", {"textDocument": {"uri": (workspace / "nooit.txt").as_uri(), "version": 2},
                                             "contentChanges": [{"text": "Indien u vragen heeft."}]})
    uri = client.open(workspace / "brief.txt", LETTER)
    assert _by_code(client.diagnostics(uri)["diagnostics"], "WRD001")  # still checking
    shown = [m["params"]["message"] for m in client.notifications if m.get("method") == "window/showMessage"]
    # two bad messages, one warning: an editor that keeps sending them would otherwise pop one up per keystroke
    assert len(shown) == 1 and shown[0].startswith("b1check kon een bericht van de editor niet")


def test_a_message_announced_as_gigabytes_ends_the_server_with_a_dutch_reason(tmp_path):
    """`Content-Length: 99999999999`: a MemoryError in pygls' reader, not a traceback (fuzzing)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "b1check", "lsp"], input=b"Content-Length: 999999999999999\r\n\r\n{}",
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert "te groot om te lezen" in done.stderr.decode()
