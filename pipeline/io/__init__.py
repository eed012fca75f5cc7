"""Inputs and outputs: the only code that touches files.

Modules: `storage` (reading inputs, the output lock, all-or-nothing publication, the result cache), `decode`
(bytes to text, legacy Vietnamese encodings), `tables` (one explicit Arrow schema per table, and the rows).
"""
