package lab.spectra.desktop.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.eln.ElnLimits;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The notebook's full-text index on the bench (Lucene), so that search works offline, ranked,
 * with the matched words marked in a fragment of the text.
 *
 * <p>The index lives in memory and is rebuilt from the local database when the notebook is
 * first opened in a session: the local copy is encrypted at rest, and an index on disk would
 * hold the notebook's words in the clear. It is kept up to date entry by entry: each
 * {@link #update} compares every entry's stamp (row version and signatures) with the one indexed
 * and re-reads only what changed, whether it came by pull or by a command on this bench.
 */
public final class NotebookIndex implements AutoCloseable {

    /** The most entries a search returns; the list shows the best of them. */
    public static final int MAX_HITS = 50;

    private static final int FRAGMENT_CHARACTERS = 160;

    /** Searched text, stored, with the offsets of its words so that marking them needs no second analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, String> indexedStamps = new HashMap<>();
    private final ZoneId zone;

    /** @param zone the time zone in which the date filter's days begin and end */
    public NotebookIndex(ZoneId zone) {
        this.zone = zone;
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the notebook's search index", e);
        }
    }

    /**
     * Brings the index in line with the entries as they are now.
     *
     * @param currentStamps every entry that is not deleted, with its stamp
     * @param load          reads the entries with the given ids (those new or changed since the last update)
     * @return how many entries were (re)indexed or removed
     */
    public synchronized int update(
            Map<UUID, String> currentStamps, Function<Collection<UUID>, List<IndexedEntry>> load) {
        List<UUID> changed = currentStamps.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(indexedStamps.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        List<UUID> removed = indexedStamps.keySet().stream()
                .filter(id -> !currentStamps.containsKey(id))
                .toList();
        if (changed.isEmpty() && removed.isEmpty()) {
            return 0;
        }
        try {
            for (UUID id : removed) {
                writer.deleteDocuments(new Term("id", id.toString()));
                indexedStamps.remove(id);
            }
            for (IndexedEntry entry : load.apply(changed)) {
                writer.updateDocument(new Term("id", entry.id().toString()), document(entry));
                indexedStamps.put(entry.id(), entry.stamp());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the notebook's search index", e);
        }
        return changed.size() + removed.size();
    }

    /** How many entries the index holds. */
    public synchronized int size() {
        return indexedStamps.size();
    }

    /**
     * The entries matching the filter: ranked by relevance when words are given (title counts
     * double), newest first otherwise.
     */
    public List<NotebookHit> search(NotebookFilter filter) {
        Query words = filter.hasWords() ? parse(filter.words()) : null;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(words != null ? words : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        restrict(query, "author", filter.authorId());
        restrict(query, "sample", filter.sampleId());
        restrict(query, "run", filter.runId());
        if (filter.state() != null) {
            query.add(new TermQuery(new Term("state", filter.state().name())), BooleanClause.Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null
                    ? Long.MIN_VALUE
                    : filter.from().atStartOfDay(zone).toInstant().toEpochMilli();
            long to = filter.to() == null
                    ? Long.MAX_VALUE
                    : filter.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery("created", from, to), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query built = query.build();
                TopDocs top = words != null
                        ? searcher.search(built, MAX_HITS)
                        : searcher.search(
                                built, MAX_HITS, new Sort(new SortField("created_sort", SortField.Type.LONG, true)));
                Map<String, String[]> marked = words == null ? Map.of() : marked(searcher, words, top);
                List<NotebookHit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    Document document = searcher.storedFields().document(top.scoreDocs[i].doc);
                    hits.add(hit(document, fragmentOf(marked, "title", i), fragmentOf(marked, "body", i)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the notebook", e);
        }
    }

    private Query parse(String words) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2.0f, "body", 1.0f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(words.strip());
        // Only punctuation or stop words: nothing to look for, so nothing is found.
        return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }

    private static void restrict(BooleanQuery.Builder query, String field, UUID value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value.toString())), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The matched words marked in the title and in the best passage of the text of every hit, in
     * one pass over the postings (their offsets are indexed, so nothing is analysed again).
     */
    private Map<String, String[]> marked(IndexSearcher searcher, Query words, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(
                        String.valueOf(NotebookHit.MARK_START), String.valueOf(NotebookHit.MARK_END), "…", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), FRAGMENT_CHARACTERS, 0.5f))
                .withMaxLength(ElnLimits.BODY)
                .withMaxNoHighlightPassages(0)
                .build();
        return highlighter.highlightFields(new String[] {"title", "body"}, words, top, new int[] {1, 1});
    }

    private static String fragmentOf(Map<String, String[]> marked, String field, int hit) {
        String[] fragments = marked.get(field);
        return fragments == null ? null : fragments[hit];
    }

    private static NotebookHit hit(Document document, String markedTitle, String markedBody) {
        String body = document.get("body");
        String fragment = markedBody != null
                ? markedBody
                : body.length() <= FRAGMENT_CHARACTERS ? body : body.substring(0, FRAGMENT_CHARACTERS) + "…";
        return new NotebookHit(
                UUID.fromString(document.get("id")),
                markedTitle != null ? markedTitle : document.get("title"),
                UUID.fromString(document.get("author")),
                Instant.ofEpochMilli(
                        document.getField("created_at").numericValue().longValue()),
                SignatureState.valueOf(document.get("state")),
                fragment.strip().replace('\n', ' '));
    }

    private static Document document(IndexedEntry entry) {
        Document document = new Document();
        document.add(new StringField("id", entry.id().toString(), Field.Store.YES));
        document.add(new Field("title", entry.title(), TEXT_WITH_OFFSETS));
        document.add(new Field("body", entry.bodyMarkdown(), TEXT_WITH_OFFSETS));
        document.add(new StringField("author", entry.authorId().toString(), Field.Store.YES));
        for (UUID sample : Set.copyOf(entry.sampleIds())) {
            document.add(new StringField("sample", sample.toString(), Field.Store.NO));
        }
        for (UUID run : Set.copyOf(entry.runIds())) {
            document.add(new StringField("run", run.toString(), Field.Store.NO));
        }
        long created = entry.createdAt().toEpochMilli();
        document.add(new LongPoint("created", created));
        document.add(new NumericDocValuesField("created_sort", created));
        document.add(new StoredField("created_at", created));
        document.add(new StringField("state", entry.signatures().name(), Field.Store.YES));
        return document;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the notebook's search index", e);
        }
    }
}
