package io.newsdesk.extract.teaser;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import io.newsdesk.extract.teaser.TeaserLines.Line;
import io.newsdesk.sanitize.HtmlSanitizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * Reads the text a news aggregator shows for an item (as a user copies it out of the page) into
 * an {@link Entry}.
 *
 * <p>The expected shape, every part after the headline optional except the body:
 *
 * <pre>
 * Headline
 *
 * 11 months ago 28            ← age, and a count the aggregator shows beside it
 *
 * A standfirst line           ← becomes the dek when it does not read like body text
 *
 * Body paragraph…
 *
 * Body paragraph…
 *
 * Read Entire Article         ← a "read more" trailer: marks the entry as a teaser
 * </pre>
 *
 * <p>A line naming the outlet ("Source: Reuters", "via Reuters") directly under the headline or
 * the age line, or as the last line, becomes the entry's {@link Source}. Paragraphs are separated
 * by blank lines; in text without any blank line, every line is a paragraph.
 */
public final class TeaserText {

    /** Longer than any headline; a first line this long is body text without a headline. */
    static final int MAX_HEADLINE_LENGTH = 300;

    private TeaserText() {}

    /**
     * Parses aggregator teaser text.
     *
     * @param text the text as copied (any line ends, BOM, non-breaking spaces)
     * @param now the moment relative ages such as "11 months ago" are counted back from
     * @return the entry: title, published (with precision), count, dek, {@code content} as
     *     sanitized {@code <p>} paragraphs, {@code teaser} when a "read more" trailer was found;
     *     {@code guid}, {@code link} and {@code summary} are {@code null}
     * @throws NotTeaserTextException when the text has no headline followed by body text
     */
    public static Entry parse(String text, Instant now) throws NotTeaserTextException {
        Objects.requireNonNull(now, "now");
        List<Line> lines = text == null ? List.of() : new ArrayList<>(TeaserLines.split(text));
        if (lines.isEmpty()) {
            throw new NotTeaserTextException("The text is empty: expected a headline followed by"
                    + " the article's paragraphs.");
        }
        String headline = lines.get(0).text();
        checkHeadline(headline, now);

        boolean teaser = removeTrailer(lines);
        Entry.Builder entry = Entry.builder().title(headline).teaser(teaser);
        int next = 1;
        Optional<Source> source = sourceAt(lines, next);
        if (source.isPresent()) {
            next++;
        }
        Optional<AgeLine> age = next < lines.size()
                ? AgeLine.parse(lines.get(next).text(), now)
                : Optional.empty();
        if (age.isPresent()) {
            entry.published(age.get().published(), age.get().precision()).count(age.get().count());
            next++;
            if (source.isEmpty()) {
                source = sourceAt(lines, next);
                if (source.isPresent()) {
                    next++;
                }
            }
        }
        if (source.isEmpty() && lines.size() - next > 1) {
            source = SourceLine.parse(lines.get(lines.size() - 1).text());
            if (source.isPresent()) {
                lines.remove(lines.size() - 1);
            }
        }
        source.ifPresent(entry::source);

        List<Line> rest = lines.subList(next, lines.size());
        List<Paragraph> paragraphs = paragraphs(rest);
        if (!paragraphs.isEmpty()) {
            Paragraph first = paragraphs.get(0);
            List<String> following = paragraphs.subList(1, paragraphs.size()).stream()
                    .map(Paragraph::text)
                    .toList();
            if (Standfirst.isStandfirst(first.text(), first.lines() == 1, following)) {
                entry.dek(first.text());
                paragraphs = paragraphs.subList(1, paragraphs.size());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new NotTeaserTextException("Found the headline \"" + abbreviate(headline)
                    + "\" but no article text after it: expected body paragraphs below the"
                    + " headline.");
        }
        return entry.content(toHtml(paragraphs)).build();
    }

    private static void checkHeadline(String headline, Instant now) throws NotTeaserTextException {
        if (headline.startsWith("<") && headline.indexOf('>') > 0) {
            throw new NotTeaserTextException("The text looks like HTML markup; teaser import"
                    + " expects the plain text an aggregator shows (headline, then paragraphs).");
        }
        if (headline.length() > MAX_HEADLINE_LENGTH) {
            throw new NotTeaserTextException("The first line is " + headline.length()
                    + " characters long, too long for a headline: expected the headline on a"
                    + " line of its own at the top.");
        }
        if (AgeLine.parse(headline, now).isPresent()) {
            throw new NotTeaserTextException("The text starts with the age line \"" + headline
                    + "\": expected the headline above it.");
        }
    }

    /** Removes a trailing "Read more" line or suffix; reports whether there was one. */
    private static boolean removeTrailer(List<Line> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int last = lines.size() - 1;
        Line line = lines.get(last);
        Optional<String> remainder = ReadMoreTrailer.strip(line.text());
        if (remainder.isEmpty()) {
            return false;
        }
        if (remainder.get().isEmpty()) {
            lines.remove(last);
        } else {
            lines.set(last, new Line(remainder.get(), line.startsBlock()));
        }
        return true;
    }

    private static Optional<Source> sourceAt(List<Line> lines, int index) {
        return index < lines.size() ? SourceLine.parse(lines.get(index).text()) : Optional.empty();
    }

    private record Paragraph(String text, int lines) {}

    /**
     * Joins the lines into paragraphs. Blank lines separate paragraphs, and lines within a block
     * are one wrapped paragraph; text with no blank line at all uses one line per paragraph.
     */
    private static List<Paragraph> paragraphs(List<Line> lines) {
        boolean blankLineSeparated = lines.stream().skip(1).anyMatch(Line::startsBlock);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int count = 0;
        for (Line line : lines) {
            if (count > 0 && (line.startsBlock() || !blankLineSeparated)) {
                paragraphs.add(new Paragraph(current.toString(), count));
                current.setLength(0);
                count = 0;
            }
            if (count > 0) {
                current.append(' ');
            }
            current.append(line.text());
            count++;
        }
        if (count > 0) {
            paragraphs.add(new Paragraph(current.toString(), count));
        }
        return paragraphs;
    }

    private static String toHtml(List<Paragraph> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            html.append("<p>").append(Entities.escape(paragraph.text())).append("</p>");
        }
        return HtmlSanitizer.sanitize(html.toString(), null);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
