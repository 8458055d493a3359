package org.stocktree.common.attachments;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Attachment files on disk, kept in step with the database: a file written or renamed inside a
 * transaction is removed or renamed back when the transaction rolls back, and a file whose
 * attachment is deleted is removed only once the deletion has committed.
 */
@ApplicationScoped
public class AttachmentFiles {

    private static final Logger LOG = Logger.getLogger(AttachmentFiles.class.getName());
    private static final long MEGABYTE = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "stocktree.media.root")
    String mediaRoot;

    @Inject
    @ConfigProperty(name = "stocktree.attachments.max-size")
    long maxSize;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private MediaFolder folder;

    @PostConstruct
    void open() {
        folder = new MediaFolder(Paths.get(mediaRoot));
    }

    /**
     * Stores an upload for an object and answers its path and size. A file over the size limit is
     * refused on the {@code attachment} field, as InvenTree words it.
     */
    MediaFolder.Stored store(String modelType, long modelId, String uploadedName, InputStream content) {
        return storeIn(Attachment.folderOf(modelType, modelId), uploadedName, content);
    }

    /**
     * Stores an upload in a folder of the media folder, for features that keep files of their own
     * (test results): the same name rules, size limit and removal on rollback as attachments.
     */
    public MediaFolder.Stored storeIn(String mediaSubfolder, String uploadedName, InputStream content) {
        MediaFolder.Stored stored;
        try {
            stored = folder.store(mediaSubfolder, uploadedName, content, maxSize);
        } catch (MediaFolder.TooLarge tooLarge) {
            throw FieldErrors.of("attachment", "File size exceeds maximum upload limit of " + limitText());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Path written = folder.resolve(stored.relativePath()).orElseThrow();
        onRollback(() -> Files.deleteIfExists(written));
        return stored;
    }

    /**
     * Renames a stored file within its folder and answers the new relative path; refuses names
     * with illegal characters, names without extension, and names another file has.
     */
    String rename(String relativePath, String newName) {
        FileName.problemWithNewName(newName).ifPresent(problem -> {
            throw FieldErrors.of("filename", problem);
        });
        Path current = folder.resolve(relativePath).orElseThrow(() -> FieldErrors.of("filename", "Invalid attachment directory"));
        Path target;
        try {
            target = folder.inside(current.getParent(), newName.strip());
        } catch (IOException leaves) {
            throw FieldErrors.of("filename", "Invalid attachment directory");
        }
        if (target.equals(current)) {
            return relativePath;
        }
        if (Files.exists(target)) {
            throw FieldErrors.of("filename", "Attachment with this filename already exists");
        }
        try {
            Files.move(current, target);
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Renaming " + current + " failed", failed);
            throw FieldErrors.of("filename", "Error renaming file");
        }
        onRollback(() -> Files.move(target, current));
        return folder.relative(target);
    }

    /** Removes the file once the current transaction has committed. */
    public void deleteAfterCommit(String relativePath) {
        Optional<Path> file = folder.resolve(relativePath);
        if (file.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    quietly(() -> Files.deleteIfExists(file.get()));
                }
            }
        });
    }

    /** The stored file a relative path names, if it lies inside the media folder and exists. */
    public Optional<Path> existing(String relativePath) {
        return folder.resolve(relativePath).filter(Files::isRegularFile);
    }

    private String limitText() {
        return maxSize % MEGABYTE == 0 ? maxSize / MEGABYTE + " MB" : maxSize + " bytes";
    }

    private void onRollback(FileAction undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    quietly(undo);
                }
            }
        });
    }

    private static void quietly(FileAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not tidy up an attachment file", failed);
        }
    }

    @FunctionalInterface
    private interface FileAction {
        void run() throws IOException;
    }
}
