package cn.liantu.importer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.validation.Uscc;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticUsccTest {

    @Test
    void organisationCodeCarriesItsGb11714CheckDigit() {
        // weights 3,7,9,10,5,8,4,2: 1·2 = 2, 11 − 2 = 9
        assertThat(SyntheticUscc.organisationCode(1)).isEqualTo("000000019");
        // 6·2 = 12 ≡ 1 (mod 11), 11 − 1 = 10, written X
        assertThat(SyntheticUscc.organisationCode(6)).isEqualTo("00000006X");
        // 0 ≡ 0, 11 − 0 = 11, written 0
        assertThat(SyntheticUscc.organisationCode(0)).isEqualTo("000000000");
    }

    @Test
    void buildsAValidCodeFromCountyAndSerial() {
        // body 91410305000000019: 9 + 3 + 36 + 27 + 3·26 + 5·17 + 1·30 + 9·28 = 520; 520 mod 31 = 24; 31 − 24 = 7
        assertThat(SyntheticUscc.of("410305", 1)).isEqualTo("914103050000000197");
        assertThat(Uscc.isValid(SyntheticUscc.of("410305", 1))).isTrue();
    }

    @Test
    void scatteredSerialsNeverCollide() {
        Set<Integer> serials = new HashSet<>();
        for (int number = 0; number < 300_000; number++) {
            int serial = SyntheticUscc.scatteredSerial(number, 42);
            assertThat(serial).isBetween(0, 99_999_999);
            serials.add(serial);
        }
        assertThat(serials).hasSize(300_000);
        assertThat(SyntheticUscc.scatteredSerial(0, 42)).isNotEqualTo(SyntheticUscc.scatteredSerial(0, 43));
    }
}
