package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedEntryShowsItsTextInAnEmbeddedUnicodeFontTest {

    private final EntryPdf printer = new EntryPdf();

    @Test
    void greekLettersAndLabSymbolsInTheBodyAreInThePdfText() {
        byte[] pdf = printer.bytes(PrintedPdfs.entry(
                "Wavefunction Ψ fitted; Δ = 0.12 nm at θ = 45° ± 0.5°, 25 µm slit, Å scale.", List.of()));

        String text = PrintedPdfs.text(pdf);

        assertThat(text).contains("Ψ", "Δ", "θ", "µ", "±", "Å", "°");
        assertThat(text).contains("Δ = 0.12 nm at θ = 45° ± 0.5°, 25 µm slit");
        assertThat(text).contains("Raman baseline of sample S-0042");
    }

    @Test
    void everyCharacterIsDrawnInAnEmbeddedLiberationFont() {
        byte[] pdf = printer.bytes(PrintedPdfs.entry(
                "Plain *and* **strong** and ***both*** and `code` Ψ.", List.of(PrintedPdfs.authored("Tara Tech"))));

        assertThat(PrintedPdfs.fontsOfTheText(pdf))
                .containsExactly(
                        "LiberationMono embedded",
                        "LiberationSans embedded",
                        "LiberationSans-Bold embedded",
                        "LiberationSans-BoldItalic embedded",
                        "LiberationSans-Italic embedded");
    }

    @Test
    void headingsListsCodeAndQuotesOfTheMarkdownArePrintedAsText() {
        String body = """
                # Method

                A paragraph with *emphasis* and **strong** words.

                - first bullet
                - second bullet
                  1. nested step

                3. third numbered
                4. fourth numbered

                > quoted remark

                ```
                fit(x) = a·x + b
                ```
                """;

        String text = PrintedPdfs.text(printer.bytes(PrintedPdfs.entry(body, List.of())));

        assertThat(text)
                .contains("Method", "A paragraph with emphasis and strong words.")
                .contains("first bullet", "second bullet", "nested step")
                .contains("third numbered", "fourth numbered", "3.", "4.")
                .contains("quoted remark", "fit(x) = a·x + b")
                .doesNotContain("# Method", "**strong**", "```");
    }
}
