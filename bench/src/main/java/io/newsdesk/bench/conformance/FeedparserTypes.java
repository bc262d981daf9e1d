package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.PyType;
import java.util.Map;

/** The exception classes feedparser reports in {@code bozo_exception}, as expressions name them. */
final class FeedparserTypes {

    static final PyType EXCEPTION = new PyType("Exception", null);
    static final PyType NOBODY_CARES = new PyType("ThingsNobodyCaresAboutButMe", EXCEPTION);
    static final PyType ENCODING_OVERRIDE = new PyType("CharacterEncodingOverride", NOBODY_CARES);
    static final PyType ENCODING_UNKNOWN = new PyType("CharacterEncodingUnknown", NOBODY_CARES);
    static final PyType NON_XML_CONTENT_TYPE = new PyType("NonXMLContentType", NOBODY_CARES);
    static final PyType UNDECLARED_NAMESPACE = new PyType("UndeclaredNamespace", EXCEPTION);
    static final PyType SAX_PARSE = new PyType("SAXParseException", EXCEPTION);

    /** The {@code feedparser} module's classes, by name. */
    static final Map<String, PyType> MODULE = Map.of(
            "ThingsNobodyCaresAboutButMe", NOBODY_CARES,
            "CharacterEncodingOverride", ENCODING_OVERRIDE,
            "CharacterEncodingUnknown", ENCODING_UNKNOWN,
            "NonXMLContentType", NON_XML_CONTENT_TYPE,
            "UndeclaredNamespace", UNDECLARED_NAMESPACE);

    private FeedparserTypes() {}
}
