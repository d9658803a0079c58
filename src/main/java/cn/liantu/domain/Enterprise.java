package cn.liantu.domain;

import java.time.LocalDate;
import java.util.List;

/** An enterprise (企业); {@code id} is its USCC, or stock:&lt;code&gt; when only that is known. */
public record Enterprise(String id, String uscc, String stockCode, String name, Ownership ownership,
                         Double revenue, Double tax, Integer employees, Double landAreaMu,
                         LocalDate foundedOn, LocalDate closedOn, Integer patents,
                         List<EnterpriseTag> tags, List<Ranking> rankings, String regionCode, String parkId) {

    /** 亩均税收: tax ÷ land in 亩, null without land or tax. */
    public Double taxPerMu() {
        if (tax == null || landAreaMu == null || landAreaMu <= 0) {
            return null;
        }
        return tax / landAreaMu;
    }
}
