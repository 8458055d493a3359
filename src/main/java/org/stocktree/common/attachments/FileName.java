package org.stocktree.common.attachments;

import java.util.Optional;

/**
 * The rules for names of stored attachment files. An uploaded file's name comes from the client
 * and is used on disk and in URLs, so it is reduced to a plain name: no folders, no characters a
 * shell, URL or HTML page would read specially, no control or direction-changing characters, no
 * leading dots (hidden files, {@code ..}), and a bounded length that keeps the extension.
 */
public final class FileName {

    /** Longest stored name, so that the relative path fits its column with any model type and id. */
    static final int MAX_LENGTH = 100;

    /** What an upload without a usable name is called. */
    static final String FALLBACK = "attachment";

    /** Characters InvenTree removes from uploaded names, and refuses in a new name. */
    private static final String ILLEGAL = "'\"\\`~#|!@$%^&*()[]{}<>?;:+=,/";

    private static final int MAX_EXTENSION = 20;

    private FileName() {
    }

    /** The name an uploaded file is stored under; never empty, never a path. */
    public static String sanitised(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !unwanted(c)).forEach(kept::appendCodePoint);
        name = stripLeadingDots(kept.toString().strip()).strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shortened(name, MAX_LENGTH);
    }

    /**
     * The n-th alternative to a name that is taken: {@code report_1.pdf}, {@code report_2.pdf},
     * still within the length limit.
     */
    static String numbered(String name, int n) {
        String suffix = "_" + n;
        int dot = extensionStart(name);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        int room = MAX_LENGTH - suffix.length() - extension.length();
        return stem.substring(0, Math.min(stem.length(), Math.max(room, 1))) + suffix + extension;
    }

    /**
     * Why a name chosen for an existing file (renaming) is refused, or empty when it is fine.
     * Unlike uploads, a chosen name is refused rather than silently changed.
     */
    static Optional<String> problemWithNewName(String chosen) {
        String name = chosen == null ? "" : chosen.strip();
        if (name.isEmpty()) {
            return Optional.of("Filename must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (ILLEGAL.indexOf(c) >= 0 || unwanted(c)) {
                return Optional.of("Filename contains illegal character '" + printable(c) + "'");
            }
        }
        if (name.startsWith(".")) {
            return Optional.of("Filename must not start with '.'");
        }
        if (extensionStart(name) < 0) {
            return Optional.of("Filename missing extension");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    /** The extension in lower case without the dot, or empty. */
    public static String extension(String name) {
        int dot = extensionStart(name);
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean unwanted(int c) {
        int type = Character.getType(c);
        return ILLEGAL.indexOf(c) >= 0 || Character.isISOControl(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String stripLeadingDots(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        return name.substring(start);
    }

    /** Where the extension's dot is: a dot after the first character, followed by a short extension. */
    private static int extensionStart(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > MAX_EXTENSION) {
            return -1;
        }
        return dot;
    }

    private static String shortened(String name, int limit) {
        if (name.length() <= limit) {
            return name;
        }
        int dot = extensionStart(name);
        String extension = dot < 0 ? "" : name.substring(dot);
        String stem = dot < 0 ? name : name.substring(0, dot);
        int end = limit - extension.length();
        if (Character.isLowSurrogate(stem.charAt(end))) {
            end--; // never split a character that takes two chars
        }
        return stem.substring(0, end).strip() + extension;
    }
}
