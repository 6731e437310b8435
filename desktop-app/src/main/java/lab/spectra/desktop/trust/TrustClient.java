package lab.spectra.desktop.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.model.trust.DeviceKeys;

/** The server's trust endpoints, as a bench calls them with a person's access token. */
public final class TrustClient {

    /** A registration's answer. */
    public record Registered(String keyId, String snapshot, String timeReceipt, JsonNode recordKeys) {}

    private final ServerLink link;
    private final ObjectMapper json = new ObjectMapper();

    public TrustClient(ServerLink link) {
        this.link = link;
    }

    /**
     * Registers a person's device key for this bench.
     *
     * @throws ServerRefusedException with code {@code key_retired} when the key may no longer be used
     */
    public Registered register(String accessToken, UUID userId, UUID workstationId, ECKey deviceKey) {
        JsonNode answer = link.post(
                "/sync/device-keys",
                accessToken,
                Map.of(
                        "workstation_id",
                        workstationId.toString(),
                        "public_key",
                        json.valueToTree(deviceKey.toPublicJWK().toJSONObject()),
                        "proof",
                        DeviceKeys.proofOfPossession(deviceKey, userId, workstationId)),
                JsonNode.class);
        return new Registered(
                answer.path("key_id").asText(),
                answer.path("snapshot").asText(),
                answer.path("time_receipt").asText(),
                answer.path("record_keys"));
    }

    /** The person's fresh snapshot; empty when the server no longer knows their key here. */
    public Optional<String> snapshot(String accessToken) {
        try {
            return Optional.of(link.get("/sync/snapshot", accessToken, JsonNode.class)
                    .path("snapshot")
                    .asText());
        } catch (ServerRefusedException e) {
            if (e.status() == 404 || e.status() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Deposits the bench's database key with the lab; false when one was deposited before. */
    public boolean depositDatabaseKey(String accessToken, UUID workstationId, String databaseKey) {
        try {
            link.put(
                    "/sync/workstation-key",
                    accessToken,
                    Map.of("workstation_id", workstationId.toString(), "database_key", databaseKey),
                    JsonNode.class);
            return true;
        } catch (ServerRefusedException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    public Optional<String> databaseKey(String accessToken) {
        try {
            return Optional.of(link.get("/sync/workstation-key", accessToken, JsonNode.class)
                    .path("database_key")
                    .asText());
        } catch (ServerRefusedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
