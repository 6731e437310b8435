package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lab.spectra.desktop.store.Page;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without a server: the samples filter, read from the bench's filter index, finds typed text
 * anywhere in a name or a barcode in any case, lists a sample whose barcode is exactly the text
 * first and the other matches by name, pages through them without repeating one, leaves deleted
 * samples out unless asked for, and counts what it lists.
 */
class TheSamplesFilterFindsTypedTextAnywhereAndAnExactBarcodeFirstTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final SampleQueries queries = new SampleQueries(copy);

    @BeforeEach
    void putSamples() {
        copy.put(
                sample("Wafer GaN-Alpha 7", "W-700", false),
                sample("Alpha probe", "B-1001", false),
                sample("Zulu reference", "B-100", false),
                sample("Yankee", "QA-ALPHA-2", false),
                sample("Alphabet soup (deleted)", "D-1", true),
                sample("Beta 50%_off", "P-5", false));
    }

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void aTextFromTheMiddleOfANameFindsItInAnyCase() {
        assertThat(names(queries.page("gan-AL", null, 100))).containsExactly("Wafer GaN-Alpha 7");
    }

    @Test
    void aTextFromTheMiddleOfABarcodeFindsItInAnyCase() {
        assertThat(names(queries.page("a-alp", null, 100))).containsExactly("Yankee");
    }

    @Test
    void matchesInNamesAndBarcodesAreListedByNameWithoutTheDeletedOnes() {
        assertThat(names(queries.page("alpha", null, 100)))
                .containsExactly("Alpha probe", "Wafer GaN-Alpha 7", "Yankee");
        assertThat(names(queries.page("alpha", null, 100, true)))
                .containsExactly("Alpha probe", "Alphabet soup (deleted)", "Wafer GaN-Alpha 7", "Yankee");
        assertThat(queries.count("alpha", false)).isEqualTo(3);
        assertThat(queries.count("alpha", true)).isEqualTo(4);
    }

    @Test
    void aSampleWhoseBarcodeIsExactlyTheTextLeadsTheOtherMatches() {
        // "Zulu reference" sorts after "Alpha probe" by name, but its barcode is what was typed or scanned.
        assertThat(names(queries.page("B-100", null, 100))).containsExactly("Zulu reference", "Alpha probe");
        assertThat(names(queries.page("b-100", null, 100))).containsExactly("Zulu reference", "Alpha probe");
        assertThat(queries.count("b-100", false)).isEqualTo(2);
    }

    @Test
    void windowsAfterTheExactBarcodeListEveryOtherMatchOnce() {
        copy.put(
                sample("Alpha B-100 twin", "X-1", false),
                sample("Omega", "B-1002", false),
                sample("Beta", "b-10077", false));
        List<String> walked = new ArrayList<>();
        Page<Sample> page = queries.page("B-100", null, 1);
        walked.addAll(names(page));
        while (page.hasMore()) {
            page = queries.page("B-100", page.last(), 1);
            walked.addAll(names(page));
        }

        assertThat(walked).containsExactly("Zulu reference", "Alpha B-100 twin", "Alpha probe", "Beta", "Omega");
    }

    @Test
    void percentAndUnderscoreAreMatchedAsTypedNotAsWildcards() {
        assertThat(names(queries.page("50%_", null, 100))).containsExactly("Beta 50%_off");
        assertThat(names(queries.page("a_p", null, 100))).isEmpty();
    }

    private static List<String> names(Page<Sample> page) {
        return page.rows().stream().map(Sample::name).toList();
    }

    private Row sample(String name, String barcode, boolean deleted) {
        return new Sample(
                Ids.newId(),
                lab.organizationId,
                name,
                barcode,
                null,
                "Cabinet A",
                SampleStatus.AVAILABLE,
                null,
                null,
                lab.engineer.userId(),
                Lab.NOW,
                Lab.NOW,
                deleted ? Lab.NOW : null,
                1,
                deleted ? lab.engineer.userId() : null,
                deleted ? "broken" : null);
    }
}
