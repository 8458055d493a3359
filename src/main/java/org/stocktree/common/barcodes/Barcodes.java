package org.stocktree.common.barcodes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.common.ContentTypes;

/**
 * What barcodes name: the kinds of objects they may point at, reading a scanned barcode (internal
 * short and JSON formats first, then third-party barcodes linked to an object), generating an
 * object's internal barcode, and linking and unlinking third-party barcodes, which are unique
 * across all objects of every kind.
 */
@ApplicationScoped
public class Barcodes {

    /** The name InvenTree's clients see for the built-in barcode support (its plugin's name). */
    public static final String PLUGIN = "InvenTreeBarcode";

    /** An object a barcode names. */
    public record Match(BarcodeKind kind, HasBarcode object) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes contentTypes;

    @Inject
    @ConfigProperty(name = "stocktree.barcodes.format", defaultValue = "json")
    String style;

    @Inject
    @ConfigProperty(name = "stocktree.barcodes.short-prefix", defaultValue = "INV-")
    String shortPrefix;

    private InternalFormat format;
    private List<BarcodeKind> kinds;

    @PostConstruct
    void configure() {
        format = new InternalFormat(style, shortPrefix);
        kinds = contentTypes.all().stream().filter(ContentTypes.Entry::hasEntity)
                .filter(type -> HasBarcode.class.isAssignableFrom(type.entity())
                        && type.entity().isAnnotationPresent(BarcodeModel.class))
                .map(type -> new BarcodeKind(type, type.entity().getAnnotation(BarcodeModel.class)))
                .toList();
    }

    /** Every kind of object barcodes name, in the order their JSON keys are tried. */
    public List<BarcodeKind> kinds() {
        return kinds;
    }

    public Optional<BarcodeKind> kind(String name) {
        return kinds.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /**
     * The object a barcode names, tried as InvenTree does: a short barcode, then a JSON one, then
     * the third-party barcode linked to an object. An internal barcode naming an object that does
     * not exist falls through to the next way.
     */
    public Optional<Match> find(String data) {
        return find(data, kind -> true);
    }

    /**
     * The object a barcode names among the kinds given (those a caller may view, for a scan): the
     * others are passed over as if they did not exist, so a scan never reveals them.
     */
    public Optional<Match> find(String data, Predicate<BarcodeKind> searched) {
        List<BarcodeKind> candidates = kinds.stream().filter(searched).toList();
        Optional<Match> found = format.readShort(data)
                .flatMap(reference -> candidates.stream().filter(kind -> kind.code().equals(reference.code())).findFirst()
                        .flatMap(kind -> object(kind, reference.id())));
        if (found.isPresent()) {
            return found;
        }
        List<String> models = candidates.stream().map(BarcodeKind::name).toList();
        for (InternalFormat.Reference reference : format.readJson(data, models)) {
            found = kind(reference.model()).flatMap(kind -> object(kind, reference.id()));
            if (found.isPresent()) {
                return found;
            }
        }
        return linked(BarcodeHash.of(data), candidates);
    }

    /** The object among these kinds a third-party barcode with this hash is linked to. */
    private Optional<Match> linked(String hash, List<BarcodeKind> candidates) {
        for (BarcodeKind kind : candidates) {
            List<? extends HasBarcode> holders = em.createQuery("select e from " + entityName(kind)
                            + " e where e.barcodeHash = :hash order by e.id", kind.entity())
                    .setParameter("hash", hash).setMaxResults(1).getResultList();
            if (!holders.isEmpty()) {
                return Optional.of(new Match(kind, holders.get(0)));
            }
        }
        return Optional.empty();
    }

    /** One object of a kind, if it exists. */
    public Optional<Match> object(BarcodeKind kind, long id) {
        return Optional.ofNullable(em.find(kind.entity(), id)).map(found -> new Match(kind, found));
    }

    /** The internal barcode of an object, in the configured format. */
    public String generate(Match match) {
        return format.generate(match.kind().name(), match.kind().code(), match.object().getId());
    }

    /**
     * Links a third-party barcode to an object (replacing the one it had). Nothing else may be
     * named by the barcode already, neither by an internal barcode nor by a linked one: the
     * conflicting object is returned and nothing changes; an empty result means the link was made.
     */
    public Optional<Conflict> link(Match target, String data) {
        String hash = BarcodeHash.of(data);
        if (!claim(hash)) {
            return Optional.of(new Conflict(Optional.empty()));
        }
        Optional<Match> existing = find(data);
        if (existing.isPresent()) {
            return Optional.of(new Conflict(existing));
        }
        target.object().linkBarcode(data, hash);
        return Optional.empty();
    }

    /** A barcode that names something already: the object, when it is known. */
    public record Conflict(Optional<Match> holder) {
    }

    /**
     * Takes the lock of a barcode's hash before looking for the objects it names, so that links of
     * one barcode run one after the other and each sees what the one before it committed. The lock
     * is a row per hash ever linked, created by the first link; two first links at once both try
     * to create it, and the one that waited then fails: false, the barcode is being linked.
     */
    private boolean claim(String hash) {
        try {
            em.createNativeQuery("insert into common_barcodeclaim (barcode_hash) select ?1 where not exists "
                    + "(select 1 from common_barcodeclaim where barcode_hash = ?1)").setParameter(1, hash).executeUpdate();
            em.createNativeQuery("select barcode_hash from common_barcodeclaim where barcode_hash = ?1 for update")
                    .setParameter(1, hash).getResultList();
            return true;
        } catch (PersistenceException taken) {
            return false;
        }
    }

    private String entityName(BarcodeKind kind) {
        return em.getMetamodel().entity(kind.entity()).getName();
    }
}
