package io.newsdesk.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure the data folder exists, explaining what stands in the way when it cannot. */
final class DataFolder {

    private DataFolder() {}

    /**
     * Creates the folder and its parents when missing.
     *
     * @throws NewsdeskException INVALID when a file is where the folder (or one of its parents)
     *     should be, INTERNAL for other failures such as missing permissions
     */
    static void create(Path dir) {
        Path inTheWay = nearestExisting(dir);
        if (inTheWay != null && !Files.isDirectory(inTheWay)) {
            throw NewsdeskException.invalid(
                    "cannot create the data folder " + dir + ": " + inTheWay + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL,
                    "cannot create the data folder " + dir + ": no permission to write in " + e.getFile(), e);
        } catch (IOException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL,
                    "cannot create the data folder " + dir + ": " + e, e);
        }
    }

    private static Path nearestExisting(Path path) {
        for (Path candidate = path.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
