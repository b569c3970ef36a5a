package org.minhu.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minhu.ticket.RequestType;
import org.springframework.core.io.ClassPathResource;

/**
 * The request templates of the demo, by category ({@code demo/requests.txt}): what citizens ask
 * about, in their words, with slots the {@link SlotFiller} fills for a place.
 */
final class DemoTexts {

    /** One request template: a leaf category, a type, a weight, how often the operator answers it at once. */
    record Template(String category, RequestType type, double weight, double answerShare, String subject, String content) {
    }

    final List<Template> templates;

    private DemoTexts(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    static DemoTexts load() {
        List<Template> templates = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/requests.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    templates.add(template(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoTexts(templates);
    }

    /** {@code category|type|weight|answerShare|subject|content}; the content may hold a bar itself. */
    private static Template template(String line) {
        String[] f = line.split("\\|", 6);
        if (f.length != 6) {
            throw new IllegalStateException("demo/requests.txt: bad line " + line);
        }
        return new Template(f[0], RequestType.valueOf(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                f[4], f[5]);
    }
}
