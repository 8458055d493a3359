package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.stocktree.part.Part;

/** A part as supplier and manufacturer part rows show it ({@code part_detail}). */
record PartBrief(long pk, @JsonProperty("IPN") String ipn, @JsonProperty("barcode_hash") String barcodeHash, String name, String revision,
        @JsonProperty("full_name") String fullName, String description, String image, String thumbnail,
        boolean active, boolean assembly, boolean component, @JsonProperty("is_template") boolean template,
        boolean purchaseable, boolean salable, boolean trackable, boolean virtual, String units) {

    /** Where InvenTree shows a part without an image. */
    private static final String BLANK_THUMBNAIL = "/static/img/blank_image.thumbnail.png";

    static PartBrief of(Part part) {
        return new PartBrief(part.getId(), part.getIpn(), part.getBarcodeHash(), part.getName(), part.getRevision(), part.fullName(),
                part.getDescription(), part.getImage(), part.getImage() == null ? BLANK_THUMBNAIL : part.getImage(),
                part.isActive(), part.isAssembly(), part.isComponent(), part.isTemplate(), part.isPurchaseable(),
                part.isSalable(), part.isTrackable(), part.isVirtual(), part.getUnits());
    }
}
