package lab.spectra.desktop.spc.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.spc.setup.SetupChoices.InstrumentChoice;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.WorkerThreadCommands;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.id.Ids;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17 item 1 on the bench: an engineer creates a series watching one quantity of one recipe
 * lineage on one instrument. The lineages offered are the recipe names for the instrument's kind;
 * the quantities suggested are those its results already carry, with their unit. The series is the
 * shared command, applied here. A technician has no "New series…" at all.
 */
class AnEngineerCreatesASeriesForARecipeOnAnInstrumentTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 1000);

    private final Lab lab = new Lab();
    private final Run run = lab.runningRunOf(lab.technician);
    private final LocalCopy copy = LocalCopy.of(lab);
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final LocalData localData = new LocalData();

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theEngineerChoosesInstrumentLineageAndASuggestedQuantityAndTheSeriesIsCreated(FxRobot robot) {
        copy.put(new Result(
                Ids.newId(),
                lab.organizationId,
                run.id(),
                "threshold voltage",
                0.45,
                "V",
                null,
                JsonObjects.empty(),
                lab.technician.userId(),
                Lab.NOW,
                Lab.NOW,
                1));
        WorkerThreadCommands commands =
                new WorkerThreadCommands(copy, lab.engineer, Clock.systemUTC(), localData, tasks);
        int[] changes = {0};
        show(lab.engineer, commands, () -> changes[0]++);

        robot.interact(
                () -> robot.lookup("#spc-new-series-button").queryButton().fire());
        ComboBox<InstrumentChoice> instrument =
                robot.lookup("#spc-new-instrument").queryComboBox();
        assertThat(instrument.getItems()).extracting(InstrumentChoice::name).containsExactly("SMU-01", "XRD-01");
        robot.interact(() -> {
            robot.lookup("#spc-new-name").queryAs(TextField.class).setText("Threshold voltage, SMU-01");
            instrument.getSelectionModel().select(0);
        });
        ComboBox<String> recipe = robot.lookup("#spc-new-recipe").queryComboBox();
        assertThat(recipe.getItems())
                .as("the SMU's recipe lineages, each once, not the XRD's")
                .containsExactly("IV sweep", "IV sweep fine", "IV sweep legacy");
        robot.interact(() -> recipe.getSelectionModel().select("IV sweep"));
        ComboBox<String> quantity = robot.lookup("#spc-new-quantity").queryComboBox();
        assertThat(quantity.getItems()).containsExactly("threshold voltage");
        robot.interact(() -> {
            quantity.getSelectionModel().select("threshold voltage");
            robot.lookup("#spc-new-numbering")
                    .queryComboBox()
                    .getSelectionModel()
                    .select(RuleNumbering.WESTERN_ELECTRIC);
            robot.lookup("#spc-new-critical").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#spc-new-usl").queryAs(TextField.class).setText("0.6");
        });
        assertThat(robot.lookup("#spc-new-unit").queryAs(TextField.class).getText())
                .as("the unit its results carry")
                .isEqualTo("V");
        assertThat(robot.lookup("#spc-new-baseline").queryAs(TextField.class).getText())
                .isEqualTo("20");
        assertThat(robot.lookup("#spc-new-rules").queryAs(VBox.class).getChildren())
                .extracting(node -> ((CheckBox) node).getText())
                .containsExactly(
                        "WE1: one point more than 3 sigma from the centre line",
                        "WE2: two out of three points in a row more than 2 sigma from the centre line on the same side",
                        "WE3: four out of five points in a row more than 1 sigma from the centre line on the same side",
                        "WE4: nine points in a row on the same side of the centre line");

        robot.interact(() -> robot.lookup("#spc-new-create").queryButton().fire());

        assertThat(robot.lookup("#spc-new-message").queryAs(Label.class).getText())
                .startsWith("Series created: Threshold voltage, SMU-01");
        assertThat(changes[0]).as("the screen was told to reload").isEqualTo(1);
        CreateSpcSeries sent = (CreateSpcSeries) commands.sent().get(0);
        List<SpcSeries> stored = copy.read(rows -> rows.rows(
                Table.SPC_SERIES,
                "SELECT " + LocalRows.columns(Table.SPC_SERIES, "s")
                        + " FROM spc_series s WHERE s.organization_id = ? AND s.id = ?",
                rows.organizationId(),
                sent.seriesId()));
        assertThat(stored).singleElement().satisfies(series -> {
            assertThat(series.name()).isEqualTo("Threshold voltage, SMU-01");
            assertThat(series.instrumentId()).isEqualTo(lab.smu.id());
            assertThat(series.recipeName()).isEqualTo("IV sweep");
            assertThat(series.parameter()).isEqualTo("threshold voltage");
            assertThat(series.unit()).isEqualTo("V");
            assertThat(series.materialId()).isNull();
            assertThat(series.chartType()).isEqualTo(ChartType.INDIVIDUALS_MOVING_RANGE);
            assertThat(series.baselineSize()).isEqualTo(20);
            assertThat(series.ruleNumbering()).isEqualTo(RuleNumbering.WESTERN_ELECTRIC);
            assertThat(series.enabledRules()).containsExactly(1, 2, 5, 6);
            assertThat(series.critical()).isTrue();
            assertThat(series.upperSpecLimit()).isEqualTo(0.6);
            assertThat(series.lowerSpecLimit()).isNull();
            assertThat(series.hasLimits()).as("a PI freezes them later").isFalse();
        });
    }

    @Test
    void aTechnicianHasNoNewSeriesActionNorEditNorFreeze(FxRobot robot) {
        show(
                lab.technician,
                new WorkerThreadCommands(copy, lab.technician, Clock.systemUTC(), localData, tasks),
                () -> {});

        assertThat(robot.lookup("#spc-series-actions").tryQuery()).isPresent();
        assertThat(robot.lookup("#spc-new-series-button").tryQuery()).isEmpty();
        assertThat(robot.lookup("#spc-edit-series-button").tryQuery()).isEmpty();
        assertThat(robot.lookup("#spc-freeze-limits-button").tryQuery()).isEmpty();
        assertThat(robot.lookup("#spc-change-limits-button").tryQuery()).isEmpty();
    }

    private void show(Actor person, WorkerThreadCommands commands, Runnable afterChange) {
        SpcSeriesActionsViewModel model = new SpcSeriesActionsViewModel(
                new SpcSetupQueries(copy),
                commands,
                (series, first, reason, hash, password) -> new SigningOutcome.Refused("not_permitted", "not here"),
                LabPeople.signedIn(person),
                tasks,
                new SimpleObjectProperty<UUID>(null),
                afterChange);
        window.show(() -> (Parent) SpcSeriesActions.load(model));
    }
}
