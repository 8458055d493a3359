package org.stocktree.common.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stocktree.users.User;

/**
 * Each user's own settings, for every feature: typed reads served from the shared cache, and
 * checked writes. A user's setting never written has its default. Reading an unknown key is a
 * programming error and throws {@link IllegalArgumentException}.
 */
@ApplicationScoped
public class UserSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsCache cache;

    @Inject
    GlobalSettings global;

    private final SettingsCatalogue catalogue = SettingsCatalogue.instance();

    public boolean bool(User user, String key) {
        SettingDefinition definition = definition(key);
        return definition.asBoolean(current(definition, cache.user(user.getId())).text());
    }

    public long integer(User user, String key) {
        SettingDefinition definition = definition(key);
        return definition.asInteger(current(definition, cache.user(user.getId())).text());
    }

    public String text(User user, String key) {
        return current(definition(key), cache.user(user.getId())).text();
    }

    /**
     * Checks the value against the setting's rules and stores it as the user's; a 400
     * {@code {"value": [...]}} when refused.
     */
    @Transactional
    public SettingValue store(User user, String key, String value) {
        SettingDefinition definition = definition(key);
        if (definition.keepsSecret(value)) {
            return current(definition, cache.user(user.getId()));
        }
        String text = definition.accept(value, global);
        UserSetting row = em.createQuery("select s from UserSetting s where s.user = :user and s.settingKey = :key",
                        UserSetting.class)
                .setParameter("user", user).setParameter("key", definition.key())
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            row = new UserSetting(user, definition.key(), text);
            em.persist(row);
        } else {
            row.assign(text);
        }
        cache.forgetUser(user.getId());
        return new SettingValue(definition, row.getId(), text, false);
    }

    /** Every setting of the user, in catalogue order. */
    public List<SettingValue> all(User user) {
        StoredValues stored = cache.user(user.getId());
        List<SettingValue> values = new ArrayList<>();
        for (SettingDefinition definition : catalogue.user().values()) {
            values.add(current(definition, stored));
        }
        return values;
    }

    /** The user's setting of that key (in any letter case), if there is such a setting. */
    public Optional<SettingValue> find(User user, String key) {
        return catalogue.userSetting(key).map(definition -> current(definition, cache.user(user.getId())));
    }

    /** The context user settings' rules are checked in (their choices may depend on global settings). */
    SettingContext context() {
        return global;
    }

    private SettingDefinition definition(String key) {
        return catalogue.userSetting(key)
                .orElseThrow(() -> new IllegalArgumentException("There is no user setting " + key));
    }

    private SettingValue current(SettingDefinition definition, StoredValues stored) {
        StoredValues.Row row = stored.row(definition.key());
        return row == null
                ? new SettingValue(definition, catalogue.unwrittenPk(definition), definition.defaultText(), false)
                : new SettingValue(definition, row.id(), row.text(), false);
    }
}
