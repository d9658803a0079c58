package cn.liantu.importer.generator;

import cn.liantu.importer.validation.Uscc;
import java.util.Locale;

/**
 * Builds unified social credit codes (统一社会信用代码, GB 32100-2015) for synthetic enterprises:
 * registration authority and type (91 = enterprise registered with market regulation), the
 * 6-digit county code, a 9-character organisation code (GB 11714, with its own check digit) and
 * the check character.
 */
final class SyntheticUscc {

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int SERIALS = 100_000_000;

    private SyntheticUscc() {
    }

    /** An enterprise's code in a county; distinct serials give distinct codes. */
    static String of(String countyCode, int serial) {
        if (countyCode.length() != 6) {
            throw new IllegalArgumentException("a county code has 6 digits: " + countyCode);
        }
        String body = "91" + countyCode + organisationCode(serial);
        return body + Uscc.checkCharacter(body);
    }

    /** The organisation code for an 8-digit serial: the serial and its GB 11714 check digit. */
    static String organisationCode(int serial) {
        if (serial < 0 || serial >= SERIALS) {
            throw new IllegalArgumentException("an organisation serial has 8 digits: " + serial);
        }
        String digits = String.format(Locale.ROOT, "%08d", serial);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char checkDigit = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return digits + checkDigit;
    }

    /**
     * Scatters enterprise numbers over the 8-digit serials without collisions: an affine map
     * modulo 10^8 whose factor is prime to 10 is a bijection.
     */
    static int scatteredSerial(int number, long seed) {
        long offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, (long) SERIALS);
        return (int) Math.floorMod(number * 7_654_321L + offset, (long) SERIALS);
    }
}
