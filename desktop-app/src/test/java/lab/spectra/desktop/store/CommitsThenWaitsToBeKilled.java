package lab.spectra.desktop.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The other side of {@link ACommittedChangeSurvivesTheBenchBeingKilledRightAfterTest}: opens the
 * encrypted bench database in its own JVM and commits one row per transaction, saying so after each
 * commit returned, until it is killed.
 */
final class CommitsThenWaitsToBeKilled {

    private CommitsThenWaitsToBeKilled() {}

    /** Arguments: data directory, database key. */
    public static void main(String[] args) throws Exception {
        LocalDatabase database = LocalDatabase.open(Path.of(args[0]), args[1]);
        database.transaction(connection -> {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE kill_probe (n INT PRIMARY KEY)");
            }
            return null;
        });
        for (int n = 1; ; n++) {
            int row = n;
            database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kill_probe VALUES (?)")) {
                    insert.setInt(1, row);
                    insert.executeUpdate();
                }
                return null;
            });
            System.out.println("COMMITTED " + n);
            System.out.flush();
            Thread.sleep(2);
        }
    }
}
