package cn.liantu.importer.adapters;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds the city or county a short place name within a province stands for ("洛阳", "郑州中牟汽车",
 * "中德（沈阳）高端装备制造"), by the names regions go by ({@link RegionNames}):
 * <ol>
 *   <li>the regions of the province with a name the place starts with, the longest such name
 *       winning; when none, the regions with a name the place contains;</li>
 *   <li>one city found: a county of that city named in the rest of the place narrows it down
 *       ("郑州中牟汽车" → 中牟县);</li>
 *   <li>several found, all in one city (朝阳市 and 朝阳县; 伊宁市 and 伊宁县 of 伊犁州): that city;</li>
 *   <li>several found in different cities: ambiguous, no region.</li>
 * </ol>
 */
final class RegionNameMatcher {

    enum Outcome { MATCHED, NOT_MATCHED, AMBIGUOUS }

    /** The region found, or why none: NOT_MATCHED, or AMBIGUOUS with the candidates named. */
    record Match(Outcome outcome, Region region, List<Region> candidates) {
        static Match of(Region region) {
            return new Match(Outcome.MATCHED, region, List.of(region));
        }
    }

    private record Candidate(Region region, String alias) {
    }

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> placesByProvince = new HashMap<>();

    RegionNameMatcher(List<Region> regions) {
        regions.forEach(region -> byCode.put(region.code(), region));
        for (Region region : regions) {
            if (region.level() == RegionLevel.CITY || region.level() == RegionLevel.COUNTY) {
                provinceOf(region).ifPresent(province ->
                        placesByProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(region));
            }
        }
    }

    Match match(String provinceCode, String place) {
        List<Region> places = placesByProvince.getOrDefault(provinceCode, List.of());
        List<Candidate> found = longest(places, place, String::startsWith);
        if (found.isEmpty()) {
            found = longest(places, place, String::contains);
        }
        Set<Region> regions = new LinkedHashSet<>();
        found.forEach(candidate -> regions.add(candidate.region()));
        if (regions.isEmpty()) {
            return new Match(Outcome.NOT_MATCHED, null, List.of());
        }
        if (regions.size() == 1) {
            Candidate only = found.getFirst();
            return Match.of(only.region().level() == RegionLevel.CITY ? narrowToCounty(only, place) : only.region());
        }
        Set<String> cities = new LinkedHashSet<>();
        regions.forEach(region -> cities.add(cityCodeOf(region)));
        if (cities.size() == 1 && byCode.containsKey(cities.iterator().next())) {
            return Match.of(byCode.get(cities.iterator().next()));
        }
        return new Match(Outcome.AMBIGUOUS, null, List.copyOf(regions));
    }

    /** A county of the city that the rest of the place names, when exactly one does; else the city. */
    private Region narrowToCounty(Candidate city, String place) {
        int at = place.indexOf(city.alias());
        String rest = place.substring(0, at) + place.substring(at + city.alias().length());
        List<Region> counties = placesByProvince.getOrDefault(provinceOf(city.region()).orElse(""), List.of()).stream()
                .filter(region -> region.level() == RegionLevel.COUNTY && city.region().code().equals(region.parentCode()))
                .toList();
        List<Candidate> named = longest(counties, rest, String::contains);
        Set<Region> distinct = new LinkedHashSet<>();
        named.forEach(candidate -> distinct.add(candidate.region()));
        return distinct.size() == 1 ? distinct.iterator().next() : city.region();
    }

    /** The regions with an alias that {@code test(place, alias)} accepts, keeping only the longest aliases. */
    private static List<Candidate> longest(List<Region> regions, String place, BiPredicate<String, String> test) {
        List<Candidate> found = new ArrayList<>();
        for (Region region : regions) {
            for (String alias : RegionNames.aliases(region.name())) {
                if (test.test(place, alias)) {
                    found.add(new Candidate(region, alias));
                }
            }
        }
        int longest = found.stream().mapToInt(candidate -> candidate.alias().length()).max().orElse(0);
        return found.stream().filter(candidate -> candidate.alias().length() == longest)
                .sorted(Comparator.comparing(candidate -> candidate.region().code()))
                .toList();
    }

    private String cityCodeOf(Region region) {
        return region.level() == RegionLevel.CITY ? region.code() : region.parentCode();
    }

    private Optional<String> provinceOf(Region region) {
        Region at = region;
        for (int step = 0; at != null && step < 4; step++) {
            if (at.level() == RegionLevel.PROVINCE) {
                return Optional.of(at.code());
            }
            at = at.parentCode() == null ? null : byCode.get(at.parentCode());
        }
        return Optional.empty();
    }
}
