package cn.liantu.domain;

/** An administrative region: country, province, city or county (行政区). */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
