package org.stocktree.common.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The media folder on disk, and the one way files inside it are named: every relative path is
 * resolved, normalised and checked to stay inside the folder, so no stored name, URL or request
 * can reach a file elsewhere.
 */
public final class MediaFolder {

    /** A file was larger than allowed; nothing of it is kept. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("upload exceeds the size limit");
        }
    }

    /** A stored file: its path relative to the media folder ({@code /} separated) and its size. */
    public record Stored(String relativePath, long size) {
    }

    private final Path root;

    public MediaFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * The file a relative path names, if that path stays strictly inside the media folder;
     * empty for {@code ../..}, absolute paths, the folder itself, or a path the platform cannot name.
     */
    public Optional<Path> resolve(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path resolved = root.resolve(relativePath).normalize();
            return resolved.startsWith(root) && !resolved.equals(root) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException unnameable) {
            return Optional.empty();
        }
    }

    /**
     * Writes the content into the folder under a sanitised form of the uploaded name, numbered
     * when the name is taken (claimed atomically, so concurrent uploads never share a file).
     * Stops and removes the file when it grows past {@code maxSize} bytes.
     */
    public Stored store(String folder, String uploadedName, InputStream content, long maxSize) throws IOException {
        Path directory = resolve(folder).orElseThrow(() -> new IOException("folder outside the media root: " + folder));
        Files.createDirectories(directory);
        String name = FileName.sanitised(uploadedName);
        Path file = null;
        for (int n = 1; file == null; n++) {
            String candidate = n == 1 ? name : FileName.numbered(name, n - 1);
            Path target = inside(directory, candidate);
            try {
                file = Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                if (n > 10_000) {
                    throw taken;
                }
            }
        }
        try {
            long size = copy(content, file, maxSize);
            return new Stored(relative(file), size);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    /** The path of a file relative to the folder, with {@code /} separators as stored and served. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** A file directly inside a folder of the media folder; refuses names that would leave it. */
    public Path inside(Path directory, String name) throws IOException {
        Path target = directory.resolve(name).normalize();
        if (!directory.equals(target.getParent()) || !target.startsWith(root)) {
            throw new IOException("name leaves its folder: " + name);
        }
        return target;
    }

    private static long copy(InputStream content, Path file, long maxSize) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total += read;
                if (total > maxSize) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }
}
