package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.desktop.store.TheFixtureLab;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records what this release's server sends a bench of {@link TheFixtureLab} (issue 22): the initial
 * load of a new bench, then the pull page that brings what the lab's office changed after it
 * (an edit, a new sample deleted again, a hand-over, a new instrument), with the rows the bench
 * ended with. The answers are the server's bytes, taken by a {@link RecordingFront} between the
 * bench and the real server.
 *
 * <p>Run it by hand once per sync protocol version, and commit what it writes under the version's
 * folder (it is not a test: its name keeps it out of the build):
 *
 * <pre>
 * mvn -B -ntp -o test -pl desktop-app -am -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=MakeTheRecordedPullsOfThisRelease \
 *     -Dspectra.fixture.out=$PWD/desktop-app/src/test/resources/lab/spectra/desktop/sync/fixtures/protocol-2
 * </pre>
 */
class MakeTheRecordedPullsOfThisRelease {

    /** When the office made its changes: a fixed time, so a recording repeats. */
    static final Instant OFFICE_WORK_AT = TheFixtureLab.SET_UP_AT.plus(Duration.ofDays(1));

    @Test
    @EnabledIfSystemProperty(named = "spectra.fixture.out", matches = ".+")
    void recordThePulls() throws Exception {
        Path out = Path.of(System.getProperty("spectra.fixture.out")).toAbsolutePath();
        SyncTestbed testbed = SyncTestbed.get();
        ServerLab.Org org = TheFixtureLab.on(testbed);
        try (RecordingFront front = RecordingFront.recording(TheFixtureLab.serverUri(testbed));
                Workstation bench = Workstation.open(SyncTestbed.newDataDirectory(), front.uri())) {
            bench.signIn(TheFixtureLab.email("engineer"), SyncTestbed.PASSWORD);
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            officeWork(testbed, org);
            SyncEngine.Report report = bench.sync().syncNow();
            assertThat(report.succeeded()).isTrue();
            assertThat(report.pulledRows()).isPositive();
            front.writeTo(out);
            Files.write(out.resolve(RecordedRows.FILE), RecordedRows.of(bench), StandardCharsets.UTF_8);
        }
    }

    private static void officeWork(SyncTestbed testbed, ServerLab.Org org) {
        UUID fix2 = TheFixtureLab.SAMPLES.get(2);
        UUID fix3 = TheFixtureLab.id("sample:FIX-3");
        TheFixtureLab.runOnTheServer(
                testbed,
                org.engineer(),
                OFFICE_WORK_AT,
                "edit FIX-2",
                meta -> new EditSample(
                        meta, fix2, null, null, new FieldChange<>("Cabinet A", "Cabinet B"), null, null, null, null));
        TheFixtureLab.runOnTheServer(
                testbed,
                org.engineer(),
                OFFICE_WORK_AT,
                "hand over FIX-2",
                meta -> new RecordCustodyEvent(
                        meta, TheFixtureLab.id("custody:FIX-2"), fix2, "Store", "Ben", "Room 2", "Hand-over"));
        TheFixtureLab.runOnTheServer(
                testbed,
                org.engineer(),
                OFFICE_WORK_AT,
                "create FIX-3",
                meta -> new CreateSample(meta, fix3, "Sample FIX-3", "FIX-3", null, "Cabinet A", null));
        TheFixtureLab.runOnTheServer(
                testbed,
                org.pi(),
                OFFICE_WORK_AT,
                "delete FIX-3",
                meta -> new DeleteSample(meta, fix3, "Registered by mistake", 1L));
        TheFixtureLab.runOnTheServer(
                testbed,
                org.admin(),
                OFFICE_WORK_AT,
                "register the spectrometer",
                meta -> new RegisterInstrument(
                        meta,
                        TheFixtureLab.id("instrument:spectrometer-1"),
                        "Spectrometer 1",
                        InstrumentKind.SPECTROMETER,
                        "SN-SPEC-1",
                        "Bay 2"));
    }
}
