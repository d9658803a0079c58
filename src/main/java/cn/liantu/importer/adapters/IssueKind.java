package cn.liantu.importer.adapters;

/** The kinds of quirk an adapter reports instead of failing on them. */
public enum IssueKind {
    /** A line that cannot be read as a row of its file (bad JSON, missing columns, bad code). */
    MALFORMED_ROW,
    /** A row referring to a parent row that the dataset does not have. */
    UNKNOWN_PARENT,
    /** A converted row the import's validation rejected (the reason says why); it was not written. */
    INVALID_ROW,

    /** regions: a 市辖区 / 县 city row standing for a municipality's districts or counties. */
    MUNICIPALITY_PLACEHOLDER,
    /** regions: a 省直辖县级行政区划 city row grouping counties governed by the province itself. */
    PROVINCE_ADMINISTERED_PLACEHOLDER,
    /** regions: a county row carrying its city's own code (a city without counties). */
    COUNTY_CODE_IS_CITY_CODE,

    /** industry-classification: a tag that the import format has no value for. */
    UNKNOWN_TAG,

    /** chain-kg: the dataset gives no province or city for its companies. */
    NO_LOCATION,
    /** chain-kg: a stock code without its exchange suffix (.SH / .SZ). */
    STOCK_CODE_WITHOUT_EXCHANGE,
    /** chain-kg: a second company row with a stock code already seen. */
    DUPLICATE_STOCK_CODE,
    /** chain-kg: a listing date that is not a date ("-", an exchange name). */
    LISTING_DATE_NOT_A_DATE,
    /** chain-kg: a date where the exchange name belongs. */
    DATE_IN_LOCATION,
    /** chain-kg: a row naming a company that company.jsonl does not have. */
    UNKNOWN_COMPANY,
    /** chain-kg: an industry code and name that do not belong together. */
    INDUSTRY_CODE_NAME_MISMATCH,
    /** chain-kg: an industry found neither by code nor by name. */
    UNKNOWN_INDUSTRY,
    /** chain-kg: a revenue share below 0 or above 1 (offsets, restatements). */
    REVENUE_SHARE_OUT_OF_RANGE,
    /** A row repeating an earlier one. */
    DUPLICATE_ROW,
    /** chain-kg: a product name with control characters or stray spaces, cleaned. */
    PRODUCT_NAME_CLEANED,
    /** chain-kg: a product name that is the same as an earlier one once cleaned. */
    DUPLICATE_PRODUCT,
    /** chain-kg: a relation naming a product that product.jsonl does not have. */
    UNKNOWN_PRODUCT,
    /** A relation from something to itself. */
    SELF_LINK,
    /** chain-kg: a relation type the adapter does not know. */
    UNKNOWN_RELATION,

    /** dev-zones: a second zone with a code already seen. */
    DUPLICATE_CODE,
    /** dev-zones: 批准时间 holding two dates ("2000.04/2002.12"). */
    TWO_APPROVAL_DATES,
    /** dev-zones: a date or area that cannot be read. */
    BAD_VALUE,
    /** dev-zones: 城市/区县 is a fragment ("开", "—东盟"), not a place name. */
    PLACE_FRAGMENT,
    /** dev-zones: a known misspelt place name, corrected (湽博 → 淄博). */
    PLACE_TYPO_FIXED,
    /** dev-zones: 城市/区县 matches no region of the province. */
    PLACE_NOT_MATCHED,
    /** dev-zones: 城市/区县 matches regions in different cities. */
    PLACE_AMBIGUOUS,
    /** dev-zones: 省份 and the province digits of 代码 disagree. */
    PROVINCE_MISMATCH
}
