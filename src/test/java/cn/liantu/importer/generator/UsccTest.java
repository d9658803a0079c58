package cn.liantu.importer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void checkCharacterFollowsGb32100() {
        // 9·1 + 1·3 + 4·9 + 1·27 + 0·19 + 3·26 + 0… + 1·28 = 181; 181 mod 31 = 26; 31 − 26 = 5
        assertThat(Uscc.checkCharacter("91410300000000001")).isEqualTo('5');
        // 9·1 + 1·3 + 4·9 + 1·27 + 3·26 = 153, L (value 20) at 17: 153 + 20·28 = 713 = 23·31;
        // 31 − 0 = 31, which is written 0
        assertThat(Uscc.checkCharacter("9141030000000000L")).isEqualTo('0');
    }

    @Test
    void organisationCodeCarriesItsGb11714CheckDigit() {
        // weights 3,7,9,10,5,8,4,2: 1·2 = 2, 11 − 2 = 9
        assertThat(Uscc.organisationCode(1)).isEqualTo("000000019");
        // 6·2 = 12 ≡ 1 (mod 11), 11 − 1 = 10, written X
        assertThat(Uscc.organisationCode(6)).isEqualTo("00000006X");
        // 0 ≡ 0, 11 − 0 = 11, written 0
        assertThat(Uscc.organisationCode(0)).isEqualTo("000000000");
    }

    @Test
    void buildsACodeFromCountyAndSerial() {
        // body 91410305000000019: 9 + 3 + 36 + 27 + 3·26 + 5·17 + 1·30 + 9·28 = 520; 520 mod 31 = 24; 31 − 24 = 7
        assertThat(Uscc.of("410305", 1)).isEqualTo("914103050000000197");
        assertThat(Uscc.isValid("914103050000000197")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharactersLengthsAndLetters() {
        assertThat(Uscc.isValid("914103050000000198")).isFalse();
        assertThat(Uscc.isValid("91410305000000019")).isFalse();
        assertThat(Uscc.isValid("9141030500000001I7")).isFalse();
        assertThat(Uscc.isValid(null)).isFalse();
    }

    @Test
    void scatteredSerialsNeverCollide() {
        Set<Integer> serials = new HashSet<>();
        for (int number = 0; number < 300_000; number++) {
            int serial = Uscc.scatteredSerial(number, 42);
            assertThat(serial).isBetween(0, 99_999_999);
            serials.add(serial);
        }
        assertThat(serials).hasSize(300_000);
        assertThat(Uscc.scatteredSerial(0, 42)).isNotEqualTo(Uscc.scatteredSerial(0, 43));
    }
}
