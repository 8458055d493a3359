package org.stocktree.platform.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.JsonMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a fixture, YAML or JSON, into records. Malformed content answers with an error naming the
 * source; nothing about the models is checked here.
 *
 * <p>YAML is read the way JSON is, so importers see one shape: dates and times stay text (as in
 * Django's JSON), decimals stay exact. A YAML stream of several documents is one fixture: the
 * import script sends several files that way, so records may refer to records of a later file.
 */
public final class FixtureReader {

    /** The two formats Django's {@code dumpdata} writes that Stocktree reads. */
    public enum Format {
        JSON, YAML;

        /** By file name: {@code .json}, {@code .yaml}, {@code .yml}. */
        public static Optional<Format> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return Optional.of(JSON);
            }
            return lower.endsWith(".yaml") || lower.endsWith(".yml") ? Optional.of(YAML) : Optional.empty();
        }
    }

    /** Large dumps are normal here; alias expansion stays limited (SnakeYAML's default). */
    private static final int MAX_CODE_POINTS = 512 * 1024 * 1024;

    private FixtureReader() {
    }

    /** The records of the content, in order; {@code source} names it in errors (a file name). */
    public static List<FixtureRecord> read(String content, Format format, String source) {
        List<Object> documents = format == Format.JSON ? List.of(json(content, source)) : yaml(content, source);
        List<FixtureRecord> records = new ArrayList<>();
        for (Object document : documents) {
            if (document == null) {
                continue; // an empty document, e.g. after a trailing "---"
            }
            JsonNode list = JsonMapping.mapper().valueToTree(document);
            if (!list.isArray()) {
                throw FieldErrors.general(source + ": a fixture is a list of records ({model, pk, fields})");
            }
            for (JsonNode item : list) {
                records.add(record(item, source, records.size() + 1));
            }
        }
        return records;
    }

    private static FixtureRecord record(JsonNode item, String source, int position) {
        String where = source + ", record " + position;
        if (!item.isObject() || !item.path("model").isTextual() || item.path("model").asText().isBlank()) {
            throw FieldErrors.general(where + ": a record needs a model label such as \"auth.user\"");
        }
        JsonNode fields = item.get("fields");
        if (fields != null && !fields.isNull() && !fields.isObject()) {
            throw FieldErrors.general(where + ": 'fields' must be a mapping of field names to values");
        }
        ObjectNode given = fields instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        return new FixtureRecord(item.get("model").asText().strip().toLowerCase(Locale.ROOT), item.get("pk"), given,
                source, position);
    }

    private static Object json(String content, String source) {
        try {
            return JsonMapping.mapper().readValue(content, Object.class);
        } catch (JsonProcessingException unreadable) {
            throw FieldErrors.general(source + ": not valid JSON: " + unreadable.getOriginalMessage());
        }
    }

    private static List<Object> yaml(String content, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        Yaml yaml = new Yaml(new ExactScalars(options), new Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(), options, new TimestampsAsText());
        try {
            List<Object> documents = new ArrayList<>();
            yaml.loadAll(content).forEach(documents::add);
            return documents;
        } catch (YAMLException unreadable) {
            throw FieldErrors.general(source + ": not valid YAML: " + unreadable.getMessage());
        }
    }

    /** Only the safe types, with decimals as {@link BigDecimal} so quantities are never rounded. */
    private static final class ExactScalars extends SafeConstructor {
        ExactScalars(LoaderOptions options) {
            super(options);
            AbstractConstruct asDouble = (AbstractConstruct) yamlConstructors.get(Tag.FLOAT);
            yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String value = ((ScalarNode) node).getValue().replace("_", "");
                    try {
                        return new BigDecimal(value);
                    } catch (NumberFormatException special) {
                        return asDouble.construct(node); // .inf, .nan, sexagesimal
                    }
                }
            });
        }
    }

    /** YAML's implicit timestamps would become {@code java.util.Date}s; keep them as text, like JSON. */
    private static final class TimestampsAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
