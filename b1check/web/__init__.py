"""Entry point, the local web page (`b1check serve`): check a letter in the browser.
May import: audit, report, check, config and every stage below them.

The page runs on this computer only and keeps nothing: no files, no logs of
letter text. `app.create_app` builds the Flask application; `view` turns a
report into what the templates show; `cli.serve` is the command.
"""
