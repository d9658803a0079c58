package cn.liantu.importer.adapters;

/**
 * Cleans product names mined from text: control characters (line breaks, DEL, backspace) are
 * removed, surrounding spaces trimmed, and a space next to a Chinese character dropped
 * ("LED 显示屏" → "LED显示屏"), while spaces between Latin words stay ("Smart Card").
 */
final class ProductNames {

    private ProductNames() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder withoutControls = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isISOControl(c)).forEach(withoutControls::appendCodePoint);
        String text = withoutControls.toString().strip().replaceAll("\\s+", " ");
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaceNextToChinese = c == ' '
                    && (isChinese(text.charAt(i - 1)) || isChinese(text.charAt(i + 1)));
            if (!spaceNextToChinese) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The name with each control character shown as its code point (U+000A as backslash-u000a), for messages. */
    static String visible(String raw) {
        StringBuilder shown = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
