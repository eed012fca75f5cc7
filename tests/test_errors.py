"""Every message a person may read says what to do about it."""
import re

import pytest

from pipeline.errors import Errors, stage_failed

# the words an instruction starts with, in the messages of errors.py
INSTRUCTION = re.compile(r"\b(add|check|copy|drop|export|fetch|fill|fix|give|install|leave|move|put|raise|re-save|"
                         r"remove|report|restore|run|save|see|split|translate|use|wrap)\b")
# not instructions: the contract's own wording, and the lines of the run report
NOT_INSTRUCTIONS = {"DUPLICATE", "SUMMARY", "DOCUMENT_NOTE", "PROGRESS"}
MESSAGES = sorted(name for name, value in vars(Errors).items() if name.isupper() and isinstance(value, str))


@pytest.mark.parametrize("name", [m for m in MESSAGES if m not in NOT_INSTRUCTIONS])
def test_message_says_what_to_do(name):
    assert INSTRUCTION.search(getattr(Errors, name)), f"Errors.{name} should tell the reader what to do"


@pytest.mark.parametrize("exc, message", [
    (RuntimeError("boom"), "stage 'entities' failed: RuntimeError: boom. This is a bug"),
    (ValueError("\n  \nsecond line\nthird"), "stage 'entities' failed: ValueError: second line. This"),
    (KeyError(), "stage 'entities' failed: KeyError: no message."),
    (RuntimeError("x" * 1000), "x" * 300 + ". This is a bug"),
])
def test_stage_failed_names_the_stage_and_the_first_line(exc, message):
    assert message in stage_failed("entities", exc)
