package cn.liantu.importer.validation;

/** The kinds of keyed nodes records refer to, with the label and key property they are stored under. */
public enum KeySpace {
    REGION("Region", "code"),
    CHAIN("IndustryChain", "id"),
    SEGMENT("ChainSegment", "id"),
    PRODUCT("Product", "id"),
    PARK("Park", "id"),
    ENTERPRISE("Enterprise", "id");

    private final String label;
    private final String keyProperty;

    KeySpace(String label, String keyProperty) {
        this.label = label;
        this.keyProperty = keyProperty;
    }

    public String label() {
        return label;
    }

    public String keyProperty() {
        return keyProperty;
    }
}
