package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The minhu.* settings bind by their documented names, with their defaults when absent. No Spring context. */
class MinhuSettingsTest {

    static MinhuSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("minhu", MinhuSettings.class);
    }

    @Test
    void everySettingHasItsDefault() {
        MinhuSettings settings = bind(Map.of());

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(settings.dataDir()).isEqualTo("./data");
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.db()).isEqualTo(new MinhuSettings.Db("", "", "", 32, 0));
        assertThat(settings.http().maxBodySize()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(settings.signIn()).isEqualTo(new MinhuSettings.SignIn(5, 50, Duration.ofMinutes(15),
                Duration.ofMinutes(1), Duration.ofMinutes(15)));
        assertThat(settings.demo()).isEqualTo(new MinhuSettings.Demo(false, "", 100_000, 3, 12_345));
        assertThat(settings.calendar().holidays()).isNull(); // the bundled file
        assertThat(settings.calendar().refreshInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.calendar().warnDays()).isEqualTo(60);
        assertThat(settings.deadlines().cacheTtl()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void settingsBindFromTheirPropertyNames() {
        MinhuSettings settings = bind(Map.of("minhu.zone", "Asia/Urumqi", "minhu.db.url", "jdbc:postgresql://db/minhu",
                "minhu.db.pool-size", "8", "minhu.http.max-body-size", "1MB", "minhu.sign-in.user-failures", "3",
                "minhu.sign-in.window", "10m", "minhu.demo.tickets", "3000", "minhu.calendar.holidays",
                "classpath:reference/calendar/chinese-days.json", "minhu.deadlines.cache-ttl", "PT5S"));

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(settings.db().url()).isEqualTo("jdbc:postgresql://db/minhu");
        assertThat(settings.db().poolSize()).isEqualTo(8);
        assertThat(settings.http().maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(settings.signIn().userFailures()).isEqualTo(3);
        assertThat(settings.signIn().window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.demo().tickets()).isEqualTo(3000);
        assertThat(settings.calendar().holidays().exists()).isTrue();
        assertThat(settings.deadlines().cacheTtl()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void passwordsStayOutOfTheSettingsText() {
        MinhuSettings settings = bind(Map.of("minhu.admin-password", "admin-secret-1", "minhu.db.password", "db-secret-2",
                "minhu.demo.password", "demo-secret-3"));

        assertThat(settings.toString()).doesNotContain("secret").contains("Asia/Shanghai");
    }
}
