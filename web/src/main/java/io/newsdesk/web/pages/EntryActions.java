package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.Notice;
import io.newsdesk.web.ui.Plural;
import java.util.List;

/**
 * The entry forms that work without JavaScript: read, unread, star, unstar, and "mark page as
 * read". Each redirects back to the page named in the form's {@code return_to} field.
 */
public final class EntryActions implements RouteGroup {

    private final EntryService entries;

    public EntryActions(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/entries/mark-read", this::markPageRead);
        // The toggle forms name the state they set ("read=false"); the plain paths set it by name.
        routes.post("/entries/{id}/read", ctx -> setRead(ctx, formFlag(ctx, "read")));
        routes.post("/entries/{id}/unread", ctx -> setRead(ctx, false));
        routes.post("/entries/{id}/star", ctx -> setStarred(ctx, formFlag(ctx, "starred")));
        routes.post("/entries/{id}/unstar", ctx -> setStarred(ctx, false));
    }

    private void setRead(Context ctx, boolean read) {
        long id = RequestParams.pathId(ctx, "id");
        StoredEntry entry = entries.update(CurrentUser.id(ctx), id, read, null);
        String target = ReturnTo.of(ctx, "/");
        // Opening an entry marks it read, so returning to it would undo "mark unread".
        if (!read && target.equals("/entries/" + id)) {
            target = "/";
        }
        Notices.redirect(ctx, target, Notice.success("Marked " + quoted(entry) + (read ? " read." : " unread.")));
    }

    private void setStarred(Context ctx, boolean starred) {
        long id = RequestParams.pathId(ctx, "id");
        StoredEntry entry = entries.update(CurrentUser.id(ctx), id, null, starred);
        Notices.redirect(ctx, ReturnTo.of(ctx, "/"),
                Notice.success((starred ? "Starred " : "Removed the star from ") + quoted(entry) + "."));
    }

    private void markPageRead(Context ctx) {
        List<Long> ids = RequestParams.formIds(ctx, "ids");
        int updated = ids.isEmpty() ? 0 : entries.setRead(CurrentUser.id(ctx), ids, true);
        Notices.redirect(ctx, ReturnTo.of(ctx, "/"),
                Notice.success("Marked " + Plural.of(updated, "entry", "entries") + " read."));
    }

    private static String quoted(StoredEntry entry) {
        String title = entry.entry().title();
        return title == null || title.isBlank() ? "the entry" : "“" + title.strip() + "”";
    }

    /** The state a toggle form sets; a form without the field sets it on. */
    private static boolean formFlag(Context ctx, String field) {
        Boolean value = RequestParams.formBoolean(ctx, field);
        return value == null || value;
    }
}
