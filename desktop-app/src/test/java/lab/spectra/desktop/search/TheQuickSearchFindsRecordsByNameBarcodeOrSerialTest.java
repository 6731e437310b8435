package lab.spectra.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quick search's reads over an H2 copy of a small lab. */
class TheQuickSearchFindsRecordsByNameBarcodeOrSerialTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final QuickSearchQueries queries = new QuickSearchQueries(copy);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void aScannedBarcodeFindsItsSampleFirst() {
        List<Found> found = queries.find("s-0001", 6);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).kind()).isEqualTo(Found.Kind.SAMPLE);
        assertThat(found.get(0).id()).isEqualTo(lab.sample.id());
        assertThat(found.get(0).key()).isEqualTo("S-0001");
    }

    @Test
    void partOfANameFindsSamplesInstrumentsAndRecipes() {
        assertThat(queries.find("GaN", 6))
                .extracting(Found::kind, Found::id)
                .contains(org.assertj.core.groups.Tuple.tuple(Found.Kind.SAMPLE, lab.sample.id()));
        assertThat(queries.find("smu-0", 6))
                .extracting(Found::kind, Found::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Found.Kind.INSTRUMENT, "SMU-01"));
        assertThat(queries.find("theta", 6))
                .extracting(Found::kind, Found::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Found.Kind.RECIPE, lab.approvedXrdScan.id()));
    }

    @Test
    void aSingleCharacterOrAWildcardFindsNothing() {
        assertThat(queries.find("S", 6)).isEmpty();
        assertThat(queries.find("%%", 6)).isEmpty();
        assertThat(queries.find("__", 6)).isEmpty();
    }
}
