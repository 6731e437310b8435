package lab.spectra.desktop.app;

import javafx.collections.ObservableList;
import javafx.scene.Parent;
import lab.spectra.desktop.admin.settings.SettingsViewModel;
import lab.spectra.desktop.admin.workstations.WorkstationsViewModel;
import lab.spectra.desktop.dashboard.DashboardController;
import lab.spectra.desktop.dashboard.DashboardViewModel;
import lab.spectra.desktop.instruments.CalibrationQueries;
import lab.spectra.desktop.instruments.InstrumentsController;
import lab.spectra.desktop.instruments.InstrumentsViewModel;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.problems.ProblemsController;
import lab.spectra.desktop.problems.ProblemsViewModel;
import lab.spectra.desktop.recipes.RecipeQueries;
import lab.spectra.desktop.recipes.RecipesController;
import lab.spectra.desktop.recipes.RecipesViewModel;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunsController;
import lab.spectra.desktop.runs.RunsViewModel;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.samples.SamplesController;
import lab.spectra.desktop.samples.SamplesViewModel;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.shell.MainController;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.shell.SectionViews;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.Workstation;

/**
 * The screens of one signed-in person's main window, wired: each view model gets its feature's
 * queries and the few other collaborators it uses, never the workstation itself. Part of the
 * composition root; the UI tests build their screens here too.
 */
public final class Screens implements SectionViews {

    private final WorkSession session;
    private final SampleQueries samples;
    private final RunQueries runs;
    private final RecipeQueries recipes;
    private final CalibrationQueries calibrations;

    public Screens(WorkSession session) {
        this.session = session;
        LocalReads reads = new BenchReads(session.workstation().commands());
        this.samples = new SampleQueries(reads);
        this.runs = new RunQueries(reads);
        this.recipes = new RecipeQueries(reads);
        this.calibrations = new CalibrationQueries(reads);
    }

    /** @param onSignedOut shows the sign-in screen again */
    public MainViewModel main(Runnable onSignedOut) {
        Workstation workstation = session.workstation();
        return new MainViewModel(
                session.user(),
                session.lockouts(),
                new BenchSyncControl(workstation.sync(), session.scheduler()),
                workstation::signOut,
                session.tasks(),
                session.localData(),
                onSignedOut);
    }

    /** The main window around {@code main}, building each screen the first time it is shown. */
    public Parent mainWindow(MainViewModel main) {
        return Views.load(new MainController(main, this));
    }

    @Override
    public Parent create(Section section, MainViewModel main) {
        return switch (section) {
            case DASHBOARD -> Views.load(new DashboardController(dashboard(main), main.section()));
            case INSTRUMENTS -> Views.load(new InstrumentsController(instruments(main.lockouts())));
            case SAMPLES -> Views.load(new SamplesController(samples()));
            case RECIPES -> Views.load(new RecipesController(recipes()));
            case RUNS -> Views.load(new RunsController(runs(main.lockouts())));
            case PROBLEMS -> Views.load(new ProblemsController(problems()));
        };
    }

    public DashboardViewModel dashboard(MainViewModel main) {
        return new DashboardViewModel(
                runs, session.user(), session.tasks(), session.localData(), main.lockouts(), main.statusBar());
    }

    /** @param lockouts every instrument's calibration state, as the main window keeps it */
    public InstrumentsViewModel instruments(ObservableList<InstrumentLockout> lockouts) {
        return new InstrumentsViewModel(
                calibrations,
                runs,
                session,
                session.user(),
                session.workstation().clock(),
                session.tasks(),
                session.localData(),
                lockouts);
    }

    public SamplesViewModel samples() {
        return new SamplesViewModel(samples, session, session.user(), session.tasks(), session.localData());
    }

    public RecipesViewModel recipes() {
        return new RecipesViewModel(recipes, session, session.user(), session.tasks(), session.localData());
    }

    /** @param lockouts every instrument's calibration state, as the main window keeps it */
    public RunsViewModel runs(ObservableList<InstrumentLockout> lockouts) {
        return new RunsViewModel(
                runs, recipes, samples, session, session.user(), session.tasks(), session.localData(), lockouts);
    }

    /** The lab's workstations (admin, online only); the lead wires it into the Administration area. */
    public WorkstationsViewModel workstations() {
        return new WorkstationsViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()), session.tasks());
    }

    /** The organization's settings (admin, online only); the lead wires it into the Administration area. */
    public SettingsViewModel settings() {
        return new SettingsViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()), session.tasks());
    }

    public ProblemsViewModel problems() {
        return new ProblemsViewModel(
                new BenchProblemInbox(session.workstation(), session.user().userId()),
                session.tasks(),
                session.localData());
    }
}
