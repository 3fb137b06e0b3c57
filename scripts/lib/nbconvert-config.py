# nbconvert configuration for executing the workbook's notebooks in the tslab kernel
# (loaded with `jupyter nbconvert --config=<this file>` by scripts/lib/jupyter.ts).
#
# Why: after a cell fails, tslab aborts every request that arrives within the next 200 ms, and
# nbclient ignores an "abort" reply, so the cell after a `raises-exception` cell would be skipped
# silently. This hook waits that window out after an error, fails loudly on any aborted cell,
# fails on a `raises-exception` cell that did not raise, and writes a report of the failing cell
# (tslab puts the error text on stderr, not in the reply) to $WORKBOOK_NBCONVERT_REPORT.
import asyncio
import json
import os

c = get_config()  # noqa: F821 (defined by traitlets when it loads a config file)


def _text(outputs):
    parts = []
    for out in outputs or []:
        text = out.get("text")
        if text:
            parts.append(text if isinstance(text, str) else "".join(text))
        if out.get("output_type") == "error":
            parts.append("%s: %s" % (out.get("ename"), out.get("evalue")))
    return "".join(parts)


def _report(cell, cell_index, problem):
    path = os.environ.get("WORKBOOK_NBCONVERT_REPORT")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "cell_index": cell_index,
                    "id": cell.get("id"),
                    "problem": problem,
                    "source": cell.get("source"),
                    "output": _text(cell.get("outputs")),
                },
                f,
            )


class WorkbookCellFailure(Exception):
    pass


async def _after_cell(cell=None, cell_index=None, execute_reply=None, **_):
    status = ((execute_reply or {}).get("content") or {}).get("status")
    tags = cell.get("metadata", {}).get("tags", [])
    if status == "error":
        if "raises-exception" not in tags:
            _report(cell, cell_index, "raised an error")
            raise WorkbookCellFailure("cell %s (id %s) raised an error:\n%s" % (cell_index, cell.get("id"), _text(cell.get("outputs"))))
        await asyncio.sleep(0.3)
    elif status == "abort":
        _report(cell, cell_index, "was aborted by the kernel (it never ran)")
        raise WorkbookCellFailure("cell %s (id %s) was aborted by the kernel" % (cell_index, cell.get("id")))
    elif status == "ok" and "raises-exception" in tags:
        _report(cell, cell_index, "is tagged raises-exception but ran without an error")
        raise WorkbookCellFailure("cell %s (id %s) is tagged raises-exception but ran without an error" % (cell_index, cell.get("id")))


c.ExecutePreprocessor.on_cell_executed = _after_cell
c.ExecutePreprocessor.record_timing = False
