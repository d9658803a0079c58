package cn.liantu.importer.generator;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws provinces, cities and counties with GB/T 2260-shaped codes: real province codes and names,
 * cities {@code PPCC00} numbered within their province, counties {@code PPCCDD} with districts
 * from 02, counties from 21 and county-level cities from 81. City and county names are made up.
 */
final class GeographyGenerator {

    static final int FIRMS_PER_CITY = 300;
    static final int MIN_CITIES = 3;
    /** China has about 330 prefecture-level cities. */
    static final int MAX_CITIES = 330;
    private static final int CITIES_PER_PROVINCE = 12;
    private static final double[] PROVINCIAL_TAX_TARGETS = {8, 10, 11, 12, 15};

    /** Provinces and autonomous regions; municipalities are left out, having no prefecture cities. */
    private static final List<String[]> PROVINCES = List.of(
            new String[] {"13", "河北省"}, new String[] {"14", "山西省"}, new String[] {"15", "内蒙古自治区"},
            new String[] {"21", "辽宁省"}, new String[] {"22", "吉林省"}, new String[] {"23", "黑龙江省"},
            new String[] {"32", "江苏省"}, new String[] {"33", "浙江省"}, new String[] {"34", "安徽省"},
            new String[] {"35", "福建省"}, new String[] {"36", "江西省"}, new String[] {"37", "山东省"},
            new String[] {"41", "河南省"}, new String[] {"42", "湖北省"}, new String[] {"43", "湖南省"},
            new String[] {"44", "广东省"}, new String[] {"45", "广西壮族自治区"}, new String[] {"46", "海南省"},
            new String[] {"51", "四川省"}, new String[] {"52", "贵州省"}, new String[] {"53", "云南省"},
            new String[] {"54", "西藏自治区"}, new String[] {"61", "陕西省"}, new String[] {"62", "甘肃省"},
            new String[] {"63", "青海省"}, new String[] {"64", "宁夏回族自治区"}, new String[] {"65", "新疆维吾尔自治区"});

    private static final String FIRST_SYLLABLES = "安宝滨昌常辰川丹德东丰福富阜广桂海汉和河衡红华怀淮黄吉嘉建江金锦晋京"
            + "靖开康兰乐丽临灵龙隆鲁洛茂梅绵南宁平莆齐庆泉荣瑞沙山商韶邵绍石寿舒顺松遂泰天通铜万威潍渭文武西咸襄新信兴"
            + "宣雅延阳宜益永榆玉元岳云湛漳昭肇镇中舟珠淄遵";
    private static final String SECOND_SYLLABLES = "州阳安江山城宁平川原德兴昌化河林源南东西海泉丰和口门溪陵都水";

    private GeographyGenerator() {
    }

    static int cityCount(int enterprises) {
        return Math.clamp(Math.round(enterprises / (double) FIRMS_PER_CITY), MIN_CITIES, MAX_CITIES);
    }

    static Geography generate(long seed, int enterprises, int chainCount) {
        SplittableRandom random = Draws.forItem(seed, Streams.GEOGRAPHY, 0);
        int cityTotal = cityCount(enterprises);
        List<String[]> chosen = chooseProvinces(random, Math.clamp((cityTotal + CITIES_PER_PROVINCE - 1)
                / CITIES_PER_PROVINCE, 2, PROVINCES.size()));
        int[] citiesPerProvince = spreadCities(random, cityTotal, chosen.size());
        Set<String> cityNames = new LinkedHashSet<>();
        List<Geography.Province> provinces = new ArrayList<>();
        List<Geography.City> cities = new ArrayList<>();
        for (int p = 0; p < chosen.size(); p++) {
            String provinceCode = chosen.get(p)[0];
            int firstCity = cities.size();
            for (int c = 1; c <= citiesPerProvince[p]; c++) {
                String code = provinceCode + String.format(Locale.ROOT, "%02d", c) + "00";
                String name = uniqueName(random, cityNames, "市");
                double weight = Draws.logNormal(random, 1.0, 0.9) * (c == 1 ? 2.5 : 1.0);
                cities.add(new Geography.City(cities.size(), code, name, p, weight,
                        strongChains(random, chainCount), counties(random, code, name)));
            }
            provinces.add(new Geography.Province(provinceCode + "0000", chosen.get(p)[1], firstCity, cities.size(),
                    PROVINCIAL_TAX_TARGETS[random.nextInt(PROVINCIAL_TAX_TARGETS.length)]));
        }
        return new Geography(List.copyOf(provinces), List.copyOf(cities));
    }

    private static List<String[]> chooseProvinces(SplittableRandom random, int count) {
        List<String[]> shuffled = new ArrayList<>(PROVINCES);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        List<String[]> chosen = new ArrayList<>(shuffled.subList(0, count));
        chosen.sort(Comparator.comparing(province -> province[0]));
        return chosen;
    }

    /** One city per province, the rest spread in proportion to random province sizes. */
    private static int[] spreadCities(SplittableRandom random, int cities, int provinces) {
        int[] counts = new int[provinces];
        double[] sizes = new double[provinces];
        for (int p = 0; p < provinces; p++) {
            counts[p] = 1;
            sizes[p] = Draws.between(random, 0.5, 1.5);
        }
        for (int i = provinces; i < cities; i++) {
            counts[Draws.weighted(random, sizes)]++;
        }
        return counts;
    }

    private static List<Integer> strongChains(SplittableRandom random, int chainCount) {
        int first = random.nextInt(chainCount);
        if (Draws.chance(random, 0.5)) {
            return List.of(first);
        }
        int second = (first + 1 + random.nextInt(chainCount - 1)) % chainCount;
        return List.of(first, second);
    }

    /** 3–12 county-level regions: 1–4 districts (02..), then counties (21..), maybe a county-level city (81). */
    private static List<Region> counties(SplittableRandom random, String cityCode, String cityName) {
        int total = Draws.between(random, 3, 12);
        int districts = Draws.between(random, 1, Math.min(4, total - 1));
        boolean countyCity = total - districts >= 2 && Draws.chance(random, 0.5);
        String prefix = cityCode.substring(0, 4);
        Set<String> names = new LinkedHashSet<>(List.of(cityName));
        List<Region> counties = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String code;
            String suffix;
            if (i < districts) {
                code = prefix + String.format(Locale.ROOT, "%02d", 2 + i);
                suffix = "区";
            } else if (countyCity && i == total - 1) {
                code = prefix + "81";
                suffix = "市";
            } else {
                code = prefix + String.format(Locale.ROOT, "%02d", 21 + i - districts);
                suffix = "县";
            }
            counties.add(new Region(code, uniqueName(random, names, suffix), RegionLevel.COUNTY, cityCode));
        }
        return counties;
    }

    private static String uniqueName(SplittableRandom random, Set<String> taken, String suffix) {
        while (true) {
            String name = "" + FIRST_SYLLABLES.charAt(random.nextInt(FIRST_SYLLABLES.length()))
                    + SECOND_SYLLABLES.charAt(random.nextInt(SECOND_SYLLABLES.length())) + suffix;
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
