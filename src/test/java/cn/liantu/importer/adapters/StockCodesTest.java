package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.adapters.StockCodes.StockCode;
import org.junit.jupiter.api.Test;

class StockCodesTest {

    @Test
    void normalisesEveryWrittenFormToSixDigits() {
        assertThat(StockCodes.parse("600000")).contains(new StockCode("600000", "SSE", false));
        assertThat(StockCodes.parse("600000.SH")).contains(new StockCode("600000", "SSE", true));
        assertThat(StockCodes.parse("688268SH")).contains(new StockCode("688268", "SSE", true));
        assertThat(StockCodes.parse(" 300957.sz ")).contains(new StockCode("300957", "SZSE", true));
        assertThat(StockCodes.parse("000001")).contains(new StockCode("000001", "SZSE", false));
        assertThat(StockCodes.parse("830799.BJ")).contains(new StockCode("830799", "BSE", true));
    }

    @Test
    void rejectsWhatIsNoStockCode() {
        assertThat(StockCodes.parse("60000")).isEmpty();
        assertThat(StockCodes.parse("600000.HK")).isEmpty();
        assertThat(StockCodes.parse("-")).isEmpty();
        assertThat(StockCodes.parse(null)).isEmpty();
    }

    @Test
    void exchangeNames() {
        assertThat(StockCodes.exchangeOfName("上海证券交易所")).isEqualTo("SSE");
        assertThat(StockCodes.exchangeOfName("深圳证券交易所")).isEqualTo("SZSE");
        assertThat(StockCodes.exchangeOfName("2010-02-11")).isNull();
        assertThat(StockCodes.exchangeOfDigits("900901")).isNull();
    }
}
