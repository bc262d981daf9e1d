/**
 * The web UI's routes: they build the page models of {@code io.newsdesk.web.ui} from the service
 * layer and render them. Every form works without JavaScript: it posts, and the server answers
 * 303 See Other to the page to show next, carrying a one-time notice in a short-lived cookie.
 */
package io.newsdesk.web.pages;
