package org.minhu.demo;

import org.minhu.support.ApiTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo at its full size, loaded at startup by {@code minhu.demo.enabled} with the clock at
 * {@link #START} (so December 2024 to February 2025 published, March a preview). The tests that
 * extend it share one context, so the demo is loaded once for all of them.
 */
@TestPropertySource(properties = {"minhu.demo.enabled=true", "minhu.demo.password=" + DemoLoaded.DEMO_PASSWORD})
abstract class DemoLoaded extends ApiTestSupport {

    static final String DEMO_PASSWORD = "demo-password-1";
}
