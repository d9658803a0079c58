package cn.liantu.domain;

import java.time.LocalDate;

/** A development zone or park (开发区/园区). */
public record Park(String id, String name, ParkLevel level, ParkType type, String regionCode, Double areaMu,
                   Double targetTaxPerMu, LocalDate approvedOn, String leadingIndustries) {
}
