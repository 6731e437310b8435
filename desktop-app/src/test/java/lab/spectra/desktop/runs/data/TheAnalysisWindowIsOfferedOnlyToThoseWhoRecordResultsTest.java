package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.report.RunReportViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.derived.AnalysisWindow;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.derived.ThresholdVoltage;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Choosing an analysis window records results, so a viewer opening a run's IV sweep sees its chart
 * but no method, window or record button; a technician sees them, filled with the sweep's range,
 * the method of the file's latest result offered first.
 */
class TheAnalysisWindowIsOfferedOnlyToThoseWhoRecordResultsTest {

    private static final String SWEEP = "keithley-2400-resistor-sweep.csv";

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    private final LocalCommands commands = new LocalCommands(copy, lab.technician, clock, localData);
    /** Reads off the JavaFX thread, as in the app: the bench refuses them on it. */
    private final FxTaskRunner tasks = new FxTaskRunner();

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        tasks.close();
        copy.close();
    }

    @Test
    void aViewerSeesTheChartButNoAnalysisWindow(FxRobot robot) {
        showRunWithItsSweepTo(robot, lab.viewer);

        FxWindow.awaitUntil(() -> text(robot).equals("101 points"));
        assertThat(robot.lookup("#analysis-window-row").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-data-file").tryQuery()).isEmpty();
    }

    @Test
    void aTechnicianSeesTheMethodsAndTheWindowOfTheWholeSweep(FxRobot robot) {
        showRunWithItsSweepTo(robot, lab.technician);

        FxWindow.awaitUntil(() -> text(robot).equals("101 points"));
        assertThat(robot.lookup("#analysis-window-row").query().isVisible()).isTrue();
        assertThat(robot.lookup("#analysis-method").queryComboBox().getItems())
                .extracting(Object::toString)
                .containsExactly("iv-slope-resistance v1", "threshold-voltage-sqrt-extrapolation v1");
        assertThat(robot.lookup("#window-from").queryAs(TextField.class).getText())
                .isEqualTo("-1");
    }

    @Test
    void aSweepWhoseLastResultCameFromTheThresholdMethodOffersThatMethodFirst(FxRobot robot) {
        showRunWithItsSweepTo(robot, lab.technician, (runId, sweep) -> {
            DerivedResult threshold = StandardDerivations.derive(
                            ThresholdVoltage.ID, sweep, Optional.of(new AnalysisWindow(0.2, 1.0)))
                    .orElseThrow()
                    .result("threshold voltage");
            commands.execute(
                    new RecordResult(
                            commands.newMeta(),
                            Ids.newId(),
                            runId,
                            threshold.quantity(),
                            threshold.value(),
                            threshold.unit(),
                            "sha256:" + sweep.sourceSha256(),
                            threshold.toPayload()),
                    () -> {},
                    refused -> {
                        throw new AssertionError(refused);
                    });
        });

        FxWindow.awaitUntil(() -> text(robot).equals("101 points"));
        assertThat(robot.lookup("#analysis-method").queryComboBox().getValue())
                .hasToString("threshold-voltage-sqrt-extrapolation v1");
    }

    private void showRunWithItsSweepTo(FxRobot robot, Actor person) {
        showRunWithItsSweepTo(robot, person, (runId, sweep) -> {});
    }

    private void showRunWithItsSweepTo(
            FxRobot robot, Actor person, BiConsumer<UUID, ImportedData.Curves> beforeOpening) {
        Path sweep = folder.resolve(SWEEP);
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream(SWEEP)) {
            content = in.readAllBytes();
            Files.write(sweep, content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String sha = ContentHash.sha256(content);
        StartRun start = new StartRun(
                commands.newMeta(), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        commands.execute(start, () -> {}, refused -> {
            throw new AssertionError(refused);
        });
        commands.execute(
                new AttachFile(commands.newMeta(), Ids.newId(), start.runId(), SWEEP, "text/csv", content.length, sha),
                () -> {},
                refused -> {
                    throw new AssertionError(refused);
                });
        beforeOpening.accept(start.runId(), (ImportedData.Curves)
                ((DataFileImport.Read) DataFileImport.read(SWEEP, content)).data());
        Run run = new RunQueries(copy).page(null, 10).rows().get(0).run();
        RunDataViewModel model = new RunDataViewModel(
                new RunDataQueries(copy), new HeldFiles(sweep), commands, LabPeople.signedIn(person), tasks, localData);
        window.show(() -> Views.load(new RunDataController(
                model,
                owner -> Optional.empty(),
                new RunReportViewModel((runId, logarithmicIv, target) -> target, tasks),
                (owner, suggested) -> Optional.empty())));
        robot.interact(() -> model.run().set(run));
    }

    /** A bench holding the one sweep the run has. */
    private record HeldFiles(Path sweep) implements RunFiles {
        @Override
        public TakenIn takeIn(Path source) {
            throw new AssertionError("nothing is imported here");
        }

        @Override
        public Optional<Path> local(String contentSha256) {
            return Optional.of(sweep);
        }

        @Override
        public Path fetch(String contentSha256) {
            return sweep;
        }
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#plot-status").queryAs(Label.class).getText();
    }
}
