package org.stocktree.common.settings;

import java.util.List;

/**
 * What a setting's rules may need from the rest of the installation: some settings' choices or
 * limits depend on another global setting (the default currency must be one of the supported
 * currencies) or on stored objects (the sign-up group is one of the groups).
 */
public interface SettingContext {

    /** The current value of a global setting, as stored text. */
    String globalText(String key);

    /** Every user group, as choices: the group's id and its name. */
    List<Choice> groups();
}
