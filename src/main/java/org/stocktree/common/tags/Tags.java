package org.stocktree.common.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.JsonMapping;

/**
 * Tags on any object, for the features whose objects carry them (parts, stock items, ...).
 *
 * <p>An object is named by its model ({@code part}, as InvenTree's content types name it) and its
 * id. A resource reads the {@code tags} a client sends with {@link #read}, saves them with
 * {@link #set} in its own transaction, shows them with {@link #of} (or {@link #ofAll} for a page of
 * rows, in one statement), and calls {@link #removeAll} when it deletes the object. Tag names
 * match ignoring case: "Red" finds the tag "red" rather than making a second one.
 */
@ApplicationScoped
@Transactional
public class Tags {

    @PersistenceContext
    EntityManager em;

    /** The names of the object's tags, sorted. */
    public List<String> of(String model, long id) {
        return ofAll(model, List.of(id)).getOrDefault(id, List.of());
    }

    /** The sorted tag names of each of the objects that has any, read in one statement. */
    public Map<Long, List<String>> ofAll(String model, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, TreeSet<String>> names = new HashMap<>();
        em.createQuery("select i.objectId, t.name from TaggedItem i join i.tag t "
                        + "where i.modelType = :model and i.objectId in :ids", Object[].class)
                .setParameter("model", model)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], key -> new TreeSet<>()).add((String) row[1]));
        Map<Long, List<String>> sorted = new LinkedHashMap<>();
        names.forEach((id, tags) -> sorted.put(id, List.copyOf(tags)));
        return sorted;
    }

    /** Makes the object carry exactly these tags, creating the tags that do not exist yet. */
    public void set(String model, long id, Collection<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String name : names) {
            String stripped = Tag.checkedName(name);
            wanted.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
        }
        List<TaggedItem> current = em.createQuery("select i from TaggedItem i join fetch i.tag "
                        + "where i.modelType = :model and i.objectId = :id", TaggedItem.class)
                .setParameter("model", model).setParameter("id", id).getResultList();
        for (TaggedItem item : current) {
            if (wanted.remove(item.getTag().getName().toLowerCase(Locale.ROOT)) == null) {
                em.remove(item);
            }
        }
        for (String name : wanted.values()) {
            em.persist(new TaggedItem(named(name).orElseGet(() -> create(name)), model, id));
        }
    }

    /** Takes every tag off the object, as when it is deleted. */
    public void removeAll(String model, long id) {
        em.createQuery("delete from TaggedItem i where i.modelType = :model and i.objectId = :id")
                .setParameter("model", model).setParameter("id", id).executeUpdate();
    }

    /** Takes every tag off the objects, as when they are deleted together: one statement for all. */
    public void removeAll(String model, Collection<Long> ids) {
        em.createQuery("delete from TaggedItem i where i.modelType = :model and i.objectId in :ids")
                .setParameter("model", model).setParameter("ids", ids).executeUpdate();
    }

    /** The ids of the model's objects that carry the tag (by name, ignoring case), for list filters. */
    public List<Long> objectsTagged(String model, String name) {
        return em.createQuery("select i.objectId from TaggedItem i join i.tag t "
                        + "where i.modelType = :model and lower(t.name) = :name", Long.class)
                .setParameter("model", model)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /**
     * For each search term, the objects of a model tagged with it (by name, ignoring case), read
     * in one statement; a search matches a row by its tags as by its texts.
     */
    public Map<String, List<Long>> objectsTagged(String model, SearchTerms terms) {
        Map<String, List<Long>> tagged = new HashMap<>();
        if (terms.isEmpty()) {
            return tagged;
        }
        List<String> names = terms.terms().stream().map(term -> term.toLowerCase(Locale.ROOT)).distinct().toList();
        List<Object[]> rows = em.createQuery("select i.objectId, lower(t.name) from TaggedItem i join i.tag t "
                        + "where i.modelType = :model and lower(t.name) in :names", Object[].class)
                .setParameter("model", model)
                .setParameter("names", names)
                .getResultList();
        for (String term : terms.terms()) {
            String name = term.toLowerCase(Locale.ROOT);
            tagged.put(term, rows.stream().filter(row -> name.equals(row[1])).map(row -> (Long) row[0]).toList());
        }
        return tagged;
    }

    /**
     * Reads the {@code tags} field of a request as InvenTree does: a list of strings, or a string
     * holding a JSON list. Anything else is refused on the {@code tags} field.
     */
    public static List<String> read(JsonNode value) {
        JsonNode list = value;
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            String text = value.asText();
            try {
                list = JsonMapping.mapper().readTree(text.isEmpty() ? "[]" : text);
            } catch (java.io.IOException notJson) {
                throw FieldErrors.of("tags", "Invalid json list. A tag list submitted in string form must be valid json.");
            }
        }
        if (!list.isArray()) {
            throw FieldErrors.of("tags", "Expected a list of items but got type \"" + pythonType(list) + "\".");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw FieldErrors.of("tags", "All list items must be of string type.");
            }
            names.add(item.asText());
        }
        return names;
    }

    /** The tag of that name, ignoring case. */
    Optional<Tag> named(String name) {
        return em.createQuery("select t from Tag t where lower(t.name) = :name", Tag.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** A new tag with a slug no other tag has: {@code red}, else {@code red_1}, {@code red_2}, ... */
    Tag create(String name) {
        String base = Tag.slugOf(name);
        List<String> taken = em.createQuery("select t.slug from Tag t where t.slug = :base or t.slug like :numbered escape '\\'",
                        String.class)
                .setParameter("base", base)
                .setParameter("numbered", base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\\_%")
                .getResultList();
        String slug = base;
        for (int i = 1; taken.contains(slug); i++) {
            slug = base + "_" + i;
        }
        Tag tag = new Tag(name, slug);
        em.persist(tag);
        return tag;
    }

    private static String pythonType(JsonNode value) {
        JsonNodeType type = value.getNodeType();
        return switch (type) {
            case OBJECT -> "dict";
            case BOOLEAN -> "bool";
            case NUMBER -> value.isIntegralNumber() ? "int" : "float";
            default -> "str";
        };
    }
}
