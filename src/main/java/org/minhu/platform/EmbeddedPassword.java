package org.minhu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: 32 random bytes made at the first start and kept
 * in a file of the data directory that only its owner may read, so that no other user of the
 * machine can connect. Never logged.
 */
final class EmbeddedPassword {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EmbeddedPassword() {
    }

    /** The password in {@code file}, made first when there is none; the file is left readable by its owner only. */
    static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            } catch (FileAlreadyExistsException kept) {
                Files.setPosixFilePermissions(file, OWNER_ONLY); // a copy or a restore may have loosened them
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.length() < 16) {
                throw new IllegalStateException("The database password file " + file + " holds no usable password");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }
}
