package cn.liantu.importer.generator;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.Product;
import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic enterprise, derived from its number: where it is, what it makes, how big it is.
 * Its name is the city's short name, the trade name (字号), its link and legal form.
 * {@code secondLeaf} is -1 when it works in one leaf link only; {@code park} is null outside parks.
 */
record FirmProfile(int number, String uscc, String name, String tradeName, int city, String countyCode, int leaf,
                   int secondLeaf, ParkPlan park, double revenue, double revenueLastYear, double tax,
                   int employees, double landAreaMu, LocalDate foundedOn, LocalDate closedOn, Ownership ownership,
                   List<EnterpriseTag> tags, int patents, List<Product> mainProducts,
                   List<Product> otherProducts) {
}
