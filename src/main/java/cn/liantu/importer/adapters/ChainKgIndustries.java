package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.importer.RecordType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * chain-kg's 申万 2021 industries: the tree (industry.jsonl, industry_industry.jsonl), the upstream
 * industries of each (industry_up.jsonl, by name) and the industry of each company
 * (company_industry.jsonl, by a code and a name that do not always agree).
 */
final class ChainKgIndustries {

    static final String INDUSTRY = "industry.jsonl";
    static final String INDUSTRY_PARENT = "industry_industry.jsonl";
    static final String INDUSTRY_UP = "industry_up.jsonl";
    static final String COMPANY_INDUSTRY = "company_industry.jsonl";

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    /** The level marks 申万 appends to names repeated across levels ("港口Ⅱ", "焦炭Ⅲ"). */
    private static final Pattern LEVEL_MARK = Pattern.compile("[ⅠⅡⅢ]+$");
    private static final String PARENT_RELATION = "上级行业";

    private final Conversion conversion;
    private final Map<String, String> namesByCode = new LinkedHashMap<>();
    private final Map<String, String> codesByName = new HashMap<>();
    private final Map<String, String> codesByUnmarkedName = new HashMap<>();

    ChainKgIndustries(Conversion conversion) {
        this.conversion = conversion;
    }

    /** Industries with parent and level; then the upstream links between them. */
    void convertTree(RawFiles files) {
        for (JsonRows.Row row : JsonRows.parse(INDUSTRY, files.lines(INDUSTRY), conversion)) {
            String code = row.text("code").trim();
            String name = row.text("name").trim();
            if (!CODE.matcher(code).matches() || name.isEmpty()) {
                conversion.issue(INDUSTRY, row.line(), IssueKind.MALFORMED_ROW,
                        "expected a 6-digit code and a name, got '" + code + "', '" + name + "'; skipped");
            } else if (namesByCode.containsKey(code)) {
                conversion.issue(INDUSTRY, row.line(), IssueKind.DUPLICATE_ROW, "industry " + code + " again; skipped");
            } else {
                namesByCode.put(code, name);
                codesByName.putIfAbsent(name, code);
            }
        }
        indexUnmarkedNames();
        Map<String, String> parents = parents(files);
        namesByCode.forEach((code, name) -> conversion.add(RecordType.INDUSTRIES,
                record("code", code, "name", name, "level", level(code, parents), "parentCode", parents.get(code))));
        upstreamLinks(files);
    }

    /** The industry of each company in {@code companies} (normalised stock codes). */
    void convertCompanyIndustries(RawFiles files, Set<String> companies) {
        Set<String> seen = new HashSet<>();
        for (JsonRows.Row row : JsonRows.parse(COMPANY_INDUSTRY, files.lines(COMPANY_INDUSTRY), conversion)) {
            Optional<StockCodes.StockCode> stock = StockCodes.parse(row.text("company_code"));
            if (stock.isEmpty() || !companies.contains(stock.get().code())) {
                conversion.issue(COMPANY_INDUSTRY, row.line(), IssueKind.UNKNOWN_COMPANY, "company '"
                        + row.text("company_code") + "' (" + row.text("company_name") + ") is not in "
                        + ChainKgAdapter.COMPANY + "; skipped");
                continue;
            }
            Optional<String> industry = resolve(row.line(), row.text("industry_code").trim(),
                    row.text("industry_name").trim());
            if (industry.isEmpty()) {
                continue;
            }
            String company = stock.get().code();
            if (!seen.add(company + "|" + industry.get())) {
                conversion.issue(COMPANY_INDUSTRY, row.line(), IssueKind.DUPLICATE_ROW,
                        company + " in " + industry.get() + " again; skipped");
                continue;
            }
            conversion.add(RecordType.ENTERPRISE_INDUSTRIES, record("enterprise", company, "industryCode", industry.get()));
        }
    }

    /**
     * The name decides when it names an industry (some codes follow an older edition of 申万, the
     * names the current one); otherwise a known code does. Either way a disagreement is reported.
     */
    private Optional<String> resolve(int line, String code, String name) {
        Optional<String> byName = codeOfName(name);
        if (byName.isPresent()) {
            if (!byName.get().equals(code)) {
                conversion.issue(COMPANY_INDUSTRY, line, IssueKind.INDUSTRY_CODE_NAME_MISMATCH, "code " + code + " ("
                        + namesByCode.getOrDefault(code, "not in " + INDUSTRY) + ") does not go with the name " + name
                        + "; the industry of that name, " + byName.get() + ", is used");
            }
            return byName;
        }
        if (namesByCode.containsKey(code)) {
            conversion.issue(COMPANY_INDUSTRY, line, IssueKind.INDUSTRY_CODE_NAME_MISMATCH, "no industry is named "
                    + name + "; the code " + code + " (" + namesByCode.get(code) + ") is used");
            return Optional.of(code);
        }
        conversion.issue(COMPANY_INDUSTRY, line, IssueKind.UNKNOWN_INDUSTRY,
                "neither the code " + code + " nor the name " + name + " is in " + INDUSTRY + "; skipped");
        return Optional.empty();
    }

    /** An industry by exact name, else by the name without its level mark when that is unambiguous. */
    private Optional<String> codeOfName(String name) {
        String code = codesByName.get(name);
        if (code == null) {
            code = codesByUnmarkedName.get(unmarked(name));
        }
        return Optional.ofNullable(code);
    }

    private void indexUnmarkedNames() {
        Map<String, Integer> uses = new HashMap<>();
        namesByCode.values().forEach(name -> uses.merge(unmarked(name), 1, Integer::sum));
        namesByCode.forEach((code, name) -> {
            if (uses.get(unmarked(name)) == 1) {
                codesByUnmarkedName.put(unmarked(name), code);
            }
        });
    }

    private static String unmarked(String name) {
        return LEVEL_MARK.matcher(name).replaceFirst("");
    }

    private Map<String, String> parents(RawFiles files) {
        Map<String, String> parents = new HashMap<>();
        for (JsonRows.Row row : JsonRows.parse(INDUSTRY_PARENT, files.lines(INDUSTRY_PARENT), conversion)) {
            String child = row.text("from_code").trim();
            String parent = row.text("to_code").trim();
            if (!PARENT_RELATION.equals(row.text("rel"))) {
                conversion.issue(INDUSTRY_PARENT, row.line(), IssueKind.UNKNOWN_RELATION,
                        "relation '" + row.text("rel") + "' instead of " + PARENT_RELATION + "; skipped");
            } else if (!namesByCode.containsKey(child) || !namesByCode.containsKey(parent)) {
                conversion.issue(INDUSTRY_PARENT, row.line(), IssueKind.UNKNOWN_INDUSTRY,
                        child + " → " + parent + " names an industry not in " + INDUSTRY + "; skipped");
            } else if (child.equals(parent)) {
                conversion.issue(INDUSTRY_PARENT, row.line(), IssueKind.SELF_LINK, child + " is its own parent; skipped");
            } else if (parents.putIfAbsent(child, parent) != null) {
                conversion.issue(INDUSTRY_PARENT, row.line(), IssueKind.DUPLICATE_ROW,
                        child + " has a parent already (" + parents.get(child) + "); " + parent + " skipped");
            }
        }
        return parents;
    }

    /** 1 for a top industry, its parent's level + 1 below; a cycle stops the count. */
    private static int level(String code, Map<String, String> parents) {
        int level = 1;
        Set<String> visited = new HashSet<>();
        for (String at = code; parents.containsKey(at) && visited.add(at); at = parents.get(at)) {
            level++;
        }
        return level;
    }

    private void upstreamLinks(RawFiles files) {
        Set<String> seen = new HashSet<>();
        for (JsonRows.Row row : JsonRows.parse(INDUSTRY_UP, files.lines(INDUSTRY_UP), conversion)) {
            String industryName = row.text("industry").trim();
            Optional<String> industry = codeOfName(industryName);
            if (industry.isEmpty()) {
                conversion.issue(INDUSTRY_UP, row.line(), IssueKind.UNKNOWN_INDUSTRY,
                        "no industry is named " + industryName + "; its upstream industries are skipped");
                continue;
            }
            for (Map.Entry<String, JsonNode> up : row.node().path("ups").properties()) {
                Optional<String> upstream = codeOfName(up.getKey().trim());
                if (upstream.isEmpty()) {
                    conversion.issue(INDUSTRY_UP, row.line(), IssueKind.UNKNOWN_INDUSTRY, "no industry is named "
                            + up.getKey() + " (upstream of " + industryName + "); skipped");
                } else if (upstream.equals(industry)) {
                    conversion.issue(INDUSTRY_UP, row.line(), IssueKind.SELF_LINK,
                            industryName + " upstream of itself; skipped");
                } else if (!seen.add(industry.get() + "|" + upstream.get())) {
                    conversion.issue(INDUSTRY_UP, row.line(), IssueKind.DUPLICATE_ROW,
                            up.getKey() + " upstream of " + industryName + " again; skipped");
                } else {
                    conversion.add(RecordType.INDUSTRY_LINKS, record("industry", industry.get(),
                            "upstream", upstream.get(), "weight", up.getValue().asInt()));
                }
            }
        }
    }
}
