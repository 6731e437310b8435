package lab.spectra.model.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import lab.spectra.model.auth.Role;
import org.junit.jupiter.api.Test;

/** A people file names each person's address, name and role; every line at fault is reported. */
class APeopleFileBecomesThePeopleToAddTest {

    @Test
    void eachLineBecomesAPersonWithANormalizedAddressAndARole() {
        PeoplePlanner.Plan plan = PeoplePlanner.plan(bytes("""
                Name,Email,Role
                Tess Technician,Tess@Lab.Example,technician
                "Ines Investigator, PhD",ines@lab.example,PI
                """));

        assertThat(plan).isInstanceOf(PeoplePlanner.Ready.class);
        assertThat(((PeoplePlanner.Ready) plan).people())
                .containsExactly(
                        new PersonToAdd(2, "tess@lab.example", "Tess Technician", Role.TECHNICIAN),
                        new PersonToAdd(3, "ines@lab.example", "Ines Investigator, PhD", Role.PI));
    }

    @Test
    void badAddressesMissingNamesUnknownRolesAndRepeatedAddressesAreEachReportedOnTheirLine() {
        PeoplePlanner.Plan plan = PeoplePlanner.plan(bytes("""
                email,name,role
                tess@lab.example,Tess,technician
                not-an-address,Ned,viewer
                erin@lab.example,,engineer
                pat@lab.example,Pat,janitor
                TESS@lab.example,Tess again,viewer
                """));

        assertThat(plan).isInstanceOf(PeoplePlanner.Refused.class);
        assertThat(((PeoplePlanner.Refused) plan).errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 3, email: \"not-an-address\" is not an e-mail address like name@lab.example",
                        "Line 4, name: The name is missing",
                        "Line 5, role: \"janitor\" is not a role; one of admin, pi, engineer, technician, viewer",
                        "Line 6, email: tess@lab.example is already on line 2 of this file");
    }

    @Test
    void aFileWithMoreThanTheLimitOfPeopleIsRefusedWhole() {
        StringBuilder file = new StringBuilder("email,name,role\n");
        for (int i = 0; i <= PeoplePlanner.MAX_PEOPLE; i++) {
            file.append("person")
                    .append(i)
                    .append("@lab.example,Person ")
                    .append(i)
                    .append(",viewer\n");
        }

        PeoplePlanner.Plan plan = PeoplePlanner.plan(bytes(file.toString()));

        assertThat(plan).isInstanceOf(PeoplePlanner.Refused.class);
        assertThat(((PeoplePlanner.Refused) plan).errors())
                .extracting(RowError::describe)
                .containsExactly("Line " + (PeoplePlanner.MAX_PEOPLE + 2)
                        + ": A people file holds at most 200 people; split it into several files");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
