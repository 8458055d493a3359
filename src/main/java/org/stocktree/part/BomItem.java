package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.units.UnitError;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * One line of a bill of materials: how much of a component ({@code sub_part}) goes into one of an
 * assembly ({@code part}). An {@code inherited} line belongs to the BOMs of the assembly's variants
 * too. A line is validated when someone signed it off; its checksum then records what they saw,
 * and any later change to what the checksum covers makes it read as not validated again.
 */
@Entity
@Table(name = "part_bomitem")
@ModelType(app = "part", model = "bomitem", roles = {"bom", "build"})
public class BomItem extends BaseEntity implements HasMetadata {

    /** Quantities keep five decimal places, as InvenTree's {@code numeric(15, 5)} columns. */
    private static final int QUANTITY_SCALE = 5;
    private static final int QUANTITY_INTEGER_DIGITS = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sub_part_id")
    private Part subPart;

    @Column(name = "raw_amount", nullable = false, length = 25)
    private String rawAmount = "";

    @Column(nullable = false, precision = 15, scale = 5)
    private BigDecimal quantity = BigDecimal.ONE;

    @Column(name = "piece_count", nullable = false)
    private int pieceCount = 1;

    @Column(name = "setup_quantity", nullable = false, precision = 15, scale = 5)
    private BigDecimal setupQuantity = BigDecimal.ZERO;

    @Column(nullable = false, precision = 6, scale = 3)
    private BigDecimal attrition = BigDecimal.ZERO;

    @Column(name = "rounding_multiple", precision = 15, scale = 5)
    private BigDecimal roundingMultiple;

    @Column(nullable = false, length = 5000)
    private String reference = "";

    @Column(nullable = false, length = 500)
    private String note = "";

    @Column(nullable = false)
    private boolean optional;

    @Column(nullable = false)
    private boolean consumable;

    @Column(nullable = false)
    private boolean inherited;

    @Column(name = "allow_variants", nullable = false)
    private boolean allowVariants;

    @Column(nullable = false, length = 128)
    private String checksum = "";

    @Column(nullable = false)
    private boolean validated;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected BomItem() {
    }

    /** A new, empty line; {@link #apply} fills it in. */
    static BomItem create() {
        return new BomItem();
    }

    /** A copy of {@code source} in the BOM of {@code assembly}: not validated, since nobody saw it there. */
    static BomItem copyOf(BomItem source, Part assembly) {
        BomItem copy = new BomItem();
        copy.part = assembly;
        copy.subPart = source.subPart;
        copy.rawAmount = source.rawAmount;
        copy.quantity = source.quantity;
        copy.pieceCount = source.pieceCount;
        copy.setupQuantity = source.setupQuantity;
        copy.attrition = source.attrition;
        copy.roundingMultiple = source.roundingMultiple;
        copy.reference = source.reference;
        copy.note = source.note;
        copy.optional = source.optional;
        copy.consumable = source.consumable;
        copy.inherited = source.inherited;
        copy.allowVariants = source.allowVariants;
        copy.metadata = new LinkedHashMap<>(source.metadata);
        if (copy.subPart.isTrackable()) {
            assembly.makeTrackable();
        }
        return copy;
    }

    /**
     * Applies checked values and enforces InvenTree's rules for a line: the assembly is an
     * assembly, the sub-part a component that does not contain the assembly at any depth, the
     * amount a positive quantity in the sub-part's units (whole for trackable sub-parts, which
     * make the assembly trackable), and neither the old nor the new assembly is locked.
     */
    void apply(FormValues values, Boms boms) {
        Part before = part;
        Part newPart = values.entity("part", Part.class, part);
        Part newSubPart = values.entity("sub_part", Part.class, subPart);
        if (values.has("part") && !newPart.isAssembly()) {
            throw FieldErrors.of("part", "Invalid pk \"" + newPart.getId() + "\" - object does not exist.");
        }
        if (values.has("sub_part") && !newSubPart.isComponent()) {
            throw FieldErrors.of("sub_part", "Invalid pk \"" + newSubPart.getId() + "\" - object does not exist.");
        }
        String newAmount = values.text("raw_amount", null);
        BigDecimal sentQuantity = values.decimal("quantity", null);
        if (newAmount == null && sentQuantity != null) {
            newAmount = sentQuantity.stripTrailingZeros().toPlainString();
        }
        if (newAmount != null) {
            boms.checkAmountFormat(newAmount);
            rawAmount = newAmount;
        }
        part = newPart;
        subPart = newSubPart;
        reference = values.text("reference", reference);
        note = values.text("note", note);
        pieceCount = values.integer("piece_count", (long) pieceCount).intValue();
        setupQuantity = fixed("setup_quantity", values.decimal("setup_quantity", setupQuantity), QUANTITY_SCALE,
                QUANTITY_INTEGER_DIGITS);
        attrition = fixed("attrition", values.decimal("attrition", attrition), 3, 3);
        BigDecimal rounding = values.decimal("rounding_multiple", roundingMultiple);
        roundingMultiple = rounding == null ? null
                : fixed("rounding_multiple", rounding, QUANTITY_SCALE, QUANTITY_INTEGER_DIGITS);
        optional = values.bool("optional", optional);
        consumable = values.bool("consumable", consumable);
        inherited = values.bool("inherited", inherited);
        allowVariants = values.bool("allow_variants", allowVariants);

        recalculateQuantity(boms);
        boms.checkAddToBom(subPart, part);
        if (subPart.isTrackable()) {
            if (quantity.stripTrailingZeros().scale() > 0) {
                throw FieldErrors.of("quantity", "Quantity must be integer value for trackable parts");
            }
            part.makeTrackable();
        }
        boms.checkLock(this, part);
        if (before != null && !before.equals(part)) {
            boms.checkLock(this, before);
        }
        validated = isLineValid();
    }

    /**
     * The quantity the raw amount stands for in the sub-part's units: "10" is 10, "1.5 m" of a
     * part kept in millimetres 1500. A part without units takes plain numbers only.
     */
    private void recalculateQuantity(Boms boms) {
        if (rawAmount == null || rawAmount.isBlank()) {
            rawAmount = quantity.stripTrailingZeros().toPlainString();
        }
        BigDecimal converted;
        try {
            converted = boms.amountIn(rawAmount, subPart.getUnits());
        } catch (UnitError invalid) {
            throw FieldErrors.of("raw_amount", invalid.getMessage());
        }
        if (boms.settings().allowZeroQuantity()) {
            if (converted.signum() < 0) {
                throw FieldErrors.of("raw_amount", "Quantity must be greater than or equal to zero");
            }
        } else if (converted.signum() <= 0) {
            throw FieldErrors.of("raw_amount", "Quantity must be greater than zero");
        }
        quantity = fixed("quantity", converted, QUANTITY_SCALE, QUANTITY_INTEGER_DIGITS);
    }

    /** The value rounded to the column's decimal places; more integer digits than it holds are an error. */
    private static BigDecimal fixed(String field, BigDecimal value, int scale, int integerDigits) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.precision() - rounded.scale() > integerDigits) {
            throw FieldErrors.of(field, "Ensure that there are no more than " + integerDigits
                    + " digits before the decimal point.");
        }
        return rounded;
    }

    /**
     * The hash of what a validation signs off: the assembly, the component, the amounts and the
     * flags. Zero amounts are left out, so that lines from before a field existed hash the same.
     * The note and the piece count do not change what is built, so they are not covered.
     */
    String itemHash() {
        StringBuilder text = new StringBuilder();
        text.append(References.idOf(part)).append('|').append(References.idOf(subPart));
        for (BigDecimal amount : List.of(quantity, setupQuantity, attrition,
                roundingMultiple == null ? BigDecimal.ZERO : roundingMultiple)) {
            text.append('|');
            if (amount.signum() > 0) {
                text.append(amount.stripTrailingZeros().toPlainString());
            }
        }
        text.append('|').append(reference).append('|').append(optional).append('|').append(inherited)
                .append('|').append(consumable).append('|').append(allowVariants);
        return md5(text.toString());
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("MD5 is part of every Java runtime", missing);
        }
    }

    /** Signs the line off as it is now ({@code valid}) or withdraws the sign-off. */
    void validateHash(boolean valid) {
        checksum = valid ? itemHash() : "";
        validated = isLineValid();
    }

    /** Whether the line is as it was when it was last validated. */
    boolean isLineValid() {
        return !checksum.isEmpty() && checksum.equals(itemHash());
    }

    /** Points the line at another assembly, for the import of records in any order. */
    void placeIn(Part assembly, Part component) {
        this.part = assembly;
        this.subPart = component;
    }

    /** Sets what an imported record says, as stored (no rule is checked: InvenTree checked them). */
    void imported(String rawAmount, BigDecimal quantity, BigDecimal setupQuantity, BigDecimal attrition,
            BigDecimal roundingMultiple, String reference, String note, boolean optional, boolean consumable,
            boolean inherited, boolean allowVariants, String checksum, int pieceCount) {
        this.quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.rawAmount = rawAmount == null || rawAmount.isBlank()
                ? this.quantity.stripTrailingZeros().toPlainString() : rawAmount;
        this.setupQuantity = setupQuantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.attrition = attrition.setScale(3, RoundingMode.HALF_UP);
        this.roundingMultiple = roundingMultiple == null ? null
                : roundingMultiple.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.reference = reference;
        this.note = note;
        this.optional = optional;
        this.consumable = consumable;
        this.inherited = inherited;
        this.allowVariants = allowVariants;
        this.checksum = checksum;
        this.pieceCount = pieceCount;
        this.validated = isLineValid();
    }

    public Part getPart() {
        return part;
    }

    public Part getSubPart() {
        return subPart;
    }

    public Long partId() {
        return References.idOf(part);
    }

    public Long subPartId() {
        return References.idOf(subPart);
    }

    public String getRawAmount() {
        return rawAmount;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public int getPieceCount() {
        return pieceCount;
    }

    public BigDecimal getSetupQuantity() {
        return setupQuantity;
    }

    public BigDecimal getAttrition() {
        return attrition;
    }

    public BigDecimal getRoundingMultiple() {
        return roundingMultiple;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isConsumable() {
        return consumable;
    }

    public boolean isInherited() {
        return inherited;
    }

    public boolean isAllowVariants() {
        return allowVariants;
    }

    public String getChecksum() {
        return checksum;
    }

    public boolean isValidated() {
        return validated;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
