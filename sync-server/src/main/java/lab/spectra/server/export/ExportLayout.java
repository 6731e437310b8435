package lab.spectra.server.export;

import lab.spectra.model.protocol.Table;

/**
 * Where things are in an export, shared by the writer and the verifier (and described to people
 * in the export's README.txt).
 */
public final class ExportLayout {

    public static final String FORMAT = "spectra-records-export";
    public static final int FORMAT_VERSION = 1;
    public static final String README = "README.txt";
    public static final String MANIFEST = "manifest.json";
    /** The record-signing key's JWS over the manifest's SHA-256: the only file the manifest cannot list. */
    public static final String SIGNATURE = "manifest.sig";
    /** The public record-signing keys, so the export can be checked with nothing else at hand. */
    public static final String KEYS = "keys.json";

    public static final String TABLES = "tables/";
    public static final String FILES = "files/";
    public static final String CHECKPOINTS_TABLE = "audit_checkpoints";
    /** The {@code typ} of the manifest's signature, so no other signed statement passes for one. */
    public static final String SIGNATURE_TYPE = "spectra-export-manifest+jws";

    private ExportLayout() {}

    public static String jsonLines(String table) {
        return TABLES + table + ".jsonl";
    }

    public static String csv(String table) {
        return TABLES + table + ".csv";
    }

    public static String auditLog() {
        return jsonLines(Table.AUDIT_LOG.tableName());
    }

    public static String checkpoints() {
        return jsonLines(CHECKPOINTS_TABLE);
    }
}
