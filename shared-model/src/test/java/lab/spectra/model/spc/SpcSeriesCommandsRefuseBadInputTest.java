package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Creating and editing a chart refuses what it cannot work with, in words, and changes nothing:
 * missing text, a chart type that does not fit its subgroups, a baseline under 20, rule numbers
 * outside 1..8, specification limits the wrong way round, a name already taken, another lab's
 * instrument, and an edit of a chart someone else changed since it was opened.
 */
class SpcSeriesCommandsRefuseBadInputTest {

    private final Lab lab = new Lab();

    private record Create(
            String name,
            UUID instrumentId,
            String recipe,
            String quantity,
            String unit,
            ChartType chart,
            Integer subgroupSize,
            Integer baselineSize,
            List<Integer> rules,
            Double lowerSpec,
            Double upperSpec) {

        Create with(String field, Object value) {
            return new Create(
                    field.equals("name") ? (String) value : name,
                    instrumentId,
                    field.equals("recipe") ? (String) value : recipe,
                    field.equals("quantity") ? (String) value : quantity,
                    field.equals("unit") ? (String) value : unit,
                    field.equals("chart") ? (ChartType) value : chart,
                    field.equals("subgroupSize") ? (Integer) value : subgroupSize,
                    field.equals("baselineSize") ? (Integer) value : baselineSize,
                    field.equals("rules") ? castRules(value) : rules,
                    field.equals("lowerSpec") ? (Double) value : lowerSpec,
                    field.equals("upperSpec") ? (Double) value : upperSpec);
        }

        @SuppressWarnings("unchecked")
        private static List<Integer> castRules(Object value) {
            return (List<Integer>) value;
        }
    }

    private Create valid() {
        return new Create(
                "Vth", lab.smu.id(), "IV sweep", "threshold voltage", "V", null, null, null, null, null, null);
    }

    private CreateSpcSeries command(Create c) {
        return new CreateSpcSeries(
                lab.meta(lab.engineer),
                Ids.newId(),
                c.name(),
                c.instrumentId(),
                c.recipe(),
                c.quantity(),
                c.unit(),
                null,
                c.chart(),
                c.subgroupSize(),
                c.baselineSize(),
                c.rules(),
                null,
                null,
                c.lowerSpec(),
                c.upperSpec());
    }

    static Stream<Arguments> badCharts() {
        return Stream.of(
                Arguments.of("name", "  ", "The chart's name is required"),
                Arguments.of("name", "x".repeat(201), "The chart's name is longer than 200 characters"),
                Arguments.of("recipe", null, "The recipe is required"),
                Arguments.of("quantity", "", "The quantity is required"),
                Arguments.of("unit", null, "The unit is required"),
                Arguments.of(
                        "subgroupSize", 5, "An individuals chart plots single points: its subgroup size is 1, not 5"),
                Arguments.of("chart", ChartType.XBAR_R, "An X-bar-R chart needs subgroups of 2 to 10 points"),
                Arguments.of("baselineSize", 19, "A baseline needs at least 20 points or subgroups"),
                Arguments.of("rules", List.of(1, 9), "Rules are Nelson's rules 1 to 8; 9 is not one of them"),
                Arguments.of("lowerSpec", 2.0, "The lower specification limit must be below the upper one"),
                Arguments.of("upperSpec", Double.NaN, "Specification limits must be finite numbers"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badCharts")
    void aBadChartIsRefusedInWordsAndNothingIsCreated(String field, Object value, String message) {
        Create bad = valid().with("lowerSpec", 0.0).with("upperSpec", 1.0).with(field, value);

        Outcome outcome = lab.handle(command(bad), lab.engineer);

        assertThat(outcome).isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, message));
        assertThat(lab.state.all(SpcSeries.class)).hasSize(2);
    }

    @Test
    void anXBarChartWithSubgroupsOfFiveIsFine() {
        Outcome outcome =
                lab.handle(command(valid().with("chart", ChartType.XBAR_S).with("subgroupSize", 5)), lab.engineer);

        assertThat(outcome).isInstanceOf(Applied.class);
    }

    @Test
    void aNameTakenInAnyCaseIsRefused() {
        Outcome outcome = lab.handle(command(valid().with("name", " threshold VOLTAGE smu-01 ")), lab.engineer);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.DUPLICATE_NAME, "A control chart named Threshold voltage SMU-01 already exists"));
    }

    @Test
    void anotherLabsInstrumentIsNotFound() {
        Instrument theirs = new Lab().instrument("SMU-99", InstrumentKind.SMU);
        lab.state.put(theirs);
        Create onTheirs = new Create(
                "Vth", theirs.id(), "IV sweep", "threshold voltage", "V", null, null, null, null, null, null);

        assertThat(lab.handle(command(onTheirs), lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The instrument was not found in this organization"));
    }

    @Test
    void anEditOfAChartChangedSinceItWasOpenedIsAConflict() {
        SpcSeries opened = lab.spcSeries;
        assertThat(lab.handle(
                        edit(lab.engineer, opened, "Vth (renamed)", List.of(1, 2), opened.rowVersion()), lab.engineer))
                .isInstanceOf(Applied.class);
        SpcSeries current = lab.state.spcSeries(opened.id()).orElseThrow();

        Outcome stale = lab.handle(edit(lab.pi, opened, "Vth (mine)", List.of(1), opened.rowVersion()), lab.pi);

        assertThat(stale)
                .isEqualTo(new Conflict(
                        "The control chart Vth (renamed) was changed by someone else after you opened it", current));
        assertThat(lab.state.spcSeries(opened.id())).contains(current);
        assertThat(current.enabledRules()).containsExactly(1, 2);
        assertThat(current.rowVersion()).isEqualTo(opened.rowVersion() + 1);
    }

    @Test
    void anEditWithARuleOutsideOneToEightIsRefused() {
        Outcome outcome = lab.handle(
                edit(lab.engineer, lab.spcSeries, null, List.of(0), lab.spcSeries.rowVersion()), lab.engineer);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT, "Rules are Nelson's rules 1 to 8; 0 is not one of them"));
    }

    private EditSpcSeries edit(
            lab.spectra.model.auth.Actor author, SpcSeries series, String name, List<Integer> rules, long rowVersion) {
        return new EditSpcSeries(
                lab.meta(author), series.id(), name, rules, null, null, null, null, "tidy up", rowVersion);
    }
}
