package lab.spectra.desktop.tools;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import lab.spectra.desktop.admin.instruments.InstrumentAdminRow;
import lab.spectra.desktop.app.DesktopAssembly;
import lab.spectra.desktop.app.DesktopSettings;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.audit.AuditViewModel;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.firstrun.FirstRunController;
import lab.spectra.desktop.firstrun.FirstRunViewModel;
import lab.spectra.desktop.notebook.NotebookHit;
import lab.spectra.desktop.notebook.SignatureState;
import lab.spectra.desktop.recipes.SopChoice;
import lab.spectra.desktop.recipes.editor.FreeParameter;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.spc.SeriesRow;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.Theme;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sop.Sop;

/**
 * Takes the README's screenshots from the real app with the built-in demo: sign-in, then each
 * screen as a technician, then Administration > People, API keys and Instruments as the admin. Run under Xvfb (see README); writes PNGs to
 * the folder given as the first argument.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("spectra-screenshots-");
        FxTaskRunner tasks = new FxTaskRunner();
        DesktopAssembly assembly = DesktopAssembly.open(
                DesktopSettings.from(Map.of("SPECTRA_DATA_DIR", data.toString())), tasks, new EmbeddedServer());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        Stage stage = onFx(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new Label("…"), 1280, 800));
            Theme.apply(window.getScene());
            window.show();
            return window;
        });

        // The first start of an installed app with no lab server (nothing is founded here).
        onFx(() -> {
            stage.getScene()
                    .setRoot(Views.load(new FirstRunController(new FirstRunViewModel(setup -> {}, tasks, lab -> {}))));
            return null;
        });
        settle();
        save(stage, out.resolve("00-first-start.png"));

        CompletableFuture<CurrentUser> tech = new CompletableFuture<>();
        onFx(() -> {
            stage.getScene().setRoot(assembly.loginView(tech::complete));
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#demo-tech").ifPresent(link -> ((Hyperlink) link).fire());
            return null;
        });
        settle();
        save(stage, out.resolve("01-sign-in.png"));
        onFx(() -> {
            lookup(stage, "#sign-in").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        CurrentUser technician = tech.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            Parent view = assembly.mainView(technician, () -> {});
            stage.getScene().setRoot(view);
            return null;
        });
        settle();
        save(stage, out.resolve("02-dashboard-with-launch-notice.png"));
        onFx(() -> {
            lookup(stage, "#dismiss-notice").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        int index = 3;
        for (Section section : new Section[] {Section.INSTRUMENTS, Section.SAMPLES, Section.RUNS, Section.PROBLEMS}) {
            clickNavigation(stage, section);
            settle();
            if (section == Section.RUNS) {
                // A demo run with its raw file: the data tab plots it.
                onFx(() -> {
                    lookup(stage, "#runs-table")
                            .ifPresent(table ->
                                    ((TableView<?>) table).getSelectionModel().select(0));
                    return null;
                });
                settle();
                onFx(() -> {
                    lookup(stage, "#data-files")
                            .ifPresent(table ->
                                    ((TableView<?>) table).getSelectionModel().select(0));
                    return null;
                });
                settle();
            }
            save(
                    stage,
                    out.resolve(
                            String.format("%02d-%s.png", index++, section.name().toLowerCase(Locale.ROOT))));
        }
        clickNavigation(stage, Section.RECIPES);
        settle();
        onFx(() -> {
            lookup(stage, "#recipes-table")
                    .ifPresent(
                            table -> ((TableView<?>) table).getSelectionModel().select(0));
            return null;
        });
        settle();
        save(stage, out.resolve(String.format("%02d-recipes-as-technician.png", index++)));

        // Administration > People, as the demo lab's admin.
        CompletableFuture<CurrentUser> admin = new CompletableFuture<>();
        onFx(() -> {
            stage.getScene().setRoot(assembly.loginView(admin::complete));
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#demo-admin").ifPresent(link -> ((Hyperlink) link).fire());
            lookup(stage, "#sign-in").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        CurrentUser administrator = admin.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            stage.getScene().setRoot(assembly.mainView(administrator, () -> {}));
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#dismiss-notice").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        clickNavigation(stage, Section.ADMINISTRATION);
        settle();
        // A person added, with the temporary password shown once.
        onFx(() -> {
            lookup(stage, "#new-person-email").ifPresent(field -> ((TextField) field).setText("nia@demo.lab"));
            lookup(stage, "#new-person-name").ifPresent(field -> ((TextField) field).setText("Nia Newtech"));
            lookup(stage, "#add-person").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        save(stage, out.resolve(String.format("%02d-administration-people.png", index++)));
        // Who is qualified on what, as the admin who records and revokes.
        clickNavigation(stage, Section.QUALIFICATIONS);
        settle();
        save(stage, out.resolve(String.format("%02d-qualifications.png", index++)));
        notebook(stage, out, index);
        apiKeys(stage, out);
        instrumentAdministration(stage, out);
        spcChart(stage, out);
        recipeEditor(stage, out);
        sopLibrary(stage, out);
        auditViewer(stage, out);
        inboxAndDarkDashboard(stage, out, assembly);
        System.out.println("Screenshots written to " + out);
        tasks.close();
        assembly.close();
        Platform.exit();
        System.exit(0);
    }

    /**
     * The demo PI's inbox (the IV sweep's second version waits for a decision, instruments need
     * calibrating), then the PI's dashboard in the dark theme.
     */
    private static void inboxAndDarkDashboard(Stage stage, Path out, DesktopAssembly assembly) throws Exception {
        CompletableFuture<CurrentUser> pi = new CompletableFuture<>();
        onFx(() -> {
            stage.getScene().setRoot(assembly.loginView(pi::complete));
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#demo-pi").ifPresent(link -> ((Hyperlink) link).fire());
            lookup(stage, "#sign-in").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        CurrentUser signedIn = pi.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            stage.getScene().setRoot(assembly.mainView(signedIn, () -> {}));
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#dismiss-notice").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        clickNavigation(stage, Section.INBOX);
        settle();
        save(stage, out.resolve("23-inbox-as-pi.png"));
        onFx(() -> {
            Theme.useDark(true);
            return null;
        });
        clickNavigation(stage, Section.DASHBOARD);
        settle();
        save(stage, out.resolve("24-dashboard-dark.png"));
        onFx(() -> {
            Theme.useDark(false);
            return null;
        });
    }

    /**
     * The notebook as the admin: an entry written in Markdown with a link to a sample, then shown
     * with its signatures (the demo lab's voided one when there is one), and the sign dialog.
     */
    @SuppressWarnings("unchecked")
    private static void notebook(Stage stage, Path out, int first) throws Exception {
        int index = first;
        clickNavigation(stage, Section.NOTEBOOK);
        settle();
        onFx(() -> {
            lookup(stage, "#notebook-new").ifPresent(button -> ((Button) button).fire());
            String sample = lookup(stage, "#notebook-sample")
                    .map(box -> ((ComboBox<Sample>) box).getItems())
                    .filter(samples -> !samples.isEmpty())
                    .map(samples -> "[" + samples.get(0).name() + "](sample:"
                            + samples.get(0).id() + ")")
                    .orElse("the wafer");
            lookup(stage, "#editor-title").ifPresent(field -> ((TextField) field).setText("Anneal of the GaN lot"));
            lookup(stage, "#editor-body").ifPresent(field -> ((TextArea) field)
                    .setText("# Anneal\n\nAnnealed " + sample + " at **400 °C** for 30 min under N₂.\n\n"
                            + "- ramp 10 K/min\n- hold 30 min\n- cool in the furnace\n\n"
                            + "> Contact resistance to be measured tomorrow.\n"));
            return null;
        });
        settle();
        save(stage, out.resolve(String.format("%02d-notebook-editor.png", index++)));
        onFx(() -> {
            lookup(stage, "#editor-save").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#notebook-list").ifPresent(list -> {
                ListView<NotebookHit> hits = (ListView<NotebookHit>) list;
                hits.getItems().stream()
                        .filter(hit -> hit.signatures() == SignatureState.VOIDED)
                        .findFirst()
                        .ifPresent(hit -> hits.getSelectionModel().select(hit));
            });
            return null;
        });
        settle();
        save(stage, out.resolve(String.format("%02d-notebook.png", index++)));
        onFx(() -> {
            lookup(stage, "#notebook-sign").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        Optional<Stage> dialog = onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage found && "Sign entry".equals(found.getTitle()))
                .map(Stage.class::cast)
                .findFirst());
        if (dialog.isPresent()) {
            save(dialog.get(), out.resolve(String.format("%02d-sign-dialog.png", index)));
            onFx(() -> {
                dialog.get().close();
                return null;
            });
        }
    }

    /**
     * Administration > API keys as the admin: a key for one instrument's results and raw files,
     * just made and shown once with its warning. Numbered after the run data pictures (13 to 16),
     * which other tools write.
     */
    @SuppressWarnings("unchecked")
    private static void apiKeys(Stage stage, Path out) throws Exception {
        showAdministrationTab(stage, "admin-tab-api-keys");
        onFx(() -> {
            lookup(stage, "#api-key-name").ifPresent(field -> ((TextField) field).setText("Keithley-2 export"));
            lookup(stage, "#scope-results-write").ifPresent(box -> ((CheckBox) box).setSelected(true));
            lookup(stage, "#api-key-instrument")
                    .map(box -> (ComboBox<Object>) box)
                    .ifPresent(box -> {
                        if (!box.getItems().isEmpty()) {
                            box.getSelectionModel().select(0);
                        }
                    });
            lookup(stage, "#scope-attachments-write").ifPresent(box -> ((CheckBox) box).setSelected(true));
            lookup(stage, "#create-api-key").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        save(stage, out.resolve("17-api-keys.png"));
    }

    /** Administration > Instruments as the admin, SMU-01 selected: its plan, status and requalification. */
    private static void instrumentAdministration(Stage stage, Path out) throws Exception {
        showAdministrationTab(stage, "admin-tab-instruments");
        onFx(() -> {
            lookup(stage, "#instrument-admin-table").ifPresent(node -> {
                @SuppressWarnings("unchecked")
                TableView<InstrumentAdminRow> table = (TableView<InstrumentAdminRow>) node;
                table.getItems().stream()
                        .filter(row -> row.lockout().instrument().name().equals("SMU-01"))
                        .findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            });
            return null;
        });
        settle();
        save(stage, out.resolve("18-instrument-administration.png"));
    }

    /**
     * The SPC screen as the admin: the demo's threshold-voltage chart with its baseline, the SMU's
     * new certificate, the shift marked rule 2 and the outlier marked rule 1, and its open alerts.
     */
    private static void spcChart(Stage stage, Path out) throws Exception {
        clickNavigation(stage, Section.SPC);
        settle();
        onFx(() -> {
            lookup(stage, "#spc-series-table").ifPresent(node -> {
                @SuppressWarnings("unchecked")
                TableView<SeriesRow> table = (TableView<SeriesRow>) node;
                table.getItems().stream()
                        .filter(row -> row.series().name().startsWith("Threshold voltage"))
                        .findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            });
            return null;
        });
        settle();
        save(stage, out.resolve("19-spc-chart.png"));
    }

    /**
     * The audit trail as the admin: the demo lab's recipes, an approval picked with its recipe's
     * history (old and new values side by side), and the integrity check's verdict.
     */
    private static void auditViewer(Stage stage, Path out) throws Exception {
        clickNavigation(stage, Section.AUDIT);
        settle();
        onFx(() -> {
            lookup(stage, "#audit-table").ifPresent(node -> {
                @SuppressWarnings("unchecked")
                ComboBox<String> table = (ComboBox<String>) node;
                table.getEditor().setText("recipes");
            });
            lookup(stage, "#audit-search").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#audit-entries").ifPresent(node -> {
                @SuppressWarnings("unchecked")
                TableView<AuditEntryView> entries = (TableView<AuditEntryView>) node;
                int edited = 0;
                for (int i = 0; i < entries.getItems().size(); i++) {
                    if (!AuditViewModel.creates(entries.getItems().get(i))) {
                        edited = i;
                        break;
                    }
                }
                entries.getSelectionModel().select(edited);
            });
            lookup(stage, "#audit-check-integrity").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        settle();
        save(stage, out.resolve("22-audit-viewer.png"));
    }

    /**
     * The recipe editor as the admin: the demo IV sweep's second version (a draft), its typed SMU
     * fields with units, a compliance out of range named under its field, a free parameter, and
     * the SOP it follows ticked.
     */
    @SuppressWarnings("unchecked")
    private static void recipeEditor(Stage stage, Path out) throws Exception {
        clickNavigation(stage, Section.RECIPES);
        settle();
        onFx(() -> {
            lookup(stage, "#recipes-table").ifPresent(node -> {
                TableView<Recipe> table = (TableView<Recipe>) node;
                table.getItems().stream()
                        .filter(recipe -> recipe.name().equals("IV sweep") && recipe.version() == 2)
                        .findFirst()
                        .ifPresent(recipe -> table.getSelectionModel().select(recipe));
            });
            lookup(stage, "#edit-draft").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        settle();
        onFx(() -> {
            lookup(stage, "#parameter-compliance_a").ifPresent(field -> ((TextField) field).setText("20"));
            lookup(stage, "#parameter-sweep_mode").ifPresent(box -> ((ComboBox<String>) box).setValue("dual"));
            lookup(stage, "#add-free-parameter").ifPresent(button -> ((Button) button).fire());
            lookup(stage, "#free-parameters").ifPresent(node -> {
                TableView<FreeParameter> table = (TableView<FreeParameter>) node;
                table.edit(-1, null);
                if (!table.getItems().isEmpty()) {
                    table.getItems().get(0).key().set("settle_ms");
                    table.getItems().get(0).value().set("50");
                }
            });
            lookup(stage, "#recipe-sop-choices").ifPresent(node -> ((ListView<SopChoice>) node)
                    .getItems().stream()
                            .filter(choice -> choice.sop().title().equals("IV characterization"))
                            .forEach(choice -> choice.chosen().set(true)));
            return null;
        });
        settle();
        save(stage, out.resolve("20-recipe-editor.png"));
        onFx(() -> {
            lookup(stage, "#cancel-recipe").ifPresent(button -> ((Button) button).fire());
            return null;
        });
    }

    /** The SOP library as the admin: the demo's IV characterization SOP rendered from its Markdown. */
    @SuppressWarnings("unchecked")
    private static void sopLibrary(Stage stage, Path out) throws Exception {
        clickNavigation(stage, Section.SOPS);
        settle();
        onFx(() -> {
            lookup(stage, "#sops-table").ifPresent(node -> {
                TableView<Sop> table = (TableView<Sop>) node;
                table.getItems().stream()
                        .filter(sop -> sop.title().equals("IV characterization"))
                        .findFirst()
                        .ifPresent(sop -> table.getSelectionModel().select(sop));
            });
            return null;
        });
        settle();
        save(stage, out.resolve("21-sop-library.png"));
    }

    private static void showAdministrationTab(Stage stage, String tabId) throws Exception {
        clickNavigation(stage, Section.ADMINISTRATION);
        settle();
        onFx(() -> {
            lookup(stage, "#administration").map(pane -> (TabPane) pane).ifPresent(pane -> pane.getTabs().stream()
                    .filter(tab -> tabId.equals(tab.getId()))
                    .findFirst()
                    .ifPresent(tab -> pane.getSelectionModel().select(tab)));
            return null;
        });
        settle();
    }

    static void clickNavigation(Stage stage, Section section) throws Exception {
        onFx(() -> {
            lookup(stage, "#nav-" + section.name().toLowerCase(Locale.ROOT))
                    .ifPresent(button -> ((ToggleButton) button).fire());
            return null;
        });
    }

    static Optional<Node> lookup(Stage stage, String selector) {
        return Optional.ofNullable(stage.getScene().lookup(selector));
    }

    /** Lets background loads finish and the scene render. */
    static void settle() throws Exception {
        Thread.sleep(2500);
        onFx(() -> null);
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void save(Stage stage, Path file) throws Exception {
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", new File(file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
        System.out.println("Saved " + file.getFileName());
    }
}
