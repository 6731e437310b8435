package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The ordinary offline day: two days of signed work on a valid instrument is applied as it was made, with no flags. */
class ATechnicianOfflineForTwoDaysSyncsWithEverythingAppliedTest {

    private static final TrustLab LAB = new TrustLab("two-days");

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void runsAndResultsMadeOverTwoDaysOfflineAreAppliedAtTheirOwnTimes() {
        Instant start = LAB.clock.instant();
        UUID smu = LAB.lab.instrumentWithValidCalibration(LAB.org, "SMU-T1", InstrumentKind.SMU);
        UUID recipe = LAB.lab.approvedRecipe(LAB.org, "Sweep T1", InstrumentKind.SMU);
        UUID sample = LAB.lab.sample(LAB.org, "TD-1");
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());
        List<Command> work = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            Instant morning = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(1));
            StartRun run = bench.sign(
                    new StartRun(bench.meta(LAB.org.technician(), morning), Ids.newId(), recipe, smu, sample, null));
            work.add(run);
            work.add(bench.sign(new RecordResult(
                    bench.meta(LAB.org.technician(), morning.plus(Duration.ofMinutes(30))),
                    Ids.newId(),
                    run.runId(),
                    "I_on",
                    3.2e-4,
                    "A",
                    null,
                    null)));
            work.add(bench.sign(new FinishRun(
                    bench.meta(LAB.org.technician(), morning.plus(Duration.ofMinutes(40))), run.runId())));
        }

        LAB.clock.advance(Duration.ofDays(2).plusHours(3));
        List<CommandResult> answers =
                bench.push(LAB.org.technician(), work.toArray(Command[]::new)).results();

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer).isInstanceOf(CommandResult.Applied.class);
            assertThat(((CommandResult.Applied) answer).review()).isNull();
        });
        StartRun secondDay = (StartRun) work.get(3);
        assertThat(LAB.http
                        .get("/api/analysis/runs/" + secondDay.runId(), LAB.token(LAB.org.technician()))
                        .body()
                        .path("run")
                        .get("started_at")
                        .asText())
                .isEqualTo(secondDay.meta().authoredAt().toString());
    }
}
