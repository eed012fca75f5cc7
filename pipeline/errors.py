"""Every message a person may read about an input or a run, in one place.

Each says what happened and what to do about it. Use `Errors.NAME.format(...)`.
"""


class Errors:
    EMPTY = "the file is empty (or only whitespace): nothing to extract; remove it or re-export the article"
    EMPTY_RECORD = "record has an empty 'text' field: nothing to extract; fill 'text' or drop the record"
    BINARY = ("the file looks binary ({detail}), not text: export the article as UTF-8 text (.txt) "
              "or JSON lines (.jsonl)")
    ONLY_NUL = ("the file holds only NUL bytes, no text (often a download or copy that did not finish): "
                "fetch the article again")
    UNDECODABLE = ("could not decode the file as text in any known encoding: re-save it as UTF-8")
    INVALID_UTF8 = ("{count} places in the file are not valid UTF-8 and now read '\ufffd': "
                    "re-save the file as UTF-8 to keep those characters")
    DETECTED_ENCODING = ("the file is not UTF-8; it was read as {encoding} (detected): "
                         "if the text looks garbled, re-save the file as UTF-8")
    UNREADABLE = "could not read the file ({detail}): check that it exists and that its permissions allow reading"
    UNREADABLE_FOLDER = ("could not list the folder ({detail}), so none of its files were read: "
                         "check that its permissions allow reading")
    LINKED_FOLDER = ("the path is a symbolic link to a folder, which is not followed (links can loop): "
                     "move or copy the folder itself under the input folder")
    NOT_REGULAR = "the path is a {kind}, not a regular file: save the article as a regular .txt file"
    BROKEN_LINK = "the file is a broken symbolic link to {target}: fix or remove the link"
    TOO_LARGE = ("the file is {size_mb:.0f} MB, over the {limit_mb} MB limit for a file read at once: "
                 "split it into one file per article, or give many articles as JSON lines (.jsonl)")
    LINE_TOO_LONG = ("line {line} is over {limit_mb} MB, too long for one article: "
                     "put one article per line")
    TEXT_TOO_LONG = ("the text is {chars:,} characters, over the {limit:,}-character limit for one article "
                     "(a news article is rarely over 50,000): split it into one file per article")
    UNSUPPORTED_TYPE = ("'{suffix}' files are not read: give articles as .txt, .jsonl, .json or .html")
    JSONL_MALFORMED = "line {line} is not valid JSON ({detail}): fix or remove that line"
    JSONL_NOT_OBJECT = "line {line} is a JSON {kind}, not an object with a 'text' field: wrap it as {{\"text\": ...}}"
    JSON_ITEM_NOT_OBJECT = ("JSON value {number} in the file is a {kind}, not an object with a 'text' field: "
                            "wrap it as {{\"text\": ...}}")
    JSONL_NO_TEXT = "record has no 'text' field (fields: {fields}): add the article text under 'text'"
    JSONL_WRONG_TYPE = "field '{field}' is of type {kind}, expected {expected}: fix the record"
    BAD_PUBLISHED_NONE = ("field 'published' is {value}, not a date, and the text gives none either: "
                          "published was left empty; use ISO format YYYY-MM-DD")
    BAD_PUBLISHED_INFERRED = ("field 'published' is {value}, not a date: published holds {stored}, "
                              "found in the text instead; use ISO format YYYY-MM-DD")
    TITLE_WRONG_TYPE = ("field 'title' is of type {kind}, expected a string: title holds {stored} instead; "
                        "fix the record")
    URL_WRONG_TYPE = "field 'url' is of type {kind}, expected a string: url was left empty; fix the record"
    HTML_NO_ARTICLE = "no article text could be found in this HTML page: save the article body as .txt"
    DUPLICATE = "duplicate of {source}"
    UNSUPPORTED_LANGUAGE = ("language '{lang}' ({name}) is not covered: the pipeline reads English and "
                            "Vietnamese; translate the article or leave it out")
    UNKNOWN_LANGUAGE = ("the language could not be identified (too little text: {chars} letters): "
                        "give the full article text")
    UNSURE_LANGUAGE = ("the language could not be identified with confidence (best guess '{lang}' ({name}), "
                       "score {score:.2f}): check that the file holds one article in English or Vietnamese")
    STAGE_FAILED = "stage '{stage}' failed: {kind}: {detail}. This is a bug: please report it with this file"
    STAGE_TIMEOUT = ("stage '{stage}' took longer than {seconds:g} s on this document and was stopped: "
                     "check the file for a malformed or extremely long text, or report it with this file")

    SUMMARY = "{total} documents: {ok} ok, {skipped} skipped, {failed} failed in {seconds:.1f} s -> {output}"
    SUMMARY_NOT_OK = ("for why each was skipped or failed, and what to do, see the 'error' column of {path} "
                      "(also listed on stderr unless --quiet)")
    DOCUMENT_NOTE = "{status}: {source}: {error}"
    PROGRESS = ("progress: {done:,} of about {total:,} documents ({percent:.0f} %): {ok:,} ok, {skipped:,} skipped, "
                "{failed:,} failed; {rate:.1f} documents/s, about {left} left")
    STRICT_FAILED = "--strict: {failed} failed, so the exit status is 1; fix or remove those files and run again"

    UNKNOWN_ENGINE = "engine '{engine}' is not known: use --engine local (default) or --engine dask"
    DASK_MISSING = ("--engine dask needs Dask: install it with `.venv/bin/pip install '.[dask]'` "
                    "(dask and distributed), or run without --engine")
    INPUT_MISSING = "input folder {path} does not exist: give --input an existing folder of articles"
    INPUT_EMPTY = ("input folder {path} holds no files, so nothing was written and the tables in {output} "
                   "were left as they were: check that --input is the right folder (and that its disk is "
                   "mounted), or pass --allow-empty to write empty tables")
    INPUT_UNLISTABLE = ("input folder {path} cannot be listed ({detail}): check that it exists and that its "
                        "permissions allow reading")
    NOT_POSITIVE = "{option} must be a whole number of 1 or more, not {value!r}: give 1 or more"
    OUTPUT_IS_INPUT = ("--output {path} is the input folder: give the tables a folder of their own (it may lie "
                       "inside the input folder; it is then not read as input)")
    INPUT_NOT_DIR = "input {path} is a file, not a folder: give --input the folder that holds the articles"
    OUTPUT_IS_FILE = "output {path} is a file: give --output a folder (it is created if missing)"
    OUTPUT_FULL = ("no space left on the disk that holds {path} ({detail}): free some space, or give --output a "
                   "folder on another disk, and run again; the previous tables were kept")
    OUTPUT_READ_ONLY = ("output folder {path} is on a read-only file system: give --output a folder you can write "
                        "to, or remount it read-write; the previous tables were kept")
    OUTPUT_NO_PERMISSION = ("no permission to write in output folder {path} ({detail}): give --output a folder "
                            "you can write to, or fix its permissions; the previous tables were kept")
    OUTPUT_UNWRITABLE = ("could not write in output folder {path} ({detail}): check the folder and its disk, "
                         "and run again; the previous tables were kept")
    OUTPUT_LOCKED = ("output folder {path} is being written by another run (process {pid}): wait for that run "
                     "to finish, or stop it, or give --output another folder")
    SCHEDULER_UNREACHABLE = ("could not reach the Dask scheduler at {address} within {seconds:g} s ({detail}): "
                             "check that `dask scheduler` runs there and that the address and port are right, "
                             "or run without --scheduler")
    CLUSTER_FAILED = ("the Dask cluster failed ({detail}): check the scheduler's and the workers' logs "
                      "(often a worker ran out of memory), and run again: finished documents are cached")
    WORKER_DIED = ("a worker process died ({detail}; often the system stopped it for lack of memory): "
                   "run again with fewer --workers; finished documents are cached")
    STOPPED = ("stopped by {signal}: the tables in {output} are those of the last run that completed, intact; "
               "run again to finish: documents done so far are cached")
    STOPPED_LATE = ("stopped by {signal} as the run was finishing, too late to stop it: the tables in {output} are "
                    "this run's, complete")
    GOLD_MISSING = "gold folder {path} has no .json files: give --gold the folder of gold annotations"
    OUTPUTS_MISSING = "no {table}.parquet in {path}: run `make extract` (or `python -m pipeline extract`) first"
    DATA_FILE = "data file {path} cannot be used ({detail}): fix it as its header describes, or restore it"


def stage_failed(stage: str, exc: BaseException) -> str:
    """STAGE_FAILED for an unexpected exception: its type and the first line of its message."""
    detail = next((line for line in str(exc).splitlines() if line.strip()), "no message")[:300]
    return Errors.STAGE_FAILED.format(stage=stage, kind=type(exc).__name__, detail=detail)


class ExitCode:
    """The exit status of `python -m pipeline extract`, one per kind of outcome (README: "Exit status")."""
    OK = 0               # the run completed (files that failed are in documents)
    FAILED_FILES = 1     # --strict, and some file failed
    USAGE = 2            # bad arguments or input: a missing or empty input folder, --workers 0, ...
    OUTPUT = 3           # the output folder cannot be written: read-only, no permission, disk full
    CLUSTER = 4          # the workers or the Dask cluster failed: scheduler unreachable, a worker killed
    LOCKED = 5           # another run is writing to the same output folder: try again when it is done
    SIGINT = 130         # stopped by Ctrl-C (128 + signal number, as shells report it)
    SIGTERM = 143        # stopped by SIGTERM (cron, CI, container runtimes)


class PipelineError(Exception):
    """An error the user can fix; the CLI prints its message and exits non-zero, without a traceback."""
    exit_code = ExitCode.USAGE


class OutputError(PipelineError):
    """The output folder cannot be written."""
    exit_code = ExitCode.OUTPUT


class ClusterError(PipelineError):
    """The worker processes or the Dask cluster failed."""
    exit_code = ExitCode.CLUSTER


class OutputLocked(PipelineError):
    """Another live run holds the output folder."""
    exit_code = ExitCode.LOCKED
