package org.stocktree.common.settings;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.rest.FieldErrors;

/**
 * The installation's global settings, for every feature: typed reads ({@link #bool},
 * {@link #integer}, {@link #text}) served from the shared cache, and checked writes
 * ({@link #store}).
 *
 * <p>A setting's value is, in order: the value the server's configuration fixes
 * ({@code stocktree.global-settings}), the stored value, or the default. Reading an unknown key is
 * a programming error and throws {@link IllegalArgumentException}.
 */
@ApplicationScoped
public class GlobalSettings implements SettingContext {

    private static final Logger LOG = Logger.getLogger(GlobalSettings.class.getName());

    public static final String INSTANCE_NAME = "INVENTREE_INSTANCE";
    public static final String INSTANCE_TITLE = "INVENTREE_INSTANCE_TITLE";
    public static final String INSTANCE_ID = "INVENTREE_INSTANCE_ID";
    public static final String ANNOUNCE_ID = "INVENTREE_ANNOUNCE_ID";
    public static final String RESTART_REQUIRED = "SERVER_RESTART_REQUIRED";
    static final String BASE_URL = "INVENTREE_BASE_URL";

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsCache cache;

    @Inject
    @ConfigProperty(name = "stocktree.site-url")
    String siteUrl;

    @Inject
    @ConfigProperty(name = "stocktree.global-settings")
    Optional<String> configured;

    private final SettingsCatalogue catalogue = SettingsCatalogue.instance();
    private volatile Map<String, String> overrides = Map.of();

    @PostConstruct
    void readConfiguration() {
        overrides = SettingOverrides.parse(configured.orElse(""), catalogue, this);
        if (!overrides.isEmpty()) {
            LOG.info(() -> "Global settings fixed by configuration: " + String.join(", ", overrides.keySet()));
        }
    }

    public boolean bool(String key) {
        SettingDefinition definition = definition(key);
        return definition.asBoolean(current(definition, cache.global()).text());
    }

    public long integer(String key) {
        SettingDefinition definition = definition(key);
        return definition.asInteger(current(definition, cache.global()).text());
    }

    public String text(String key) {
        return current(definition(key), cache.global()).text();
    }

    /**
     * Checks the value against the setting's rules and stores it as text; a 400
     * {@code {"value": [...]}} when refused. A secret setting given {@code ***} (what clients are
     * shown) keeps its value. Changing a setting that takes effect only after a restart raises
     * {@code SERVER_RESTART_REQUIRED}. Other nodes see the change once the transaction commits.
     */
    @Transactional
    public SettingValue store(String key, String value) {
        SettingDefinition definition = definition(key);
        if (overrides.containsKey(definition.key())) {
            throw FieldErrors.of("value", "This setting is fixed by the server's configuration and cannot be changed here.");
        }
        SettingValue before = current(definition, cache.global());
        if (definition.keepsSecret(value)) {
            return before;
        }
        String text = definition.accept(value, this);
        GlobalSetting row = write(definition.key(), text);
        if (definition.requiresRestart() && !text.equals(before.text())) {
            write(RESTART_REQUIRED, SettingDefinition.booleanText(true));
        }
        return new SettingValue(definition, row.getId(), text, false);
    }

    /**
     * Stores a value exported from InvenTree (the {@code common.inventreesetting} rows of an
     * import): a value the setting's rules accept is stored as {@link #store} would store it; one
     * they refuse is kept as it is (it reads as the default where the type needs it), so nothing
     * imported is lost. Keys Stocktree does not know are skipped.
     *
     * @return whether the value was stored
     */
    @Transactional
    public boolean imported(String key, String value) {
        Optional<SettingDefinition> known = catalogue.globalSetting(key);
        if (known.isEmpty()) {
            LOG.info(() -> "Skipping the imported setting " + key + ": Stocktree has no such setting");
            return false;
        }
        String text = known.get().imported(value, this);
        if (!text.equals(value)) {
            LOG.info(() -> "Imported setting " + key + " stored as " + text);
        }
        write(known.get().key(), text);
        return true;
    }

    /** Every global setting, in catalogue order. */
    public List<SettingValue> all() {
        StoredValues stored = cache.global();
        List<SettingValue> values = new ArrayList<>();
        for (SettingDefinition definition : catalogue.global().values()) {
            values.add(current(definition, stored));
        }
        return values;
    }

    /** The setting of that key (in any letter case), if there is one. */
    public Optional<SettingValue> find(String key) {
        return catalogue.globalSetting(key).map(definition -> current(definition, cache.global()));
    }

    @Override
    public String globalText(String key) {
        return text(key);
    }

    @Override
    public List<Choice> groups() {
        List<Choice> groups = new ArrayList<>();
        for (Object[] group : em.createQuery("select g.id, g.name from Group g order by g.name, g.id", Object[].class)
                .getResultList()) {
            groups.add(new Choice(String.valueOf(group[0]), (String) group[1]));
        }
        return groups;
    }

    /**
     * Gives the installation its identifier the first time it starts (InvenTree draws a random
     * one too). Nodes starting together may race: the loser's insert fails, in its own transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ensureInstanceId() {
        if (row(INSTANCE_ID) == null) {
            write(INSTANCE_ID, UUID.randomUUID().toString());
            LOG.info("This installation's instance ID was created");
        }
    }

    /** A start is the restart that changed settings were waiting for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void clearRestartRequired() {
        if (bool(RESTART_REQUIRED)) {
            write(RESTART_REQUIRED, SettingDefinition.booleanText(false));
        }
    }

    private SettingDefinition definition(String key) {
        return catalogue.globalSetting(key)
                .orElseThrow(() -> new IllegalArgumentException("There is no global setting " + key));
    }

    private SettingValue current(SettingDefinition definition, StoredValues stored) {
        String fixed = overrides.get(definition.key());
        StoredValues.Row row = stored.row(definition.key());
        long pk = row != null ? row.id() : catalogue.unwrittenPk(definition);
        if (fixed != null) {
            return new SettingValue(definition, pk, fixed, true);
        }
        return new SettingValue(definition, pk, row != null ? row.text() : defaultText(definition), false);
    }

    /** The catalogue's default, except the base URL, which defaults to the configured site address. */
    private String defaultText(SettingDefinition definition) {
        return BASE_URL.equals(definition.key()) ? siteUrl : definition.defaultText();
    }

    private GlobalSetting write(String key, String text) {
        GlobalSetting row = row(key);
        if (row == null) {
            row = new GlobalSetting(key, text);
            em.persist(row);
        } else {
            row.assign(text);
        }
        cache.forgetGlobal();
        return row;
    }

    private GlobalSetting row(String key) {
        return em.createQuery("select s from GlobalSetting s where s.settingKey = :key", GlobalSetting.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
    }
}
