package org.minhu.directory;

import org.minhu.platform.MinhuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** First start: when nobody can sign in yet, an ADMIN named {@code admin} is made. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final String configuredPassword;

    FirstAdmin(Users users, MinhuSettings settings) {
        this.users = users;
        this.configuredPassword = settings.adminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUser()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? RandomPassword.next() : configuredPassword;
        users.createIfAbsent(new NewUser("admin", password, Role.ADMIN, null, "系统管理员"));
        if (generated) {
            // The one time this password is shown: the operator of the installation must note it.
            log.warn("Created the first administrator 'admin' with password: {}  (shown once; set MINHU_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created the first administrator 'admin' with the password from MINHU_ADMIN_PASSWORD");
        }
    }
}
