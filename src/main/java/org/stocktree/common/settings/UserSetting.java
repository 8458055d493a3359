package org.stocktree.common.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.users.User;

/**
 * The stored value of one user's setting, written the first time that user changes it; removed
 * with the user.
 */
@Entity
@Table(name = "common_inventreeusersetting")
public class UserSetting extends BaseEntity {

    // "key" and "value" are keywords of H2: the column names are quoted.
    @Column(name = "`key`", nullable = false, length = 50, updatable = false)
    private String settingKey;

    @Column(name = "`value`", nullable = false, length = SettingDefinition.MAX_LENGTH)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    protected UserSetting() {
    }

    UserSetting(User user, String key, String text) {
        this.user = user;
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
