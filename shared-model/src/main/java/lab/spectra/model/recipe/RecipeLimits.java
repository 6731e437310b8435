package lab.spectra.model.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

final class RecipeLimits {

    static final int NAME = 200;
    static final int COMMENT = 2000;
    /** A recipe follows a handful of procedures, not a library. */
    static final int SOPS = 20;
    /** Parameters are a small JSON object of settings, not a place for data. */
    static final int PARAMETERS_CHARACTERS = 64 * 1024;

    private RecipeLimits() {}

    static Optional<Rejected> checkParameters(JsonNode parameters) {
        if (parameters != null && !parameters.isNull() && !parameters.isObject()) {
            return Checks.fail(RejectionCode.INVALID_INPUT, "Recipe parameters must be a JSON object");
        }
        if (parameters != null && parameters.toString().length() > PARAMETERS_CHARACTERS) {
            return Checks.fail(
                    RejectionCode.INVALID_INPUT,
                    "Recipe parameters are larger than " + PARAMETERS_CHARACTERS / 1024 + " KiB");
        }
        return Checks.pass();
    }
}
