package org.minhu.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.minhu.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, administered: ADMIN only, every change recorded ({@code GET /api/v1/admin-events}). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    /** {@code PATCH /users/{username}}: what is given changes, what is left out stays. */
    record UserChange(Boolean enabled, Role role, @Size(max = 32) String unitCode) {
    }

    /** {@code PUT /users/{username}/password}. */
    record NewPassword(@NotBlank @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "NewPassword[…]"; // never the password
        }
    }

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user, Principal admin) {
        return users.create(user, admin.getName());
    }

    @GetMapping("/api/v1/users")
    Page<UserView> list(@RequestParam(required = false) Role role, @RequestParam(required = false) String unit,
                        @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return users.list(role, unit, enabled, q, page, size);
    }

    @PatchMapping("/api/v1/users/{username}")
    UserView change(@PathVariable String username, @Valid @RequestBody UserChange change, Principal admin) {
        return users.change(username, change.enabled(), change.role(), change.unitCode(), admin.getName());
    }

    @PutMapping("/api/v1/users/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword body, Principal admin) {
        users.resetPassword(username, body.password(), admin.getName());
    }

    @GetMapping("/api/v1/admin-events")
    Page<AdminEvent> events(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return users.adminEvents(page, size);
    }
}
