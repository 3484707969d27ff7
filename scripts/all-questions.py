#!/usr/bin/env python3
"""Print every question of every question set in tests/fixtures, one a line.

For timing the answer path on many questions in one process:

    python3 scripts/all-questions.py > /tmp/questions.txt
    /usr/bin/time -f %U target/release/citebot --corpus corpus ask < /tmp/questions.txt > /dev/null
"""
import glob
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "..", "tests", "fixtures", "*-questions.json"))):
    with open(path, encoding="utf-8") as f:
        for q in json.load(f):
            print(" ".join(q["question"].split()))
