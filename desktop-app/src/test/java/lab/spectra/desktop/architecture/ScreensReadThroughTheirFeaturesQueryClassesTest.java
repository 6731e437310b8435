package lab.spectra.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.jdbc.JdbcDomainState;
import org.junit.jupiter.api.Test;

/**
 * Reads have a home: a screen's view model and controller ask their feature's query class
 * ({@code SampleQueries}, {@code RunQueries}, …) and never hold the workstation or a database; SQL
 * is written only in those query classes and in the offline core ({@code store}, {@code sync}, {@code workstation}).
 */
class ScreensReadThroughTheirFeaturesQueryClassesTest {

    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lab.spectra.desktop");

    @Test
    void viewModelsAndControllersTouchNeitherTheDatabaseNorTheWorkstation() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "lab.spectra.model.jdbc..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(LocalReads.class, LocalRows.class, LocalDatabase.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("Workstation")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("WorkSession")
                .check(DESKTOP);
    }

    @Test
    void onlyQueryClassesAndTheOfflineCoreRunSql() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "lab.spectra.desktop.store..",
                        "lab.spectra.desktop.sync..",
                        "lab.spectra.desktop.workstation..")
                .and()
                .haveSimpleNameNotEndingWith("Queries")
                // The lockout's query class: it reads instruments and certificates for the shared rule.
                .and()
                .doNotHaveSimpleName("InstrumentLockouts")
                // Its companion for people: the qualifications about to expire, for the launch notice.
                .and()
                .doNotHaveSimpleName("QualificationWarnings")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(LocalRows.class)
                .check(DESKTOP);
    }

    @Test
    void theSharedFindWithAConditionFragmentStaysInTheOfflineCore() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "lab.spectra.desktop.store..",
                        "lab.spectra.desktop.sync..",
                        "lab.spectra.desktop.workstation..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(JdbcDomainState.class)
                .check(DESKTOP);
    }
}
