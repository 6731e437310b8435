package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.testing.ExampleCommands;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Once deleted, a sample, its wafers and their devices are kept as they were: nothing is started
 * on them, handed over, linked, added or changed. Each command is the example that applies on a
 * live sample, so only the deletion refuses it.
 */
class ADeletedSampleCannotBeUsedTest {

    private static final List<String> COMMANDS_ON_THE_SAMPLE = List.of(
            "EditSample",
            "CreateWafer",
            "CreateDevice",
            "EditDevice",
            "RecordCustodyEvent",
            "StartRun",
            "WriteElnEntry",
            "DeleteSample");

    @Test
    void everyCommandOnTheSampleOrItsPartsAppliesWhileItIsLive() {
        for (String name : COMMANDS_ON_THE_SAMPLE) {
            Lab lab = new Lab();
            assertThat(lab.handle(example(name, lab), lab.admin)).as(name).isInstanceOf(Applied.class);
        }
    }

    @Test
    void everyCommandOnTheSampleOrItsPartsIsRefusedOnceItIsDeleted() {
        for (String name : COMMANDS_ON_THE_SAMPLE) {
            Lab lab = new Lab();
            assertThat(lab.handle(new DeleteSample(lab.meta(lab.pi), lab.sample.id(), "duplicate", 1L), lab.pi))
                    .isInstanceOf(Applied.class);
            Outcome outcome = lab.handle(example(name, lab), lab.admin);
            assertThat(outcome).as(name).isInstanceOf(Rejected.class);
            assertThat(((Rejected) outcome).code())
                    .as(name)
                    .isIn(RejectionCode.NOT_FOUND, RejectionCode.ILLEGAL_TRANSITION);
        }
    }

    private static Command example(String name, Lab lab) {
        return ExampleCommands.of(CommandTypes.byWireName(name).orElseThrow(), lab, lab.admin);
    }
}
