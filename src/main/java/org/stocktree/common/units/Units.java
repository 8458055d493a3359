package org.stocktree.common.units;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.stocktree.platform.cache.SharedCache;

/**
 * The unit engine as the rest of Stocktree uses it: built-in units plus the custom units stored
 * on the server.
 *
 * <p>Features call {@link #convert} to read a value a user typed against a unit (parameter
 * values, pack sizes), {@link #toBaseUnits} for a magnitude that sorts and filters numerically
 * whatever unit it was entered in, and {@link #checkUnit} to validate a unit field. The custom
 * units are cached (shared across nodes) and dropped everywhere when one changes.
 */
@ApplicationScoped
public class Units {

    private static final Logger LOG = Logger.getLogger(Units.class.getName());
    private static final String CACHE_KEY = "units:custom";
    private static final Duration CACHE_TIME = Duration.ofHours(1);

    /** The stored custom units, as plain data that can be cached. */
    public record CustomDefinitions(List<Definition> units) {
    }

    /** One stored custom unit. */
    public record Definition(String name, String definition, String symbol) {
    }

    private record Built(CustomDefinitions definitions, UnitRegistry registry) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Built built;

    /** Every unit the server knows now, custom units included. */
    public UnitRegistry registry() {
        CustomDefinitions definitions = cache.get(CACHE_KEY, CustomDefinitions.class, CACHE_TIME, () -> stored(null));
        Built current = built;
        if (current == null || !current.definitions().equals(definitions)) {
            current = new Built(definitions, build(definitions, true));
            built = current;
        }
        return current.registry();
    }

    /**
     * The value's magnitude in the unit (in base units when the unit is blank), read with
     * InvenTree's leniency: {@code convert("10", "mm")} is 10, {@code convert("1 inch", "mm")}
     * 25.4, {@code convert("4k7", "ohm")} 4700.
     *
     * @throws UnitError with a message fit for the user
     */
    public double convert(String value, String unit) {
        return Conversion.convert(registry(), value, unit);
    }

    /** The value's magnitude in base units: {@code toBaseUnits("2.5 g")} is 0.0025 (kilograms). */
    public double toBaseUnits(String value) {
        return Conversion.convert(registry(), value, null);
    }

    /** Refuses a unit (such as a part's units) the engine cannot read; blank is allowed. */
    public void checkUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return;
        }
        try {
            registry().parse(unit);
        } catch (UnitError invalid) {
            throw new UnitError("Invalid physical unit");
        }
    }

    /** The registry of every unit except the stored custom unit {@code excluded}, read now. */
    UnitRegistry registryWithout(Long excluded) {
        return build(stored(excluded), false);
    }

    /** Drops the cached custom units on every node once the current transaction commits. */
    void changed() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate(CACHE_KEY);
                }
            }
        });
    }

    private CustomDefinitions stored(Long excluded) {
        return new CustomDefinitions(em.createQuery("select u from CustomUnit u where u.id <> :excluded order by u.id",
                        CustomUnit.class)
                .setParameter("excluded", excluded == null ? -1L : excluded)
                .getResultStream()
                .map(unit -> new Definition(unit.getName(), unit.getDefinition(), unit.getSymbol()))
                .toList());
    }

    /**
     * Defines the custom units in order; one that no longer reads (its basis was removed) is
     * skipped, and reported when {@code report} (once per change, not on every validation).
     */
    private static UnitRegistry build(CustomDefinitions definitions, boolean report) {
        UnitRegistry registry = UnitRegistry.builtIn();
        for (Definition unit : definitions.units()) {
            try {
                registry = registry.withCustomUnit(unit.name(), unit.definition(), unit.symbol());
            } catch (UnitError invalid) {
                if (report) {
                    LOG.warning(() -> "Custom unit " + unit.name() + " = " + unit.definition() + " is skipped: "
                            + invalid.getMessage());
                }
            }
        }
        return registry;
    }
}
