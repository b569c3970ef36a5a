package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuSettings;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The index after trouble: what it had not yet committed when its node died is read again from
 * the log; a broken or missing index is rebuilt, and until it is, searches come from the database
 * and say so.
 */
class IndexRecoveryTest extends SearchTestSupport {

    @Autowired
    MinhuSettings settings;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void whatTheIndexHadNotCommittedWhenItsNodeDiedIsReadAgainFromTheLog() throws Exception {
        awaitReady();
        index.follow(); // commits what came before
        JsonNode before = ticket("团结湖路自来水管爆裂，路面结冰", "朝阳区团结湖路");
        followNow(); // in the searchers, not yet committed (the commit interval has not passed)
        index.crash();
        assertThat(index.state()).isEqualTo(IndexState.BUILDING);
        JsonNode meanwhile = search("op", TicketSearchTest.q("自来水管爆裂"));
        assertThat(meanwhile.get("source").asString()).isEqualTo("DATABASE");
        assertThat(TicketSearchTest.ids(meanwhile)).contains(before.get("id").asLong());

        JsonNode after = ticket("团结湖路自来水管又爆裂了", "朝阳区团结湖路");
        assertThat(index.open()).as("the last commit opens").isTrue();
        index.follow();
        JsonNode found = search("op", TicketSearchTest.q("自来水管"));
        assertThat(found.get("source").asString()).isEqualTo("INDEX");
        assertThat(TicketSearchTest.ids(found)).contains(before.get("id").asLong(), after.get("id").asLong());
    }

    @Test
    void aBrokenIndexIsRebuiltAndUntilThenSearchesSayTheyComeFromTheDatabase() throws Exception {
        JsonNode t = ticket("小关街道惠新里垃圾清运不及时", "朝阳区小关街道惠新里");
        followNow();
        Path root = Path.of(settings.dataDir(), "index", "tickets");
        Path generation = root.resolve(Files.readString(root.resolve("current")).strip());
        index.crash();
        try (var files = Files.list(generation)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertThat(index.open()).as("a broken index is not opened").isFalse();
        JsonNode meanwhile = search("op", TicketSearchTest.q("垃圾清运"));
        assertThat(meanwhile.get("source").asString()).isEqualTo("DATABASE");
        assertThat(meanwhile.get("index").asString()).isEqualTo("BUILDING");
        assertThat(TicketSearchTest.ids(meanwhile)).contains(t.get("id").asLong());

        expect(202, postJson("adm", "/api/v1/search/index/rebuild", null));
        awaitReady();
        JsonNode rebuilt = search("op", TicketSearchTest.q("垃圾清运"));
        assertThat(rebuilt.get("source").asString()).isEqualTo("INDEX");
        assertThat(TicketSearchTest.ids(rebuilt)).contains(t.get("id").asLong());
        JsonNode status = expect(200, getJson("adm", "/api/v1/search/index"));
        assertThat(status.get("documents").asLong()).isPositive();
        try (var dirs = Files.list(root)) {
            assertThat(dirs.filter(Files::isDirectory).count()).as("the broken generation was removed").isEqualTo(1);
        }
    }
}
