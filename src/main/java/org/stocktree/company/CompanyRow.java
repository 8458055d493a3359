package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A company as the API shows it, with InvenTree's field names. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CompanyRow(long pk, String name, String description, String website, String phone, String email,
        String currency, String contact, String link, String image, boolean active,
        @JsonProperty("is_customer") boolean customer, @JsonProperty("is_manufacturer") boolean manufacturer,
        @JsonProperty("is_supplier") boolean supplier, String notes,
        @JsonProperty("parts_supplied") long partsSupplied, @JsonProperty("parts_manufactured") long partsManufactured,
        @JsonProperty("primary_address") AddressBrief primaryAddress, @JsonProperty("tax_id") String taxId,
        List<String> tags) {

    /** The primary address as a company row shows it. */
    record AddressBrief(long pk, String line1, String line2, @JsonProperty("postal_code") String postalCode,
            @JsonProperty("postal_city") String postalCity, String province, String country,
            @JsonProperty("shipping_notes") String shippingNotes,
            @JsonProperty("internal_shipping_notes") String internalShippingNotes) {

        static AddressBrief of(Address address) {
            return new AddressBrief(address.getId(), address.getLine1(), address.getLine2(), address.getPostalCode(),
                    address.getPostalCity(), address.getProvince(), address.getCountry(), address.getShippingNotes(),
                    address.getInternalShippingNotes());
        }
    }

    /** A company as other rows show it ({@code supplier_detail}, {@code manufacturer_detail}). */
    record Brief(long pk, boolean active, String name, String description, String image, String thumbnail,
            String currency, @JsonProperty("tax_id") String taxId) {

        /** Where InvenTree shows a company without an image. */
        private static final String BLANK_IMAGE = "/static/img/blank_image.png";

        static Brief of(Company company) {
            if (company == null) {
                return null;
            }
            return new Brief(company.getId(), company.isActive(), company.getName(), company.getDescription(),
                    company.getImage(), company.getImage() == null ? BLANK_IMAGE : company.getImage(),
                    company.getCurrency(), company.getTaxId());
        }
    }
}
