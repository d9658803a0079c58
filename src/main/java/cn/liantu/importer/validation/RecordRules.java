package cn.liantu.importer.validation;

import cn.liantu.domain.ChainCategory;
import cn.liantu.domain.ChainPosition;
import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.KeyLinkType;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import cn.liantu.domain.ProjectKeyLevel;
import cn.liantu.domain.ProjectRole;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.RankingList;
import cn.liantu.domain.RdInstitutionType;
import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.ImportRows;
import cn.liantu.importer.SourceRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a record of each type must meet on its own (fields, formats, ranges, order of
 * dates), and the nodes it refers to. Whether those exist is checked by the caller, against the
 * dataset and the database. Pure: no database.
 */
public final class RecordRules {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}|[A-Z]{2}");
    private static final Pattern STOCK_CODE = Pattern.compile("\\d{6}");

    private RecordRules() {
    }

    public static Checked check(SourceRecord record) {
        Fields f = new Fields(record.fields());
        return switch (record.type()) {
            case REGIONS -> region(f);
            case CHAINS -> {
                String id = f.requiredText("id");
                f.requiredText("name");
                f.requiredEnum("category", ChainCategory.class);
                yield f.done(KeySpace.CHAIN, id);
            }
            case SEGMENTS -> segment(f);
            case SEGMENT_FLOWS -> {
                f.reference(KeySpace.SEGMENT, f.requiredText("from"), "from");
                f.reference(KeySpace.SEGMENT, f.requiredText("to"), "to");
                if (f.text("from") != null && f.text("from").equals(f.text("to"))) {
                    f.problem("a segment cannot supply itself (from = to = " + f.text("from") + ")");
                }
                yield f.done(null, null);
            }
            case PRODUCTS, TECHNOLOGIES -> {
                String id = f.requiredText("id");
                f.requiredText("name");
                f.references(KeySpace.SEGMENT, "segmentIds");
                yield f.done(record.type() == cn.liantu.importer.RecordType.PRODUCTS ? KeySpace.PRODUCT : null, id);
            }
            case PARKS -> park(f);
            case ENTERPRISES -> enterprise(f);
            case SUPPLIES -> supply(f);
            case CHAIN_LEADERS -> {
                f.reference(KeySpace.ENTERPRISE, ImportRows.enterpriseRef(f.requiredText("enterprise")), "enterprise");
                f.reference(KeySpace.CHAIN, f.requiredText("chainId"), "chainId");
                f.reference(KeySpace.REGION, f.requiredText("regionCode"), "regionCode");
                f.optionalYear("since");
                yield f.done(null, null);
            }
            case RD_INSTITUTIONS -> {
                String id = f.requiredText("id");
                f.requiredText("name");
                f.requiredEnum("type", RdInstitutionType.class);
                f.reference(KeySpace.REGION, f.requiredText("regionCode"), "regionCode");
                f.references(KeySpace.SEGMENT, "segmentIds");
                yield f.done(null, id);
            }
            case PROJECTS -> project(f);
            case INDUSTRY_CLASSES, INDUSTRIES -> {
                String code = f.requiredText("code");
                f.requiredText("name");
                yield f.done(null, code);
            }
            // Reference data converted by the adapters: their statements match what exists and
            // skip the rest; the adapters report the quirks of the source.
            case INDUSTRY_LINKS, PRODUCT_LINKS, SEGMENT_COVERAGE, ENTERPRISE_INDUSTRIES, ENTERPRISE_PRODUCTS ->
                    f.done(null, null);
        };
    }

    private static Checked region(Fields f) {
        String code = f.requiredText("code");
        if (code != null && !REGION_CODE.matcher(code).matches()) {
            f.problem("code '" + code + "' is neither a 6-digit GB/T 2260 code nor a 2-letter country code");
        }
        f.requiredText("name");
        RegionLevel level = f.requiredEnum("level", RegionLevel.class);
        String parent = f.text("parentCode");
        if (level == RegionLevel.COUNTRY && parent != null) {
            f.problem("a COUNTRY has no parentCode");
        }
        if (level != null && level != RegionLevel.COUNTRY) {
            if (parent == null) {
                f.problem("parentCode is required for a " + level);
            }
            f.reference(KeySpace.REGION, parent, "parentCode");
        }
        return f.done(KeySpace.REGION, code);
    }

    private static Checked segment(Fields f) {
        String id = f.requiredText("id");
        f.reference(KeySpace.CHAIN, f.requiredText("chainId"), "chainId");
        f.requiredText("name");
        f.requiredEnum("position", ChainPosition.class);
        Long level = f.requiredWholeNumber("level");
        if (level != null && level < 1) {
            f.problem("level must be 1 or more, got " + level);
        }
        String parent = f.text("parentId");
        if (parent == null && level != null && level > 1) {
            f.problem("a segment of level " + level + " needs a parentId");
        }
        f.reference(KeySpace.SEGMENT, parent, "parentId");
        f.optionalEnum("keyLinkType", KeyLinkType.class);
        Double weight = f.number("weight");
        if (weight != null && weight <= 0) {
            f.problem("weight must be above 0, got " + weight);
        }
        return f.done(KeySpace.SEGMENT, id);
    }

    private static Checked park(Fields f) {
        String id = f.requiredText("id");
        f.requiredText("name");
        f.requiredEnum("level", ParkLevel.class);
        f.requiredEnum("type", ParkType.class);
        f.reference(KeySpace.REGION, f.requiredText("regionCode"), "regionCode");
        f.nonNegative("areaMu");
        f.nonNegative("targetTaxPerMu");
        f.date("approvedOn");
        f.references(KeySpace.CHAIN, "leadingChainIds");
        return f.done(KeySpace.PARK, id);
    }

    private static Checked enterprise(Fields f) {
        String uscc = f.text("uscc");
        String stockCode = f.text("stockCode");
        if (uscc == null && stockCode == null) {
            f.problem("an enterprise needs a uscc or a stockCode");
        }
        if (uscc != null) {
            Uscc.problem(uscc.toUpperCase()).ifPresent(f::problem);
        }
        if (stockCode != null && !STOCK_CODE.matcher(stockCode).matches()) {
            f.problem("stockCode must be 6 digits without exchange suffix, got '" + stockCode + "'");
        }
        f.requiredText("name");
        f.optionalEnum("ownership", Ownership.class);
        for (String field : List.of("revenue", "tax", "employees", "landAreaMu", "patents")) {
            f.nonNegative(field);
        }
        LocalDate founded = f.date("foundedOn");
        LocalDate closed = f.date("closedOn");
        if (founded != null && closed != null && closed.isBefore(founded)) {
            f.problem("closedOn " + closed + " is before foundedOn " + founded);
        }
        f.reference(KeySpace.REGION, f.requiredText("regionCode"), "regionCode");
        f.reference(KeySpace.PARK, f.text("parkId"), "parkId");
        f.enumList("tags", EnterpriseTag.class);
        f.rankings();
        f.references(KeySpace.SEGMENT, "segmentIds");
        f.references(KeySpace.PRODUCT, "productIds");
        return f.done(KeySpace.ENTERPRISE, ImportRows.enterpriseId(uscc, stockCode));
    }

    private static Checked supply(Fields f) {
        String supplier = ImportRows.enterpriseRef(f.requiredText("supplier"));
        String customer = ImportRows.enterpriseRef(f.requiredText("customer"));
        f.reference(KeySpace.ENTERPRISE, supplier, "supplier");
        f.reference(KeySpace.ENTERPRISE, customer, "customer");
        if (supplier != null && supplier.equals(customer)) {
            f.problem("an enterprise cannot supply itself (" + supplier + ")");
        }
        f.reference(KeySpace.PRODUCT, f.text("productId"), "productId");
        f.nonNegative("value");
        if (f.requiredWholeNumber("year") != null) {
            f.optionalYear("year");
        }
        return f.done(null, null);
    }

    private static Checked project(Fields f) {
        String id = f.requiredText("id");
        f.requiredText("name");
        f.reference(KeySpace.ENTERPRISE, ImportRows.enterpriseRef(f.text("investor")), "investor");
        f.reference(KeySpace.PARK, f.text("parkId"), "parkId");
        f.reference(KeySpace.REGION, f.requiredText("regionCode"), "regionCode");
        f.reference(KeySpace.CHAIN, f.text("chainId"), "chainId");
        Double amount = f.nonNegative("amount");
        Double funds = f.nonNegative("fundsInPlace");
        if (amount != null && funds != null && funds > amount) {
            f.problem("fundsInPlace " + funds + " exceeds the contracted amount " + amount);
        }
        ProjectStage stage = f.requiredEnum("stage", ProjectStage.class);
        f.optionalEnum("keyLevel", ProjectKeyLevel.class);
        f.projectSegments();
        f.stageDates(stage);
        if (stage == ProjectStage.TERMINATED && f.text("terminationReason") == null) {
            f.problem("a TERMINATED project needs a terminationReason");
        }
        return f.done(null, id);
    }

    /** Reads fields of one record and collects problems and references. */
    private static final class Fields {
        private final Map<String, Object> values;
        private final List<String> problems = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();

        Fields(Map<String, Object> values) {
            this.values = values;
        }

        void problem(String text) {
            problems.add(text);
        }

        Checked done(KeySpace defines, String key) {
            return new Checked(List.copyOf(problems), key == null ? null : defines, key, List.copyOf(references));
        }

        String text(String field) {
            Object value = values.get(field);
            if (value == null) {
                return null;
            }
            String text = value.toString().trim();
            return text.isEmpty() ? null : text;
        }

        String requiredText(String field) {
            Object value = values.get(field);
            if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                problem(field + " must be text");
                return null;
            }
            String text = text(field);
            if (text == null) {
                problem(field + " is required");
            }
            return text;
        }

        <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
            if (text(field) == null) {
                problem(field + " is required (one of " + Arrays.toString(type.getEnumConstants()) + ")");
                return null;
            }
            return optionalEnum(field, type);
        }

        <E extends Enum<E>> E optionalEnum(String field, Class<E> type) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                problem(field + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        Double number(String field) {
            Object value = values.get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            problem(field + " must be a number, got '" + value + "'");
            return null;
        }

        Double nonNegative(String field) {
            Double number = number(field);
            if (number != null && (number < 0 || number.isNaN())) {
                problem(field + " must not be negative, got " + number);
            }
            return number;
        }

        Long requiredWholeNumber(String field) {
            Object value = values.get(field);
            if (value == null) {
                problem(field + " is required");
                return null;
            }
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            problem(field + " must be a whole number, got '" + value + "'");
            return null;
        }

        void optionalYear(String field) {
            Object value = values.get(field);
            if (value == null) {
                return;
            }
            if (!(value instanceof Integer year) || year < 1900 || year > 2100) {
                problem(field + " must be a year between 1900 and 2100, got '" + value + "'");
            }
        }

        LocalDate date(String field) {
            return parseDate(field, text(field));
        }

        LocalDate parseDate(String field, String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field + " '" + text + "' is not a date like 2026-03-31");
                return null;
            }
        }

        void reference(KeySpace space, String key, String field) {
            if (key != null) {
                references.add(new Reference(space, key, field));
            }
        }

        List<String> textList(String field) {
            Object value = values.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                problem(field + " must be a list");
                return List.of();
            }
            return list.stream().map(String::valueOf).toList();
        }

        void references(KeySpace space, String field) {
            for (String key : textList(field)) {
                reference(space, key, field);
            }
        }

        <E extends Enum<E>> void enumList(String field, Class<E> type) {
            for (String item : textList(field)) {
                try {
                    Enum.valueOf(type, item);
                } catch (IllegalArgumentException e) {
                    problem(field + " has '" + item + "', not one of " + Arrays.toString(type.getEnumConstants()));
                }
            }
        }

        void rankings() {
            Object value = values.get("rankings");
            if (value == null) {
                return;
            }
            if (!(value instanceof List<?> list)) {
                problem("rankings must be a list of {list, year, rank}");
                return;
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> ranking)) {
                    problem("rankings must be a list of {list, year, rank}");
                    continue;
                }
                Fields nested = new Fields(castMap(ranking));
                nested.requiredEnum("list", RankingList.class);
                nested.optionalYear("year");
                if (ranking.get("year") == null) {
                    nested.problem("year is required");
                }
                Double rank = nested.number("rank");
                if (rank != null && rank < 1) {
                    nested.problem("rank must be 1 or more, got " + rank);
                }
                nested.problems.forEach(p -> problem("rankings: " + p));
            }
        }

        void projectSegments() {
            Object value = values.get("segments");
            if (value == null) {
                return;
            }
            if (!(value instanceof List<?> list)) {
                problem("segments must be a list of {segmentId, role}");
                return;
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> served)) {
                    problem("segments must be a list of {segmentId, role}");
                    continue;
                }
                Fields nested = new Fields(castMap(served));
                String segment = nested.requiredText("segmentId");
                nested.requiredEnum("role", ProjectRole.class);
                nested.problems.forEach(p -> problem("segments: " + p));
                reference(KeySpace.SEGMENT, segment, "segments");
            }
        }

        /** Every pipeline stage up to the current one has a date, and the dates never go back. */
        void stageDates(ProjectStage stage) {
            Object value = values.get("stageDates");
            Map<String, Object> dates = value instanceof Map<?, ?> map ? castMap(map) : Map.of();
            if (value != null && !(value instanceof Map<?, ?>)) {
                problem("stageDates must be an object from stage to date");
                return;
            }
            for (String name : dates.keySet()) {
                try {
                    ProjectStage.valueOf(name);
                } catch (IllegalArgumentException e) {
                    problem("stageDates has unknown stage '" + name + "'");
                }
            }
            if (stage == null) {
                return;
            }
            LocalDate previous = null;
            String previousStage = null;
            for (ProjectStage step : ProjectStage.PIPELINE) {
                LocalDate date = parseDate("stageDates." + step, dates.get(step.name()) == null ? null
                        : dates.get(step.name()).toString());
                boolean reached = stage != ProjectStage.TERMINATED && step.ordinal() <= stage.ordinal();
                if (reached && date == null && step.ordinal() >= ProjectStage.SIGNED.ordinal()) {
                    problem("stageDates." + step + " is missing for a project at stage " + stage);
                }
                if (date != null && stage != ProjectStage.TERMINATED && step.ordinal() > stage.ordinal()) {
                    problem("stageDates." + step + " is set but the project is only at stage " + stage);
                }
                if (date != null && previous != null && date.isBefore(previous)) {
                    problem("stageDates." + step + " " + date + " is before stageDates." + previousStage + " "
                            + previous);
                }
                if (date != null) {
                    previous = date;
                    previousStage = step.name();
                }
            }
            LocalDate terminated = parseDate("stageDates.TERMINATED", dates.get("TERMINATED") == null ? null
                    : dates.get("TERMINATED").toString());
            if (stage == ProjectStage.TERMINATED && terminated == null) {
                problem("stageDates.TERMINATED is missing for a TERMINATED project");
            }
            if (terminated != null && previous != null && terminated.isBefore(previous)) {
                problem("stageDates.TERMINATED " + terminated + " is before stageDates." + previousStage + " "
                        + previous);
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castMap(Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
    }
}
