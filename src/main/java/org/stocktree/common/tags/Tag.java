package org.stocktree.common.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;

/**
 * A label that parts, stock items and other objects can carry. The name is unique (ignoring
 * case, as InvenTree configures its tags); the slug, its URL-safe form, is made once when the tag
 * is created and stays when the tag is renamed.
 */
@Entity
@Table(name = "taggit_tag")
public class Tag extends BaseEntity {

    static final int MAX_LENGTH = 100;

    @Column(nullable = false, length = MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = MAX_LENGTH)
    private String slug;

    protected Tag() {
    }

    Tag(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    /** Renames the tag; the name must be given and fit. */
    void rename(String newName) {
        name = checkedName(newName);
    }

    /** A tag name as given, stripped; refuses a blank or too long one. */
    static String checkedName(String name) {
        String stripped = name == null ? null : name.strip();
        if (stripped == null) {
            throw FieldErrors.of("name", "This field is required.");
        }
        if (stripped.isEmpty()) {
            throw FieldErrors.of("name", "This field may not be blank.");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw FieldErrors.of("name", "Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        return stripped;
    }

    /**
     * The slug of a name, as Django's {@code slugify} with Unicode allowed: letters, digits,
     * underscores and hyphens, lower case, runs of spaces and hyphens as one hyphen.
     */
    static String slugOf(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String kept = normalized.replaceAll("(?U)[^\\w\\s-]", "").strip();
        String slug = kept.replaceAll("(?U)[-\\s]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        return slug.length() > MAX_LENGTH - 4 ? slug.substring(0, MAX_LENGTH - 4) : slug;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }
}
