package lab.spectra.desktop.admin.apikeys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.apikey.ApiKeyScope;
import lab.spectra.model.instrument.Instrument;

/**
 * API keys for instrument software: make one (a name, scopes, the instrument a results key is
 * limited to, an expiry), see it once to copy it into the software, list the lab's keys and
 * revoke one after confirming. The server keeps the keys, so this screen works online only.
 */
public final class ApiKeysViewModel {

    /** The server refuses longer lives; one day less keeps a date picked at midnight within it. */
    public static final int MAX_DAYS = 365;

    public static final int DEFAULT_DAYS = 90;

    private final ApiKeyDirectory directory;
    private final ApiKeyQueries queries;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<AdminClient.LabApiKey> keys = FXCollections.observableArrayList();
    private final ObservableList<Instrument> instruments = FXCollections.observableArrayList();
    private final ObjectProperty<AdminClient.LabApiKey> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty resultsWrite = new SimpleBooleanProperty();
    private final BooleanProperty attachmentsWrite = new SimpleBooleanProperty();
    private final BooleanProperty samplesRead = new SimpleBooleanProperty();
    private final BooleanProperty runsRead = new SimpleBooleanProperty();
    private final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper createdKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AdminClient.LabApiKey> pendingRevocation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding creatable;

    public ApiKeysViewModel(ApiKeyDirectory directory, ApiKeyQueries queries, TaskRunner tasks, Clock clock) {
        this.directory = directory;
        this.queries = queries;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
        expiresOn.set(today().plusDays(DEFAULT_DAYS));
        this.creatable = Bindings.createBooleanBinding(
                () -> !name.get().isBlank()
                        && (resultsWrite.get() || attachmentsWrite.get() || samplesRead.get() || runsRead.get())
                        && expiresOn.get() != null,
                name,
                resultsWrite,
                attachmentsWrite,
                samplesRead,
                runsRead,
                expiresOn);
        load();
    }

    public ObservableList<AdminClient.LabApiKey> keys() {
        return keys;
    }

    public ObservableList<Instrument> instruments() {
        return instruments;
    }

    public ObjectProperty<AdminClient.LabApiKey> selected() {
        return selected;
    }

    public StringProperty name() {
        return name;
    }

    public BooleanProperty resultsWrite() {
        return resultsWrite;
    }

    public BooleanProperty attachmentsWrite() {
        return attachmentsWrite;
    }

    public BooleanProperty samplesRead() {
        return samplesRead;
    }

    public BooleanProperty runsRead() {
        return runsRead;
    }

    /** The one instrument a results key may write for; none means every instrument. */
    public ObjectProperty<Instrument> instrument() {
        return instrument;
    }

    public ObjectProperty<LocalDate> expiresOn() {
        return expiresOn;
    }

    /** The key just made, to copy now: it is never shown again. Empty otherwise. */
    public ReadOnlyStringProperty createdKey() {
        return createdKey.getReadOnlyProperty();
    }

    /** The key the admin asked to revoke, waiting for their confirmation; null otherwise. */
    public ReadOnlyObjectProperty<AdminClient.LabApiKey> pendingRevocation() {
        return pendingRevocation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding creatable() {
        return creatable;
    }

    public void load() {
        tasks.run(queries::instruments, instruments::setAll, failure -> message.set(Problems.describe(failure)));
        tasks.run(directory::keys, keys::setAll, failure -> message.set(Problems.describeOnline(failure)));
    }

    public void create() {
        if (!creatable.get()) {
            message.set("Name the key, tick at least one scope and choose when it expires");
            return;
        }
        LocalDate expiry = expiresOn.get();
        if (!expiry.isAfter(today()) || expiry.isAfter(today().plusDays(MAX_DAYS))) {
            message.set("A key expires after today and at most " + MAX_DAYS + " days from now");
            return;
        }
        String keyName = name.get().strip();
        List<String> scopes = scopeTexts();
        Instant expiresAt = expiry.atStartOfDay(zone).toInstant();
        createdKey.set("");
        tasks.run(
                () -> directory.createKey(keyName, scopes, expiresAt),
                made -> {
                    createdKey.set(made.key());
                    name.set("");
                    message.set("The key " + keyName + " was made. Copy it into the instrument software now: it is"
                            + " shown this once, and the lab keeps only its hash.");
                    load();
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    /** The admin has copied the key (or given up on it): it leaves the screen for good. */
    public void dismissKey() {
        createdKey.set("");
    }

    public void askToRevoke() {
        AdminClient.LabApiKey key = selected.get();
        if (key == null || key.revoked()) {
            message.set(key == null ? "Choose a key first" : key.name() + " is revoked already");
            return;
        }
        pendingRevocation.set(key);
    }

    public void cancelRevoke() {
        pendingRevocation.set(null);
    }

    public void confirmRevoke() {
        AdminClient.LabApiKey key = pendingRevocation.get();
        if (key == null) {
            return;
        }
        pendingRevocation.set(null);
        tasks.run(
                () -> directory.revokeKey(key.id()),
                revoked -> {
                    message.set(key.name() + " is revoked: software using it is refused from its next request");
                    load();
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    /** "Revoke Keithley-2 export? Software using it stops working at once." */
    public static String confirmation(AdminClient.LabApiKey key) {
        return key == null
                ? ""
                : "Revoke " + key.name() + " (" + key.prefix() + "…)? Software using it stops working at once;"
                        + " this cannot be undone.";
    }

    /** The scopes in words, a results key's instrument by name. */
    public String scopesOf(AdminClient.LabApiKey key) {
        Map<UUID, String> names = instruments.stream().collect(Collectors.toMap(Instrument::id, Instrument::name));
        return key.scopes().stream()
                .map(text -> ApiKeyScope.parse(text)
                        .map(scope -> scope.instrumentId() == null
                                ? scope.kind().text()
                                : scope.kind().text() + " ("
                                        + Optional.ofNullable(names.get(scope.instrumentId()))
                                                .orElse("instrument " + scope.instrumentId())
                                        + ")")
                        .orElse(text))
                .collect(Collectors.joining(", "));
    }

    public String state(AdminClient.LabApiKey key) {
        if (key.revoked()) {
            return "Revoked " + Times.format(key.revokedAt())
                    + (key.revokedByName() == null ? "" : " by " + key.revokedByName());
        }
        return key.expiresAt() != null && !clock.instant().isBefore(key.expiresAt()) ? "Expired" : "Active";
    }

    public static String created(AdminClient.LabApiKey key) {
        return Times.format(key.createdAt()) + (key.createdByName() == null ? "" : " by " + key.createdByName());
    }

    private List<String> scopeTexts() {
        List<String> scopes = new ArrayList<>();
        if (resultsWrite.get()) {
            ApiKeyScope results = new ApiKeyScope(
                    ApiKeyScope.Kind.RESULTS_WRITE,
                    instrument.get() == null ? null : instrument.get().id());
            scopes.add(results.text());
        }
        if (attachmentsWrite.get()) {
            scopes.add(ApiKeyScope.Kind.ATTACHMENTS_WRITE.text());
        }
        if (samplesRead.get()) {
            scopes.add(ApiKeyScope.Kind.SAMPLES_READ.text());
        }
        if (runsRead.get()) {
            scopes.add(ApiKeyScope.Kind.RUNS_READ.text());
        }
        return scopes;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
