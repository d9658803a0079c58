package cn.liantu.importer.generator;

import cn.liantu.domain.Ranking;
import java.util.List;
import java.util.Map;

/** The rankings (世界500强, 中国500强, 行业50强) and stock codes of the largest firms, by firm number. */
record Rankings(Map<Integer, List<Ranking>> byFirm, Map<Integer, String> stockCodes) {

    List<Ranking> of(int firm) {
        return byFirm.getOrDefault(firm, List.of());
    }

    String stockCode(int firm) {
        return stockCodes.get(firm);
    }
}
