package lab.spectra.desktop.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import lab.spectra.desktop.search.QuickSearchController;
import lab.spectra.desktop.ui.Appearance;
import lab.spectra.desktop.ui.ReadableLayouts;
import lab.spectra.desktop.ui.Theme;
import lab.spectra.desktop.ui.Views;
import org.controlsfx.control.Notifications;

/** Binds the main window: navigation, the current screen, the launch notice, the status bar. */
public final class MainController {

    /** The style class of the notifications of sync outcomes. */
    public static final String SYNC_NOTICE = "sync-notice";

    private final MainViewModel model;
    private final SectionViews views;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);

    @FXML
    VBox navigation;

    @FXML
    StackPane content;

    @FXML
    VBox launchNotice;

    @FXML
    ListView<String> launchNoticeItems;

    @FXML
    Label connectivity;

    @FXML
    Label user;

    @FXML
    Label pending;

    @FXML
    Label lastSync;

    @FXML
    Label activity;

    @FXML
    ProgressBar progress;

    @FXML
    Button syncNow;

    @FXML
    Label problems;

    @FXML
    Button inboxCount;

    @FXML
    MenuButton appearance;

    @FXML
    Button noticeBadge;

    @FXML
    Button update;

    public MainController(MainViewModel model, SectionViews views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            if (!views.offers(section, model)) {
                continue;
            }
            ToggleButton button = new ToggleButton(section.title());
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setSelected(section == model.section().get());
            button.setOnAction(event -> {
                button.setSelected(true);
                model.section().set(section);
            });
            navigation.getChildren().add(button);
        }
        model.section().addListener((observable, before, after) -> show(after));
        show(model.section().get());

        launchNoticeItems.setItems(model.launchNotice());
        launchNotice.visibleProperty().bind(model.noticeOpen().and(Bindings.isNotEmpty(model.launchNotice())));
        launchNotice.managedProperty().bind(launchNotice.visibleProperty());
        // Closed, the notice is a badge that opens it again; no badge when there is nothing to say.
        noticeBadge
                .textProperty()
                .bind(Bindings.size(model.launchNotice())
                        .map(count -> count.intValue() == 1 ? "1 notice" : count + " notices"));
        noticeBadge.visibleProperty().bind(model.noticeOpen().not().and(Bindings.isNotEmpty(model.launchNotice())));
        noticeBadge.managedProperty().bind(noticeBadge.visibleProperty());
        noticeBadge.setOnAction(event -> model.openLaunchNotice());

        StatusBarViewModel status = model.statusBar();
        connectivity.textProperty().bind(status.connectivity());
        // Green once online, also when it already was before this window was built (a role change).
        PseudoClass onlineState = PseudoClass.getPseudoClass("online");
        connectivity.pseudoClassStateChanged(onlineState, status.online().get());
        status.online()
                .addListener((observable, was, online) -> connectivity.pseudoClassStateChanged(onlineState, online));
        user.textProperty().bind(status.user());
        pending.textProperty().bind(status.pending());
        lastSync.textProperty().bind(status.lastSync());
        activity.textProperty().bind(status.activity());
        progress.progressProperty().bind(status.progress());
        progress.visibleProperty().bind(status.syncing());
        progress.managedProperty().bind(progress.visibleProperty());
        syncNow.disableProperty().bind(status.syncing());
        problems.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> status.openProblems().get() == 0
                                ? ""
                                : status.openProblems().get() + " sync problem"
                                        + (status.openProblems().get() == 1 ? "" : "s"),
                        status.openProblems()));
        problems.setOnMouseClicked(event -> model.section().set(Section.PROBLEMS));
        inboxCount.setVisible(false);
        inboxCount.managedProperty().bind(inboxCount.visibleProperty());
        views.appearance().ifPresent(this::offer);
        views.waiting(model).ifPresent(waiting -> {
            inboxCount.textProperty().bind(waiting.map(count -> count + " waiting"));
            inboxCount.setTooltip(new Tooltip("What waits for you: opens the Inbox"));
            inboxCount.visibleProperty().bind(waiting.greaterThan(0));
            inboxCount.setOnAction(event -> model.section().set(Section.INBOX));
        });
        // The reason of the last failed sync: on hover over online/offline (and in a notification
        // when it happens), never as a long text that would squeeze the status bar.
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(status.lastError());
        reason.setWrapText(true);
        reason.setMaxWidth(420);
        status.lastError()
                .addListener((observable, before, error) ->
                        connectivity.setTooltip(error == null || error.isBlank() ? null : reason));
        status.onNotice(this::announce);
        offerUpdate(status);
        content.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                ReadableLayouts.keep(scene);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::syncNow);
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::quickSearch);
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                model::syncNow);
            }
        });
        model.refreshLockouts();
        // Certificates expire while the app runs: the lockout is evaluated again every minute.
        Timeline reevaluate = new Timeline(new KeyFrame(
                Duration.millis((double) MainViewModel.LOCKOUT_REFRESH.toMillis()), event -> model.refreshLockouts()));
        reevaluate.setCycleCount(Animation.INDEFINITE);
        reevaluate.play();
        content.sceneProperty().addListener((observable, before, scene) -> {
            if (scene == null) {
                reevaluate.stop();
            }
        });
    }

    /**
     * A notification in the top corner of this window (the status bar and its buttons stay
     * free); a refusal leads to Sync problems when clicked.
     */
    private void announce(SyncNotice notice) {
        if (content.getScene() == null
                || content.getScene().getWindow() == null
                || !content.getScene().getWindow().isShowing()) {
            return;
        }
        Notifications notification = Notifications.create()
                .owner(content.getScene().getWindow())
                .title(notice.title())
                .text(notice.text())
                .styleClass(SYNC_NOTICE, "sync-notice-" + notice.kind().name().toLowerCase(Locale.ROOT))
                .position(Pos.TOP_RIGHT)
                .hideAfter(Duration.seconds(notice.kind() == SyncNotice.Kind.REFUSED ? 15 : 6));
        switch (notice.kind()) {
            case REFUSED ->
                notification
                        .onAction(event -> model.section().set(Section.PROBLEMS))
                        .showWarning();
            case FAILED -> notification.showError();
            case OFFLINE, RECOVERED -> notification.showInformation();
        }
    }

    /**
     * The lab's newer release, a flat button in the status bar: its tooltip says where the installer
     * is, and clicking it copies that address to paste into a browser.
     */
    private void offerUpdate(StatusBarViewModel status) {
        update.textProperty().bind(status.update());
        update.visibleProperty().bind(status.update().isNotEmpty());
        update.managedProperty().bind(update.visibleProperty());
        Tooltip where = new Tooltip();
        where.textProperty()
                .bind(status.installer()
                        .map(address -> address.isEmpty()
                                ? "Ask the lab's admin for the installer of this release"
                                : "The installer: " + address + " (click to copy the address)"));
        where.setWrapText(true);
        where.setMaxWidth(420);
        update.setTooltip(where);
        update.setOnAction(event -> {
            if (!status.installer().get().isEmpty()) {
                ClipboardContent address = new ClipboardContent();
                address.putString(status.installer().get());
                Clipboard.getSystemClipboard().setContent(address);
            }
        });
    }

    private void show(Section section) {
        Parent view = built.computeIfAbsent(section, key -> views.create(key, model));
        content.getChildren().setAll(view);
        navigation.getChildren().stream()
                .filter(node -> node instanceof ToggleButton
                        && ("nav-" + section.name().toLowerCase(Locale.ROOT)).equals(node.getId()))
                .forEach(node -> ((ToggleButton) node).setSelected(true));
    }

    /** The appearance menu: one radio item per choice, kept in step with the remembered choice. */
    private void offer(AppearanceChoice choice) {
        ToggleGroup choices = new ToggleGroup();
        Map<Appearance, RadioMenuItem> items = new EnumMap<>(Appearance.class);
        for (Appearance option : Appearance.values()) {
            RadioMenuItem item = new RadioMenuItem(option.label());
            item.setId("appearance-" + option.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(choices);
            item.setOnAction(event -> choice.chosen().set(option));
            items.put(option, item);
            appearance.getItems().add(item);
        }
        Optional.ofNullable(choice.chosen().get()).map(items::get).ifPresent(item -> item.setSelected(true));
        choice.chosen()
                .addListener((observable, before, after) ->
                        Optional.ofNullable(after).map(items::get).ifPresent(item -> item.setSelected(true)));
        appearance.setVisible(true);
        appearance.setManaged(true);
    }

    /** Ctrl+K: a small window over this one to find a record by name or barcode and open it. */
    @FXML
    void quickSearch() {
        Window owner = content.getScene() == null ? null : content.getScene().getWindow();
        if (owner == null) {
            return;
        }
        Stage window = new Stage();
        // Opening a record closes the search: the main window shows the record.
        views.quickSearch(model, window::close).ifPresent(search -> {
            window.initOwner(owner);
            window.initModality(Modality.WINDOW_MODAL);
            window.setTitle("Find");
            Scene scene = new Scene(Views.load(new QuickSearchController(search, window::close)));
            Theme.apply(scene);
            window.setScene(scene);
            window.show();
        });
    }

    @FXML
    void syncNow() {
        model.syncNow();
    }

    @FXML
    void signOut() {
        model.signOut();
    }

    @FXML
    void dismissLaunchNotice() {
        model.dismissLaunchNotice();
    }
}
