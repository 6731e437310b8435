package lab.spectra.desktop.spc.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.SpcFixtureRows;
import lab.spectra.desktop.testing.WorkerThreadCommands;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17 item 1: an engineer changes a series' rules, critical flag and specification limits
 * with a reason, against the version the form shows; if the series changed meanwhile (a pull
 * brought another edit) the bench's conflict is shown and nothing is overwritten.
 */
class AnEngineerEditsASeriesAgainstTheVersionShownTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 1000);

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final LocalData localData = new LocalData();
    private final SpcSeries series = SpcFixtureRows.series(
            lab.organizationId, lab.smu.id(), "Threshold voltage", "IV sweep", RuleNumbering.NELSON, Lab.NOW);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theEngineerSwitchesARuleOffAndSetsSpecLimitsWithAReason(FxRobot robot) {
        copy.put(series);
        openTheEditForm(robot);
        assertThat(text(robot, "#spc-edit-version")).isEqualTo("Editing version 1 of the series");

        robot.interact(() -> {
            robot.lookup("#spc-rule-4").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#spc-edit-critical").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#spc-edit-lsl").queryAs(TextField.class).setText("0.40");
            robot.lookup("#spc-edit-usl").queryAs(TextField.class).setText("0,50");
            robot.lookup("#spc-edit-reason").queryAs(TextArea.class).setText("Rule 4 fires on the two probe cards");
            robot.lookup("#spc-edit-save").queryButton().fire();
        });

        assertThat(text(robot, "#spc-edit-message")).isEqualTo("Saved: Threshold voltage");
        SpcSeries saved = new SpcSetupQueries(copy)
                .seriesWithPoints(series.id())
                .orElseThrow()
                .series();
        assertThat(saved.enabledRules()).containsExactly(1, 2, 3, 5, 6, 7, 8);
        assertThat(saved.critical()).isTrue();
        assertThat(saved.lowerSpecLimit()).isEqualTo(0.40);
        assertThat(saved.upperSpecLimit()).isEqualTo(0.50);
        assertThat(saved.rowVersion()).isGreaterThan(series.rowVersion());
    }

    @Test
    void anEditMadeElsewhereMeanwhileIsAConflictShownInWords(FxRobot robot) {
        copy.put(series);
        openTheEditForm(robot);
        copy.replace(renamed(series, "Vth (renamed on another bench)"));

        robot.interact(() -> {
            robot.lookup("#spc-edit-reason").queryAs(TextArea.class).setText("Tighter limits");
            robot.lookup("#spc-edit-usl").queryAs(TextField.class).setText("0.5");
            robot.lookup("#spc-edit-save").queryButton().fire();
        });

        assertThat(text(robot, "#spc-edit-message"))
                .startsWith("Not saved: ")
                .as("the conflict in the bench's words, not a failure")
                .doesNotContain("unexpected");
        SpcSeries kept = new SpcSetupQueries(copy)
                .seriesWithPoints(series.id())
                .orElseThrow()
                .series();
        assertThat(kept.name()).isEqualTo("Vth (renamed on another bench)");
        assertThat(kept.upperSpecLimit()).isNull();
    }

    @Test
    void theFormSaysWhatIsMissingBeforeAnythingIsSent(FxRobot robot) {
        copy.put(series);
        openTheEditForm(robot);

        robot.interact(() -> robot.lookup("#spc-edit-save").queryButton().fire());

        assertThat(text(robot, "#spc-edit-message"))
                .isEqualTo("Say why the series changes: the change is part of its record");
    }

    private void openTheEditForm(FxRobot robot) {
        SpcSeriesActionsViewModel model = new SpcSeriesActionsViewModel(
                new SpcSetupQueries(copy),
                new WorkerThreadCommands(copy, lab.engineer, Clock.systemUTC(), localData, tasks),
                (seriesId, first, reason, hash, password) -> {
                    throw new AssertionError("nothing is signed here");
                },
                LabPeople.signedIn(lab.engineer),
                tasks,
                new SimpleObjectProperty<UUID>(series.id()),
                () -> {});
        window.show(() -> (Parent) SpcSeriesActions.load(model));
        robot.interact(
                () -> robot.lookup("#spc-edit-series-button").queryButton().fire());
    }

    private static SpcSeries renamed(SpcSeries series, String name) {
        return new SpcSeries(
                series.id(),
                series.organizationId(),
                series.instrumentId(),
                series.parameter(),
                series.unit(),
                series.centerLine(),
                series.lowerControlLimit(),
                series.upperControlLimit(),
                series.createdAt(),
                series.updatedAt(),
                null,
                series.rowVersion() + 1,
                name,
                series.recipeName(),
                series.materialId(),
                series.chartType(),
                series.subgroupSize(),
                series.baselineSize(),
                series.enabledRules(),
                series.ruleNumbering(),
                series.critical(),
                series.lowerSpecLimit(),
                series.upperSpecLimit(),
                series.sigma(),
                series.limitsDecisionId(),
                series.createdBy());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
