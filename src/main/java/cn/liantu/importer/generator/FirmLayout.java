package cn.liantu.importer.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where the enterprises are: how many firms each (city, leaf link) cell holds. Firms are numbered
 * cell by cell (city-major), so a firm's number tells its city and leaf, and a supplier in a given
 * leaf and city range is found without keeping any firm in memory.
 */
final class FirmLayout {

    private final int cities;
    private final int leaves;
    /** First firm number of each cell, plus the total at the end. */
    private final int[] cellStart;
    /** Per leaf: firms in that leaf in cities {@code 0..c-1}, for c = 0..cities. */
    private final int[][] cumulativeByLeaf;

    FirmLayout(int cities, int leaves, int[] cellCounts) {
        if (cellCounts.length != cities * leaves) {
            throw new IllegalArgumentException("expected " + cities * leaves + " cells, got " + cellCounts.length);
        }
        this.cities = cities;
        this.leaves = leaves;
        this.cellStart = new int[cellCounts.length + 1];
        for (int cell = 0; cell < cellCounts.length; cell++) {
            cellStart[cell + 1] = cellStart[cell] + cellCounts[cell];
        }
        this.cumulativeByLeaf = new int[leaves][cities + 1];
        for (int leaf = 0; leaf < leaves; leaf++) {
            for (int city = 0; city < cities; city++) {
                cumulativeByLeaf[leaf][city + 1] = cumulativeByLeaf[leaf][city] + count(city, leaf);
            }
        }
    }

    /**
     * Splits {@code total} firms over cells in proportion to their weights: the integer parts
     * first, then one more firm to the cells with the largest remainders (ties to the lower cell).
     */
    static int[] allocate(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int i = 0; assigned < total; i++, assigned++) {
            counts[order[i]]++;
        }
        return counts;
    }

    int total() {
        return cellStart[cellStart.length - 1];
    }

    int cities() {
        return cities;
    }

    int leaves() {
        return leaves;
    }

    int cellOf(int firm) {
        if (firm < 0 || firm >= total()) {
            throw new IndexOutOfBoundsException("no firm " + firm);
        }
        int found = Arrays.binarySearch(cellStart, firm);
        if (found >= 0) {
            while (cellStart[found + 1] == firm) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    int cityOfCell(int cell) {
        return cell / leaves;
    }

    int leafOfCell(int cell) {
        return cell % leaves;
    }

    int cellSize(int cell) {
        return cellStart[cell + 1] - cellStart[cell];
    }

    /** The firm's rank in its cell: 0 is the largest. */
    int positionInCell(int firm, int cell) {
        return firm - cellStart[cell];
    }

    int count(int city, int leaf) {
        return cellSize(city * leaves + leaf);
    }

    int firstFirm(int city, int leaf) {
        return cellStart[city * leaves + leaf];
    }

    int countInCities(int leaf, int cityFrom, int cityEnd) {
        return cumulativeByLeaf[leaf][cityEnd] - cumulativeByLeaf[leaf][cityFrom];
    }

    /**
     * A firm of {@code leaf} in cities {@code cityFrom ≤ c < cityEnd}, cities weighted by their
     * firms and, within a city, larger firms more likely; -1 when there is none.
     */
    int pick(int leaf, int cityFrom, int cityEnd, SplittableRandom random) {
        int available = countInCities(leaf, cityFrom, cityEnd);
        if (available == 0) {
            return -1;
        }
        int target = cumulativeByLeaf[leaf][cityFrom] + random.nextInt(available);
        int found = Arrays.binarySearch(cumulativeByLeaf[leaf], cityFrom, cityEnd + 1, target);
        int city = found >= 0 ? found : -found - 2;
        while (count(city, leaf) == 0 || cumulativeByLeaf[leaf][city + 1] <= target) {
            city++;
        }
        double u = random.nextDouble();
        return firstFirm(city, leaf) + (int) (count(city, leaf) * u * u);
    }
}
