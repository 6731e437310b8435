package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Runs pin the recipe version they followed: the runs screen names it ("IV sweep v2"), so a run
 * on the second version is told apart from one on the first.
 */
class ARunShowsTheRecipeVersionItFollowedTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();

    private final ServerLab.Org org = TESTBED.newOrganization("run-version-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1280, 800);

    @Test
    @Timeout(60)
    void theRunsListNamesTheRecipeWithTheVersionTheRunUsed(FxRobot robot) {
        ServerLab lab = TESTBED.lab;
        UUID instrument = lab.instrumentWithValidCalibration(
                org, "SMU-" + org.organization().slug(), InstrumentKind.SMU);
        UUID first = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        CreateRecipe second = new CreateRecipe(
                lab.meta(org.engineer()),
                Ids.newId(),
                "IV sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("start_v", -2),
                first,
                null);
        ServerLab.expectApplied(lab.run(second, org.engineer()));
        ServerLab.expectApplied(lab.run(
                new ApproveRecipe(lab.meta(org.pi()), second.recipeId(), Ids.newId(), "wider sweep", 1L), org.pi()));
        UUID sample = lab.sample(org, "RV-1");
        ServerLab.expectApplied(lab.run(
                new StartRun(lab.meta(org.technician()), Ids.newId(), second.recipeId(), instrument, sample, null),
                org.technician()));
        UiBench bench = window.signIn(org, "tech");

        window.show(() -> (Parent) bench.screens.create(Section.RUNS, bench.main()));
        TableView<RunRow> table = robot.lookup("#runs-table").queryTableView();
        FxWindow.awaitUntil(() -> !table.getItems().isEmpty());

        TableColumn<RunRow, ?> recipeColumn = table.getColumns().stream()
                .filter(column -> column.getText().equals("Recipe"))
                .findFirst()
                .orElseThrow();
        assertThat(recipeColumn.getCellData(0)).isEqualTo("IV sweep v2");
    }
}
