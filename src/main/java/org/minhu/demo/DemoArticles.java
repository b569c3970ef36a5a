package org.minhu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.knowledge.ArticleDraft;
import org.minhu.knowledge.Articles;
import org.springframework.stereotype.Component;

/**
 * The demo city's knowledge base: the articles of {@code demo/articles.tsv} (Minhu's own texts on
 * the matters callers ask most about: heating, water, gas, street stalls, noise, parking, lifts,
 * residence permits, wages …), written by the demo administrator.
 */
@Component
class DemoArticles {

    private final Articles articles;

    DemoArticles(Articles articles) {
        this.articles = articles;
    }

    int load() {
        Actor admin = new Actor("demo-admin", Role.ADMIN, null, null);
        List<String> lines = lines();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            articles.create(new ArticleDraft(f[0], f[1], list(f[4]), list(f[2]), list(f[3]), List.of(), f[5], null, null, null),
                    admin);
        }
        return lines.size() - 1;
    }

    private static List<String> list(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split("、")).map(String::strip).toList();
    }

    private static List<String> lines() {
        try (InputStream in = DemoArticles.class.getResourceAsStream("/demo/articles.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
