package cn.liantu.service;

import java.time.LocalDate;
import java.time.Year;

/**
 * The point in time of an analysis: the end of a year. Enterprises count when founded by then and
 * not closed by then; supply edges count when of that year.
 */
public record AsOfYear(int year) {

    static final int EARLIEST = 1949;
    static final int LATEST = 2100;

    /** The year asked for, or the current year; BAD_USER_INPUT outside 1949–2100. */
    public static AsOfYear of(Integer requested) {
        int year = requested == null ? Year.now().getValue() : requested;
        if (year < EARLIEST || year > LATEST) {
            throw ApiException.badInput("asOfYear must be between " + EARLIEST + " and " + LATEST + ", got " + year);
        }
        return new AsOfYear(year);
    }

    /** The last day of the year. */
    public LocalDate date() {
        return LocalDate.of(year, 12, 31);
    }
}
