package org.stocktree.platform.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code search} of a list request, read and matched as InvenTree reads it (Django REST
 * Framework's search filter with InvenTree's regex, whole-word and notes options).
 *
 * <p>The value is split into terms: on whitespace, a quoted phrase staying one term without its
 * quotes, other tokens split again on commas, blanks dropped. A row matches when every term
 * matches at least one of the list's search fields. A term matches a field when the field
 * contains it, ignoring case; with {@code search_regex} when the term, a regular expression,
 * matches the field ignoring case; with {@code search_whole} only where it stands as a whole word.
 * {@code search_notes} adds the {@code notes} field of entities that have one.
 *
 * <p>The plain match is always {@code lower(column) like '%term%' escape '\'}, column by column,
 * so that indexes on {@code lower(column)} serve it.
 */
public final class SearchTerms {

    /** No search: every row matches. */
    public static final SearchTerms NONE = new SearchTerms(List.of(), false, false, false);

    private static final String NOTES = "notes";

    private final List<String> terms;
    private final boolean regex;
    private final boolean whole;
    private final boolean notes;

    private SearchTerms(List<String> terms, boolean regex, boolean whole, boolean notes) {
        this.terms = terms;
        this.regex = regex;
        this.whole = whole;
        this.notes = notes;
    }

    /** Plain terms: contained, ignoring case. */
    public static SearchTerms of(String search) {
        return of(search, false, false, false);
    }

    /**
     * The terms of {@code search} with InvenTree's options.
     *
     * @throws Invalid when a term is not a regular expression and {@code regex} is set
     */
    public static SearchTerms of(String search, boolean regex, boolean whole, boolean notes) {
        List<String> terms = split(search);
        if (regex) {
            for (String term : terms) {
                try {
                    Pattern.compile(term);
                } catch (PatternSyntaxException bad) {
                    throw new Invalid("Invalid regular expression \"" + term + "\": " + bad.getDescription());
                }
            }
        }
        return new SearchTerms(terms, regex, whole, notes);
    }

    /** The terms of a search value, as Django REST Framework splits it. */
    static List<String> split(String search) {
        List<String> terms = new ArrayList<>();
        if (search == null) {
            return terms;
        }
        for (String token : tokens(search.replace("\0", ""))) {
            String trimmed = strip(token, ',');
            if (trimmed.length() >= 2 && isQuote(trimmed.charAt(0))
                    && trimmed.charAt(trimmed.length() - 1) == trimmed.charAt(0)) {
                String phrase = unquote(trimmed).strip();
                if (!phrase.isEmpty()) {
                    terms.add(phrase);
                }
                continue;
            }
            for (String part : trimmed.split(",")) {
                if (!part.isBlank()) {
                    terms.add(part.strip());
                }
            }
        }
        return terms;
    }

    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * Every term matches one of the texts, or is among the conditions {@code extra} holds for it
     * (the ids of rows tagged with the term, read beforehand). The {@code notes} of the searched
     * entity join the texts when asked for and the entity has them.
     */
    public Predicate matchAll(CriteriaBuilder builder, From<?, ?> searched, List<? extends Expression<String>> texts,
            Map<String, List<Long>> tagged) {
        return matchAll(builder, searched, texts, term -> {
            List<Long> ids = tagged.getOrDefault(term, List.of());
            return ids.isEmpty() ? List.of() : List.of(searched.get("id").in(ids));
        });
    }

    /**
     * Every term matches one of the texts or one of the conditions {@code also} gives for it,
     * such as the ids of rows tagged with it or of related rows whose name matches it, read
     * beforehand: an index can serve such a condition inside the "or", a match on a joined
     * table's column it cannot.
     */
    public Predicate matchAll(CriteriaBuilder builder, From<?, ?> searched, List<? extends Expression<String>> texts,
            Function<String, List<Predicate>> also) {
        List<Expression<String>> fields = new ArrayList<>(texts);
        if (notes && hasNotes(searched)) {
            fields.add(searched.get(NOTES));
        }
        List<Predicate> all = new ArrayList<>();
        for (String term : terms) {
            List<Predicate> any = new ArrayList<>();
            for (Expression<String> field : fields) {
                any.add(matches(builder, field, term));
            }
            any.addAll(also.apply(term));
            all.add(builder.or(any.toArray(Predicate[]::new)));
        }
        return builder.and(all.toArray(Predicate[]::new));
    }

    /** One term matches one of the texts (for a sub-query over related rows, e.g. an item's part). */
    public Predicate matchesAny(CriteriaBuilder builder, String term, List<? extends Expression<String>> texts) {
        return builder.or(texts.stream().map(text -> matches(builder, text, term)).toArray(Predicate[]::new));
    }

    /** Whether the terms are plain (contained, ignoring case), so that Java can tell what each matches. */
    public boolean plain() {
        return !regex && !whole;
    }

    /** For plain terms: the {@code like} pattern a column, lowered, must match to contain the term. */
    public static String containsPattern(String term) {
        return "%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%";
    }

    /** As {@link #matchAll(CriteriaBuilder, From, List, Map)} without tags. */
    public Predicate matchAll(CriteriaBuilder builder, From<?, ?> searched, List<? extends Expression<String>> texts) {
        return matchAll(builder, searched, texts, Map.of());
    }

    /**
     * The same match for lists held in memory (settings, content types): every term matches one
     * of the texts, regular expressions in Java's syntax.
     */
    public boolean test(List<String> texts) {
        for (String term : terms) {
            Pattern pattern = regex || whole ? Pattern.compile(
                    whole ? "\\b(?:" + (regex ? term : escapeRegex(term)) + ")\\b" : term,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null;
            String lower = term.toLowerCase(Locale.ROOT);
            boolean any = texts.stream().filter(java.util.Objects::nonNull).anyMatch(text -> pattern == null
                    ? text.toLowerCase(Locale.ROOT).contains(lower) : pattern.matcher(text).find());
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private Predicate matches(CriteriaBuilder builder, Expression<String> text, String term) {
        if (!regex && !whole) {
            return builder.like(builder.lower(text), containsPattern(term), '\\');
        }
        String pattern = regex ? term : escapeRegex(term);
        return RegexMatch.current().matches(builder, text, pattern, whole);
    }

    private static boolean hasNotes(From<?, ?> searched) {
        return searched.getModel() instanceof jakarta.persistence.metamodel.ManagedType<?> type
                && type.getAttributes().stream().anyMatch(attribute -> NOTES.equals(attribute.getName()));
    }

    /**
     * A term made a regular expression matching itself: every character other than a letter,
     * digit, underscore or space is escaped, which both PostgreSQL's and Java's syntax read as
     * the character itself.
     */
    static String escapeRegex(String term) {
        StringBuilder escaped = new StringBuilder();
        term.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != '_' && c != ' ') {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Django's smart split: whitespace separates tokens, except inside single or double quotes; a
     * quote left open is an ordinary character.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
                i++;
            } else if (isQuote(c) && closingQuote(text, i) > 0) {
                int end = closingQuote(text, i);
                token.append(text, i, end + 1);
                i = end + 1;
            } else {
                token.append(c);
                i++;
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Where the quote opened at {@code start} closes (a backslash escapes), or -1. */
    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String quoted) {
        char quote = quoted.charAt(0);
        return quoted.substring(1, quoted.length() - 1).replace("\\" + quote, String.valueOf(quote)).replace("\\\\", "\\");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static String strip(String text, char c) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == c) {
            from++;
        }
        while (to > from && text.charAt(to - 1) == c) {
            to--;
        }
        return text.substring(from, to);
    }

    /** A search that cannot run: a term that should be a regular expression and is not one. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }
}
