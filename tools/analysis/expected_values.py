#!/usr/bin/env python3
"""Computes the expected chain-gap figures of the demo dataset straight from its JSONL files.

An independent reading of the definitions in schema/analysis.graphqls (not LianTu's code): the
integration tests (ChainGapIT, SupplyAnalysisIT) assert the values this script prints.
Standard library only.

Usage: python3 tools/analysis/expected_values.py [dataset_dir]
"""
import datetime as dt
import json
import math
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "src", "main", "resources", "demo")
TECH_TAGS = {"HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT"}
WEIGHTS = (0.5, 0.4, 0.1)
STRONG, POTENTIAL = 55, 30
TARGET = dict(strength=40, per_tag=5, tag_cap=15, FORTUNE_GLOBAL_500=20, CHINA_500=15, INDUSTRY_TOP_50=10,
              leader=15, per_tie=5, tie_cap=20)


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip() and not line.startswith("//")]


def half_up(x, digits):
    """Java's Math.round(x * 10^d) / 10^d."""
    f = 10 ** digits
    return math.floor(x * f + 0.5) / f


regions = {r["code"]: r for r in load("regions.jsonl")}
chains = {c["id"]: c for c in load("chains.jsonl")}
segments = {s["id"]: s for s in load("segments.jsonl")}
flows = [(f["from"], f["to"]) for f in load("segment_flows.jsonl")]
products = {p["id"]: p for p in load("products.jsonl")}
parks = {p["id"]: p for p in load("parks.jsonl")}
enterprises = {}
for e in load("enterprises.jsonl"):
    e["id"] = e.get("uscc") or "stock:" + e["stockCode"]
    enterprises[e["id"]] = e
by_key = {**{e["uscc"]: e for e in enterprises.values() if e.get("uscc")},
          **{e["stockCode"]: e for e in enterprises.values() if e.get("stockCode")}}
supplies = load("supplies.jsonl")
for s in supplies:
    s["supplierId"] = by_key[s["supplier"]]["id"]
    s["customerId"] = by_key[s["customer"]]["id"]
leaders = load("chain_leaders.jsonl")
institutions = load("rd_institutions.jsonl")
projects = load("projects.jsonl")


def codes(region_code):
    """The region's code at each level: {COUNTRY: .., PROVINCE: .., CITY: .., COUNTY: ..}."""
    out = {}
    r = regions[region_code]
    while r is not None:
        out[r["level"]] = r["code"]
        r = regions.get(r["parentCode"]) if r["parentCode"] else None
    return out


def country(region_code):
    return codes(region_code)["COUNTRY"]


class Scope:
    def __init__(self, region_code=None, park_id=None):
        self.park_id = park_id
        self.region_code = region_code if park_id is None else parks[park_id]["regionCode"]
        self.level = regions[self.region_code]["level"]
        self.country = None if (park_id is None and self.level == "COUNTRY") else country(self.region_code)

    def contains(self, node):
        if self.park_id is not None:
            return node.get("parkId") == self.park_id
        return self.in_region(node)

    def in_region(self, node):
        return codes(node["regionCode"]).get(self.level) == self.region_code

    def reference(self, e):
        return self.country is None or country(e["regionCode"]) == self.country


def alive(e, day):
    founded = e.get("foundedOn")
    closed = e.get("closedOn")
    return (founded is None or dt.date.fromisoformat(founded) <= day) and \
        (closed is None or dt.date.fromisoformat(closed) > day)


def chain_segments(chain_id):
    def position(s):
        return {"UPSTREAM": 0, "MIDSTREAM": 1}.get(s["position"], 2)
    return sorted((s for s in segments.values() if s["chainId"] == chain_id),
                  key=lambda s: (s["level"], position(s), s["id"]))


def children(seg_id):
    return [s["id"] for s in segments.values() if s.get("parentId") == seg_id]


def subtree(seg_id):
    out = [seg_id]
    for c in children(seg_id):
        out.extend(subtree(c))
    return out


def is_leaf(seg_id):
    return not children(seg_id)


def operates(e, seg_ids):
    return any(s in seg_ids for s in e.get("segmentIds") or [])


def neighbours(seg_id):
    return {b for a, b in flows if a == seg_id} | {a for a, b in flows if b == seg_id}


def edge_segments(edge, chain_id):
    """Segments of the chain a supply edge delivers to: its product's, else the supplier's."""
    product = products.get(edge.get("productId"))
    if product and product["segmentIds"]:
        return [s for s in product["segmentIds"] if segments[s]["chainId"] == chain_id]
    supplier = enterprises[edge["supplierId"]]
    return [s for s in supplier.get("segmentIds") or [] if segments[s]["chainId"] == chain_id]


def segment_facts(chain_id, scope, year):
    day = dt.date(year, 12, 31)
    facts = {}
    for seg in chain_segments(chain_id):
        tree = set(subtree(seg["id"]))
        national = [e for e in enterprises.values() if alive(e, day) and scope.reference(e) and operates(e, tree)]
        local = [e for e in national if scope.contains(e)]
        own_local = [e for e in enterprises.values() if alive(e, day) and scope.contains(e)
                     and operates(e, {seg["id"]})]
        near = neighbours(seg["id"])
        linked = 0
        for e in own_local:
            for t in supplies:
                if t["year"] != year or e["id"] not in (t["supplierId"], t["customerId"]):
                    continue
                other = enterprises[t["customerId"] if t["supplierId"] == e["id"] else t["supplierId"]]
                if other["id"] != e["id"] and scope.contains(other) and alive(other, day) and operates(other, near):
                    linked += 1
                    break
        rd = sum(1 for i in institutions if seg["id"] in i["segmentIds"] and scope.in_region(i))
        facts[seg["id"]] = dict(
            leaf=is_leaf(seg["id"]), parent=seg.get("parentId"), key=seg["keyLink"], weight=seg.get("weight"),
            local=len(local), national=len(national),
            local_revenue=sum(e.get("revenue") or 0 for e in local),
            national_revenue=sum(e.get("revenue") or 0 for e in national),
            linked=linked, patents=sum(e.get("patents") or 0 for e in local),
            tech=sum(1 for e in local if TECH_TAGS & set(e.get("tags") or [])), rd=rd)
    return facts


def ratio(a, b):
    return a / b if b > 0 else 0.0


def assess(facts):
    ind = {}
    for sid, f in facts.items():
        if f["leaf"]:
            ind[sid] = (ratio(f["local"], f["national"]), ratio(f["local_revenue"], f["national_revenue"]),
                        ratio(f["linked"], f["local"]), ratio(f["patents"], f["local"]), ratio(f["tech"], f["local"]),
                        float(f["rd"]))
    maxima = [max(v[i] for v in ind.values()) for i in range(6)]

    def component(values, idx):
        used = [values[i] / maxima[i] for i in idx if maxima[i] > 0]
        return 100 * sum(used) / len(used) if used else 0.0

    out = {}
    for sid, f in facts.items():
        if not f["leaf"]:
            continue
        if f["local"] == 0:
            out[sid] = dict(status="BLANK", score=None, scale=None, linkage=None, tech=None)
            continue
        scale = half_up(component(ind[sid], [0, 1]), 1)
        linkage = half_up(component(ind[sid], [2]), 1)
        tech = half_up(component(ind[sid], [3, 4, 5]), 1)
        score = half_up((WEIGHTS[0] * scale + WEIGHTS[1] * linkage + WEIGHTS[2] * tech) / sum(WEIGHTS), 1)
        out[sid] = dict(status=status(score), score=score, scale=scale, linkage=linkage, tech=tech)
    for sid, f in facts.items():
        if f["leaf"]:
            continue
        leaves = [l for l in subtree(sid) if facts[l]["leaf"]]
        if all(out[l]["status"] == "BLANK" for l in leaves):
            out[sid] = dict(status="BLANK", score=None, scale=None, linkage=None, tech=None)
            continue
        mean = {k: half_up(sum(out[l][k] or 0 for l in leaves) / len(leaves), 1)
                for k in ("score", "scale", "linkage", "tech")}
        out[sid] = dict(status=status(mean["score"]), **mean)
    return out, maxima


def status(score):
    return "STRONG" if score >= STRONG else "POTENTIAL" if score >= POTENTIAL else "WEAK"


def purchases(chain_id, scope, year):
    """(buyer, supplier, edge, segment) for edges of the year into operating scope firms, per chain segment."""
    day = dt.date(year, 12, 31)
    rows = []
    for t in supplies:
        buyer = enterprises[t["customerId"]]
        if t["year"] != year or not scope.contains(buyer) or not alive(buyer, day):
            continue
        for seg in edge_segments(t, chain_id):
            rows.append((buyer, enterprises[t["supplierId"]], t, seg))
    return rows


def local_supply(chain_id, scope, year):
    edges = {id(t): (t, s) for (b, s, t, seg) in purchases(chain_id, scope, year)}
    total = len(edges)
    if total == 0:
        return None, None, 0, 0
    local = [(t, s) for t, s in edges.values() if scope.contains(s)]
    valued = [t for t, s in edges.values() if t.get("value") is not None]
    value = sum(t.get("value") or 0 for t, s in edges.values())
    if len(valued) == total and value > 0:
        return half_up(sum(t.get("value") or 0 for t, s in local) / value, 4), "VALUE", total, len(local)
    return half_up(len(local) / total, 4), "COUNT", total, len(local)


def dependencies(chain_id, scope, year):
    out = []
    keys = [s["id"] for s in chain_segments(chain_id) if s["keyLink"]]
    rows = purchases(chain_id, scope, year)
    for k in keys:
        tree = set(subtree(k))
        mine = {(id(t), s["id"]): (b, s, t) for (b, s, t, seg) in rows if seg in tree}
        if not mine:
            continue
        suppliers = defaultdict(lambda: dict(buyers=set(), values=[]))
        for b, s, t in mine.values():
            suppliers[s["id"]]["buyers"].add(b["id"])
            suppliers[s["id"]]["inScope"] = scope.contains(s)
            if t.get("value") is not None:
                suppliers[s["id"]]["values"].append(t["value"])
        kinds = []
        if not any(v["inScope"] for v in suppliers.values()):
            kinds.append("OUTSIDE_ONLY")
        if len(suppliers) == 1:
            kinds.append("SINGLE_SUPPLIER")
        if kinds:
            buyers = {b["id"] for b, s, t in mine.values()}
            listed = sorted(((sid, v["inScope"], len(v["buyers"]), half_up(sum(v["values"]), 4) if v["values"] else None)
                             for sid, v in suppliers.items()), key=lambda x: (-(x[3] or 0), x[0]))
            out.append(dict(segment=k, kinds=kinds, buyers=len(buyers), suppliers=[
                (enterprises[x[0]]["name"], x[1], x[2], x[3]) for x in listed]))
    return out


def extension_candidates(assessed, chain_id):
    out = []
    for s in chain_segments(chain_id):
        sid = s["id"]
        if assessed[sid]["status"] != "BLANK":
            continue
        feeds = sorted({b for a, b in flows if a == sid and assessed.get(b, {}).get("status") == "STRONG"})
        fed_by = sorted({a for a, b in flows if b == sid and assessed.get(a, {}).get("status") == "STRONG"})
        if feeds or fed_by:
            out.append((sid, feeds, fed_by))
    return out


def report(chain_id, scope, year):
    facts = segment_facts(chain_id, scope, year)
    assessed, maxima = assess(facts)
    leaves = [s for s, f in facts.items() if f["leaf"]]
    present = [s for s in leaves if assessed[s]["status"] != "BLANK"]
    w = {s: facts[s]["weight"] if facts[s]["weight"] is not None else 1 for s in leaves}
    day = dt.date(year, 12, 31)
    chain_firms = {e["id"] for e in enterprises.values() if alive(e, day) and scope.contains(e)
                   and operates(e, {s["id"] for s in chain_segments(chain_id)})}
    return dict(facts=facts, assessed=assessed, maxima=maxima, leaves=len(leaves), present=len(present),
                completeness=half_up(len(present) / len(leaves), 4),
                weighted=half_up(sum(w[s] for s in present) / sum(w.values()), 4),
                local_enterprises=len(chain_firms), supply=local_supply(chain_id, scope, year),
                dependencies=dependencies(chain_id, scope, year),
                extensions=extension_candidates(assessed, chain_id))


def targets(chain_id, scope, year, segment_ids, first):
    day = dt.date(year, 12, 31)
    best = {}
    for sid in segment_ids:
        firms = [e for e in enterprises.values() if alive(e, day) and operates(e, {sid})]
        top = max([e.get("revenue") or 0 for e in firms] or [0])
        total = sum(e.get("revenue") or 0 for e in firms)
        for e in firms:
            if scope.contains(e):
                continue
            points = []
            rev = e.get("revenue") or 0
            if rev > 0 and top > 0:
                points.append(("STRENGTH", half_up(TARGET["strength"] * rev / top, 1)))
            if e.get("tags"):
                points.append(("TAGS", min(TARGET["tag_cap"], TARGET["per_tag"] * len(e["tags"]))))
            if e.get("rankings"):
                points.append(("RANKING", max(TARGET[r["list"]] for r in e["rankings"])))
            if any(l["chainId"] == chain_id and by_key[l["enterprise"]]["id"] == e["id"] for l in leaders):
                points.append(("CHAIN_LEADER", TARGET["leader"]))
            customers = {t["customerId"] for t in supplies if t["supplierId"] == e["id"]
                         and scope.contains(enterprises[t["customerId"]])}
            sellers = {t["supplierId"] for t in supplies if t["customerId"] == e["id"]
                       and scope.contains(enterprises[t["supplierId"]])}
            if customers or sellers:
                points.append(("SUPPLY_TIES", min(TARGET["tie_cap"], TARGET["per_tie"] * (len(customers) + len(sellers)))))
            score = half_up(sum(p for _, p in points), 1)
            if e["id"] not in best or score > best[e["id"]][0]:
                best[e["id"]] = (score, rev, sid, points)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
    return [(enterprises[i]["name"], v[2], v[0], v[3]) for i, v in ranked[:first]]


def matches(chain_id, scope, year, first):
    day = dt.date(year, 12, 31)
    needs = defaultdict(lambda: dict(suppliers=set(), edges=set(), values=[], products=set()))
    for b, s, t, seg in purchases(chain_id, scope, year):
        if scope.contains(s):
            continue
        if not any(a == seg and b2 in (b.get("segmentIds") or []) for a, b2 in flows):
            continue
        n = needs[(b["id"], seg)]
        n["suppliers"].add(s["id"])
        if id(t) not in n["edges"]:
            n["edges"].add(id(t))
            if t.get("value") is not None:
                n["values"].append(t["value"])
        n["products"].add(t["product"])
    pairs = []
    for (buyer, seg), n in needs.items():
        current = {t["supplierId"] for t in supplies if t["customerId"] == buyer and t["year"] == year
                   and scope.contains(enterprises[t["supplierId"]])}
        value = half_up(sum(n["values"]), 4) if n["values"] else None
        for e in enterprises.values():
            if not (alive(e, day) and scope.contains(e) and operates(e, {seg})):
                continue
            if e["id"] == buyer or e["id"] in current:
                continue
            pairs.append((value or 0, len(n["edges"]), e.get("revenue") or 0, buyer, e["id"], seg, value,
                          len(n["suppliers"])))
    pairs.sort(key=lambda p: (-p[0], -p[1], -p[2], p[3], p[4], p[5]))
    return [(enterprises[p[3]]["name"], enterprises[p[4]]["name"], p[5], p[6], p[7]) for p in pairs[:first]]


def tiers(root_id, direction, max_tiers, year=None):
    links = defaultdict(lambda: dict(values=[], products=set()))
    for t in supplies:
        if year is not None and t["year"] != year:
            continue
        link = links[(t["supplierId"], t["customerId"])]
        if t.get("value") is not None:
            link["values"].append(t["value"])
        link["products"].add(t["product"])
    out_from = defaultdict(list)
    for (sup, cus), link in links.items():
        value = half_up(sum(link["values"]), 4) if link["values"] else None
        if direction == "UPSTREAM":
            out_from[cus].append((sup, value))
        else:
            out_from[sup].append((cus, value))
    path = {root_id: [root_id]}
    seen = {root_id}
    frontier = [root_id]
    entries = []
    for tier in range(1, max_tiers + 1):
        reached = {}
        for near in frontier:
            for far, value in out_from[near]:
                if far in seen:
                    continue
                cand = (value if value is not None else 0, near, value)
                old = reached.get(far)
                if old is None or cand[0] > old[0] or (cand[0] == old[0] and near < old[1]):
                    reached[far] = cand
        for far, (_, near, value) in sorted(reached.items()):
            path[far] = path[near] + [far]
            entries.append((tier, far, value, path[far]))
        seen |= set(reached)
        frontier = sorted(reached)
    entries.sort(key=lambda e: (e[0], -(e[2] if e[2] is not None else -math.inf), e[1]))
    return entries


def name(eid):
    return enterprises[eid]["name"]


def main():
    luoyang = Scope("410300")
    for chain_id, year in (("nev", 2026), ("nev", 2025), ("equip", 2026)):
        r = report(chain_id, luoyang, year)
        print("== %s 洛阳 %d: completeness %s weighted %s leaves %d present %d localEnterprises %d supply %s" % (
            chain_id, year, r["completeness"], r["weighted"], r["leaves"], r["present"], r["local_enterprises"],
            r["supply"]))
        print("   maxima", [half_up(m, 4) for m in r["maxima"]])
        for s in chain_segments(chain_id):
            a, f = r["assessed"][s["id"]], r["facts"][s["id"]]
            print("   %-18s %-9s score %-5s scale %-5s linkage %-5s tech %-5s local %d national %d revenue %s" % (
                s["id"], a["status"], a["score"], a["scale"], a["linkage"], a["tech"], f["local"], f["national"],
                f["local_revenue"]))
        print("   extension", r["extensions"])
        for d in r["dependencies"]:
            print("   dependency", d)
    for label, scope in (("ly-etdz", Scope(park_id="ly-etdz")), ("郑州", Scope("410100")), ("CN", Scope("CN"))):
        r = report("equip", scope, 2026)
        print("== equip %s 2026: completeness %s weighted %s present %d/%d localEnterprises %d supply %s" % (
            label, r["completeness"], r["weighted"], r["present"], r["leaves"], r["local_enterprises"], r["supply"]))
        print("   statuses", {k: v["status"] for k, v in r["assessed"].items() if r["facts"][k]["leaf"]})
    nev = report("nev", luoyang, 2026)
    gaps = [s["id"] for s in chain_segments("nev")
            if nev["facts"][s["id"]]["leaf"] and nev["assessed"][s["id"]]["status"] in ("BLANK", "WEAK")]
    print("== targets nev 洛阳 2026, default segments", gaps)
    for t in targets("nev", luoyang, 2026, gaps, 5):
        print("  ", t)
    print("== targets nev 洛阳 2026, nev-chip only")
    for t in targets("nev", luoyang, 2026, ["nev-chip"], 3):
        print("  ", t)
    print("== matches nev 洛阳 2026")
    for m in matches("nev", luoyang, 2026, 5):
        print("  ", m)
    lyc = by_key["91410305JG7LCMK11B"]["id"]
    print("== LYC upstream 2 tiers, all years")
    for tier, eid, value, p in tiers(lyc, "UPSTREAM", 2):
        print("   tier %d %s value %s local %s path %s" % (tier, name(eid), value, luoyang.contains(enterprises[eid]),
                                                          [name(x) for x in p]))
    bydsemi = [e for e in enterprises.values() if e["name"] == "比亚迪半导体股份有限公司"][0]
    print("== exposure BYDSEMI", bydsemi["id"], "洛阳, 2 tiers, 2026")
    total = 0
    for tier, eid, value, p in tiers(bydsemi["id"], "DOWNSTREAM", 2, 2026):
        if luoyang.contains(enterprises[eid]):
            total += enterprises[eid].get("revenue") or 0
            print("   tier %d %s revenue %s value %s path %s" % (tier, name(eid), enterprises[eid].get("revenue"), value,
                                                              [name(x) for x in p]))
    print("   affected revenue", total)


if __name__ == "__main__":
    main()
