package org.stocktree.common.barcodes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.stocktree.common.ContentTypes;

/** A model whose objects barcodes name: its model type and how barcodes refer to it. */
public record BarcodeKind(ContentTypes.Entry type, BarcodeModel model) {

    /** The model name: the key of JSON barcodes and of the link, unlink and scan answers ({@code stockitem}). */
    public String name() {
        return type.model();
    }

    public String code() {
        return model.code();
    }

    @SuppressWarnings("unchecked")
    public Class<? extends HasBarcode> entity() {
        return (Class<? extends HasBarcode>) type.entity();
    }

    /** Whether a caller holding these security roles has the permission on objects of this kind. */
    public boolean permits(Predicate<String> holds, String permission) {
        return type.permits(holds, permission);
    }

    /** How a scan names a matched object: its id and where the API and the web interface show it. */
    public Map<String, Object> matched(long id) {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("pk", id);
        found.put("api_url", model.apiUrl() + id + "/");
        found.put("web_url", model.webUrl() + id);
        return found;
    }
}
