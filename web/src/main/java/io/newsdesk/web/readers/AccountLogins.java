package io.newsdesk.web.readers;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.AuthenticatedUser;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reader apps' sign-in through Newsdesk's accounts: passwords and Fever keys (throttled per name
 * and client address), API tokens, and the tokens Google Reader's ClientLogin hands out, which
 * are listed with the user's tokens and end when unused.
 */
public final class AccountLogins implements ReaderLogins {

    /** Who every request acts for in personal mode; the name is not shown there. */
    private static final ReaderUser OWNER = new ReaderUser(Newsdesk.OWNER, "owner", true);

    private final AccountService accounts;
    private final BooleanSupplier personal;

    /**
     * @param personal whether this server needs no sign-in at the moment (bound to loopback with
     *     no password set), asked on every request since a user may be added meanwhile
     */
    public AccountLogins(AccountService accounts, BooleanSupplier personal) {
        this.accounts = accounts;
        this.personal = personal;
    }

    @Override
    public Optional<ReaderUser> withoutLogin() {
        return personal.getAsBoolean() ? Optional.of(OWNER) : Optional.empty();
    }

    @Override
    public Optional<ReaderUser> byPassword(String username, String password, String clientAddress) {
        return accounts.authenticatePassword(username, password, clientAddress).map(AccountLogins::reader);
    }

    @Override
    public Optional<ReaderUser> byToken(String token) {
        return accounts.authenticateToken(token).map(AccountLogins::reader);
    }

    @Override
    public Optional<ReaderUser> byFeverKey(String key, String clientAddress) {
        return accounts.authenticateFeverKey(key, clientAddress).map(AccountLogins::reader);
    }

    @Override
    public String issueClientToken(ReaderUser user, String client) {
        return accounts.tokens().issueClientLogin(user.id(), client).secret();
    }

    private static ReaderUser reader(AuthenticatedUser user) {
        return new ReaderUser(user.id(), user.username(), user.admin());
    }
}
