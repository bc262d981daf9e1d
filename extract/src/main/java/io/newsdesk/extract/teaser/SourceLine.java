package io.newsdesk.extract.teaser;

import io.newsdesk.domain.Source;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that names the outlet a teaser comes from ("Source: Reuters", "via The Guardian").
 *
 * <p>Deliberately conservative: only a short line made of nothing but the label and a name of a
 * few words counts, so that a body sentence starting with "Via" or quoting a source never does.
 */
final class SourceLine {

    private static final int MAX_WORDS = 6;
    private static final Pattern LABELLED =
            Pattern.compile("(?i)(?:source|via)\\s*:\\s*(\\S.{0,59})|via\\s+(\\S.{0,59})");

    private SourceLine() {}

    static Optional<Source> parse(String line) {
        Matcher matcher = LABELLED.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
        if (name.split(" ").length > MAX_WORDS
                || Sentences.endsSentence(name)
                || Sentences.endsWithLeadIn(name)
                || !Character.isLetterOrDigit(name.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Source(name, null));
    }
}
