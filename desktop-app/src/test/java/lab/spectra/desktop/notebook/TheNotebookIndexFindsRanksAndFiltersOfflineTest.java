package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bench's Lucene index of the notebook: words, ranking, marks, filters, and staying current. */
class TheNotebookIndexFindsRanksAndFiltersOfflineTest {

    private final NotebookIndex index = new NotebookIndex(ZoneOffset.UTC);
    private final Map<UUID, IndexedEntry> entries = new HashMap<>();
    private final UUID tess = UUID.randomUUID();
    private final UUID eli = UUID.randomUUID();
    private final UUID wafer = UUID.randomUUID();

    @AfterEach
    void close() {
        index.close();
    }

    private IndexedEntry put(String title, String body, UUID author, String day, SignatureState state) {
        IndexedEntry entry = new IndexedEntry(
                UUID.randomUUID(),
                title,
                body,
                author,
                List.of(),
                List.of(),
                Instant.parse(day + "T10:00:00Z"),
                state,
                "1");
        entries.put(entry.id(), entry);
        return entry;
    }

    private int update() {
        Map<UUID, String> stamps = new HashMap<>();
        entries.values().forEach(entry -> stamps.put(entry.id(), entry.stamp()));
        return index.update(stamps, this::load);
    }

    private List<IndexedEntry> load(Collection<UUID> ids) {
        return ids.stream().map(entries::get).toList();
    }

    private List<String> titles(NotebookFilter filter) {
        // A title that matched carries the marks; compare the words.
        return index.search(filter).stream()
                .map(hit -> hit.title()
                        .replace(String.valueOf(NotebookHit.MARK_START), "")
                        .replace(String.valueOf(NotebookHit.MARK_END), ""))
                .toList();
    }

    @Test
    void aWordInTheBodyFindsTheEntryWithTheWordMarkedInAFragment() {
        put("Anneal", "The wafer was annealed at 400 C under nitrogen.", tess, "2026-03-01", SignatureState.UNSIGNED);
        put("Etch", "Dry etch of the mesa.", tess, "2026-03-02", SignatureState.UNSIGNED);
        update();

        List<NotebookHit> hits = index.search(NotebookFilter.words("nitrogen"));

        assertThat(hits).extracting(NotebookHit::title).containsExactly("Anneal");
        assertThat(hits.get(0).fragment()).contains(NotebookHit.MARK_START + "nitrogen" + NotebookHit.MARK_END);
    }

    @Test
    void anEntryWithTheWordInItsTitleRanksAboveOneWithItOnlyInItsText() {
        put(
                "Notes",
                "Leakage was measured after the anneal of the sample lot.",
                tess,
                "2026-03-01",
                SignatureState.UNSIGNED);
        put("Leakage", "Measured after the anneal of the sample lot.", tess, "2026-03-02", SignatureState.UNSIGNED);
        update();

        assertThat(titles(NotebookFilter.words("leakage"))).containsExactly("Leakage", "Notes");
    }

    @Test
    void withoutWordsTheNewestEntryComesFirst() {
        put("Older", "a", tess, "2026-03-01", SignatureState.UNSIGNED);
        put("Newer", "b", tess, "2026-03-05", SignatureState.UNSIGNED);
        update();

        assertThat(titles(NotebookFilter.NONE)).containsExactly("Newer", "Older");
    }

    @Test
    void filtersNarrowByAuthorSampleDateAndSignatureState() {
        IndexedEntry linked = new IndexedEntry(
                UUID.randomUUID(),
                "Linked",
                "about the wafer",
                eli,
                List.of(wafer),
                List.of(),
                Instant.parse("2026-03-10T10:00:00Z"),
                SignatureState.SIGNED,
                "1");
        entries.put(linked.id(), linked);
        put("Tess early", "about the wafer", tess, "2026-03-01", SignatureState.VOIDED);
        put("Tess late", "about the wafer", tess, "2026-03-20", SignatureState.UNSIGNED);
        update();

        assertThat(titles(new NotebookFilter(null, tess, null, null, null, null, null)))
                .containsExactlyInAnyOrder("Tess early", "Tess late");
        assertThat(titles(new NotebookFilter("wafer", null, wafer, null, null, null, null)))
                .containsExactly("Linked");
        assertThat(titles(new NotebookFilter(
                        null, null, null, null, LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-10"), null)))
                .containsExactly("Linked");
        assertThat(titles(new NotebookFilter(null, null, null, null, null, null, SignatureState.VOIDED)))
                .containsExactly("Tess early");
    }

    @Test
    void onlyChangedEntriesAreReadAgainAndRemovedOnesDisappear() {
        IndexedEntry first = put("First", "copper", tess, "2026-03-01", SignatureState.UNSIGNED);
        IndexedEntry second = put("Second", "silver", tess, "2026-03-02", SignatureState.UNSIGNED);
        assertThat(update()).isEqualTo(2);
        assertThat(update()).isZero();

        entries.put(
                first.id(),
                new IndexedEntry(
                        first.id(),
                        "First",
                        "gold",
                        tess,
                        List.of(),
                        List.of(),
                        first.createdAt(),
                        SignatureState.UNSIGNED,
                        "2"));
        entries.remove(second.id());

        assertThat(update()).isEqualTo(2);
        assertThat(titles(NotebookFilter.words("gold"))).containsExactly("First");
        assertThat(titles(NotebookFilter.words("copper"))).isEmpty();
        assertThat(titles(NotebookFilter.words("silver"))).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void punctuationAloneFindsNothingInsteadOfFailing() {
        put("Anneal", "text", tess, "2026-03-01", SignatureState.UNSIGNED);
        update();

        assertThat(index.search(NotebookFilter.words("\"(*"))).isEmpty();
    }
}
