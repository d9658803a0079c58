package cn.liantu.domain;

/** A product (产品). */
public record Product(String id, String name) {
}
