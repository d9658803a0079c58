package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void aCursorNamesItsPosition() {
        assertThat(Cursors.decode(Cursors.encode(0))).isZero();
        assertThat(Cursors.decode(Cursors.encode(12345))).isEqualTo(12345);
    }

    @Test
    void aForgedOrMangledCursorIsBadUserInput() {
        for (String bad : new String[] {"xyz", "", "bGlhbnR1Oi01", "%%%"}) {
            assertThatThrownBy(() -> Cursors.decode(bad))
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
        }
    }
}
