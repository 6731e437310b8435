package lab.spectra.model.availability;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.RequalificationTrigger;
import lab.spectra.model.qualification.Qualification;

/**
 * A reason a run may not start (or a result not be recorded), with the sentence a person is
 * shown. Sealed, so a screen that explains holds handles every kind; a new kind of hold
 * (out of service, requalification, an SPC hold) is a new record here and a new {@link Permit}.
 * Dates are printed as UTC calendar dates, the same on the bench and on the server.
 */
public sealed interface Hold {

    DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    RejectionCode code();

    String message();

    /** The refusal a command gets for this hold. */
    default Rejected rejection() {
        return new Rejected(code(), message());
    }

    /** The instrument's certificate in force has expired. */
    record CalibrationExpired(CalibrationStatus.Expired status) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.CALIBRATION_EXPIRED;
        }

        @Override
        public String message() {
            return status.message();
        }
    }

    /** The instrument's certificate in force was revoked. */
    record CalibrationRevoked(CalibrationStatus.Revoked status) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.CALIBRATION_REVOKED;
        }

        @Override
        public String message() {
            return status.message();
        }
    }

    /** The instrument has no certificate in force. */
    record CalibrationMissing(CalibrationStatus.Missing status) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.CALIBRATION_MISSING;
        }

        @Override
        public String message() {
            return status.message();
        }
    }

    /** The instrument is out of service, under maintenance or retired (ADR 0022). */
    record InstrumentNotInService(Instrument instrument) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.INSTRUMENT_UNAVAILABLE;
        }

        @Override
        public String message() {
            String reason = instrument.statusReason();
            return instrument.name() + " is " + instrument.status().inWords()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        }

        public InstrumentStatus status() {
            return instrument.status();
        }
    }

    /** The instrument was maintained, moved or used its run limit since its last requalification (ADR 0022). */
    record RequalificationNeeded(String instrumentName, RequalificationTrigger trigger) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.REQUALIFICATION_NEEDED;
        }

        @Override
        public String message() {
            return instrumentName + " needs requalification " + trigger.inWords();
        }
    }

    /** The person has never been qualified for the recipe nor the instrument's kind. */
    record NotQualified(String personName, String recipeTitle, InstrumentKind kind) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.NOT_QUALIFIED;
        }

        @Override
        public String message() {
            return personName + " is not qualified to run " + recipeTitle + " on " + kind.withArticle()
                    + " (no qualification on record)";
        }
    }

    /** The person's qualification for this work has expired. */
    record QualificationExpired(String personName, String sopLabel, Qualification qualification) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.QUALIFICATION_EXPIRED;
        }

        @Override
        public String message() {
            return personName + " is not qualified on " + sopLabel + " \u2014 expired "
                    + DATE.format(qualification.expiresAt());
        }
    }

    /** The person's qualification for this work was revoked. */
    record QualificationRevoked(String personName, String sopLabel, Qualification qualification) implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.QUALIFICATION_REVOKED;
        }

        @Override
        public String message() {
            String reason = qualification.revocationReason();
            return personName + " is not qualified on " + sopLabel + " \u2014 revoked "
                    + DATE.format(
                            qualification.revokedAt() != null ? qualification.revokedAt() : qualification.updatedAt())
                    + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        }
    }

    /**
     * A critical control chart of the instrument has an alert nobody has acknowledged yet: runs of
     * the chart's recipe lineage wait until someone looks (ADR 0026). Said in the words of the rule.
     */
    record SpcAlertOpen(String instrumentName, String recipeName, String seriesName, String ruleSentence)
            implements Hold {
        @Override
        public RejectionCode code() {
            return RejectionCode.SPC_HOLD;
        }

        @Override
        public String message() {
            return instrumentName + " is on hold for " + recipeName + ": SPC alert on " + seriesName + " \u2014 "
                    + ruleSentence + " (acknowledge it on the SPC screen)";
        }
    }
}
