package org.stocktree.common.barcodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The internal barcode formats: what each generates, and what is read whichever is generated. */
class InternalFormatTest {

    private static final List<String> MODELS = List.of("part", "stockitem", "stocklocation");

    @Test
    void jsonBarcodesNameTheModelAndId() {
        assertThat(new InternalFormat("json", "INV-").generate("stockitem", "SI", 5)).isEqualTo("{\"stockitem\": 5}");
    }

    @Test
    void shortBarcodesArePrefixCodeAndId() {
        assertThat(new InternalFormat("short", "INV-").generate("part", "PA", 12)).isEqualTo("INV-PA12");
        assertThat(new InternalFormat("SHORT", "WH2:").generate("stocklocation", "SL", 3)).isEqualTo("WH2:SL3");
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> new InternalFormat("qr", "INV-")).hasMessageContaining("json or short");
    }

    @Test
    void shortBarcodesAreReadWithTheConfiguredPrefixOnly() {
        InternalFormat format = new InternalFormat("json", "INV-");
        assertThat(format.readShort("INV-PA12")).contains(new InternalFormat.Reference(null, "PA", 12));
        assertThat(format.readShort("INV-SI5")).contains(new InternalFormat.Reference(null, "SI", 5));
        assertThat(format.readShort("XYZ-PA12")).isEmpty();
        assertThat(format.readShort("INV-PA")).isEmpty();
        assertThat(format.readShort("INV-PA12x")).isEmpty();
        assertThat(format.readShort("INV-pa12")).isEmpty();
        assertThat(format.readShort("INV-PA99999999999999999999")).isEmpty();
        // the prefix is text, not a pattern
        assertThat(new InternalFormat("json", "A.").readShort("AXPA1")).isEmpty();
        assertThat(new InternalFormat("json", "A.").readShort("A.PA1")).isPresent();
    }

    @Test
    void jsonBarcodesAreReadForEachModelTheyName() {
        InternalFormat format = new InternalFormat("short", "INV-");
        assertThat(format.readJson("{\"part\": 1}", MODELS)).containsExactly(new InternalFormat.Reference("part", null, 1));
        assertThat(format.readJson("{\"stocklocation\": \"3\", \"stockitem\": 4}", MODELS)).containsExactly(
                new InternalFormat.Reference("stockitem", null, 4), new InternalFormat.Reference("stocklocation", null, 3));
        assertThat(format.readJson("{\"unknown\": 1}", MODELS)).isEmpty();
        assertThat(format.readJson("{\"part\": \"one\"}", MODELS)).isEmpty();
        assertThat(format.readJson("{\"part\": \"1.5\"}", MODELS)).isEmpty();
        assertThat(format.readJson("123456789", MODELS)).isEmpty();
        assertThat(format.readJson("['foo', 'bar']", MODELS)).isEmpty();
        assertThat(format.readJson("{\"part\": 1} trailing", MODELS)).isEmpty();
    }
}
