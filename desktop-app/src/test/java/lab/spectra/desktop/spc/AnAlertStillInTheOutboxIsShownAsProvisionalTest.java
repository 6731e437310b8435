package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.id.Ids;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The rule 1 alert was raised on this bench by a result still waiting in the outbox, the rule 2
 * alert came from the server: the far point's tooltip says its alert is provisional, the shift's
 * does not, and the list counts both alerts as open.
 */
class AnAlertStillInTheOutboxIsShownAsProvisionalTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void onlyTheAlertOfAPendingCommandIsProvisional(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        shifted.raiseTheAlertsTheServerWould(copy);
        UUID farPoint = shifted.points.get(ShiftedSeries.BEYOND_THREE_SIGMA).id();
        pendingCommandInserted(SpcAlert.idFor(shifted.series.id(), NelsonRule.RULE_1, farPoint));

        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        SpcChartData shown = screen.model.chart().get();
        ChartPoint far = shown.points().get(ShiftedSeries.BEYOND_THREE_SIGMA);
        ChartPoint ninthAbove = shown.points().get(ShiftedSeries.BASELINE.length + 7);
        assertThat(PointDescription.of(far, "V", shifted.series.ruleNumbering()))
                .contains("Alert provisional: raised on this bench, the server has not decided it yet");
        assertThat(PointDescription.of(ninthAbove, "V", shifted.series.ruleNumbering()))
                .doesNotContain("provisional");
        assertThat(screen.rowOf(shifted.series.id()).openAlerts()).isEqualTo(2);
    }

    /** What a bench's RecordResult leaves behind until the server answers: an outbox row and its effect. */
    private void pendingCommandInserted(UUID alertId) {
        UUID commandId = Ids.newId();
        copy.transaction(connection -> {
            try (PreparedStatement outbox = connection.prepareStatement(
                    "INSERT INTO outbox (command_id, author_id, command_type, command, created_at) VALUES (?, ?, ?, ?, ?)")) {
                outbox.setObject(1, commandId);
                outbox.setObject(2, lab.technician.userId());
                outbox.setString(3, "RecordResult");
                outbox.setString(4, "{}");
                outbox.setObject(5, OffsetDateTime.ofInstant(Lab.NOW, ZoneOffset.UTC));
                outbox.executeUpdate();
            }
            try (PreparedStatement effect = connection.prepareStatement(
                    "INSERT INTO outbox_effects (command_id, ordinal, table_name, row_id) VALUES (?, 0, 'spc_alerts', ?)")) {
                effect.setObject(1, commandId);
                effect.setObject(2, alertId);
                effect.executeUpdate();
            }
            return null;
        });
    }
}
