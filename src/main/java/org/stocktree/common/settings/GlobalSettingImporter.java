package org.stocktree.common.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;

/**
 * Imports {@code common.inventreesetting} records (InvenTree's global settings) by key: a setting
 * is identified by its key, not its pk, so the pk is not kept. Like every import it never changes
 * what is stored: a key already set to another value is a conflict; keys Stocktree does not know
 * are skipped.
 */
@ApplicationScoped
public class GlobalSettingImporter implements ModelImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;


    @Override
    public String model() {
        return "common.inventreesetting";
    }

    @Override
    public List<String> tables() {
        return List.of("common_inventreesetting");
    }

    /** Settings Stocktree does not have (plugins', or a newer InvenTree's) are skipped. */
    @Override
    public boolean accepts(FixtureRecord record) {
        String key = record.text("key", 50);
        return key != null && SettingsCatalogue.instance().globalSetting(key.strip()).isPresent();
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        String key = record.text("key", 50);
        if (key == null || key.isBlank()) {
            throw new RecordRejected("field 'key' is required");
        }
        String value = Optional.ofNullable(record.text("value", SettingDefinition.MAX_LENGTH)).orElse("");
        List<String> stored = em.createQuery("select s.text from GlobalSetting s where upper(s.settingKey) = :key",
                String.class).setParameter("key", key.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (!stored.isEmpty()) {
            if (stored.get(0).equals(value)) {
                return false;
            }
            throw new RecordRejected("the setting " + key + " is already set to another value; "
                    + "an import never changes a stored setting");
        }
        return settings.imported(key.strip(), value);
    }
}
