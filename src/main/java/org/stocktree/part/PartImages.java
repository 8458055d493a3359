package org.stocktree.part;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.attachments.FileName;
import org.stocktree.common.attachments.MediaFolder;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Part images on disk: {@code part_images/} in the media folder, each with InvenTree's two smaller
 * variants beside it ({@code name.thumbnail.ext}, at most 256 pixels a side, and
 * {@code name.preview.ext}, at most 512), so media folders move between InvenTree and Stocktree.
 *
 * <p>An upload is accepted only when it decodes as a raster image (PNG, JPEG, GIF, BMP); it is
 * stored under its sanitised name with the extension of what it really is, so no upload is ever
 * served as a page or script. SVG cannot be made safe this way and is refused like any non-image.
 * Files written in a transaction that rolls back are removed again; files a part no longer uses
 * are removed once the change has committed, unless another part still shows them.
 */
@ApplicationScoped
public class PartImages {

    /** The folder in the media folder, as InvenTree names it. */
    static final String FOLDER = "part_images";

    static final String NOT_AN_IMAGE =
            "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";
    static final String NO_SUCH_IMAGE = "Image file does not exist";

    /** The variants InvenTree's image field keeps, and the longest side of each. */
    static final Map<String, Integer> VARIANTS = Map.of("thumbnail", 256, "preview", 512);

    private static final Logger LOG = Logger.getLogger(PartImages.class.getName());
    private static final String MEDIA_URL = "/media/";
    private static final Map<String, String> EXTENSION_OF_FORMAT = Map.of("png", "png", "jpeg", "jpg", "gif", "gif",
            "bmp", "bmp");

    @Inject
    @ConfigProperty(name = "stocktree.media.root")
    String mediaRoot;

    /** Largest image accepted, in bytes (as for attachments: InvenTree's default upload limit). */
    @Inject
    @ConfigProperty(name = "stocktree.part-images.max-size", defaultValue = "10485760")
    long maxSize;

    /** Largest image accepted, in pixels, so that a small file cannot expand into gigabytes when decoded. */
    @Inject
    @ConfigProperty(name = "stocktree.part-images.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager em;

    private MediaFolder folder;

    @PostConstruct
    void open() {
        folder = new MediaFolder(Paths.get(mediaRoot));
    }

    /** Where a stored image is served: {@code /media/part_images/r%20s.png}; null without image. */
    static String url(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        StringBuilder url = new StringBuilder(MEDIA_URL.substring(0, MEDIA_URL.length() - 1));
        for (String segment : stored.split("/")) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    /** Where an image's thumbnail is served, or InvenTree's blank thumbnail without image. */
    static String thumbnailUrl(String stored) {
        return stored == null || stored.isEmpty() ? PartRow.BLANK_THUMBNAIL : url(variant(stored, "thumbnail"));
    }

    /** A variant's stored path: {@code part_images/r.png} -> {@code part_images/r.thumbnail.png}. */
    static String variant(String stored, String variant) {
        int slash = stored.lastIndexOf('/');
        int dot = stored.lastIndexOf('.');
        return dot > slash ? stored.substring(0, dot) + "." + variant + stored.substring(dot)
                : stored + "." + variant;
    }

    /**
     * Stores an uploaded image with its variants and answers its stored path
     * ({@code part_images/name.png}). Anything that does not decode as an image is refused on
     * {@code field}, and nothing of it is kept.
     */
    String store(Attachments.UploadedFile upload, String field) {
        byte[] content = read(upload.content(), field);
        Decoded decoded = decode(content, field);
        String name = nameFor(upload.name(), decoded.extension());
        MediaFolder.Stored stored;
        try {
            stored = folder.store(FOLDER, name, new ByteArrayInputStream(content), maxSize);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        List<Path> written = new ArrayList<>();
        written.add(folder.resolve(stored.relativePath()).orElseThrow());
        onRollback(written);
        VARIANTS.forEach((variant, size) -> {
            Path target = folder.resolve(variant(stored.relativePath(), variant)).orElseThrow();
            written.add(target);
            writeScaled(decoded, size, target);
        });
        return stored.relativePath();
    }

    /**
     * The stored path of an image already in the folder, chosen by name (only the last part of a
     * path or URL counts, as in InvenTree); refused on {@code field} when there is no such image.
     */
    String existing(String name, String field) {
        String plain = name == null ? "" : name.strip();
        plain = plain.substring(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\')) + 1);
        plain = java.net.URLDecoder.decode(plain.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (plain.isEmpty() || plain.startsWith(".") || plain.contains("/") || plain.contains("\\")) {
            throw FieldErrors.of(field, NO_SUCH_IMAGE);
        }
        String stored = FOLDER + "/" + plain;
        Optional<Path> file = folder.resolve(stored).filter(Files::isRegularFile);
        if (file.isEmpty() || !file.get().getParent().equals(folder.resolve(FOLDER).orElseThrow())) {
            throw FieldErrors.of(field, NO_SUCH_IMAGE);
        }
        return stored;
    }

    /**
     * Removes an image a part no longer shows, with its variants, once the change has committed;
     * kept while any part still shows it. Call it after the part has been changed or removed.
     */
    void release(String stored) {
        if (stored == null || stored.isEmpty()) {
            return;
        }
        long users = em.createQuery("select count(p) from Part p where p.image = :image", Long.class)
                .setParameter("image", stored).getSingleResult();
        if (users > 0) {
            return;
        }
        List<Path> files = new ArrayList<>();
        folder.resolve(stored).ifPresent(files::add);
        VARIANTS.keySet().forEach(variant -> folder.resolve(variant(stored, variant)).ifPresent(files::add));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    files.forEach(PartImages::deleteQuietly);
                }
            }
        });
    }

    /** The file of a media path under {@code part_images/}, if it is one and exists. */
    Optional<Path> file(String relativePath) {
        return folder.resolve(FOLDER + "/" + relativePath).filter(Files::isRegularFile)
                .filter(path -> path.startsWith(folder.resolve(FOLDER).orElseThrow()));
    }

    private byte[] read(InputStream content, String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (content) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                if (bytes.size() + read > maxSize) {
                    throw FieldErrors.of(field, "File size exceeds maximum upload limit of " + limitText());
                }
                bytes.write(buffer, 0, read);
            }
        } catch (IOException unreadable) {
            throw FieldErrors.of(field, NOT_AN_IMAGE);
        }
        return bytes.toByteArray();
    }

    private String limitText() {
        long megabyte = 1024L * 1024L;
        return maxSize % megabyte == 0 ? maxSize / megabyte + " MB" : maxSize + " bytes";
    }

    /** A decoded image and the extension of its real format. */
    private record Decoded(BufferedImage image, String extension, String format) {
    }

    /** Decodes the content, checking its size in pixels before decoding the pixels themselves. */
    private Decoded decode(byte[] content, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String extension = EXTENSION_OF_FORMAT.get(format);
                if (extension == null) {
                    reader.dispose();
                    continue;
                }
                try {
                    reader.setInput(input, true, true);
                    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                    if (pixels <= 0 || pixels > maxPixels) {
                        throw FieldErrors.of(field, NOT_AN_IMAGE);
                    }
                    BufferedImage image = reader.read(0);
                    return new Decoded(image, extension, "jpeg".equals(format) ? "jpg" : format);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException undecodable) {
            if (undecodable instanceof FieldErrors errors) {
                throw errors;
            }
        }
        throw FieldErrors.of(field, NOT_AN_IMAGE);
    }

    /** The sanitised upload name, with the extension of the image's real format. */
    private static String nameFor(String uploaded, String extension) {
        String name = FileName.sanitised(uploaded);
        String current = FileName.extension(name);
        String stem = current.isEmpty() ? name : name.substring(0, name.length() - current.length() - 1);
        boolean looksLikeVariant = VARIANTS.keySet().stream().anyMatch(variant -> stem.endsWith("." + variant));
        String plainStem = stem.isEmpty() ? "image" : looksLikeVariant ? stem.replace('.', '_') : stem;
        boolean sameFormat = current.equals(extension) || ("jpg".equals(extension) && "jpeg".equals(current));
        // never the name of another image's variant, always the extension of the real format
        return FileName.sanitised(plainStem + "." + (sameFormat ? current : extension));
    }

    /** Writes the image shrunk to fit a square of {@code size} pixels (never enlarged), in its own format. */
    private void writeScaled(Decoded decoded, int size, Path target) {
        BufferedImage source = decoded.image();
        double scale = Math.min(1.0, Math.min((double) size / source.getWidth(), (double) size / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean opaque = "jpg".equals(decoded.format()) || "bmp".equals(decoded.format());
        BufferedImage scaled = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        try {
            if (!ImageIO.write(scaled, decoded.format(), target.toFile())) {
                ImageIO.write(scaled, "png", target.toFile()); // a format without a writer here: keep the name
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void onRollback(List<Path> written) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    written.forEach(PartImages::deleteQuietly);
                }
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not remove the part image file " + file, failed);
        }
    }
}
