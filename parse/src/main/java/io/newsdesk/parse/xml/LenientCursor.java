package io.newsdesk.parse.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The cursor over an ill-formed document: jsoup's XML parser repairs the tree (closes what was
 * left open, keeps stray markup as text), and this class walks the repaired tree, producing the
 * same events as {@link StaxCursor}. Namespaces are resolved here from the {@code xmlns}
 * declarations in scope, with the conventional namespaces for undeclared prefixes such as
 * {@code dc:}.
 */
final class LenientCursor extends XmlCursor {

    /** An open node and how many of its children have been visited. */
    private static final class Frame {
        final Node node;
        final Map<String, String> namespaces;
        int nextChild;

        Frame(Node node, Map<String, String> namespaces) {
            this.node = node;
            this.namespaces = namespaces;
        }
    }

    /** An element's attribute, its namespace resolved. */
    private record ResolvedAttribute(String namespace, String localName, String value) {}

    private final Deque<Frame> open = new ArrayDeque<>();
    private final Set<String> undeclaredPrefixes = new HashSet<>();
    private Element current;
    private String currentNamespace = "";
    private String currentLocalName = "";
    private String currentPrefix = "";
    private List<ResolvedAttribute> attributes = List.of();
    private String text;

    LenientCursor(String text, Origin origin, Limits limits, ReadingProblems problems) {
        super(origin, limits, problems);
        // jsoup's own depth bound keeps the repaired tree small; the cursor reports the limit.
        Parser parser = Parser.xmlParser().setTrackPosition(true).setMaxDepth(limits.maxDepth() + 1);
        Document document = parser.parseInput(text, origin.url() == null ? "" : origin.url());
        open.push(new Frame(document, Map.of("xml", Namespaces.XML)));
    }

    @Override
    Event advanceRaw() {
        while (!open.isEmpty()) {
            Frame top = open.peek();
            if (top.nextChild < top.node.childNodeSize()) {
                Node child = top.node.childNode(top.nextChild++);
                if (child instanceof Element element) {
                    start(element, top.namespaces);
                    return Event.START;
                }
                if (child instanceof TextNode textNode && !textNode.getWholeText().isEmpty()) {
                    text = textNode.getWholeText();
                    return Event.TEXT;
                }
                continue;
            }
            open.pop();
            if (top.node instanceof Element element) {
                current = element;
                String[] name = splitName(element.tagName());
                currentPrefix = name[0];
                currentLocalName = name[1];
                currentNamespace = resolvePrefix(name[0], top.namespaces);
                return Event.END;
            }
        }
        return Event.EOF;
    }

    private void start(Element element, Map<String, String> inherited) {
        current = element;
        Map<String, String> scope = inherited;
        List<Attribute> declared = element.attributes().asList();
        for (Attribute attribute : declared) {
            String key = attribute.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                if (scope == inherited) {
                    scope = new HashMap<>(inherited);
                }
                String prefix = key.equals("xmlns") ? "" : key.substring(6);
                scope.put(prefix, attribute.getValue());
                declareNamespace(prefix, attribute.getValue());
            }
        }
        List<ResolvedAttribute> resolved = new ArrayList<>(declared.size());
        for (Attribute attribute : declared) {
            String key = attribute.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                continue;
            }
            String[] name = splitName(key);
            String namespace = name[0].isEmpty() ? "" : resolvePrefix(name[0], scope);
            resolved.add(new ResolvedAttribute(namespace, name[1], attribute.getValue()));
        }
        attributes = resolved;
        String[] name = splitName(element.tagName());
        currentPrefix = name[0];
        currentLocalName = name[1];
        currentNamespace = resolvePrefix(name[0], scope);
        open.push(new Frame(element, scope));
    }

    private String resolvePrefix(String prefix, Map<String, String> scope) {
        String declared = scope.get(prefix);
        if (declared != null) {
            return declared;
        }
        if (prefix.isEmpty()) {
            return "";
        }
        String conventional = Namespaces.conventional(prefix);
        if (undeclaredPrefixes.add(prefix)) {
            reportMalformed(conventional == null
                    ? "the namespace prefix '" + prefix + "' is not declared; its elements were ignored"
                    : "the namespace prefix '" + prefix + "' is not declared; it was read as " + conventional);
        }
        return conventional == null ? "" : conventional;
    }

    private static String[] splitName(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0
                ? new String[] {"", qualified}
                : new String[] {qualified.substring(0, colon), qualified.substring(colon + 1)};
    }

    @Override
    String rawNamespace() {
        return currentNamespace;
    }

    @Override
    String rawLocalName() {
        return currentLocalName;
    }

    @Override
    int attributeCount() {
        return attributes.size();
    }

    @Override
    String attributeNamespace(int index) {
        return attributes.get(index).namespace();
    }

    @Override
    String attributeLocalName(int index) {
        return attributes.get(index).localName();
    }

    @Override
    String attributeValue(int index) {
        return attributes.get(index).value();
    }

    @Override
    String rawPrefix() {
        return currentPrefix;
    }

    @Override
    String rawText() {
        return text;
    }

    @Override
    public String location() {
        if (current == null) {
            return "the start of the document";
        }
        Range.Position start = current.sourceRange().start();
        return start.lineNumber() < 0 ? "<" + current.tagName() + ">"
                : "line " + start.lineNumber() + ", column " + start.columnNumber();
    }
}
