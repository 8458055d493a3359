package org.stocktree.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataImportOrderTest {

    private record Importer(String model, Set<String> after) implements ModelImporter {
        @Override
        public boolean load(FixtureRecord record, ImportSession session) {
            return true;
        }
    }

    @Test
    void modelsLoadAfterTheModelsTheyNameAndUnknownOnesAreIgnored() {
        Map<String, ModelImporter> importers = Map.of(
                "stock.stockitem", new Importer("stock.stockitem", Set.of("part.part", "stock.stocklocation")),
                "part.part", new Importer("part.part", Set.of("part.partcategory")),
                "part.partcategory", new Importer("part.partcategory", Set.of()),
                "stock.stocklocation", new Importer("stock.stocklocation", Set.of("users.owner")));

        Map<String, Integer> ranks = DataImport.ranks(importers);

        assertThat(ranks.get("part.partcategory")).isLessThan(ranks.get("part.part"));
        assertThat(ranks.get("part.part")).isLessThan(ranks.get("stock.stockitem"));
        assertThat(ranks.get("stock.stocklocation")).isLessThan(ranks.get("stock.stockitem")).isZero();
    }

    @Test
    void aCircleOfImportersIsAProgrammingError() {
        Map<String, ModelImporter> importers = Map.of("a.a", new Importer("a.a", Set.of("b.b")),
                "b.b", new Importer("b.b", Set.of("a.a")));
        assertThatThrownBy(() -> DataImport.ranks(importers)).isInstanceOf(IllegalStateException.class);
    }
}
