package org.stocktree.part;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stocktree.common.HasMetadata;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * A part that may be used instead of a BOM line's component. Each part is a substitute of a line
 * once at most, and never of the line's own component.
 */
@Entity
@Table(name = "part_bomitemsubstitute")
@ModelType(app = "part", model = "bomitemsubstitute", roles = {"bom", "build"})
public class BomItemSubstitute extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bom_item_id")
    private BomItem bomItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected BomItemSubstitute() {
    }

    BomItemSubstitute(BomItem bomItem, Part part) {
        this.bomItem = bomItem;
        this.part = part;
    }

    static BomItemSubstitute create() {
        return new BomItemSubstitute();
    }

    /** Applies checked values: a component, not the line's own, not yet a substitute of the line. */
    void apply(FormValues values, EntityManager em) {
        BomItem newItem = values.entity("bom_item", BomItem.class, bomItem);
        Part newPart = values.entity("part", Part.class, part);
        if (values.has("part") && !newPart.isComponent()) {
            throw FieldErrors.of("part", "Invalid pk \"" + newPart.getId() + "\" - object does not exist.");
        }
        if (Objects.equals(newPart.getId(), newItem.subPartId())) {
            throw FieldErrors.of("part", "Substitute part cannot be the same as the master part");
        }
        long self = getId() == null ? -1L : getId();
        boolean taken = !em.createQuery("select s.id from BomItemSubstitute s where s.bomItem = :item "
                        + "and s.part = :part and s.id <> :self", Long.class)
                .setParameter("item", newItem).setParameter("part", newPart).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw FieldErrors.general("The fields part, bom_item must make a unique set.");
        }
        bomItem = newItem;
        part = newPart;
    }

    public BomItem getBomItem() {
        return bomItem;
    }

    public Part getPart() {
        return part;
    }

    public Long bomItemId() {
        return References.idOf(bomItem);
    }

    public Long partId() {
        return References.idOf(part);
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
