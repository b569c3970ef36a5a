package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理, the administrator's pages over the user API: users (list and find, create, disable or
 * enable, change the role and the unit, reset a password) and the audit of administrative
 * changes. A refusal (a weak password, a taken name, the last administrator) comes back to the
 * page with its reason.
 */
@Controller
class AdminPages {

    static final int PAGE = 50;

    private final Users users;

    AdminPages(Users users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        admin();
        model.addAttribute("users", users.list(role, null, enabled, q, Math.max(page, 0), PAGE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("q", q);
        return "admin-users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
                  @RequestParam Role role, @RequestParam(required = false) String unitCode, @RequestParam String password,
                  HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = admin(); // before the way back is set: a refused reader gets the 403 page, not the form
        request.setAttribute(TicketActions.BACK, "/admin/users");
        NewUser user = new NewUser(username == null ? "" : username.strip(), password, role, unitCode, displayName);
        if (!user.username().matches("[A-Za-z0-9._-]{2,64}")) {
            throw MinhuException.invalid("VALIDATION_FAILED", "username", "A user name is 2 to 64 letters, digits, '.', '_' or '-'",
                    java.util.Map.of("field", "username"));
        }
        users.create(user, admin.username());
        flash.addFlashAttribute("done", "user.created");
        return "redirect:/admin/users?q=" + user.username();
    }

    /** One change to a user: {@code enable}, {@code disable}, {@code bind} (role and unit) or {@code password}. */
    @PostMapping("/admin/users/{username}/{change}")
    String change(@PathVariable String username, @PathVariable String change, @RequestParam(required = false) Role role,
                  @RequestParam(required = false) String unitCode, @RequestParam(required = false) String password,
                  HttpServletRequest request, RedirectAttributes flash) {
        String by = admin().username();
        request.setAttribute(TicketActions.BACK, "/admin/users?q=" + username);
        switch (change) {
            case "enable" -> users.change(username, true, null, null, by);
            case "disable" -> users.change(username, false, null, null, by);
            case "bind" -> users.change(username, null, role, unitCode == null ? "" : unitCode, by);
            case "password" -> users.resetPassword(username, password == null ? "" : password, by);
            default -> throw MinhuException.notFound("action", change);
        }
        flash.addFlashAttribute("done", "user." + change);
        return "redirect:/admin/users?q=" + username;
    }

    @GetMapping("/admin/events")
    String events(@RequestParam(defaultValue = "0") int page, Model model) {
        admin();
        model.addAttribute("events", users.adminEvents(Math.max(page, 0), PAGE));
        return "admin-events";
    }

    /** The signed-in administrator; 403 for anyone else. */
    static Actor admin() {
        Actor actor = Actors.current();
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administration is for administrators");
        }
        return actor;
    }
}
