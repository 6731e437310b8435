package lab.spectra.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A route gets a readable operationId from its method and path without anyone naming it, and two
 * routes that would get the same one stop the document from being made at all.
 */
class OperationIdsAreDerivedFromMethodAndPathTest {

    @Test
    void aCollectionIsListedAndCreatedAndAnItemIsReadAndUpdated() {
        assertThat(OperationIds.of(HandlerType.GET, "/api/lims/samples")).isEqualTo("listSamples");
        assertThat(OperationIds.of(HandlerType.POST, "/api/lims/samples")).isEqualTo("createSample");
        assertThat(OperationIds.of(HandlerType.GET, "/api/lims/samples/{id}")).isEqualTo("getSample");
        assertThat(OperationIds.of(HandlerType.PUT, "/api/lims/devices/{id}")).isEqualTo("updateDevice");
        assertThat(OperationIds.of(HandlerType.GET, "/api/files/{sha256}")).isEqualTo("getFile");
    }

    @Test
    void aWordPostedToAfterAnItemIsAVerbOnThatItem() {
        assertThat(OperationIds.of(HandlerType.POST, "/api/lims/recipes/{id}/approve"))
                .isEqualTo("approveRecipe");
        assertThat(OperationIds.of(HandlerType.POST, "/api/admin/people/{id}/reset-password"))
                .isEqualTo("resetPersonPassword");
        assertThat(OperationIds.of(HandlerType.POST, "/api/lims/eln/{id}/sign")).isEqualTo("signElnEntry");
        assertThat(OperationIds.of(HandlerType.POST, "/auth/change-password")).isEqualTo("changePassword");
    }

    @Test
    void aWordReadAfterAnItemIsPartOfIt() {
        assertThat(OperationIds.of(HandlerType.GET, "/api/analysis/runs/{id}/files"))
                .isEqualTo("listRunFiles");
        assertThat(OperationIds.of(HandlerType.GET, "/api/analysis/runs/{id}/report.pdf"))
                .isEqualTo("getRunReportPdf");
        assertThat(OperationIds.of(HandlerType.GET, "/api/lims/eln/{id}/signatures/{signatureId}/verification"))
                .isEqualTo("getElnEntrySignatureVerification");
        assertThat(OperationIds.of(HandlerType.PUT, "/api/admin/people/{id}/role"))
                .isEqualTo("updatePersonRole");
    }

    @Test
    void anOverrideWinsOverTheRule() {
        assertThat(OperationIds.of(HandlerType.POST, "/api/files/uploads")).isEqualTo("announceUpload");
        assertThat(OperationIds.of(HandlerType.PUT, "/api/files/uploads/{id}")).isEqualTo("uploadPart");
    }

    @Test
    void twoRoutesThatWouldShareAnIdAreRefusedByName() {
        List<ApiRoutes.Route> clashing =
                List.of(route(HandlerType.GET, "/api/lims/samples"), route(HandlerType.GET, "/api/analysis/samples"));

        assertThatThrownBy(() -> OperationIds.of(clashing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("listSamples")
                .hasMessageContaining("GET /api/lims/samples")
                .hasMessageContaining("GET /api/analysis/samples")
                .hasMessageContaining("OperationIds.OVERRIDES");
    }

    private static ApiRoutes.Route route(HandlerType method, String path) {
        return new ApiRoutes.Route(method, path, "A route", true, null, List.of(), 200, 1024, null);
    }
}
