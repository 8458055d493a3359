package org.stocktree.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Ids reserved from a sequence must be exactly those Hibernate would never hand out: the block
 * below each value taken, as its pooled optimizer reads a value.
 */
class IdSequencesTest {

    @Test
    void aValueStandsForTheFiftyIdsUpToIt() {
        assertThat(IdSequences.block(101)).containsExactly(52, 101);
        // after a move past imported rows up to 1000, the sequence hands out 1050: ids 1001 to 1050
        assertThat(IdSequences.block(1050)).containsExactly(1001, 1050);
    }

    @Test
    void aFreshSequenceFirstValueIsABlockOfItsOwn() {
        // Hibernate takes 1 and 51 as ids 1 to 51 when it draws first; drawing after a reservation
        // took 1, it takes 51 as ids 2 to 51: either way the reservations never overlap its ids
        assertThat(IdSequences.block(1)).containsExactly(1, 1);
        assertThat(IdSequences.block(51)).containsExactly(2, 51);
    }
}
