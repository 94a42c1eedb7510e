"""Reads each file named on the command line with openpyxl (xlsx) or Python's csv module and prints
what it read as JSON: {file: {sheet: [[{t, v}]]}} or {file: [[text]]}. Exits non-zero if a file is refused."""
import csv
import json
import sys

import openpyxl

KINDS = {"n": "n", "s": "s", "b": "b", "inlineStr": "s", "str": "s"}


def cell(c):
    if c.value is None:
        return {"t": "null", "v": None}
    return {"t": KINDS.get(c.data_type, "other:" + c.data_type), "v": c.value}


out = {}
for path in sys.argv[1:]:
    if path.endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as f:
            out[path] = [row for row in csv.reader(f, strict=True)]
        continue
    book = openpyxl.load_workbook(path)
    out[path] = {s.title: [[cell(c) for c in row] for row in s.iter_rows()] for s in book.worksheets}
json.dump(out, sys.stdout)
