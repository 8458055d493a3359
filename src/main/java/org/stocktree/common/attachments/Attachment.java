package org.stocktree.common.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.users.User;

/**
 * A file or a link attached to one object, named by its model type and id. Exactly one of the
 * two: an attachment is either an uploaded file (stored under the media folder, {@code file}
 * being its path relative to that folder) or a link to an external address.
 */
@Entity
@Table(name = "common_attachment")
public class Attachment extends BaseEntity {

    /** The folder below the media folder that holds every attachment. */
    static final String FOLDER = "attachments";

    @Column(name = "model_type", nullable = false, length = 100)
    private String modelType;

    @Column(name = "model_id", nullable = false)
    private long modelId;

    @Column(name = "attachment", length = 255)
    private String file;

    @Column(length = 2000)
    private String link;

    @Column(nullable = false, length = 250)
    private String comment = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upload_user_id")
    private User uploadUser;

    @Column(name = "upload_date")
    private LocalDate uploadDate;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    protected Attachment() {
    }

    Attachment(User uploadUser) {
        this.uploadUser = uploadUser;
        this.uploadDate = LocalDate.now();
    }

    /** The folder, relative to the media folder, where files of that object are stored. */
    static String folderOf(String modelType, long modelId) {
        return FOLDER + "/" + modelType + "/" + modelId;
    }

    void attachTo(String modelType, long modelId) {
        this.modelType = modelType;
        this.modelId = modelId;
    }

    void describe(String comment) {
        this.comment = comment == null ? "" : comment;
    }

    /** Makes this a link; a link attachment has no file and no size. */
    void linkTo(String link) {
        this.link = link;
        this.file = null;
        this.fileSize = 0;
    }

    /** Makes this a stored file, replacing any link. */
    void storedAs(String relativePath, long size) {
        this.file = relativePath;
        this.fileSize = size;
        this.link = null;
    }

    /** Points at the file's new name after a rename on disk. */
    void renamedTo(String relativePath) {
        this.file = relativePath;
    }

    public String getModelType() {
        return modelType;
    }

    public long getModelId() {
        return modelId;
    }

    /** The stored file's path relative to the media folder; null for a link. */
    public String getFile() {
        return file;
    }

    public String getLink() {
        return link;
    }

    public String getComment() {
        return comment;
    }

    public User getUploadUser() {
        return uploadUser;
    }

    public LocalDate getUploadDate() {
        return uploadDate;
    }

    public long getFileSize() {
        return fileSize;
    }

    public boolean isFile() {
        return file != null && !file.isEmpty();
    }

    /** The stored file's own name (InvenTree's {@code basename}); null for a link. */
    public String fileName() {
        return isFile() ? file.substring(file.lastIndexOf('/') + 1) : null;
    }
}
