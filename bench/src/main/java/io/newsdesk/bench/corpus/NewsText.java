package io.newsdesk.bench.corpus;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes plausible local-news text from a {@link Vocabulary}: headlines, sentences, and article
 * bodies as HTML with paragraphs, links, emphasis, quotes, lists and figures, so that parsing,
 * sanitizing, HTML-to-text and indexing see the kind of markup real feeds carry.
 *
 * <p>Deterministic: the same random generator state gives the same text.
 */
final class NewsText {

    /**
     * No block (paragraph, quote, list, figure) reaches this many bytes, so a body never overshoots
     * its target by as much.
     */
    static final int MAX_BLOCK_BYTES = 1024;

    private static final int MAX_SENTENCES_PER_PARAGRAPH = 3;

    private final Vocabulary words;
    private final RandomGenerator random;

    NewsText(Vocabulary words, RandomGenerator random) {
        this.words = words;
        this.random = random;
    }

    /** A made-up town name such as "Valemouth". */
    String placeName() {
        return words.pick("place_start", random)
                + words.pick("place_middle", random)
                + words.pick("place_end", random);
    }

    /** A made-up person's full name. */
    String personName() {
        return words.pick("first_name", random) + " " + words.pick("surname", random);
    }

    /** A newspaper name for the town, such as "The Valemouth Courier". */
    String outletName(String place) {
        return "The " + place + " " + words.pick("outlet", random);
    }

    /** A headline such as "Valemouth council approves budget after long debate". */
    String headline(String place) {
        String subject = words.pick("subject", random);
        String verb = words.pick("headline_verb", random);
        String object = words.pick("headline_object", random);
        String headline = switch (random.nextInt(4)) {
            case 0 -> place + " " + stripArticle(subject) + " " + verb + " " + object;
            case 1 -> capitalize(subject) + " " + verb + " " + object + " " + words.pick("headline_tail", random);
            case 2 -> capitalize(object) + ": " + subject + " " + verb + " " + words.pick("adjective", random) + " "
                    + words.pick("noun", random);
            default -> place + " " + object + " " + words.pick("headline_tail", random);
        };
        return capitalize(headline);
    }

    /** A short topic label, as a publisher's category. */
    String topic() {
        return words.pick("topic", random);
    }

    /**
     * An article body as HTML of at least {@code targetBytes} and less than {@code targetBytes +
     * MAX_BLOCK_BYTES} (the text is ASCII, so characters are bytes).
     */
    String bodyHtml(String place, String siteUrl, int targetBytes) {
        StringBuilder html = new StringBuilder(targetBytes + MAX_BLOCK_BYTES);
        html.append(paragraph(place, siteUrl));
        while (html.length() < targetBytes) {
            html.append('\n').append(block(place, siteUrl));
        }
        return html.toString();
    }

    /** The first sentence of a body, as plain text: what feeds put in a summary. */
    String standfirst(String place) {
        return sentence(place);
    }

    private String block(String place, String siteUrl) {
        int kind = random.nextInt(20);
        return switch (kind) {
            case 0 -> "<h2>" + Html.escape(capitalize(words.pick("headline_object", random))) + "</h2>\n"
                    + paragraph(place, siteUrl);
            case 1 -> "<blockquote><p>" + Html.escape(quote()) + "</p></blockquote>";
            case 2 -> list();
            case 3 -> figure(place, siteUrl);
            default -> paragraph(place, siteUrl);
        };
    }

    private String paragraph(String place, String siteUrl) {
        int sentences = 1 + random.nextInt(MAX_SENTENCES_PER_PARAGRAPH);
        StringBuilder text = new StringBuilder("<p>");
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String sentence = Html.escape(sentence(place));
            int decoration = random.nextInt(10);
            if (decoration == 0) {
                text.append("<em>").append(sentence).append("</em>");
            } else if (decoration == 1) {
                text.append("<strong>").append(sentence).append("</strong>");
            } else {
                text.append(sentence);
            }
        }
        if (random.nextInt(3) == 0) {
            String object = words.pick("headline_object", random);
            text.append(" Read our earlier coverage of <a href=\"")
                    .append(siteUrl).append('/').append(slug(object)).append('-').append(random.nextInt(10_000))
                    .append("\">").append(Html.escape(object)).append(" in ").append(Html.escape(place))
                    .append("</a>.");
        }
        return text.append("</p>").toString();
    }

    private String list() {
        StringBuilder list = new StringBuilder("<ul>");
        int items = 2 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            list.append("<li>")
                    .append(Html.escape(capitalize(words.pick("adjective", random)) + " " + words.pick("noun", random)
                            + " for " + words.pick("noun_plural", random)))
                    .append("</li>");
        }
        return list.append("</ul>").toString();
    }

    private String figure(String place, String siteUrl) {
        String object = words.pick("headline_object", random);
        String caption = capitalize(object) + " in " + place + " last " + words.pick("period", random) + ".";
        return "<figure><img src=\"" + siteUrl + "/images/" + slug(object) + "-" + random.nextInt(10_000)
                + ".jpg\" alt=\"" + Html.escape(caption) + "\" width=\"800\" height=\"450\">"
                + "<figcaption>" + Html.escape(caption) + "</figcaption></figure>";
    }

    /** One sentence of plain text. */
    String sentence(String place) {
        String sentence = switch (random.nextInt(8)) {
            case 0 -> words.pick("subject", random) + " " + words.pick("verb_past", random) + " the "
                    + words.pick("adjective", random) + " " + words.pick("noun", random)
                    + " on Tuesday, saying it would " + words.pick("verb", random) + " costs for "
                    + words.pick("noun_plural", random) + " in " + place + ".";
            case 1 -> "\"" + quote() + "\", said " + personName() + ", " + words.pick("role", random) + " at the "
                    + place + " " + words.pick("organisation_kind", random) + ".";
            case 2 -> "The " + words.pick("noun", random) + " was " + words.pick("verb_past", random) + " by "
                    + (5 + random.nextInt(20)) + " votes to " + random.nextInt(5) + ".";
            case 3 -> words.pick("connector", random) + ", " + words.pick("noun_plural", random) + " in " + place
                    + " said the " + words.pick("adjective", random) + " " + words.pick("noun", random)
                    + " had been " + words.pick("verb_past", random) + " twice since "
                    + words.pick("month", random) + ".";
            case 4 -> "According to a " + words.pick("adjective", random) + " " + words.pick("noun", random)
                    + " published last " + words.pick("period", random) + ", about " + (5 + random.nextInt(90))
                    + " per cent of " + words.pick("noun_plural", random) + " expect the "
                    + words.pick("noun", random) + " to " + words.pick("verb", random) + " the "
                    + words.pick("headline_object", random) + ".";
            case 5 -> personName() + ", who has followed the " + words.pick("noun", random) + " since "
                    + (1995 + random.nextInt(30)) + ", described it as " + words.pick("adjective", random)
                    + " but necessary.";
            case 6 -> "Officials estimate the " + words.pick("noun", random) + " will cost "
                    + (2 + random.nextInt(400)) + " million over " + (2 + random.nextInt(9)) + " years.";
            default -> words.pick("subject", random) + " are expected to publish a "
                    + words.pick("adjective", random) + " " + words.pick("noun", random) + " in "
                    + words.pick("month", random) + ".";
        };
        return capitalize(sentence);
    }

    private String quote() {
        return "The " + words.pick("noun", random) + " will " + words.pick("verb", random) + " what "
                + words.pick("noun_plural", random) + " pay this " + words.pick("period", random);
    }

    /** Lower-case words joined by hyphens, as in URL paths. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String stripArticle(String subject) {
        return subject.startsWith("the ") ? subject.substring(4) : subject;
    }
}
