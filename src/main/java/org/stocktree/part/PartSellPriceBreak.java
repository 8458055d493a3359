package org.stocktree.part;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.ModelType;

/** A price break of the price a salable part is sold at. */
@Entity
@Table(name = "part_partsellpricebreak")
@ModelType(app = "part", model = "partsellpricebreak", roles = {"part"})
public class PartSellPriceBreak extends PriceBreak {

    protected PartSellPriceBreak() {
    }

    static PartSellPriceBreak create() {
        return new PartSellPriceBreak();
    }
}
