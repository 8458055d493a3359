package org.stocktree.common.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFolderTest {

    @TempDir
    Path temp;

    @Test
    void pathsThatLeaveTheFolderResolveToNothing() {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        assertThat(folder.resolve("attachments/part/1/a.pdf")).contains(temp.resolve("media/attachments/part/1/a.pdf"));
        assertThat(folder.resolve("../../etc/passwd")).isEmpty();
        assertThat(folder.resolve("attachments/../../outside.txt")).isEmpty();
        assertThat(folder.resolve("/etc/passwd")).isEmpty();
        assertThat(folder.resolve(temp.resolve("sibling/x").toString())).isEmpty();
        assertThat(folder.resolve("attachments/..")).isEmpty(); // the folder itself
        assertThat(folder.resolve("a\0b")).isEmpty();
        assertThat(folder.resolve("")).isEmpty();
        assertThat(folder.resolve(null)).isEmpty();
    }

    @Test
    void aSiblingFolderSharingThePrefixIsOutside() {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        assertThat(folder.resolve("../media-other/x.txt")).isEmpty();
    }

    @Test
    void uploadsAreStoredUnderTheirSanitisedNameAndNumberedWhenTaken() throws IOException {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        MediaFolder.Stored first = folder.store("attachments/part/7", "../../etc/passwd", content("one"), 100);
        MediaFolder.Stored second = folder.store("attachments/part/7", "passwd", content("two"), 100);
        assertThat(first.relativePath()).isEqualTo("attachments/part/7/passwd");
        assertThat(second.relativePath()).isEqualTo("attachments/part/7/passwd_1");
        assertThat(first.size()).isEqualTo(3);
        assertThat(Files.readString(temp.resolve("media/attachments/part/7/passwd"))).isEqualTo("one");
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    @Test
    void anUploadOverTheLimitLeavesNoFile() {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        assertThatThrownBy(() -> folder.store("attachments/part/8", "big.bin", content("x".repeat(101)), 100))
                .isInstanceOf(MediaFolder.TooLarge.class);
        assertThat(temp.resolve("media/attachments/part/8/big.bin")).doesNotExist();
    }

    @Test
    void aFileExactlyAtTheLimitIsKept() throws IOException {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        assertThat(folder.store("attachments/part/9", "exact.bin", content("x".repeat(100)), 100).size()).isEqualTo(100);
    }

    @Test
    void namesInsideAFolderCannotClimbOut() throws IOException {
        MediaFolder folder = new MediaFolder(temp.resolve("media"));
        Path directory = temp.resolve("media/attachments/part/1");
        assertThat(folder.inside(directory, "b.pdf")).isEqualTo(directory.resolve("b.pdf"));
        assertThatThrownBy(() -> folder.inside(directory, "../2/b.pdf")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> folder.inside(directory, "..")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> folder.store("../outside", "x.txt", content("x"), 10)).isInstanceOf(IOException.class);
    }

    private static ByteArrayInputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
