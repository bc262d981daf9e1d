package io.newsdesk.sanitize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What survives of inline SVG and MathML: a static subset that draws and typesets and does
 * nothing else. SVG keeps its shapes, paths, text, gradients, clipping, masks, patterns, markers
 * and images; MathML its presentation elements. Never kept: scripts, styles, animation
 * ({@code animate}, {@code set}, …, which can rewrite links and handlers), {@code foreignObject}
 * and MathML annotations (HTML inside foreign content), event handlers, and any URL but a web
 * link, a web image, or a reference to an element of the same fragment ({@code use} and paint
 * servers only reach those).
 *
 * <p>Names are matched in lower case, as the HTML tokenizer reports them, and written in the
 * spelling the HTML standard gives them in foreign content ({@code linearGradient},
 * {@code viewBox}), so the output also reads correctly as XML. Attribute lists are per namespace,
 * not per element: every attribute listed is static (a length, a colour, a transform), so an
 * element that has no use for one simply ignores it.
 */
final class ForeignAllowList {

    /** Where an element's {@code href} (SVG's {@code href} or {@code xlink:href}, MathML's {@code xlink:href}) may point. */
    enum Href {
        /** The element takes no link. */
        NONE,
        /** A link the reader may follow: web and mail addresses, as for HTML links. */
        LINK,
        /** An image to draw: a web address, as for HTML images. */
        IMAGE,
        /** An element of the same fragment ({@code #id}): a shape to reuse, a gradient to inherit. */
        LOCAL
    }

    /**
     * An allowed foreign element.
     *
     * @param name the element's name as written
     * @param drawn whether the element puts something on screen by itself (a shape), or once its
     *     reference survives (an image, a {@code use}): what makes a fragment worth showing even
     *     without text
     * @param href where the element's link may point
     */
    record ElementPolicy(String name, boolean drawn, Href href) {}

    /** The XLink attributes that describe a link without changing where it goes. */
    static final Set<String> XLINK_DESCRIPTIONS = Set.of("xlink:title", "xlink:type", "xlink:show");

    private static final Map<String, ElementPolicy> SVG_ELEMENTS = new HashMap<>();
    private static final Map<String, ElementPolicy> MATHML_ELEMENTS = new HashMap<>();
    private static final Map<String, String> SVG_ATTRIBUTES = new HashMap<>();
    private static final Map<String, String> MATHML_ATTRIBUTES = new HashMap<>();

    static {
        for (String shape : new String[] {"circle", "ellipse", "line", "path", "polygon", "polyline", "rect"}) {
            svg(shape, true, Href.NONE);
        }
        for (String container : new String[] {
            "svg", "g", "defs", "symbol", "title", "desc", "text", "tspan", "stop", "clipPath", "mask", "marker"
        }) {
            svg(container, false, Href.NONE);
        }
        svg("a", false, Href.LINK);
        svg("image", true, Href.IMAGE);
        svg("use", true, Href.LOCAL);
        for (String referring : new String[] {"textPath", "linearGradient", "radialGradient", "pattern"}) {
            svg(referring, false, Href.LOCAL);
        }
        svgAttributes(
                "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height",
                "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
                "method", "spacing", "side", "offset", "viewBox", "preserveAspectRatio", "version", "baseProfile",
                "transform", "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
                "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform", "markerWidth",
                "markerHeight", "markerUnits", "refX", "refY", "orient", "lang",
                "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
                "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
                "clip-path", "clip-rule", "mask", "marker-start", "marker-mid", "marker-end", "font-family",
                "font-size", "font-style", "font-weight", "font-variant", "font-stretch", "text-anchor",
                "text-decoration", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
                "word-spacing", "writing-mode", "direction", "unicode-bidi", "stop-color", "stop-opacity",
                "visibility", "display", "overflow", "vector-effect", "paint-order", "shape-rendering",
                "text-rendering", "image-rendering", "color-interpolation");

        for (String element : new String[] {
            "math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "mfrac", "msqrt", "mroot", "msub", "msup",
            "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none", "mtable", "mtr",
            "mtd", "mlabeledtr", "mstyle", "merror", "mpadded", "mphantom", "menclose", "mfenced"
        }) {
            MATHML_ELEMENTS.put(element, new ElementPolicy(element, false, Href.LINK));
        }
        for (String attribute : new String[] {
            "display", "alttext", "mathvariant", "mathsize", "mathcolor", "mathbackground", "dir", "displaystyle",
            "scriptlevel", "fence", "separator", "stretchy", "symmetric", "maxsize", "minsize", "largeop",
            "movablelimits", "accent", "accentunder", "lspace", "rspace", "linethickness", "width", "height",
            "depth", "voffset", "align", "columnalign", "rowalign", "columnspan", "rowspan", "columnlines",
            "rowlines", "columnspacing", "rowspacing", "frame", "framespacing", "equalrows", "equalcolumns",
            "notation", "open", "close", "separators", "form", "bevelled", "numalign", "denomalign",
            "subscriptshift", "superscriptshift"
        }) {
            MATHML_ATTRIBUTES.put(attribute, attribute);
        }
        for (String description : XLINK_DESCRIPTIONS) {
            SVG_ATTRIBUTES.put(description, description);
            MATHML_ATTRIBUTES.put(description, description);
        }
    }

    private ForeignAllowList() {}

    private static void svg(String name, boolean drawn, Href href) {
        SVG_ELEMENTS.put(name.toLowerCase(Locale.ROOT), new ElementPolicy(name, drawn, href));
    }

    private static void svgAttributes(String... names) {
        for (String name : names) {
            SVG_ATTRIBUTES.put(name.toLowerCase(Locale.ROOT), name);
        }
    }

    /** The policy of an allowed element, or {@code null}. */
    static ElementPolicy element(Namespace namespace, String name) {
        return switch (namespace) {
            case SVG -> SVG_ELEMENTS.get(name);
            case MATHML -> MATHML_ELEMENTS.get(name);
            case HTML -> null;
        };
    }

    /**
     * The name to write an allowed descriptive attribute with (links and ids are decided by the
     * element: see {@link ElementPolicy#href()}), or {@code null} when it is not allowed.
     */
    static String attribute(Namespace namespace, String name) {
        return switch (namespace) {
            case SVG -> SVG_ATTRIBUTES.get(name);
            case MATHML -> MATHML_ATTRIBUTES.get(name);
            case HTML -> null;
        };
    }
}
