package cn.liantu.importer.generator;

/** Stream numbers of {@link Draws#forItem}: one per kind of item, so kinds never share draws. */
final class Streams {
    static final int CHAINS = 1;
    static final int GEOGRAPHY = 2;
    static final int LAYOUT = 3;
    static final int PARKS = 4;
    static final int ENTERPRISES = 5;
    static final int SUPPLIES = 6;
    static final int LEADERS = 7;
    static final int RD_INSTITUTIONS = 8;
    static final int PROJECTS = 9;
    static final int RANKINGS = 10;
    static final int OFFICIALS = 11;

    private Streams() {
    }
}
