package org.stocktree.platform.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans markdown that a browser will render (notes), so that nothing in it can run script:
 * markdown stays as written, harmless HTML stays, and what could act is taken out.
 *
 * <ul>
 * <li>HTML elements outside a short list of formatting elements lose their tags; elements whose
 * content is code or a document of its own ({@code script}, {@code style}, {@code iframe},
 * {@code svg}, ...) go with their content; comments, doctypes and processing instructions go.</li>
 * <li>Kept elements are rewritten with only the attributes on their list (never {@code on*},
 * never {@code style}), quoted again, so nothing can hide in malformed attributes.</li>
 * <li>Links and images, in HTML or in markdown ({@code [text](url)}, reference definitions,
 * {@code <url>}), keep only web, mail and telephone links and relative ones: a link with any
 * other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, also when disguised by
 * entities, escapes or control characters) becomes {@code #} or is dropped.</li>
 * <li>Control and direction-changing characters are removed, line ends become {@code \n}.</li>
 * <li>A {@code <} that opens a tag which never closes is written as {@code &lt;}, so text
 * following the notes cannot complete it.</li>
 * </ul>
 *
 * <p>Cleaning repeats until the text no longer changes, so removing one piece can never join
 * the pieces around it into something new.
 */
public final class SafeMarkdown {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("a", "abbr", "b", "blockquote", "br", "code", "dd",
            "del", "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
            "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "summary",
            "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul");

    /** Elements whose content is not text to show: removed together with their content. */
    private static final Set<String> REMOVED_WITH_CONTENT = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "noscript", "noembed", "noframes", "template", "svg", "math", "xmp",
            "plaintext", "textarea", "title", "select", "xml");

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("title");

    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "a", Set.of("href", "title"),
            "img", Set.of("src", "alt", "title", "width", "height"),
            "td", Set.of("colspan", "rowspan", "align"),
            "th", Set.of("colspan", "rowspan", "align"),
            "ol", Set.of("start"),
            "abbr", Set.of("title"));

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp", "ftps", "tel");

    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\s<>]*)>");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile(
            "<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*>");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile(
            "(?m)^ {0,3}\\[(?:[^\\]\\\\\\n]|\\\\.)+\\]:[ \\t]*\\n?[ \\t]*(<[^>\\n]*>|\\S+)");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,7}));?");
    private static final Map<String, String> NAMED_ENTITIES = Map.of("colon", ":", "tab", "\t", "newline", "\n",
            "lpar", "(", "rpar", ")", "sol", "/", "period", ".", "amp", "&", "nbsp", " ", "quot", "\"");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z]+);");

    private static final int MAX_PASSES = 8;

    private SafeMarkdown() {
    }

    /** The cleaned text; null stays null. */
    public static String clean(String markdown) {
        if (markdown == null) {
            return null;
        }
        String text = withoutControlCharacters(markdown);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String cleaned = cleanTags(cleanMarkdownLinks(text));
            if (cleaned.equals(text)) {
                return cleaned;
            }
            text = cleaned;
        }
        // Never settled: no markup survives at all.
        return text.replace("<", "&lt;");
    }

    /** Whether a link target is one a rendered note may carry: web, mail, telephone, or relative. */
    public static boolean isSafeUrl(String url) {
        String normalised = normalisedUrl(url);
        int colon = normalised.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int pathStart = firstIndexOf(normalised, "/?#");
        if (pathStart >= 0 && pathStart < colon) {
            return true; // the colon is in the path or query of a relative link
        }
        return SAFE_SCHEMES.contains(normalised.substring(0, colon));
    }

    /** The URL as a browser reads its scheme: entities decoded, escapes, blanks and controls gone, lower case. */
    private static String normalisedUrl(String url) {
        String decoded = decodeEntities(url == null ? "" : url);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\\' && i + 1 < decoded.length() && isAsciiPunctuation(decoded.charAt(i + 1))) {
                continue; // a markdown escape: the renderer drops the backslash
            }
            if (c <= ' ' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isWhitespace(c)) {
                continue;
            }
            kept.append(c);
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static String decodeEntities(String text) {
        String decoded = text;
        for (int round = 0; round < 3; round++) {
            String before = decoded;
            Matcher numeric = NUMERIC_ENTITY.matcher(decoded);
            StringBuilder out = new StringBuilder();
            while (numeric.find()) {
                int code;
                try {
                    code = numeric.group(1) != null ? Integer.parseInt(numeric.group(1))
                            : Integer.parseInt(numeric.group(2), 16);
                } catch (NumberFormatException huge) {
                    code = 0xFFFD;
                }
                String replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "\uFFFD";
                numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            numeric.appendTail(out);
            Matcher named = NAMED_ENTITY.matcher(out.toString());
            StringBuilder out2 = new StringBuilder();
            while (named.find()) {
                String replacement = NAMED_ENTITIES.get(named.group(1).toLowerCase(Locale.ROOT));
                named.appendReplacement(out2, Matcher.quoteReplacement(replacement == null ? named.group() : replacement));
            }
            named.appendTail(out2);
            decoded = out2.toString();
            if (decoded.equals(before)) {
                break;
            }
        }
        return decoded;
    }

    private static String withoutControlCharacters(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !unwanted(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean unwanted(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0xFEFF;
    }

    /** Markdown links, images and reference definitions with an unsafe target point at {@code #} instead. */
    private static String cleanMarkdownLinks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("](", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int start = skipBlanks(text, open + 2);
            int end = destinationEnd(text, start);
            out.append(text, i, start);
            String destination = text.substring(start, end);
            out.append(isSafeUrl(stripAngles(destination)) ? destination : "#");
            i = end;
        }
        Matcher reference = REFERENCE_DEFINITION.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            String destination = reference.group(1);
            String line = reference.group();
            String replaced = isSafeUrl(stripAngles(destination)) ? line
                    : line.substring(0, line.length() - destination.length()) + "#";
            reference.appendReplacement(result, Matcher.quoteReplacement(replaced));
        }
        reference.appendTail(result);
        return result.toString();
    }

    private static String stripAngles(String destination) {
        return destination.startsWith("<") ? destination.substring(1).replaceFirst(">$", "") : destination;
    }

    /** After {@code ](}: spaces, tabs and at most one line end, as CommonMark allows. */
    private static int skipBlanks(String text, int from) {
        int i = from;
        boolean newline = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\n' && !newline) {
                newline = true;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Where a link destination ends: at the {@code >} of a bracketed one, else at a blank or an unbalanced {@code )}. */
    private static int destinationEnd(String text, int start) {
        if (start < text.length() && text.charAt(start) == '<') {
            int i = start + 1;
            while (i < text.length() && text.charAt(i) != '>' && text.charAt(i) != '\n') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i < text.length() && text.charAt(i) == '>' ? i + 1 : i);
        }
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = Math.min(text.length(), i + 2);
                continue;
            }
            if (c <= ' ') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            i++;
        }
        return i;
    }

    /** One pass over the HTML in the text: tags rewritten, dropped, or escaped when they never close. */
    private static String cleanTags(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                i = close < 0 ? text.length() : close + 3;
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (next == '!' || next == '?') {
                int close = text.indexOf('>', i);
                if (close < 0) {
                    out.append("&lt;");
                    i++;
                } else {
                    i = close + 1;
                }
                continue;
            }
            Matcher autolink = AUTOLINK.matcher(text).region(i, text.length());
            if (autolink.lookingAt()) {
                if (isSafeUrl(autolink.group(1))) {
                    out.append(autolink.group());
                }
                i = autolink.end();
                continue;
            }
            Matcher email = EMAIL_AUTOLINK.matcher(text).region(i, text.length());
            if (email.lookingAt()) {
                out.append(email.group());
                i = email.end();
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= text.length() || !Character.isLetter(text.charAt(nameStart))) {
                out.append(c); // a lone '<': text
                i++;
                continue;
            }
            Tag tag = Tag.parse(text, nameStart);
            if (tag == null) {
                out.append("&lt;"); // never closes: must not swallow what follows the notes
                i++;
                continue;
            }
            if (REMOVED_WITH_CONTENT.contains(tag.name)) {
                i = closing ? tag.end : endOfElement(text, tag.name, tag.end);
                continue;
            }
            if (ALLOWED_ELEMENTS.contains(tag.name)) {
                out.append(closing ? "</" + tag.name + ">" : tag.rewritten());
            }
            i = tag.end;
        }
        return out.toString();
    }

    /** After the start tag of an element removed with its content: just past its end tag, or the end. */
    private static int endOfElement(String text, String name, int from) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = from;
        while (true) {
            int close = lower.indexOf("</" + name, at);
            if (close < 0) {
                return text.length();
            }
            int after = close + 2 + name.length();
            if (after >= text.length()) {
                return text.length();
            }
            char c = text.charAt(after);
            if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                Tag end = Tag.parse(text, close + 2);
                return end == null ? text.length() : end.end;
            }
            at = after;
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static int firstIndexOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A tag as a browser tokenises it: its name, its attributes (first of each name wins), where it ends. */
    private static final class Tag {

        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        int end;

        private Tag(String name) {
            this.name = name;
        }

        /** The tag whose name starts at {@code nameStart}, or null when its {@code >} never comes. */
        static Tag parse(String text, int nameStart) {
            int i = nameStart;
            while (i < text.length() && !isTagBreak(text.charAt(i))) {
                i++;
            }
            Tag tag = new Tag(text.substring(nameStart, i).toLowerCase(Locale.ROOT));
            while (true) {
                while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/')) {
                    i++;
                }
                if (i >= text.length()) {
                    return null;
                }
                if (text.charAt(i) == '>') {
                    tag.end = i + 1;
                    return tag;
                }
                int attributeStart = i;
                i++; // the first character belongs to the name, even '='
                while (i < text.length() && !isTagBreak(text.charAt(i)) && text.charAt(i) != '=') {
                    i++;
                }
                String attribute = text.substring(attributeStart, i).toLowerCase(Locale.ROOT);
                int afterName = i;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String value = "";
                if (i < text.length() && text.charAt(i) == '=') {
                    i++;
                    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (i >= text.length()) {
                        return null;
                    }
                    char quote = text.charAt(i);
                    if (quote == '"' || quote == '\'') {
                        int close = text.indexOf(quote, i + 1);
                        if (close < 0) {
                            return null;
                        }
                        value = text.substring(i + 1, close);
                        i = close + 1;
                    } else {
                        int valueStart = i;
                        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
                            i++;
                        }
                        value = text.substring(valueStart, i);
                    }
                } else {
                    i = afterName;
                }
                tag.attributes.putIfAbsent(attribute, value);
            }
        }

        private static boolean isTagBreak(char c) {
            return Character.isWhitespace(c) || c == '/' || c == '>';
        }

        /** The start tag with only its allowed attributes, each double-quoted and escaped. */
        String rewritten() {
            StringBuilder out = new StringBuilder("<").append(name);
            Set<String> allowed = ATTRIBUTES.getOrDefault(name, Set.of());
            attributes.forEach((attribute, value) -> {
                if (!allowed.contains(attribute) && !GLOBAL_ATTRIBUTES.contains(attribute)) {
                    return;
                }
                if (URL_ATTRIBUTES.contains(attribute) && !isSafeUrl(value)) {
                    return;
                }
                out.append(' ').append(attribute).append("=\"")
                        .append(value.replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")).append('"');
            });
            return out.append('>').toString();
        }
    }
}
