package org.minhu.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's request for a new user. {@code unitCode}: the handler's unit or the supervisor's district. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "2 to 64 letters, digits, '.', '_' or '-'") String username,
        @NotBlank @Size(min = 10, max = 128, message = "10 to 128 characters") String password,
        @NotNull Role role,
        @Size(max = 32) String unitCode,
        @Size(max = 64) @org.minhu.platform.CleanText String displayName) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + unitCode + "]"; // never the password
    }
}
