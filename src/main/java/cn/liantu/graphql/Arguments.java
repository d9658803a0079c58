package cn.liantu.graphql;

import cn.liantu.config.LiantuSettings;
import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.Region;
import cn.liantu.persistence.RegionDirectory;
import cn.liantu.persistence.query.EnterpriseCriteria;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.ParkCriteria;
import cn.liantu.persistence.query.ProjectCriteria;
import cn.liantu.persistence.query.SortKey;
import cn.liantu.service.ApiException;
import graphql.schema.DataFetchingEnvironment;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks list arguments: page size and cursor, filters and sort order. Every rejection
 * is a BAD_USER_INPUT error saying what to send instead.
 */
@Singleton
public class Arguments {

    private final LiantuSettings settings;
    private final RegionDirectory regions;

    public Arguments(LiantuSettings settings, RegionDirectory regions) {
        this.settings = settings;
        this.regions = regions;
    }

    public PageRequest page(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > settings.maxPageSize()) {
            throw ApiException.badInput("first must be between 0 and " + settings.maxPageSize() + ", got " + limit);
        }
        String after = env.getArgument("after");
        int offset = after == null ? 0 : Cursors.decode(after) + 1;
        return new PageRequest(offset, limit);
    }

    /** A plain "at most n" argument, checked against the maximum page size. */
    public int limit(DataFetchingEnvironment env, String name, int fallback) {
        Integer value = env.getArgument(name);
        int limit = value == null ? fallback : value;
        if (limit < 0 || limit > settings.maxPageSize()) {
            throw ApiException.badInput(name + " must be between 0 and " + settings.maxPageSize() + ", got " + limit);
        }
        return limit;
    }

    /** The region a code names, or BAD_USER_INPUT when no such region is known. */
    public Region region(String code) {
        return regions.find(code).orElseThrow(() -> ApiException.badInput("Unknown region code '" + code
                + "': use a GB/T 2260 code such as 410300 (洛阳市) or a country code such as CN"));
    }

    public EnterpriseCriteria enterpriseCriteria(Map<String, Object> filter) {
        if (filter == null) {
            return EnterpriseCriteria.all();
        }
        String regionCode = (String) filter.get("regionCode");
        Region region = regionCode == null ? null : region(regionCode);
        Double revenueMin = number(filter.get("revenueMin"));
        Double revenueMax = number(filter.get("revenueMax"));
        if (revenueMin != null && revenueMax != null && revenueMin > revenueMax) {
            throw ApiException.badInput("revenueMin (" + revenueMin + ") is above revenueMax (" + revenueMax + ")");
        }
        return new EnterpriseCriteria(region == null ? null : region.code(), region == null ? null : region.level(),
                (String) filter.get("parkId"), (String) filter.get("chainId"), (String) filter.get("segmentId"),
                enums(EnterpriseTag.class, filter.get("tags")), enumValue(Ownership.class, filter.get("ownership")),
                (String) filter.get("nameContains"), revenueMin, revenueMax, (Boolean) filter.getOrDefault("operating", true));
    }

    public ParkCriteria parkCriteria(Map<String, Object> filter) {
        if (filter == null) {
            return new ParkCriteria(null, null, null, null, null, null);
        }
        String regionCode = (String) filter.get("regionCode");
        Region region = regionCode == null ? null : region(regionCode);
        return new ParkCriteria(region == null ? null : region.code(), region == null ? null : region.level(),
                enumValue(ParkLevel.class, filter.get("level")), enumValue(ParkType.class, filter.get("type")),
                (String) filter.get("chainId"), (String) filter.get("nameContains"));
    }

    public ProjectCriteria projectCriteria(Map<String, Object> filter) {
        if (filter == null) {
            return new ProjectCriteria(null, null, null, null, null, null, null, null, null);
        }
        String regionCode = (String) filter.get("regionCode");
        Region region = regionCode == null ? null : region(regionCode);
        LocalDate signedFrom = (LocalDate) filter.get("signedFrom");
        LocalDate signedTo = (LocalDate) filter.get("signedTo");
        if (signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo)) {
            throw ApiException.badInput("signedFrom (" + signedFrom + ") is after signedTo (" + signedTo + ")");
        }
        return new ProjectCriteria(enums(ProjectStage.class, filter.get("stages")),
                region == null ? null : region.code(), region == null ? null : region.level(),
                (String) filter.get("parkId"), (String) filter.get("chainId"), (String) filter.get("responsible"),
                signedFrom, signedTo, (String) filter.get("nameContains"));
    }

    /** Sort keys from a list of {field, direction} inputs; field names map to stored properties. */
    public List<SortKey> order(Object orderBy, Map<String, String> propertyOfField, List<SortKey> fallback) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        if (orderBy instanceof Map<?, ?> single) {
            inputs.add(castMap(single));
        } else if (orderBy instanceof List<?> list) {
            list.forEach(item -> inputs.add(castMap((Map<?, ?>) item)));
        }
        if (inputs.isEmpty()) {
            return fallback;
        }
        List<SortKey> keys = new ArrayList<>();
        for (Map<String, Object> input : inputs) {
            String property = propertyOfField.get(String.valueOf(input.get("field")));
            keys.add(new SortKey(property, "DESC".equals(String.valueOf(input.get("direction")))));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        return type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString());
    }

    static <E extends Enum<E>> List<E> enums(Class<E> type, Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        return list.stream().map(item -> enumValue(type, item)).toList();
    }
}
