package org.stocktree.common.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A settings context for unit tests: global values given here, else their catalogue defaults. */
final class TestContext implements SettingContext {

    private final Map<String, String> globals = new HashMap<>();
    private final List<Choice> groups;

    TestContext(List<Choice> groups) {
        this.groups = groups;
    }

    static TestContext defaults() {
        return new TestContext(List.of());
    }

    TestContext with(String key, String value) {
        globals.put(key, value);
        return this;
    }

    @Override
    public String globalText(String key) {
        return globals.getOrDefault(key, SettingsCatalogue.instance().global().get(key).defaultText());
    }

    @Override
    public List<Choice> groups() {
        return groups;
    }
}
