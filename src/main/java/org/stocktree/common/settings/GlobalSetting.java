package org.stocktree.common.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * The stored value of one global setting, written the first time it is changed; a setting
 * without a row has its default. The value was checked by its {@link SettingDefinition}.
 */
@Entity
@Table(name = "common_inventreesetting")
public class GlobalSetting extends BaseEntity {

    // "key" and "value" are keywords of H2: the column names are quoted.
    @Column(name = "`key`", nullable = false, length = 50, updatable = false)
    private String settingKey;

    @Column(name = "`value`", nullable = false, length = SettingDefinition.MAX_LENGTH)
    private String text;

    protected GlobalSetting() {
    }

    GlobalSetting(String key, String text) {
        this.settingKey = key;
        this.text = text;
    }

    void assign(String newText) {
        text = newText;
    }

    public String getKey() {
        return settingKey;
    }

    public String getText() {
        return text;
    }
}
