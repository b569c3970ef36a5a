package org.minhu.demo;

import org.minhu.platform.MinhuSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the demo load at startup when asked: {@code --demo} on the command line (as an option or
 * a plain argument), {@code MINHU_DEMO=true}, or {@code minhu.demo.enabled=true}. After the first
 * administrator is made ({@code FirstAdmin} is order 0).
 */
@Component
@Order(10)
class DemoRunner implements ApplicationRunner {

    private final DemoLoader loader;
    private final boolean enabled;

    DemoRunner(DemoLoader loader, MinhuSettings settings) {
        this.loader = loader;
        this.enabled = settings.demo().enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled || args.containsOption("demo") || args.getNonOptionArgs().contains("--demo")) {
            loader.load();
        }
    }
}
