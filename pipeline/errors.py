"""Every message a person may read about an input or a run, in one place.

Each says what happened and what to do about it. Use `Errors.NAME.format(...)`.
"""


class Errors:
    EMPTY = "the file is empty (or only whitespace): nothing to extract; remove it or re-export the article"
    EMPTY_RECORD = "record has an empty 'text' field: nothing to extract; fill 'text' or drop the record"
    BINARY = ("the file looks binary ({detail}), not text: export the article as UTF-8 text (.txt) "
              "or JSON lines (.jsonl)")
    UNDECODABLE = ("could not decode the file as text in any known encoding: re-save it as UTF-8")
    UNREADABLE = "could not read the file ({detail}): check that it exists and that its permissions allow reading"
    BROKEN_LINK = "the file is a broken symbolic link to {target}: fix or remove the link"
    TOO_LARGE = ("the file is {size_mb:.0f} MB, over the {limit_mb} MB limit for one article: "
                 "split it into one file per article, or raise --max-mb")
    UNSUPPORTED_TYPE = ("'{suffix}' files are not read: give articles as .txt, .jsonl, .json or .html")
    JSONL_MALFORMED = "line {line} is not valid JSON ({detail}): fix or remove that line"
    JSONL_NOT_OBJECT = "line {line} is a JSON {kind}, not an object with a 'text' field: wrap it as {{\"text\": ...}}"
    JSONL_NO_TEXT = "record has no 'text' field (fields: {fields}): add the article text under 'text'"
    JSONL_WRONG_TYPE = "field '{field}' is a {kind}, expected {expected}: fix the record"
    BAD_PUBLISHED = ("field 'published' is {value!r}, not a date: use ISO format YYYY-MM-DD "
                     "(the date was left empty)")
    HTML_NO_ARTICLE = "no article text could be found in this HTML page: save the article body as .txt"
    DUPLICATE = "duplicate of {source}"
    UNSUPPORTED_LANGUAGE = ("language '{lang}' ({name}) is not covered: the pipeline reads English and "
                            "Vietnamese; translate the article or leave it out")
    UNKNOWN_LANGUAGE = ("the language could not be identified (too little text: {chars} letters): "
                        "give the full article text")
    UNSURE_LANGUAGE = ("the language could not be identified with confidence (best guess '{lang}' ({name}), "
                       "score {score:.2f}): check that the file holds one article in English or Vietnamese")
    STAGE_FAILED = "stage '{stage}' failed: {kind}: {detail}. This is a bug: please report it with this file"
    STAGE_TIMEOUT = ("stage '{stage}' took longer than {seconds} s on this document and was stopped: "
                     "check for a malformed or extremely long text")

    INPUT_MISSING = "input folder {path} does not exist: give --input an existing folder of articles"
    INPUT_NOT_DIR = "input {path} is a file, not a folder: give --input the folder that holds the articles"
    OUTPUT_IS_FILE = "output {path} is a file: give --output a folder (it is created if missing)"
    GOLD_MISSING = "gold folder {path} has no .json files: give --gold the folder of gold annotations"
    OUTPUTS_MISSING = "no {table}.parquet in {path}: run `make extract` (or `python -m pipeline extract`) first"
    DATA_FILE = "data file {path}: {detail}"


class PipelineError(Exception):
    """An error the user can fix; the CLI prints its message and exits non-zero, without a traceback."""
