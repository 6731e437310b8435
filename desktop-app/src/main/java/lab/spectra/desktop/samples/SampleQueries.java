package lab.spectra.desktop.samples;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.materials.MaterialQueries;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.store.Page;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;

/**
 * What the bench reads about samples: the list a window at a time (a lab keeps 100,000 of them),
 * a sample by its barcode, and one sample's wafers, devices and chain of custody.
 */
public final class SampleQueries {

    private static final String SAMPLES =
            "SELECT " + LocalRows.columns(Table.SAMPLES, "s") + " FROM samples s WHERE s.organization_id = ?";
    /**
     * The unfiltered list in name order straight from the bench's index in that order (its filter
     * index, V11_4_1, which leads with the organization, name and id): H2 reads it sorted and stops
     * at the window's end. A filter is left to H2's own plan instead:
     * walking the index row by row for a rare match costs more than sorting the few matches.
     */
    private static final String WINDOW = "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
            + " FROM samples s USE INDEX (idx_bench_samples_filter) WHERE s.organization_id = ?";

    /** The organization leads because H2 sorts by an index only for an ORDER BY starting with its first column. */
    private static final String IN_NAME_ORDER = " ORDER BY s.organization_id, s.name, s.id FETCH FIRST ? ROWS ONLY";

    private static final String COUNT = "SELECT COUNT(*) FROM samples s WHERE s.organization_id = ?";

    /**
     * A filter reads the ids of a window from the bench's filter index alone (V11_4_1: it holds the
     * organization, name, id, deletion and the lower-cased name and barcode), walking it in the
     * list's order and stopping at the window's end: an entry that does not match costs no row.
     */
    private static final String MATCHING_IDS =
            "SELECT s.id FROM samples s USE INDEX (idx_bench_samples_filter) WHERE s.organization_id = ?";

    private static final String COUNT_MATCHING =
            "SELECT COUNT(*) FROM samples s USE INDEX (idx_bench_samples_filter) WHERE s.organization_id = ?";

    /** The name or the barcode contains the typed text, in any case (filter_text joins them lower-cased). */
    private static final String MATCHING = " AND s.filter_text LIKE ? ESCAPE '\\'";
    /** Keyset: after the last sample shown, in (name, id) order; the first condition alone lets the index seek. */
    private static final String AFTER = " AND s.name >= ? AND (s.name > ? OR s.id > ?)";

    private static final String WAFERS = "SELECT " + LocalRows.columns(Table.WAFERS, "w")
            + " FROM wafers w WHERE w.organization_id = ? AND w.sample_id = ? AND w.deleted_at IS NULL"
            + " ORDER BY w.label, w.id";
    private static final String DEVICES = "SELECT " + LocalRows.columns(Table.DEVICES, "d")
            + " FROM devices d JOIN wafers w ON w.id = d.wafer_id"
            + " WHERE d.organization_id = ? AND w.sample_id = ? AND d.deleted_at IS NULL"
            + " ORDER BY d.name, d.id";
    private static final String CUSTODY = "SELECT " + LocalRows.columns(Table.CUSTODY_EVENTS, "c")
            + " FROM custody_events c WHERE c.organization_id = ? AND c.sample_id = ? ORDER BY c.occurred_at, c.id";

    private static final String PERSON = "SELECT u.display_name FROM users u WHERE u.organization_id = ? AND u.id = ?";

    private final LocalReads reads;
    private final MaterialQueries materials;

    public SampleQueries(LocalReads reads) {
        this.reads = reads;
        this.materials = new MaterialQueries(reads);
    }

    /** The materials a sample may be made of. */
    public MaterialQueries materials() {
        return materials;
    }

    /**
     * Samples not deleted, by name, whose name or barcode contains {@code filter} (any case; blank
     * matches all), starting after {@code after} (null: from the start).
     */
    public Page<Sample> page(String filter, Sample after, int limit) {
        return page(filter, after, limit, false);
    }

    /**
     * As {@link #page(String, Sample, int)}, with deleted samples too when {@code includeDeleted}
     * (admins). A sample whose barcode is exactly the typed text (as typed or in capitals: what a
     * scanner or a label gives) leads the filtered list; the other matches follow by name.
     */
    public Page<Sample> page(String filter, Sample after, int limit, boolean includeDeleted) {
        String typed = typed(filter);
        if (!typed.isEmpty()) {
            return matching(filter.strip(), typed, after, limit, includeDeleted);
        }
        StringBuilder sql = new StringBuilder(WINDOW);
        if (!includeDeleted) {
            sql.append(" AND s.deleted_at IS NULL");
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(null); // the organization, known inside the read
        if (after != null) {
            sql.append(AFTER);
            parameters.add(after.name());
            parameters.add(after.name());
            parameters.add(after.id());
        }
        sql.append(IN_NAME_ORDER);
        parameters.add(limit + 1);
        return reads.read(rows -> {
            Object[] bound = parameters.toArray();
            bound[0] = rows.organizationId();
            return Page.of(rows.<Sample>rows(Table.SAMPLES, sql.toString(), bound), limit);
        });
    }

    private Page<Sample> matching(String stripped, String typed, Sample after, int limit, boolean includeDeleted) {
        String deleted = includeDeleted ? "" : " AND s.deleted_at IS NULL";
        return reads.read(rows -> {
            Optional<Sample> exact = first(rows.rows(
                    Table.SAMPLES,
                    SAMPLES + deleted + " AND s.barcode IN (?, ?)",
                    rows.organizationId(),
                    stripped,
                    stripped.toUpperCase(Locale.ROOT)));
            // The exact barcode is the first row: a window after it starts the rest from their start.
            boolean fromTheStart = after == null
                    || exact.map(hit -> hit.id().equals(after.id())).orElse(false);
            List<Sample> window = new ArrayList<>();
            if (after == null) {
                exact.ifPresent(window::add);
            }
            StringBuilder sql = new StringBuilder(MATCHING_IDS).append(deleted).append(MATCHING);
            List<Object> parameters = new ArrayList<>(List.of(rows.organizationId(), "%" + escapeLike(typed) + "%"));
            if (exact.isPresent()) {
                sql.append(" AND s.id <> ?");
                parameters.add(exact.get().id());
            }
            if (!fromTheStart) {
                sql.append(AFTER);
                parameters.add(after.name());
                parameters.add(after.name());
                parameters.add(after.id());
            }
            sql.append(IN_NAME_ORDER);
            parameters.add(limit + 1 - window.size());
            List<UUID> ids = rows.list(sql.toString(), row -> row.getObject(1, UUID.class), parameters.toArray());
            window.addAll(byId(rows, ids));
            return Page.of(window, limit);
        });
    }

    /** The samples of {@code ids}, in that order. */
    private static List<Sample> byId(LocalRows rows, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(rows.organizationId());
        parameters.addAll(ids);
        Map<UUID, Sample> found = new HashMap<>();
        for (Sample sample : rows.<Sample>rows(
                Table.SAMPLES, SAMPLES + " AND s.id IN (" + placeholders + ")", parameters.toArray())) {
            found.put(sample.id(), sample);
        }
        return ids.stream().map(found::get).toList();
    }

    /**
     * How many samples {@link #page(String, Sample, int, boolean)} would list in all: the status
     * line's "of 100,000". Counted apart from the window so the window shows first.
     */
    public long count(String filter, boolean includeDeleted) {
        String typed = typed(filter);
        StringBuilder sql = new StringBuilder(COUNT);
        if (!includeDeleted) {
            sql.append(" AND s.deleted_at IS NULL");
        }
        if (typed.isEmpty()) {
            return reads.read(rows -> rows.list(sql.toString(), row -> row.getLong(1), rows.organizationId())
                    .get(0));
        }
        String pattern = "%" + escapeLike(typed) + "%";
        String matching = COUNT_MATCHING + (includeDeleted ? "" : " AND s.deleted_at IS NULL") + MATCHING;
        return reads.read(rows -> rows.list(matching, row -> row.getLong(1), rows.organizationId(), pattern)
                .get(0));
    }

    /** The sample whose barcode is exactly {@code barcode}, unless it was deleted. */
    public Optional<Sample> byBarcode(String barcode) {
        return reads.read(rows -> first(rows.rows(
                Table.SAMPLES,
                SAMPLES + " AND s.barcode = ? AND s.deleted_at IS NULL",
                rows.organizationId(),
                barcode)));
    }

    /**
     * The sample holding the barcode, deleted ones included (a deleted sample's barcode stays
     * taken): what a form checks a typed barcode against.
     */
    public Optional<Sample> holderOfBarcode(String barcode) {
        return reads.read(rows ->
                first(rows.rows(Table.SAMPLES, SAMPLES + " AND s.barcode = ?", rows.organizationId(), barcode)));
    }

    /** A person's name as the bench knows it, or empty for someone not (yet) on this PC. */
    public Optional<String> nameOf(UUID userId) {
        return reads.read(rows -> first(rows.list(PERSON, row -> row.getString(1), rows.organizationId(), userId)));
    }

    /** A sample with its wafers, devices and hand-overs, read together; empty once it is deleted. */
    public Optional<SampleDetails> detailsOf(UUID sampleId) {
        return detailsOf(sampleId, false);
    }

    /** As {@link #detailsOf(UUID)}, and a deleted sample too when {@code includeDeleted} (an admin's "show deleted"). */
    public Optional<SampleDetails> detailsOf(UUID sampleId, boolean includeDeleted) {
        return reads.read(rows -> {
            Optional<Sample> sample = sample(rows, sampleId).filter(found -> includeDeleted || !found.deleted());
            if (sample.isEmpty()) {
                return Optional.<SampleDetails>empty();
            }
            return Optional.of(new SampleDetails(sample.get(), wafers(rows, sampleId), custody(rows, sampleId)));
        });
    }

    /** The sample's chain of custody, oldest hand-over first. */
    public List<CustodyEvent> custodyOf(UUID sampleId) {
        return reads.read(rows -> custody(rows, sampleId));
    }

    private static Optional<Sample> sample(LocalRows rows, UUID sampleId) throws SQLException {
        return first(rows.rows(Table.SAMPLES, SAMPLES + " AND s.id = ?", rows.organizationId(), sampleId));
    }

    private static List<WaferDevices> wafers(LocalRows rows, UUID sampleId) throws SQLException {
        Map<UUID, List<Device>> devicesByWafer = new LinkedHashMap<>();
        for (Device device : rows.<Device>rows(Table.DEVICES, DEVICES, rows.organizationId(), sampleId)) {
            devicesByWafer
                    .computeIfAbsent(device.waferId(), id -> new ArrayList<>())
                    .add(device);
        }
        return rows.<Wafer>rows(Table.WAFERS, WAFERS, rows.organizationId(), sampleId).stream()
                .map(wafer -> new WaferDevices(wafer, devicesByWafer.getOrDefault(wafer.id(), List.of())))
                .toList();
    }

    private static List<CustodyEvent> custody(LocalRows rows, UUID sampleId) throws SQLException {
        return rows.rows(Table.CUSTODY_EVENTS, CUSTODY, rows.organizationId(), sampleId);
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.stream().findFirst();
    }

    private static String typed(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
