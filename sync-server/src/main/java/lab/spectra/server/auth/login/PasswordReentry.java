package lab.spectra.server.auth.login;

import io.javalin.http.Context;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.TryLater;

/**
 * The password a person types again to sign (21 CFR §11.200): checked like a sign-in, under its
 * throttle, before anything is signed. A wrong or missing password is a 401 that names the act.
 */
public final class PasswordReentry {

    private PasswordReentry() {}

    /**
     * Returns when {@code password} is the person's; throws the HTTP answer otherwise.
     *
     * @param act what needs the password, as the message starts: "Signing", "Reviewing"
     */
    public static void require(LoginService logins, Context ctx, UserAccount user, String password, String act) {
        LoginService.Confirmation confirmation = password == null
                ? new LoginService.NotConfirmed()
                : logins.confirmPassword(user, password.toCharArray(), ctx.ip());
        if (confirmation instanceof LoginService.Throttled throttled) {
            throw TryLater.throttled(ctx, throttled.retryAfter());
        }
        if (confirmation instanceof LoginService.Busy) {
            throw TryLater.busy(ctx);
        }
        if (!(confirmation instanceof LoginService.Confirmed)) {
            throw new ApiException(
                    401,
                    "reauthentication_failed",
                    act + " needs your password, and the one given is wrong; nothing was signed");
        }
    }
}
