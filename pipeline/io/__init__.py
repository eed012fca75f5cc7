"""Inputs and outputs: the only code that touches files.

Modules: `inputs` (reading the articles), `publish` (the output lock and all-or-nothing publication of the
tables), `cache` (per-document results of earlier runs), `files` (a published table, gold files, README
sections), `decode` (bytes to text, legacy Vietnamese encodings), `tables` (one explicit Arrow schema per
table, and the rows).
"""
