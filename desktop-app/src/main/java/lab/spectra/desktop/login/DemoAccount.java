package lab.spectra.desktop.login;

/** An account of the demo labs, offered on the sign-in screen when the app runs its own demo server. */
public record DemoAccount(String email, String password, String role) {}
