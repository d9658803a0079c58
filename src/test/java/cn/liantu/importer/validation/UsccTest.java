package cn.liantu.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void computesTheCheckCharacterByHand() {
        // 91410300 0000000001: Σ value·weight over the 17 characters
        // = 9·1 + 1·3 + 4·9 + 1·27 + 0 + 3·26 + 0·16 + 0·17 + 0 … + 1·28 = 9+3+36+27+78+28 = 181;
        // 181 mod 31 = 26; 31 − 26 = 5 → '5'.
        assertThat(Uscc.checkCharacter("91410300000000001")).isEqualTo('5');
        assertThat(Uscc.isValid("914103000000000015")).isTrue();
    }

    @Test
    void aRemainderOfZeroGivesZeroNotTheThirtyFirstCharacter() {
        // "10000000000000000" + ... sum = 1 → check 30 → 'Y'; craft a sum divisible by 31:
        // 31 at position 1 is impossible, but value 1 at position 4 (weight 27) plus value 4 at
        // position 1 (weight 1) gives 31 → remainder 0 → check '0'.
        assertThat(Uscc.checkCharacter("40010000000000000")).isEqualTo('0');
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(Uscc.problem("91410300000000001")).contains("USCC must have 18 characters, got 17");
        assertThat(Uscc.problem("91410300000000001I")).contains(
                "USCC character 18 'I' is not allowed (digits and upper-case letters except I, O, S, V, Z)");
        assertThat(Uscc.problem("914103000000000016")).contains("USCC check character is '6', expected '5'");
    }
}
