package org.stocktree.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.part.Part;

/** The serial numbers a part's stock uses, for features outside stock ({@code /api/part/{id}/serial-numbers/}). */
@ApplicationScoped
public class Serials {

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    /** The highest serial in use where the part's serials must be unique; null when none is. */
    public String latest(Part part) {
        return StockRules.of(settings).latestSerial(em, part);
    }

    /** The serial after the latest, as InvenTree increments it; "1" when none is in use. */
    public String next(Part part) {
        return SerialNumbers.increment(latest(part));
    }
}
