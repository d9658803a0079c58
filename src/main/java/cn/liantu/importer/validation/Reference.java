package cn.liantu.importer.validation;

/** A record's reference to a node that must exist, in the dataset or in the database. */
public record Reference(KeySpace space, String key, String field) {
}
