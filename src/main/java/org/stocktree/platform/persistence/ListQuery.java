package org.stocktree.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list request turned into SQL: filters, search, ordering and a page, all done by the database.
 *
 * <p>Whatever the page size, a list costs two statements, one count and one page (three when the
 * page includes computed totals: the page's ids first, see {@link #page}). Features add
 * their own filters as predicates; search and ordering follow Django REST Framework's rules
 * ({@code search} as {@link SearchTerms} reads it; {@code ordering} is a
 * comma-separated list of names, {@code -} for descending, unknown names ignored). Rows are always
 * finally ordered by id, so pages never overlap or skip rows.
 *
 * @param <E> the entity listed
 */
public final class ListQuery<E> {

    /** One condition on the listed entity. */
    @FunctionalInterface
    public interface Filter<E> {
        Predicate apply(CriteriaBuilder builder, Root<E> root);
    }

    /** A condition that needs its query, to build a subquery over other rows (see {@link #filterWith}). */
    @FunctionalInterface
    public interface QueryFilter<E> {
        Predicate apply(CriteriaBuilder builder, Root<E> root, AbstractQuery<?> query);
    }

    /** Orders by something other than an attribute path, such as a value from another table. */
    @FunctionalInterface
    public interface Sort<E> {
        List<Order> apply(CriteriaBuilder builder, Root<E> root, AbstractQuery<?> query);
    }

    private final EntityManager em;
    private final Class<E> type;
    private final List<QueryFilter<E>> filters = new ArrayList<>();
    private final List<Sort<E>> leadingSorts = new ArrayList<>();
    private final List<String> ordering = new ArrayList<>();
    private Map<String, String> orderable = Map.of();
    private final List<String> included = new ArrayList<>();

    private ListQuery(EntityManager em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    public static <E> ListQuery<E> of(EntityManager em, Class<E> type) {
        return new ListQuery<>(em, type);
    }

    public ListQuery<E> filter(Filter<E> filter) {
        filters.add((builder, root, query) -> filter.apply(builder, root));
        return this;
    }

    /** A condition built with the query, e.g. an {@code exists} over rows of another table. */
    public ListQuery<E> filterWith(QueryFilter<E> filter) {
        filters.add(filter);
        return this;
    }

    /** Orders rows by {@code sort} before any ordering named by {@link #orderBy}. */
    public ListQuery<E> orderFirst(Sort<E> sort) {
        leadingSorts.add(sort);
        return this;
    }

    /**
     * Keeps rows where every search term matches one of the attributes ({@link SearchTerms}). No
     * terms keep all rows.
     */
    public ListQuery<E> search(SearchTerms terms, String... attributes) {
        if (terms.isEmpty() || attributes.length == 0) {
            return this;
        }
        return filter((builder, root) -> terms.matchAll(builder, root, java.util.Arrays.stream(attributes)
                .map(attribute -> asText(builder, path(root, attribute))).toList()));
    }

    /**
     * The attribute as text, so that numbers are searched by their digits. {@code as(String.class)}
     * would not do: Hibernate treats it as a type assertion, not a cast, and PostgreSQL refuses
     * {@code lower()} of a number; Hibernate's {@code str} function is a real cast.
     */
    @SuppressWarnings("unchecked")
    private static jakarta.persistence.criteria.Expression<String> asText(CriteriaBuilder builder, Path<?> path) {
        return path.getJavaType() == String.class ? (Path<String>) path : builder.function("str", String.class, path);
    }

    /**
     * Orders by the requested names, each mapped to an attribute path ({@code "started"} to
     * {@code "started"}, {@code "part_name"} to {@code "part.name"}); the fallback applies when the
     * request names nothing usable.
     */
    public ListQuery<E> orderBy(String requested, Map<String, String> allowed, String fallback) {
        this.orderable = allowed;
        ordering.clear();
        addOrdering(requested, allowed);
        if (ordering.isEmpty()) {
            addOrdering(fallback, allowed);
        }
        return this;
    }

    /**
     * Reads the named to-one associations with the page's own statement, so that rows showing
     * them cost no statement each. A dotted name ({@code "subPart.category"}) reads an
     * association of an association; name its first step too.
     */
    public ListQuery<E> including(String... associations) {
        included.addAll(List.of(associations));
        return this;
    }

    public long count() {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<E> root = query.from(type);
        // count(1), not count(id): the same number, but the database may then count from an
        // index alone (e.g. the items of some locations from the location index, without
        // visiting 31,000 rows for their ids: 130 to 7 ms on the benchmark data).
        query.select(builder.count(builder.literal(1))).where(predicates(builder, root, query));
        return em.createQuery(query).getSingleResult();
    }

    /** Hibernate's query hint for read-only results (the provider's API is not on the compile path). */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    /**
     * The rows of one page to show, loaded read-only: Hibernate keeps no copy of each row's state
     * and never compares the rows for changes when it flushes (on a 100-row part page that
     * comparison was a large share of the request). Use {@link #fetch} for rows that are changed.
     *
     * <p>A paged list with included associations first picks the page's ids (filters, order and
     * page on the entity's table alone), then reads those rows with their associations. In one
     * statement the database may join the included totals views to every matching row before it
     * sorts and cuts the page, whenever it expects few matches: a part search matching 15,000
     * parts computed 15,000 rows of stock totals to show 100 (4 s). One more statement, whatever
     * the page size.
     */
    public List<E> page(Integer limit, int offset) {
        if (em.isJoinedToTransaction()) {
            em.flush(); // whatever the request changed before is written before the page is read
        }
        if (limit == null || included.isEmpty()) {
            return typedQuery(limit, offset).setHint(READ_ONLY, true).getResultList();
        }
        List<Object> ids = pageIds(limit, offset);
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(type);
        Root<E> root = query.from(type);
        fetchIncluded(root);
        query.select(root).where(root.get("id").in(ids));
        Map<Object, E> byId = new java.util.HashMap<>();
        var identifiers = em.getEntityManagerFactory().getPersistenceUnitUtil();
        for (E row : em.createQuery(query).setHint(READ_ONLY, true).getResultList()) {
            byId.put(identifiers.getIdentifier(row), row);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<Object> pageIds(int limit, int offset) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = builder.createQuery(Object.class);
        Root<E> root = query.from(type);
        query.select(root.get("id")).where(predicates(builder, root, query)).orderBy(orders(builder, root, query));
        List<Object> ids = em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    /**
     * Lets go of the page's rows once they are turned into records: a list request changes
     * nothing, and at commit Hibernate would otherwise walk every row read (a 1,000-part page
     * holds 4,000 entities with their totals), reading each one's fields by reflection even
     * though read-only rows are never written. Call it only when the rows are no longer used.
     */
    public void release() {
        em.clear();
    }

    /** The rows of one page; {@code limit == null} returns every row from the offset on. */
    public List<E> fetch(Integer limit, int offset) {
        return typedQuery(limit, offset).getResultList();
    }

    private TypedQuery<E> typedQuery(Integer limit, int offset) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(type);
        Root<E> root = query.from(type);
        fetchIncluded(root);
        query.select(root).where(predicates(builder, root, query)).orderBy(orders(builder, root, query));
        TypedQuery<E> typed = em.createQuery(query).setFirstResult(offset);
        if (limit != null) {
            typed.setMaxResults(limit);
        }
        return typed;
    }

    /** Fetches every included association, left-joined so that rows without one still count. */
    private void fetchIncluded(Root<E> root) {
        Map<String, jakarta.persistence.criteria.Fetch<?, ?>> fetches = new java.util.HashMap<>();
        for (String association : included) {
            int dot = association.lastIndexOf('.');
            jakarta.persistence.criteria.Fetch<?, ?> parent = dot < 0 ? null : fetches.get(association.substring(0, dot));
            String attribute = association.substring(dot + 1);
            fetches.put(association, parent == null ? root.fetch(attribute, JoinType.LEFT)
                    : parent.fetch(attribute, JoinType.LEFT));
        }
    }

    private Predicate[] predicates(CriteriaBuilder builder, Root<E> root, AbstractQuery<?> query) {
        return filters.stream().map(filter -> filter.apply(builder, root, query)).toArray(Predicate[]::new);
    }

    private List<Order> orders(CriteriaBuilder builder, Root<E> root, AbstractQuery<?> query) {
        List<Order> orders = new ArrayList<>();
        leadingSorts.forEach(sort -> orders.addAll(sort.apply(builder, root, query)));
        for (String name : ordering) {
            boolean descending = name.startsWith("-");
            Path<?> path = orderPath(root, orderable.get(descending ? name.substring(1) : name));
            orders.add(descending ? builder.desc(path) : builder.asc(path));
        }
        orders.add(builder.asc(root.get("id")));
        return orders;
    }

    private void addOrdering(String requested, Map<String, String> allowed) {
        if (requested == null) {
            return;
        }
        for (String part : requested.split(",")) {
            String name = part.trim();
            String bare = name.startsWith("-") ? name.substring(1) : name;
            if (!bare.isEmpty() && allowed.containsKey(bare)) {
                ordering.add(name);
            }
        }
    }

    /**
     * An attribute to sort by. Associations on the way are left-joined, so that sorting by a
     * related row's attribute ({@code subPart.category.name}) keeps the rows without one, as
     * Django's outer join does, unless every row has one; a reference's own id
     * ({@code category.id}) is its column.
     */
    private static Path<?> orderPath(Root<?> root, String dotted) {
        String[] steps = dotted.split("\\.");
        if (steps.length < 2 || (steps.length == 2 && "id".equals(steps[1]))) {
            return path(root, dotted);
        }
        jakarta.persistence.criteria.From<?, ?> from = root;
        boolean required = true;
        for (int i = 0; i < steps.length - 1; i++) {
            // A reference every row has (a stock item's part) is inner-joined: the same rows, and
            // the database may then walk the referenced table in order (the part-name index) and
            // stop at the page's end instead of sorting every matching row.
            required = required && mandatory(from, steps[i]);
            from = from.join(steps[i], required ? JoinType.INNER : JoinType.LEFT);
        }
        return from.get(steps[steps.length - 1]);
    }

    private static boolean mandatory(jakarta.persistence.criteria.From<?, ?> from, String attribute) {
        return from.getModel() instanceof jakarta.persistence.metamodel.ManagedType<?> type
                && type.getAttribute(attribute) instanceof jakarta.persistence.metamodel.SingularAttribute<?, ?> single
                && !single.isOptional();
    }

    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String attribute : dotted.split("\\.")) {
            path = path.get(attribute);
        }
        return path;
    }

}
