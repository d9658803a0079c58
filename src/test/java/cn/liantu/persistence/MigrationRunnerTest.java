package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

    @Test
    void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
        MigrationRunner.Migration migration = new MigrationRunner.Migration(7, "x", """
                // a comment
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);
                CREATE FULLTEXT INDEX b IF NOT EXISTS
                FOR (n:B) ON EACH [n.name]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
                """, "sum");

        assertThat(migration.statements()).isEqualTo(List.of(
                "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a)",
                "CREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:B) ON EACH [n.name]\n"
                        + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"));
    }

    @Test
    void findsTheShippedMigrationsInVersionOrder() {
        List<MigrationRunner.Migration> available = MigrationRunner.available();

        assertThat(available).extracting(MigrationRunner.Migration::version).startsWith(1, 2, 3).isSorted();
        assertThat(available.getFirst().statements()).hasSizeGreaterThan(5);
    }

    @Test
    void twoMigrationsWithOneVersionAreRefused() {
        List<MigrationRunner.Migration> clash = List.of(new MigrationRunner.Migration(4, "a", "", "x"),
                new MigrationRunner.Migration(4, "b", "", "y"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationRunner.checkVersionsAreUnique(clash))
                .hasMessageStartingWith("Two migrations have version 4 (one is 'b')");
    }
}
