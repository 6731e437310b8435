package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Material;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A recorded result becomes a point on every chart that watches it (same instrument, quantity in
 * any case, unit, recipe lineage by name across versions, material if set), with the id derived
 * from the chart and the result; charts watching anything else get nothing.
 */
class AResultFeedsEveryMatchingSeriesWithADerivedPointIdTest {

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);

    @Test
    void everyMatchingChartGetsThePointAndNoOtherChartDoes() {
        SpcSeries threshold = work.create("Vth", lab.smu.id(), "IV sweep", "Threshold voltage", "V", null);
        SpcSeries sameInOtherWords =
                work.create("Vth (upper case)", lab.smu.id(), "IV SWEEP ", " THRESHOLD VOLTAGE", "V", null);
        SpcSeries otherQuantity = work.create("Vbr", lab.smu.id(), "IV sweep", "breakdown voltage", "V", null);
        SpcSeries otherUnit = work.create("Vth in mV", lab.smu.id(), "IV sweep", "threshold voltage", "mV", null);
        SpcSeries otherLineage = work.create("Vth fine", lab.smu.id(), "IV sweep fine", "threshold voltage", "V", null);
        SpcSeries otherInstrument = work.create("Vth XRD", lab.xrd.id(), "IV sweep", "threshold voltage", "V", null);
        Material gan = new Material(
                Ids.newId(), lab.organizationId, "GaN", "GaN", null, null, Lab.NOW, Lab.NOW, null, 1, null);
        lab.state.put(gan);
        SpcSeries otherMaterial = work.create("Vth GaN", lab.smu.id(), "IV sweep", "threshold voltage", "V", gan.id());
        Run run = work.runStartedAt(Lab.NOW.minus(Duration.ofHours(3)));
        Instant recordedAt = Lab.NOW.minus(Duration.ofHours(2));

        UUID resultId = work.record(run, "threshold voltage", 0.51, "V", recordedAt);

        for (SpcSeries fed : new SpcSeries[] {threshold, sameInOtherWords}) {
            assertThat(work.pointsOf(fed)).singleElement().satisfies(point -> {
                assertThat(point.id()).isEqualTo(SpcPoint.idFor(fed.id(), resultId));
                assertThat(point.resultId()).isEqualTo(resultId);
                assertThat(point.runId()).isEqualTo(run.id());
                assertThat(point.value()).isEqualTo(0.51);
                assertThat(point.measuredAt()).isEqualTo(run.startedAt());
                assertThat(point.recordedAt()).isEqualTo(recordedAt);
                assertThat(point.createdAt()).isEqualTo(Lab.NOW);
            });
        }
        for (SpcSeries notFed :
                new SpcSeries[] {otherQuantity, otherUnit, otherLineage, otherInstrument, otherMaterial}) {
            assertThat(work.pointsOf(notFed)).as(notFed.name()).isEmpty();
        }
    }

    @Test
    void everyVersionOfTheRecipeFeedsItsLineageAndAMaterialChartTakesItsMaterialsSamples() {
        Material gan = new Material(
                Ids.newId(), lab.organizationId, "GaN", "GaN", null, null, Lab.NOW, Lab.NOW, null, 1, null);
        lab.state.put(gan);
        lab.state.put(new lab.spectra.model.sample.Sample(
                lab.sample.id(),
                lab.organizationId,
                lab.sample.name(),
                lab.sample.barcode(),
                gan.id(),
                lab.sample.location(),
                lab.sample.status(),
                lab.sample.notes(),
                lab.sample.metadata(),
                lab.sample.createdBy(),
                lab.sample.createdAt(),
                lab.sample.updatedAt(),
                null,
                lab.sample.rowVersion(),
                null,
                null));
        SpcSeries ganOnly = work.create("Vth GaN", lab.smu.id(), "IV sweep", "threshold voltage", "V", gan.id());
        Recipe version2 = new Recipe(
                Ids.newId(),
                lab.organizationId,
                "iv sweep",
                lab.approvedIvSweep.instrumentKind(),
                lab.approvedIvSweep.parameters(),
                2,
                lab.approvedIvSweep.status(),
                lab.engineer.userId(),
                java.util.List.of(),
                lab.pi.userId(),
                Lab.NOW,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                null,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        lab.state.put(version2);

        UUID first = work.record(
                work.runStartedAt(Lab.NOW.minus(Duration.ofHours(3))), "threshold voltage", 0.5, "V", Lab.NOW);
        UUID second = work.record(
                work.runStartedAt(Lab.NOW.minus(Duration.ofHours(2)), version2),
                "threshold voltage",
                0.6,
                "V",
                Lab.NOW);

        assertThat(work.pointsOf(ganOnly))
                .extracting(SpcPoint::id)
                .containsExactly(SpcPoint.idFor(ganOnly.id(), first), SpcPoint.idFor(ganOnly.id(), second));
    }

    @Test
    void aDeletedChartIsNotFed() {
        SpcSeries chart = work.create("Vth", lab.smu.id(), "IV sweep", "threshold voltage", "V", null);
        SpcSeries deleted = new SpcSeries(
                chart.id(),
                chart.organizationId(),
                chart.instrumentId(),
                chart.parameter(),
                chart.unit(),
                null,
                null,
                null,
                chart.createdAt(),
                Lab.NOW,
                Lab.NOW,
                chart.rowVersion() + 1,
                chart.name(),
                chart.recipeName(),
                null,
                chart.chartType(),
                1,
                20,
                chart.enabledRules(),
                chart.ruleNumbering(),
                false,
                null,
                null,
                null,
                null,
                chart.createdBy());
        lab.state.put(deleted);

        work.record(work.runStartedAt(Lab.NOW.minus(Duration.ofHours(3))), "threshold voltage", 0.5, "V", Lab.NOW);

        assertThat(work.pointsOf(deleted)).isEmpty();
    }
}
