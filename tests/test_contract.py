"""The contract lives in the repository: docs/contract.md is what pipeline/contract.py writes from the schemas."""
from pipeline.contract import CONTRACT_PATH, main, render
from pipeline.io.tables import SCHEMAS


def test_docs_contract_is_in_sync_with_the_schemas():
    assert CONTRACT_PATH.read_text(encoding="utf-8") == render(), "docs/contract.md is out of date: run `make contract`"


def test_every_column_is_described():
    text = render()
    for table, schema in SCHEMAS.items():
        assert f"## {table}" in text
        for field in schema:
            description = field.metadata[b"description"].decode("utf-8")
            assert f"| `{field.name}` |" in text and description in text, (table, field.name)


def test_check_fails_on_a_stale_file_and_passes_once_written(tmp_path):
    target = tmp_path / "contract.md"
    target.write_text("# an older contract\n", encoding="utf-8")
    assert main(["--output", str(target), "--check"]) == 1
    assert main(["--output", str(target)]) == 0
    assert main(["--output", str(target), "--check"]) == 0
    assert target.read_text(encoding="utf-8") == render()
