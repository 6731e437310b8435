package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: a bench with nothing yet loads every row in one snapshot, then pulls after the
 * snapshot's checkpoint as usual; either way it ends with exactly the server's rows.
 */
class AFreshBenchHoldsExactlyTheServersRowsAfterItsInitialLoadTest {

    private static final List<String> TABLES =
            List.of("users", "sops", "qualifications", "instruments", "calibrations", "recipes", "samples");

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("fresh");

    private void assertSameRows(Workstation bench) {
        ServerTables server = new ServerTables(lab, org);
        for (String table : TABLES) {
            assertThat(BenchTables.versions(bench, table)).as(table).isEqualTo(server.versions(table));
        }
        assertThat(BenchTables.checkpoint(bench)).isEqualTo(BenchTables.serverCheckpoint(lab, org));
    }

    private void edit(UUID sample) {
        lab.run(
                new EditSample(
                        lab.meta(org.engineer()),
                        sample,
                        null,
                        null,
                        new FieldChange<>("Cabinet A", "Shelf 2"),
                        null,
                        null,
                        null,
                        null),
                org.engineer());
    }

    @Test
    void theLoadAndThePullsAfterItGiveTheBenchTheServersRows() {
        lab.instrumentWithValidCalibration(org, "Keithley 2400", InstrumentKind.SMU);
        lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID edited = lab.sample(org, "EDITED-1");
        edit(edited);
        BenchTables.samplesOnTheServer(lab, org, "LOAD", 2_500);

        try (Workstation bench = testbed.newWorkstation()) {
            bench.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertSameRows(bench);
            assertThat(BenchTables.versions(bench, "samples")).containsEntry(edited, 2L);

            // Afterwards, the usual pull after the checkpoint.
            edit(edited);
            lab.sample(org, "LATER-1");
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertSameRows(bench);
            assertThat(BenchTables.versions(bench, "samples")).containsEntry(edited, 3L);
        }
    }
}
