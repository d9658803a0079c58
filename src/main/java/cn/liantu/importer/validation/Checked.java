package cn.liantu.importer.validation;

import java.util.List;

/**
 * What validating one record found: its problems (empty when valid), the key it defines (if it
 * is a keyed node) and the nodes it refers to.
 */
public record Checked(List<String> problems, KeySpace defines, String key, List<Reference> references) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
