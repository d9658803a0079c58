package cn.liantu.importer.adapters;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names a region goes by in short place names: its full name and its short name, the full
 * name without the administrative suffix (洛阳市 → 洛阳, 浦东新区 → 浦东, 阿拉善盟 → 阿拉善) and,
 * for autonomous prefectures and counties, without the peoples named before 自治
 * (昌吉回族自治州 → 昌吉, 海西蒙古族藏族自治州 → 海西). A short name keeps at least two characters
 * (息县 stays 息县).
 */
final class RegionNames {

    private static final int MIN_LENGTH = 2;
    private static final List<String> AUTONOMOUS_SUFFIXES = List.of("自治州", "自治县", "自治旗");
    private static final List<String> SUFFIXES = List.of("特别行政区", "新区", "林区", "矿区", "特区", "地区",
            "盟", "市", "县", "区", "旗");
    /** China's 55 minority peoples (each optionally followed by 族) and 各族, longest first. */
    private static final List<String> PEOPLES = Stream.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依",
                    "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山",
                    "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
                    "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
                    "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private RegionNames() {
    }

    /** The full name and the short name, each of at least two characters. */
    static Set<String> aliases(String name) {
        Set<String> aliases = new LinkedHashSet<>();
        if (name.length() >= MIN_LENGTH) {
            aliases.add(name);
        }
        String shortName = shortName(name);
        if (shortName.length() >= MIN_LENGTH) {
            aliases.add(shortName);
        }
        return aliases;
    }

    static String shortName(String name) {
        for (String suffix : AUTONOMOUS_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return withoutPeoples(name.substring(0, name.length() - suffix.length()));
            }
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_LENGTH) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String withoutPeoples(String name) {
        String rest = name;
        boolean removed = true;
        while (removed) {
            removed = false;
            for (String people : PEOPLES) {
                for (String word : List.of(people + "族", people)) {
                    if (rest.endsWith(word) && rest.length() - word.length() >= MIN_LENGTH) {
                        rest = rest.substring(0, rest.length() - word.length());
                        removed = true;
                        break;
                    }
                }
                if (removed) {
                    break;
                }
            }
        }
        return rest;
    }
}
