package org.stocktree.part;

import jakarta.persistence.Column;
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
 * Two parts that go together (a plug and its socket, a part and its crimps). The link has no
 * direction, so a pair is stored once, whichever way round it was entered.
 */
@Entity
@Table(name = "part_partrelated")
@ModelType(app = "part", model = "partrelated", roles = {"part"})
public class PartRelated extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_1_id")
    private Part part1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_2_id")
    private Part part2;

    /** The parts' ids, read with the row: rows show them without loading the parts. */
    @Column(name = "part_1_id", insertable = false, updatable = false)
    private Long part1Id;

    @Column(name = "part_2_id", insertable = false, updatable = false)
    private Long part2Id;

    @Column(nullable = false, length = 500)
    private String note = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected PartRelated() {
    }

    PartRelated(Part part1, Part part2) {
        this.part1 = part1;
        this.part2 = part2;
    }

    /** Applies checked values; a part cannot relate to itself, and a pair is related once. */
    void apply(FormValues values, EntityManager em) {
        Part first = values.entity("part_1", Part.class, part1);
        Part second = values.entity("part_2", Part.class, part2);
        if (Objects.equals(first.getId(), second.getId())) {
            throw FieldErrors.general("Part relationship cannot be created between a part and itself");
        }
        long self = getId() == null ? -1L : getId();
        if (exists(em, first, second, self)) {
            throw FieldErrors.general("The fields part_1, part_2 must make a unique set.");
        }
        if (exists(em, second, first, self)) {
            throw FieldErrors.general("Duplicate relationship already exists");
        }
        part1 = first;
        part2 = second;
        part1Id = first.getId();
        part2Id = second.getId();
        String newNote = values.text("note", note);
        note = newNote == null ? "" : newNote;
    }

    private static boolean exists(EntityManager em, Part first, Part second, long self) {
        return !em.createQuery("select r.id from PartRelated r where r.part1 = :first and r.part2 = :second "
                        + "and r.id <> :self", Long.class)
                .setParameter("first", first).setParameter("second", second).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Part getPart1() {
        return part1;
    }

    public Part getPart2() {
        return part2;
    }

    public Long part1Id() {
        return part1Id;
    }

    public Long part2Id() {
        return part2Id;
    }

    public String getNote() {
        return note;
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
