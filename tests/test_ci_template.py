"""examples/ci/reprocess.yml, the scheduled-reprocessing workflow template, is valid and does what the README says."""
import re

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / "examples" / "ci" / "reprocess.yml"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
CRON_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def steps(workflow) -> list[dict]:
    (job,) = workflow["jobs"].values()
    return job["steps"]


def test_it_is_a_workflow_with_one_job_of_well_formed_steps(workflow, steps):
    triggers = workflow.get("on", workflow.get(True))         # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"schedule", "workflow_dispatch"} and workflow["name"]
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] and job["timeout-minutes"] > 0
    for step in steps:
        assert ("uses" in step) != ("run" in step), step
        assert set(step) <= {"name", "uses", "with", "run", "if", "env", "id"}, step
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_the_schedule_is_a_valid_cron(workflow):
    triggers = workflow.get("on", workflow.get(True))
    (entry,) = triggers["schedule"]
    fields = entry["cron"].split()
    assert len(fields) == 5
    for field, (low, high) in zip(fields, CRON_RANGES):
        assert CRON_FIELD.match(field), field
        assert all(low <= int(n) <= high for n in re.findall(r"\d+", field.split("/")[0]))


def test_the_result_cache_of_the_output_folder_is_kept_between_runs(workflow, steps):
    (cache,) = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert cache["with"]["path"] == "${{ env.OUTPUT }}/.cache"
    prefix = cache["with"]["restore-keys"].strip()
    assert cache["with"]["key"].startswith(prefix) and "github.run_id" in cache["with"]["key"]
    assert workflow["env"]["OUTPUT"] and workflow["env"]["INPUT"]


def test_tables_and_report_are_made_checked_and_kept(steps):
    commands = "\n".join(s.get("run", "") for s in steps)
    assert re.search(r"make extract INPUT=\"\$INPUT\" OUTPUT=\"\$OUTPUT\"", commands)
    assert 'make report OUTPUT="$OUTPUT"' in commands and "tools/check_contract.py" in commands
    (upload,) = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["if"] == "always()"
    assert upload["with"]["path"].strip().splitlines() == ["${{ env.OUTPUT }}/*.parquet", "${{ env.OUTPUT }}/report.html"]
    names = [s.get("name", s.get("uses")) for s in steps]
    assert names.index("Extract the tables") < names.index("Write the run report") < len(names) - 1


def test_the_make_targets_it_calls_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^extract:", makefile, re.M) and re.search(r"^report:", makefile, re.M)
    assert (ROOT / "tools" / "check_contract.py").exists()
