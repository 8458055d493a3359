package org.stocktree.platform.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A case-insensitive regular-expression match in the database's own syntax: PostgreSQL's
 * {@code ~*} operator (which trigram indexes serve) with {@code \y} for a word boundary, H2's
 * {@code regexp_like} (Java's regular expressions) with {@code \b}.
 *
 * <p>The SQL goes through Hibernate's {@code sql()} function, whose first argument is the
 * fragment with a {@code ?} per further argument; the build compiles against the Jakarta EE API
 * only, so no Hibernate function can be registered in code.
 */
enum RegexMatch {
    POSTGRESQL("(? ~* ?)", "\\y"),
    H2("regexp_like(?, ?, 'i')", "\\b");

    private static final String DATA_SOURCE = "java:jboss/datasources/StocktreeDS";

    private static volatile RegexMatch current;

    private final String sql;
    private final String boundary;

    RegexMatch(String sql, String boundary) {
        this.sql = sql;
        this.boundary = boundary;
    }

    /** The syntax of the database behind the application's datasource, asked once. */
    static RegexMatch current() {
        RegexMatch known = current;
        if (known == null) {
            try {
                known = "postgresql".equals(Migrations.vendor(InitialContext.doLookup(DATA_SOURCE))) ? POSTGRESQL : H2;
            } catch (NamingException unavailable) {
                throw new IllegalStateException("Cannot tell which database runs the search", unavailable);
            }
            current = known;
        }
        return known;
    }

    /** The text matches the pattern, ignoring case; with {@code whole}, only as a whole word. */
    Predicate matches(CriteriaBuilder builder, Expression<String> text, String pattern, boolean whole) {
        String wrapped = whole ? wholeWord(pattern) : pattern;
        return builder.isTrue(builder.function("sql", Boolean.class, builder.literal(sql), text, builder.literal(wrapped)));
    }

    /** The pattern standing for {@code pattern} as a whole word. */
    String wholeWord(String pattern) {
        return boundary + "(?:" + pattern + ")" + boundary;
    }
}
