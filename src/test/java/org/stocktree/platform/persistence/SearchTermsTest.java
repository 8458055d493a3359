package org.stocktree.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void whitespaceSeparatesTerms() {
        assertThat(SearchTerms.split("  red   bolt\tM3 ")).containsExactly("red", "bolt", "M3");
    }

    @Test
    void quotedPhraseStaysOneTermWithoutItsQuotes() {
        assertThat(SearchTerms.split("\"red bolt\" M3")).containsExactly("red bolt", "M3");
        assertThat(SearchTerms.split("'hex nut', washer")).containsExactly("hex nut", "washer");
    }

    @Test
    void commasSplitUnquotedTokensOnly() {
        assertThat(SearchTerms.split("red,bolt")).containsExactly("red", "bolt");
        assertThat(SearchTerms.split("\"red, bolt\"")).containsExactly("red, bolt");
        assertThat(SearchTerms.split("a,,b,")).containsExactly("a", "b");
    }

    @Test
    void blanksAndEmptyQuotesAreDropped() {
        assertThat(SearchTerms.split("   ")).isEmpty();
        assertThat(SearchTerms.split(null)).isEmpty();
        assertThat(SearchTerms.split("\"\" , x")).containsExactly("x");
        assertThat(SearchTerms.of(" ").isEmpty()).isTrue();
    }

    @Test
    void anOpenQuoteIsAnOrdinaryCharacter() {
        assertThat(SearchTerms.split("6\" bolt")).containsExactly("6\"", "bolt");
    }

    @Test
    void escapedQuotesInsideAPhraseAreKept() {
        assertThat(SearchTerms.split("\"a \\\"b\\\" c\"")).containsExactly("a \"b\" c");
    }

    @Test
    void aBadRegularExpressionIsRefusedOnlyWhenTermsAreRegularExpressions() {
        assertThatThrownBy(() -> SearchTerms.of("([a", true, false, false)).isInstanceOf(SearchTerms.Invalid.class)
                .hasMessageContaining("([a");
        assertThat(SearchTerms.of("([a", false, false, false).terms()).containsExactly("([a");
    }

    @Test
    void escapedTermsAreLiteralForRegularExpressions() {
        String escaped = SearchTerms.escapeRegex("M3.5 (x)*_ä");
        assertThat("a M3.5 (x)*_ä b").containsPattern(escaped);
        assertThat("M305 (x)*_ä").doesNotContainPattern(escaped);
    }

    @Test
    void everyTermMustMatchSomeText() {
        SearchTerms terms = SearchTerms.of("red bolt");
        assertThat(terms.test(List.of("Red", "hex BOLT"))).isTrue();
        assertThat(terms.test(List.of("red nut"))).isFalse();
    }

    @Test
    void wholeWordsAndRegularExpressionsInMemory() {
        assertThat(SearchTerms.of("bolt", false, true, false).test(List.of("hex bolts"))).isFalse();
        assertThat(SearchTerms.of("bolt", false, true, false).test(List.of("hex Bolt, M3"))).isTrue();
        assertThat(SearchTerms.of("^hex.*3$", true, false, false).test(List.of("HEX bolt M3"))).isTrue();
        assertThat(SearchTerms.of("^bolt", true, false, false).test(List.of("hex bolt"))).isFalse();
    }

    @Test
    void wholeWordPatternsUseEachDatabasesBoundary() {
        assertThat(RegexMatch.POSTGRESQL.wholeWord("a|b")).isEqualTo("\\y(?:a|b)\\y");
        assertThat(RegexMatch.H2.wholeWord("a|b")).isEqualTo("\\b(?:a|b)\\b");
    }
}
