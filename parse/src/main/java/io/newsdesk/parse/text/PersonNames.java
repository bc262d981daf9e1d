package io.newsdesk.parse.text;

import io.newsdesk.parse.detail.Person;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People from the one-line forms feeds write them in. */
public final class PersonNames {

    /** RSS's "email (Name)" form. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^(\\S+@\\S+?)\\s*\\((.+)\\)$");

    /** The mail "Name &lt;email&gt;" and "Name (email)" forms. */
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*[<(]\\s*(?:mailto:)?(\\S+@[^\\s>)]+)\\s*[>)]$");

    /** A bare address. */
    private static final Pattern EMAIL = Pattern.compile("^(?:mailto:)?([^\\s@<>()]+@[^\\s@<>()]+)$");

    private PersonNames() {}

    /**
     * The person a one-line value names: "jo@example.com (Jo Bloggs)" and "Jo Bloggs
     * &lt;jo@example.com&gt;" give name and address; a bare address gives only the address; any
     * other text is the name.
     *
     * @return the person, or {@code null} when the value is blank
     */
    public static Person parse(String value) {
        String text = PlainText.guessLine(value);
        if (text == null) {
            return null;
        }
        Matcher emailThenName = EMAIL_THEN_NAME.matcher(text);
        if (emailThenName.matches()) {
            return new Person(PlainText.blankToNull(emailThenName.group(2)), emailThenName.group(1), null);
        }
        Matcher nameThenEmail = NAME_THEN_EMAIL.matcher(text);
        if (nameThenEmail.matches()) {
            return new Person(PlainText.blankToNull(nameThenEmail.group(1)), nameThenEmail.group(2), null);
        }
        Matcher email = EMAIL.matcher(text);
        if (email.matches()) {
            return new Person(null, email.group(1), null);
        }
        return new Person(text, null, null);
    }

    /**
     * The person's name: "jo@example.com (Jo Bloggs)" and "Jo Bloggs &lt;jo@example.com&gt;" give
     * "Jo Bloggs"; a bare address is kept, since it is all there is.
     *
     * @return the name, or {@code null} when the value is blank
     */
    public static String clean(String value) {
        Person person = parse(value);
        return person == null ? null : person.displayName();
    }
}
