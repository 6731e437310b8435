package lab.spectra.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.chaos.CheckedBench;
import lab.spectra.desktop.chaos.ScenarioInvariants;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a bench updated with a full outbox sends all of it. The fixture is a shared bench of the
 * previous release (schema V13_0_1, protocol 2), where four people of {@link TheFixtureLab} worked
 * offline: every kind of change a bench makes, all signed, none sent. It is opened with this
 * release's code and one more migration standing in for the next release's, so migrations run over
 * the full queue; its people sign in again (their sessions of then are long gone) on the lab's
 * server, which holds their lab as it was and its record key, and the bench syncs until it is quiet.
 * Bench and server run a year and a half ahead of today: the fixture must not age.
 *
 * <p>Every queued command must then be decided exactly once, and applied: each was fine on the
 * bench, against the same rows the server holds, and its time receipt and chain are the server's
 * own. Arriving late, a command may be flagged for review; flagged is applied (when this was
 * written none was). A refusal would be a sync problem with its reason, and fails this test: an
 * update must not turn a bench's work into refusals.
 */
class ABenchOfThePreviousReleaseSendsItsWholeQueueAfterTheUpdateTest {

    static final BenchFixture PREVIOUS_RELEASE = new BenchFixture("lab/spectra/desktop/store/fixtures/bench-schema-13");
    private static final String NEXT_RELEASE_MIGRATIONS = "classpath:lab/spectra/desktop/store/next-release";

    @Test
    void everyQueuedCommandIsAppliedOnceAndTheBenchEndsWithTheServersRows() throws Exception {
        SyncTestbed testbed = SyncTestbed.get();
        ServerLab.Org org = TheFixtureLab.on(testbed);
        Path directory = SyncTestbed.newDataDirectory();
        PREVIOUS_RELEASE.restoreInto(directory);
        List<BenchFixture.Queued> queued = PREVIOUS_RELEASE.queued();
        assertThat(BenchFixture.outboxOf(directory, PREVIOUS_RELEASE.databaseKey()))
                .as("the recreated bench's outbox, before this release opens it")
                .containsExactlyElementsOf(queued);
        List<CheckedBench.Made> made = made(directory, org);

        Clock aYearAndAHalfLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(550));
        try (SyncServer server = TheFixtureLab.startServer(testbed, aYearAndAHalfLater);
                Workstation bench = Workstation.open(
                        directory,
                        new ServerLink(server.baseUri(), DomainJson.newMapper()),
                        aYearAndAHalfLater,
                        (folder, key) -> LocalDatabase.open(folder, key, List.of(NEXT_RELEASE_MIGRATIONS)))) {
            for (String who : TheFixtureLab.PEOPLE_AT_THE_BENCH) {
                bench.signIn(TheFixtureLab.email(who), SyncTestbed.PASSWORD);
            }
            int queuedAtTheUpdate = bench.database().transaction(connection -> queuedAtTheUpdate(connection));
            assertThat(queuedAtTheUpdate)
                    .as("commands queued when the next release's migration ran over the outbox")
                    .isEqualTo(queued.size());

            List<SyncEngine.Report> reports = syncUntilQuiet(bench);

            assertThat(reports.stream().mapToInt(SyncEngine.Report::pushed).sum())
                    .as("commands pushed after the update, over " + reports)
                    .isEqualTo(queued.size());
            assertThat(new ScenarioInvariants(testbed.lab, org, List.of(new UpdatedBench(bench, made))).check())
                    .as("what must hold after a bench sent everything (decided once, outbox empty, the server's rows)")
                    .isEmpty();
            Map<UUID, CommandResult> decided = decisions(testbed.lab, org);
            assertThat(queued)
                    .as("every queued command, as the server decided it")
                    .allSatisfy(command -> assertThat(decided.get(command.commandId()))
                            .as(command.type() + " " + command.commandId())
                            .isInstanceOf(CommandResult.Applied.class));
            assertThat(bench.problems().open()).as("sync problems").isEmpty();
        }
    }

    /** Syncs as the bench's scheduler would, until a round sends nothing more. */
    private static List<SyncEngine.Report> syncUntilQuiet(Workstation bench) {
        List<SyncEngine.Report> reports = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            SyncEngine.Report report = bench.sync().syncNow();
            reports.add(report);
            assertThat(report.succeeded()).as("sync " + round + ": " + report).isTrue();
            if (report.pushed() == 0) {
                return reports;
            }
        }
        throw new AssertionError("The bench was still sending after ten syncs: " + reports);
    }

    /** The fixture's commands as the bench queued them, with their authors' roles for the invariants. */
    private static List<CheckedBench.Made> made(Path directory, ServerLab.Org org) throws SQLException {
        ObjectMapper mapper = DomainJson.newMapper();
        Map<UUID, Actor> people = new HashMap<>();
        for (Actor person : List.of(org.admin(), org.pi(), org.engineer(), org.technician(), org.viewer())) {
            people.put(person.userId(), person);
        }
        List<CheckedBench.Made> made = new ArrayList<>();
        try (Connection connection = BenchFixture.connect(directory, PREVIOUS_RELEASE.databaseKey());
                PreparedStatement select = connection.prepareStatement("SELECT command FROM outbox ORDER BY seq");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Command command = mapper.readValue(rows.getString(1), Command.class);
                made.add(new CheckedBench.Made(
                        command,
                        "previous release's bench",
                        people.get(command.meta().authorId()).role()));
            }
        } catch (JsonProcessingException e) {
            throw new AssertionError("A queued command of the previous release does not read: " + e.getMessage(), e);
        }
        return made;
    }

    private static Map<UUID, CommandResult> decisions(ServerLab lab, ServerLab.Org org) {
        return lab.database.inTenant(org.id(), connection -> {
            Map<UUID, CommandResult> decided = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT command_id, outcome FROM processed_commands WHERE organization_id = ?")) {
                select.setObject(1, org.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        try {
                            decided.put(
                                    rows.getObject(1, UUID.class),
                                    lab.mapper.readValue(rows.getString(2), CommandResult.class));
                        } catch (JsonProcessingException e) {
                            throw new AssertionError("A stored answer does not read back", e);
                        }
                    }
                }
            }
            return decided;
        });
    }

    private static int queuedAtTheUpdate(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT queued FROM outbox_at_update");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The updated bench, with what its previous release queued, for the invariants every bench must meet. */
    private record UpdatedBench(Workstation workstation, List<Made> made) implements CheckedBench {
        @Override
        public String name() {
            return "previous release's bench";
        }
    }
}
