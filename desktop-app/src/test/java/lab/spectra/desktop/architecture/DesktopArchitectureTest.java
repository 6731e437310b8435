package lab.spectra.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The desktop meets the server only through shared-model and the wire protocol, and the offline
 * core (store, sync, auth, trust, net) knows nothing of JavaFX, so it can run and be tested headless.
 */
class DesktopArchitectureTest {

    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lab.spectra.desktop");

    @Test
    void onlyTheCompositionRootKnowsTheServerModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("lab.spectra.desktop.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lab.spectra.server..")
                .check(DESKTOP);
    }

    @Test
    void theEmbeddedServerIsStartedThroughItsFrontDoorOnly() {
        noClasses()
                .that()
                .resideInAPackage("lab.spectra.desktop.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.spectra.server.db..",
                        "lab.spectra.server.http..",
                        "lab.spectra.server.auth..",
                        "lab.spectra.server.command..",
                        "lab.spectra.server.sync..",
                        "lab.spectra.server.lims..",
                        "lab.spectra.server.analysis..",
                        "lab.spectra.server.org..",
                        "lab.spectra.server.audit..")
                .check(DESKTOP);
    }

    @Test
    void theOfflineCoreUsesNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "lab.spectra.desktop.store..",
                        "lab.spectra.desktop.sync..",
                        "lab.spectra.desktop.auth..",
                        "lab.spectra.desktop.trust..",
                        "lab.spectra.desktop.net..")
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
