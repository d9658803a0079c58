package cn.liantu.persistence;

import org.neo4j.driver.Value;

/** Money summed by the database, read without floating-point noise (four decimals of 万元). */
final class Amounts {

    private Amounts() {
    }

    static Double of(Value value) {
        return value.isNull() ? null : Math.round(value.asDouble() * 10_000) / 10_000.0;
    }

    static double orZero(Value value) {
        Double amount = of(value);
        return amount == null ? 0 : amount;
    }
}
