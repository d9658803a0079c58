package cn.liantu.importer.adapters;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A-share stock codes as the datasets write them: "600000", "600000.SH", "600000SH", "300957.sz".
 * The key is the 6 digits; the exchange comes from the suffix, or else from the first digit.
 */
final class StockCodes {

    /** A normalised stock code, its exchange (SSE, SZSE, BSE or null) and whether a suffix named it. */
    record StockCode(String code, String exchange, boolean suffixGiven) {
    }

    private static final Pattern FORM = Pattern.compile("(\\d{6})(?:\\.?([A-Za-z]{2}))?");
    private static final Map<String, String> SUFFIXES = Map.of("SH", "SSE", "SZ", "SZSE", "BJ", "BSE");
    private static final Map<String, String> EXCHANGE_NAMES = Map.of(
            "上海证券交易所", "SSE", "深圳证券交易所", "SZSE", "北京证券交易所", "BSE");

    private StockCodes() {
    }

    /** The code, or empty when {@code raw} is not a stock code in one of the known forms. */
    static Optional<StockCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(raw.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1);
        String suffix = matcher.group(2);
        if (suffix == null) {
            return Optional.of(new StockCode(digits, exchangeOfDigits(digits), false));
        }
        String exchange = SUFFIXES.get(suffix.toUpperCase(Locale.ROOT));
        return exchange == null ? Optional.empty() : Optional.of(new StockCode(digits, exchange, true));
    }

    /** The exchange a Chinese exchange name stands for, or null. */
    static String exchangeOfName(String name) {
        return name == null ? null : EXCHANGE_NAMES.get(name.trim());
    }

    /** Shanghai codes start with 6, Shenzhen with 0 or 3, Beijing with 4 or 8. */
    static String exchangeOfDigits(String digits) {
        return switch (digits.charAt(0)) {
            case '6' -> "SSE";
            case '0', '3' -> "SZSE";
            case '4', '8' -> "BSE";
            default -> null;
        };
    }
}
