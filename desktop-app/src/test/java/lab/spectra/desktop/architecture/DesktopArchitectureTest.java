package lab.spectra.desktop.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import lab.spectra.desktop.app.DesktopApplication;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.app.Launcher;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The desktop meets the server only through shared-model and the wire protocol, except for the
 * embedded server behind {@code LocalServer} (ADR 0014); its packages
 * depend on each other without cycles, in layers (composition root, screens, the session screens
 * share, UI helpers, the bench core); and the bench core knows nothing of JavaFX, so it can run
 * and be tested headless.
 */
class DesktopArchitectureTest {

    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lab.spectra.desktop");

    @Test
    void noPackageOfTheDesktopDependsOnItselfThroughAnother() {
        slices().matching("lab.spectra.desktop.(*)..").should().beFreeOfCycles().check(DESKTOP);
    }

    @Test
    void screensSitOnTheSessionAndTheBenchCoreKnowsNoScreen() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Composition root")
                .definedBy("lab.spectra.desktop.app..")
                .layer("Screens")
                .definedBy(
                        "lab.spectra.desktop.shell..",
                        "lab.spectra.desktop.login..",
                        "lab.spectra.desktop.firstrun..",
                        "lab.spectra.desktop.admin..",
                        "lab.spectra.desktop.dashboard..",
                        "lab.spectra.desktop.instruments..",
                        "lab.spectra.desktop.samples..",
                        "lab.spectra.desktop.recipes..",
                        "lab.spectra.desktop.sops..",
                        "lab.spectra.desktop.runs..",
                        "lab.spectra.desktop.problems..",
                        "lab.spectra.desktop.notebook..",
                        "lab.spectra.desktop.admin..")
                .layer("Session")
                .definedBy("lab.spectra.desktop.session..", "lab.spectra.desktop.lockout..")
                .layer("UI helpers")
                .definedBy("lab.spectra.desktop.ui..")
                .layer("Bench core")
                .definedBy(
                        "lab.spectra.desktop.workstation..",
                        "lab.spectra.desktop.sync..",
                        "lab.spectra.desktop.trust..",
                        "lab.spectra.desktop.auth..",
                        "lab.spectra.desktop.store..",
                        "lab.spectra.desktop.net..",
                        "lab.spectra.desktop.update..")
                .whereLayer("Composition root")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Screens")
                .mayOnlyBeAccessedByLayers("Composition root")
                .whereLayer("Session")
                .mayOnlyBeAccessedByLayers("Composition root", "Screens")
                .whereLayer("UI helpers")
                .mayOnlyBeAccessedByLayers("Composition root", "Screens", "Session")
                .whereLayer("Bench core")
                .mayOnlyAccessLayers("Bench core")
                .check(DESKTOP);
    }

    @Test
    void onlyTheEmbeddedServerKnowsTheServerModule() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(EmbeddedServer.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lab.spectra.server..")
                .check(DESKTOP);
    }

    @Test
    void theEmbeddedServerEntersThroughTheServersFrontDoorOnly() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("lab.spectra.server..")
                        .and(not(belongToAnyOf(
                                SyncServer.class, ServerConfig.class, ServerConfigLoader.class, DemoData.class))))
                .check(DESKTOP);
    }

    @Test
    void theRestOfTheDesktopSeesTheLocalServerOnlyThroughItsInterface() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(Launcher.class, DesktopApplication.class, EmbeddedServer.class)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(EmbeddedServer.class)
                .check(DESKTOP);
    }

    @Test
    void theOfflineCoreUsesNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "lab.spectra.desktop.workstation..",
                        "lab.spectra.desktop.store..",
                        "lab.spectra.desktop.sync..",
                        "lab.spectra.desktop.auth..",
                        "lab.spectra.desktop.trust..",
                        "lab.spectra.desktop.net..",
                        "lab.spectra.desktop.update..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(DESKTOP);
    }

    @Test
    void theDesktopUsesNoServerFrameworkOrServerSideDriver() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.postgresql..", "com.password4j..")
                .check(DESKTOP);
    }
}
