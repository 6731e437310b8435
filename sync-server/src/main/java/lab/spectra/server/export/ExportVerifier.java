package lab.spectra.server.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.SignedStatements;

/**
 * Checks an export offline, with no database and no network (ADR 0030): the manifest's signature,
 * every file's size and SHA-256 against the manifest, no file missing or added, every row of the
 * exported organization, and the audit chain recomputed and compared with the manifest's head and
 * with the signed checkpoints inside. Names every problem it finds in words.
 */
public final class ExportVerifier {

    /** What the check found: no problems means the export is intact. */
    public record Verdict(List<String> problems, String summary) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final ObjectMapper mapper = DomainJson.newMapper()
            .copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param location  the export's folder or zip
     * @param publicKey the server's public record-signing key(s), obtained apart from the export
     *                  (a JWK set or one JWK); empty to use the export's own keys.json
     * @throws IOException when the export or the key file cannot be read at all
     */
    public Verdict verify(Path location, Optional<Path> publicKey) throws IOException {
        try (ExportContents export = ExportContents.open(location)) {
            return verify(export, publicKey);
        }
    }

    private Verdict verify(ExportContents export, Optional<Path> publicKey) throws IOException {
        List<String> problems = new ArrayList<>();
        Optional<byte[]> manifestBytes = export.bytes(ExportLayout.MANIFEST);
        if (manifestBytes.isEmpty()) {
            return new Verdict(List.of(ExportLayout.MANIFEST + " is missing: nothing can be checked"), "");
        }
        JsonNode manifest;
        try {
            manifest = mapper.readTree(manifestBytes.get());
        } catch (IOException e) {
            return new Verdict(List.of(ExportLayout.MANIFEST + " is not readable JSON: " + e.getMessage()), "");
        }
        if (!ExportLayout.FORMAT.equals(manifest.path("format").asText())) {
            problems.add(ExportLayout.MANIFEST + " does not describe a SPECTRA-Lab records export");
        }

        PublicKeys keys;
        String keySource;
        if (publicKey.isPresent()) {
            keys = readKeys(
                    Files.readString(publicKey.get(), StandardCharsets.UTF_8),
                    publicKey.get().toString());
            keySource = "the key(s) given in " + publicKey.get();
        } else {
            Optional<byte[]> included = export.bytes(ExportLayout.KEYS);
            if (included.isEmpty()) {
                problems.add(ExportLayout.KEYS + " is missing and no --public-key was given: the signatures"
                        + " cannot be checked");
                keys = keyId -> Optional.empty();
            } else {
                keys = readKeysOrNone(new String(included.get(), StandardCharsets.UTF_8), problems);
            }
            keySource = "the keys inside the export (keys.json; give --public-key to prove where it came from)";
        }

        String signingKey = checkSignature(export, manifestBytes.get(), keys, problems);
        checkFiles(export, manifest, problems);
        UUID organization = organizationOf(manifest, problems);
        if (organization != null) {
            checkRowsBelongTo(export, manifest, organization, problems);
        }
        String chain = checkAuditChain(export, manifest, organization, keys, problems);
        String summary = manifest.path("files").size() + " files of "
                + manifest.path("organization").path("slug").asText()
                + " exported " + manifest.path("exported_at").asText() + "; manifest signed with " + signingKey
                + ", checked with " + keySource + "; " + chain;
        return new Verdict(List.copyOf(problems), summary);
    }

    private String checkSignature(ExportContents export, byte[] manifest, PublicKeys keys, List<String> problems)
            throws IOException {
        Optional<byte[]> signature = export.bytes(ExportLayout.SIGNATURE);
        if (signature.isEmpty()) {
            problems.add(ExportLayout.SIGNATURE + " is missing: the manifest is not signed");
            return "no key";
        }
        String compact = new String(signature.get(), StandardCharsets.US_ASCII).strip();
        String keyId = SignedStatements.keyIdOf(compact).orElse("an unnamed key");
        Optional<byte[]> payload = SignedStatements.verify(compact, ExportLayout.SIGNATURE_TYPE, keys);
        if (payload.isEmpty()) {
            problems.add(ExportLayout.SIGNATURE + ": the manifest's signature does not verify with the record-signing"
                    + " key " + keyId + " (signed with another key, or changed)");
            return "key " + keyId;
        }
        String signedHash;
        try {
            signedHash = mapper.readTree(payload.get()).path("sha256").asText();
        } catch (IOException e) {
            signedHash = "";
        }
        if (!signedHash.equals(RecordsExport.sha256(manifest))) {
            problems.add(ExportLayout.MANIFEST + " was changed after it was signed (its SHA-256 is not the one" + " "
                    + ExportLayout.SIGNATURE + " signs)");
        }
        return "key " + keyId;
    }

    private static void checkFiles(ExportContents export, JsonNode manifest, List<String> problems) throws IOException {
        Map<String, ListedFile> found = export.files();
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            ListedFile actual = found.get(path);
            if (actual == null) {
                problems.add(path + " is listed in the manifest but missing from the export");
                continue;
            }
            if (actual.size() != file.path("size").asLong()) {
                problems.add(path + " was changed: it has " + actual.size() + " bytes, the manifest lists "
                        + file.path("size"));
            } else if (!actual.sha256().equals(file.path("sha256").asText())) {
                problems.add(path + " was changed: its SHA-256 is not the one the manifest lists");
            }
            if (path.startsWith(ExportLayout.FILES)
                    && !path.substring(ExportLayout.FILES.length()).equals(actual.sha256())) {
                problems.add(path + " does not hold the content its name (its SHA-256) promises");
            }
        }
        for (String path : found.keySet()) {
            if (!listed.contains(path) && !path.equals(ExportLayout.MANIFEST) && !path.equals(ExportLayout.SIGNATURE)) {
                problems.add(path + " is in the export but not in its manifest (added)");
            }
        }
    }

    private static UUID organizationOf(JsonNode manifest, List<String> problems) {
        try {
            return UUID.fromString(manifest.path("organization").path("id").asText());
        } catch (IllegalArgumentException e) {
            problems.add(ExportLayout.MANIFEST + " names no organization");
            return null;
        }
    }

    /** Every row of every table belongs to the organization the manifest names. */
    private void checkRowsBelongTo(ExportContents export, JsonNode manifest, UUID organization, List<String> problems)
            throws IOException {
        String own = organization.toString();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            if (!path.startsWith(ExportLayout.TABLES) || !path.endsWith(".jsonl")) {
                continue;
            }
            String key = path.equals(ExportLayout.jsonLines("organizations")) ? "id" : "organization_id";
            Optional<BufferedReader> lines = export.lines(path);
            if (lines.isEmpty()) {
                continue; // reported as missing
            }
            try (BufferedReader reader = lines.get()) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String owner =
                            readLine(line).map(row -> row.path(key).asText()).orElse("");
                    if (!own.equals(owner)) {
                        problems.add(path + " line " + number + " is not a row of organization " + own);
                        break;
                    }
                }
            }
        }
    }

    private String checkAuditChain(
            ExportContents export, JsonNode manifest, UUID organization, PublicKeys keys, List<String> problems)
            throws IOException {
        List<AuditEntry> entries = new ArrayList<>();
        Optional<BufferedReader> lines = export.lines(ExportLayout.auditLog());
        if (lines.isEmpty()) {
            problems.add(ExportLayout.auditLog() + " is missing: the audit chain cannot be checked");
            return "no audit chain";
        }
        try (BufferedReader reader = lines.get()) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                try {
                    entries.add(mapper.treeToValue(mapper.readTree(line), AuditEntry.class));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(ExportLayout.auditLog() + " line " + number + " is not an audit entry");
                    return "audit chain unreadable";
                }
            }
        }
        Optional<AuditChain.Break> broken = AuditChain.verify(entries);
        broken.ifPresent(found -> problems.add(found.describe()));

        JsonNode head = manifest.path("audit_chain_head");
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last == null
                ? !head.isNull() && !head.isMissingNode()
                : head.path("sequence").asLong() != last.sequence()
                        || !head.path("hash").asText().equals(last.hash())) {
            problems.add("The audit chain in the export ends at "
                    + (last == null ? "no entry" : "entry #" + last.sequence() + " (" + last.hash() + ")")
                    + " but the manifest names its head as entry #"
                    + head.path("sequence").asText() + " ("
                    + head.path("hash").asText() + ")");
        }

        int checkpoints = 0;
        Optional<BufferedReader> statements = export.lines(ExportLayout.checkpoints());
        if (statements.isEmpty()) {
            problems.add(ExportLayout.checkpoints() + " is missing: the chain cannot be compared with its signed"
                    + " checkpoints");
        } else {
            try (BufferedReader reader = statements.get()) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String statement = readLine(line)
                            .map(row -> row.path("statement").asText())
                            .orElse("");
                    Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.verify(statement, keys);
                    if (checkpoint.isEmpty()) {
                        problems.add("Audit checkpoint on line " + number + " of " + ExportLayout.checkpoints()
                                + " is not signed by the record-signing keys");
                        continue;
                    }
                    checkpoints++;
                    compare(checkpoint.get(), entries, organization, problems);
                }
            }
        }
        if (last == null) {
            return "the audit trail is empty";
        }
        return "audit chain of " + entries.size() + " entries up to #" + last.sequence() + " (" + last.hash() + "), "
                + checkpoints + " signed checkpoint(s)";
    }

    private static void compare(
            AuditCheckpoint checkpoint, List<AuditEntry> entries, UUID organization, List<String> problems) {
        String name = "The signed checkpoint of entry #" + checkpoint.sequence() + " (" + checkpoint.shortHash() + ")";
        if (!checkpoint.organizationId().equals(organization)) {
            problems.add(name + " is another organization's");
        } else if (checkpoint.sequence() > entries.size()) {
            problems.add(name + " names an entry the export does not have: entries were removed from the end");
        } else if (!entries.get((int) checkpoint.sequence() - 1).hash().equals(checkpoint.headHash())) {
            problems.add(name + " does not match the exported entry: the trail was rewritten");
        }
    }

    private Optional<JsonNode> readLine(String line) {
        try {
            return Optional.ofNullable(mapper.readTree(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static PublicKeys readKeysOrNone(String text, List<String> problems) {
        try {
            return readKeys(text, ExportLayout.KEYS);
        } catch (IOException e) {
            problems.add(e.getMessage());
            return keyId -> Optional.empty();
        }
    }

    /** A JWK set ({@code {"keys": [...]}}, as /.well-known/jwks.json serves it) or a single JWK. */
    static PublicKeys readKeys(String text, String source) throws IOException {
        try {
            return PublicKeys.of(JWKSet.parse(text));
        } catch (ParseException notASet) {
            try {
                return PublicKeys.of(List.of(JWK.parse(text)));
            } catch (ParseException notAKey) {
                throw new IOException(source + " holds no public key (a JWK set or a JWK): " + notAKey.getMessage());
            }
        }
    }
}
