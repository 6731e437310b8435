package lab.spectra.server.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin brings the lab's staff in from a people file: each person gets a temporary password,
 * shown once, which only lets them choose their own; a file with any line at fault (here an
 * address that already has an account) adds nobody.
 */
class ImportingALabsPeopleGivesEachATemporaryPasswordTest {

    private final OwnLab own = new OwnLab("people-import");
    private final Http http = own.demo.http;
    private final String admin = own.token("admin");
    private final String domain = own.org.organization().slug() + ".test";

    @AfterEach
    void close() {
        own.close();
    }

    private Http.Response upload(String query, String token, String file) {
        return http.send("POST", "/api/admin/imports/people" + query, token, file, Map.of());
    }

    private String staff() {
        return "email,name,role\n"
                + "ada@" + domain + ",Ada Analyst,engineer\n"
                + "\"Bo@" + domain + "\",\"Bo Bench, Jr.\",Technician\n";
    }

    private List<String> emails() {
        List<String> emails = new ArrayList<>();
        http.get("/api/admin/people?limit=100", admin)
                .body()
                .get("items")
                .forEach(item -> emails.add(item.get("email").asText()));
        return emails;
    }

    @Test
    void aPreviewListsThePeopleAndAddsNobody() {
        Http.Response preview = upload("?dry_run=true", admin, staff());

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("rows"))
                .extracting(row ->
                        row.get("line").asInt() + " " + row.get("summary").asText())
                .containsExactly(
                        "2 Ada Analyst <ada@" + domain + ">, engineer",
                        "3 Bo Bench, Jr. <bo@" + domain + ">, technician");
        assertThat(preview.body().get("rows").get(0).path("temporary_password").isTextual())
                .isFalse();
        assertThat(emails()).doesNotContain("ada@" + domain, "bo@" + domain);
    }

    @Test
    void everyoneIsAddedWithAOneTimePasswordThatOnlyLetsThemChooseTheirOwn() {
        Http.Response imported = upload("", admin, staff());

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.body().get("records").asInt()).isEqualTo(2);
        assertThat(emails()).contains("ada@" + domain, "bo@" + domain);
        JsonNode bo = imported.body().get("rows").get(1);
        String temporary = bo.get("temporary_password").asText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

        Http.Response firstSignIn =
                http.post("/auth/login", null, Map.of("username", "bo@" + domain, "password", temporary));
        assertThat(firstSignIn.status()).isEqualTo(403);
        assertThat(firstSignIn.code()).isEqualTo("password_change_required");
    }

    @Test
    void anAddressThatAlreadyHasAnAccountRefusesTheWholeFileNamingItsLine() {
        String file = staff() + "tech@" + domain + ",Someone Else,viewer\n";

        Http.Response refused = upload("", admin, file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("import_refused");
        assertThat(refused.body().get("errors"))
                .extracting(error ->
                        error.get("line").asInt() + " " + error.get("code").asText() + " "
                                + error.get("message").asText())
                .containsExactly("4 email_taken An account with the e-mail address tech@" + domain + " exists already");
        assertThat(emails()).doesNotContain("ada@" + domain, "bo@" + domain);
    }

    @Test
    void linesAtFaultInTheFileAreNamedAndNobodyIsAdded() {
        Http.Response refused =
                upload("", admin, staff() + "carl@" + domain + ",Carl,janitor\nnot-an-address,Dee,viewer\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors"))
                .extracting(error ->
                        error.get("line").asInt() + " " + error.get("column").asText())
                .containsExactly("4 role", "5 email");
        assertThat(emails()).doesNotContain("ada@" + domain, "bo@" + domain, "carl@" + domain);
    }

    @Test
    void onlyAnAdminImportsPeople() {
        Http.Response byPi = upload("", own.token("pi"), staff());

        assertThat(byPi.status()).isEqualTo(403);
        assertThat(emails()).doesNotContain("ada@" + domain);
    }
}
