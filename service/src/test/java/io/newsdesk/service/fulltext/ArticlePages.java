package io.newsdesk.service.fulltext;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** News article pages for tests, written out as a publisher's site would serve them. */
final class ArticlePages {

    /** A word that appears in every article page body and nowhere in the feeds' teasers. */
    static final String PAGE_ONLY_WORD = "quayside";

    private ArticlePages() {}

    /**
     * An article page: headline, byline, publication time and lead image in its metadata, the body
     * in paragraphs, among navigation and a share bar.
     */
    static String article(String headline, String byline, int paragraphs) {
        String body = IntStream.rangeClosed(1, paragraphs)
                .mapToObj(ArticlePages::paragraph)
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | Harbour Times</title>
                  <meta property="og:site_name" content="Harbour Times">
                  <meta property="og:type" content="article">
                  <meta property="og:image" content="/images/lead.jpg">
                  <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
                   "author": {"@type": "Person", "name": "%2$s"}, "datePublished": "2026-11-19T08:30:00Z"}
                  </script>
                </head>
                <body>
                  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                  <article>
                    <h1>%1$s</h1>
                    <p class="byline">By %2$s</p>
                    <div class="share"><a href="https://share.example/t">Share</a></div>
                    %3$s
                  </article>
                  <footer>Copyright Harbour Times</footer>
                </body>
                </html>
                """.formatted(headline, byline, body);
    }

    /** A paragraph of plain news prose, different for each number. */
    static String paragraph(int number) {
        return "<p>Paragraph " + number + ": dockworkers on the " + PAGE_ONLY_WORD + " gathered early, and the union's"
                + " negotiators, who had met the port authority through the night, read out the terms of the"
                + " agreement, which raises pay, limits night shifts and sets up a joint safety committee.</p>";
    }

    /** A section front: a list of links to other articles, no article of its own. */
    static String sectionFront() {
        String links = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "<li><a href=\"/news/story-" + i + "\">Story number " + i + " in the news today</a></li>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html><head><title>News</title></head><body><h1>News</h1><ul>" + links
                + "</ul></body></html>";
    }
}
