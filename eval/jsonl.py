"""Reading JSON lines as the eval scripts need them: `dateline` output may interleave a line that is no JSON (a progress
or failure line), and gold files may hold blank lines; both are passed over."""
import json


def records(path):
    """The JSON values of the file's lines, in order, skipping blank lines and lines that are not JSON."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                yield json.loads(line)
            except ValueError:
                continue
