package io.newsdesk.web.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders the precompiled templates as the server will, for assertions on the HTML. */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    static String render(String template, Object model) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, model, output);
        return output.toString();
    }

    static Document document(String template, Object model) {
        return Jsoup.parse(render(template, model), "http://newsdesk.test/");
    }

    static Document entries(EntryListPage page) {
        return document("pages/entries.jte", page);
    }

    static Document article(ArticlePage page) {
        return document("pages/article.jte", page);
    }

    static Document feeds(FeedsPage page) {
        return document("pages/feeds.jte", page);
    }

    static Document search(SearchPage page) {
        return document("pages/search.jte", page);
    }

    static Document error(ErrorPage page) {
        return document("pages/error.jte", page);
    }
}
