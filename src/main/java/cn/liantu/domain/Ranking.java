package cn.liantu.domain;

/** A place on a ranking list (榜单排名); rank may be unknown. */
public record Ranking(RankingList list, int year, Integer rank) {

    /** Reads the stored form {@code LIST:YEAR:RANK}. */
    public static Ranking parse(String stored) {
        String[] parts = stored.split(":", -1);
        Integer rank = parts.length > 2 && !parts[2].isEmpty() ? Integer.valueOf(parts[2]) : null;
        return new Ranking(RankingList.valueOf(parts[0]), Integer.parseInt(parts[1]), rank);
    }
}
