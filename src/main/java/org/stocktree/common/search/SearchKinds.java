package org.stocktree.common.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.company.CompanyResource;
import org.stocktree.company.ManufacturerPartResource;
import org.stocktree.company.SupplierPartResource;
import org.stocktree.part.CategoryResource;
import org.stocktree.part.PartResource;
import org.stocktree.stock.LocationResource;
import org.stocktree.stock.StockResource;

/** The kinds the global search lists, by InvenTree's names, each answered by its own list endpoint. */
@RequestScoped
class SearchKinds {

    /** Kinds InvenTree's search offers that Stocktree has no list for yet. */
    static final List<String> NOT_SERVED = List.of("build", "purchaseorder", "salesorder", "returnorder",
            "salesordershipment");

    @Inject
    PartResource parts;

    @Inject
    CategoryResource categories;

    @Inject
    StockResource stock;

    @Inject
    LocationResource locations;

    @Inject
    CompanyResource companies;

    @Inject
    ManufacturerPartResource manufacturerParts;

    @Inject
    SupplierPartResource supplierParts;

    Map<String, SearchKind> all() {
        Map<String, SearchKind> kinds = new LinkedHashMap<>();
        kinds.put("part", SearchKind.of(PartResource.class, parts::list));
        kinds.put("partcategory", SearchKind.of(CategoryResource.class, categories::list));
        kinds.put("stockitem", SearchKind.of(StockResource.class, stock::list));
        kinds.put("stocklocation", SearchKind.of(LocationResource.class, locations::list));
        SearchKind company = SearchKind.of(CompanyResource.class, companies::list);
        kinds.put("company", company);
        kinds.put("supplier", company.with("is_supplier", "true"));
        kinds.put("manufacturer", company.with("is_manufacturer", "true"));
        kinds.put("customer", company.with("is_customer", "true"));
        kinds.put("manufacturerpart", SearchKind.of(ManufacturerPartResource.class, manufacturerParts::list));
        kinds.put("supplierpart", SearchKind.of(SupplierPartResource.class, supplierParts::list));
        return kinds;
    }
}
