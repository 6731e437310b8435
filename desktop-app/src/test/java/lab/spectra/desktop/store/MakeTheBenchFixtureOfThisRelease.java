package lab.spectra.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.trust.PersonKeys;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateMaterial;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditDevice;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.EditSopDraft;
import lab.spectra.model.sop.SubmitSop;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the bench fixture of this release (issue 22): a shared bench of {@link TheFixtureLab}, where
 * the engineer, a technician, the PI and the admin signed in online and took the first sync, then worked offline until its
 * outbox held every kind of change a bench makes, all signed with their device keys. The bench's data
 * directory is then written as a {@link BenchFixture}. This release's benches sign every command they
 * queue; unsigned ones come only from benches older than signing (ADR 0012), so the fixture holds none.
 *
 * <p>Run it by hand, once per release, before the release's first change to the bench's schema or
 * to a synced body, and commit what it writes under a new folder (it is not a test: its name keeps it
 * out of the build):
 *
 * <pre>
 * mvn -B -ntp -o test -pl desktop-app -am -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=MakeTheBenchFixtureOfThisRelease \
 *     -Dspectra.fixture.out=$PWD/desktop-app/src/test/resources/lab/spectra/desktop/store/fixtures/bench-schema-13
 * </pre>
 *
 * The lab on the server is fixed (ids and times), so a later server recreates it exactly; what the
 * bench made offline carries the time it was made, which a later server judges as a late command.
 */
class MakeTheBenchFixtureOfThisRelease {

    @Test
    @EnabledIfSystemProperty(named = "spectra.fixture.out", matches = ".+")
    void writeTheFixture() throws Exception {
        Path out = Path.of(System.getProperty("spectra.fixture.out")).toAbsolutePath();
        SyncTestbed testbed = SyncTestbed.get();
        ServerLab.Org org = TheFixtureLab.on(testbed);
        Path directory = SyncTestbed.newDataDirectory();
        UUID engineer = org.engineer().userId();
        UUID pi = org.pi().userId();
        try (FaultyProxy network = new FaultyProxy(TheFixtureLab.serverUri(testbed));
                Workstation bench = Workstation.open(
                        directory, new ServerLink(network.uri(), DomainJson.newMapper()), Clock.systemUTC())) {
            for (String who : TheFixtureLab.PEOPLE_AT_THE_BENCH) {
                bench.signIn(TheFixtureLab.email(who), SyncTestbed.PASSWORD);
            }
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            network.mode(FaultyProxy.Mode.DOWN);
            new OfflineWork(
                            bench,
                            engineer,
                            org.technician().userId(),
                            pi,
                            org.admin().userId())
                    .doIt();
            assertThat(bench.sync().syncNow().succeeded())
                    .as("the bench is offline: its queue stays")
                    .isFalse();
        }
        write(directory, out, org);
    }

    /** Every kind of change a bench makes, in an order that makes sense at a lab bench. */
    private record OfflineWork(Workstation bench, UUID engineer, UUID technician, UUID pi, UUID admin) {

        void doIt() {
            UUID material = Ids.newId();
            make(engineer, meta -> new CreateMaterial(meta, material, "Silicon", "Si", "p-type, 1-10 ohm cm"));
            UUID newSample = Ids.newId();
            make(
                    engineer,
                    meta -> new CreateSample(meta, newSample, "Offline sample 1", "OFF-1", material, "Bench", null));
            UUID waferSample = Ids.newId();
            make(
                    engineer,
                    meta -> new CreateSample(meta, waferSample, "Offline wafer", "OFF-2", material, "Bench", null));
            UUID doomed = Ids.newId();
            make(engineer, meta -> new CreateSample(meta, doomed, "Mislabelled", "OFF-3", null, "Bench", null));
            UUID fix0 = TheFixtureLab.SAMPLES.get(0);
            make(
                    engineer,
                    meta -> new EditSample(
                            meta, fix0, null, null, new FieldChange<>("Cabinet A", "Shelf 2"), null, null, null, null));
            make(
                    engineer,
                    meta -> new EditSample(
                            meta,
                            newSample,
                            null,
                            null,
                            null,
                            new FieldChange<>(SampleStatus.RECEIVED, SampleStatus.ON_HOLD),
                            null,
                            null,
                            "Waiting for the furnace"));
            make(
                    technician,
                    meta -> new RecordCustodyEvent(
                            meta, Ids.newId(), TheFixtureLab.SAMPLES.get(1), "Store", "Ana", "Room 1", "Hand-over"));
            UUID wafer = Ids.newId();
            make(engineer, meta -> new CreateWafer(meta, wafer, waferSample, "W1", 100.0));
            UUID device = Ids.newId();
            make(engineer, meta -> new CreateDevice(meta, device, wafer, "D1", "n-MOSFET"));
            make(engineer, meta -> new EditDevice(meta, device, new FieldChange<>("D1", "D1-a"), null));
            UUID run = Ids.newId();
            make(
                    engineer,
                    meta -> new StartRun(meta, run, TheFixtureLab.IV_SWEEP, TheFixtureLab.INSTRUMENT, fix0, null));
            make(engineer, meta -> new RecordResult(meta, Ids.newId(), run, "resistance", 12.5, "ohm", null, null));
            make(engineer, meta -> new RecordResult(meta, Ids.newId(), run, "leakage", 3.1e-9, "A", null, null));
            make(engineer, meta -> new FinishRun(meta, run));
            UUID aborted = Ids.newId();
            make(
                    engineer,
                    meta -> new StartRun(
                            meta, aborted, TheFixtureLab.IV_SWEEP, TheFixtureLab.INSTRUMENT, waferSample, device));
            make(engineer, meta -> new AbortRun(meta, aborted, "Probe slipped"));
            UUID entry = Ids.newId();
            make(
                    engineer,
                    meta -> new WriteElnEntry(
                            meta, entry, "IV of FIX-0", "Forward sweep looks clean.", List.of(fix0), List.of(run)));
            make(
                    engineer,
                    meta -> new EditElnEntry(
                            meta,
                            entry,
                            null,
                            new FieldChange<>(
                                    "Forward sweep looks clean.", "Forward sweep looks clean; reverse pending.")));
            UUID cvSweep = TheFixtureLab.CV_SWEEP_DRAFT;
            make(
                    engineer,
                    meta -> new EditRecipeDraft(
                            meta,
                            cvSweep,
                            new FieldChange<>("CV sweep", "CV sweep, 1 MHz"),
                            new FieldChange<>(
                                    bench.read(state -> state.recipe(cvSweep))
                                            .orElseThrow()
                                            .parameters(),
                                    JsonObjects.empty()
                                            .put("start_v", -2)
                                            .put("stop_v", 2)
                                            .put("step_v", 0.05)
                                            .put("compliance_a", 1e-3)),
                            null));
            make(engineer, meta -> new SubmitRecipe(meta, cvSweep, recipeVersion(cvSweep)));
            UUID sop = Ids.newId();
            make(engineer, meta -> new CreateSopDraft(meta, sop, "Wafer cleaning", "# Steps\n1. Rinse", null));
            make(
                    engineer,
                    meta -> new EditSopDraft(
                            meta, sop, null, new FieldChange<>("# Steps\n1. Rinse", "# Steps\n1. Rinse\n2. Dry")));
            make(engineer, meta -> new SubmitSop(meta, sop, sopVersion(sop)));
            UUID technicianRun = Ids.newId();
            make(
                    technician,
                    meta -> new StartRun(
                            meta,
                            technicianRun,
                            TheFixtureLab.IV_SWEEP,
                            TheFixtureLab.INSTRUMENT,
                            TheFixtureLab.SAMPLES.get(2),
                            null));
            make(
                    technician,
                    meta -> new RecordResult(meta, Ids.newId(), technicianRun, "resistance", 11.9, "ohm", null, null));
            // The PI, at the same bench, decides what the engineer submitted.
            make(
                    pi,
                    meta -> new ApproveRecipe(
                            meta, cvSweep, Ids.newId(), "Matches the method", recipeVersion(cvSweep)));
            make(pi, meta -> new ApproveSop(meta, sop, sopVersion(sop)));
            make(pi, meta -> new DeleteSample(meta, doomed, "Labelled twice", rowVersion(doomed)));
            // The lab's admin looks after the instrument from the same bench.
            UUID task = Ids.newId();
            make(
                    admin,
                    meta -> new PlanMaintenance(
                            meta,
                            task,
                            TheFixtureLab.INSTRUMENT,
                            "Probe tips",
                            90,
                            Instant.now().plus(Duration.ofDays(30))));
            make(
                    admin,
                    meta -> new RecordMaintenance(
                            meta,
                            Ids.newId(),
                            TheFixtureLab.INSTRUMENT,
                            task,
                            meta.authoredAt().minus(Duration.ofHours(1)),
                            "Tips replaced"));
        }

        private void make(UUID author, Function<CommandMeta, Command> command) {
            Command made = command.apply(bench.newMeta(author));
            Outcome outcome = bench.commands().execute(made);
            assertThat(outcome)
                    .as(made.getClass().getSimpleName() + " on the bench")
                    .isInstanceOf(Applied.class);
        }

        private Long rowVersion(UUID sample) {
            return bench.read(state -> state.sample(sample)).orElseThrow().rowVersion();
        }

        private Long recipeVersion(UUID recipe) {
            return bench.read(state -> state.recipe(recipe)).orElseThrow().rowVersion();
        }

        private Long sopVersion(UUID sop) {
            return bench.read(state -> state.sop(sop)).orElseThrow().rowVersion();
        }
    }

    private static void write(Path directory, Path out, ServerLab.Org org) throws Exception {
        Files.createDirectories(out);
        Keyring keyring = Keyring.load(directory, Ids.newId());
        String databaseKey = PersonKeys.unseal(
                        keyring.person(TheFixtureLab.email("engineer")).orElseThrow(),
                        SyncTestbed.PASSWORD.toCharArray(),
                        keyring.workstationId())
                .orElseThrow()
                .databaseKey()
                .orElseThrow();
        Path script = out.resolve(BenchFixture.DATABASE_SCRIPT);
        try (Connection connection = BenchFixture.connect(directory, databaseKey);
                Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT SIMPLE NOPASSWORDS NOSETTINGS TO '" + script + "' CHARSET 'UTF-8'");
        }
        Files.writeString(out.resolve(BenchFixture.DATABASE_KEY), databaseKey + "\n", StandardCharsets.UTF_8);
        Files.copy(
                TheFixtureLab.recordKeys(),
                out.resolve(TheFixtureLab.RECORD_KEYS),
                StandardCopyOption.REPLACE_EXISTING);
        for (String file : BenchFixture.FILES_BESIDE) {
            Files.copy(directory.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        List<BenchFixture.Queued> queued = BenchFixture.outboxOf(directory, databaseKey);
        Files.writeString(
                out.resolve(BenchFixture.OUTBOX),
                queued.stream().map(BenchFixture.Queued::line).collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        assertThat(queued).hasSizeGreaterThan(20);
        try (Stream<Path> files = Files.list(directory)) {
            System.out.println("The bench's data directory held "
                    + files.map(Path::getFileName).toList() + "; its fixture, for the lab "
                    + org.organization().slug() + ", is in " + out);
        }
    }
}
