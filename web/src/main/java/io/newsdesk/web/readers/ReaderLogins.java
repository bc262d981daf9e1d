package io.newsdesk.web.readers;

import java.util.Optional;

/**
 * How reader apps prove who they act for, whatever the protocol: a password, a token (an API
 * token the user created, or the secret a Google Reader client received at sign-in), or a Fever
 * key. Every method answers empty for credentials that do not name a user, without saying which
 * part was wrong.
 */
public interface ReaderLogins {

    /**
     * The user every request acts for when this Newsdesk needs no sign-in at all (one local owner
     * on a loopback address); empty when requests must prove who they are.
     */
    Optional<ReaderUser> withoutLogin();

    /** The user with this name and password; throttled per name and client address. */
    Optional<ReaderUser> byPassword(String username, String password, String clientAddress);

    /** The user a token belongs to. */
    Optional<ReaderUser> byToken(String token);

    /**
     * The user a Fever key ({@code md5("username:password")}, hexadecimal) belongs to; throttled
     * per client address, since the key is only as strong as the password.
     */
    Optional<ReaderUser> byFeverKey(String key, String clientAddress);

    /**
     * A new secret for a client that signed in with a password and will present the secret from
     * now on instead (Google Reader's ClientLogin); only its digest is kept. Asked only while
     * requests must sign in ({@link #withoutLogin()} is empty).
     *
     * @param client what the client called itself, for the user's list of tokens
     */
    String issueClientToken(ReaderUser user, String client);
}
