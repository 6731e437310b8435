package lab.spectra.desktop.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.trust.PublicKeys;

/**
 * The server's record-signing public keys this bench trusts, kept in a settings file outside the
 * database: written by the installer or at the first online sign-in, and extended (never
 * shortened) at later online sign-ins when the server has rotated its key. Everything the bench
 * believes offline - snapshots, time receipts - must verify with one of these keys.
 */
public final class TrustAnchor implements PublicKeys {

    static final String FILE_NAME = "trust-anchor.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, ECKey> keys = new LinkedHashMap<>();

    private TrustAnchor(Path file) {
        this.file = file;
    }

    public static TrustAnchor load(Path directory) {
        TrustAnchor anchor = new TrustAnchor(directory.resolve(FILE_NAME));
        if (!Files.exists(anchor.file)) {
            return anchor;
        }
        try {
            JsonNode root = JSON.readTree(anchor.file.toFile());
            for (JsonNode key : root.path("keys")) {
                JWK parsed = JWK.parse(key.toString());
                if (parsed instanceof ECKey ec && !ec.isPrivate()) {
                    anchor.keys.put(ec.getKeyID(), ec);
                }
            }
        } catch (IOException | ParseException e) {
            throw new TamperingDetected("The trust anchor of this PC (" + anchor.file + ") is unreadable");
        }
        return anchor;
    }

    public synchronized boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public synchronized Optional<ECKey> publicKey(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /**
     * Adds the server's published record keys, as received over an authenticated online sign-in.
     * Keys already anchored stay; only EC public keys whose id marks them as record keys count.
     */
    public synchronized void trust(JsonNode publishedKeySet) {
        boolean changed = false;
        for (JsonNode key : publishedKeySet.path("keys")) {
            String keyId = key.path("kid").asText("");
            if (!keyId.startsWith("record-") || keys.containsKey(keyId)) {
                continue;
            }
            try {
                if (JWK.parse(key.toString()) instanceof ECKey ec && !ec.isPrivate()) {
                    keys.put(keyId, ec);
                    changed = true;
                }
            } catch (ParseException e) {
                // Not a key we can use; the server's own set is checked by its tests.
            }
        }
        if (changed) {
            save();
        }
    }

    private void save() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("keys");
        List<ECKey> ordered = new ArrayList<>(keys.values());
        for (ECKey key : ordered) {
            try {
                array.add(JSON.readTree(key.toPublicJWK().toJSONString()));
            } catch (IOException e) {
                throw new IllegalStateException("A key could not be written", e);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".anchor-", ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The trust anchor could not be written: " + e.getMessage(), e);
        }
    }
}
