#!/usr/bin/env python3
"""Generates the LianTu demo dataset (focus city 洛阳市 410300) in the import format, version 1.

Standard library only, deterministic (fixed seed): re-running gives byte-identical files.
Names and structure are curated by hand below; randomness only fills attributes
(revenue, tax, employees, dates, USCC serial characters, supply values ...).
All company figures and USCCs are synthetic demo values.

Usage: python3 tools/demo/make_demo.py [output_dir]
"""
import csv
import datetime as dt
import json
import os
import random
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(
    os.path.join(HERE, "..", "..", "src", "main", "resources", "demo"))
AREAS_CSV = os.environ.get("LIANTU_AREAS_CSV", "/work/shared/data/regions/areas.csv")
AS_OF = dt.date(2026, 11, 22)
SEED = 20261122
rng = random.Random(SEED)


def fail(msg):
    raise SystemExit("INTEGRITY ERROR: " + msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def d(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------------------------------------
# USCC (GB 32100-2015)
# ---------------------------------------------------------------------------------------------
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(first17):
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    c = 31 - (total % 31)
    if c == 31:
        c = 0
    return USCC_ALPHABET[c]


def uscc_valid(code):
    return (isinstance(code, str) and len(code) == 18
            and all(ch in USCC_ALPHABET for ch in code)
            and code[17] == uscc_check_char(code[:17]))


_used_uscc = set()


def make_uscc(county_code):
    while True:
        body = "91" + county_code + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
        code = body + uscc_check_char(body)
        if code not in _used_uscc:
            _used_uscc.add(code)
            return code


# ---------------------------------------------------------------------------------------------
# 1. Regions
# ---------------------------------------------------------------------------------------------
def load_areas():
    rows = OrderedDict()
    with open(AREAS_CSV, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows[r["code"]] = r["name"]
    return rows


AREAS = load_areas()

PROVINCES = [("410000", "河南省"), ("310000", "上海市"), ("110000", "北京市"), ("440000", "广东省"),
             ("320000", "江苏省"), ("330000", "浙江省"), ("340000", "安徽省"), ("610000", "陕西省"),
             ("350000", "福建省")]
# city code, name, province, real county-level children (codes from areas.csv)
LUOYANG_COUNTIES = [c for c in AREAS if c.startswith("4103") and not c.startswith("41037")]
CITIES = [
    ("410300", "洛阳市", "410000", LUOYANG_COUNTIES),
    ("410100", "郑州市", "410000", ["410102", "410104", "410105", "410122"]),
    ("310100", "上海市", "310000", ["310113", "310115"]),
    ("110100", "北京市", "110000", ["110108", "110115"]),
    ("440300", "深圳市", "440000", ["440305", "440310"]),
    ("320500", "苏州市", "320000", ["320506", "320583"]),
    ("330200", "宁波市", "330000", ["330206", "330281"]),
    ("340100", "合肥市", "340000", ["340104", "340111"]),
    ("610100", "西安市", "610000", ["610103", "610116"]),
    ("350900", "宁德市", "350000", ["350902", "350981"]),
]
FOREIGN = [("DE", "德国"), ("JP", "日本"), ("US", "美国"), ("KR", "韩国")]

regions = [{"code": "CN", "name": "中国", "level": "COUNTRY", "parentCode": None}]
for code, name in FOREIGN:
    regions.append({"code": code, "name": name, "level": "COUNTRY", "parentCode": None})
for code, name in PROVINCES:
    regions.append({"code": code, "name": name, "level": "PROVINCE", "parentCode": "CN"})
for code, name, prov, counties in CITIES:
    regions.append({"code": code, "name": name, "level": "CITY", "parentCode": prov})
for code, name, prov, counties in CITIES:
    for c in counties:
        check(c in AREAS, "county %s not in areas.csv" % c)
        check(c[:4] + "00" == code, "county %s not under city %s" % (c, code))
        check(not c[4:].startswith("7"), "pseudo county code %s" % c)
        regions.append({"code": c, "name": AREAS[c], "level": "COUNTY", "parentCode": code})

REGION = {r["code"]: r for r in regions}
COUNTY_NAME = {r["code"]: r["name"] for r in regions if r["level"] == "COUNTY"}
check(len(LUOYANG_COUNTIES) == 14, "洛阳 should have 14 county-level children, got %d" % len(LUOYANG_COUNTIES))


def city_of(code):
    r = REGION[code]
    while r["level"] not in ("CITY", "COUNTRY"):
        r = REGION[r["parentCode"]]
    return r["code"]


def country_of(code):
    r = REGION[code]
    while r["parentCode"] is not None:
        r = REGION[r["parentCode"]]
    return r["code"]


def in_luoyang(code):
    return city_of(code) == "410300"

