package cn.liantu.importer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FirmLayoutTest {

    @Test
    void allocatesWholeFirmsByLargestRemainder() {
        // 10/3 = 3.33 each: 3, 3, 3 and the one left goes to the first of the equal remainders
        assertThat(FirmLayout.allocate(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        // 3.5, 1.75, 1.75: integer parts 3, 1, 1; the two left go to the remainders .75
        assertThat(FirmLayout.allocate(7, new double[] {0.5, 0.25, 0.25})).containsExactly(3, 2, 2);
        assertThat(FirmLayout.allocate(5, new double[] {0, 2, 3})).containsExactly(0, 2, 3);
    }

    /** Two cities, three leaves: cells (city, leaf) hold 2, 0, 1 | 0, 3, 1 firms. */
    private final FirmLayout layout = new FirmLayout(2, 3, new int[] {2, 0, 1, 0, 3, 1});

    @Test
    void numbersFirmsCellByCell() {
        // cells: 0 → firms 0..1, 1 empty, 2 → 2, 3 empty, 4 → 3..5, 5 → 6
        assertThat(layout.total()).isEqualTo(7);
        assertThat(layout.cellOf(0)).isZero();
        assertThat(layout.cellOf(1)).isZero();
        assertThat(layout.cellOf(2)).isEqualTo(2);
        assertThat(layout.cellOf(3)).isEqualTo(4);
        assertThat(layout.cellOf(5)).isEqualTo(4);
        assertThat(layout.cellOf(6)).isEqualTo(5);
        assertThat(layout.positionInCell(5, 4)).isEqualTo(2);
        assertThat(layout.cityOfCell(4)).isEqualTo(1);
        assertThat(layout.leafOfCell(4)).isEqualTo(1);
        assertThat(layout.firstFirm(1, 1)).isEqualTo(3);
        assertThat(layout.countInCities(2, 0, 2)).isEqualTo(2);
    }

    @Test
    void picksOnlyFirmsOfTheLeafInTheCities() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(layout.pick(1, 0, 1, random)).isEqualTo(-1);
        TreeMap<Integer, Integer> picked = new TreeMap<>();
        for (int i = 0; i < 2_000; i++) {
            picked.merge(layout.pick(2, 0, 2, random), 1, Integer::sum);
            picked.merge(layout.pick(1, 0, 2, random), 1, Integer::sum);
        }
        // leaf 2 is firm 2 (city 0) and firm 6 (city 1); leaf 1 is firms 3..5, the largest (3) most often
        assertThat(picked.keySet()).containsExactly(2, 3, 4, 5, 6);
        assertThat(picked.get(3)).isGreaterThan(picked.get(4)).isGreaterThan(picked.get(5));
    }
}
