package lab.spectra.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * shared-model is the domain both sides run. It must not reach for a UI toolkit, an HTTP stack or
 * a database driver, or the same rule could no longer run offline on the bench and on the server.
 */
@AnalyzeClasses(packages = "lab.spectra.model", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedModelDependenciesTest {

    @ArchTest
    static final ArchRule usesNoJavaFx = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the domain runs on the server too, where there is no UI");

    @ArchTest
    static final ArchRule usesNoHttpServerFramework = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.javalin..",
                    "org.eclipse.jetty..",
                    "jakarta.servlet..",
                    "javax.servlet..",
                    "com.sun.net.httpserver..")
            .because("HTTP is a transport chosen by the server, not part of the rules");

    @ArchTest
    static final ArchRule usesNoHttpClient = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("okhttp3..", "okio..", "java.net.http..")
            .because("the sync client lives in the desktop app");

    @ArchTest
    static final ArchRule usesNoDatabaseDriverOrFramework = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.h2..",
                    "org.postgresql..",
                    "com.zaxxer..",
                    "org.flywaydb..",
                    "org.hibernate..",
                    "jakarta.persistence..")
            .because("each application picks its own database, pool and migrations");

    @ArchTest
    static final ArchRule onlyTheJdbcMappingTouchesJdbc = noClasses()
            .that()
            .resideOutsideOfPackage("..model.jdbc..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..")
            .because("commands read state through DomainState; only its JDBC implementation knows SQL");

    @ArchTest
    static final ArchRule knowsNothingOfTheApplications = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("lab.spectra.server..", "lab.spectra.desktop..")
            .because("the applications depend on the model, never the other way round");
}
