package lab.spectra.model.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What an admin decides for the whole lab (issue 13), kept in {@code organizations.settings},
 * signed into every identity snapshot for the benches, and used by both sides: how long benches
 * may work offline, how early expiring calibrations and qualifications are warned about, how
 * large an attachment may be, and how long a password must at least be.
 *
 * @param offlineGraceDays         days after a person's last online contact they may sign in offline
 * @param offlineWindowDays        days after a bench's last time receipt a command's time is vouched for
 * @param calibrationWarningDays   days before a calibration expires that it is warned about
 * @param qualificationWarningDays days before a qualification expires that it is warned about
 * @param attachmentLimitMb        the largest attachment accepted, in MiB
 * @param passwordMinLength        the shortest password accepted; never below {@link #PASSWORD_FLOOR}
 * @param keepPreviousVersionsApproved 1 to keep a recipe's or SOP's earlier approved versions
 *                                 approved when a new version is approved; 0 (the default) retires
 *                                 them automatically (ADR 0027)
 */
public record OrganizationSettings(
        int offlineGraceDays,
        int offlineWindowDays,
        int calibrationWarningDays,
        int qualificationWarningDays,
        int attachmentLimitMb,
        int passwordMinLength,
        int keepPreviousVersionsApproved) {

    /** The server's own minimum password length: an organization may only ask for more. */
    public static final int PASSWORD_FLOOR = 12;

    public static final OrganizationSettings DEFAULTS = new OrganizationSettings(7, 7, 7, 30, 100, PASSWORD_FLOOR, 0);

    /** One setting: its name (in the API and the stored JSON) and the whole numbers it may take. */
    public enum Field {
        OFFLINE_GRACE_DAYS("offline_grace_days", 1, 365),
        OFFLINE_WINDOW_DAYS("offline_window_days", 1, 365),
        CALIBRATION_WARNING_DAYS("calibration_warning_days", 0, 365),
        QUALIFICATION_WARNING_DAYS("qualification_warning_days", 0, 365),
        ATTACHMENT_LIMIT_MB("attachment_limit_mb", 1, 2048),
        PASSWORD_MIN_LENGTH("password_min_length", PASSWORD_FLOOR, 128),
        /** Added after the others: a request without it keeps what the organization has (see {@link #requested}). */
        KEEP_PREVIOUS_VERSIONS_APPROVED("keep_previous_versions_approved", 0, 1);

        private final String wireName;
        private final int min;
        private final int max;

        Field(String wireName, int min, int max) {
            this.wireName = wireName;
            this.min = min;
            this.max = max;
        }

        public String wireName() {
            return wireName;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        /** Whether a request must name this setting; ones added later may be left out by older clients. */
        public boolean optional() {
            return this == KEEP_PREVIOUS_VERSIONS_APPROVED;
        }

        public boolean allows(int value) {
            return value >= min && value <= max;
        }

        /** Why a value is refused, in words; the password's floor is said as such. */
        public String refusal() {
            if (this == PASSWORD_MIN_LENGTH) {
                return wireName + " must be a whole number from " + min + " (the server's minimum; an"
                        + " organization may only tighten it) to " + max;
            }
            return wireName + " must be a whole number from " + min + " to " + max;
        }
    }

    /** Settings an admin asked for, or why they cannot be taken. */
    public sealed interface Parsed {}

    public record Valid(OrganizationSettings settings) implements Parsed {}

    /** @param problems one sentence per field that is wrong */
    public record Invalid(List<String> problems) implements Parsed {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    public OrganizationSettings {
        int[] values = {
            offlineGraceDays,
            offlineWindowDays,
            calibrationWarningDays,
            qualificationWarningDays,
            attachmentLimitMb,
            passwordMinLength,
            keepPreviousVersionsApproved
        };
        for (Field field : Field.values()) {
            if (!field.allows(values[field.ordinal()])) {
                throw new IllegalArgumentException(field.refusal());
            }
        }
    }

    /** Settings from before {@link Field#KEEP_PREVIOUS_VERSIONS_APPROVED}: earlier versions are retired. */
    public OrganizationSettings(
            int offlineGraceDays,
            int offlineWindowDays,
            int calibrationWarningDays,
            int qualificationWarningDays,
            int attachmentLimitMb,
            int passwordMinLength) {
        this(
                offlineGraceDays,
                offlineWindowDays,
                calibrationWarningDays,
                qualificationWarningDays,
                attachmentLimitMb,
                passwordMinLength,
                0);
    }

    public int value(Field field) {
        return switch (field) {
            case OFFLINE_GRACE_DAYS -> offlineGraceDays;
            case OFFLINE_WINDOW_DAYS -> offlineWindowDays;
            case CALIBRATION_WARNING_DAYS -> calibrationWarningDays;
            case QUALIFICATION_WARNING_DAYS -> qualificationWarningDays;
            case ATTACHMENT_LIMIT_MB -> attachmentLimitMb;
            case PASSWORD_MIN_LENGTH -> passwordMinLength;
            case KEEP_PREVIOUS_VERSIONS_APPROVED -> keepPreviousVersionsApproved;
        };
    }

    /** Whether approving a new version leaves the earlier approved versions approved (ADR 0027). */
    public boolean keepsPreviousVersionsApproved() {
        return keepPreviousVersionsApproved == 1;
    }

    /** The same settings with another choice about earlier approved versions. */
    public OrganizationSettings withKeepPreviousVersionsApproved(boolean keep) {
        return new OrganizationSettings(
                offlineGraceDays,
                offlineWindowDays,
                calibrationWarningDays,
                qualificationWarningDays,
                attachmentLimitMb,
                passwordMinLength,
                keep ? 1 : 0);
    }

    public OfflineSettings offline() {
        return new OfflineSettings(Duration.ofDays(offlineGraceDays), Duration.ofDays(offlineWindowDays));
    }

    public Duration calibrationWarning() {
        return Duration.ofDays(calibrationWarningDays);
    }

    public Duration qualificationWarning() {
        return Duration.ofDays(qualificationWarningDays);
    }

    public long attachmentLimitBytes() {
        return attachmentLimitMb * 1024L * 1024L;
    }

    /** The organization's settings as stored; a value missing or out of range reads as its default. */
    public static OrganizationSettings of(Organization organization) {
        return stored(organization.settings());
    }

    /** Settings from their stored JSON ({@code password_policy.min_length} for the password). */
    public static OrganizationSettings stored(JsonNode json) {
        int[] values = new int[Field.values().length];
        for (Field field : Field.values()) {
            JsonNode value = json == null ? null : storedNode(json, field);
            int fallback = DEFAULTS.value(field);
            values[field.ordinal()] =
                    value != null && value.canConvertToInt() && field.allows(value.asInt()) ? value.asInt() : fallback;
        }
        return fromValues(values);
    }

    /**
     * Settings an admin sent: an object with every field, each a whole number in its range, and
     * nothing else. Nothing is guessed: a string, a fraction or a missing field is refused, except
     * that an {@linkplain Field#optional() optional} field left out takes its default.
     */
    public static Parsed requested(JsonNode body) {
        return requested(body, DEFAULTS);
    }

    /**
     * Like {@link #requested(JsonNode)}, with an optional field left out keeping its value in
     * {@code current}: a client from before the field existed does not reset it.
     */
    public static Parsed requested(JsonNode body, OrganizationSettings current) {
        if (body == null || !body.isObject()) {
            return new Invalid(List.of("The settings must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        int[] values = new int[Field.values().length];
        for (Field field : Field.values()) {
            JsonNode value = body.get(field.wireName());
            if ((value == null || value.isNull()) && field.optional()) {
                values[field.ordinal()] = current.value(field);
            } else if (value == null || value.isNull()) {
                problems.add(field.wireName() + " is required");
            } else if (!value.isIntegralNumber() || !value.canConvertToInt() || !field.allows(value.asInt())) {
                problems.add(field.refusal());
            } else {
                values[field.ordinal()] = value.asInt();
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (Arrays.stream(Field.values())
                    .noneMatch(field -> field.wireName().equals(name))) {
                problems.add("Unknown setting: " + name);
            }
        }
        return problems.isEmpty() ? new Valid(fromValues(values)) : new Invalid(problems);
    }

    /** These settings as the API shows them: one whole number per field. */
    public void writeTo(ObjectNode json) {
        for (Field field : Field.values()) {
            json.put(field.wireName(), value(field));
        }
    }

    /** The organization's stored settings with these written over them (other keys are kept). */
    public ObjectNode storedIn(ObjectNode current) {
        ObjectNode updated = current.deepCopy();
        for (Field field : Field.values()) {
            if (field == Field.PASSWORD_MIN_LENGTH) {
                ObjectNode policy = updated.path("password_policy").isObject()
                        ? (ObjectNode) updated.get("password_policy")
                        : updated.putObject("password_policy");
                policy.put("min_length", passwordMinLength);
            } else {
                updated.put(field.wireName(), value(field));
            }
        }
        return updated;
    }

    private static JsonNode storedNode(JsonNode json, Field field) {
        return field == Field.PASSWORD_MIN_LENGTH
                ? json.path("password_policy").get("min_length")
                : json.get(field.wireName());
    }

    private static OrganizationSettings fromValues(int[] values) {
        return new OrganizationSettings(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }
}
