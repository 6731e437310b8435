package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.auth.login.PasswordReentry;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * The electronic lab notebook: entries, full-text search, edits, e-signatures with password
 * re-entry, their manifestation and their verification (ADR 0006, 0018).
 */
public final class ElnRoutes {

    /** An entry's versions; few enough (one per edit) to send whole, without paging. */
    public record Versions(List<ElnEntryVersion> items) {}

    public record NewEntry(UUID id, String title, String bodyMarkdown, List<UUID> sampleIds, List<UUID> runIds) {}

    /**
     * A request to sign a notebook entry. It names the version the signer read, by its content hash
     * or by its row version (or both); naming neither is refused, so that a signature never covers
     * a version its signer did not see (ADR 0010).
     *
     * @param contentSha256      the hash of the content the signer was shown
     * @param expectedRowVersion the entry's {@code row_version} the signer was shown
     */
    public record SignRequest(
            UUID signatureId,
            SignatureMeaning meaning,
            String password,
            String contentSha256,
            Long expectedRowVersion) {}

    /**
     * An edit of an entry's title or text (a field left out is not touched). The editor names the
     * version they changed: by each field's {@code from} (the value they saw), or by the entry's
     * row version, from which the server fills in a missing {@code from}; naming neither is refused
     * (ADR 0004: title and text are regulated, so a change by someone else meanwhile is a conflict).
     *
     * @param reason why the entry was changed; shown on every signature the edit voids
     */
    public record EntryEdit(
            FieldChange<String> title, FieldChange<String> bodyMarkdown, Long expectedRowVersion, String reason) {}

    public static void register(
            ApiRoutes routes,
            ElnQueries entries,
            ElnSignatures signatures,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies,
            LoginService logins) {
        routes.get(
                "/api/lims/eln",
                "Notebook entries, newest last; ?q= searches their text",
                List.of("limit", "cursor", "q"),
                (ctx, user) ->
                        ctx.json(entries.page(user, new ElnQueries.Search(ctx.queryParam("q")), Pages.request(ctx))));
        routes.get(
                "/api/lims/eln/{id}/versions",
                "Every saved version of an entry, version 1 (as written) first; the edit history",
                List.of(),
                (ctx, user) -> ctx.json(new Versions(entries.versions(user, Requests.pathId(ctx, "The notebook entry"))
                        .orElseThrow(() -> ApiException.notFound("The notebook entry")))));
        routes.post("/api/lims/eln", "Write a notebook entry", NewEntry.class, (ctx, user) -> {
            NewEntry body = bodies.read(ctx, NewEntry.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new WriteElnEntry(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.title(),
                                    body.bodyMarkdown(),
                                    body.sampleIds(),
                                    body.runIds()),
                            user.asActor()),
                    201);
        });
        routes.put(
                "/api/lims/eln/{id}",
                "Edit an entry's title or text; valid signatures of the old content are voided, with the reason",
                EntryEdit.class,
                (ctx, user) -> {
                    UUID entryId = Requests.pathId(ctx, "The notebook entry");
                    EntryEdit body = bodies.read(ctx, EntryEdit.class);
                    EditElnEntry edit = editOf(entries, user, entryId, body, metas.of(ctx, user));
                    CommandResponses.send(ctx, commands.execute(edit, user.asActor()), 200);
                });
        routes.get(
                "/api/lims/eln/{id}/signatures",
                "Every signature of an entry, valid and voided, as printed: name, meaning, time and zone, voiding",
                List.of(),
                (ctx, user) -> {
                    UUID entryId = Requests.pathId(ctx, "The notebook entry");
                    ctx.json(signatures
                            .of(user, entryId)
                            .orElseThrow(() -> ApiException.notFound("The notebook entry")));
                });
        routes.get(
                "/api/lims/eln/{id}/signatures/{signatureId}/verification",
                "What a signature covers, by whom and when, whether its device signature and countersignature"
                        + " verify, and whether it still holds",
                List.of(),
                (ctx, user) -> {
                    UUID entryId = Requests.pathId(ctx, "The notebook entry");
                    UUID signatureId = parseSignatureId(ctx.pathParam("signatureId"));
                    ctx.json(signatures
                            .verify(user, entryId, signatureId)
                            .orElseThrow(() -> ApiException.notFound("The signature")));
                });
        routes.post(
                "/api/lims/eln/{id}/sign",
                "Sign an entry (authored, reviewed, approved); the signer re-enters their password",
                SignRequest.class,
                (ctx, user) -> {
                    UUID entryId = Requests.pathId(ctx, "The notebook entry");
                    SignRequest body = bodies.read(ctx, SignRequest.class);
                    PasswordReentry.require(logins, ctx, user, body.password(), "Signing");
                    String hash = body.contentSha256();
                    if (body.expectedRowVersion() != null) {
                        ElnEntry entry = entries.entry(user, entryId)
                                .orElseThrow(() -> ApiException.notFound("The notebook entry"));
                        if (entry.rowVersion() != body.expectedRowVersion()) {
                            throw new ApiException(
                                    409,
                                    RejectionCode.SIGNED_CONTENT_CHANGED.wireName(),
                                    "Entry " + entry.title()
                                            + " was changed after you opened it; read the current version and sign"
                                            + " again");
                        }
                        hash = hash != null ? hash : SignedContent.sha256(entry);
                    }
                    if (hash == null) {
                        throw new ApiException(
                                422,
                                RejectionCode.INVALID_INPUT.wireName(),
                                "Say which version of the entry you are signing: content_sha256 (the hash of what"
                                        + " you read) or expected_row_version (the row_version shown to you);"
                                        + " nothing was signed");
                    }
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new SignElnEntry(
                                            metas.of(ctx, user),
                                            body.signatureId() != null ? body.signatureId() : Ids.newId(),
                                            entryId,
                                            body.meaning(),
                                            hash),
                                    user.asActor()),
                            201);
                });
    }

    private static EditElnEntry editOf(
            ElnQueries entries, UserAccount user, UUID entryId, EntryEdit body, CommandMeta meta) {
        if (body.title() == null && body.bodyMarkdown() == null) {
            throw new ApiException(
                    422,
                    RejectionCode.INVALID_INPUT.wireName(),
                    "The edit changes nothing: give title and/or body_markdown as {from, to}");
        }
        FieldChange<String> title = body.title();
        FieldChange<String> text = body.bodyMarkdown();
        if (body.expectedRowVersion() != null) {
            ElnEntry entry =
                    entries.entry(user, entryId).orElseThrow(() -> ApiException.notFound("The notebook entry"));
            if (entry.rowVersion() != body.expectedRowVersion()) {
                throw new ApiException(
                        409,
                        RejectionCode.CONFLICT.wireName(),
                        "Entry " + entry.title() + " was changed by someone else after you opened it (version "
                                + entry.rowVersion() + ", you saw " + body.expectedRowVersion()
                                + "); nothing was changed");
            }
            title = title == null || title.from() != null ? title : new FieldChange<>(entry.title(), title.to());
            text = text == null || text.from() != null ? text : new FieldChange<>(entry.bodyMarkdown(), text.to());
        } else if ((title != null && title.from() == null) || (text != null && text.from() == null)) {
            throw new ApiException(
                    422,
                    RejectionCode.INVALID_INPUT.wireName(),
                    "Say which version you changed: each field's from (the value you saw) or expected_row_version;"
                            + " nothing was changed");
        }
        return new EditElnEntry(meta, entryId, title, text, body.reason());
    }

    private static UUID parseSignatureId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The signature");
        }
    }

    private ElnRoutes() {}
}
