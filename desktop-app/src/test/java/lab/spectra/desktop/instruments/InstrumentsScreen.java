package lab.spectra.desktop.instruments;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.testfx.api.FxRobot;

/**
 * The instruments screen of a signed-in person, fed by the shell's lockout list as in the app,
 * and ways to read what it shows. The window closes the bench after the test.
 */
final class InstrumentsScreen {

    final UiBench bench;
    final MainViewModel main;
    private final FxRobot robot;

    private InstrumentsScreen(UiBench bench, MainViewModel main, FxRobot robot) {
        this.bench = bench;
        this.main = main;
        this.robot = robot;
    }

    /** @param who admin, pi, engineer, tech or viewer */
    static InstrumentsScreen show(FxWindow window, ServerLab.Org org, String who) {
        UiBench bench = window.signIn(org, who);
        AtomicReference<MainViewModel> main = new AtomicReference<>();
        window.show(() -> {
            main.set(bench.main());
            main.get().refreshLockouts();
            return Views.load(new InstrumentsController(
                    bench.screens.instruments(main.get().lockouts())));
        });
        return new InstrumentsScreen(bench, main.get(), window.robot());
    }

    TableView<InstrumentLockout> instruments() {
        return robot.lookup("#instruments-table").queryTableView();
    }

    TableView<CertificateRow> certificates() {
        return robot.lookup("#calibrations-table").queryTableView();
    }

    void select(String instrumentName) {
        TableView<InstrumentLockout> table = instruments();
        int index = table.getItems().stream()
                .map(lockout -> lockout.instrument().name())
                .toList()
                .indexOf(instrumentName);
        if (index < 0) {
            throw new AssertionError(instrumentName + " is not listed");
        }
        robot.interact(() -> table.getSelectionModel().select(index));
    }

    /** The names of the instruments whose rendered row carries the given style class. */
    List<String> rowsStyled(String styleClass) {
        robot.interact(() -> instruments().layout());
        return robot
                .from(instruments())
                .lookup(".table-row-cell")
                .<TableRow<InstrumentLockout>>queryAllAs(castRow())
                .stream()
                .filter(row -> row.getItem() != null && row.getStyleClass().contains(styleClass))
                .map(row -> row.getItem().instrument().name())
                .sorted()
                .toList();
    }

    /** The texts shown in the rendered row of an instrument, cell by cell. */
    List<String> rowTexts(String instrumentName) {
        robot.interact(() -> instruments().layout());
        TableRow<InstrumentLockout> row = robot
                .from(instruments())
                .lookup(".table-row-cell")
                .<TableRow<InstrumentLockout>>queryAllAs(castRow())
                .stream()
                .filter(candidate -> candidate.getItem() != null
                        && candidate.getItem().instrument().name().equals(instrumentName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row shows " + instrumentName));
        return robot.from(row).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(text -> text != null && !text.isEmpty())
                .toList();
    }

    String message() {
        return robot.lookup("#instruments-message").queryLabeled().getText();
    }

    boolean has(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<TableRow<InstrumentLockout>> castRow() {
        return (Class) TableRow.class;
    }
}
