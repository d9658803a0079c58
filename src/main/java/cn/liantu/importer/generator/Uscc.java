package cn.liantu.importer.generator;

import java.util.Locale;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): registration authority and type
 * (91 = enterprise registered with market regulation), the 6-digit county code, a 9-character
 * organisation code (GB 11714, with its own check digit) and a check character.
 */
public final class Uscc {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int SERIALS = 100_000_000;

    private Uscc() {
    }

    /** The 18th character for the first 17 characters. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("a USCC body has 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.subSequence(0, 17)) == code.charAt(17);
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

    /** An enterprise's code in a county; distinct serials give distinct codes. */
    public static String of(String countyCode, int serial) {
        if (countyCode.length() != 6) {
            throw new IllegalArgumentException("a county code has 6 digits: " + countyCode);
        }
        String body = "91" + countyCode + organisationCode(serial);
        return body + checkCharacter(body);
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
