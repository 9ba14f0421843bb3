#!/usr/bin/env python3
"""Writes a `timew export` of N closed intervals (default 100,000) to stdout, for measuring
`worktime import` and comparing `worktime report` with `timew summary` on a large history.

Eight intervals a day, every day, ending on 2026-01-01 (UTC); gaps of 0-20 minutes between them;
tags from a fixed list (some Hebrew, some with emoji), every tenth interval annotated. The same
N and seed always give the same bytes. Python 3 standard library only.

    python3 benchmarks/timewarrior/intervals.py 100000 > /tmp/timew-100k.json
"""
import datetime
import json
import random
import sys

TAGS = ["acme", "globex", "initech", "meeting", "review", "support", "לקוח-ירושלים", "🚀launch"]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    per_day = 8
    days = (count + per_day - 1) // per_day
    first = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(days=days)
    fmt = "%Y%m%dT%H%M%SZ"
    out = sys.stdout
    out.write("[\n")
    written = 0
    for day in range(days):
        at = first + datetime.timedelta(days=day, hours=6, minutes=rng.randrange(0, 60))
        for slot in range(per_day):
            if written == count:
                break
            length = datetime.timedelta(minutes=rng.randrange(30, 75))
            interval = {"id": count - written, "start": at.strftime(fmt), "end": (at + length).strftime(fmt)}
            interval["tags"] = sorted({"work", rng.choice(TAGS)})
            if written % 10 == 0:
                interval["annotation"] = "הערה %d ✅" % written
            out.write(("," if written else "") + json.dumps(interval, ensure_ascii=False) + "\n")
            written += 1
            at += length + datetime.timedelta(minutes=rng.randrange(0, 21))
    out.write("]\n")


if __name__ == "__main__":
    main()
