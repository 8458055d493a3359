package org.stocktree.common.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void uploadedNamesLoseEveryFolder() {
        assertThat(FileName.sanitised("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileName.sanitised("..\\x")).isEqualTo("x");
        assertThat(FileName.sanitised("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileName.sanitised("/absolute/path/data.csv")).isEqualTo("data.csv");
    }

    @Test
    void uploadedNamesLoseDotsThatWouldHideOrClimb() {
        assertThat(FileName.sanitised("..")).isEqualTo(FileName.FALLBACK);
        assertThat(FileName.sanitised(".")).isEqualTo(FileName.FALLBACK);
        assertThat(FileName.sanitised(".htaccess")).isEqualTo("htaccess");
        assertThat(FileName.sanitised("...secret.txt")).isEqualTo("secret.txt");
        assertThat(FileName.sanitised("")).isEqualTo(FileName.FALLBACK);
        assertThat(FileName.sanitised(null)).isEqualTo(FileName.FALLBACK);
    }

    @Test
    void uploadedNamesLoseCharactersThatMeanSomethingElsewhere() {
        assertThat(FileName.sanitised("a<script>b.html")).isEqualTo("ascriptb.html");
        assertThat(FileName.sanitised("we'ird\"name;|&.txt")).isEqualTo("weirdname.txt");
        assertThat(FileName.sanitised("line\nbreak\r\u0000.txt")).isEqualTo("linebreak.txt");
        // a right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"
        assertThat(FileName.sanitised("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(FileName.sanitised("Datenblatt Größe.pdf")).isEqualTo("Datenblatt Größe.pdf");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = FileName.sanitised("x".repeat(300) + ".pdf");
        assertThat(name).hasSize(FileName.MAX_LENGTH).endsWith("x.pdf");
        String emoji = FileName.sanitised("a".repeat(95) + "\uD83D\uDE00\uD83D\uDE00.txt");
        assertThat(emoji).endsWith(".txt").hasSizeLessThanOrEqualTo(FileName.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 5))).isFalse();
    }

    @Test
    void takenNamesAreNumberedWithinTheLimit() {
        assertThat(FileName.numbered("report.pdf", 1)).isEqualTo("report_1.pdf");
        assertThat(FileName.numbered("README", 12)).isEqualTo("README_12");
        assertThat(FileName.numbered("y".repeat(96) + ".pdf", 3)).hasSize(FileName.MAX_LENGTH).endsWith("_3.pdf");
    }

    @Test
    void chosenNamesAreRefusedRatherThanChanged() {
        assertThat(FileName.problemWithNewName("new-name.pdf")).isEmpty();
        assertThat(FileName.problemWithNewName("  ")).contains("Filename must not be empty");
        assertThat(FileName.problemWithNewName("../other.pdf")).contains("Filename contains illegal character '/'");
        assertThat(FileName.problemWithNewName("..\\other.pdf")).contains("Filename contains illegal character '\\'");
        assertThat(FileName.problemWithNewName("a\u0007b.pdf")).contains("Filename contains illegal character '\\u0007'");
        assertThat(FileName.problemWithNewName(".hidden.pdf")).contains("Filename must not start with '.'");
        assertThat(FileName.problemWithNewName("..")).isPresent();
        assertThat(FileName.problemWithNewName("noextension")).contains("Filename missing extension");
        assertThat(FileName.problemWithNewName("z".repeat(120) + ".txt")).isPresent();
    }
}
