package org.stocktree.company;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;

/**
 * Turns a page of companies into rows. The parts each supplies and makes, the primary addresses
 * and the tags are read once for the whole page, so a page costs the same statements whatever
 * its size.
 */
final class CompanyRows {

    private final EntityManager em;
    private final Tags tags;

    CompanyRows(EntityManager em, Tags tags) {
        this.em = em;
        this.tags = tags;
    }

    List<CompanyRow> of(List<Company> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        List<Long> ids = companies.stream().map(Company::getId).toList();
        Map<Long, Long> supplied = counts("select s.supplier.id, count(s) from SupplierPart s "
                + "where s.supplier.id in :ids group by s.supplier.id", ids);
        Map<Long, Long> manufactured = counts("select m.manufacturer.id, count(m) from ManufacturerPart m "
                + "where m.manufacturer.id in :ids group by m.manufacturer.id", ids);
        Map<Long, Address> primaries = new HashMap<>();
        em.createQuery("select a from Address a where a.companyId in :ids and a.primary = true", Address.class)
                .setParameter("ids", ids).getResultList().forEach(address -> primaries.put(address.companyId(), address));
        Map<Long, List<String>> tagNames = tags.ofAll(CompanyResource.MODEL, ids);
        List<CompanyRow> rows = new ArrayList<>();
        for (Company company : companies) {
            Address primary = primaries.get(company.getId());
            rows.add(new CompanyRow(company.getId(), company.getName(), company.getDescription(), company.getWebsite(),
                    company.getPhone(), company.getEmail(), company.getCurrency(), company.getContact(),
                    company.getLink(), company.getImage(), company.isActive(), company.isCustomer(),
                    company.isManufacturer(), company.isSupplier(), company.getNotes(),
                    supplied.getOrDefault(company.getId(), 0L), manufactured.getOrDefault(company.getId(), 0L),
                    primary == null ? null : CompanyRow.AddressBrief.of(primary), company.getTaxId(),
                    tagNames.getOrDefault(company.getId(), List.of())));
        }
        return rows;
    }

    private Map<Long, Long> counts(String query, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(found -> counts.put((Long) found[0], (Long) found[1]));
        return counts;
    }
}
