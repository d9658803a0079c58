package cn.liantu.importer.generator;

import cn.liantu.domain.Region;
import java.util.List;

/**
 * The regions of a synthetic world: provinces under CN, their cities (contiguous per province,
 * so a province is a range of city numbers) and the cities' counties.
 */
record Geography(List<Province> provinces, List<City> cities) {

    static final String COUNTRY_CODE = "CN";

    /** A province and its cities {@code firstCity ≤ city < cityEnd}; its rule for 亩均税收 (万元/亩). */
    record Province(String code, String name, int firstCity, int cityEnd, double targetTaxPerMu) {
    }

    /**
     * A city: its economic weight (share of firms), the 1–2 chains it is strong in, its counties
     * (the first ones urban districts).
     */
    record City(int index, String code, String name, int province, double weight, List<Integer> strongChains,
                List<Region> counties) {

        City {
            strongChains = List.copyOf(strongChains);
            counties = List.copyOf(counties);
        }

        /** The name without 市, as used in names of firms and parks. */
        String shortName() {
            return name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
        }

        boolean isStrongIn(int chain) {
            return strongChains.contains(chain);
        }
    }

    City city(int index) {
        return cities.get(index);
    }

    Province provinceOf(City city) {
        return provinces.get(city.province());
    }

    int cityCount() {
        return cities.size();
    }
}
