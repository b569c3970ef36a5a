package org.minhu.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated file of {@code label<TAB>text} lines after one header line. */
final class LabelledTexts {

    private LabelledTexts() {
    }

    /** @throws IllegalArgumentException naming the line that has no label or no text */
    static List<LabelledText> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected label<TAB>text");
            }
            texts.add(new LabelledText(line.substring(0, tab).strip(), line.substring(tab + 1)));
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + ": no labelled texts after the header line");
        }
        return texts;
    }
}
