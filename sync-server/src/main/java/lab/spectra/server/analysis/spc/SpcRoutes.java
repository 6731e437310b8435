package lab.spectra.server.analysis.spc;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.spc.AcknowledgeSpcAlert;
import lab.spectra.model.spc.BaselineVerdict;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.EditSpcSeries;
import lab.spectra.model.spc.FreezeSpcLimits;
import lab.spectra.model.spc.FrozenLimits;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitDecision;
import lab.spectra.model.spc.SpcLimitsProposal;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
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
 * Statistical process control over REST (issue 17): series, their points (newest first), the
 * chart of the last points with limits, zones, violations and the instrument's events, the limits a
 * baseline proposes and their freezing by a PI who re-enters their password (signed online like a
 * run review, ADR 0026), and alerts with their acknowledgement. Every change is a shared-model
 * command, so the audit trail and the benches see it like any other.
 */
public final class SpcRoutes {

    private static final String SERIES = "The SPC series";
    private static final String ALERT = "The SPC alert";
    /** The chart shows this many points unless asked for another number. */
    static final int DEFAULT_CHART_POINTS = 100;

    static final int MAX_CHART_POINTS = 10_000;

    /** A new series; {@code id} may be chosen by the client so a retry is recognised. */
    public record NewSeries(
            UUID id,
            String name,
            UUID instrumentId,
            String recipeName,
            String quantity,
            String unit,
            UUID materialId,
            ChartType chartType,
            Integer subgroupSize,
            Integer baselineSize,
            List<Integer> enabledRules,
            RuleNumbering ruleNumbering,
            Boolean critical,
            Double lowerSpecLimit,
            Double upperSpecLimit) {}

    /**
     * A change to a series' name, rules, numbering, criticality or specification limits.
     *
     * @param expectedRowVersion the row version the editor saw; another change since is a 409
     */
    public record SeriesEdit(
            String name,
            List<Integer> enabledRules,
            RuleNumbering ruleNumbering,
            Boolean critical,
            Double lowerSpecLimit,
            Double upperSpecLimit,
            String reason,
            Long expectedRowVersion) {}

    /**
     * The limits a baseline gives, as a PI sees them before signing.
     *
     * @param contentSha256 what the PI signs: pass it back when freezing
     */
    public record LimitsProposal(
            UUID seriesId,
            ChartType chartType,
            int subgroupSize,
            int baselineSize,
            UUID baselineFirstPointId,
            UUID baselineLastPointId,
            double centerLine,
            double lowerControlLimit,
            double upperControlLimit,
            double sigma,
            double processSigma,
            String sigmaEstimate,
            String derivation,
            String contentSha256) {}

    /**
     * A PI's freezing of a series' limits, signed by re-entering their password.
     *
     * @param contentSha256 the proposal's hash as shown; a baseline changed since is a 409
     * @param firstPointId  the baseline's first point; null for the series' first
     * @param baselineSize  points or subgroups; null for the series' own
     */
    public record LimitsFreeze(
            String password,
            String contentSha256,
            String reason,
            UUID firstPointId,
            Integer baselineSize,
            UUID decisionId,
            UUID signatureId) {}

    public record Acknowledgement(String reason) {}

    public static void register(
            ApiRoutes routes,
            SpcQueries spc,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies,
            LoginService logins) {
        routes.describeAnswer(HandlerType.POST, "/api/analysis/spc/series", SpcSeries.class);
        routes.describeAnswer(HandlerType.GET, "/api/analysis/spc/series/{id}", SpcSeries.class);
        routes.describeAnswer(HandlerType.PUT, "/api/analysis/spc/series/{id}", SpcSeries.class);
        routes.describeAnswer(HandlerType.POST, "/api/analysis/spc/series/{id}/limits", SpcLimitDecision.class);
        routes.describeAnswer(HandlerType.POST, "/api/analysis/spc/alerts/{id}/acknowledge", SpcAlert.class);
        routes.get(
                "/api/analysis/spc/series",
                "List SPC series, optionally of one instrument",
                List.of("limit", "cursor", "instrument_id"),
                (ctx, user) -> ctx.json(
                        spc.series(user, Requests.optionalUuidQuery(ctx, "instrument_id"), Pages.request(ctx))));
        routes.post(
                "/api/analysis/spc/series",
                "Create an SPC series watching one quantity of one recipe lineage on one instrument (engineer+)",
                NewSeries.class,
                (ctx, user) -> {
                    NewSeries body = bodies.read(ctx, NewSeries.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new CreateSpcSeries(
                                            metas.of(ctx, user),
                                            body.id() != null ? body.id() : Ids.newId(),
                                            body.name(),
                                            body.instrumentId(),
                                            body.recipeName(),
                                            body.quantity(),
                                            body.unit(),
                                            body.materialId(),
                                            body.chartType(),
                                            body.subgroupSize(),
                                            body.baselineSize(),
                                            body.enabledRules(),
                                            body.ruleNumbering(),
                                            body.critical(),
                                            body.lowerSpecLimit(),
                                            body.upperSpecLimit()),
                                    user.asActor()),
                            201);
                });
        routes.get(
                "/api/analysis/spc/series/{id}",
                "An SPC series: what it watches, its rules, and its limits once frozen",
                List.of(),
                (ctx, user) -> ctx.json(seriesOf(spc, ctx, user)));
        routes.put(
                "/api/analysis/spc/series/{id}",
                "Edit an SPC series' name, rules, numbering, criticality or specification limits (engineer+);"
                        + " a stale expected_row_version is a 409",
                SeriesEdit.class,
                (ctx, user) -> {
                    UUID id = seriesOf(spc, ctx, user).id();
                    SeriesEdit body = bodies.read(ctx, SeriesEdit.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new EditSpcSeries(
                                            metas.of(ctx, user),
                                            id,
                                            body.name(),
                                            body.enabledRules(),
                                            body.ruleNumbering(),
                                            body.critical(),
                                            body.lowerSpecLimit(),
                                            body.upperSpecLimit(),
                                            body.reason(),
                                            body.expectedRowVersion()),
                                    user.asActor()),
                            200);
                });
        routes.get(
                "/api/analysis/spc/series/{id}/points",
                "An SPC series' points, newest first in chart order (the run's time, then the result's); page"
                        + " on with before = the last point's id",
                List.of("limit", "before"),
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, SERIES);
                    int limit = (int) Requests.longQuery(ctx, "limit", Pages.DEFAULT_LIMIT, 1, Pages.MAX_LIMIT);
                    UUID before = Requests.optionalUuidQuery(ctx, "before");
                    ctx.json(unknownCursorIsBadRequest("before", () -> spc.points(user, id, before, limit))
                            .orElseThrow(() -> ApiException.notFound(SERIES)));
                });
        routes.get(
                "/api/analysis/spc/series/{id}/chart",
                "An SPC chart of the last N points (default " + DEFAULT_CHART_POINTS + ", at most " + MAX_CHART_POINTS
                        + "): points with run, sample and operator, plotted values, centre line, control limits,"
                        + " sigma zones, specification limits, rule violations and the instrument's events",
                List.of("last"),
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, SERIES);
                    int last = (int) Requests.longQuery(ctx, "last", DEFAULT_CHART_POINTS, 1, MAX_CHART_POINTS);
                    ctx.json(spc.chart(user, id, last).orElseThrow(() -> ApiException.notFound(SERIES)));
                });
        routes.describeAnswer(HandlerType.GET, "/api/analysis/spc/series/{id}/chart", SpcChart.class);
        routes.get(
                "/api/analysis/spc/series/{id}/limits/proposal",
                "The control limits a baseline gives, with their derivation and the content_sha256 a PI signs;"
                        + " 409 baseline_not_usable with the reason in words when the baseline cannot give limits"
                        + " (too few points, zero spread), as freezing it would be",
                List.of("first_point_id", "baseline_size"),
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, SERIES);
                    UUID first = Requests.optionalUuidQuery(ctx, "first_point_id");
                    Integer size = baselineSize(ctx);
                    SpcQueries.SeriesPoints points =
                            spc.allPoints(user, id).orElseThrow(() -> ApiException.notFound(SERIES));
                    ctx.json(proposalOf(
                            SpcLimitsProposal.of(points.series(), points.pointsInChartOrder(), first, size)));
                });
        routes.describeAnswer(HandlerType.GET, "/api/analysis/spc/series/{id}/limits/proposal", LimitsProposal.class);
        routes.post(
                "/api/analysis/spc/series/{id}/limits",
                "Freeze an SPC series' control limits from a baseline (PI+, re-entering the password); the"
                        + " content_sha256 must be the proposal's, or the baseline changed (409)",
                LimitsFreeze.class,
                (ctx, user) -> {
                    UUID id = seriesOf(spc, ctx, user).id();
                    LimitsFreeze body = bodies.read(ctx, LimitsFreeze.class);
                    // Asked before the password, so nobody types it for an act their role may not do.
                    if (!user.asActor().may(Action.FREEZE_SPC_LIMITS)) {
                        throw ApiException.forbidden("Only a PI may freeze control limits; nothing was signed");
                    }
                    PasswordReentry.require(logins, ctx, user, body.password(), "Freezing control limits");
                    if (body.contentSha256() == null || body.contentSha256().isBlank()) {
                        throw new ApiException(
                                422,
                                RejectionCode.INVALID_INPUT.wireName(),
                                "Say which limits you froze: content_sha256, as the proposal gave it; nothing was"
                                        + " signed");
                    }
                    UUID decisionId = body.decisionId() != null ? body.decisionId() : Ids.newId();
                    CommandResult result = commands.execute(
                            new FreezeSpcLimits(
                                    metas.of(ctx, user),
                                    decisionId,
                                    body.signatureId() != null ? body.signatureId() : Ids.newId(),
                                    id,
                                    body.firstPointId(),
                                    body.baselineSize(),
                                    body.reason(),
                                    body.contentSha256(),
                                    null),
                            user.asActor());
                    if (!(result instanceof CommandResult.Applied)) {
                        CommandResponses.send(ctx, result, 201);
                        return;
                    }
                    ctx.status(201)
                            .json(spc.decision(user, decisionId)
                                    .orElseThrow(() -> ApiException.notFound("The limit decision")));
                });
        routes.get(
                "/api/analysis/spc/alerts",
                "SPC alerts, newest first, optionally only open or acknowledged ones, optionally of one series",
                List.of("limit", "cursor", "status", "series_id"),
                (ctx, user) -> {
                    SpcQueries.AlertStatus status = alertStatus(ctx);
                    UUID series = Requests.optionalUuidQuery(ctx, "series_id");
                    UUID after = Requests.optionalUuidQuery(ctx, "cursor");
                    int limit = Pages.request(ctx).limit();
                    ctx.json(unknownCursorIsBadRequest("cursor", () -> spc.alerts(user, status, series, after, limit)));
                });
        routes.post(
                "/api/analysis/spc/alerts/{id}/acknowledge",
                "Acknowledge an SPC alert with a reason (engineer+); it lifts a critical series' hold; an alert"
                        + " already acknowledged is a 409",
                Acknowledgement.class,
                (ctx, user) -> {
                    UUID id = Requests.pathId(ctx, ALERT);
                    if (spc.alert(user, id).isEmpty()) {
                        throw ApiException.notFound(ALERT);
                    }
                    Acknowledgement body = bodies.read(ctx, Acknowledgement.class);
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new AcknowledgeSpcAlert(metas.of(ctx, user), id, body.reason()), user.asActor()),
                            200);
                });
    }

    private static SpcSeries seriesOf(SpcQueries spc, Context ctx, UserAccount user) {
        return spc.series(user, Requests.pathId(ctx, SERIES)).orElseThrow(() -> ApiException.notFound(SERIES));
    }

    private static Integer baselineSize(Context ctx) {
        long size = Requests.longQuery(ctx, "baseline_size", -1, 1, 100_000);
        return size < 0 ? null : (int) size;
    }

    private static SpcQueries.AlertStatus alertStatus(Context ctx) {
        String status = ctx.queryParam("status");
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> SpcQueries.AlertStatus.OPEN;
            case "acknowledged" -> SpcQueries.AlertStatus.ACKNOWLEDGED;
            default ->
                throw ApiException.badRequest(
                        "invalid_parameter", "'status' must be open or acknowledged; '" + status + "' is neither");
        };
    }

    /**
     * The proposal as answered, or the refusal in words: a 409 with the code freezing that baseline
     * would be refused with, since what is missing is in the series (points, spread), not the request.
     */
    private static LimitsProposal proposalOf(SpcLimitsProposal proposal) {
        if (proposal.verdict() instanceof BaselineVerdict.Refused refused) {
            throw new ApiException(
                    CommandResponses.statusOf(RejectionCode.BASELINE_NOT_USABLE),
                    RejectionCode.BASELINE_NOT_USABLE.wireName(),
                    refused.message());
        }
        FrozenLimits limits = proposal.limits();
        List<SpcPoint> baseline = proposal.baseline();
        return new LimitsProposal(
                proposal.series().id(),
                limits.chartType(),
                limits.subgroupSize(),
                limits.baselineSize(),
                baseline.get(0).id(),
                baseline.get(baseline.size() - 1).id(),
                limits.centre(),
                limits.lowerControlLimit(),
                limits.upperControlLimit(),
                limits.sigma(),
                limits.processSigma(),
                limits.sigmaEstimate().name().toLowerCase(Locale.ROOT),
                limits.derivation(),
                proposal.contentSha256());
    }

    private static <T> T unknownCursorIsBadRequest(String parameter, Supplier<T> read) {
        try {
            return read.get();
        } catch (SpcQueries.UnknownCursor e) {
            throw ApiException.badRequest("invalid_parameter", "'" + parameter + "' " + e.getMessage());
        }
    }

    private SpcRoutes() {}
}
