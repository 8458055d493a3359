package org.stocktree.common;

import org.stocktree.platform.persistence.ModelType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktree.platform.rest.ServerRole;

/**
 * The registry of model types: InvenTree's content types, each with a stable id, and for those
 * Stocktree has an entity for, the entity, the roles guarding it and whether it carries metadata.
 *
 * <p>The catalogue is the {@code common_contenttype} table, filled by migrations with InvenTree's
 * models (also those no feature implements yet). At start-up the registry reads it and binds every
 * entity of the persistence unit annotated with {@link ModelType} to its row, so it never needs to
 * know the feature packages. An annotated entity missing from the catalogue, or two rows of one
 * model name, stop the deployment: ids must not depend on which features are installed.
 *
 * <p>The catalogue only changes with a new version, so the bindings are read once and kept.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ContentTypes {

    private static final Logger LOG = Logger.getLogger(ContentTypes.class.getName());
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Map<String, String> APP_NAMES = Map.of(
            "auth", "Authentication and Authorization",
            "contenttypes", "Content Types");

    /** One model type, bound to its entity when Stocktree has one. */
    public record Entry(long id, String appLabel, String model, String name, Class<?> entity, List<String> roles,
            List<String> lookupFields, String display) {

        /** "Stock | Stock Item", as Django labels content types. */
        public String appLabeledName() {
            return appName(appLabel) + " | " + name;
        }

        public boolean hasEntity() {
            return entity != null;
        }

        public boolean hasMetadata() {
            return entity != null && HasMetadata.class.isAssignableFrom(entity);
        }

        /** Whether objects of this type take attachments (the entity implements {@link HasAttachments}). */
        public boolean acceptsAttachments() {
            return entity != null && HasAttachments.class.isAssignableFrom(entity);
        }

        /**
         * Whether a caller holding the given security roles has the permission ({@code view},
         * {@code change}, ...) on objects of this type: superusers always, anyone signed in where
         * no role guards the type, else holders of the permission in any guarding role.
         */
        public boolean permits(Predicate<String> holds, String permission) {
            return holds.test(ServerRole.SUPERUSER) || roles.isEmpty()
                    || roles.stream().anyMatch(role -> holds.test(role + "." + permission));
        }
    }

    /** A catalogue row as stored. */
    record Row(long id, String appLabel, String model, String name) {
    }

    @PersistenceContext
    EntityManager em;

    private List<Entry> entries = List.of();
    private Map<Long, Entry> byId = Map.of();
    private Map<String, Entry> byModel = Map.of();
    private Map<Class<?>, Entry> byEntity = Map.of();

    @PostConstruct
    void load() {
        List<Row> rows = em.createQuery("select c from ContentType c", ContentType.class).getResultStream()
                .map(type -> new Row(type.getId(), type.getAppLabel(), type.getModel(), type.getName())).toList();
        List<Class<?>> entities = em.getMetamodel().getEntities().stream().<Class<?>>map(EntityType::getJavaType).toList();
        install(bind(rows, entities));
        for (Entry entry : entries) {
            entry.lookupFields().forEach(field -> em.getMetamodel().entity(entry.entity()).getAttribute(field));
            if (!entry.display().isEmpty()) {
                em.getMetamodel().entity(entry.entity()).getAttribute(entry.display());
            }
        }
        LOG.info(() -> "Content types: " + entries.size() + " model types, "
                + byEntity.size() + " of them with an entity");
    }

    /** Joins the catalogue with the annotated entities; fails on an entity the catalogue lacks. */
    static List<Entry> bind(List<Row> rows, Collection<Class<?>> entities) {
        Map<String, Class<?>> annotated = new HashMap<>();
        for (Class<?> entity : entities) {
            ModelType type = entity.getAnnotation(ModelType.class);
            if (type != null && annotated.put(type.app() + "." + type.model(), entity) != null) {
                throw new IllegalStateException("Two entities are annotated as model type " + type.app() + "." + type.model());
            }
        }
        List<Entry> bound = new ArrayList<>();
        Map<String, Long> models = new HashMap<>();
        for (Row row : rows) {
            Long clash = models.put(row.model(), row.id());
            if (clash != null) {
                throw new IllegalStateException("Content types " + clash + " and " + row.id() + " share the model name " + row.model());
            }
            Class<?> entity = annotated.remove(row.appLabel() + "." + row.model());
            ModelType type = entity == null ? null : entity.getAnnotation(ModelType.class);
            bound.add(new Entry(row.id(), row.appLabel(), row.model(), row.name(), entity,
                    type == null ? List.of() : List.of(type.roles()),
                    type == null ? List.of() : List.of(type.lookupFields()), type == null ? "" : type.display()));
        }
        if (!annotated.isEmpty()) {
            throw new IllegalStateException("Model types missing from the content type catalogue (add them with a migration): "
                    + annotated.keySet());
        }
        bound.sort(Comparator.comparingLong(Entry::id));
        return List.copyOf(bound);
    }

    private void install(List<Entry> bound) {
        Map<Long, Entry> ids = new HashMap<>();
        Map<String, Entry> models = new HashMap<>();
        Map<Class<?>, Entry> types = new HashMap<>();
        for (Entry entry : bound) {
            ids.put(entry.id(), entry);
            models.put(entry.model(), entry);
            if (entry.hasEntity()) {
                types.put(entry.entity(), entry);
            }
        }
        entries = bound;
        byId = Map.copyOf(ids);
        byModel = Map.copyOf(models);
        byEntity = Map.copyOf(types);
    }

    /** Every model type, by id. */
    public List<Entry> all() {
        return entries;
    }

    public Optional<Entry> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The type of that model name ({@code stockitem}), as InvenTree's {@code model_type} values name them. */
    public Optional<Entry> byModel(String model) {
        return Optional.ofNullable(model == null ? null : byModel.get(model.toLowerCase(Locale.ROOT)));
    }

    /**
     * How people see the objects of one type that still exist, by id: one statement for all of
     * them. Types without an entity name nothing.
     */
    public Map<Long, String> names(Entry type, Collection<Long> ids) {
        if (!type.hasEntity() || ids.isEmpty()) {
            return Map.of();
        }
        String shown = type.display().isEmpty() ? "e.id" : "e." + type.display();
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select e.id, " + shown + " from " + em.getMetamodel().entity(type.entity()).getName()
                        + " e where e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], String.valueOf(row[1])));
        return names;
    }

    /** The type an entity class is registered as. */
    public Optional<Entry> of(Class<?> entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    /** Django's name of an app: its label title-cased, unless the app names itself. */
    static String appName(String appLabel) {
        String fixed = APP_NAMES.get(appLabel);
        if (fixed != null) {
            return fixed;
        }
        Matcher words = WORD.matcher(appLabel);
        StringBuilder name = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            words.appendReplacement(name, word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        words.appendTail(name);
        return name.toString();
    }
}
