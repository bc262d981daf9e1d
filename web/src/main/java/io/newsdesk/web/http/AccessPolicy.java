package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.websub.PublicUrl;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether requests must sign in, and how session cookies are protected.
 *
 * <p>Personal mode: the server listens on a loopback address only and no user has a password.
 * Then every request acts as the local owner, so {@code newsdesk serve} is a one-command reader
 * for the person at this machine. Accounts mode: as soon as any user has a password, and always
 * when the server listens on any other address (where other machines may reach it), every route
 * but the public ones requires a signed-in user. A server on a public address with no users
 * answers every request with "sign in", and its log says how to create the administrator.
 */
public final class AccessPolicy {

    private final AccountService accounts;
    private final boolean loopbackOnly;
    private final boolean httpsPublicUrl;

    /**
     * @param bindAddress the address the server listens on
     * @param publicUrl where the server is reached from outside, or {@code null}
     */
    public AccessPolicy(AccountService accounts, String bindAddress, PublicUrl publicUrl) {
        this.accounts = accounts;
        this.loopbackOnly = isLoopback(bindAddress);
        this.httpsPublicUrl = publicUrl != null
                && "https".equals(publicUrl.base().getScheme().toLowerCase(Locale.ROOT));
    }

    /** Whether every request acts as the local owner without signing in. */
    public boolean personal() {
        return loopbackOnly && !accounts.accountsEnabled();
    }

    /** Whether the server listens on loopback only. */
    public boolean loopbackOnly() {
        return loopbackOnly;
    }

    /**
     * Whether cookies are marked {@code Secure} (with the {@code __Host-} prefix): when the request
     * came over HTTPS, or the server's public URL is https (a TLS-terminating proxy in front).
     */
    public boolean secureCookies(Context ctx) {
        return httpsPublicUrl || ctx.req().isSecure();
    }

    /** What the operator needs to know at start-up: the mode, and how to change it. */
    public String describe() {
        if (personal()) {
            return "Personal mode: every request acts as the local owner, without signing in (this server listens "
                    + "on this machine only). To require sign-in, create an administrator: newsdesk user add NAME --admin";
        }
        if (!accounts.accountsEnabled()) {
            return "Sign-in is required because this server listens on a non-loopback address, but no user can sign "
                    + "in yet. Create the administrator on this machine with: newsdesk user add NAME --admin "
                    + "(your personal feeds and reading state become theirs)";
        }
        return "Sign-in is required: users sign in at /login; API clients send a token (X-Auth-Token or "
                + "Authorization: Bearer) or Basic credentials. Manage users with newsdesk user add|passwd|remove|list";
    }

    /** A name that does not resolve counts as public: refusing to serve openly is the safe mistake. */
    static boolean isLoopback(String bindAddress) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bindAddress);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
