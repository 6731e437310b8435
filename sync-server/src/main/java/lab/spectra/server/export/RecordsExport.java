package lab.spectra.server.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.trust.SignedStatements;
import lab.spectra.server.db.Database;
import lab.spectra.server.files.FileUploads;
import lab.spectra.server.signing.RecordSigningKeys;

/**
 * Writes one organization's complete records in open formats (Part 11 §11.10(b)-(c), Annex 11
 * §17; ADR 0030): every domain table as CSV and JSON Lines, the audit trail with its signed
 * checkpoints, the stored files by content hash, and a manifest of every file's size and SHA-256
 * signed with the record-signing key. Reads as the application role inside the organization
 * (row-level security keeps every other organization out), in one repeatable-read snapshot, and
 * streams: no table or file is held whole in memory.
 */
public final class RecordsExport {

    /** Columns that stay on the server even in an export: the hash of an API key is a credential. */
    private static final Set<String> WITHHELD = Set.of("key_hash");

    private static final int FETCH_SIZE = 500;

    private final Database database;
    private final ObjectMapper mapper;
    private final FileUploads files;
    private final RecordSigningKeys keys;
    private final Clock clock;
    private final String serverVersion;
    private final CsvMapper csv = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** What an export wrote: the organization, its audit head, and every file the manifest lists. */
    public record Written(Organization organization, Optional<ChainHead> auditHead, List<ListedFile> files) {}

    /** The newest audit entry in the export. */
    public record ChainHead(long sequence, String hash) {}

    public RecordsExport(
            Database database,
            ObjectMapper mapper,
            FileUploads files,
            RecordSigningKeys keys,
            Clock clock,
            String serverVersion) {
        this.database = Objects.requireNonNull(database, "database");
        // Numbers exactly as stored: audit chain format 2 hashes the decimal, not its nearest double.
        this.mapper = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.files = Objects.requireNonNull(files, "files");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
        csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /** The organization's own row, or empty when the application role cannot see it. */
    public Optional<Organization> organization(UUID organizationId) {
        return database.inTenant(organizationId, connection -> organizationRow(connection, organizationId));
    }

    /**
     * Writes the whole export of the organization to the target and closes it.
     *
     * @throws IllegalArgumentException when there is no such organization
     */
    public Written write(UUID organizationId, ExportTarget target) throws IOException {
        Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ListedFile> listed = new ArrayList<>();
        try (ExportTarget out = target) {
            write(out, listed, ExportLayout.README, stream -> stream.write(readme().getBytes(StandardCharsets.UTF_8)));
            Snapshot snapshot;
            try {
                snapshot = database.inTenantSnapshot(organizationId, connection -> {
                    try {
                        return tables(connection, organizationId, out, listed);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (FileUploads.StoredFile file : snapshot.storedFiles()) {
                write(
                        out,
                        listed,
                        ExportLayout.FILES + file.contentSha256(),
                        stream -> files.copyTo(organizationId, file, stream));
            }
            write(
                    out,
                    listed,
                    ExportLayout.KEYS,
                    stream -> stream.write(
                            new JWKSet(keys.publicJwks()).toString(true).getBytes(StandardCharsets.UTF_8)));
            byte[] manifest = manifest(snapshot, exportedAt, listed);
            try (OutputStream stream = out.next(ExportLayout.MANIFEST)) {
                stream.write(manifest);
            }
            sign(out, manifest);
            return new Written(snapshot.organization(), snapshot.auditHead(), List.copyOf(listed));
        }
    }

    // ---- the tables, read in one snapshot

    private record Snapshot(
            Organization organization, Optional<ChainHead> auditHead, List<FileUploads.StoredFile> storedFiles) {}

    private Snapshot tables(Connection connection, UUID organizationId, ExportTarget out, List<ListedFile> listed)
            throws SQLException, IOException {
        Organization organization = organizationRow(connection, organizationId)
                .orElseThrow(() -> new IllegalArgumentException("No organization " + organizationId));
        ChainHead[] head = new ChainHead[1];
        for (Table table : Table.values()) {
            RowMapping<Row> mapping = RowMapping.of(table);
            List<String> columns = Arrays.stream(mapping.columnList().split(", "))
                    .filter(column -> !WITHHELD.contains(column))
                    .toList();
            String query = mapping.select()
                    + (table == Table.ORGANIZATIONS ? " WHERE id = ?" : " WHERE organization_id = ?")
                    + (table == Table.AUDIT_LOG ? " ORDER BY sequence" : " ORDER BY id");
            RowSource rows = consumer -> {
                try (PreparedStatement select = connection.prepareStatement(query)) {
                    select.setFetchSize(FETCH_SIZE);
                    select.setObject(1, organizationId);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            Row row = mapping.read(result, mapper);
                            if (row instanceof AuditEntry entry) {
                                head[0] = new ChainHead(entry.sequence(), entry.hash());
                            }
                            ObjectNode json = mapper.valueToTree(row);
                            WITHHELD.forEach(json::remove);
                            consumer.accept(json);
                        }
                    }
                }
            };
            writeTable(out, listed, table.tableName(), columns, rows);
        }
        List<String> checkpointColumns = List.of("organization_id", "sequence", "head_hash", "signed_at", "statement");
        writeTable(out, listed, ExportLayout.CHECKPOINTS_TABLE, checkpointColumns, consumer -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT organization_id, sequence, head_hash,"
                    + " signed_at, statement FROM audit_checkpoints WHERE organization_id = ? ORDER BY sequence")) {
                select.setObject(1, organizationId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ObjectNode json = mapper.createObjectNode();
                        json.put(
                                "organization_id",
                                result.getObject(1, UUID.class).toString());
                        json.put("sequence", result.getLong(2));
                        json.put("head_hash", result.getString(3));
                        json.put(
                                "signed_at",
                                result.getObject(4, OffsetDateTime.class)
                                        .toInstant()
                                        .toString());
                        json.put("statement", result.getString(5));
                        consumer.accept(json);
                    }
                }
            }
        });
        return new Snapshot(organization, Optional.ofNullable(head[0]), storedFiles(connection, organizationId));
    }

    @FunctionalInterface
    private interface RowSource {
        void forEach(RowConsumer consumer) throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ObjectNode row) throws IOException;
    }

    /** The table twice, from the same snapshot: as CSV with a header row, and as JSON Lines. */
    private void writeTable(
            ExportTarget out, List<ListedFile> listed, String table, List<String> columns, RowSource rows)
            throws SQLException, IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        try (OutputStream stream = hashing(out, listed, ExportLayout.csv(table));
                SequenceWriter writer = csv.writer(schema.build()).writeValues(stream)) {
            rows.forEach(row -> writer.write(
                    columns.stream().map(column -> cell(row.get(column))).toList()));
        }
        try (OutputStream stream = hashing(out, listed, ExportLayout.jsonLines(table))) {
            rows.forEach(row -> {
                stream.write(mapper.writeValueAsBytes(row));
                stream.write('\n');
            });
        }
    }

    /** A CSV cell: text as it is, numbers and booleans as JSON writes them, nested JSON as JSON text. */
    private String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isContainerNode()) {
            try {
                return mapper.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value.asText();
    }

    private Optional<Organization> organizationRow(Connection connection, UUID organizationId) throws SQLException {
        RowMapping<Organization> mapping = RowMapping.of(Table.ORGANIZATIONS);
        try (PreparedStatement select = connection.prepareStatement(mapping.select() + " WHERE id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(mapping.read(row, mapper)) : Optional.empty();
            }
        }
    }

    private static List<FileUploads.StoredFile> storedFiles(Connection connection, UUID organizationId)
            throws SQLException {
        List<FileUploads.StoredFile> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT content_sha256, size_bytes, part_count"
                + " FROM stored_files WHERE organization_id = ? ORDER BY content_sha256")) {
            select.setObject(1, organizationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(new FileUploads.StoredFile(rows.getString(1), rows.getLong(2), rows.getInt(3)));
                }
            }
        }
        return stored;
    }

    // ---- files, manifest and signature

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static OutputStream hashing(ExportTarget out, List<ListedFile> listed, String path) throws IOException {
        return new BufferedOutputStream(new HashingOutputStream(path, out.next(path), listed::add), 64 * 1024);
    }

    private static void write(ExportTarget out, List<ListedFile> listed, String path, Content content)
            throws IOException {
        try (OutputStream stream = hashing(out, listed, path)) {
            content.writeTo(stream);
        }
    }

    private byte[] manifest(Snapshot snapshot, Instant exportedAt, List<ListedFile> listed) throws IOException {
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("format", ExportLayout.FORMAT);
        manifest.put("format_version", ExportLayout.FORMAT_VERSION);
        ObjectNode organization = manifest.putObject("organization");
        organization.put("id", snapshot.organization().id().toString());
        organization.put("slug", snapshot.organization().slug());
        organization.put("name", snapshot.organization().name());
        manifest.put("exported_at", exportedAt.toString());
        manifest.put("server_version", serverVersion);
        if (snapshot.auditHead().isPresent()) {
            ObjectNode head = manifest.putObject("audit_chain_head");
            head.put("sequence", snapshot.auditHead().get().sequence());
            head.put("hash", snapshot.auditHead().get().hash());
        } else {
            manifest.putNull("audit_chain_head");
        }
        manifest.put("signing_key_id", keys.signingKey().getKeyID());
        manifest.put("signature_file", ExportLayout.SIGNATURE);
        ArrayNode fileList = manifest.putArray("files");
        for (ListedFile file : listed) {
            fileList.addObject()
                    .put("path", file.path())
                    .put("size", file.size())
                    .put("sha256", file.sha256());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    /** The manifest's detached signature: the record-signing key's statement of the manifest's hash. */
    private void sign(ExportTarget out, byte[] manifest) throws IOException {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("manifest", ExportLayout.MANIFEST);
        payload.put("sha256", sha256(manifest));
        String signature = SignedStatements.sign(
                keys.signingKey(), ExportLayout.SIGNATURE_TYPE, mapper.writeValueAsBytes(payload));
        try (OutputStream stream = out.next(ExportLayout.SIGNATURE)) {
            stream.write(signature.getBytes(StandardCharsets.US_ASCII));
        }
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = HashingOutputStream.sha256();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static String readme() {
        return String.join(
                "\r\n",
                "SPECTRA-Lab records export",
                "==========================",
                "",
                "One organization's complete records, in open formats, as its server held them at the",
                "moment written in manifest.json (exported_at).",
                "",
                "tables/<table>.csv     every table of the organization: RFC 4180 CSV, UTF-8, a header row;",
                "                       nested JSON values (parameters, old and new values) as JSON text",
                "tables/<table>.jsonl   the same rows as JSON Lines (one JSON object per line), numbers exact",
                "tables/audit_log.*     the audit trail, hash-chained per organization, in sequence order",
                "tables/audit_checkpoints.*  the server's signed statements of the audit chain's head (JWS)",
                "tables/signatures.*, tables/recipe_approvals.*, tables/sop_approvals.*, tables/run_reviews.*",
                "                       e-signatures and approval decisions",
                "files/<sha256>         every stored file (certificates, raw data), named by its SHA-256",
                "keys.json              the server's public record-signing keys (JWK set)",
                "manifest.json          every other file with its size and SHA-256, the organization, the",
                "                       export time, the server version and the audit chain's head",
                "manifest.sig           the record-signing key's ES256 signature (JWS, key id in its header)",
                "                       over the SHA-256 of manifest.json",
                "",
                "Check it offline: spectra-server verify-export <this folder or zip> [--public-key <keys>]",
                "The check recomputes every hash, the manifest's signature and the audit chain. Give the",
                "server's published keys (/.well-known/jwks.json, kept apart from this export) with",
                "--public-key to prove the export came from that server and not only that it is unchanged.",
                "",
                "API key hashes are credentials and are not exported.",
                "");
    }
}
