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
    ("410100", "郑州市", "410000", ["410102", "410104", "410122", "410181"]),
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


# ---------------------------------------------------------------------------------------------
# 2. Chains and segments (tree), flows
# ---------------------------------------------------------------------------------------------
chains = [
    {"id": "nev", "name": "新能源汽车", "category": "EMERGING",
     "description": "新能源汽车产业链：锂电材料、车规级芯片、三电系统、热管理、整车制造、充换电与电池回收"},
    {"id": "equip", "name": "高端装备（轴承）", "category": "LEADING",
     "description": "高端装备制造产业链，以轴承为核心：轴承钢与锻件、精密/风电/轨道交通轴承、矿山与农业机械、机器人与数控机床"},
    {"id": "material", "name": "新材料（钼钨/铝/硅）", "category": "CHARACTERISTIC",
     "description": "新材料产业链：钼钨采选与深加工、铝冶炼与铝加工、硅材料与电子材料及其下游应用"},
]

# (id, parent, name, keyLinkType or None, weight or None); position from the root, level from depth
SEGMENT_TREE = {
    "nev": [
        ("nev-up", None, "上游：原材料与电子元器件", None, 2),
        ("nev-mid", None, "中游：核心零部件", None, 3),
        ("nev-down", None, "下游：整车与后市场", None, 2),
        ("nev-lithium", "nev-up", "锂矿资源", None, 1),
        ("nev-cathode", "nev-up", "正极材料", None, 2),
        ("nev-anode", "nev-up", "负极材料", None, 1),
        ("nev-electrolyte", "nev-up", "电解液", None, 1),
        ("nev-separator", "nev-up", "隔膜", None, 1),
        ("nev-magnet", "nev-up", "稀土永磁材料", "KEY_MATERIAL", 2),
        ("nev-chip", "nev-up", "车规级芯片", "CORE_COMPONENT", 3),
        ("nev-3e", "nev-mid", "三电系统", None, 3),
        ("nev-battery", "nev-3e", "动力电池", "CORE_COMPONENT", 3),
        ("nev-motor", "nev-3e", "驱动电机", None, 2),
        ("nev-econtrol", "nev-3e", "电控系统", "CORE_COMPONENT", 3),
        ("nev-thermal", "nev-mid", "热管理系统", None, 2),
        ("nev-body", "nev-mid", "车身与底盘", None, 1),
        ("nev-vehicle", "nev-down", "整车制造", None, 3),
        ("nev-charging", "nev-down", "充换电设施", None, 1),
        ("nev-recycling", "nev-down", "电池回收", None, 1),
    ],
    "equip": [
        ("equip-up", None, "上游：基础材料与基础工艺", None, None),
        ("equip-mid", None, "中游：核心零部件", None, None),
        ("equip-down", None, "下游：整机装备与服务", None, None),
        ("equip-steel", "equip-up", "轴承钢", "KEY_MATERIAL", None),
        ("equip-forging", "equip-up", "精密锻件", None, None),
        ("equip-casting", "equip-up", "大型铸件", None, None),
        ("equip-heat", "equip-up", "热处理", "ADVANCED_PROCESS", None),
        ("equip-cnc", "equip-up", "数控系统", "INDUSTRIAL_SOFTWARE", None),
        ("equip-bearing", "equip-mid", "轴承", None, None),
        ("equip-precision", "equip-bearing", "精密轴承", "CORE_COMPONENT", None),
        ("equip-wind", "equip-bearing", "风电轴承", None, None),
        ("equip-rail", "equip-bearing", "轨道交通轴承", None, None),
        ("equip-reducer", "equip-mid", "精密减速器", "CORE_COMPONENT", None),
        ("equip-hydraulic", "equip-mid", "液压件", None, None),
        ("equip-servo", "equip-mid", "伺服电机", None, None),
        ("equip-mining", "equip-down", "矿山机械", None, None),
        ("equip-agri", "equip-down", "农业机械", None, None),
        ("equip-robot", "equip-down", "工业机器人", None, None),
        ("equip-machine", "equip-down", "数控机床", None, None),
        ("equip-test", "equip-down", "检测认证", "TECH_FOUNDATION", None),
    ],
    "material": [
        ("material-up", None, "上游：资源采选与冶炼", None, None),
        ("material-mid", None, "中游：材料加工", None, None),
        ("material-down", None, "下游：材料应用", None, None),
        ("material-mo-ore", "material-up", "钼精矿", None, None),
        ("material-w-ore", "material-up", "钨精矿", None, None),
        ("material-al", "material-up", "电解铝", None, None),
        ("material-si", "material-up", "工业硅", None, None),
        ("material-chem", "material-up", "电子级化学品", "KEY_MATERIAL", None),
        ("material-mow", "material-mid", "钼钨深加工", None, None),
        ("material-alproc", "material-mid", "铝加工", None, None),
        ("material-al-sheet", "material-alproc", "铝板带箔", None, None),
        ("material-al-profile", "material-alproc", "铝合金型材", None, None),
        ("material-al-foil", "material-alproc", "电池铝箔", None, None),
        ("material-hpsi", "material-mid", "高纯硅", "KEY_MATERIAL", None),
        ("material-polysi", "material-mid", "多晶硅", None, None),
        ("material-target", "material-mid", "靶材", "KEY_MATERIAL", None),
        ("material-wafer", "material-mid", "单晶硅片", None, None),
        ("material-pv", "material-down", "光伏组件", None, None),
        ("material-semi", "material-down", "半导体器件", None, None),
        ("material-aero", "material-down", "航空航天结构件", None, None),
        ("material-light", "material-down", "汽车轻量化部件", None, None),
    ],
}
POSITION_OF_ROOT = {"up": "UPSTREAM", "mid": "MIDSTREAM", "down": "DOWNSTREAM"}

segments = []
SEG = {}
for chain in chains:
    for sid, parent, name, klt, weight in SEGMENT_TREE[chain["id"]]:
        if parent is None:
            level, position = 1, POSITION_OF_ROOT[sid.split("-")[-1]]
        else:
            check(parent in SEG, "segment %s: parent %s not defined before it" % (sid, parent))
            level, position = SEG[parent]["level"] + 1, SEG[parent]["position"]
        rec = OrderedDict([("id", sid), ("chainId", chain["id"]), ("parentId", parent), ("name", name),
                           ("position", position), ("level", level), ("keyLink", klt is not None)])
        if klt:
            rec["keyLinkType"] = klt
        if weight is not None:
            rec["weight"] = weight
        check(sid not in SEG, "duplicate segment " + sid)
        SEG[sid] = rec
        segments.append(rec)

PARENT_IDS = {s["parentId"] for s in segments if s["parentId"]}
LEAVES = [s["id"] for s in segments if s["id"] not in PARENT_IDS]
LEAF_SET = set(LEAVES)


def chain_of(seg_id):
    return SEG[seg_id]["chainId"]


FLOWS = {
    "nev": [
        ("nev-lithium", "nev-cathode"), ("nev-lithium", "nev-electrolyte"),
        ("nev-cathode", "nev-battery"), ("nev-anode", "nev-battery"), ("nev-electrolyte", "nev-battery"),
        ("nev-separator", "nev-battery"), ("nev-chip", "nev-battery"), ("nev-chip", "nev-econtrol"),
        ("nev-chip", "nev-thermal"), ("nev-chip", "nev-vehicle"), ("nev-magnet", "nev-motor"),
        ("nev-battery", "nev-vehicle"), ("nev-battery", "nev-charging"), ("nev-battery", "nev-recycling"),
        ("nev-motor", "nev-vehicle"), ("nev-econtrol", "nev-vehicle"), ("nev-thermal", "nev-vehicle"),
        ("nev-body", "nev-vehicle"),
    ],
    "equip": [
        ("equip-steel", "equip-forging"), ("equip-steel", "equip-precision"), ("equip-steel", "equip-wind"),
        ("equip-steel", "equip-rail"), ("equip-forging", "equip-precision"), ("equip-forging", "equip-wind"),
        ("equip-forging", "equip-rail"), ("equip-forging", "equip-reducer"), ("equip-heat", "equip-precision"),
        ("equip-heat", "equip-wind"), ("equip-casting", "equip-hydraulic"), ("equip-casting", "equip-mining"),
        ("equip-casting", "equip-machine"), ("equip-cnc", "equip-machine"), ("equip-cnc", "equip-robot"),
        ("equip-precision", "equip-mining"), ("equip-precision", "equip-agri"),
        ("equip-precision", "equip-robot"), ("equip-precision", "equip-machine"),
        ("equip-reducer", "equip-robot"), ("equip-hydraulic", "equip-mining"), ("equip-hydraulic", "equip-agri"),
        ("equip-servo", "equip-robot"), ("equip-servo", "equip-machine"),
    ],
    "material": [
        ("material-mo-ore", "material-mow"), ("material-w-ore", "material-mow"),
        ("material-al", "material-al-sheet"), ("material-al", "material-al-profile"),
        ("material-al", "material-al-foil"), ("material-si", "material-hpsi"), ("material-si", "material-polysi"),
        ("material-chem", "material-hpsi"), ("material-chem", "material-wafer"), ("material-chem", "material-semi"),
        ("material-hpsi", "material-wafer"), ("material-polysi", "material-wafer"),
        ("material-mow", "material-target"), ("material-mow", "material-aero"),
        ("material-target", "material-semi"), ("material-target", "material-pv"),
        ("material-wafer", "material-pv"), ("material-wafer", "material-semi"),
        ("material-al-sheet", "material-light"), ("material-al-sheet", "material-aero"),
        ("material-al-profile", "material-light"), ("material-al-profile", "material-pv"),
    ],
}
segment_flows = []
for chain in chains:
    for a, b in FLOWS[chain["id"]]:
        segment_flows.append(OrderedDict([("from", a), ("to", b)]))
FLOW_SET = {(f["from"], f["to"]) for f in segment_flows}
INBOUND = {}
for f in segment_flows:
    INBOUND.setdefault(f["to"], []).append(f["from"])

# ---------------------------------------------------------------------------------------------
# 3. Products and technologies (per leaf)
# ---------------------------------------------------------------------------------------------
PRODUCTS = {
    "nev-lithium": ["锂辉石精矿", "碳酸锂", "氢氧化锂"],
    "nev-cathode": ["磷酸铁锂正极材料", "三元正极材料（NCM811）", "磷酸锰铁锂正极材料"],
    "nev-anode": ["人造石墨负极材料", "硅碳负极材料"],
    "nev-electrolyte": ["六氟磷酸锂", "锂电池电解液", "LiFSI添加剂"],
    "nev-separator": ["湿法隔膜", "涂覆隔膜"],
    "nev-magnet": ["烧结钕铁硼磁钢", "高矫顽力钕铁硼"],
    "nev-chip": ["IGBT功率模块", "SiC MOSFET", "车规级MCU", "BMS模拟前端芯片"],
    "nev-battery": ["磷酸铁锂动力电芯", "三元动力电池包", "储能电池模组"],
    "nev-motor": ["永磁同步驱动电机", "扁线电机定子", "电驱动总成"],
    "nev-econtrol": ["电机控制器", "整车控制器VCU", "电池管理系统BMS"],
    "nev-thermal": ["电动压缩机", "热泵空调总成", "电池液冷板"],
    "nev-body": ["铝合金副车架", "一体化压铸车身件", "线控底盘总成"],
    "nev-vehicle": ["纯电动乘用车", "新能源商用车", "新能源专用车"],
    "nev-charging": ["直流快充桩", "换电站", "交流充电桩"],
    "nev-recycling": ["退役电池梯次利用", "电池黑粉", "再生碳酸锂"],
    "equip-steel": ["高碳铬轴承钢GCr15", "渗碳轴承钢", "高温不锈轴承钢"],
    "equip-forging": ["轴承套圈锻件", "风电法兰锻件", "齿轮锻坯"],
    "equip-casting": ["大型球墨铸铁件", "铸钢机架", "液压阀体铸件"],
    "equip-heat": ["真空渗碳热处理", "感应淬火加工"],
    "equip-cnc": ["五轴联动数控系统", "伺服驱动数控系统", "PLC控制器"],
    "equip-precision": ["精密角接触球轴承", "机床主轴轴承", "机器人RV轴承", "航空航天轴承"],
    "equip-wind": ["风电主轴轴承", "偏航变桨轴承", "风电齿轮箱轴承"],
    "equip-rail": ["高铁轴箱轴承", "地铁牵引电机轴承"],
    "equip-reducer": ["RV减速器", "谐波减速器", "精密行星减速器"],
    "equip-hydraulic": ["液压油缸", "液压泵阀", "液压支架立柱"],
    "equip-servo": ["交流伺服电机", "伺服驱动器"],
    "equip-mining": ["大型球磨机", "圆锥破碎机", "矿井提升机", "液压支架"],
    "equip-agri": ["大马力拖拉机", "电动拖拉机", "联合收获机"],
    "equip-robot": ["焊接机器人", "搬运码垛机器人", "特种作业机器人"],
    "equip-machine": ["数控立式车床", "五轴加工中心", "精密磨床"],
    "equip-test": ["轴承寿命试验", "产品认证检测", "无损探伤检测"],
    "material-mo-ore": ["钼精矿（45%）", "焙烧钼精矿"],
    "material-w-ore": ["白钨精矿", "仲钨酸铵APT"],
    "material-al": ["电解铝锭", "铝液", "高纯铝"],
    "material-si": ["工业硅（553）", "三氯氢硅"],
    "material-chem": ["电子级氢氟酸", "电子级三氯氢硅", "电子特气"],
    "material-mow": ["高纯钼粉", "钼板材", "钨钼合金棒", "钼丝"],
    "material-al-sheet": ["汽车用铝板", "罐体料铝板带", "双零铝箔"],
    "material-al-profile": ["工业铝型材", "光伏边框型材", "轨道车辆型材"],
    "material-al-foil": ["电池正极集流体铝箔", "涂碳铝箔"],
    "material-hpsi": ["电子级多晶硅", "区熔用高纯硅"],
    "material-polysi": ["太阳能级多晶硅", "颗粒硅"],
    "material-target": ["钼溅射靶材", "钨钛靶材", "ITO靶材"],
    "material-wafer": ["8英寸单晶硅抛光片", "N型光伏硅片", "外延片"],
    "material-pv": ["TOPCon光伏组件", "异质结组件", "BC组件"],
    "material-semi": ["功率半导体器件", "MEMS传感器"],
    "material-aero": ["钛铝合金结构件", "钼合金热端部件"],
    "material-light": ["铝合金轮毂", "电池包铝壳体", "防撞梁总成"],
}
TECHNOLOGIES = {
    "nev-cathode": ["高压实磷酸铁锂合成技术"],
    "nev-anode": ["硅碳负极预锂化技术"],
    "nev-magnet": ["晶界扩散重稀土减量技术"],
    "nev-chip": ["SiC功率器件车规级封装", "功能安全MCU设计（ISO 26262）"],
    "nev-battery": ["CTP无模组电池包技术", "钠离子电池技术"],
    "nev-econtrol": ["800V高压电驱控制技术"],
    "nev-thermal": ["CO2热泵热管理技术"],
    "nev-recycling": ["退役电池湿法回收技术"],
    "equip-steel": ["轴承钢超高纯净冶炼技术"],
    "equip-heat": ["轴承套圈真空渗碳淬火工艺"],
    "equip-cnc": ["五轴联动插补算法", "数控系统实时总线技术"],
    "equip-precision": ["高速精密轴承设计与制造技术", "轴承长寿命可靠性技术"],
    "equip-wind": ["大兆瓦风电主轴轴承设计技术"],
    "equip-reducer": ["RV减速器摆线齿廓修形技术"],
    "equip-mining": ["大型磨机智能控制技术"],
    "equip-agri": ["拖拉机动力换挡技术", "电动拖拉机电驱动技术"],
    "equip-robot": ["特种机器人防爆技术"],
    "material-mo-ore": ["低品位钼矿高效浮选技术"],
    "material-mow": ["大尺寸钼板轧制技术", "高纯钼粉制备技术"],
    "material-chem": ["电子级氢氟酸提纯技术"],
    "material-hpsi": ["改良西门子法电子级多晶硅技术"],
    "material-target": ["大尺寸钼靶材绑定技术"],
    "material-wafer": ["大直径单晶拉制技术"],
    "material-al-foil": ["电池铝箔高速精轧技术"],
}
products = []
PRODUCT = {}
PRODUCTS_OF = {}
for sid in LEAVES:
    names = PRODUCTS.get(sid)
    check(names is not None and 2 <= len(names) <= 4, "leaf %s needs 2-4 products" % sid)
    for i, name in enumerate(names, 1):
        rec = OrderedDict([("id", "p-%s-%d" % (sid, i)), ("name", name), ("segmentIds", [sid])])
        products.append(rec)
        PRODUCT[rec["id"]] = rec
        PRODUCTS_OF.setdefault(sid, []).append(rec["id"])
check(set(PRODUCTS) <= LEAF_SET, "products for non-leaf segments: %s" % (set(PRODUCTS) - LEAF_SET))
technologies = []
for sid in LEAVES:
    for i, name in enumerate(TECHNOLOGIES.get(sid, []), 1):
        technologies.append(OrderedDict([("id", "t-%s-%d" % (sid, i)), ("name", name), ("segmentIds", [sid])]))
check(set(TECHNOLOGIES) <= LEAF_SET, "technologies for non-leaf segments")

# ---------------------------------------------------------------------------------------------
# 4. Parks
# ---------------------------------------------------------------------------------------------
parks = [
    OrderedDict([("id", "ly-hitech"), ("name", "洛阳高新技术产业开发区"), ("level", "NATIONAL"),
                 ("type", "HIGH_TECH"), ("regionCode", "410305"), ("areaMu", 70500), ("targetTaxPerMu", 11.0),
                 ("approvedOn", "1992-11-09"), ("leadingChainIds", ["equip", "material"]),
                 ("leadingIndustries", "高端装备（精密轴承、矿山与农业装备、机器人）、新材料（钼钨深加工、硅材料）")]),
    OrderedDict([("id", "ly-etdz"), ("name", "洛阳经济技术开发区"), ("level", "NATIONAL"),
                 ("type", "ECONOMIC_DEVELOPMENT"), ("regionCode", "410311"), ("areaMu", 52500),
                 ("targetTaxPerMu", 11.0), ("approvedOn", "2013-03-05"), ("leadingChainIds", ["nev", "equip"]),
                 ("leadingIndustries", "新能源汽车及动力电池、智能装备")]),
    OrderedDict([("id", "ly-yibin"), ("name", "洛阳市伊滨产业集聚区"), ("level", "PROVINCIAL"),
                 ("type", "INDUSTRIAL_CLUSTER"), ("regionCode", "410307"), ("areaMu", 38000),
                 ("targetTaxPerMu", 11.0), ("approvedOn", "2012-06-18"), ("leadingChainIds", ["nev"]),
                 ("leadingIndustries", "新能源汽车零部件、锂电材料")]),
    OrderedDict([("id", "ly-mengjin"), ("name", "洛阳市孟津区华阳产业集聚区"), ("level", "PROVINCIAL"),
                 ("type", "INDUSTRIAL_CLUSTER"), ("regionCode", "410308"), ("areaMu", 31500),
                 ("targetTaxPerMu", 11.0), ("approvedOn", "2009-09-22"), ("leadingChainIds", ["material"]),
                 ("leadingIndustries", "铝精深加工、光伏新材料")]),
    OrderedDict([("id", "ly-luanchuan"), ("name", "栾川县产业集聚区"), ("level", "PROVINCIAL"),
                 ("type", "INDUSTRIAL_CLUSTER"), ("regionCode", "410324"), ("areaMu", 160000),
                 ("targetTaxPerMu", 11.0), ("approvedOn", "2009-09-22"), ("leadingChainIds", ["material"]),
                 ("leadingIndustries", "钼钨采选、冶炼与深加工")]),
    OrderedDict([("id", "zz-etdz"), ("name", "郑州经济技术开发区"), ("level", "NATIONAL"),
                 ("type", "ECONOMIC_DEVELOPMENT"), ("regionCode", "410104"), ("areaMu", 190000),
                 ("targetTaxPerMu", 11.0), ("approvedOn", "2000-02-13"), ("leadingChainIds", ["nev", "equip"]),
                 ("leadingIndustries", "新能源汽车、装备制造")]),
    OrderedDict([("id", "zz-hitech"), ("name", "郑州高新技术产业开发区"), ("level", "NATIONAL"),
                 ("type", "HIGH_TECH"), ("regionCode", "410102"), ("areaMu", 150000), ("targetTaxPerMu", 11.0),
                 ("approvedOn", "1991-03-06"), ("leadingChainIds", ["equip", "material"]),
                 ("leadingIndustries", "智能装备、新材料、智能传感器")]),
]
PARK = {p["id"]: p for p in parks}

# ---------------------------------------------------------------------------------------------
# 5. Enterprises
# ---------------------------------------------------------------------------------------------
enterprises = []
ENT = OrderedDict()        # handle -> record
BY_USCC = {}
TAG_ORDER = ["SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION", "HIDDEN_CHAMPION", "GAZELLE", "UNICORN",
             "HIGH_TECH"]
FG, C500, TOP50 = "FORTUNE_GLOBAL_500", "CHINA_500", "INDUSTRY_TOP_50"
SERVICE_LEAVES = {"equip-test", "equip-cnc"}


def rand_date(lo, hi):
    a, b = d(lo).toordinal(), d(hi).toordinal()
    return dt.date.fromordinal(rng.randint(a, b)).isoformat()


def add_ent(handle, name, ownership, region, park, segs, revenue, founded=None, stock=None, tags=None,
            rankings=(), closed=None, land=None, patents=None, curated=True):
    check(handle not in ENT, "duplicate enterprise handle " + handle)
    check(region in REGION, "%s: unknown region %s" % (name, region))
    check(REGION[region]["level"] in ("COUNTY", "COUNTRY"), "%s: region %s not county/country" % (name, region))
    if park is not None:
        check(park in PARK, "%s: unknown park %s" % (name, park))
        check(PARK[park]["regionCode"] == region, "%s: region %s differs from park %s" % (name, region, park))
    foreign_hq = REGION[region]["level"] == "COUNTRY"
    uscc = make_uscc("310115" if foreign_hq else region)
    if founded is None:
        founded = rand_date("1993-01-01", "2024-12-31")
    revenue = int(round(revenue))
    tax = int(round(revenue * rng.uniform(0.03, 0.08)))
    employees = max(8, int(round(revenue / rng.uniform(60, 220))))
    if land is None:
        if foreign_hq or any(s in SERVICE_LEAVES for s in segs) or rng.random() < 0.08:
            land = 0
        else:
            land = max(5, int(round(revenue * rng.uniform(0.0035, 0.0075))))
    if tags is None:
        tags = []
        if rng.random() < 0.16:
            tags.append("HIGH_TECH")
        if rng.random() < 0.06:
            tags.append("SPECIALIZED")
        if rng.random() < 0.015:
            tags.append("GAZELLE")
    tags = [t for t in TAG_ORDER if t in tags]
    if patents is None:
        patents = int(rng.paretovariate(1.4) * 4) + (25 if "HIGH_TECH" in tags else 0) \
            + (40 if "SPECIALIZED" in tags else 0) + int(revenue ** 0.5 / 8)
    prods = []
    for s in segs:
        pool = PRODUCTS_OF[s]
        k = rng.randint(1, len(pool))
        prods.extend(sorted(rng.sample(pool, k), key=pool.index))
    rec = OrderedDict([
        ("uscc", uscc), ("stockCode", stock), ("name", name), ("ownership", ownership),
        ("revenue", revenue), ("tax", tax), ("employees", employees), ("landAreaMu", land),
        ("foundedOn", founded), ("closedOn", closed), ("regionCode", region), ("parkId", park),
        ("tags", tags), ("rankings", [OrderedDict([("list", l), ("year", 2025), ("rank", r)]) for l, r in rankings]),
        ("segmentIds", list(segs)), ("productIds", prods), ("patents", patents)])
    ENT[handle] = rec
    enterprises.append(rec)
    BY_USCC[uscc] = rec
    rec["_handle"] = handle
    rec["_curated"] = curated
    return rec


# --- 洛阳: curated firms (real-sounding names; all figures synthetic) -------------------------
HT, SP, LG, SC, HC, GZ, UN = "HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION", "HIDDEN_CHAMPION", \
    "GAZELLE", "UNICORN"
LUOYANG_CURATED = [
    # handle, name, ownership, county, park, segments, revenue, founded, stock, tags, rankings, closed
    ("LYC", "洛阳LYC轴承有限公司", "LOCAL_SOE", "410305", "ly-hitech", ["equip-precision", "equip-rail"],
     480000, "2003-06-18", None, [HT, SC], [(TOP50, 3)], None),
    ("ZYKJ", "洛阳轴研科技有限公司", "CENTRAL_SOE", "410305", "ly-hitech", ["equip-precision"],
     125000, "2001-12-28", None, [HT, SP, LG], [(TOP50, 17)], None),
    ("CITIC", "中信重工机械股份有限公司", "CENTRAL_SOE", "410305", "ly-hitech", ["equip-mining", "equip-casting"],
     1050000, "2008-01-26", "601608", [HT], [(TOP50, 6)], None),
    ("YTO", "第一拖拉机股份有限公司", "CENTRAL_SOE", "410305", "ly-hitech", ["equip-agri"],
     1150000, "1997-05-08", "601038", [HT, SC], [(TOP50, 2)], None),
    ("XQL", "洛阳新强联回转支承股份有限公司", "PRIVATE", "410307", "ly-yibin", ["equip-wind"],
     295000, "2005-04-14", "300850", [HT, SP, LG], [(TOP50, 12)], None),
    ("ZZZD", "洛阳中重铸锻有限责任公司", "CENTRAL_SOE", "410305", "ly-hitech", ["equip-casting", "equip-forging"],
     160000, "2010-03-01", None, [HT], [], None),
    ("DAHUA", "洛阳大华重型机械有限公司", "PRIVATE", "410311", None, ["equip-mining"],
     68000, "1996-08-12", None, [HT, SP], [], None),
    ("HONGYUAN", "洛阳鸿元轴承科技有限公司", "PRIVATE", "410307", "ly-yibin", ["equip-precision"],
     52000, "2006-05-30", None, [HT, SP], [], None),
    ("HUIGONG", "洛阳汇工轴承科技有限公司", "PRIVATE", "410311", "ly-etdz", ["equip-wind"],
     41000, "2008-09-09", None, [HT, SP], [], None),
    ("BFZG", "洛阳北方重工机械有限公司", "LOCAL_SOE", "410307", "ly-yibin", ["equip-mining"],
     182000, "2004-03-16", None, [HT], [], None),
    ("LYTEGANG", "洛阳特钢集团有限公司", "LOCAL_SOE", "410303", None, ["equip-steel"],
     36000, "1998-04-20", None, [], [], None),
    ("CALB", "中创新航科技（洛阳）有限公司", "LOCAL_SOE", "410311", "ly-etdz", ["nev-battery"],
     860000, "2009-09-18", None, [HT], [(TOP50, 11)], None),
    ("YUEXING", "洛阳月星新能源科技有限公司", "PRIVATE", "410307", "ly-yibin", ["nev-anode"],
     60000, "2012-08-20", None, [HT, SP], [], None),
    ("LINGYU", "洛阳中集凌宇汽车有限公司", "PRIVATE", "410311", "ly-etdz", ["nev-vehicle"],
     210000, "2004-01-13", None, [HT], [], None),
    ("ZHIXING", "洛阳智行新能源专用车有限公司", "PRIVATE", "410311", None, ["nev-vehicle"],
     18000, "2019-10-08", None, [], [], None),
    ("HUAMO", "洛阳华膜新材料科技有限公司", "PRIVATE", "410307", "ly-yibin", ["nev-separator"],
     9000, "2017-05-12", None, [HT], [], "2026-06-30"),
    ("YSLY", "韵升（洛阳）磁性材料有限公司", "PRIVATE", "410311", "ly-etdz", ["nev-magnet"],
     6500, "2026-03-18", None, [], [], None),
    ("ZCXH", "洛阳中创循环科技有限公司", "PRIVATE", "410307", "ly-yibin", ["nev-recycling"],
     3800, "2026-05-09", None, [], [], None),
    ("YUNENG", "洛阳豫能换电科技有限公司", "LOCAL_SOE", "410311", "ly-etdz", ["nev-charging"],
     2600, "2026-08-15", None, [], [], None),
    ("JINGCHENG", "洛阳精诚精密轴承有限公司", "PRIVATE", "410305", "ly-hitech", ["equip-precision"],
     1800, "2026-07-01", None, [], [], None),
    ("CMOC", "洛阳栾川钼业集团股份有限公司", "PRIVATE", "410324", "ly-luanchuan", ["material-mo-ore", "material-w-ore"],
     21300000, "1999-12-22", "603993", [HT], [(C500, 74), (TOP50, 1)], None),
    ("LONGYU", "栾川龙宇钼业有限公司", "PRIVATE", "410324", "ly-luanchuan", ["material-mo-ore"],
     120000, "2003-07-21", None, [], [], None),
    ("GAOKE", "洛阳高科钼钨材料有限公司", "PRIVATE", "410324", "ly-luanchuan", ["material-mow"],
     150000, "2006-11-02", None, [HT, SP], [], None),
    ("SIFENG", "洛阳四丰电子材料有限公司", "PRIVATE", "410305", "ly-hitech", ["material-target"],
     38000, "2007-03-26", None, [HT, SP, LG], [], None),
    ("KEWEI", "洛阳科威钨钼有限公司", "PRIVATE", "410305", "ly-hitech", ["material-mow"],
     68000, "1997-09-15", None, [HT, SP], [], None),
    ("AIKEMAI", "洛阳爱科麦钨钼科技股份有限公司", "PRIVATE", "410305", "ly-hitech", ["material-mow"],
     46000, "2002-04-11", None, [HT], [], None),
    ("ZGGK", "洛阳中硅高科技有限公司", "CENTRAL_SOE", "410305", "ly-hitech", ["material-hpsi", "material-polysi"],
     320000, "2003-12-01", None, [HT, SC], [(TOP50, 8)], None),
    ("MAISIKE", "麦斯克电子材料股份有限公司", "PRIVATE", "410305", "ly-hitech", ["material-wafer"],
     95000, "1995-06-20", None, [HT, SP], [], None),
    ("WANJI", "万基控股集团有限公司", "PRIVATE", "410323", None, ["material-al"],
     1800000, "1996-02-06", None, [HT], [(TOP50, 22)], None),
    ("YIDIAN", "河南伊电控股集团有限公司", "PRIVATE", "410329", None, ["material-al", "material-al-sheet"],
     1300000, "1998-11-18", None, [], [(TOP50, 31)], None),
    ("MAIDASI", "洛阳麦达斯铝业有限公司", "PRIVATE", "410308", "ly-mengjin", ["material-al-profile"],
     85000, "2006-07-07", None, [HT], [], None),
    ("LONGDING", "洛阳龙鼎铝业有限公司", "PRIVATE", "410308", "ly-mengjin", ["material-al-sheet"],
     260000, "2008-05-19", None, [HT], [], None),
    ("SHUANGRUI", "洛阳双瑞精铸钛业有限公司", "CENTRAL_SOE", "410305", "ly-hitech", ["material-aero"],
     48000, "2002-10-30", None, [HT, SP], [], None),
    ("ATSLY", "洛阳阿特斯光伏科技有限公司", "PRIVATE", "410308", "ly-mengjin", ["material-pv"],
     150000, "2011-04-25", None, [HT], [], None),
    ("JINGYAO", "洛阳晶耀光伏科技有限公司", "PRIVATE", "410303", None, ["material-pv"],
     4500, "2015-03-09", None, [], [], "2024-09-15"),
    ("JINNIU", "嵩县金牛钼业有限公司", "PRIVATE", "410325", None, ["material-mo-ore"],
     3000, "2008-06-16", None, [], [], "2023-03-31"),
]
for (h, name, own, county, park, segs, rev, founded, stock, tags, rk, closed) in LUOYANG_CURATED:
    check(in_luoyang(county), h + " not in 洛阳")
    add_ent(h, name, own, county, park, segs, rev, founded, stock, tags, rk, closed)

# --- outside 洛阳: curated domestic firms -----------------------------------------------------
OUTSIDE_CURATED = [
    ("CATL", "宁德时代新能源科技股份有限公司", "PRIVATE", "350902", None, ["nev-battery"],
     36200000, "2011-12-16", "300750", [HT], [(FG, 180), (C500, 32), (TOP50, 1)]),
    ("BYD", "比亚迪股份有限公司", "PRIVATE", "440310", None, ["nev-vehicle", "nev-battery"],
     77700000, "1995-02-10", "002594", [HT], [(FG, 91), (C500, 14), (TOP50, 2)]),
    ("BYDSEMI", "比亚迪半导体股份有限公司", "PRIVATE", "440310", None, ["nev-chip"],
     480000, "2004-10-15", None, [HT, SP, LG], [(TOP50, 4)]),
    ("ZZBYD", "郑州比亚迪汽车有限公司", "PRIVATE", "410122", None, ["nev-vehicle"],
     3200000, "2021-11-25", None, [HT], []),
    ("YUTONG", "宇通客车股份有限公司", "PRIVATE", "410104", "zz-etdz", ["nev-vehicle"],
     3700000, "1997-01-08", "600066", [HT], [(C500, 420), (TOP50, 9)]),
    ("SAIC", "上海汽车集团股份有限公司", "LOCAL_SOE", "310115", None, ["nev-vehicle"],
     62700000, "1997-11-24", "600104", [], [(FG, 100), (C500, 18)]),
    ("UAES", "联合汽车电子有限公司", "FOREIGN", "310115", None, ["nev-econtrol"],
     2900000, "1995-07-01", None, [HT], [(TOP50, 3)]),
    ("INOVANCE", "深圳市汇川技术股份有限公司", "PRIVATE", "440305", None, ["nev-econtrol", "equip-servo"],
     3700000, "2003-04-10", "300124", [HT, SC], [(C500, 470), (TOP50, 2)]),
    ("JINGJIN", "精进电动科技股份有限公司", "PRIVATE", "110115", None, ["nev-motor"],
     110000, "2008-03-17", "688280", [HT, SP, LG], []),
    ("TUOPU", "宁波拓普集团股份有限公司", "PRIVATE", "330206", None, ["nev-thermal", "nev-body"],
     2660000, "2004-04-22", "601689", [HT], [(TOP50, 5)]),
    ("ZHONGCHENG", "苏州中成新能源科技股份有限公司", "PRIVATE", "320506", None, ["nev-thermal"],
     130000, "2010-06-28", None, [HT, SP, LG], []),
    ("HORIZON", "北京地平线机器人技术研发有限公司", "PRIVATE", "110108", None, ["nev-chip"],
     240000, "2015-07-14", None, [HT, UN], []),
    ("GIGA", "兆易创新科技集团股份有限公司", "PRIVATE", "110108", None, ["nev-chip"],
     740000, "2005-04-06", "603986", [HT], []),
    ("GOTION", "国轩高科股份有限公司", "PRIVATE", "340111", None, ["nev-battery"],
     3540000, "2006-05-09", "002074", [HT], [(C500, 360), (TOP50, 7)]),
    ("NIO", "蔚来汽车（安徽）有限公司", "PRIVATE", "340111", None, ["nev-vehicle"],
     6570000, "2020-04-29", None, [HT], []),
    ("JAC", "安徽江淮汽车集团股份有限公司", "PROVINCIAL_SOE", "340111", None, ["nev-vehicle"],
     4500000, "1999-09-30", "600418", [HT], [(C500, 330)]),
    ("SUNGROW", "阳光电源股份有限公司", "PRIVATE", "340104", None, ["nev-charging"],
     7780000, "2007-08-30", "300274", [HT, SC], [(C500, 250)]),
    ("ATL", "宁德新能源科技有限公司", "FOREIGN", "350902", None, ["nev-battery"],
     4000000, "2005-08-18", None, [HT], [(TOP50, 12)]),
    ("BRUNP", "宁德邦普循环科技有限公司", "PRIVATE", "350981", None, ["nev-recycling"],
     520000, "2016-09-12", None, [HT, SP], []),
    ("XTCND", "宁德厦钨新能源材料有限公司", "LOCAL_SOE", "350981", None, ["nev-cathode"],
     650000, "2017-03-03", None, [HT], []),
    ("SEMCORP", "上海恩捷新材料科技有限公司", "PRIVATE", "310115", None, ["nev-separator"],
     1200000, "2010-04-12", None, [HT, SC], [(TOP50, 1)]),
    ("SENIOR", "深圳市星源材质科技股份有限公司", "PRIVATE", "440305", None, ["nev-separator"],
     300000, "2003-09-17", "300568", [HT], []),
    ("CAPCHEM", "深圳新宙邦科技股份有限公司", "PRIVATE", "440310", None, ["nev-electrolyte"],
     780000, "2002-02-19", "300037", [HT, SC], [(TOP50, 3)]),
    ("HUAYI", "苏州华一新能源科技股份有限公司", "PRIVATE", "320583", None, ["nev-electrolyte"],
     68000, "2009-12-01", None, [HT, SP], []),
    ("ZKZY", "中矿资源集团股份有限公司", "PRIVATE", "110108", None, ["nev-lithium"],
     530000, "1999-06-25", "002738", [HT], []),
    ("RONBAY", "宁波容百新能源科技股份有限公司", "PRIVATE", "330281", None, ["nev-cathode"],
     1500000, "2014-09-18", "688005", [HT], [(TOP50, 3)]),
    ("BTR", "贝特瑞新材料集团股份有限公司", "PRIVATE", "440305", None, ["nev-anode"],
     1430000, "2000-08-07", "835185", [HT, SC], [(TOP50, 1)]),
    ("SHANSHAN", "宁波杉杉新材料科技有限公司", "PRIVATE", "330206", None, ["nev-anode"],
     900000, "2003-11-11", None, [HT], []),
    ("YUNSHENG", "宁波韵升股份有限公司", "PRIVATE", "330206", None, ["nev-magnet"],
     480000, "1994-06-08", "600366", [HT], []),
    ("SANHUAN", "北京中科三环高技术股份有限公司", "PRIVATE", "110108", None, ["nev-magnet"],
     680000, "1999-07-23", "000970", [HT], [(TOP50, 2)]),
    ("GEM", "格林美股份有限公司", "PRIVATE", "440305", None, ["nev-recycling"],
     3300000, "2001-12-28", "002340", [HT], [(C500, 480)]),
    ("SINEXCEL", "深圳市盛弘电气股份有限公司", "PRIVATE", "440305", None, ["nev-charging"],
     280000, "2007-05-15", "300693", [HT, SP], []),
    ("BAOWU", "宝武特种冶金有限公司", "CENTRAL_SOE", "310113", None, ["equip-steel"],
     1650000, "2000-04-28", None, [HT], [(TOP50, 2)]),
    ("CRRC", "中国中车股份有限公司", "CENTRAL_SOE", "110108", None, ["equip-rail"],
     24600000, "2007-12-28", "601766", [HT], [(FG, 372), (C500, 62)]),
    ("GJJG", "国机精工集团股份有限公司", "CENTRAL_SOE", "410102", "zz-hitech", ["equip-precision"],
     280000, "2001-12-06", "002046", [HT], [(TOP50, 14)]),
    ("ZMJ", "郑州煤矿机械集团股份有限公司", "PRIVATE", "410104", "zz-etdz", ["equip-mining", "equip-hydraulic"],
     3300000, "2002-11-06", "601717", [HT], [(C500, 440), (TOP50, 4)]),
    ("KND", "北京凯恩帝数控技术有限责任公司", "PRIVATE", "110108", None, ["equip-cnc"],
     65000, "1993-05-26", None, [HT, SP, LG], []),
    ("LEADDRIVE", "苏州绿的谐波传动科技股份有限公司", "PRIVATE", "320506", None, ["equip-reducer"],
     45000, "2011-01-13", "688017", [HT, SP, LG, SC], []),
    ("SHFANUC", "上海发那科机器人有限公司", "FOREIGN", "310113", None, ["equip-robot"],
     780000, "1997-11-01", None, [HT], [(TOP50, 3)]),
    ("NIUWEI", "苏州纽威数控装备股份有限公司", "PRIVATE", "320506", None, ["equip-machine"],
     240000, "2009-08-25", "688697", [HT, SP, LG], []),
    ("HENGLI", "宁波恒力液压股份有限公司", "PRIVATE", "330206", None, ["equip-hydraulic"],
     52000, "2004-02-02", None, [SP], []),
    ("RIYUE", "日月重工股份有限公司", "PRIVATE", "330206", None, ["equip-casting"],
     480000, "2007-03-06", "603218", [HT, SC], []),
    ("CCIC", "中国检验认证（集团）有限公司", "CENTRAL_SOE", "110108", None, ["equip-test"],
     1100000, "1999-01-18", None, [], []),
    ("JDC", "金堆城钼业股份有限公司", "PROVINCIAL_SOE", "610103", None, ["material-mo-ore", "material-mow"],
     1200000, "2007-05-30", "601958", [HT], [(TOP50, 2)]),
    ("CHALCO", "中国铝业股份有限公司", "CENTRAL_SOE", "110108", None, ["material-al"],
     23700000, "2001-09-10", "601600", [], [(C500, 60), (TOP50, 1)]),
    ("MINGTAI", "河南明泰铝业股份有限公司", "PRIVATE", "410181", None, ["material-al-sheet", "material-al-foil"],
     3100000, "1997-08-08", "601677", [HT], [(TOP50, 6)]),
    ("SINYANG", "上海新阳半导体材料股份有限公司", "PRIVATE", "310115", None, ["material-chem"],
     130000, "1999-07-16", "300236", [HT, SP, LG], []),
    ("JIANGFENG", "宁波江丰电子材料股份有限公司", "PRIVATE", "330281", None, ["material-target"],
     360000, "2005-04-08", "300666", [HT, SP, LG, SC], [(TOP50, 1)]),
    ("GCL", "协鑫科技（苏州）有限公司", "PRIVATE", "320506", None, ["material-polysi", "material-hpsi"],
     3300000, "2006-03-22", None, [HT], [(C500, 300)]),
    ("NSIG", "上海新昇半导体科技有限公司", "LOCAL_SOE", "310115", None, ["material-wafer"],
     150000, "2014-06-04", None, [HT, SP, LG], []),
    ("LONGI", "隆基绿能科技股份有限公司", "PRIVATE", "610116", None, ["material-wafer", "material-pv"],
     8250000, "2000-02-14", "601012", [HT], [(C500, 160), (TOP50, 1)]),
    ("CSI", "阿特斯阳光电力集团股份有限公司", "PRIVATE", "320506", None, ["material-pv"],
     4600000, "2009-11-20", "688472", [HT], [(C500, 380)]),
    ("SMICSH", "中芯国际集成电路制造（上海）有限公司", "FOREIGN", "310115", None, ["material-semi"],
     5800000, "2000-12-21", None, [HT], [(TOP50, 1)]),
    ("WSUPER", "西部超导材料科技股份有限公司", "PROVINCIAL_SOE", "610116", None, ["material-aero"],
     460000, "2003-02-28", "688122", [HT, SC], []),
    ("XUSHENG", "宁波旭升集团股份有限公司", "PRIVATE", "330206", None, ["material-light"],
     480000, "2003-08-12", "603305", [HT], []),
    ("HUAFENG", "上海华峰铝业股份有限公司", "PRIVATE", "310115", None, ["material-al-sheet"],
     1000000, "2008-10-27", "601702", [HT], []),
    ("HERT", "合肥臻热新能源热管理科技有限公司", "PRIVATE", "340111", None, ["nev-thermal"],
     2200, "2026-02-10", None, [], []),
    ("HUAGUI", "西安华硅半导体材料有限公司", "PRIVATE", "610116", None, ["material-chem"],
     1500, "2026-04-20", None, [], []),
]
for (h, name, own, county, park, segs, rev, founded, stock, tags, rk) in OUTSIDE_CURATED:
    check(not in_luoyang(county) and country_of(county) == "CN", h + " must be in China outside 洛阳")
    add_ent(h, name, own, county, park, segs, rev, founded, stock, tags, rk)

# --- foreign firms (regionCode = country; USCC county part = 浦东新区, where their China entity sits) --
FOREIGN_CURATED = [
    ("BOSCH", "罗伯特·博世有限公司（Robert Bosch GmbH）", "DE", ["nev-econtrol"], 68000000, [(FG, 105), (TOP50, 1)]),
    ("INFINEON", "英飞凌科技股份公司（Infineon Technologies AG）", "DE", ["nev-chip"], 11500000, [(TOP50, 1)]),
    ("SIEMENS", "西门子股份公司（Siemens AG）", "DE", ["equip-cnc"], 58000000, [(FG, 128), (TOP50, 1)]),
    ("SCHAEFFLER", "舍弗勒股份公司（Schaeffler AG）", "DE", ["equip-precision", "equip-wind"], 13000000, [(TOP50, 2)]),
    ("KUKA", "库卡股份公司（KUKA AG）", "DE", ["equip-robot"], 3000000, [(TOP50, 4)]),
    ("WACKER", "瓦克化学股份公司（Wacker Chemie AG）", "DE", ["material-hpsi", "material-polysi"], 4600000, [(TOP50, 2)]),
    ("MERCK", "默克集团（Merck KGaA）", "DE", ["material-chem"], 16500000, [(TOP50, 3)]),
    ("TUV", "德国南德意志集团（TÜV SÜD AG）", "DE", ["equip-test"], 2300000, []),
    ("DENSO", "株式会社电装（DENSO Corporation）", "JP", ["nev-thermal", "nev-econtrol"], 33000000, [(FG, 250), (TOP50, 2)]),
    ("RENESAS", "瑞萨电子株式会社（Renesas Electronics）", "JP", ["nev-chip"], 6800000, [(TOP50, 3)]),
    ("SANYO", "山阳特殊制钢株式会社（Sanyo Special Steel）", "JP", ["equip-steel"], 1800000, [(TOP50, 3)]),
    ("FANUC", "发那科株式会社（FANUC Corporation）", "JP", ["equip-cnc", "equip-robot"], 3800000, [(TOP50, 2)]),
    ("NABTESCO", "纳博特斯克株式会社（Nabtesco Corporation）", "JP", ["equip-reducer"], 1600000, [(TOP50, 1)]),
    ("YASKAWA", "株式会社安川电机（Yaskawa Electric）", "JP", ["equip-servo", "equip-robot"], 2700000, [(TOP50, 1)]),
    ("NSK", "日本精工株式会社（NSK Ltd.）", "JP", ["equip-precision"], 3800000, [(TOP50, 4)]),
    ("SHINETSU", "信越化学工业株式会社（Shin-Etsu Chemical）", "JP", ["material-chem", "material-wafer"], 12000000, [(TOP50, 1)]),
    ("SUMCO", "胜高株式会社（SUMCO Corporation）", "JP", ["material-wafer"], 2000000, [(TOP50, 2)]),
    ("JXMETALS", "JX金属株式会社（JX Metals）", "JP", ["material-target"], 3500000, [(TOP50, 2)]),
    ("TI", "德州仪器公司（Texas Instruments）", "US", ["nev-chip"], 11500000, [(TOP50, 2)]),
    ("TESLA", "特斯拉公司（Tesla, Inc.）", "US", ["nev-vehicle"], 70000000, [(FG, 140)]),
    ("ALB", "雅宝公司（Albemarle Corporation）", "US", ["nev-lithium"], 3900000, [(TOP50, 1)]),
    ("ALCOA", "美国铝业公司（Alcoa Corporation）", "US", ["material-al"], 8000000, [(TOP50, 3)]),
    ("ONSEMI", "安森美公司（onsemi）", "US", ["material-semi"], 5200000, [(TOP50, 4)]),
    ("SDI", "三星SDI株式会社（Samsung SDI）", "KR", ["nev-battery"], 9500000, [(TOP50, 6)]),
    ("LGES", "LG新能源株式会社（LG Energy Solution）", "KR", ["nev-battery"], 13000000, [(TOP50, 3)]),
    ("HYUNDAI", "现代汽车株式会社（Hyundai Motor Company）", "KR", ["nev-vehicle"], 84000000, [(FG, 87)]),
    ("SKSILTRON", "SK矽德荣株式会社（SK siltron）", "KR", ["material-wafer"], 1000000, [(TOP50, 5)]),
    ("SAMSUNG", "三星电子株式会社（Samsung Electronics）", "KR", ["material-semi"], 150000000, [(FG, 31), (TOP50, 1)]),
    ("POSCO", "浦项制铁控股株式会社（POSCO Holdings）", "KR", ["equip-steel"], 35000000, [(FG, 200), (TOP50, 5)]),
]
for (h, name, country, segs, rev, rk) in FOREIGN_CURATED:
    # foundedOn: date the firm's China business was registered (demo convention, within 1990-2010)
    add_ent(h, name, "FOREIGN", country, None, segs, rev, rand_date("1990-01-01", "2010-12-31"), None, [], rk)

add_ent("SZFORGE", "苏州吴中精锻科技有限公司", "PRIVATE", "320506", None, ["equip-forging"], 12000,
        "2012-05-05", None, [], [], closed="2025-08-31")

# --- filler firms: names from curated vocabularies (字号 × business words), assigned in order --
ZIHAO = ("恒瑞 华锐 中天 金源 瑞丰 宏达 鑫泰 永安 新航 德隆 隆盛 华美 天工 精诚 博远 凯达 汇通 中原 河洛 伊洛 "
         "洛神 牡丹 龙门 白马 伏牛 嵩岳 邙山 宇航 启明 顺达 鸿运 永兴 万通 宏图 利民 泰和 东方 三联 金鹰 豫龙 "
         "华晟 凯胜 立信 九州 远航 晨光 正阳 昊天 鼎盛 福瑞 安泰 明德 嘉禾 兴业 同力 天成 弘毅 信达 卓越 奥林 "
         "科达 海纳 华信 大成 国泰 德力 银河 金达 新天 国瑞 金石 山河 华兴 聚能 瑞特 拓维 恒通 远大 世纪 通宇 "
         "中盛 锦华 瀚海 众诚 伟业 润泽 天润 鑫磊 金昌 华源 荣盛 泰丰 中洲 巨力 长兴 天宇 华宇 永盛 恒达 金诺 "
         "博睿 正泰 宏昌 鼎立 创达 中锐 凯迪 新锐 恒信 盛元 万顺 洛鑫 伊河 洛浦 天瑞 久运 润丰 豫洛 龙腾").split()
check(len(ZIHAO) == len(set(ZIHAO)), "duplicate 字号")
BIZ = {
    "nev-lithium": ["锂业", "锂业科技"], "nev-cathode": ["新能源材料", "锂电材料"],
    "nev-anode": ["碳素新材料", "炭材料"], "nev-electrolyte": ["电解液科技", "氟化工"],
    "nev-separator": ["隔膜科技"], "nev-magnet": ["磁材科技", "磁性材料"], "nev-chip": ["半导体", "微电子", "芯片科技"],
    "nev-battery": ["锂电科技", "储能科技", "电池科技"], "nev-motor": ["电机科技", "电驱动技术"],
    "nev-econtrol": ["电控技术", "汽车电子"], "nev-thermal": ["热管理科技", "汽车空调"],
    "nev-body": ["汽车零部件", "汽车部件", "车桥", "精密压铸"], "nev-vehicle": ["专用汽车", "新能源汽车"],
    "nev-charging": ["充电科技", "能源科技"], "nev-recycling": ["资源再生科技", "循环科技"],
    "equip-steel": ["特钢", "特殊钢"], "equip-forging": ["锻造", "锻压"], "equip-casting": ["铸造", "铸业"],
    "equip-heat": ["热处理", "表面处理"], "equip-cnc": ["数控技术", "数控系统"],
    "equip-precision": ["轴承", "精密轴承", "轴承科技"], "equip-wind": ["回转支承", "风电轴承"],
    "equip-rail": ["铁路轴承", "轨道交通装备"], "equip-reducer": ["传动科技", "减速机"],
    "equip-hydraulic": ["液压", "液压机械"], "equip-servo": ["伺服科技", "伺服电机"],
    "equip-mining": ["重型机械", "矿山机械", "矿山装备"], "equip-agri": ["农业装备", "农机", "农机装备"],
    "equip-robot": ["机器人", "智能装备"], "equip-machine": ["机床", "数控机床"],
    "equip-test": ["检测技术", "检验检测"],
    "material-mo-ore": ["钼业", "矿业"], "material-w-ore": ["钨业", "矿业"], "material-al": ["铝业", "电解铝"],
    "material-si": ["硅业", "硅材料"], "material-chem": ["电子材料", "电子化学品"],
    "material-mow": ["钨钼材料", "钼业科技", "钨钼科技"], "material-al-sheet": ["铝板带", "铝箔"],
    "material-al-profile": ["铝型材", "铝材"], "material-al-foil": ["电池箔", "新能源铝箔"],
    "material-hpsi": ["高纯硅材料"], "material-polysi": ["光伏材料", "硅业科技"], "material-target": ["靶材科技"],
    "material-wafer": ["半导体材料", "硅片科技"], "material-pv": ["光伏科技", "光伏能源"],
    "material-semi": ["微电子", "功率半导体"], "material-aero": ["航空材料", "精密制造"],
    "material-light": ["轻量化科技", "汽车部件"],
}
check(set(BIZ) == LEAF_SET, "BIZ words must cover exactly the leaves")

LOCAL_TARGET = {
    "nev-lithium": 0, "nev-cathode": 2, "nev-anode": 4, "nev-electrolyte": 0, "nev-separator": 1, "nev-magnet": 1,
    "nev-chip": 0, "nev-battery": 6, "nev-motor": 2, "nev-econtrol": 0, "nev-thermal": 0, "nev-body": 10,
    "nev-vehicle": 2, "nev-charging": 5, "nev-recycling": 2,
    "equip-steel": 2, "equip-forging": 13, "equip-casting": 7, "equip-heat": 3, "equip-cnc": 0,
    "equip-precision": 40, "equip-wind": 9, "equip-rail": 5, "equip-reducer": 0, "equip-hydraulic": 4,
    "equip-servo": 0, "equip-mining": 25, "equip-agri": 14, "equip-robot": 2, "equip-machine": 6, "equip-test": 2,
    "material-mo-ore": 10, "material-w-ore": 3, "material-al": 4, "material-si": 2, "material-chem": 0,
    "material-mow": 17, "material-al-sheet": 7, "material-al-profile": 6, "material-al-foil": 0, "material-hpsi": 1,
    "material-polysi": 2, "material-target": 2, "material-wafer": 1, "material-pv": 4, "material-semi": 0,
    "material-aero": 3, "material-light": 5,
}
check(set(LOCAL_TARGET) == LEAF_SET, "LOCAL_TARGET must cover the leaves")
OUT_TARGET = {s: 4 for s in LEAVES}
OUT_TARGET.update({"nev-chip": 6, "nev-econtrol": 5, "nev-thermal": 6, "nev-electrolyte": 5, "nev-vehicle": 8,
                   "nev-battery": 6, "equip-reducer": 5, "material-chem": 5, "equip-precision": 6,
                   "equip-mining": 6, "nev-body": 5, "equip-agri": 5, "material-mow": 5})
STRONG_LEAVES = {"equip-precision", "equip-wind", "equip-mining", "equip-agri", "material-mow", "material-mo-ore",
                 "material-al-sheet", "equip-forging", "equip-casting", "nev-body", "nev-battery"}

LY_LOC = {
    "bearing": [("ly-hitech", "410305", 40), ("ly-yibin", "410307", 20), ("ly-etdz", "410311", 12),
                (None, "410305", 10), (None, "410303", 8), (None, "410302", 5), (None, "410304", 5)],
    "machine": [("ly-hitech", "410305", 35), ("ly-etdz", "410311", 20), ("ly-yibin", "410307", 15),
                (None, "410305", 8), (None, "410303", 7), (None, "410327", 8), (None, "410311", 7)],
    "nev": [("ly-etdz", "410311", 40), ("ly-yibin", "410307", 28), ("ly-hitech", "410305", 7),
            (None, "410311", 10), (None, "410304", 8), (None, "410302", 7)],
    "ore": [("ly-luanchuan", "410324", 55), (None, "410325", 25), (None, "410324", 10), (None, "410326", 10)],
    "al": [("ly-mengjin", "410308", 55), (None, "410323", 15), (None, "410329", 15), (None, "410327", 8),
           (None, "410328", 7)],
    "mow": [("ly-hitech", "410305", 40), ("ly-luanchuan", "410324", 35), (None, "410305", 10),
            (None, "410311", 15)],
    "si": [("ly-hitech", "410305", 50), ("ly-mengjin", "410308", 20), ("ly-etdz", "410311", 10),
           (None, "410303", 10), (None, "410311", 10)],
}


def ly_group(seg):
    if seg.startswith("nev-"):
        return "nev"
    if seg in ("equip-precision", "equip-wind", "equip-rail", "equip-forging", "equip-heat", "equip-steel",
               "equip-test"):
        return "bearing"
    if seg.startswith("equip-"):
        return "machine"
    if seg in ("material-mo-ore", "material-w-ore"):
        return "ore"
    if seg in ("material-al", "material-al-sheet", "material-al-profile", "material-al-foil", "material-light"):
        return "al"
    if seg in ("material-mow", "material-target"):
        return "mow"
    return "si"


LY_PLACE = {"410324": "栾川县", "410325": "嵩县", "410326": "汝阳县", "410323": "新安县", "410329": "伊川县",
            "410327": "宜阳县", "410328": "洛宁县"}
OUT_CITIES = [  # city short name, counties, weight; 郑州 (peer city) weighted up
    ("郑州", ["410102", "410104", "410122", "410181"], 30), ("上海", ["310113", "310115"], 10),
    ("北京", ["110108", "110115"], 8), ("深圳", ["440305", "440310"], 10), ("苏州", ["320506", "320583"], 12),
    ("宁波", ["330206", "330281"], 10), ("合肥", ["340104", "340111"], 8), ("西安", ["610103", "610116"], 6),
    ("宁德", ["350902", "350981"], 6),
]
ZZ_PARK_OF = {"410104": "zz-etdz", "410102": "zz-hitech"}
_names = {e["name"] for e in enterprises}
ZIHAO_STRIDE = 37
check(__import__("math").gcd(ZIHAO_STRIDE, len(ZIHAO)) == 1, "字号 stride must be coprime with the list length")
_zi = [0]


LUOYANG_FLAVOUR = set("河洛 伊洛 洛神 牡丹 龙门 白马 伏牛 嵩岳 邙山 洛鑫 伊河 洛浦 豫洛".split())
HENAN_FLAVOUR = {"中原", "豫龙"}


def filler_name(place, seg, serial, region):
    words = BIZ[seg]
    henan, luoyang = region.startswith("41"), in_luoyang(region)
    for _ in range(len(ZIHAO) * len(words)):
        z = ZIHAO[_zi[0] % len(ZIHAO)]
        _zi[0] += ZIHAO_STRIDE   # stride through the 字号 list (coprime with its length)
        if (z in LUOYANG_FLAVOUR and not luoyang) or (z in HENAN_FLAVOUR and not henan):
            continue
        w = words[serial % len(words)]
        suffix = "股份有限公司" if serial % 9 == 4 else "有限公司"
        name = place + z + w + suffix
        if name not in _names:
            _names.add(name)
            return name
    fail("no free filler name for %s %s" % (place, seg))


def weighted(options):
    total = sum(o[-1] for o in options)
    x = rng.uniform(0, total)
    for o in options:
        x -= o[-1]
        if x <= 0:
            return o
    return options[-1]


def local_count(seg):
    return sum(1 for e in enterprises if seg in e["segmentIds"] and in_luoyang(e["regionCode"]))


def outside_cn_count(seg):
    return sum(1 for e in enterprises if seg in e["segmentIds"] and country_of(e["regionCode"]) == "CN"
               and not in_luoyang(e["regionCode"]))


_serial = 0
for seg in LEAVES:
    missing = LOCAL_TARGET[seg] - local_count(seg)
    check(missing >= 0, "curated 洛阳 firms exceed target in " + seg)
    for i in range(missing):
        _serial += 1
        park, county, _w = weighted(LY_LOC[ly_group(seg)])
        place = LY_PLACE.get(county, "洛阳")
        strong = seg in STRONG_LEAVES
        rev = min(120000, (3000 if strong else 1200) * rng.paretovariate(1.3 if strong else 1.5))
        founded = rand_date("1995-01-01", "2025-06-30")
        add_ent("LYF%03d" % _serial, filler_name(place, seg, _serial, county), "LOCAL_SOE" if rng.random() < 0.06 else "PRIVATE",
                county, park, [seg], rev, founded, curated=False)
for seg in LEAVES:
    missing = OUT_TARGET[seg] - outside_cn_count(seg)
    for i in range(max(0, missing)):
        _serial += 1
        city, counties, _w = weighted(OUT_CITIES)
        county = rng.choice(counties)
        park = ZZ_PARK_OF.get(county) if rng.random() < 0.8 else None
        rev = min(900000, 6000 * rng.paretovariate(1.2))
        own = weighted([("PRIVATE", 78), ("LOCAL_SOE", 8), ("PROVINCIAL_SOE", 5), ("CENTRAL_SOE", 3), ("FOREIGN", 6)])[0]
        add_ent("OUTF%03d" % _serial, filler_name(city, seg, _serial, county), own, county, park, [seg], rev,
                rand_date("1993-01-01", "2025-06-30"), curated=False)

# rare tags on filler firms: a few 小巨人 / 隐形冠军 / 瞪羚 among the larger ones (deterministic picks)
_fill = sorted([e for e in enterprises if not e["_curated"]], key=lambda e: (-e["revenue"], e["uscc"]))
for i, e in enumerate(_fill):
    if i % 45 == 3 and "LITTLE_GIANT" not in e["tags"]:
        e["tags"] = [t for t in TAG_ORDER if t in set(e["tags"]) | {"SPECIALIZED", "LITTLE_GIANT", "HIGH_TECH"}]
    if i % 61 == 7:
        e["tags"] = [t for t in TAG_ORDER if t in set(e["tags"]) | {"HIDDEN_CHAMPION"}]


# --- operating status ---------------------------------------------------------------------
def operating(e, on):
    on = on if isinstance(on, str) else on.isoformat()
    return e["foundedOn"] <= on and (e["closedOn"] is None or e["closedOn"] > on)


def ent_chains(e):
    return sorted({chain_of(s) for s in e["segmentIds"]})


# --- park land tuning: scale land of operating firms so 亩均税收 lands on a designed value ------
PARK_TAX_PER_MU = {"ly-hitech": 24.5, "ly-etdz": 14.2, "ly-yibin": 12.1, "ly-mengjin": 7.3,
                   "ly-luanchuan": 13.4, "zz-etdz": 16.8, "zz-hitech": 19.5}


def park_firms(pid, on=AS_OF):
    return [e for e in enterprises if e["parkId"] == pid and operating(e, on)]


for pid, target in PARK_TAX_PER_MU.items():
    firms = [e for e in park_firms(pid) if e["landAreaMu"] > 0]
    tax = sum(e["tax"] for e in park_firms(pid))
    land = sum(e["landAreaMu"] for e in firms)
    factor = tax / target / land
    for e in firms:
        e["landAreaMu"] = max(3, int(round(e["landAreaMu"] * factor)))

# ---------------------------------------------------------------------------------------------
# 6. Supplies
# ---------------------------------------------------------------------------------------------
YEARS = (2025, 2026)


def active_in(e, year):
    """A firm trades in a year when founded by its end and not closed before its end."""
    end = "%d-12-31" % year
    return e["foundedOn"] <= end and (e["closedOn"] is None or e["closedOn"] >= end)


def seg_firms(seg, local):
    return [e for e in enterprises if seg in e["segmentIds"] and in_luoyang(e["regionCode"]) == local
            and (active_in(e, 2025) or active_in(e, 2026))]


PAIRS = OrderedDict()   # (supplier uscc, customer uscc, productId) -> years spec


def add_pair(sup, cus, seg=None, product=None, years=None):
    """sup/cus: enterprise records; product from the supplier's products in seg (first one if not given)."""
    check(sup is not cus, "self supply " + sup["name"])
    if product is None:
        pool = [p for p in sup["productIds"] if seg in PRODUCT[p]["segmentIds"]]
        check(pool, "%s has no product in %s" % (sup["name"], seg))
        product = rng.choice(pool)
    check(product in sup["productIds"], "%s does not make %s" % (sup["name"], product))
    key = (sup["uscc"], cus["uscc"], product)
    if key not in PAIRS:
        PAIRS[key] = years
    return key


E_ = ENT  # shorthand
# (a) 卡脖子 by design: every 洛阳 buyer of 车规级芯片 gets it from 比亚迪半导体 (深圳) only;
#     every 洛阳 buyer of 电子级化学品 from 信越化学 (JP) only.
SINGLE_SOURCED = {"nev-chip": "BYDSEMI", "material-chem": "SHINETSU"}
for seg, handle in SINGLE_SOURCED.items():
    sup = E_[handle]
    for to in [f["to"] for f in segment_flows if f["from"] == seg]:
        for cus in seg_firms(to, True):
            add_pair(sup, cus, seg)

# (b) chain leader LYC: tier 1 partly outside (GCr15 steel only from 宝武特冶 and 山阳特钢), partly local
ly_forging = [e for e in seg_firms("equip-forging", True) if e["_handle"] != "ZZZD"][:3]
ly_heat = seg_firms("equip-heat", True)[:2]
gcr15 = "p-equip-steel-1"
for h in ("BAOWU", "SANYO"):
    if gcr15 not in E_[h]["productIds"]:
        E_[h]["productIds"].insert(0, gcr15)
    add_pair(E_[h], E_["LYC"], product=gcr15)
if "p-equip-steel-2" not in E_["LYTEGANG"]["productIds"]:
    E_["LYTEGANG"]["productIds"] = ["p-equip-steel-2"] + [p for p in E_["LYTEGANG"]["productIds"] if p != gcr15]
E_["LYTEGANG"]["productIds"] = [p for p in E_["LYTEGANG"]["productIds"] if p != gcr15]
add_pair(E_["LYTEGANG"], E_["LYC"], product="p-equip-steel-2")
add_pair(E_["ZZZD"], E_["LYC"], "equip-forging")
for f in ly_forging[:2]:
    add_pair(f, E_["LYC"], "equip-forging")
for f in ly_heat[:1]:
    add_pair(f, E_["LYC"], "equip-heat")
# tier 2: the forging suppliers' steel, again partly local, partly outside
add_pair(E_["BAOWU"], E_["ZZZD"], product=gcr15)
add_pair(E_["LYTEGANG"], E_["ZZZD"], product="p-equip-steel-2")
add_pair(E_["POSCO"], ly_forging[0], "equip-steel")
add_pair(E_["LYTEGANG"], ly_forging[1], product="p-equip-steel-2")
add_pair(E_["BAOWU"], ly_forging[1], product=gcr15)
# LYC sells locally and outside
for h in ("CITIC", "YTO", "NIUWEI", "SHFANUC", "KUKA"):
    add_pair(E_["LYC"], E_[h], "equip-precision")

# (c) strong outside firms in 洛阳's blank links already supply 洛阳 firms
for sup, cus, seg in [
        ("INOVANCE", "LINGYU", "nev-econtrol"), ("BOSCH", "LINGYU", "nev-econtrol"),
        ("UAES", "ZHIXING", "nev-econtrol"), ("INOVANCE", "ZHIXING", "nev-econtrol"),
        ("TUOPU", "LINGYU", "nev-thermal"), ("TUOPU", "ZHIXING", "nev-thermal"),
        ("CAPCHEM", "CALB", "nev-electrolyte"), ("HUAYI", "CALB", "nev-electrolyte"),
        ("SEMCORP", "CALB", "nev-separator"), ("SENIOR", "CALB", "nev-separator"),
        ("HUAMO", "CALB", "nev-separator"), ("BTR", "CALB", "nev-anode"), ("YUEXING", "CALB", "nev-anode"),
        ("RONBAY", "CALB", "nev-cathode"), ("XTCND", "CALB", "nev-cathode"),
        ("CALB", "LINGYU", "nev-battery"), ("CALB", "ZHIXING", "nev-battery"), ("CALB", "YUTONG", "nev-battery"),
        ("CALB", "ZZBYD", "nev-battery"), ("CATL", "LINGYU", "nev-battery"),
        ("CITIC", "ZMJ", "equip-casting"),
        ("XQL", "SCHAEFFLER", "equip-wind"), ("ZGGK", "MAISIKE", "material-hpsi"),
        ("ZGGK", "LONGI", "material-polysi"), ("MAISIKE", "ATSLY", "material-wafer"),
        ("SIFENG", "ATSLY", "material-target"), ("SIFENG", "SMICSH", "material-target"),
        ("CMOC", "GAOKE", "material-mo-ore"), ("CMOC", "KEWEI", "material-mo-ore"), ("CMOC", "JDC", "material-mo-ore"),
        ("GAOKE", "SIFENG", "material-mow"), ("KEWEI", "SHUANGRUI", "material-mow"),
        ("GAOKE", "JIANGFENG", "material-mow"), ("WANJI", "LONGDING", "material-al"),
        ("WANJI", "MAIDASI", "material-al"), ("YIDIAN", "MINGTAI", "material-al"),
        ("MAIDASI", "ATSLY", "material-al-profile"), ("LONGDING", "XUSHENG", "material-al-sheet"),
        # a few realistic cross-chain ties: battery foil and aluminium into 动力电池, bearings into motors
        ("MINGTAI", "CALB", "material-al-foil"), ("LONGDING", "CALB", "material-al-sheet"),
        ("LYC", "JINGJIN", "equip-precision"), ("ZYKJ", "INOVANCE", "equip-precision"),
]:
    add_pair(E_[sup], E_[cus], seg)

# (d) generic flow-based ties: per (customer, inbound flow) 1-3 suppliers, local preferred for 洛阳 buyers
for f in segment_flows:
    a, b = f["from"], f["to"]
    if a in SINGLE_SOURCED:
        restricted_local = True
    else:
        restricted_local = False
    local_sup, out_sup = seg_firms(a, True), seg_firms(a, False)
    for cus in seg_firms(b, True) + seg_firms(b, False):
        local_c = in_luoyang(cus["regionCode"])
        if local_c and restricted_local:
            continue
        if rng.random() > (0.45 if local_c else 0.22):
            continue
        n = weighted([(1, 60), (2, 30), (3, 10)])[0]
        for _ in range(n):
            p_local = (0.6 if local_c else 0.2) if local_sup else 0.0
            pool = local_sup if (rng.random() < p_local) else out_sup
            pool = [s for s in pool if s is not cus]
            if not pool:
                continue
            add_pair(rng.choice(pool), cus, a)

# years and values (the designed single-source ties always carry a value)
ALWAYS_VALUED = {ENT[h]["uscc"] for h in SINGLE_SOURCED.values()}
supplies = []
for (su, cu, pid), years in PAIRS.items():
    sup, cus = BY_USCC[su], BY_USCC[cu]
    if years is None:
        years = weighted([(YEARS, 76), ((2025,), 11), ((2026,), 13)])[0]
    years = [y for y in years if active_in(sup, y) and active_in(cus, y)]
    if not years:
        continue
    base = max(5.0, min(sup["revenue"], cus["revenue"]) * rng.uniform(0.004, 0.04))
    for y in years:
        value = round(base * (1 if y == 2025 else rng.uniform(0.85, 1.3)), 1)
        if rng.random() < 0.05 and su not in ALWAYS_VALUED:
            value = None
        supplies.append(OrderedDict([("supplier", su), ("customer", cu), ("productId", pid),
                                     ("product", PRODUCT[pid]["name"]), ("value", value), ("year", y)]))

# ---------------------------------------------------------------------------------------------
# 7. Chain leaders
# ---------------------------------------------------------------------------------------------
CHAIN_LEADERS = [
    ("CALB", "nev", "410300", 2022), ("LYC", "equip", "410300", 2021), ("CITIC", "equip", "410300", 2021),
    ("CMOC", "material", "410300", 2021), ("ZGGK", "material", "410300", 2023),
    ("YUTONG", "nev", "410100", 2019), ("ZZBYD", "nev", "410100", 2023), ("ZMJ", "equip", "410100", 2020),
    ("GOTION", "nev", "340100", 2019), ("NIO", "nev", "340100", 2021), ("CATL", "nev", "350900", 2018),
]
chain_leaders = [OrderedDict([("enterprise", ENT[h]["uscc"]), ("chainId", c), ("regionCode", r), ("since", y)])
                 for h, c, r, y in CHAIN_LEADERS]

# ---------------------------------------------------------------------------------------------
# 8. R&D institutions
# ---------------------------------------------------------------------------------------------
rd_institutions = [OrderedDict([("id", i), ("name", n), ("type", t), ("regionCode", r), ("segmentIds", s)]) for i, n, t, r, s in [
    ("rd-haust", "河南科技大学", "UNIVERSITY", "410311",
     ["equip-precision", "equip-agri", "material-mow", "nev-econtrol"]),
    ("rd-lit", "洛阳理工学院", "UNIVERSITY", "410311", ["material-al-profile", "equip-machine", "nev-thermal"]),
    ("rd-725", "中国船舶集团有限公司第七二五研究所（洛阳船舶材料研究所）", "INSTITUTE", "410305",
     ["material-aero", "material-al-sheet", "material-mow"]),
    ("rd-zys", "洛阳轴承研究所有限公司", "INSTITUTE", "410305",
     ["equip-precision", "equip-wind", "equip-test", "equip-reducer"]),
    ("rd-chalco-ly", "中铝洛阳铜加工研究院", "INSTITUTE", "410305", ["material-al-sheet", "material-al-foil"]),
    ("rd-longmen", "龙门实验室", "LAB", "410307", ["material-chem", "material-target", "equip-robot", "equip-servo"]),
    ("rd-nami", "国家农机装备创新中心", "INNOVATION_CENTER", "410311", ["equip-agri", "nev-motor", "nev-econtrol"]),
    ("rd-612", "中国空空导弹研究院", "INSTITUTE", "410305", ["equip-servo", "nev-chip"]),
    ("rd-polysi", "国家多晶硅工程技术研究中心", "INNOVATION_CENTER", "410305",
     ["material-hpsi", "material-polysi", "material-chem"]),
    ("rd-tsinghua", "清华大学", "UNIVERSITY", "110108", ["nev-chip", "nev-battery"]),
    ("rd-xjtu", "西安交通大学", "UNIVERSITY", "610103", ["equip-machine", "nev-econtrol"]),
    ("rd-ustc", "中国科学技术大学", "UNIVERSITY", "340104", ["nev-battery", "material-semi"]),
    ("rd-zzu", "郑州大学", "UNIVERSITY", "410102", ["material-al", "equip-mining"]),
]]

# ---------------------------------------------------------------------------------------------
# 9. Projects (all in 洛阳)
# ---------------------------------------------------------------------------------------------
STAGES = ["RESERVE", "NEGOTIATING", "SIGNED", "STARTED", "PRODUCING", "EFFECTIVE"]
F, X, S_ = "FILL", "EXTEND", "STRENGTHEN"
ZJG, LHM, WZQ, LXY, CWD = "张建国", "李红梅", "王志强", "刘晓燕", "陈卫东"
# name, investor, park, chain, segments, amount, stage (TERMINATED:<reached>), last date (None: drawn), official, key
PROJECTS = [
    ("汇川技术洛阳新能源汽车电控系统项目", "INOVANCE", "ly-etdz", "nev", [("nev-econtrol", F)], 180000, "SIGNED", "2025-10-18", ZJG, "PROVINCIAL"),
    ("拓普集团洛阳热管理系统生产基地项目", "TUOPU", "ly-etdz", "nev", [("nev-thermal", F)], 250000, "STARTED", None, ZJG, "PROVINCIAL"),
    ("比亚迪半导体洛阳车规级功率模块封测项目", "BYDSEMI", "ly-etdz", "nev", [("nev-chip", F)], 300000, "NEGOTIATING", None, LHM, "PROVINCIAL"),
    ("地平线洛阳智能驾驶芯片应用中心项目", "HORIZON", "ly-hitech", "nev", [("nev-chip", F)], 30000, "RESERVE", None, LHM, "NONE"),
    ("联合汽车电子洛阳电驱系统项目", "UAES", "ly-etdz", "nev", [("nev-econtrol", F)], 120000, "TERMINATED:NEGOTIATING", None, ZJG, "MUNICIPAL"),
    ("中成新能源洛阳电动压缩机项目", "ZHONGCHENG", "ly-yibin", "nev", [("nev-thermal", F)], 45000, "SIGNED", "2026-09-10", WZQ, "MUNICIPAL"),
    ("宁波韵升洛阳高性能钕铁硼项目", "YUNSHENG", "ly-etdz", "nev", [("nev-magnet", F)], 80000, "PRODUCING", "2026-04-20", WZQ, "PROVINCIAL"),
    ("新宙邦洛阳锂电池电解液项目", "CAPCHEM", "ly-yibin", "nev", [("nev-electrolyte", F)], 60000, "SIGNED", "2025-09-12", LXY, "MUNICIPAL"),
    ("中创新航洛阳基地三期项目", "CALB", "ly-etdz", "nev", [("nev-battery", S_)], 1200000, "STARTED", None, ZJG, "PROVINCIAL"),
    ("宁德时代洛阳储能电池项目", "CATL", "ly-yibin", "nev", [("nev-battery", S_)], 1000000, "NEGOTIATING", None, ZJG, "PROVINCIAL"),
    ("格林美洛阳动力电池回收利用项目", "GEM", "ly-yibin", "nev", [("nev-recycling", S_)], 90000, "EFFECTIVE", None, LXY, "MUNICIPAL"),
    ("中集凌宇新能源专用车扩能项目", "LINGYU", "ly-etdz", "nev", [("nev-vehicle", S_)], 60000, "PRODUCING", None, WZQ, "MUNICIPAL"),
    ("宇通客车洛阳新能源客车零部件项目", "YUTONG", "ly-etdz", "nev", [("nev-body", S_)], 50000, "TERMINATED:SIGNED", None, WZQ, "NONE"),
    ("盛弘电气洛阳超充设施项目", "SINEXCEL", "ly-etdz", "nev", [("nev-charging", S_)], 20000, "EFFECTIVE", None, CWD, "NONE"),
    ("精进电动洛阳驱动电机项目", "JINGJIN", "ly-yibin", "nev", [("nev-motor", S_)], 70000, "SIGNED", "2026-06-30", LHM, "MUNICIPAL"),
    ("中矿资源洛阳锂盐项目", "ZKZY", "ly-yibin", "nev", [("nev-lithium", X)], 150000, "RESERVE", None, LXY, "NONE"),
    ("阳光电源洛阳储能及充电设备项目", "SUNGROW", "ly-etdz", "nev", [("nev-charging", S_)], 100000, "STARTED", None, CWD, "MUNICIPAL"),
    ("绿的谐波洛阳精密减速器项目", "LEADDRIVE", "ly-hitech", "equip", [("equip-reducer", F)], 60000, "SIGNED", "2025-06-20", CWD, "PROVINCIAL"),
    ("汇川技术洛阳伺服系统项目", "INOVANCE", "ly-hitech", "equip", [("equip-servo", F)], 80000, "NEGOTIATING", None, CWD, "MUNICIPAL"),
    ("凯恩帝洛阳数控系统研发生产基地项目", "KND", "ly-hitech", "equip", [("equip-cnc", F)], 25000, "STARTED", None, WZQ, "MUNICIPAL"),
    ("纳博特斯克洛阳RV减速器项目", "NABTESCO", "ly-hitech", "equip", [("equip-reducer", F)], 90000, "TERMINATED:NEGOTIATING", None, CWD, "NONE"),
    ("宝武特冶洛阳高端轴承钢项目", "BAOWU", "ly-yibin", "equip", [("equip-steel", S_)], 350000, "SIGNED", "2025-04-08", ZJG, "PROVINCIAL"),
    ("LYC高端轴承智能制造项目", "LYC", "ly-hitech", "equip", [("equip-precision", S_)], 260000, "PRODUCING", None, ZJG, "PROVINCIAL"),
    ("新强联大兆瓦风电轴承项目", "XQL", "ly-yibin", "equip", [("equip-wind", S_)], 200000, "EFFECTIVE", None, LHM, "PROVINCIAL"),
    ("中信重工智能矿山装备项目", "CITIC", "ly-hitech", "equip", [("equip-mining", S_)], 180000, "STARTED", None, ZJG, "MUNICIPAL"),
    ("舍弗勒洛阳工业轴承项目", "SCHAEFFLER", "ly-etdz", "equip", [("equip-precision", S_)], 120000, "NEGOTIATING", None, LHM, "MUNICIPAL"),
    ("上海发那科洛阳机器人应用中心项目", "SHFANUC", "ly-hitech", "equip", [("equip-robot", X)], 40000, "SIGNED", "2026-10-20", WZQ, "MUNICIPAL"),
    ("纽威数控洛阳重型机床项目", "NIUWEI", "ly-etdz", "equip", [("equip-machine", S_)], 70000, "PRODUCING", None, WZQ, "NONE"),
    ("日月重工洛阳大型铸件项目", "RIYUE", "ly-yibin", "equip", [("equip-casting", S_)], 110000, "STARTED", None, LXY, "MUNICIPAL"),
    ("中国中车洛阳轨道交通轴承项目", "CRRC", "ly-hitech", "equip", [("equip-rail", S_)], 150000, "RESERVE", None, ZJG, "PROVINCIAL"),
    ("中国检验认证洛阳轴承检测中心项目", "CCIC", "ly-hitech", "equip", [("equip-test", S_)], 15000, "EFFECTIVE", None, CWD, "NONE"),
    ("郑煤机洛阳液压支架项目", "ZMJ", "ly-etdz", "equip", [("equip-hydraulic", S_), ("equip-mining", X)], 90000, "SIGNED", "2026-03-20", LXY, "MUNICIPAL"),
    ("安川电机洛阳伺服电机项目", "YASKAWA", "ly-hitech", "equip", [("equip-servo", F)], 70000, "RESERVE", None, CWD, "NONE"),
    ("国机精工精密轴承扩能项目", "GJJG", "ly-hitech", "equip", [("equip-precision", S_)], 50000, "PRODUCING", None, LHM, "MUNICIPAL"),
    ("信越化学洛阳电子级化学品项目", "SHINETSU", "ly-hitech", "material", [("material-chem", F)], 200000, "NEGOTIATING", None, LXY, "PROVINCIAL"),
    ("上海新阳洛阳电子化学品项目", "SINYANG", "ly-hitech", "material", [("material-chem", F)], 45000, "SIGNED", "2025-08-15", LXY, "MUNICIPAL"),
    ("明泰铝业洛阳电池铝箔项目", "MINGTAI", "ly-mengjin", "material", [("material-al-foil", F)], 160000, "STARTED", None, WZQ, "PROVINCIAL"),
    ("江丰电子洛阳超高纯靶材项目", "JIANGFENG", "ly-hitech", "material", [("material-target", S_)], 80000, "PRODUCING", None, LHM, "MUNICIPAL"),
    ("洛阳钼业钼钨深加工产业园项目", "CMOC", "ly-luanchuan", "material", [("material-mow", X)], 500000, "STARTED", None, ZJG, "PROVINCIAL"),
    ("金堆城钼业洛阳钼制品项目", "JDC", "ly-luanchuan", "material", [("material-mow", S_)], 60000, "TERMINATED:STARTED", None, LXY, "NONE"),
    ("隆基绿能洛阳高效光伏组件项目", "LONGI", "ly-mengjin", "material", [("material-pv", S_)], 400000, "EFFECTIVE", None, WZQ, "PROVINCIAL"),
    ("中芯国际洛阳功率器件项目", "SMICSH", "ly-hitech", "material", [("material-semi", F)], 600000, "RESERVE", None, LHM, "PROVINCIAL"),
    ("旭升集团洛阳汽车轻量化部件项目", "XUSHENG", "ly-mengjin", "material", [("material-light", S_)], 75000, "SIGNED", "2026-08-05", WZQ, "MUNICIPAL"),
    ("西部超导洛阳航空材料项目", "WSUPER", "ly-hitech", "material", [("material-aero", S_)], 55000, "PRODUCING", None, CWD, "MUNICIPAL"),
    ("协鑫科技洛阳颗粒硅项目", "GCL", "ly-mengjin", "material", [("material-polysi", S_)], 300000, "SIGNED", "2024-12-16", LXY, "PROVINCIAL"),
    ("上海新昇洛阳大硅片项目", "NSIG", "ly-hitech", "material", [("material-wafer", S_)], 250000, "NEGOTIATING", None, LHM, "PROVINCIAL"),
    ("华峰铝业洛阳汽车铝板项目", "HUAFENG", "ly-mengjin", "material", [("material-al-sheet", S_)], 120000, "STARTED", None, WZQ, "MUNICIPAL"),
    ("麦斯克8英寸硅片扩产项目", "MAISIKE", "ly-hitech", "material", [("material-wafer", S_)], 40000, "EFFECTIVE", None, CWD, "NONE"),
    ("默克洛阳电子特气项目", "MERCK", "ly-hitech", "material", [("material-chem", F)], 90000, "TERMINATED:RESERVE", None, LXY, "NONE"),
    ("中铝洛阳高纯铝项目", "CHALCO", "ly-mengjin", "material", [("material-al", S_)], 200000, "RESERVE", None, WZQ, "NONE"),
]
TERMINATION_REASONS = {
    "联合汽车电子洛阳电驱系统项目": "投资方全球产能规划调整，谈判终止",
    "宇通客车洛阳新能源客车零部件项目": "企业经营策略调整，双方协商解除投资协议",
    "纳博特斯克洛阳RV减速器项目": "外方总部未批准在华新增产能，谈判终止",
    "金堆城钼业洛阳钼制品项目": "投资方资金链紧张，项目停建",
    "默克洛阳电子特气项目": "外方调整在华投资布局，项目出库",
}
LAST_DATE_RANGE = {"RESERVE": ("2026-01-05", "2026-11-15"), "NEGOTIATING": ("2025-10-01", "2026-11-10"),
                   "SIGNED": ("2026-06-01", "2026-11-10"), "STARTED": ("2025-06-01", "2026-10-31"),
                   "PRODUCING": ("2025-09-01", "2026-10-31"), "EFFECTIVE": ("2025-10-01", "2026-10-31"),
                   "TERMINATED": ("2025-01-01", "2026-10-31")}
FUNDS_SHARE = {"RESERVE": (0, 0), "NEGOTIATING": (0, 0), "SIGNED": (0, 0.15), "STARTED": (0.25, 0.6),
               "PRODUCING": (0.6, 0.9), "EFFECTIVE": (0.9, 1.0)}
FIRST_DAY, LAST_DAY = d("2024-01-01"), d("2026-11-15")

projects = []
for n, (name, inv, park, chain, segs, amount, stage, last, official, key) in enumerate(PROJECTS, 1):
    if stage.startswith("TERMINATED:"):
        reached = stage.split(":")[1]
        stage = "TERMINATED"
    else:
        reached = stage
    steps = STAGES[:STAGES.index(reached) + 1] + (["TERMINATED"] if stage == "TERMINATED" else [])
    last_date = d(last) if last else d(rand_date(*LAST_DATE_RANGE[stage]))
    gaps = [rng.randint(30, 150) for _ in steps[1:]]
    room = (last_date - FIRST_DAY).days - 5
    if sum(gaps) > room:
        gaps = [max(1, g * room // sum(gaps)) for g in gaps]
    dates, cur = [last_date], last_date
    for g in reversed(gaps):
        cur = cur - dt.timedelta(days=g)
        dates.insert(0, cur)
    stage_dates = OrderedDict((s, x.isoformat()) for s, x in zip(steps, dates))
    lo, hi = FUNDS_SHARE[reached]
    funds = int(round(amount * rng.uniform(lo, hi))) if hi > 0 else 0
    if reached == "SIGNED" and n % 3 == 0:
        funds = 0
    rec = OrderedDict([
        ("id", "prj-%03d" % n), ("name", name), ("investor", ENT[inv]["uscc"]), ("parkId", park),
        ("regionCode", PARK[park]["regionCode"]), ("chainId", chain),
        ("segments", [OrderedDict([("segmentId", s), ("role", r)]) for s, r in segs]),
        ("amount", amount), ("fundsInPlace", funds), ("stage", stage), ("stageDates", stage_dates),
        ("responsible", official), ("keyLevel", key),
        ("terminationReason", TERMINATION_REASONS.get(name) if stage == "TERMINATED" else None)])
    projects.append(rec)

# ---------------------------------------------------------------------------------------------
# 10. Integrity checks (fail loudly)
# ---------------------------------------------------------------------------------------------
def unique(items, what):
    seen = set()
    for x in items:
        check(x not in seen, "duplicate %s: %s" % (what, x))
        seen.add(x)


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


unique([r["code"] for r in regions], "region code")
PARENT_LEVEL = {"PROVINCE": "COUNTRY", "CITY": "PROVINCE", "COUNTY": "CITY"}
for r in regions:
    if r["level"] == "COUNTRY":
        check(r["parentCode"] is None and len(r["code"]) == 2, "country %s" % r["code"])
    else:
        check(r["parentCode"] in REGION, "region %s: parent %s missing" % (r["code"], r["parentCode"]))
        check(REGION[r["parentCode"]]["level"] == PARENT_LEVEL[r["level"]], "region %s: bad parent level" % r["code"])
        check(len(r["code"]) == 6 and r["code"].isdigit(), "region code %s" % r["code"])
        if r["level"] == "PROVINCE":
            check(r["parentCode"] == "CN" and r["code"].endswith("0000"), "province %s" % r["code"])
        if r["level"] == "CITY":
            check(r["code"].endswith("00") and r["code"][:2] + "0000" == r["parentCode"], "city %s" % r["code"])
CHAIN = {c["id"]: c for c in chains}
unique(CHAIN, "chain id")
unique([s["id"] for s in segments], "segment id")
for s in segments:
    check(s["chainId"] in CHAIN, "segment %s: chain" % s["id"])
    if s["parentId"] is None:
        check(s["level"] == 1, "root %s level" % s["id"])
    else:
        p = SEG.get(s["parentId"])
        check(p is not None, "segment %s: parent missing" % s["id"])
        check(p["chainId"] == s["chainId"], "segment %s: parent in another chain" % s["id"])
        check(s["level"] == p["level"] + 1, "segment %s: level != parent level + 1" % s["id"])
        check(s["position"] == p["position"], "segment %s: position differs from parent" % s["id"])
    check(s["position"] in ("UPSTREAM", "MIDSTREAM", "DOWNSTREAM"), "segment position")
    check(s.get("keyLinkType") is None or s["keyLink"], "keyLinkType without keyLink")
    check("weight" not in s or s["weight"] > 0, "weight must be > 0")
    if s["chainId"] == "nev":
        check("weight" in s, "nev segment %s without weight" % s["id"])
for c in chains:
    n = sum(1 for s in segments if s["chainId"] == c["id"])
    check(16 <= n <= 22, "chain %s has %d segments" % (c["id"], n))
    check(sum(1 for f in segment_flows if chain_of(f["from"]) == c["id"]) >= 15, "chain %s: < 15 flows" % c["id"])
    check(any(s["level"] == 3 for s in segments if s["chainId"] == c["id"]), "chain %s: no level-3 leaves" % c["id"])
unique([(f["from"], f["to"]) for f in segment_flows], "segment flow")
for f in segment_flows:
    check(f["from"] in LEAF_SET and f["to"] in LEAF_SET, "flow %s->%s: not between leaves" % (f["from"], f["to"]))
    check(chain_of(f["from"]) == chain_of(f["to"]), "flow %s->%s: crosses chains" % (f["from"], f["to"]))
unique([p["id"] for p in products], "product id")
unique([t["id"] for t in technologies], "technology id")
for t in technologies:
    check(all(s in LEAF_SET for s in t["segmentIds"]), "technology %s segments" % t["id"])
unique([p["id"] for p in parks], "park id")
for p in parks:
    check(REGION[p["regionCode"]]["level"] == "COUNTY", "park %s region not a county" % p["id"])
    check(all(c in CHAIN for c in p["leadingChainIds"]), "park %s leading chains" % p["id"])
    check(is_date(p["approvedOn"]), "park %s approvedOn" % p["id"])
    check(sum(e["landAreaMu"] for e in enterprises if e["parkId"] == p["id"]) < p["areaMu"],
          "park %s: firms' land exceeds park area" % p["id"])
unique([e["uscc"] for e in enterprises], "USCC")
unique([e["name"] for e in enterprises], "enterprise name")
unique([e["stockCode"] for e in enterprises if e["stockCode"]], "stock code")
for e in enterprises:
    u = e["uscc"]
    check(uscc_valid(u), "invalid USCC %s (%s)" % (u, e["name"]))
    check(u[:2] == "91", "USCC %s: not 91" % u)
    foreign_hq = REGION[e["regionCode"]]["level"] == "COUNTRY"
    check(u[2:8] == ("310115" if foreign_hq else e["regionCode"]), "USCC %s: county part" % u)
    check(e["stockCode"] is None or (len(e["stockCode"]) == 6 and e["stockCode"].isdigit()), "stock code")
    check(e["ownership"] in ("CENTRAL_SOE", "PROVINCIAL_SOE", "LOCAL_SOE", "PRIVATE", "FOREIGN"), "ownership")
    check(REGION[e["regionCode"]]["level"] in ("COUNTY", "COUNTRY"), "enterprise region level %s" % e["name"])
    check(e["parkId"] is None or PARK[e["parkId"]]["regionCode"] == e["regionCode"], "park/region %s" % e["name"])
    check(1 <= len(e["segmentIds"]) <= 2, "segment count %s" % e["name"])
    check(all(s in LEAF_SET for s in e["segmentIds"]), "enterprise %s in a non-leaf segment" % e["name"])
    check(all(any(s in e["segmentIds"] for s in PRODUCT[p]["segmentIds"]) for p in e["productIds"]),
          "enterprise %s: product outside its segments" % e["name"])
    unique(e["productIds"], "product of " + e["name"])
    check("1990-01-01" <= e["foundedOn"] <= "2026-12-31", "foundedOn %s" % e["name"])
    check(e["closedOn"] is None or e["closedOn"] > e["foundedOn"], "closedOn %s" % e["name"])
    check(0.03 <= e["tax"] / e["revenue"] <= 0.08 + 1e-9, "tax ratio %s" % e["name"])
    check(all(t in TAG_ORDER for t in e["tags"]), "tags")
    check(all(r["list"] in (FG, C500, TOP50) and r["year"] == 2025 for r in e["rankings"]), "rankings")
LY_ENTS = [e for e in enterprises if in_luoyang(e["regionCode"])]
OUT_ENTS = [e for e in enterprises if not in_luoyang(e["regionCode"])]
ABROAD = [e for e in enterprises if country_of(e["regionCode"]) != "CN"]
check(len(LY_ENTS) >= 220 and len(OUT_ENTS) >= 220, "need 220+ firms in 洛阳 and 220+ elsewhere")
check(20 <= len(ABROAD) <= 32, "about 25 firms abroad")
check(sum(1 for e in enterprises if e["foundedOn"] >= "2026-01-01") >= 5, "at least 5 firms founded in 2026")
check(any(e["foundedOn"] >= "2026-01-01" for e in LY_ENTS), "a 洛阳 firm founded in 2026")
CLOSED = [e for e in enterprises if e["closedOn"]]
check(len(CLOSED) == 4 and any(e["closedOn"][:4] == "2026" for e in CLOSED)
      and any(e["closedOn"][:4] == "2024" for e in CLOSED), "4 closed firms (one 2026, one 2024)")
unique([(s["supplier"], s["customer"], s["productId"], s["year"]) for s in supplies], "supply key")
for s in supplies:
    check(s["supplier"] in BY_USCC and s["customer"] in BY_USCC, "supply: unknown enterprise")
    check(s["supplier"] != s["customer"], "self supply")
    check(s["productId"] in PRODUCT and s["productId"] in BY_USCC[s["supplier"]]["productIds"], "supply product")
    check(s["year"] in YEARS, "supply year")
    check(s["value"] is None or s["value"] > 0, "supply value")
check(len(supplies) >= 550, "need 550+ supply edges, got %d" % len(supplies))
unique([(c["enterprise"], c["chainId"], c["regionCode"]) for c in chain_leaders], "chain leader")
for c in chain_leaders:
    check(c["enterprise"] in BY_USCC and c["chainId"] in CHAIN and c["regionCode"] in REGION, "chain leader refs")
    check(any(chain_of(s) == c["chainId"] for s in BY_USCC[c["enterprise"]]["segmentIds"]), "leader outside its chain")
unique([r["id"] for r in rd_institutions], "R&D id")
for r in rd_institutions:
    check(r["regionCode"] in REGION and REGION[r["regionCode"]]["level"] == "COUNTY", "R&D region")
    check(all(s in SEG for s in r["segmentIds"]), "R&D segments")
unique([p["id"] for p in projects], "project id")
check(len(projects) >= 45, "need 45+ projects")
for p in projects:
    check(p["investor"] in BY_USCC and p["parkId"] in PARK and p["chainId"] in CHAIN, "project %s refs" % p["id"])
    check(p["regionCode"] == PARK[p["parkId"]]["regionCode"] and in_luoyang(p["regionCode"]), "project region")
    for sr in p["segments"]:
        check(sr["segmentId"] in LEAF_SET and chain_of(sr["segmentId"]) == p["chainId"], "project %s seg" % p["id"])
        check(sr["role"] in ("EXTEND", "FILL", "STRENGTHEN"), "project role")
    keys = list(p["stageDates"])
    if p["stage"] == "TERMINATED":
        check(keys[-1] == "TERMINATED" and keys[:-1] == STAGES[:len(keys) - 1] and p["terminationReason"],
              "project %s terminated stages" % p["id"])
    else:
        check(keys == STAGES[:STAGES.index(p["stage"]) + 1] and p["terminationReason"] is None,
              "project %s stage dates" % p["id"])
    ds = list(p["stageDates"].values())
    check(all(a < b for a, b in zip(ds, ds[1:])), "project %s: stage dates out of order" % p["id"])
    check("2024-01-01" <= ds[0] and ds[-1] <= "2026-11-15", "project %s: dates out of range" % p["id"])
    check(0 <= p["fundsInPlace"] <= p["amount"], "project funds")
    check("SIGNED" in p["stageDates"] or p["fundsInPlace"] == 0, "funds before SIGNED")
check(len({p["responsible"] for p in projects}) == 5, "5 responsible officials")
check(set(p["stage"] for p in projects) == set(STAGES) | {"TERMINATED"}, "every stage covered")

# ---------------------------------------------------------------------------------------------
# 11. Designed facts: computed from the data, asserted, written to FACTS.md
# ---------------------------------------------------------------------------------------------
END25, END26, AS_OF_S = "2025-12-31", "2026-12-31", AS_OF.isoformat()


def local_firms(seg, on):
    return [e for e in LY_ENTS if seg in e["segmentIds"] and operating(e, on)]


def national_firms(seg, on):
    return [e for e in enterprises if seg in e["segmentIds"] and country_of(e["regionCode"]) == "CN"
            and operating(e, on)]


def chain_leaves(cid):
    return [s for s in LEAVES if chain_of(s) == cid]


def blank_leaves(cid, on):
    return [s for s in chain_leaves(cid) if not local_firms(s, on)]


def ent_label(e):
    return "%s（%s）" % (e["name"], REGION[e["regionCode"]]["name"])


def key_link_sourcing():
    """Per key-link leaf: the suppliers of its products to 洛阳 buyers (all years)."""
    out = OrderedDict()
    for seg in LEAVES:
        if not SEG[seg]["keyLink"]:
            continue
        prods = set(PRODUCTS_OF[seg])
        edges = [s for s in supplies if s["productId"] in prods and in_luoyang(BY_USCC[s["customer"]]["regionCode"])]
        sups = OrderedDict()
        for s in edges:
            sups.setdefault(s["supplier"], []).append(s)
        out[seg] = (edges, sups)
    return out


KEY_SOURCING = key_link_sourcing()
SINGLE_OUTSIDE = [seg for seg, (edges, sups) in KEY_SOURCING.items()
                  if len(sups) == 1 and not in_luoyang(BY_USCC[next(iter(sups))]["regionCode"])]


def park_stats(p):
    fs = park_firms(p["id"])
    tax, land, rev = sum(e["tax"] for e in fs), sum(e["landAreaMu"] for e in fs), sum(e["revenue"] for e in fs)
    lead = p["leadingChainIds"][0]
    lead_rev = sum(e["revenue"] for e in fs if lead in ent_chains(e))
    return len(fs), tax, land, tax / land, rev, lead, lead_rev / rev


def overdue_signed():
    out = []
    for p in projects:
        if p["stage"] == "SIGNED":
            days = (AS_OF - d(p["stageDates"]["SIGNED"])).days
            out.append((p, days))
    return out


# design assertions
for seg in ("nev-econtrol", "nev-thermal", "nev-chip"):
    check(seg in blank_leaves("nev", END26), "designed blank leaf %s is not blank" % seg)
for cid in CHAIN:
    check(len(blank_leaves(cid, END26)) >= 2, "chain %s should have several blank leaves" % cid)
for seg in ("equip-precision", "material-mow", "equip-mining"):
    fs = local_firms(seg, END26)
    check(len(fs) >= 15 and sum(1 for e in fs if e["revenue"] >= 40000) >= 3, "strong leaf %s" % seg)
check("nev-chip" in SINGLE_OUTSIDE and next(iter(KEY_SOURCING["nev-chip"][1])) == ENT["BYDSEMI"]["uscc"],
      "车规级芯片 must be single-sourced from 比亚迪半导体")
check("material-chem" in SINGLE_OUTSIDE
      and BY_USCC[next(iter(KEY_SOURCING["material-chem"][1]))]["regionCode"] == "JP", "电子级化学品 from JP only")
_ps = {p["id"]: park_stats(p) for p in parks}
check(_ps["ly-mengjin"][3] < 11.0, "孟津 park must miss the 亩均税收 target")
check(_ps["ly-hitech"][3] > 20.0, "高新区 must clearly beat the 亩均税收 target")
check(_ps["ly-yibin"][6] < 0.5, "伊滨: leading chain must hold < 50% of revenue")
check(all(_ps[p][6] >= 0.5 for p in _ps if p != "ly-yibin"), "only 伊滨 should miss 一园一主业")
check(sum(1 for p, days in overdue_signed() if days > 180) >= 3, "several overdue SIGNED projects")
check(any(sr["role"] == "FILL" and sr["segmentId"] in blank_leaves(p["chainId"], END26)
          for p in projects for sr in p["segments"]), "FILL projects on blank segments")
check(blank_leaves("nev", END25) != blank_leaves("nev", END26), "2025 and 2026 pictures should differ")
_ly_park = sum(1 for e in LY_ENTS if e["parkId"]) / len(LY_ENTS)
check(0.6 <= _ly_park <= 0.8, "about 70% of 洛阳 firms in a park")


# ---------------------------------------------------------------------------------------------
# 12. Output
# ---------------------------------------------------------------------------------------------
def clean(rec):
    return OrderedDict((k, v) for k, v in rec.items() if not k.startswith("_"))


FILES = [("regions.jsonl", regions), ("chains.jsonl", chains), ("segments.jsonl", segments),
         ("segment_flows.jsonl", segment_flows), ("products.jsonl", products),
         ("technologies.jsonl", technologies), ("parks.jsonl", parks), ("enterprises.jsonl", enterprises),
         ("supplies.jsonl", supplies), ("chain_leaders.jsonl", chain_leaders),
         ("rd_institutions.jsonl", rd_institutions), ("projects.jsonl", projects)]
os.makedirs(OUT, exist_ok=True)
for fname, rows in FILES:
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(clean(r), ensure_ascii=False, separators=(",", ":")) + "\n")
MANIFEST = OrderedDict([("format", "liantu-import"), ("version", 1), ("name", "LianTu demo: 洛阳市"),
                        ("asOf", AS_OF_S)])
with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(MANIFEST, ensure_ascii=False, indent=2) + "\n")

# ---------------------------------------------------------------------------------------------
# 13. FACTS.md (generated from the data above)
# ---------------------------------------------------------------------------------------------
L = []
w = L.append


def fmt(x, nd=1):
    return ("{:,.%df}" % nd).format(x)


def yes(b):
    return "是" if b else "否"


w("# LianTu demo dataset — facts (洛阳市 410300)")
w("")
w("GENERATED by `tools/demo/make_demo.py` (seed %d) — do not edit by hand; re-run the script." % SEED)
w("All company figures, USCCs and supply ties are synthetic demo values; company and place names are")
w("realistic. As-of date: **%s**. Money in 万元, land in 亩. \"Operating at D\" = foundedOn ≤ D and" % AS_OF_S)
w("(closedOn null or closedOn > D). \"洛阳\" = regions under city 410300.")
w("")
w("## Row counts")
w("")
w("| file | rows |")
w("|---|---:|")
for fname, rows in FILES:
    w("| `%s` | %d |" % (fname, len(rows)))
w("")
n_ly26 = sum(1 for e in LY_ENTS if operating(e, END26))
w("Enterprises: %d in 洛阳 (%d operating at end-2026; %d%% in a 洛阳 park), %d elsewhere in China, %d abroad "
  "(%s)." % (len(LY_ENTS), n_ly26, round(100 * _ly_park), len(OUT_ENTS) - len(ABROAD), len(ABROAD),
             ", ".join("%s %d" % (c, sum(1 for e in ABROAD if e["regionCode"] == c)) for c, _ in FOREIGN)))
_on_flow = sum(1 for x in supplies if any((ps, cs) in FLOW_SET for ps in PRODUCT[x["productId"]]["segmentIds"]
                                          for cs in BY_USCC[x["customer"]]["segmentIds"]))
_kinds = {}
for x in supplies:
    k = ("洛阳" if in_luoyang(BY_USCC[x["supplier"]]["regionCode"]) else "outside") + "→" + \
        ("洛阳" if in_luoyang(BY_USCC[x["customer"]]["regionCode"]) else "outside")
    _kinds[k] = _kinds.get(k, 0) + 1
w("Supply edges: %d (2025: %d, 2026: %d; %d without value; %d follow a segment flow from the product's leaf to a "
  "leaf of the customer; %s)." % (
    len(supplies), sum(1 for s in supplies if s["year"] == 2025), sum(1 for s in supplies if s["year"] == 2026),
    sum(1 for s in supplies if s["value"] is None), _on_flow,
    ", ".join("%s %d" % (k, _kinds[k]) for k in sorted(_kinds))))
w("")
w("Founded in 2026: " + "; ".join("%s %s" % (ent_label(e), e["foundedOn"]) for e in enterprises
                                  if e["foundedOn"] >= "2026-01-01") + ".")
w("")
w("Closed: " + "; ".join("%s closed %s (%s)" % (ent_label(e), e["closedOn"], "/".join(e["segmentIds"]))
                         for e in CLOSED) + ".")
w("")

w("## Segments of each chain in 洛阳")
w("")
w("Local = operating 洛阳 enterprises in the leaf; national = operating enterprises in the leaf anywhere in "
  "China (CN, including 洛阳), at end-2026. \"large\" = local firms with revenue ≥ 100,000 万元.")
for c in chains:
    cid = c["id"]
    leaves = chain_leaves(cid)
    w("")
    w("### %s `%s` (%s)" % (c["name"], cid, c["category"]))
    w("")
    w("| leaf | name | position | key link | weight | 洛阳 end-2026 | 洛阳 end-2025 | large (2026) | national end-2026 |")
    w("|---|---|---|---|---:|---:|---:|---:|---:|")
    for s in leaves:
        seg = SEG[s]
        l26, l25 = local_firms(s, END26), local_firms(s, END25)
        w("| `%s` | %s | %s | %s | %s | %d | %d | %d | %d |" % (
            s, seg["name"], seg["position"], seg.get("keyLinkType", "—") if seg["keyLink"] else "—",
            seg.get("weight", "—"), len(l26), len(l25), sum(1 for e in l26 if e["revenue"] >= 100000),
            len(national_firms(s, END26))))
    b26, b25 = blank_leaves(cid, END26), blank_leaves(cid, END25)
    w("")
    w("- BLANK at end-2026 (%d/%d): %s" % (len(b26), len(leaves), ", ".join("%s `%s`" % (SEG[s]["name"], s) for s in b26)))
    w("- BLANK at end-2025 (%d/%d): %s" % (len(b25), len(leaves), ", ".join("%s `%s`" % (SEG[s]["name"], s) for s in b25)))
    w("- Completeness (present leaves / leaves): end-2026 %d/%d = %.3f; end-2025 %d/%d = %.3f" % (
        len(leaves) - len(b26), len(leaves), 1 - len(b26) / len(leaves),
        len(leaves) - len(b25), len(leaves), 1 - len(b25) / len(leaves)))
    if all("weight" in SEG[s] for s in leaves):
        tw = sum(SEG[s]["weight"] for s in leaves)
        w("- Weighted completeness (leaf weights): end-2026 %d/%d = %.3f; end-2025 %d/%d = %.3f" % (
            tw - sum(SEG[s]["weight"] for s in b26), tw, 1 - sum(SEG[s]["weight"] for s in b26) / tw,
            tw - sum(SEG[s]["weight"] for s in b25), tw, 1 - sum(SEG[s]["weight"] for s in b25) / tw))
    weak = [s for s in leaves if 1 <= len(local_firms(s, END26)) <= 2]
    w("- Thin leaves (1–2 local firms at end-2026): " + ", ".join(
        "%s (%s)" % (SEG[s]["name"], "、".join("%s %s万元" % (e["name"], fmt(e["revenue"], 0)) for e in local_firms(s, END26)))
        for s in weak))

w("")
w("## Strong firms elsewhere in 洛阳's blank leaves (end-2026)")
w("")
w("Outside firms in each blank leaf with a tag other than HIGH_TECH or a ranking; last column: 洛阳 firms they")
w("already sell this leaf's products to (2025/2026 supply edges).")
w("")
w("| leaf | enterprise | where | tags | rankings 2025 | already supplies 洛阳 firms |")
w("|---|---|---|---|---|---|")
for c in chains:
    for s in blank_leaves(c["id"], END26):
        for e in sorted([e for e in enterprises if s in e["segmentIds"] and not in_luoyang(e["regionCode"])
                         and operating(e, END26)], key=lambda e: -e["revenue"]):
            if not (e["tags"] and set(e["tags"]) - {"HIGH_TECH"}) and not e["rankings"]:
                continue
            custs = sorted({BY_USCC[x["customer"]]["name"] for x in supplies if x["supplier"] == e["uscc"]
                            and x["productId"] in PRODUCTS_OF[s] and in_luoyang(BY_USCC[x["customer"]]["regionCode"])})
            w("| %s | %s | %s | %s | %s | %s |" % (
                SEG[s]["name"], e["name"], REGION[e["regionCode"]]["name"], ", ".join(e["tags"]) or "—",
                ", ".join("%s #%d" % (r["list"], r["rank"]) for r in e["rankings"]) or "—",
                "、".join(custs) or "—"))

w("")
w("## Key links: who supplies 洛阳 buyers (supply edges 2025+2026 whose product belongs to the leaf)")
w("")
w("| key link | type | 洛阳 firms in leaf (2026) | suppliers to 洛阳 buyers (local / outside) | single outside supplier |")
w("|---|---|---:|---|---|")
for seg, (edges, sups) in KEY_SOURCING.items():
    loc = [u for u in sups if in_luoyang(BY_USCC[u]["regionCode"])]
    out = [u for u in sups if not in_luoyang(BY_USCC[u]["regionCode"])]
    w("| %s `%s` | %s | %d | %d / %d | %s |" % (
        SEG[seg]["name"], seg, SEG[seg]["keyLinkType"], len(local_firms(seg, END26)), len(loc), len(out),
        ent_label(BY_USCC[out[0]]) if seg in SINGLE_OUTSIDE else "—"))
w("")
w("Single-outside-supplier key links (卡脖子 by design):")
for seg in SINGLE_OUTSIDE:
    edges, sups = KEY_SOURCING[seg]
    sup = BY_USCC[next(iter(sups))]
    w("")
    w("- **%s `%s`** (%s): only supplier to 洛阳 is %s. 洛阳 buyers exposed:" % (
        SEG[seg]["name"], seg, SEG[seg]["chainId"], ent_label(sup)))
    for cu in sorted({x["customer"] for x in edges}, key=lambda u: -BY_USCC[u]["revenue"]):
        ce = BY_USCC[cu]
        vals = {}
        for y in YEARS:
            ys = [x for x in edges if x["customer"] == cu and x["year"] == y]
            known = [x["value"] for x in ys if x["value"] is not None]
            vals[y] = "no edge" if not ys else (fmt(sum(known)) + "万元" if known else "value unknown")
        w("  - %s — revenue %s万元; bought %s (2025: %s; 2026: %s)" % (
            ent_label(ce), fmt(ce["revenue"], 0),
            "、".join(sorted({x["product"] for x in edges if x["customer"] == cu})), vals[2025], vals[2026]))

w("")
w("## Chain leader 洛阳LYC轴承有限公司: supplier tiers")
w("")
lyc = ENT["LYC"]["uscc"]


def suppliers_of(u):
    return OrderedDict((s["supplier"], None) for s in supplies if s["customer"] == u)


tier1 = list(suppliers_of(lyc))
tier2 = list(OrderedDict.fromkeys(u for t in tier1 for u in suppliers_of(t) if u != lyc))
for label, tier in (("Tier 1", tier1), ("Tier 2", tier2)):
    loc = [u for u in tier if in_luoyang(BY_USCC[u]["regionCode"])]
    w("- %s: %d suppliers, %d local (%.0f%%): %s" % (label, len(tier), len(loc), 100 * len(loc) / len(tier),
                                                    "; ".join("%s%s" % (ent_label(BY_USCC[u]), "" if u in loc else " [outside]")
                                                              for u in tier)))
lyc_in = [s for s in supplies if s["customer"] == lyc]
only_out = sorted({s["product"] for s in lyc_in} - {s["product"] for s in lyc_in
                                                     if in_luoyang(BY_USCC[s["supplier"]]["regionCode"])})
w("- Inputs LYC gets only from outside 洛阳: " + ("、".join(only_out) or "none"))
w("- Tier 2 = suppliers of tier-1 suppliers (a firm can be in both tiers).")

w("")
w("## 本地配套率 (local supply rate) of 洛阳 buyers, per chain and year")
w("")
w("Edges into 洛阳 firms; chain = chain of the product's segment. Value-based (edges with a value) and count-based.")
w("")
w("| chain | year | edges into 洛阳 | from 洛阳 suppliers | value-based rate | count-based rate |")
w("|---|---:|---:|---:|---:|---:|")
for c in chains:
    for y in YEARS:
        es = [s for s in supplies if s["year"] == y and in_luoyang(BY_USCC[s["customer"]]["regionCode"])
              and chain_of(PRODUCT[s["productId"]]["segmentIds"][0]) == c["id"]]
        loc = [s for s in es if in_luoyang(BY_USCC[s["supplier"]]["regionCode"])]
        tv = sum(s["value"] for s in es if s["value"] is not None)
        lv = sum(s["value"] for s in loc if s["value"] is not None)
        w("| %s | %d | %d | %d | %.3f | %.3f |" % (c["id"], y, len(es), len(loc), lv / tv if tv else 0,
                                                  len(loc) / len(es) if es else 0))

w("")
w("## Parks (operating enterprises at %s)" % AS_OF_S)
w("")
w("| park | name | level | type | county | firms | Σ tax | Σ land | 亩均税收 | target | meets | leading chain | its revenue share |")
w("|---|---|---|---|---|---:|---:|---:|---:|---:|---|---|---:|")
for p in parks:
    n, tax, land, tpm, rev, lead, share = _ps[p["id"]]
    w("| `%s` | %s | %s | %s | %s %s | %d | %s | %s | %.2f | %.1f | %s | %s | %.3f |" % (
        p["id"], p["name"], p["level"], p["type"], p["regionCode"], REGION[p["regionCode"]]["name"], n,
        fmt(tax, 0), fmt(land, 0), tpm, p["targetTaxPerMu"], yes(tpm >= p["targetTaxPerMu"]), lead, share))
w("")
w("Design: 孟津华阳产业集聚区 misses the 11 万元/亩 target; 洛阳高新区 clearly beats it; in 伊滨产业集聚区 the "
  "leading chain (nev) holds < 50% of park revenue (一园一主业 not met).")

w("")
w("## Chain leaders")
w("")
for c in chain_leaders:
    w("- %s `%s` in %s %s since %d" % (BY_USCC[c["enterprise"]]["name"], c["chainId"], c["regionCode"],
                                       REGION[c["regionCode"]]["name"], c["since"]))

w("")
w("## R&D institutions supporting leaves that are BLANK in 洛阳 (end-2026)")
w("")
_blank_all = {s for c in chains for s in blank_leaves(c["id"], END26)}
for r in rd_institutions:
    bl = [s for s in r["segmentIds"] if s in _blank_all]
    if bl:
        w("- %s (%s, %s %s): %s" % (r["name"], r["type"], r["regionCode"], REGION[r["regionCode"]]["name"],
                                    "、".join(SEG[s]["name"] for s in bl)))

w("")
w("## Projects (all in 洛阳)")
w("")
ST = STAGES + ["TERMINATED"]
w("| park | " + " | ".join(ST) + " | total |")
w("|---|" + "---:|" * (len(ST) + 1))
for p in parks:
    ps = [x for x in projects if x["parkId"] == p["id"]]
    if ps:
        w("| `%s` | " % p["id"] + " | ".join(str(sum(1 for x in ps if x["stage"] == s)) for s in ST) + " | %d |" % len(ps))
w("| all | " + " | ".join(str(sum(1 for x in projects if x["stage"] == s)) for s in ST) + " | %d |" % len(projects))
w("")
w("By chain: " + "; ".join("%s %d" % (c["id"], sum(1 for x in projects if x["chainId"] == c["id"])) for c in chains)
  + ". By official: " + "; ".join("%s %d" % (o, sum(1 for x in projects if x["responsible"] == o))
                                  for o in (ZJG, LHM, WZQ, LXY, CWD)) + ".")
w("")
w("SIGNED projects not started (days since signing at %s; overdue = more than 180 days):" % AS_OF_S)
w("")
w("| project | name | park | signed | days | overdue |")
w("|---|---|---|---|---:|---|")
for p, days in sorted(overdue_signed(), key=lambda t: -t[1]):
    w("| `%s` | %s | %s | %s | %d | %s |" % (p["id"], p["name"], p["parkId"], p["stageDates"]["SIGNED"], days,
                                          yes(days > 180)))
w("")
w("FILL projects on leaves BLANK in 洛阳 at end-2026: " + "; ".join(
    "`%s` %s (%s, %s)" % (p["id"], p["name"], SEG[sr["segmentId"]]["name"], p["stage"])
    for p in projects for sr in p["segments"] if sr["role"] == "FILL" and sr["segmentId"] in _blank_all) + ".")
w("")
w("Terminated: " + "; ".join("`%s` %s — %s" % (p["id"], p["name"], p["terminationReason"])
                             for p in projects if p["stage"] == "TERMINATED") + ".")

with open(os.path.join(OUT, "FACTS.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(L) + "\n")
print("demo dataset written to %s: %s" % (OUT, ", ".join("%s %d" % (fn, len(rows)) for fn, rows in FILES)))
