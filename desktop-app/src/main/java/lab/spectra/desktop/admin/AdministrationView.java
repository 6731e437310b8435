package lab.spectra.desktop.admin;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Administration area of the main window: a tab per screen the signed-in person may use
 * (the composition root decides which), each built when first selected.
 */
public final class AdministrationView {

    private AdministrationView() {}

    public static Parent of(List<AdministrationTab> tabs) {
        TabPane pane = new TabPane();
        pane.setId("administration");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (AdministrationTab tab : tabs) {
            Tab shown = new Tab(tab.title());
            shown.setId("admin-tab-" + tab.id());
            shown.selectedProperty().addListener((observable, was, selected) -> {
                if (selected && shown.getContent() == null) {
                    shown.setContent(tab.view().get());
                }
            });
            pane.getTabs().add(shown);
        }
        if (!tabs.isEmpty()) {
            pane.getTabs().get(0).setContent(tabs.get(0).view().get());
        }
        return pane;
    }
}
