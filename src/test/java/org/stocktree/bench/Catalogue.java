package org.stocktree.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The parts catalogue of the dataset: the category tree, parameter templates, parts with their
 * variant trees and revisions, their parameters, and nested BOMs. Written with COPY; every
 * derived column (tree_path, tree_id, level, pathstring) is computed here as the app computes it.
 */
final class Catalogue {

    /** Content type id of part_part, as V8 seeds it: parameters name their part by it. */
    static final long PART_CONTENT_TYPE = 92;
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final String[] VARIANT_WORDS = {"Black", "Red", "Blue", "Green", "White", "Long", "Short",
            "Small", "Large", "Grey", "Left", "Right"};
    private static final String[] DEEP_CATEGORY_WORDS = {"Standard", "Automotive", "High voltage", "Low profile",
            "Industrial", "Precision", "General purpose", "Miniature", "High current", "Legacy"};

    private final DatasetSize size;
    private final Random random;

    private int[] categoryLevel;
    private PartKind[] categoryKind;

    /** Per part (index = id): what stock and BOMs need to know. */
    private PartKind[] partKind;
    private long[] partTree;
    private boolean[] template;
    private boolean[] assembly;
    private boolean[] trackable;
    private final List<Integer> plainParts = new ArrayList<>();
    private final List<Integer> components = new ArrayList<>();
    /** The assemblies in the order their BOM level is dealt from (see {@link #bomLevel}). */
    private List<Integer> assemblies;

    Catalogue(DatasetSize size, Random random) {
        this.size = size;
        this.random = random;
    }

    void load(Connection connection) throws Exception {
        loadCategories(connection);
        loadTemplates(connection);
        loadParts(connection);
        loadParameters(connection);
        loadBoms(connection);
    }

    int partCount() {
        return size.parts;
    }

    boolean isTemplate(int part) {
        return template[part];
    }

    boolean isTrackable(int part) {
        return trackable[part];
    }

    long treeOf(int part) {
        return partTree[part];
    }

    String unitsOf(int part) {
        return partKind[part].units();
    }

    private void loadCategories(Connection connection) throws Exception {
        int count = size.categories;
        int roots = PartKind.ALL.size();
        categoryLevel = new int[count + 1];
        categoryKind = new PartKind[count + 1];
        String[] treePath = new String[count + 1];
        String[] pathstring = new String[count + 1];
        List<Integer> canHaveChildren = new ArrayList<>();
        try (CopyTable rows = CopyTable.open(connection, "part_partcategory",
                "id, name, description, parent_id, pathstring, tree_path, tree_id, level, default_keywords, structural")) {
            for (int id = 1; id <= count; id++) {
                Integer parent;
                if (id <= roots) {
                    parent = null;
                } else if (id <= roots + DatasetSize.CATEGORY_LEVELS - 1) {
                    parent = id == roots + 1 ? 1 : id - 1; // one chain down to the deepest level
                } else {
                    parent = canHaveChildren.get(random.nextInt(canHaveChildren.size()));
                }
                PartKind kind = parent == null ? PartKind.ALL.get(id - 1) : categoryKind[parent];
                int level = parent == null ? 0 : categoryLevel[parent] + 1;
                String name = parent == null ? kind.category()
                        : (level == 1 ? pick(kind.subcategories()) : pick(DEEP_CATEGORY_WORDS)) + " " + id;
                categoryKind[id] = kind;
                categoryLevel[id] = level;
                treePath[id] = parent == null ? "/" + id + "/" : treePath[parent] + id + "/";
                pathstring[id] = parent == null ? name : pathstring[parent] + "/" + name;
                long treeId = parent == null ? id : Long.parseLong(treePath[id].substring(1, treePath[id].indexOf('/', 1)));
                if (level < DatasetSize.CATEGORY_LEVELS - 1) {
                    canHaveChildren.add(id);
                }
                rows.values(id, name, kind.noun() + "s: " + name.toLowerCase(), parent, pathstring[id], treePath[id],
                        treeId, level, kind.category().toLowerCase(), level == 0).endRow();
            }
        }
    }

    private void loadTemplates(Connection connection) throws Exception {
        try (CopyTable rows = CopyTable.open(connection, "part_partparametertemplate",
                "id, name, units, description, model_type_id")) {
            for (int i = 0; i < PartKind.TEMPLATES.size(); i++) {
                PartKind.Template template = PartKind.TEMPLATES.get(i);
                rows.values(i + 1, template.name(), template.units(), template.name() + " in " + template.units(),
                        PART_CONTENT_TYPE).endRow();
            }
        }
        // Each top category proposes its kind's parameters to new parts.
        try (CopyTable rows = CopyTable.open(connection, "part_partcategoryparametertemplate",
                "id, category_id, template_id")) {
            int id = 1;
            for (int category = 1; category <= PartKind.ALL.size(); category++) {
                for (String parameter : categoryKind[category].parameters()) {
                    rows.values(id++, category, PartKind.templateId(parameter)).endRow();
                }
            }
        }
    }

    private void loadParts(Connection connection) throws Exception {
        int count = size.parts;
        partKind = new PartKind[count + 1];
        partTree = new long[count + 1];
        template = new boolean[count + 1];
        assembly = new boolean[count + 1];
        trackable = new boolean[count + 1];
        PartRow[] parts = new PartRow[count + 1];
        int id = 1;
        while (id <= count) {
            int category = 1 + random.nextInt(size.categories);
            PartKind kind = categoryKind[category];
            String ipn = kind.ipnPrefix() + "-" + String.format("%06d", id);
            String name = kind.noun() + " " + kind.ipnPrefix() + String.format("%06d", id);
            int room = count - id + 1;
            int family = random.nextInt(100);
            if (family < 4 && room >= 5) {
                int templateId = id;
                parts[id] = new PartRow(id, category, kind, name + " series", ipn, "", null, null, "/" + id + "/");
                template[id] = true;
                id++;
                int variants = 2 + random.nextInt(3);
                for (int v = 1; v <= variants && id <= count; v++) {
                    parts[id] = new PartRow(id, category, kind, name + " " + VARIANT_WORDS[v + random.nextInt(6)],
                            ipn + String.format("-%02d", v), "", null, templateId, parts[templateId].treePath + id + "/");
                    id++;
                }
                if (random.nextInt(10) < 3 && id <= count) { // a variant of a variant: level 2 of the tree
                    int parent = templateId + 1;
                    parts[id] = new PartRow(id, category, kind, parts[parent].name + " rugged", ipn + "-R", "", null,
                            parent, parts[parent].treePath + id + "/");
                    id++;
                }
            } else if (family < 8 && room >= 2) {
                parts[id] = new PartRow(id, category, kind, name, ipn, "A", null, null, "/" + id + "/");
                parts[id + 1] = new PartRow(id + 1, category, kind, name, ipn, "B", id, null, "/" + (id + 1) + "/");
                id += 2;
            } else {
                parts[id] = new PartRow(id, category, kind, name, ipn, "", null, null, "/" + id + "/");
                id++;
            }
        }
        for (int part = 1; part <= count; part++) {
            partKind[part] = parts[part].kind;
            partTree[part] = parts[part].treeId();
            if (!template[part]) {
                components.add(part);
                if (parts[part].variantOf == null) {
                    plainParts.add(part);
                }
            }
        }
        chooseAssemblies();
        for (int part : components) {
            trackable[part] = trackable[part] || random.nextInt(100) < 6;
        }
        components.removeIf(part -> assembly[part]);
        try (CopyTable rows = CopyTable.open(connection, "part_part",
                "id, name, ipn, revision, revision_of_id, description, keywords, category_id, units, variant_of_id, "
                        + "tree_path, tree_id, level, is_template, assembly, component, trackable, testable, "
                        + "purchaseable, salable, active, creation_date, minimum_stock")) {
            for (int part = 1; part <= count; part++) {
                PartRow row = parts[part];
                String path = row.treePath;
                rows.values(part, row.name, row.ipn, row.revision, row.revisionOf,
                        row.kind.noun() + ", " + row.kind.category().toLowerCase() + (template[part] ? " (template)" : ""),
                        row.kind.category().toLowerCase() + " " + row.kind.ipnPrefix().toLowerCase(), row.category,
                        row.kind.units(), row.variantOf, path, row.treeId(), path.chars().filter(c -> c == '/').count() - 2,
                        template[part], assembly[part], true, trackable[part], trackable[part] && assembly[part],
                        !assembly[part], assembly[part], random.nextInt(100) < 98,
                        TODAY.minusDays(random.nextInt(3 * 365)), random.nextInt(4) == 0 ? 10 * (1 + random.nextInt(20)) : 0)
                        .endRow();
            }
        }
    }

    /** Assemblies come first from the Assemblies category, then from any plain part. */
    private void chooseAssemblies() {
        List<Integer> preferred = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int part : plainParts) {
            (partKind[part].category().equals("Assemblies") ? preferred : others).add(part);
        }
        Collections.shuffle(preferred, random);
        Collections.shuffle(others, random);
        preferred.addAll(others);
        assemblies = new ArrayList<>(preferred.subList(0, size.assemblies));
        for (int j = 0; j < assemblies.size(); j++) {
            int part = assemblies.get(j);
            assembly[part] = true;
            trackable[part] = bomLevel(j) >= 3; // finished products and big modules carry serials
        }
    }

    /** Assembly j of the chosen list sits on BOM level 1 (components only) to {@link DatasetSize#BOM_LEVELS}. */
    private static int bomLevel(int j) {
        return 1 + j % DatasetSize.BOM_LEVELS;
    }

    private void loadParameters(Connection connection) throws Exception {
        try (CopyTable rows = CopyTable.open(connection, "part_partparameter",
                "id, model_type_id, model_id, template_id, data, data_numeric")) {
            long id = 1;
            for (int part = 1; part <= size.parts; part++) {
                for (String parameter : partKind[part].parameters()) {
                    int templateId = PartKind.templateId(parameter);
                    PartKind.Template template = PartKind.TEMPLATES.get(templateId - 1);
                    double logMin = Math.log(template.min());
                    double value = Math.exp(logMin + random.nextDouble() * (Math.log(template.max()) - logMin));
                    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
                    rows.values(id++, PART_CONTENT_TYPE, part, templateId, rounded.toPlainString(), rounded.doubleValue())
                            .endRow();
                }
            }
        }
    }

    /**
     * BOMs nested {@link DatasetSize#BOM_LEVELS} deep: a level-1 assembly is made of components, a
     * level-k assembly of some level-(k-1) assemblies and components, so the levels never loop.
     */
    private void loadBoms(Connection connection) throws Exception {
        List<List<Integer>> byLevel = new ArrayList<>();
        for (int level = 0; level <= DatasetSize.BOM_LEVELS; level++) {
            byLevel.add(new ArrayList<>());
        }
        for (int j = 0; j < assemblies.size(); j++) {
            byLevel.get(bomLevel(j)).add(assemblies.get(j));
        }
        try (CopyTable rows = CopyTable.open(connection, "part_bomitem",
                "id, part_id, sub_part_id, quantity, reference, note, optional, consumable")) {
            long id = 1;
            for (int j = 0; j < assemblies.size(); j++) {
                int part = assemblies.get(j);
                int level = bomLevel(j);
                Set<Integer> lines = new HashSet<>();
                List<Integer> below = byLevel.get(level - 1);
                int subAssemblies = level == 1 ? 0 : 1 + random.nextInt(3);
                for (int s = 0; s < subAssemblies; s++) {
                    int sub = below.get(random.nextInt(below.size()));
                    if (lines.add(sub)) {
                        rows.values(id++, part, sub, 1 + random.nextInt(2), "", "", false, false).endRow();
                    }
                }
                int parts = (level == 1 ? 3 : 2) + random.nextInt(level == 1 ? 10 : 7);
                for (int c = 0; c < parts; c++) {
                    int sub = components.get(random.nextInt(components.size()));
                    if (!lines.add(sub)) {
                        continue;
                    }
                    PartKind kind = partKind[sub];
                    int quantity = 1 + random.nextInt(kind.units().isEmpty() ? 8 : 3);
                    String reference = kind.units().isEmpty() ? designators(kind, quantity) : "";
                    boolean consumable = kind.category().equals("Adhesives");
                    rows.values(id++, part, sub, quantity, reference, "", random.nextInt(50) == 0, consumable).endRow();
                }
            }
        }
    }

    /** Reference designators as a schematic gives them: R1, R2, ... */
    private String designators(PartKind kind, int quantity) {
        StringBuilder text = new StringBuilder();
        int first = 1 + random.nextInt(200);
        for (int n = 0; n < quantity; n++) {
            text.append(n == 0 ? "" : ", ").append(kind.ipnPrefix().charAt(0)).append(first + n);
        }
        return text.toString();
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private record PartRow(int id, int category, PartKind kind, String name, String ipn, String revision,
            Integer revisionOf, Integer variantOf, String treePath) {

        long treeId() {
            return Long.parseLong(treePath.substring(1, treePath.indexOf('/', 1)));
        }
    }
}
