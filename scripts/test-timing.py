#!/usr/bin/env python3
"""Timing report of a test run from its TRX files: minutes per test project, the ten slowest test
classes (first test start to last test end, fixture set-up before the first test not included)."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def when(text):
    # TRX times carry seven fractional digits, which fromisoformat does not take: 19:29:42.1234567+00:00
    match = re.fullmatch(r"([^.]+)(?:\.(\d+))?(.*)", text)
    fraction = (match.group(2) or "")[:6].ljust(6, "0")
    return datetime.fromisoformat(f"{match.group(1)}.{fraction}{match.group(3)}")


projects, classes = [], {}
for path in glob.glob(os.path.join(sys.argv[1], "*.trx")):
    root = ET.parse(path).getroot()
    times = root.find(f"{NS}Times")
    definitions = {d.get("id"): d for d in root.iter(f"{NS}UnitTest")}
    storage = next(iter(definitions.values())).get("storage", path) if definitions else path
    project = os.path.basename(storage).removesuffix(".dll")
    projects.append((when(times.get("finish")) - when(times.get("start")), project))
    for r in root.iter(f"{NS}UnitTestResult"):
        method = definitions[r.get("testId")].find(f"{NS}TestMethod")
        name = method.get("className").rsplit(".", 1)[-1]
        start, end = when(r.get("startTime")), when(r.get("endTime"))
        first, last, count = classes.get(name, (start, end, 0))
        classes[name] = (min(first, start), max(last, end), count + 1)

print("== timing: minutes per test project")
for duration, project in sorted(projects, reverse=True):
    print(f"  {duration.total_seconds() / 60:6.1f}  {project}")
print("== timing: the ten slowest test classes (minutes, tests)")
spans = sorted(((last - first, name, count) for name, (first, last, count) in classes.items()), reverse=True)
for span, name, count in spans[:10]:
    print(f"  {span.total_seconds() / 60:6.1f}  {name} ({count})")
