package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.db.Database;

/**
 * Verifies one organization's audit trail as the application role, streaming it in batches so a
 * trail of a million entries is never a list in memory. Incrementally by default: the newest
 * checkpoint this server signed vouches for everything up to its entry, so the check confirms that
 * entry still has the signed hash and then walks only the links after it. A full check walks from
 * the first entry and compares the trail with every checkpoint, as {@code verify-audit} does.
 */
public final class StreamedAuditCheck {

    /** Entries read per query. */
    static final int BATCH = 5_000;

    /** Told how far a check has come. */
    public interface Progress {
        void toCheck(long entries);

        void checked(long entries);
    }

    /**
     * What a check found, and from where it started.
     *
     * @param from the checkpoint it started after; empty for a full check
     */
    public record Outcome(AuditVerdict verdict, Optional<AuditCheckpoint> from) {
        public boolean incremental() {
            return from.isPresent();
        }
    }

    private final Database database;
    private final ObjectMapper mapper;
    private final CheckpointTable checkpoints;
    private final PublicKeys serverKeys;

    public StreamedAuditCheck(
            Database database, ObjectMapper mapper, CheckpointTable checkpoints, PublicKeys serverKeys) {
        this.database = Objects.requireNonNull(database, "database");
        // Numbers read exactly: chain format 2 hashes the decimal stored, not its nearest double.
        this.mapper = ExactJson.reader(mapper);
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.serverKeys = Objects.requireNonNull(serverKeys, "serverKeys");
    }

    public Outcome run(UUID organizationId, boolean full, Progress progress) {
        List<AuditCheckpoint> signed = checkpoints.all(organizationId).stream()
                .map(statement -> AuditCheckpoint.verify(statement, serverKeys))
                .flatMap(Optional::stream)
                .filter(checkpoint -> checkpoint.organizationId().equals(organizationId))
                .sorted(Comparator.comparingLong(AuditCheckpoint::sequence).reversed())
                .toList();
        long last = lastSequence(organizationId);
        if (!full && !signed.isEmpty()) {
            AuditCheckpoint newest = signed.get(0);
            Optional<Outcome> fromCheckpoint = fromCheckpoint(organizationId, newest, last, progress);
            if (fromCheckpoint.isPresent()) {
                return fromCheckpoint.get();
            }
        }
        return new Outcome(fromFirstEntry(organizationId, signed, last, progress), Optional.empty());
    }

    /** Empty when the checkpoint's entry is gone from within the trail: only a full walk can say where. */
    private Optional<Outcome> fromCheckpoint(
            UUID organizationId, AuditCheckpoint checkpoint, long last, Progress progress) {
        if (last < checkpoint.sequence()) {
            progress.toCheck(0);
            return Optional.of(
                    new Outcome(new AuditVerdict.Truncated(organizationId, checkpoint, last), Optional.of(checkpoint)));
        }
        Optional<String> hashNow = hashOf(organizationId, checkpoint.sequence());
        if (hashNow.isEmpty()) {
            return Optional.empty();
        }
        if (!hashNow.get().equals(checkpoint.headHash())) {
            progress.toCheck(0);
            return Optional.of(new Outcome(
                    new AuditVerdict.Rewritten(organizationId, checkpoint, hashNow.get()), Optional.of(checkpoint)));
        }
        AuditHashFormat format =
                formatTwoStartsBy(organizationId, checkpoint.sequence()) ? AuditHashFormat.V2 : AuditHashFormat.V1;
        AuditChain.Walk walk = AuditChain.Walk.after(checkpoint.sequence(), checkpoint.headHash(), format);
        progress.toCheck(last - checkpoint.sequence());
        Optional<AuditChain.Break> broken = walk(organizationId, walk, checkpoint.sequence(), Map.of(), progress);
        AuditVerdict verdict = broken.<AuditVerdict>map(at -> new AuditVerdict.Broken(organizationId, at))
                .orElseGet(() -> new AuditVerdict.Intact(organizationId, walk.lastSequence(), Optional.of(checkpoint)));
        return Optional.of(new Outcome(verdict, Optional.of(checkpoint)));
    }

    private AuditVerdict fromFirstEntry(
            UUID organizationId, List<AuditCheckpoint> newestFirst, long last, Progress progress) {
        Map<Long, String> hashesAtCheckpoints = new HashMap<>();
        newestFirst.forEach(checkpoint -> hashesAtCheckpoints.put(checkpoint.sequence(), null));
        AuditChain.Walk walk = AuditChain.Walk.fromGenesis();
        progress.toCheck(last);
        Optional<AuditChain.Break> broken = walk(organizationId, walk, 0, hashesAtCheckpoints, progress);
        if (broken.isPresent()) {
            return new AuditVerdict.Broken(organizationId, broken.get());
        }
        long entries = walk.lastSequence();
        for (AuditCheckpoint checkpoint : newestFirst) {
            if (checkpoint.sequence() > entries) {
                return new AuditVerdict.Truncated(organizationId, checkpoint, entries);
            }
            String hashNow = hashesAtCheckpoints.get(checkpoint.sequence());
            if (!checkpoint.headHash().equals(hashNow)) {
                return new AuditVerdict.Rewritten(organizationId, checkpoint, hashNow);
            }
        }
        return new AuditVerdict.Intact(
                organizationId, entries, newestFirst.stream().findFirst());
    }

    /**
     * Feeds the entries after {@code after} through the walk, batch by batch, noting the hash of
     * each entry named in {@code hashesAt}.
     */
    private Optional<AuditChain.Break> walk(
            UUID organizationId, AuditChain.Walk walk, long after, Map<Long, String> hashesAt, Progress progress) {
        RowMapping<AuditEntry> mapping = RowMapping.of(Table.AUDIT_LOG);
        String sql = mapping.select() + " WHERE organization_id = ? AND sequence > ? ORDER BY sequence FETCH FIRST "
                + BATCH + " ROWS ONLY";
        long cursor = after;
        while (true) {
            long from = cursor;
            List<AuditEntry> batch = database.inTenant(organizationId, connection -> {
                List<AuditEntry> entries = new ArrayList<>(BATCH);
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setObject(1, organizationId);
                    select.setLong(2, from);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            entries.add(mapping.read(rows, mapper));
                        }
                    }
                }
                return entries;
            });
            for (AuditEntry entry : batch) {
                Optional<AuditChain.Break> broken = walk.next(entry);
                if (broken.isPresent()) {
                    return broken;
                }
                if (hashesAt.containsKey(entry.sequence())) {
                    hashesAt.put(entry.sequence(), entry.hash());
                }
            }
            progress.checked(walk.lastSequence() - after);
            if (batch.size() < BATCH) {
                return Optional.empty();
            }
            cursor = batch.get(batch.size() - 1).sequence();
        }
    }

    private long lastSequence(UUID organizationId) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(max(sequence), 0) FROM audit_log WHERE organization_id = ?")) {
                select.setObject(1, organizationId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private Optional<String> hashOf(UUID organizationId, long sequence) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hash FROM audit_log WHERE organization_id = ? AND sequence = ?")) {
                select.setObject(1, organizationId);
                select.setLong(2, sequence);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private boolean formatTwoStartsBy(UUID organizationId, long sequence) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM audit_log"
                    + " WHERE organization_id = ? AND action = ? AND sequence <= ? FETCH FIRST 1 ROW ONLY")) {
                select.setObject(1, organizationId);
                select.setString(2, AuditHashFormat.FORMAT_2_MARKER);
                select.setLong(3, sequence);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }
}
