"""Entry point, the language server (`b1check lsp`): findings as an editor's diagnostics while
the user types, the rule's explanation on hover, and quick fixes. May import: report, check,
config, audit and every stage below them.

Built on pygls; the server keeps the pipeline loaded, so a letter is checked
in milliseconds. `server.serve()` runs it over standard input and output.
"""
