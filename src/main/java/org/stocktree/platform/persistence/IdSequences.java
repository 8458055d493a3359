package org.stocktree.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads and moves the id sequences ({@code <table>_seq}, see {@link BaseEntity}) for rows written
 * with ids of their own, such as imported ones. PostgreSQL and H2 expose sequences differently;
 * this is the one place that knows both.
 *
 * <p>Hibernate's pooled optimizer takes a sequence value as the top of a block of
 * {@value #INCREMENT} ids, so after rows up to id {@code n} were written the sequence must hand out
 * {@code n + 50} next: the next block is then {@code n + 1 .. n + 50}. Sequences only ever move
 * forward, because other nodes may hold blocks below their current value.
 */
@ApplicationScoped
public class IdSequences {

    /** The increment of every id sequence (the migrations create them so). */
    public static final int INCREMENT = 50;

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/StocktreeDS")
    DataSource dataSource;

    private volatile Boolean postgresql;

    /** The value the table's sequence hands out next. */
    public long nextValue(String table) {
        String sequence = sequenceOf(table);
        Object value;
        if (onPostgresql()) {
            value = em.createNativeQuery("select case when s.is_called then s.last_value + p.increment_by "
                            + "else s.last_value end from " + sequence + " s, pg_sequences p "
                            + "where p.schemaname = current_schema() and p.sequencename = '" + sequence + "'")
                    .getSingleResult();
        } else {
            value = em.createNativeQuery("select base_value from information_schema.sequences "
                    + "where sequence_schema = current_schema and sequence_name = '" + sequence + "'").getSingleResult();
        }
        return ((Number) value).longValue();
    }

    /**
     * Takes {@code count} unused ids of the table from its sequence, in one statement whatever the
     * count (as many blocks as needed, each sequence value being the top of a block, exactly as
     * Hibernate's pooled optimizer reads it), for rows written in bulk with SQL. Ids left over in
     * the last block are never used: sequences have gaps anyway.
     */
    public List<Long> reserve(String table, int count) {
        List<Long> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            int blocks = (count - ids.size() + INCREMENT - 1) / INCREMENT;
            String sequence = sequenceOf(table);
            String sql = onPostgresql()
                    ? "select nextval('" + sequence + "') from generate_series(1, " + blocks + ")"
                    : "select next value for " + sequence + " from system_range(1, " + blocks + ")";
            for (Object top : em.createNativeQuery(sql).getResultList()) {
                long[] block = block(((Number) top).longValue());
                for (long id = block[0]; id <= block[1] && ids.size() < count; id++) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * The first and last id of the block a sequence value stands for, as Hibernate's pooled
     * optimizer reads it: the value is the block's top. A fresh sequence's first value (1) is a
     * block of its own, since Hibernate, taking it, counts the next value's block from 2.
     */
    static long[] block(long high) {
        return new long[] {high == 1 ? 1 : Math.max(2, high - INCREMENT + 1), high};
    }

    /**
     * Moves the table's sequence past its highest id (to {@code max(id) + 50}), unless it is
     * there already. Returns the sequence's next value afterwards.
     */
    public long movePastRows(String table) {
        Object max = em.createNativeQuery("select max(id) from " + checked(table)).getSingleResult();
        long next = nextValue(table);
        if (max == null) {
            return next;
        }
        long wanted = ((Number) max).longValue() + INCREMENT;
        if (wanted <= next) {
            return next;
        }
        String sequence = sequenceOf(table);
        if (onPostgresql()) {
            em.createNativeQuery("select setval('" + sequence + "', " + wanted + ", false)").getSingleResult();
        } else {
            // H2 applies this at once and outside the transaction, as PostgreSQL's setval does.
            em.createNativeQuery("alter sequence " + sequence + " restart with " + wanted).executeUpdate();
        }
        return wanted;
    }

    private boolean onPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException unavailable) {
                throw new IllegalStateException("Cannot tell which database holds the sequences", unavailable);
            }
            postgresql = known;
        }
        return known;
    }

    private static String sequenceOf(String table) {
        return checked(table) + "_seq";
    }

    /** Table names come from code, never from input; they are checked anyway, being spliced into SQL. */
    private static String checked(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }
}
