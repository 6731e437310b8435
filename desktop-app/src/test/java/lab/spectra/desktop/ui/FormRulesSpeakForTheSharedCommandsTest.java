package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Stream;
import lab.spectra.desktop.instruments.CalibrationForm;
import lab.spectra.desktop.runs.RunForms;
import lab.spectra.desktop.samples.SampleForms;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.sample.CreateMaterial;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a form marks while someone types is what the shared command would refuse, in the same
 * words: a missing required value, and a value one character longer than the command allows
 * (while one at the limit is not marked). No server, no window: the rules and the commands'
 * checks on an in-memory lab.
 */
class FormRulesSpeakForTheSharedCommandsTest {

    private static final Lab LAB = new Lab();

    /** A form field: its rule, whether it is required, the command's limit, and the command built around a value. */
    private record Field(
            String name, FieldRule<String> rule, boolean required, int limit, Function<String, Command> command) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                        new Field(
                                "New sample: name", SampleForms.NAME, true, 200, name -> newSample(name, "BC-1", null)),
                        new Field(
                                "New sample: barcode",
                                SampleForms.BARCODE,
                                true,
                                64,
                                code -> newSample("N", code, null)),
                        new Field(
                                "New sample: location",
                                SampleForms.LOCATION,
                                false,
                                200,
                                at -> newSample("N", "BC-2", at)),
                        new Field(
                                "New sample: notes",
                                SampleForms.NOTES,
                                false,
                                4000,
                                notes -> new CreateSample(
                                        LAB.meta(LAB.engineer), Ids.newId(), "N", "BC-3", null, null, notes)),
                        new Field(
                                "Edit sample: reason",
                                SampleForms.EDIT_REASON,
                                false,
                                2000,
                                why -> new EditSample(
                                        LAB.meta(LAB.engineer),
                                        LAB.sample.id(),
                                        null,
                                        null,
                                        new FieldChange<>(LAB.sample.location(), "Shelf 2"),
                                        null,
                                        null,
                                        null,
                                        why)),
                        new Field(
                                "Delete sample: reason",
                                SampleForms.DELETION_REASON,
                                true,
                                2000,
                                why -> new DeleteSample(LAB.meta(LAB.pi), LAB.sample.id(), why, 1L)),
                        new Field(
                                "New material: name",
                                SampleForms.MATERIAL_NAME,
                                true,
                                200,
                                name -> new CreateMaterial(LAB.meta(LAB.engineer), Ids.newId(), name, null, null)),
                        new Field(
                                "New material: formula",
                                SampleForms.FORMULA,
                                false,
                                200,
                                formula -> new CreateMaterial(LAB.meta(LAB.engineer), Ids.newId(), "M", formula, null)),
                        new Field(
                                "New material: description",
                                SampleForms.DESCRIPTION,
                                false,
                                4000,
                                text -> new CreateMaterial(LAB.meta(LAB.engineer), Ids.newId(), "M", null, text)),
                        new Field(
                                "Hand-over: from",
                                SampleForms.HANDED_FROM,
                                true,
                                200,
                                from -> handOver(from, "B", null, null)),
                        new Field(
                                "Hand-over: to", SampleForms.HANDED_TO, true, 200, to -> handOver("A", to, null, null)),
                        new Field(
                                "Hand-over: location",
                                SampleForms.NEW_LOCATION,
                                false,
                                200,
                                at -> handOver("A", "B", at, null)),
                        new Field(
                                "Hand-over: reason",
                                SampleForms.REASON,
                                false,
                                1000,
                                why -> handOver("A", "B", null, why)),
                        new Field("Result: quantity", RunForms.QUANTITY, true, 200, quantity -> result(quantity, "V")),
                        new Field("Result: unit", RunForms.UNIT, true, 50, unit -> result("voltage", unit)),
                        new Field(
                                "Calibration: certificate number",
                                CalibrationForm.CERTIFICATE_NUMBER,
                                true,
                                200,
                                number -> calibration(number, null)),
                        new Field(
                                "Calibration: performed by",
                                CalibrationForm.PERFORMED_BY,
                                false,
                                200,
                                who -> calibration("C-1", who)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aValueTooLongIsMarkedWithTheCommandsWords(Field field) {
        String tooLong = "x".repeat(field.limit() + 1);

        assertThat(field.rule().problemWith(tooLong))
                .contains(refusal(field.command().apply(tooLong)));
        assertThat(field.rule().problemWith("x".repeat(field.limit()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aMissingValueIsMarkedExactlyWhenTheCommandRequiresIt(Field field) {
        if (field.required()) {
            assertThat(field.rule().problemWith("  "))
                    .contains(refusal(field.command().apply("  ")));
        } else {
            assertThat(field.rule().problemWith("")).isEmpty();
            // Leaving it empty changes nothing about what the command decides.
            assertThat(decide(field.command().apply("")))
                    .isEqualTo(decide(field.command().apply("ok")));
        }
    }

    @Test
    void theCalibrationDatesAreMarkedWithTheCommandsWords() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(CalibrationForm.expiresOn(() -> today).problemWith(today.minusDays(1)))
                .contains(refusal(calibrationOn(today, today.minusDays(1))));
        assertThat(CalibrationForm.issuedOn(Clock.systemUTC()).problemWith(today.plusDays(1)))
                .contains(refusal(calibrationOn(today.plusDays(1), today.plusDays(400))));
        assertThat(CalibrationForm.issuedOn(Clock.systemUTC()).problemWith(today))
                .isEmpty();
    }

    private static Decision decide(Command command) {
        return command.check(LAB.engineer, LAB.state);
    }

    private static String refusal(Command command) {
        Decision decision = decide(command);
        assertThat(decision).isInstanceOf(Rejected.class);
        return ((Rejected) decision).message();
    }

    private static Command newSample(String name, String barcode, String location) {
        return new CreateSample(LAB.meta(LAB.engineer), Ids.newId(), name, barcode, null, location, null);
    }

    private static Command handOver(String from, String to, String location, String reason) {
        return new RecordCustodyEvent(
                LAB.meta(LAB.technician), Ids.newId(), LAB.sample.id(), from, to, location, reason);
    }

    private static Command result(String quantity, String unit) {
        return new RecordResult(LAB.meta(LAB.technician), Ids.newId(), Ids.newId(), quantity, 1.0, unit, null, null);
    }

    private static Command calibration(String number, String performedBy) {
        return new RecordCalibration(
                LAB.meta(LAB.admin),
                Ids.newId(),
                LAB.smu.id(),
                number,
                Lab.NOW.minusSeconds(86_400),
                Lab.NOW.plusSeconds(86_400 * 365),
                performedBy,
                null);
    }

    private static Command calibrationOn(LocalDate issued, LocalDate expires) {
        return new RecordCalibration(
                LAB.meta(LAB.admin, Instant.now()),
                Ids.newId(),
                LAB.smu.id(),
                "C-2",
                issued.atStartOfDay(ZoneOffset.UTC).toInstant(),
                expires.atStartOfDay(ZoneOffset.UTC).toInstant(),
                null,
                null);
    }
}
