package org.stocktree.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    @Test
    void ordinaryMarkdownStaysAsWritten() {
        String notes = """
                # Heading

                Some *emphasis*, **strong** text and `code`, a [link](https://example.com/a_(b)?q=1#x "title"),
                an ![image](/media/part_images/r.png), a [relative one](../part/7/) and <https://example.com>.

                > quoted: 3 < 5 and 7 > 2, a & b
                - item
                1. first

                | a | b |
                |---|---|
                | 1 | 2 |

                ```
                if (a < b) { return; }
                ```
                [ref]: https://example.com/ref
                mail <someone@example.com> or [call](tel:+4912345) or [write](mailto:a@example.com)
                """;
        assertThat(SafeMarkdown.clean(notes)).isEqualTo(notes);
    }

    @Test
    void harmlessHtmlStays() {
        String notes = "<b>bold</b> <em>em</em><br> <table><tr><td colspan=\"2\">cell</td></tr></table>"
                + " <a href=\"https://example.com\" title=\"t\">x</a> <img src=\"/media/x.png\" alt=\"x\">";
        assertThat(SafeMarkdown.clean(notes)).isEqualTo(notes);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(SafeMarkdown.clean(null)).isNull();
        assertThat(SafeMarkdown.clean("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<script>alert(1)",
            "<scr<script>ipt>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\"onerror=\"alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"java&#9script:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href='vbscript:msgbox(1)'>x</a>",
            "<a href=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>x</a>",
            "<a title=\">\" onmouseover=alert(1)>x</a>",
            "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>",
            "<body onload=alert(1)>",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<math><mtext><script>alert(1)</script></mtext></math>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<form action=javascript:alert(1)><button>x</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<!--<img src=x onerror=alert(1)>-->",
            "<!-- unterminated <script>alert(1)</script>",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "[x]( javascript:alert(1) )",
            "[x](<javascript:alert(1)>)",
            "[x](JAVASCRIPT:alert(1))",
            "[x](javascript\\:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](\njavascript:alert(1))",
            "![x](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x][r]\n\n   [r]:\n  <javascript:alert(1)>",
            "<javascript:alert(1)>",
            "<a href=\"javascript:alert(1)\"\n>x</a>",
            "\u202E<script>alert(1)</script>",
            "<scr\u0000ipt>alert(1)</script>",
            "<a href=\"jav\u0000ascript:alert(1)\">x</a>",
    })
    void nothingThatCanRunScriptSurvives(String hostile) {
        String cleaned = SafeMarkdown.clean(hostile);
        String lower = cleaned.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("<script", "<svg", "<iframe", "<object", "<embed", "<math", "<style", "<form",
                "<input", "<meta", "<base", "<body", "onerror", "onload", "onclick", "onmouseover", "onfocus",
                "ontoggle", "onbegin", "javascript:", "vbscript:", "data:text", "style=", "srcdoc")) {
            assertThat(lower).as("%s cleaned to %s", hostile, cleaned).doesNotContain(forbidden);
        }
        assertThat(cleaned).as("cleaning is stable").isEqualTo(SafeMarkdown.clean(cleaned));
        assertThat(SafeMarkdown.isSafeUrl("javascript:alert(1)")).isFalse();
    }

    @Test
    void hostileContentIsTakenOutAndTheRestKept() {
        assertThat(SafeMarkdown.clean("Before <script>alert(1)</script>after")).isEqualTo("Before after");
        assertThat(SafeMarkdown.clean("<b onclick=\"alert(1)\" class=x>bold</b>")).isEqualTo("<b>bold</b>");
        assertThat(SafeMarkdown.clean("[click](javascript:alert(1)) me")).isEqualTo("[click](#) me");
        assertThat(SafeMarkdown.clean("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(SafeMarkdown.clean("<blink>old</blink> <font color=red>x</font>")).isEqualTo("old x");
        assertThat(SafeMarkdown.clean("ok <img src=x onerror=alert(1)")).isEqualTo("ok &lt;img src=x onerror=alert(1)");
        // as a browser reads it: one unquoted value, a relative link, no handler
        assertThat(SafeMarkdown.clean("<img/src=x/onerror=alert(1)>")).isEqualTo("<img src=\"x/onerror=alert(1)\">");
        assertThat(SafeMarkdown.clean("line\r\nnext\rlast\u0007")).isEqualTo("line\nnext\nlast");
        assertThat(SafeMarkdown.clean("[r]: javascript:alert(1)")).isEqualTo("[r]: #");
    }

    @Test
    void safeLinksAreRecognised() {
        for (String url : List.of("https://example.com", "HTTP://EXAMPLE.COM", "mailto:a@b.c", "/media/x.png", "x.png",
                "../a:b", "#anchor", "?q=a:b", "//example.com/a")) {
            assertThat(SafeMarkdown.isSafeUrl(url)).as(url).isTrue();
        }
        for (String url : List.of("javascript:x", " javascript:x", "java\tscript:x", "data:image/png;base64,AA",
                "file:///etc/passwd", "vbscript:x", "jav&#x61;script:x", "javascript&colon;x")) {
            assertThat(SafeMarkdown.isSafeUrl(url)).as(url).isFalse();
        }
    }
}
