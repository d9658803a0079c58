package cn.liantu.importer.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The {@code limit} largest firms seen so far by revenue, ties to the lower firm number. */
final class TopFirms {

    record Candidate(int firm, double revenue, double revenueLastYear) {
    }

    static final Comparator<Candidate> LARGEST_FIRST = Comparator.comparingDouble(Candidate::revenue).reversed()
            .thenComparingInt(Candidate::firm);
    static final Comparator<Candidate> LARGEST_LAST_YEAR_FIRST = Comparator
            .comparingDouble(Candidate::revenueLastYear).reversed().thenComparingInt(Candidate::firm);

    private final int limit;
    private final PriorityQueue<Candidate> smallestFirst = new PriorityQueue<>(LARGEST_FIRST.reversed());

    TopFirms(int limit) {
        this.limit = limit;
    }

    void offer(Candidate candidate) {
        if (limit == 0) {
            return;
        }
        if (smallestFirst.size() < limit) {
            smallestFirst.add(candidate);
        } else if (LARGEST_FIRST.compare(candidate, smallestFirst.peek()) < 0) {
            smallestFirst.poll();
            smallestFirst.add(candidate);
        }
    }

    List<Candidate> sorted(Comparator<Candidate> order) {
        List<Candidate> sorted = new ArrayList<>(smallestFirst);
        sorted.sort(order);
        return sorted;
    }
}
