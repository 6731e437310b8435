package lab.spectra.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.javalin.Javalin;

/**
 * The server's packages form layers, checked rather than hoped for: no package cycles, handlers
 * that leave SQL to the query classes, sign-in that knows nothing of the lab's features, only
 * Javalin's public API, and no UI toolkit anywhere.
 */
@AnalyzeClasses(packages = "lab.spectra.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("lab.spectra.server.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a package that depends on itself through others cannot be understood or changed alone");

    @ArchTest
    static final ArchRule authConcernsAreFreeOfCycles = slices().matching("lab.spectra.server.auth.(*)..")
            .should()
            .beFreeOfCycles()
            .because("tokens, passwords and sign-in, refresh sessions and OIDC are separate concerns");

    @ArchTest
    static final ArchRule authConcernsDoNotReachBackToTheirAssembly = noClasses()
            .that()
            .resideInAPackage("lab.spectra.server.auth.(*)..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lab.spectra.server.auth")
            .because("the auth package itself only assembles its concerns (routes, housekeeping, deactivation)");

    @ArchTest
    static final ArchRule routesLeaveSqlToTheQueryClasses = noClasses()
            .that()
            .haveSimpleNameEndingWith("Routes")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "lab.spectra.model.jdbc..")
            .because("handlers parse, call a query class or a service, and answer; SQL lives in the query"
                    + " classes and the db package");

    @ArchTest
    static final ArchRule authKnowsNothingOfTheLabFeatures = noClasses()
            .that()
            .resideInAPackage("lab.spectra.server.auth..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("lab.spectra.server.lims..", "lab.spectra.server.analysis..")
            .because("who may sign in does not depend on samples, runs or calibrations");

    @ArchTest
    static final ArchRule readsNoPrivateStateOfJavalin = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.javalin.config.PrivateConfig")
            .orShould()
            .callMethod(Javalin.class, "unsafeConfig")
            .because("Javalin's private configuration and router change without notice; the routes it serves are"
                    + " known from its public handler-added event");

    @ArchTest
    static final ArchRule usesNoJavaFx = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the server has no UI; the bench that embeds it brings its own");
}
