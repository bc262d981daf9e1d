package io.newsdesk.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author names from the forms feeds write them in. */
public final class PersonNames {

    /** RSS's "email (Name)" form. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /** The mail "Name &lt;email&gt;" form. */
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*[<(]\\s*(?:mailto:)?\\S+@\\S+\\s*[>)]$");

    private PersonNames() {}

    /**
     * The person's name: "jo@example.com (Jo Bloggs)" and "Jo Bloggs &lt;jo@example.com&gt;" give
     * "Jo Bloggs"; a bare address is kept, since it is all there is.
     *
     * @return the name, or {@code null} when the value is blank
     */
    public static String clean(String value) {
        String text = PlainText.guessLine(value);
        if (text == null) {
            return null;
        }
        Matcher emailThenName = EMAIL_THEN_NAME.matcher(text);
        if (emailThenName.matches()) {
            return PlainText.blankToNull(emailThenName.group(1));
        }
        Matcher nameThenEmail = NAME_THEN_EMAIL.matcher(text);
        if (nameThenEmail.matches()) {
            return PlainText.blankToNull(nameThenEmail.group(1));
        }
        return text;
    }
}
