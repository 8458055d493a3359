package org.stocktree.part;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.ModelType;

/** A price break of the price a part is charged at within the organisation. */
@Entity
@Table(name = "part_partinternalpricebreak")
@ModelType(app = "part", model = "partinternalpricebreak", roles = {"part"})
public class PartInternalPriceBreak extends PriceBreak {

    protected PartInternalPriceBreak() {
    }

    static PartInternalPriceBreak create() {
        return new PartInternalPriceBreak();
    }
}
