package org.stocktree.platform.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Imports the fixture files of the folder {@code stocktree.import.dir} at start-up, before the
 * first administrator is created (as InvenTree loads fixtures before creating its admin user), so
 * imported users keep their ids and the administrator takes a fresh one.
 *
 * <p>All {@code *.yaml}, {@code *.yml} and {@code *.json} files of the folder, in name order, are
 * one import in one transaction, so records may refer to records of a later file. After it
 * commits, each file is renamed to {@code <name>.imported}. If any record fails, nothing is
 * imported, the files stay as they are, and the deployment fails with the error naming the record:
 * a server that came up without the data it was asked to load would hand its ids to other rows.
 * This bean manages no transaction of its own, so the import has committed when the files are
 * renamed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupImport {

    private static final Logger LOG = Logger.getLogger(StartupImport.class.getName());
    static final String DONE_SUFFIX = ".imported";

    @Inject
    @ConfigProperty(name = "stocktree.import.dir")
    Optional<String> folder;

    @Inject
    DataImport dataImport;

    @PostConstruct
    void start() {
        folder.filter(name -> !name.isBlank()).map(Path::of).ifPresent(this::importFolder);
    }

    private void importFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warning(() -> "The import folder " + dir + " (stocktree.import.dir) does not exist; nothing imported");
            return;
        }
        List<Path> files = fixtureFiles(dir);
        if (files.isEmpty()) {
            return;
        }
        List<FixtureRecord> records = new ArrayList<>();
        ImportReport report;
        try {
            for (Path file : files) {
                records.addAll(FixtureReader.read(Files.readString(file, StandardCharsets.UTF_8),
                        FixtureReader.Format.ofFileName(file.toString()).orElseThrow(), file.getFileName().toString()));
            }
            report = dataImport.run(records, true);
        } catch (FieldErrors rejected) {
            throw new IllegalStateException("Import of " + dir + " failed, nothing was imported: "
                    + String.join("; ", rejected.errors().getOrDefault(FieldErrors.NON_FIELD_ERRORS, List.of()))
                    + ". Correct or remove the file and start again.");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the import folder " + dir, unreadable);
        }
        LOG.info(() -> "Imported " + files.size() + " file(s) from " + dir + ": " + report);
        for (Path file : files) {
            renameDone(file);
        }
    }

    private static List<Path> fixtureFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> FixtureReader.Format.ofFileName(file.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot list the import folder " + dir, unreadable);
        }
    }

    /**
     * A file that cannot be renamed is imported again at the next start, which changes nothing
     * (identical records are left as they are), so a warning is enough.
     */
    private static void renameDone(Path file) {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + DONE_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException refused) {
            LOG.warning(() -> "Imported " + file + " but could not rename it: " + refused.getMessage());
        }
    }
}
