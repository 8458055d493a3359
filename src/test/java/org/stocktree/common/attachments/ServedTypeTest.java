package org.stocktree.common.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServedTypeTest {

    @Test
    void typesThatCanRunScriptAreNeverInline() {
        for (String name : new String[] {"page.html", "PAGE.HTM", "x.xhtml", "logo.svg", "logo.SVGZ", "data.xml",
                "app.js", "style.css", "noextension", "archive.zip", "weird.exe"}) {
            assertThat(ServedType.of(name).inline()).as(name).isFalse();
        }
    }

    @Test
    void plainImagesDocumentsAndTextAreInline() {
        assertThat(ServedType.of("photo.JPG")).isEqualTo(new ServedType("image/jpeg", true));
        assertThat(ServedType.of("datasheet.pdf")).isEqualTo(new ServedType("application/pdf", true));
        assertThat(ServedType.of("notes.txt")).isEqualTo(new ServedType("text/plain", true));
    }

    @Test
    void unknownTypesAreBytes() {
        assertThat(ServedType.of("firmware.hex").contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void onlyRasterImagesCountAsImages() {
        assertThat(ServedType.of("a.png").image()).isTrue();
        assertThat(ServedType.of("a.svg").image()).isFalse();
        assertThat(ServedType.of("a.pdf").image()).isFalse();
    }

    @Test
    void downloadNamesAreQuotedSafely() {
        assertThat(AttachmentDownload.disposition(false, "a\"b.html"))
                .isEqualTo("attachment; filename=\"a_b.html\"; filename*=UTF-8''a%22b.html");
        assertThat(AttachmentDownload.disposition(true, "Größe 1.pdf"))
                .isEqualTo("inline; filename=\"Gr__e 1.pdf\"; filename*=UTF-8''Gr%C3%B6%C3%9Fe%201.pdf");
    }
}
