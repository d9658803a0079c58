package cn.liantu.importer.generator;

import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import java.time.LocalDate;
import java.util.List;

/** A development zone or park (开发区/园区) of a city, located in one of its counties. */
record ParkPlan(int index, String id, String name, ParkLevel level, ParkType type, int city, String countyCode,
                double areaMu, double targetTaxPerMu, LocalDate approvedOn, List<Integer> leadingChains) {

    boolean leads(int chain) {
        return leadingChains.contains(chain);
    }
}
