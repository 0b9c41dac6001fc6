"""The language server: diagnostics while the user types, the rule on hover, quick fixes.

A document is checked when it opens, when it is saved, and a moment after the
user stops typing (`DEBOUNCE_SECONDS`, or `debounceMs` in the client's
initialization options). Checks run one at a time in a worker thread, so the
server keeps answering hovers meanwhile; a check whose document has changed
again is thrown away. The configuration is found as the command line finds
it: the nearest `b1check.toml` or `pyproject.toml` above the document.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer

from ..__about__ import __version__
from ..audit.walk import Walk, is_letter
from ..check import check_source
from ..config import CONFIG_NAMES, ConfigError, config_for, find_config, load_config
from ..language.analyse import model_problem
from ..language.wordlists import rule_info
from ..load import BINARY_SUFFIXES, InputError, format_size, load_bytes, load_text
from ..model import Finding, Severity
from ..report.labels import SEVERITY_NAMES, better, joined_advice, joined_suggestions
from ..report.rule_docs import rule_markdown
from ..settings import Settings
from .edits import ignore_edit, replacements
from .positions import Positions

DEBOUNCE_SECONDS = 0.3
SOURCE = "b1check"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
# A document without a file name (not saved yet) is read in the format of its language.
_LANGUAGE_SUFFIXES = {
    "plaintext": ".txt",
    "markdown": ".md",
    "html": ".html",
    "jinja": ".txt.j2",
    "jinja-html": ".html.j2",
    "django-html": ".html.django",
    "twig": ".html.twig",
    "email": ".eml",
}
WARM_UP = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te retourneren.\n\nMet vriendelijke groet,\n\nJan de Vries"


@dataclass
class Checked:
    """What the server knows of a document after its last check."""

    version: int | None
    name: str
    positions: Positions
    findings: list[Finding] = field(default_factory=list)
    settings: Settings | None = None


class B1checkServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("b1check", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.debounce = DEBOUNCE_SECONDS
        self.open: set[str] = set()  # the documents the editor has open, by the URI it gave
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task] = {}
        # spaCy's pipeline is not made for threads: one check at a time.
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="b1check")
        self._told_of_errors = False  # the warning about a message it could not handle: once a session
        self._register()

    def _register(self) -> None:
        quick_fixes = types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
        for feature, method, options in (
            (types.INITIALIZE, self.initialize, None),
            (types.INITIALIZED, self.initialized, None),
            (types.TEXT_DOCUMENT_DID_OPEN, self.did_open, None),
            (types.TEXT_DOCUMENT_DID_CHANGE, self.did_change, None),
            (types.TEXT_DOCUMENT_DID_SAVE, self.did_save, None),
            (types.TEXT_DOCUMENT_DID_CLOSE, self.did_close, None),
            (types.WORKSPACE_DID_CHANGE_CONFIGURATION, self.configuration_changed, None),
            (types.TEXT_DOCUMENT_HOVER, self.hover, None),
            (types.TEXT_DOCUMENT_CODE_ACTION, self.code_action, quick_fixes),
        ):
            self.feature(feature, options)(_handler(method))

    def report_server_error(self, error: Exception, source) -> None:
        """A message from the editor that could not be read or handled (no JSON, a position below zero, a
        change to a document that was never opened): pygls showed the user "Error in server: …", in English.
        The details go to the log (the editor's output pane), the user gets Dutch; the server goes on. A
        request's own error goes back in its answer, as pygls does."""
        from pygls.exceptions import FeatureRequestError

        logging.getLogger(__name__).error("bericht niet verwerkt: %r", error)
        if source is FeatureRequestError or self._told_of_errors:
            return  # once a session: an editor that keeps sending such changes would pop up a warning a keystroke
        self._told_of_errors = True
        self.window_show_message(types.ShowMessageParams(
            message="b1check kon een bericht van de editor niet verwerken; de controle gaat gewoon door. "
                    "Wat er misging, staat in het logboek van de taalserver.",
            type=types.MessageType.Warning,
        ))

    # --- the document's life --------------------------------------------------

    def initialize(self, params: types.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            self.debounce = max(0.0, options["debounceMs"] / 1000)

    async def initialized(self, params: types.InitializedParams) -> None:
        # Load the pipeline and the word lists now, not when the user opens the first letter.
        await asyncio.get_running_loop().run_in_executor(self.worker, self._warm_up)

    def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        self.open.add(params.text_document.uri)
        self._schedule(params.text_document.uri, 0.0)

    def did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self._schedule(params.text_document.uri, self.debounce)

    def did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        if Path(uris.to_fs_path(params.text_document.uri) or "").name in CONFIG_NAMES:
            self._configuration_changed()
        else:
            self._schedule(params.text_document.uri, 0.0)

    def did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        self.open.discard(uri)
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.checked.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def configuration_changed(self, params: types.DidChangeConfigurationParams) -> None:
        self._configuration_changed()

    def _configuration_changed(self) -> None:
        """A configuration file changed: read it again and check every open document."""
        find_config.cache_clear()
        load_config.cache_clear()
        for uri in self.open:
            self._schedule(uri, 0.0)

    # --- checking -----------------------------------------------------------

    def _schedule(self, uri: str, delay: float) -> None:
        """Check the document after `delay` seconds, instead of any check still waiting."""
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if uri not in self.open:
            return
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        positions = Positions(text, document.position_codec)
        name = self._name(uri, document.language_id)
        if name is None:
            return
        loop = asyncio.get_running_loop()
        try:
            checked, diagnostics = await loop.run_in_executor(
                self.worker, self._check, uri, name, text, version, positions
            )
        except Exception as error:  # noqa: BLE001 - one broken check must not stop the server
            logging.getLogger(__name__).exception("%s", uri)
            reason = f"b1check kon deze tekst niet controleren (interne fout: {error!r})."
            checked, diagnostics = Checked(version, name, positions), [
                _note(positions, reason, types.DiagnosticSeverity.Error)
            ]
        if self.pending.get(uri) is asyncio.current_task():
            del self.pending[uri]
        if uri not in self.open:
            return  # closed meanwhile
        self.checked[uri] = checked
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )

    def _name(self, uri: str, language_id: str | None) -> str | None:
        """The name the document is read by, or None for a document b1check does not check."""
        path = uris.to_fs_path(uri)
        if path and uris.uri_scheme(uri) == "file":
            name = Path(path).name
            if not is_letter(name) or Path(name.lower()).suffix in BINARY_SUFFIXES:
                return None
            if not list(Walk([path])):  # left out by .b1checkignore, as `check` and `audit` leave it out
                return None
            return path
        suffix = _LANGUAGE_SUFFIXES.get(language_id or "")
        return f"naamloos{suffix}" if suffix else None

    def _config_for(self, path: str | None):
        if path and os.path.isabs(path):
            return config_for(path)
        root = self.workspace.root_path
        return config_for(os.path.join(root, "naamloos") if root else None)

    def _warm_up(self) -> None:
        try:
            settings = self._config_for(None).settings
        except ConfigError:
            return  # said when a document is checked
        if model_problem(settings.model) is None:
            check_source(load_text(WARM_UP), "warm-up", settings)
        # The pipeline and the word lists live as long as the server: the garbage
        # collector need not look at them again at every full collection.
        gc.freeze()

    def _check(self, uri: str, name: str, text: str, version, positions: Positions):
        """Runs in the worker thread: the findings of one version of a document."""
        checked = Checked(version, name, positions)
        path = name if os.path.isabs(name) else None
        try:
            config = self._config_for(path)
            settings = config.settings_for(path) if path else config.settings
        except ConfigError as error:
            return checked, [_note(positions, str(error), types.DiagnosticSeverity.Error)]
        problem = model_problem(settings.model)
        if problem:
            return checked, [_note(positions, problem, types.DiagnosticSeverity.Error)]
        checked.settings = settings
        data = text.encode("utf-8", "replace")  # a lone surrogate becomes "?": no offset moves
        limit = config.max_bytes()
        if len(data) > limit:
            reason = f"Deze tekst is te groot om te controleren (de grens is {format_size(limit, 1024)})."
            return checked, [_note(positions, reason, types.DiagnosticSeverity.Information)]
        # The loader drops a byte order mark; the editor keeps it in the text.
        shift = 1 if text.startswith("\ufeff") else 0
        try:
            source = load_bytes(data, name)
        except InputError:
            return checked, []  # an empty document, or one without text: nothing to say
        try:
            report = check_source(source, name, settings)
        except InputError as error:  # more words than a letter has (`checkable`)
            return checked, [_note(positions, error.reason, types.DiagnosticSeverity.Information)]
        checked.findings = [_shifted(finding, shift) for finding in report.findings]
        return checked, [self._diagnostic(uri, positions, finding) for finding in checked.findings]

    def _diagnostic(self, uri: str, positions: Positions, finding: Finding) -> types.Diagnostic:
        message = finding.message + better(finding)
        return types.Diagnostic(
            range=positions.range(finding.start, finding.end),
            message=message,
            severity=_SEVERITY[finding.severity],
            code=finding.rule,
            source=SOURCE,
        )

    # --- hover and quick fixes ------------------------------------------------

    def _findings_at(self, uri: str, start: int, end: int) -> tuple[Checked | None, list[Finding]]:
        checked = self.checked.get(uri)
        if checked is None:
            return None, []
        return checked, [f for f in checked.findings if f.start <= end and start <= f.end]

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        checked = self.checked.get(params.text_document.uri)
        if checked is None:
            return None
        offset = checked.positions.offset(params.position)
        found = [f for f in checked.findings if f.start <= offset < f.end or f.start == offset == f.end]
        if not found:
            return None
        infos = rule_info()
        parts = []
        for finding in found:
            lines = [f"### {finding.rule} · {SEVERITY_NAMES[finding.severity]}", "", finding.message]
            if finding.suggestions:
                lines += ["", f"Suggestie: {joined_suggestions(finding)}"]
            if finding.advice:
                lines += ["", f"Advies: {joined_advice(finding)}"]
            lines += ["", *rule_markdown(infos[finding.rule])]
            parts.append("\n".join(lines))
        first = min(found, key=lambda f: f.start)
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            range=checked.positions.range(first.start, first.end),
        )

    def code_action(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        only = params.context.only
        if only and not any(kind.startswith(types.CodeActionKind.QuickFix) for kind in only):
            return None
        uri = params.text_document.uri
        checked = self.checked.get(uri)
        if checked is None:
            return None
        positions = checked.positions
        start, end = positions.offset(params.range.start), positions.offset(params.range.end)
        wanted = {str(d.code) for d in params.context.diagnostics if d.source == SOURCE and d.code}
        actions = []
        for finding in self._findings_at(uri, start, end)[1]:
            if wanted and finding.rule not in wanted:
                continue
            diagnostic = self._diagnostic(uri, positions, finding)
            for replacement in replacements(finding):
                edit = types.TextEdit(range=diagnostic.range, new_text=replacement.text)
                actions.append(
                    types.CodeAction(
                        title=f"Vervang door '{replacement.text}'",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        is_preferred=replacement.safe,
                        edit=self._workspace_edit(uri, checked, edit),
                    )
                )
            line = positions.position(finding.start).line
            at, until, text = ignore_edit(
                positions.text, checked.name, positions.starts[line], positions.line_end(line), finding.rule
            )
            edit = types.TextEdit(range=positions.range(at, until), new_text=text)
            actions.append(
                types.CodeAction(
                    title=f"Zet {finding.rule} uit op deze regel (ignore[{finding.rule}])",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=self._workspace_edit(uri, checked, edit),
                )
            )
        return actions

    def _workspace_edit(self, uri: str, checked: Checked, edit: types.TextEdit) -> types.WorkspaceEdit:
        """The edit, tied to the version of the document it was made for where the client allows it:
        then an editor refuses it once the text has changed, instead of putting it in the wrong place."""
        workspace = self.client_capabilities.workspace
        versioned = workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes
        if not versioned or checked.version is None:
            return types.WorkspaceEdit(changes={uri: [edit]})
        document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=checked.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=[edit])])


def _handler(method):
    """A function that calls `method`: pygls marks its handlers with attributes, which a bound method cannot carry."""
    if asyncio.iscoroutinefunction(method):

        async def handle(params):
            return await method(params)

    else:

        def handle(params):
            return method(params)

    return handle


def _note(positions: Positions, message: str, severity: types.DiagnosticSeverity) -> types.Diagnostic:
    """A diagnostic about the document as a whole, on its first character."""
    return types.Diagnostic(range=positions.range(0, 0), message=message, severity=severity, source=SOURCE)


def _shifted(finding: Finding, shift: int) -> Finding:
    return replace(finding, start=finding.start + shift, end=finding.end + shift) if shift else finding


def serve() -> None:
    """Run the server over standard input and output until the client ends it."""
    logging.basicConfig(level=logging.WARNING, format="b1check lsp: %(message)s")
    try:
        B1checkServer().start_io()
    except MemoryError:  # e.g. a header that announces a message of gigabytes ("Content-Length: 99999999999")
        logging.error("er is niet genoeg geheugen: een bericht van de editor is te groot om te lezen, of de tekst "
                      "te lang; de taalserver stopt.")
        raise SystemExit(2) from None
