package io.newsdesk.parse.detail;

/**
 * A person: an author, contributor, publisher or podcast owner.
 *
 * @param name the name, plain text, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param uri the person's web page (absolute), or {@code null}
 */
public record Person(String name, String email, String uri) {

    /** The name, else the e-mail address; {@code null} when the person has neither. */
    public String displayName() {
        return name != null ? name : email;
    }

    /** {@code true} when nothing is known about the person. */
    public boolean isEmpty() {
        return name == null && email == null && uri == null;
    }
}
