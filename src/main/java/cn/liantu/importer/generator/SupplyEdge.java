package cn.liantu.importer.generator;

import cn.liantu.domain.Product;

/** One supply edge: supplier → customer, a product, its value (万元) in a year. */
record SupplyEdge(FirmProfile supplier, FirmProfile customer, Product product, double value, int year) {
}
