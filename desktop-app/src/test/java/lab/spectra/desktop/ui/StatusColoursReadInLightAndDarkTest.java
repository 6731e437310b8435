package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import lab.spectra.desktop.testing.FxWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * The colours that carry a state — offline and online, a notice, a sync problem, a locked or
 * expiring instrument, muted text — contrast with the background they are drawn on by at least
 * 4.5:1 (WCAG 2.1 AA for normal text), in the light theme and in the dark one.
 */
class StatusColoursReadInLightAndDarkTest {

    private static final double AA_NORMAL_TEXT = 4.5;

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Theme.useDark(false));
    }

    @ParameterizedTest(name = "dark: {0}")
    @ValueSource(booleans = {false, true})
    void everyStateColourMeetsAaOnItsBackground(boolean dark, FxRobot robot) {
        List<String> tooFaint = new ArrayList<>();
        robot.interact(() -> {
            Theme.useDark(dark);
            Map<String, Label> onStatusBar = new LinkedHashMap<>();
            onStatusBar.put("offline", styled("connectivity"));
            Label online = styled("connectivity");
            online.pseudoClassStateChanged(PseudoClass.getPseudoClass("online"), true);
            onStatusBar.put("online", online);
            onStatusBar.put("notice badge", styled("notice-badge"));
            onStatusBar.put("sync problems", styled("danger-text"));
            onStatusBar.put("last sync (muted)", styled("text-muted"));
            onStatusBar.put("who is signed in", styled("signed-in"));
            HBox statusBar = new HBox();
            statusBar.getStyleClass().add("status-bar");
            statusBar.getChildren().addAll(onStatusBar.values());

            Map<String, Label> onACard = new LinkedHashMap<>();
            onACard.put("locked", styled("locked"));
            onACard.put("expiring", styled("expiring"));
            onACard.put("danger", styled("danger-text"));
            VBox card = new VBox();
            card.getStyleClass().add("card");
            card.getChildren().addAll(onACard.values());

            Label noticeText = new Label("ELL-01 calibration expires in 5 days");
            VBox notice = new VBox(noticeText);
            notice.getStyleClass().add("launch-notice");

            Scene scene = new Scene(new VBox(statusBar, card, notice), 800, 400);
            Theme.apply(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            check(onStatusBar, background(statusBar), tooFaint);
            check(onACard, background(card), tooFaint);
            check(Map.of("launch notice", noticeText), background(notice), tooFaint);
        });

        assertThat(tooFaint).as("colour pairs below %s:1", AA_NORMAL_TEXT).isEmpty();
    }

    private static Label styled(String styleClass) {
        Label label = new Label("Offline · 2 notices · 1 sync problem");
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static void check(Map<String, Label> labels, Color background, List<String> tooFaint) {
        labels.forEach((name, label) -> {
            Color text = (Color) label.getTextFill();
            double ratio = contrast(text, background);
            if (ratio < AA_NORMAL_TEXT) {
                tooFaint.add(String.format("%s: %s on %s is %.2f:1", name, text, background, ratio));
            }
        });
    }

    /** The colour the region shows: a translucent fill (the dark theme's subtle tints) over its parent's. */
    private static Color background(Region region) {
        Color fill = region.getBackground() == null
                        || region.getBackground().getFills().isEmpty()
                ? Color.TRANSPARENT
                : (Color) region.getBackground().getFills().get(0).getFill();
        if (fill.getOpacity() >= 1 || !(region.getParent() instanceof Region)) {
            return fill;
        }
        Color under = background((Region) region.getParent());
        double alpha = fill.getOpacity();
        return Color.color(
                fill.getRed() * alpha + under.getRed() * (1 - alpha),
                fill.getGreen() * alpha + under.getGreen() * (1 - alpha),
                fill.getBlue() * alpha + under.getBlue() * (1 - alpha));
    }

    /** WCAG 2.1: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
    static double contrast(Color a, Color b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
