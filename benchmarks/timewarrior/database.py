#!/usr/bin/env python3
"""Writes a `timew export` (a JSON array of closed intervals, read from stdin) into a Timewarrior
database's data directory, as Timewarrior 1.4 keeps it: one file per month, `data/YYYY-MM.data`,
a line per interval in the month it starts in, `inc START - END # TAG... # "ANNOTATION"`, and
`data/tags.data` counting the tags. Timewarrior 1.4 has no import command; writing its files is
what `timew track` would do, 100,000 times faster. `timew export` on the result gives the input
back (the ids aside), which bench/cli-vs-timewarrior.sh checks.

    python3 benchmarks/timewarrior/database.py "$TIMEWARRIORDB" < intervals.json
"""
import collections
import json
import os
import re
import sys



def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tag(text):
    return text if re.fullmatch(r"\w+", text) else quoted(text)


def main():
    database = sys.argv[1]
    data = os.path.join(database, "data")
    os.makedirs(data, exist_ok=True)
    cfg = os.path.join(database, "timewarrior.cfg")
    if not os.path.exists(cfg):
        open(cfg, "w").close()
    intervals = json.load(sys.stdin)
    months = collections.defaultdict(list)
    counts = collections.Counter()
    for interval in intervals:
        if "end" not in interval:
            sys.exit("database.py: only closed intervals (%s has no end)" % interval["start"])
        line = "inc %s - %s" % (interval["start"], interval["end"])
        tags = interval.get("tags", [])
        annotation = interval.get("annotation")
        if tags or annotation:
            line += " # " + " ".join(tag(t) for t in tags)
        if annotation:
            line += " # " + quoted(annotation)
        months[interval["start"][:4] + "-" + interval["start"][4:6]].append((interval["start"], line))
        counts.update(tags)
    for month, lines in months.items():
        with open(os.path.join(data, month + ".data"), "w", encoding="utf-8") as out:
            for _, line in sorted(lines):
                out.write(line + "\n")
    with open(os.path.join(data, "tags.data"), "w", encoding="utf-8") as out:
        out.write("{\n")
        out.write(",\n".join('  %s:{"count":%d}' % (json.dumps(t, ensure_ascii=False), n)
                             for t, n in sorted(counts.items())))
        out.write("\n}")


if __name__ == "__main__":
    main()
