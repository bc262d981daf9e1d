package io.newsdesk.sanitize;

/**
 * The namespaces an element of an HTML document can be in: HTML, or one of the two foreign
 * vocabularies the HTML standard lets documents embed inline.
 */
enum Namespace {
    HTML("http://www.w3.org/1999/xhtml"),
    SVG("http://www.w3.org/2000/svg"),
    MATHML("http://www.w3.org/1998/Math/MathML");

    private final String uri;

    Namespace(String uri) {
        this.uri = uri;
    }

    /** The namespace's URI, as an {@code xmlns} attribute names it. */
    String uri() {
        return uri;
    }
}
