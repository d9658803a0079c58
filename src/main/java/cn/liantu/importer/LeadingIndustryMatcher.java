package cn.liantu.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches a park's leading industries (主导产业, free text such as "汽车、装备制造、新材料") to
 * industry chains by name. A term matches a chain when it
 * <ol>
 *   <li>equals the chain's name or one of its segments' names,</li>
 *   <li>contains the chain's name ("新能源汽车及零部件" → 新能源汽车),</li>
 *   <li>is the head word the chain's name ends with ("汽车" → 新能源汽车, "医药" → 生物医药), or</li>
 *   <li>contains a segment name of at least three characters ("动力电池系统" → a segment 动力电池).</li>
 * </ol>
 * Chinese compounds put the head word last, so rule 3 links a broad industry to its chains, while a
 * term that is only the start of a chain name ("能源" in 新能源汽车) does not match.
 */
public final class LeadingIndustryMatcher {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final int MIN_TERM_LENGTH = 2;
    private static final int MIN_CONTAINED_SEGMENT_LENGTH = 3;

    private LeadingIndustryMatcher() {
    }

    /** A chain and the names its leading-industry terms are compared with. */
    public record ChainTerms(String chainId, String chainName, List<String> segmentNames) {
    }

    /** A chain a park leads in, with the term of its text that matched. */
    public record ChainMatch(String chainId, String term) {
    }

    /** The terms of a leading-industries text, in order, without blanks and one-character fragments. */
    public static List<String> terms(String leadingIndustries) {
        if (leadingIndustries == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(leadingIndustries.trim()))
                .filter(term -> term.length() >= MIN_TERM_LENGTH)
                .toList();
    }

    /** The chains the text matches, in the order of {@code chains}, each with the first term that matched. */
    public static List<ChainMatch> match(String leadingIndustries, List<ChainTerms> chains) {
        List<String> terms = terms(leadingIndustries);
        List<ChainMatch> matches = new ArrayList<>();
        for (ChainTerms chain : chains) {
            terms.stream().filter(term -> matches(term, chain)).findFirst()
                    .ifPresent(term -> matches.add(new ChainMatch(chain.chainId(), term)));
        }
        return matches;
    }

    static boolean matches(String term, ChainTerms chain) {
        String chainName = chain.chainName() == null ? "" : chain.chainName();
        if (!chainName.isEmpty() && (term.contains(chainName) || chainName.endsWith(term))) {
            return true;
        }
        for (String segmentName : chain.segmentNames()) {
            if (term.equals(segmentName)
                    || segmentName.length() >= MIN_CONTAINED_SEGMENT_LENGTH && term.contains(segmentName)) {
                return true;
            }
        }
        return false;
    }
}
