package lab.spectra.desktop.app;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import lab.spectra.desktop.admin.AdministrationTab;
import lab.spectra.desktop.admin.AdministrationView;
import lab.spectra.desktop.admin.apikeys.ApiKeyQueries;
import lab.spectra.desktop.admin.apikeys.ApiKeysController;
import lab.spectra.desktop.admin.apikeys.ApiKeysViewModel;
import lab.spectra.desktop.admin.backup.BackupController;
import lab.spectra.desktop.admin.backup.BackupViewModel;
import lab.spectra.desktop.admin.backup.LabBackups;
import lab.spectra.desktop.admin.instruments.CertificateFiles;
import lab.spectra.desktop.admin.instruments.InstrumentAdminController;
import lab.spectra.desktop.admin.instruments.InstrumentAdminQueries;
import lab.spectra.desktop.admin.instruments.InstrumentAdminViewModel;
import lab.spectra.desktop.admin.labimport.LabImportController;
import lab.spectra.desktop.admin.labimport.LabImportViewModel;
import lab.spectra.desktop.admin.people.PeopleController;
import lab.spectra.desktop.admin.people.PeopleViewModel;
import lab.spectra.desktop.admin.settings.SettingsController;
import lab.spectra.desktop.admin.settings.SettingsViewModel;
import lab.spectra.desktop.admin.workstations.WorkstationsController;
import lab.spectra.desktop.admin.workstations.WorkstationsViewModel;
import lab.spectra.desktop.audit.AuditController;
import lab.spectra.desktop.audit.AuditQueries;
import lab.spectra.desktop.audit.AuditViewModel;
import lab.spectra.desktop.audit.SystemAuditExportChooser;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.dashboard.DashboardController;
import lab.spectra.desktop.dashboard.DashboardViewModel;
import lab.spectra.desktop.inbox.InboxController;
import lab.spectra.desktop.inbox.InboxQueries;
import lab.spectra.desktop.inbox.InboxSources;
import lab.spectra.desktop.inbox.InboxViewModel;
import lab.spectra.desktop.instruments.CalibrationQueries;
import lab.spectra.desktop.instruments.CalibrationReportViewModel;
import lab.spectra.desktop.instruments.InstrumentsController;
import lab.spectra.desktop.instruments.InstrumentsViewModel;
import lab.spectra.desktop.instruments.ReportFileChooser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.QualificationNoticeQueries;
import lab.spectra.desktop.lockout.QualificationWarnings;
import lab.spectra.desktop.notebook.NotebookController;
import lab.spectra.desktop.notebook.NotebookIndex;
import lab.spectra.desktop.notebook.NotebookQueries;
import lab.spectra.desktop.notebook.NotebookViewModel;
import lab.spectra.desktop.notebook.RecordLink;
import lab.spectra.desktop.notebook.print.EntryPrinter;
import lab.spectra.desktop.notebook.print.PrintableEntryQueries;
import lab.spectra.desktop.notebook.sign.EntrySigner;
import lab.spectra.desktop.notebook.signing.BenchSigning;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.notebook.signing.VoidedSignatureNotices;
import lab.spectra.desktop.problems.ProblemsController;
import lab.spectra.desktop.problems.ProblemsViewModel;
import lab.spectra.desktop.qualifications.QualificationQueries;
import lab.spectra.desktop.qualifications.QualificationsController;
import lab.spectra.desktop.qualifications.QualificationsViewModel;
import lab.spectra.desktop.recipes.RecipeQueries;
import lab.spectra.desktop.recipes.RecipesController;
import lab.spectra.desktop.recipes.RecipesViewModel;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunsController;
import lab.spectra.desktop.runs.RunsViewModel;
import lab.spectra.desktop.runs.data.RunDataQueries;
import lab.spectra.desktop.runs.data.RunDataViewModel;
import lab.spectra.desktop.runs.data.SystemDataFileChooser;
import lab.spectra.desktop.runs.report.RunReportQueries;
import lab.spectra.desktop.runs.report.RunReportViewModel;
import lab.spectra.desktop.runs.report.RunReportWriter;
import lab.spectra.desktop.runs.report.SystemReportFileChooser;
import lab.spectra.desktop.runs.review.RunReviewQueries;
import lab.spectra.desktop.runs.review.RunReviewViewModel;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.samples.SamplesController;
import lab.spectra.desktop.samples.SamplesViewModel;
import lab.spectra.desktop.search.Found;
import lab.spectra.desktop.search.QuickSearchQueries;
import lab.spectra.desktop.search.QuickSearchViewModel;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.shell.AppearanceChoice;
import lab.spectra.desktop.shell.MainController;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.PersonalNotices;
import lab.spectra.desktop.shell.RecordToOpen;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.shell.SectionViews;
import lab.spectra.desktop.shell.SeenNoticesFile;
import lab.spectra.desktop.sops.SopQueries;
import lab.spectra.desktop.sops.SopsController;
import lab.spectra.desktop.sops.SopsViewModel;
import lab.spectra.desktop.spc.SpcController;
import lab.spectra.desktop.spc.SpcQueries;
import lab.spectra.desktop.spc.SpcViewModel;
import lab.spectra.desktop.spc.SystemExportFileChooser;
import lab.spectra.desktop.spc.alerts.SpcAlertQueries;
import lab.spectra.desktop.spc.alerts.SpcAlertsView;
import lab.spectra.desktop.spc.alerts.SpcAlertsViewModel;
import lab.spectra.desktop.spc.setup.SpcSeriesActions;
import lab.spectra.desktop.spc.setup.SpcSeriesActionsViewModel;
import lab.spectra.desktop.spc.setup.SpcSetupQueries;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.ui.Reveal;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.report.CalibrationReport;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.report.RunReportPdf;

/**
 * The screens of one signed-in person's main window, wired: each view model gets its feature's
 * queries and the few other collaborators it uses, never the workstation itself. Part of the
 * composition root; the UI tests build their screens here too.
 */
public final class Screens implements SectionViews {

    private final WorkSession session;
    /**
     * What every screen's queries read through. The queries themselves are made when their screen
     * is opened, not before (ADR 0036): nothing of a screen exists until the person asks for it.
     */
    private final LocalReads reads;

    private final Optional<LabBackups> backups;
    private final EntrySigner signer;
    private final Optional<AppearanceChoice> appearance;
    /** One inbox per main window (a role change shows a new one). */
    private final Map<MainViewModel, InboxViewModel> inboxes = new IdentityHashMap<>();
    /** The notebook's search index, built the first time the notebook is opened in this session. */
    private NotebookIndex notebookIndex;

    public Screens(WorkSession session) {
        this(session, Optional.empty());
    }

    /** @param backups present when this PC keeps the lab itself (single-PC mode) */
    public Screens(WorkSession session, Optional<LabBackups> backups) {
        this(session, backups, benchSigner(session), Optional.empty());
    }

    /**
     * @param backups    present when this PC keeps the lab itself (single-PC mode)
     * @param appearance the light/dark choice the main window offers
     */
    public Screens(WorkSession session, Optional<LabBackups> backups, Optional<AppearanceChoice> appearance) {
        this(session, backups, benchSigner(session), appearance);
    }

    /**
     * Signs as the signed-in person on this bench: the password typed into the dialog unseals
     * their device key, which signs, online or not (ADR 0018).
     */
    private static EntrySigner benchSigner(WorkSession session) {
        BenchSigning signing = new BenchSigning(session.workstation());
        return (entryId, contentSha256, meaning, password) ->
                signing.sign(session.user().userId(), entryId, meaning, contentSha256, password);
    }

    /**
     * @param backups present when this PC keeps the lab itself (single-PC mode)
     * @param signer  signs notebook entries from the sign dialog
     */
    public Screens(WorkSession session, Optional<LabBackups> backups, EntrySigner signer) {
        this(session, backups, signer, Optional.empty());
    }

    private Screens(
            WorkSession session,
            Optional<LabBackups> backups,
            EntrySigner signer,
            Optional<AppearanceChoice> appearance) {
        this.appearance = appearance;
        this.session = session;
        this.backups = backups;
        this.signer = signer;
        this.reads = new BenchReads(session.workstation().commands());
    }

    /** @param onSignedOut shows the sign-in screen again */
    public MainViewModel main(Runnable onSignedOut) {
        return main(onSignedOut, changed -> {});
    }

    /**
     * @param onSignedOut   shows the sign-in screen again
     * @param onRoleChanged shows the main window again for the person with the role an admin gave them
     */
    public MainViewModel main(Runnable onSignedOut, Consumer<CurrentUser> onRoleChanged) {
        Workstation workstation = session.workstation();
        return new MainViewModel(
                session.user(),
                session.lockouts(),
                personalNotices(workstation),
                new BenchSyncControl(workstation.sync(), session.scheduler()),
                workstation::signOut,
                session.tasks(),
                session.localData(),
                onSignedOut,
                new BenchAccountStanding(workstation),
                onRoleChanged,
                new SeenNoticesFile(workstation.directory()),
                workstation.clock());
    }

    /** The launch notice's lines for the person: qualifications about to expire, signatures voided by others. */
    private PersonalNotices personalNotices(Workstation workstation) {
        return qualificationWarnings(workstation).and(voidedSignatures(workstation));
    }

    private PersonalNotices qualificationWarnings(Workstation workstation) {
        QualificationWarnings qualifications = new QualificationWarnings(
                new QualificationNoticeQueries(new BenchReads(workstation.commands())),
                workstation.clock(),
                qualificationWarning(workstation));
        return qualifications::evaluate;
    }

    private static PersonalNotices voidedSignatures(Workstation workstation) {
        BenchSigning signing = new BenchSigning(workstation);
        VoidedSignatureNotices voided =
                new VoidedSignatureNotices(signing::voidedByOthers, signing.noticeNames(), workstation.clock());
        return voided::evaluate;
    }

    @Override
    public Optional<AppearanceChoice> appearance() {
        return appearance;
    }

    @Override
    public Optional<ReadOnlyIntegerProperty> waiting(MainViewModel main) {
        return Optional.of(inbox(main).count());
    }

    /** The inbox of the window {@code main}: one per window, for its status bar and its screen alike. */
    private InboxViewModel inbox(MainViewModel main) {
        return inboxes.computeIfAbsent(main, window -> {
            Workstation workstation = session.workstation();
            return new InboxViewModel(
                    new InboxSources(
                            new InboxQueries(reads),
                            new RunQueries(reads),
                            new SpcAlertQueries(reads),
                            qualificationWarnings(workstation),
                            voidedSignatures(workstation),
                            new BenchProblemInbox(workstation, session.user().userId()),
                            workstation.clock()),
                    session.user(),
                    session.tasks(),
                    session.localData(),
                    window.lockouts(),
                    window::openRecord);
        });
    }

    /** The lab's warning window for qualifications, as the server last signed it for this person. */
    private Duration qualificationWarning(Workstation workstation) {
        return workstation
                .identities()
                .of(session.user().userId())
                .map(person -> person.snapshot().settings().qualificationWarning())
                .orElse(OrganizationSettings.DEFAULTS.qualificationWarning());
    }

    /** The main window around {@code main}, building each screen the first time it is shown. */
    public Parent mainWindow(MainViewModel main) {
        return Views.load(new MainController(main, this));
    }

    @Override
    public Parent create(Section section, MainViewModel main) {
        return switch (section) {
            case DASHBOARD -> Views.load(new DashboardController(dashboard(main), main.section()));
            case INBOX -> Views.load(new InboxController(inbox(main)));
            case INSTRUMENTS -> {
                InstrumentsViewModel instrumentsScreen = instruments(main.lockouts());
                whenAsked(
                        main,
                        Section.INSTRUMENTS,
                        record -> Reveal.in(
                                instrumentsScreen.instruments(),
                                row -> row.instrument().id().equals(record.id()),
                                instrumentsScreen::select));
                yield Views.load(
                        new InstrumentsController(instrumentsScreen, calibrationReport(), ReportFileChooser.system()));
            }
            case SAMPLES -> {
                SamplesViewModel samplesScreen = samples();
                // A sample found by the quick search: the list is filtered to its barcode.
                whenAsked(
                        main, Section.SAMPLES, record -> samplesScreen.filter().set(record.key()));
                yield Views.load(new SamplesController(samplesScreen));
            }
            case RECIPES -> {
                RecipesViewModel recipesScreen = recipes();
                whenAsked(
                        main,
                        Section.RECIPES,
                        record -> Reveal.in(
                                recipesScreen.recipes(),
                                recipe -> recipe.id().equals(record.id()),
                                recipesScreen.selected()::set));
                yield Views.load(new RecipesController(recipesScreen));
            }
            case SOPS ->
                Views.load(new SopsController(sops(), link -> main.section().set(sectionOf(link))));
            case RUNS -> {
                RunsViewModel runsScreen = runs(main.lockouts());
                // Runs opened from another screen (an SPC chart's point) are selected here.
                main.runToOpen().addListener((observable, before, after) -> {
                    if (after != null) {
                        runsScreen.open(after);
                    }
                });
                Optional.ofNullable(main.runToOpen().get()).ifPresent(runsScreen::open);
                yield Views.load(new RunsController(
                        runsScreen,
                        runData(),
                        new SystemDataFileChooser(),
                        runReport(),
                        new SystemReportFileChooser(),
                        runReview()));
            }
            case SPC -> {
                SpcViewModel charts = spc(main::openRun);
                SpcController screen = new SpcController(charts, new SystemExportFileChooser());
                Parent view = Views.load(screen);
                // The alerts pane and the series actions follow the chart's selection and redraw it after a change.
                screen.showAlerts(SpcAlertsView.load(spcAlerts(charts.selectedSeriesProperty(), charts::reload)));
                screen.addActions(
                        SpcSeriesActions.load(spcSeriesActions(charts.selectedSeriesProperty(), charts::reload)));
                yield view;
            }
            case NOTEBOOK ->
                Views.load(new NotebookController(
                        notebook(), link -> main.section().set(sectionOf(link))));
            case QUALIFICATIONS -> Views.load(new QualificationsController(qualifications()));
            case PROBLEMS -> Views.load(new ProblemsController(problems()));
            case ADMINISTRATION -> AdministrationView.of(administrationTabs());
            case AUDIT -> Views.load(new AuditController(audit(), new SystemAuditExportChooser()));
        };
    }

    /** Shows on a screen the records asked of it: the one asked before it was built, and later ones. */
    private static void whenAsked(MainViewModel main, Section section, Consumer<RecordToOpen> show) {
        Consumer<RecordToOpen> forThisScreen = record -> {
            if (record != null && record.section() == section) {
                show.accept(record);
            }
        };
        forThisScreen.accept(main.recordToOpen().get());
        main.recordToOpen().addListener((observable, before, after) -> forThisScreen.accept(after));
    }

    @Override
    public Optional<QuickSearchViewModel> quickSearch(MainViewModel main, Runnable opened) {
        return Optional.of(new QuickSearchViewModel(new QuickSearchQueries(reads), session.tasks(), found -> {
            opened.run();
            main.openRecord(new RecordToOpen(sectionOf(found.kind()), found.id(), found.key()));
        }));
    }

    private static Section sectionOf(Found.Kind kind) {
        return switch (kind) {
            case SAMPLE -> Section.SAMPLES;
            case RUN -> Section.RUNS;
            case RECIPE -> Section.RECIPES;
            case INSTRUMENT -> Section.INSTRUMENTS;
        };
    }

    /** The screen that shows the record a Markdown link names. */
    private static Section sectionOf(RecordLink link) {
        return switch (link.kind()) {
            case SAMPLE -> Section.SAMPLES;
            case RUN -> Section.RUNS;
            case INSTRUMENT -> Section.INSTRUMENTS;
        };
    }

    /** Administration is offered to those who have at least one of its tabs. */
    @Override
    public boolean offers(Section section, MainViewModel main) {
        if (section == Section.AUDIT) {
            return session.user().may(Action.VIEW_AUDIT_TRAIL);
        }
        return section != Section.ADMINISTRATION || !administrationTabs().isEmpty();
    }

    /**
     * The tabs of Administration the signed-in person may use, in order: a new administration
     * screen is one line here.
     */
    public List<AdministrationTab> administrationTabs() {
        CurrentUser user = session.user();
        List<AdministrationTab> tabs = new ArrayList<>();
        if (user.may(Action.MANAGE_USERS)) {
            tabs.add(new AdministrationTab("people", "People", () -> Views.load(new PeopleController(people()))));
        }
        if (user.may(Action.MANAGE_SETTINGS)) {
            tabs.add(new AdministrationTab(
                    "workstations", "Workstations", () -> Views.load(new WorkstationsController(workstations()))));
            tabs.add(new AdministrationTab(
                    "settings", "Settings", () -> Views.load(new SettingsController(settings()))));
        }
        if (user.may(Action.REGISTER_INSTRUMENT)) {
            tabs.add(new AdministrationTab(
                    "instruments", "Instruments", () -> Views.load(new InstrumentAdminController(instrumentAdmin()))));
        }
        if (user.may(Action.IMPORT_RECORDS)) {
            tabs.add(new AdministrationTab("import", "Import", () -> Views.load(new LabImportController(labImport()))));
        }
        if (user.may(Action.MANAGE_API_KEYS)) {
            tabs.add(new AdministrationTab("api-keys", "API keys", () -> Views.load(new ApiKeysController(apiKeys()))));
        }
        if (backups.isPresent() && user.may(Action.MANAGE_SETTINGS)) {
            tabs.add(new AdministrationTab("backup", "Backup", () -> Views.load(new BackupController(backup()))));
        }
        return tabs;
    }

    /** Administration > Instruments: register, status, maintenance, certificates, requalification; works offline. */
    public InstrumentAdminViewModel instrumentAdmin() {
        BenchRunFiles files =
                new BenchRunFiles(session.workstation(), session.user().userId());
        return new InstrumentAdminViewModel(
                new InstrumentAdminQueries(reads, session.workstation().clock()),
                source -> {
                    var taken = files.takeIn(source);
                    return new CertificateFiles.TakenIn(taken.contentSha256(), taken.sizeBytes());
                },
                session,
                session.user(),
                session.tasks(),
                session.localData());
    }

    /** Administration > People, with the admin's online session. */
    public PeopleViewModel people() {
        return new PeopleViewModel(
                session.workstation().people(session.user().userId()), session.user(), session.tasks());
    }

    public DashboardViewModel dashboard(MainViewModel main) {
        return new DashboardViewModel(
                new RunQueries(reads),
                new SpcAlertQueries(new BenchReads(session.workstation().commands())),
                session.user(),
                session.tasks(),
                session.localData(),
                main.lockouts(),
                main.statusBar());
    }

    /**
     * The SPC screen's alerts pane: the selected series' alerts (every series' when none is
     * selected) and acknowledging one, for engineers and above.
     *
     * @param series      the series selected on the SPC screen, or null
     * @param afterChange called once an acknowledgement is applied here
     */
    public SpcAlertsViewModel spcAlerts(ReadOnlyObjectProperty<UUID> series, Runnable afterChange) {
        return new SpcAlertsViewModel(
                new SpcAlertQueries(new BenchReads(session.workstation().commands())),
                session,
                session.user(),
                session.tasks(),
                session.localData(),
                series,
                afterChange);
    }

    /**
     * The SPC screen's series actions: new series and edits (engineers and above), and freezing
     * or changing limits signed with the PI's device key, like a run review.
     *
     * @param series      the series selected on the SPC screen, or null
     * @param afterChange called once a change is applied here
     */
    public SpcSeriesActionsViewModel spcSeriesActions(ReadOnlyObjectProperty<UUID> series, Runnable afterChange) {
        BenchSigning signing = new BenchSigning(session.workstation());
        UUID pi = session.user().userId();
        return new SpcSeriesActionsViewModel(
                new SpcSetupQueries(new BenchReads(session.workstation().commands())),
                session,
                (seriesId, firstPointId, reason, contentSha256, password) -> {
                    SigningOutcome outcome =
                            signing.freezeLimits(pi, seriesId, firstPointId, reason, contentSha256, password);
                    if (outcome instanceof SigningOutcome.Signed) {
                        session.workstation().sync().refreshCounts();
                        session.scheduler().requestSync();
                    }
                    return outcome;
                },
                session.user(),
                session.tasks(),
                series,
                afterChange);
    }

    /** @param lockouts every instrument's calibration state, as the main window keeps it */
    public InstrumentsViewModel instruments(ObservableList<InstrumentLockout> lockouts) {
        return new InstrumentsViewModel(
                new CalibrationQueries(reads),
                new RunQueries(reads),
                session,
                session.user(),
                session.workstation().clock(),
                session.tasks(),
                session.localData(),
                lockouts);
    }

    /** The calibration status report, compiled from this bench's copy with the server's shared code. */
    public CalibrationReportViewModel calibrationReport() {
        Workstation workstation = session.workstation();
        return new CalibrationReportViewModel(
                () -> workstation.read(state ->
                        CalibrationReport.compile(state, workstation.clock().instant())),
                session.user(),
                workstation.clock(),
                session.tasks());
    }

    public SamplesViewModel samples() {
        return new SamplesViewModel(
                new SampleQueries(reads), session, session.user(), session.tasks(), session.localData());
    }

    public RecipesViewModel recipes() {
        return new RecipesViewModel(
                new RecipeQueries(reads), session, session.user(), session.tasks(), session.localData());
    }

    /** The SOP library, read offline; an attached PDF opens in the system's viewer. */
    public SopsViewModel sops() {
        BenchRunFiles files =
                new BenchRunFiles(session.workstation(), session.user().userId());
        return new SopsViewModel(
                new SopQueries(new BenchReads(session.workstation().commands())),
                session,
                session.user(),
                session.tasks(),
                session.localData(),
                new SystemSopViewer(files::fetch));
    }

    /** @param lockouts every instrument's calibration state, as the main window keeps it */
    public RunsViewModel runs(ObservableList<InstrumentLockout> lockouts) {
        return new RunsViewModel(
                new RunQueries(reads),
                new RecipeQueries(reads),
                new SampleQueries(reads),
                session,
                session.user(),
                session.tasks(),
                session.localData(),
                lockouts);
    }

    /**
     * The SPC screen: the lab's series and their charts, read offline.
     *
     * @param openRun shows a run whose point was clicked
     */
    public SpcViewModel spc(Consumer<UUID> openRun) {
        return new SpcViewModel(
                new SpcQueries(new BenchReads(session.workstation().commands())),
                session.tasks(),
                session.localData(),
                openRun,
                ZoneId.systemDefault());
    }

    /** A run's data tab: its files and results, imports into it, and its chart. */
    public RunDataViewModel runData() {
        return new RunDataViewModel(
                new RunDataQueries(reads),
                new BenchRunFiles(session.workstation(), session.user().userId()),
                session,
                session.user(),
                session.tasks(),
                session.localData());
    }

    /** A run's review card: its context and reviews, and reviewing it signed with the device key. */
    public RunReviewViewModel runReview() {
        BenchSigning signing = new BenchSigning(session.workstation());
        UUID reviewer = session.user().userId();
        return new RunReviewViewModel(
                new RunReviewQueries(new BenchReads(session.workstation().commands())),
                (runId, decision, comment, contentSha256, password) -> {
                    SigningOutcome outcome =
                            signing.review(reviewer, runId, decision, comment, contentSha256, password);
                    if (outcome instanceof SigningOutcome.Signed) {
                        // Online, the countersignature comes back within seconds; offline it waits.
                        session.workstation().sync().refreshCounts();
                        session.scheduler().requestSync();
                    }
                    return outcome;
                },
                session.user(),
                session.tasks(),
                session.localData());
    }

    /**
     * "Export report PDF…" on a run's data tab: printed from the local copy and the files on this
     * PC, offline too, in this PC's time zone.
     */
    public RunReportViewModel runReport() {
        return new RunReportViewModel(
                new RunReportWriter(
                        new RunReportQueries(
                                new BenchReads(session.workstation().commands())),
                        new BenchRunFiles(session.workstation(), session.user().userId()),
                        new RunReportPdf(),
                        Clock.system(ZoneId.systemDefault()),
                        () -> session.user().displayName()),
                session.tasks());
    }

    /** Administration > Import: the lab's existing records from CSV files, online. */
    public LabImportViewModel labImport() {
        return new LabImportViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()), session.tasks());
    }

    /** An admin's backup of the lab kept on this PC. */
    public BackupViewModel backup() {
        return new BackupViewModel(
                backups, session.tasks(), session.workstation().clock());
    }

    /** The lab notebook, searched offline through the session's index. */
    public NotebookViewModel notebook() {
        return new NotebookViewModel(
                new NotebookQueries(new BenchReads(session.workstation().commands())),
                notebookIndex(),
                session,
                session.user(),
                session.tasks(),
                session.localData(),
                signer,
                entryPrinter()::export);
    }

    /** Prints from the bench's local copy, offline too, in this PC's time zone. */
    private EntryPrinter entryPrinter() {
        return new EntryPrinter(
                new PrintableEntryQueries(new BenchReads(session.workstation().commands())),
                new EntryPdf(),
                Clock.system(ZoneId.systemDefault()),
                () -> session.user().displayName());
    }

    private synchronized NotebookIndex notebookIndex() {
        if (notebookIndex == null) {
            notebookIndex = new NotebookIndex(ZoneId.systemDefault());
        }
        return notebookIndex;
    }

    /** Who is qualified on what; PIs and admins record and revoke. */
    public QualificationsViewModel qualifications() {
        Workstation workstation = session.workstation();
        return new QualificationsViewModel(
                new QualificationQueries(new BenchReads(workstation.commands())),
                session,
                session.user(),
                workstation.clock(),
                session.tasks(),
                session.localData());
    }

    /** The lab's API keys for instrument software (admin, online only); a tab of Administration. */
    public ApiKeysViewModel apiKeys() {
        return new ApiKeysViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()),
                new ApiKeyQueries(new BenchReads(session.workstation().commands())),
                session.tasks(),
                session.workstation().clock());
    }

    /** The lab's workstations (admin, online only); a tab of Administration. */
    public WorkstationsViewModel workstations() {
        return new WorkstationsViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()), session.tasks());
    }

    /** The organization's settings (admin, online only); a tab of Administration. */
    public SettingsViewModel settings() {
        return new SettingsViewModel(
                new OnlineAdministration(session.workstation(), session.user().userId()), session.tasks());
    }

    /** The audit trail (PI, admin, viewer; online only). */
    public AuditViewModel audit() {
        AuditQueries people =
                new AuditQueries(new BenchReads(session.workstation().commands()));
        return new AuditViewModel(
                new OnlineAuditTrail(session.workstation(), session.user().userId()), people::all, session.tasks());
    }

    public ProblemsViewModel problems() {
        return new ProblemsViewModel(
                new BenchProblemInbox(session.workstation(), session.user().userId()),
                session.tasks(),
                session.localData());
    }
}
