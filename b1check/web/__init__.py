"""`b1check serve`: a local web page to check a letter in the browser.

The page runs on this computer only and keeps nothing: no files, no logs of
letter text. `app.create_app` builds the Flask application; `view` turns a
report into what the templates show; `cli.serve` is the command.
"""
