package io.newsdesk.store;

/** Why an API token exists. */
public enum TokenKind {
    /** Created by its user for a program, valid until revoked. */
    API("api"),
    /** Handed to a reader app that signed in with a password; ends when unused for a while. */
    CLIENT_LOGIN("client_login");

    private final String code;

    TokenKind(String code) {
        this.code = code;
    }

    /** How the kind is stored. */
    public String code() {
        return code;
    }

    static TokenKind of(String code) {
        for (TokenKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new StoreException("unknown token kind in the database: " + code);
    }
}
