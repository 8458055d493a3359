package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.units.Quantity;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.users.User;

/**
 * Bills of materials as a whole: which lines make up a part's BOM (its own and those inherited
 * from the templates above it), the rules that involve other lines (no part in its own BOM at any
 * depth, locked assemblies), the BOM's checksum and its validation, copying a BOM, and what
 * deleting a part does to the BOMs it appears in.
 *
 * <p>A part's {@code bom_validated} is kept current here whenever a line changes, rather than by
 * InvenTree's background check: the checksum covers every line, so the change that alters it is
 * the moment the BOM stops being the validated one.
 */
@ApplicationScoped
public class Boms {

    static final String LOCKED = "BOM item cannot be modified - assembly is locked";
    static final String VARIANT_LOCKED = "BOM item cannot be modified - variant assembly is locked";

    /**
     * The global settings that change the BOM rules, with InvenTree's defaults.
     *
     * @param locking {@code PART_ENABLE_LOCKING}: locked assemblies refuse BOM changes
     * @param allowZeroQuantity {@code PART_BOM_ALLOW_ZERO_QUANTITY}: a line may need none per assembly
     * @param allowDeleteFromAssembly {@code PART_ALLOW_DELETE_FROM_ASSEMBLY}: parts used in BOMs may be deleted
     */
    record Settings(boolean locking, boolean allowZeroQuantity, boolean allowDeleteFromAssembly) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings globalSettings;

    @Inject
    Units units;

    Settings settings() {
        return new Settings(globalSettings.bool("PART_ENABLE_LOCKING"), globalSettings.bool("PART_BOM_ALLOW_ZERO_QUANTITY"),
                globalSettings.bool("PART_ALLOW_DELETE_FROM_ASSEMBLY"));
    }

    /** A raw amount must be something the unit engine reads, units or not. */
    void checkAmountFormat(String rawAmount) {
        if (plainNumber(rawAmount) != null) {
            return;
        }
        try {
            units.toBaseUnits(rawAmount);
        } catch (UnitError unreadable) {
            throw FieldErrors.of("raw_amount", "Invalid quantity format");
        }
    }

    /**
     * The amount in the part's units. A plain number is taken as it is; an amount with units is
     * converted, and a part without units accepts none.
     */
    BigDecimal amountIn(String rawAmount, String unit) {
        BigDecimal plain = plainNumber(rawAmount);
        if (plain != null) {
            return plain;
        }
        if (unit == null || unit.isBlank()) {
            Quantity read;
            try {
                read = units.registry().parse(rawAmount.strip());
            } catch (UnitError unreadable) {
                read = null; // engineering notation and the like: the conversion below reads those
            }
            if (read != null && !read.isDimensionless()) {
                throw new UnitError("Invalid quantity - no units specified for part");
            }
        }
        return BigDecimal.valueOf(units.convert(rawAmount, unit));
    }

    private static BigDecimal plainNumber(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notPlain) {
            return null;
        }
    }

    /** The ids of the templates above the part, nearest last. */
    static List<Long> ancestorIds(Part part) {
        List<Long> ids = new ArrayList<>();
        for (String id : part.treePath().value().split("/")) {
            if (!id.isEmpty() && !"-".equals(id)) {
                ids.add(Long.parseLong(id));
            }
        }
        if (!ids.isEmpty()) {
            ids.remove(ids.size() - 1);
        }
        return ids;
    }

    /** The part's BOM: its own lines and, with {@code includeInherited}, the inherited lines of its templates. */
    public List<BomItem> linesOf(Part assembly, boolean includeInherited) {
        return linesOfAll(List.of(assembly), includeInherited).getOrDefault(assembly.getId(), List.of());
    }

    /** The BOMs of several parts in one statement, by part id; lines in id order. */
    Map<Long, List<BomItem>> linesOfAll(Collection<Part> assemblies, boolean includeInherited) {
        Map<Long, List<BomItem>> lines = new LinkedHashMap<>();
        if (assemblies.isEmpty()) {
            return lines;
        }
        Set<Long> owners = new HashSet<>();
        for (Part assembly : assemblies) {
            owners.add(assembly.getId());
            if (includeInherited) {
                owners.addAll(ancestorIds(assembly));
            }
        }
        List<BomItem> found = em.createQuery("select b from BomItem b join fetch b.subPart where b.part.id in :owners "
                + "order by b.id", BomItem.class).setParameter("owners", owners).getResultList();
        for (Part assembly : assemblies) {
            List<Long> above = includeInherited ? ancestorIds(assembly) : List.of();
            List<BomItem> own = new ArrayList<>();
            for (BomItem line : found) {
                if (line.partId().equals(assembly.getId()) || (line.isInherited() && above.contains(line.partId()))) {
                    own.add(line);
                }
            }
            lines.put(assembly.getId(), own);
        }
        return lines;
    }

    /** The parts below this one in its variant tree. */
    List<Part> variantsOf(Part part) {
        return em.createQuery("select p from Part p where p.treePath like :subtree and p.id <> :id", Part.class)
                .setParameter("subtree", part.treePath().subtreePattern()).setParameter("id", part.getId())
                .getResultList();
    }

    /** The assemblies whose BOM holds the line: its own, and its variants' when the line is inherited. */
    Set<Part> assembliesOf(BomItem line) {
        Set<Part> assemblies = new LinkedHashSet<>();
        assemblies.add(line.getPart());
        if (line.isInherited()) {
            assemblies.addAll(variantsOf(line.getPart()));
        }
        return assemblies;
    }

    /**
     * The checksum of the part's whole BOM (inherited lines included), over each line's hash in
     * id order: any change to a line, and any line added or removed, changes it.
     */
    String checksum(Part assembly) {
        return checksum(assembly, linesOf(assembly, true));
    }

    private static String checksum(Part assembly, List<BomItem> lines) {
        StringBuilder text = new StringBuilder(String.valueOf(assembly.getId()));
        lines.stream().sorted(Comparator.comparing(BomItem::getId)).forEach(line -> text.append(':').append(line.itemHash()));
        return BomItem.md5(text.toString());
    }

    /** Recomputes whether each assembly's BOM is still the validated one, after lines changed. */
    void refresh(Collection<Part> assemblies) {
        if (assemblies.isEmpty()) {
            return;
        }
        em.flush();
        Map<Long, List<BomItem>> lines = linesOfAll(assemblies, true);
        for (Part assembly : assemblies) {
            assembly.markBomValidated(assembly.bomMatches(checksum(assembly, lines.get(assembly.getId()))));
        }
    }

    /**
     * Refuses a change to a line of a locked assembly, and to an inherited line when any variant
     * that inherits it is locked (with {@code PART_ENABLE_LOCKING}, as in InvenTree).
     */
    void checkLock(BomItem line, Part assembly) {
        if (!settings().locking()) {
            return;
        }
        if (assembly.isLocked()) {
            throw FieldErrors.general(LOCKED);
        }
        if (line.isInherited() && variantsOf(assembly).stream().anyMatch(Part::isLocked)) {
            throw FieldErrors.general(VARIANT_LOCKED);
        }
    }

    /**
     * InvenTree's {@code check_add_to_bom}: {@code component} may go into the BOM of
     * {@code assembly} unless it is the assembly, shares its variant tree, or contains the
     * assembly at any depth of its own BOM (inherited lines and sub-assemblies included). The BOMs
     * are read one level of sub-assemblies at a time, one statement per level.
     */
    void checkAddToBom(Part component, Part assembly) {
        Set<Long> seen = new HashSet<>();
        List<Part> level = List.of(component);
        seen.add(component.getId());
        while (!level.isEmpty()) {
            for (Part part : level) {
                if (part.getId().equals(assembly.getId()) || part.getTreeId() == assembly.getTreeId()) {
                    throw FieldErrors.of("sub_part", "Part '" + described(part) + "' cannot be used in BOM for '"
                            + described(assembly) + "' (recursive)");
                }
            }
            Map<Long, List<BomItem>> lines = linesOfAll(level, true);
            List<Part> next = new ArrayList<>();
            for (Part part : level) {
                for (BomItem line : lines.get(part.getId())) {
                    if (line.subPartId().equals(assembly.getId())) {
                        throw FieldErrors.of("sub_part", "Part '" + described(assembly) + "' is  used in BOM for '"
                                + described(part) + "' (recursive)");
                    }
                    if (seen.add(line.subPartId())) {
                        next.add(line.getSubPart());
                    }
                }
            }
            level = next;
        }
    }

    /** How InvenTree names a part in messages: "full name - description". */
    static String described(Part part) {
        return part.fullName() + " - " + part.getDescription();
    }

    /**
     * Validates the part's BOM as {@code user} ({@code valid}) or withdraws the validation. A
     * validation signs off each of the part's own lines and stores the checksum of the whole BOM.
     */
    void validate(Part assembly, User user, boolean valid) {
        if (valid) {
            linesOf(assembly, false).forEach(line -> line.validateHash(true));
        }
        assembly.recordBomCheck(user, checksum(assembly), valid);
    }

    /**
     * Copies the BOM of {@code source} into {@code target}, as InvenTree's {@code copy_bom_from}:
     * the existing lines go first with {@code clear}; lines the target inherits already are not
     * copied; a line that would put the target into its own BOM fails the copy, or is skipped
     * with {@code skipInvalid}; substitutes come along with {@code copySubstitutes}. A locked
     * target refuses the copy as a whole.
     */
    void copy(Part target, Part source, boolean clear, boolean skipInvalid, boolean includeInherited,
            boolean copySubstitutes) {
        if (source.equals(target)) {
            return;
        }
        if (settings().locking() && target.isLocked()) {
            throw FieldErrors.general(LOCKED);
        }
        if (clear) {
            List<BomItem> existing = linesOf(target, false);
            if (!existing.isEmpty()) {
                em.createQuery("delete from BomItemSubstitute s where s.bomItem in :lines")
                        .setParameter("lines", existing).executeUpdate();
                existing.forEach(em::remove);
                em.flush();
            }
        }
        List<Long> targetAncestors = ancestorIds(target);
        List<BomItem> lines = linesOf(source, includeInherited);
        Map<Long, List<Part>> substitutes = copySubstitutes ? substitutesOf(lines) : Map.of();
        for (BomItem line : lines) {
            if (line.isInherited() && targetAncestors.contains(line.partId())) {
                continue;
            }
            try {
                checkAddToBom(line.getSubPart(), target);
            } catch (FieldErrors invalid) {
                if (skipInvalid) {
                    continue;
                }
                throw invalid;
            }
            BomItem copy = BomItem.copyOf(line, target);
            em.persist(copy);
            for (Part substitute : substitutes.getOrDefault(line.getId(), List.of())) {
                em.persist(new BomItemSubstitute(copy, substitute));
            }
        }
        Set<Part> assemblies = new LinkedHashSet<>();
        assemblies.add(target);
        assemblies.addAll(variantsOf(target));
        refresh(assemblies);
    }

    /** The substitute parts of the lines, by line id, in one statement. */
    Map<Long, List<Part>> substitutesOf(Collection<BomItem> lines) {
        Map<Long, List<Part>> parts = new HashMap<>();
        if (lines.isEmpty()) {
            return parts;
        }
        em.createQuery("select s from BomItemSubstitute s join fetch s.part where s.bomItem in :lines order by s.id",
                        BomItemSubstitute.class).setParameter("lines", lines).getResultList()
                .forEach(substitute -> parts.computeIfAbsent(substitute.bomItemId(), id -> new ArrayList<>())
                        .add(substitute.getPart()));
        return parts;
    }

    /**
     * Before a part is deleted: refuses when it is a component of some BOM (unless
     * {@code PART_ALLOW_DELETE_FROM_ASSEMBLY}), then removes its own BOM, the lines using it and its
     * substitute entries, and re-reads the validity of the BOMs that lost a line.
     */
    void beforeRemoval(Part part) {
        List<BomItem> usedIn = em.createQuery("select b from BomItem b join fetch b.part where b.subPart = :part",
                BomItem.class).setParameter("part", part).getResultList();
        if (!usedIn.isEmpty() && !settings().allowDeleteFromAssembly()) {
            throw FieldErrors.general("Cannot delete this part as it is used in an assembly");
        }
        Set<Part> affected = new LinkedHashSet<>();
        usedIn.forEach(line -> affected.addAll(assembliesOf(line)));
        affected.remove(part);
        em.createQuery("delete from BomItemSubstitute s where s.part = :part or s.bomItem.id in "
                + "(select b.id from BomItem b where b.part = :part or b.subPart = :part)")
                .setParameter("part", part).executeUpdate();
        em.createQuery("delete from BomItem b where b.part = :part or b.subPart = :part")
                .setParameter("part", part).executeUpdate();
        usedIn.forEach(em::detach);
        refresh(affected);
    }

    /**
     * The parts that can be used for the part's BOM (InvenTree's {@code get_parts_in_bom}): each
     * line's component, its substitutes, and with {@code allow_variants} their variants, as long
     * as they are trackable exactly when the component is.
     */
    public Set<Long> partsInBom(Part assembly) {
        return partsFor(linesOf(assembly, true));
    }

    /**
     * The parts a BOM line may be filled with (InvenTree's {@code get_valid_parts_for_allocation}):
     * its component, its substitutes and, with {@code allow_variants}, their variants, trackable
     * exactly when the component is.
     */
    public Set<Long> partsFor(BomItem line) {
        return partsFor(List.of(line));
    }

    private Set<Long> partsFor(List<BomItem> lines) {
        Map<Long, List<Part>> substitutes = substitutesOf(lines);
        List<Part> roots = new ArrayList<>();
        for (BomItem line : lines) {
            if (line.isAllowVariants()) {
                roots.add(line.getSubPart());
                roots.addAll(substitutes.getOrDefault(line.getId(), List.of()));
            }
        }
        List<Part> variants = variantsBelow(roots);
        Set<Long> ids = new LinkedHashSet<>();
        for (BomItem line : lines) {
            Part component = line.getSubPart();
            List<Part> candidates = new ArrayList<>();
            candidates.add(component);
            candidates.addAll(substitutes.getOrDefault(line.getId(), List.of()));
            if (line.isAllowVariants()) {
                List<Part> tops = new ArrayList<>(candidates);
                for (Part variant : variants) {
                    if (tops.stream().anyMatch(top -> !top.equals(variant) && top.treePath().contains(variant.treePath()))) {
                        candidates.add(variant);
                    }
                }
            }
            candidates.stream().filter(candidate -> candidate.isTrackable() == component.isTrackable())
                    .forEach(candidate -> ids.add(candidate.getId()));
        }
        return ids;
    }

    /** Every part below any of the given parts in their variant trees, in one statement. */
    private List<Part> variantsBelow(List<Part> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        var builder = em.getCriteriaBuilder();
        var query = builder.createQuery(Part.class);
        var root = query.from(Part.class);
        query.select(root).where(builder.or(roots.stream()
                .map(top -> builder.like(root.get("treePath"), top.treePath().subtreePattern()))
                .toArray(jakarta.persistence.criteria.Predicate[]::new)));
        return em.createQuery(query).getResultList();
    }

    /**
     * The ids of the lines that use the part (InvenTree's {@code get_used_in_bom_item_filter}): as
     * their component, as a variant of a component whose line allows variants, or as a substitute.
     */
    List<Long> linesUsing(Part part) {
        List<Long> above = ancestorIds(part);
        Set<Long> ids = new LinkedHashSet<>(em.createQuery("select b.id from BomItem b where b.subPart = :part "
                        + "or (b.allowVariants = true and b.subPart.id in :above)", Long.class)
                .setParameter("part", part).setParameter("above", above.isEmpty() ? List.of(-1L) : above)
                .getResultList());
        ids.addAll(em.createQuery("select s.bomItem.id from BomItemSubstitute s where s.part = :part", Long.class)
                .setParameter("part", part).getResultList());
        return new ArrayList<>(ids);
    }
}
