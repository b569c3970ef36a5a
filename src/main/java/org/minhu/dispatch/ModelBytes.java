package org.minhu.dispatch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classifier's byte format, independent of Java serialisation and of liblinear's: the magic
 * {@code MINHU-CATEGORY-MODEL}, the format version (a big-endian int), then the unsure threshold,
 * the categories (UTF), the vocabulary (feature hashes and IDF), the SVM's weights and biases and
 * the calibration's; all numbers big-endian as {@link DataOutputStream} writes them. A reader that
 * does not know the version refuses it rather than misreading it.
 */
final class ModelBytes {

    static final byte[] MAGIC = "MINHU-CATEGORY-MODEL".getBytes(StandardCharsets.US_ASCII);
    // 1: character 1–2-grams, HanLP words and bigrams, first 25 characters, of the first 1,500; FNV-1a hashes (TextFeatures).
    static final int FORMAT = 1;

    private ModelBytes() {
    }

    static byte[] write(CategoryClassifier model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeDouble(model.unsureBelow);
            out.writeInt(model.labels.size());
            for (String label : model.labels) {
                out.writeUTF(label);
            }
            out.writeInt(model.vocabulary.size());
            for (long hash : model.vocabulary.hashes) {
                out.writeLong(hash);
            }
            floats(out, model.vocabulary.idf);
            floats(out, model.svm.weights());
            floats(out, model.svm.bias());
            floats(out, model.calibration.logistic().weights());
            floats(out, model.calibration.logistic().bias());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static CategoryClassifier read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(bytes), 1 << 16))) {
            header(in);
            double unsureBelow = in.readDouble();
            List<String> labels = new ArrayList<>();
            for (int n = in.readInt(); labels.size() < n; ) {
                labels.add(in.readUTF());
            }
            int classes = labels.size();
            long[] hashes = new long[in.readInt()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = in.readLong();
            }
            Vocabulary vocabulary = new Vocabulary(hashes, floats(in, hashes.length));
            LinearScores svm = new LinearScores(classes, floats(in, hashes.length * classes), floats(in, classes));
            LinearScores logistic = new LinearScores(classes, floats(in, classes * classes), floats(in, classes));
            return new CategoryClassifier(labels, vocabulary, svm, new Calibration(logistic), unsureBelow);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a whole category model: " + e, e);
        }
    }

    private static void header(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a Minhu category model");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IllegalArgumentException("category model format " + format + " is not known here (this reads " + FORMAT + ")");
        }
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static float[] floats(DataInputStream in, int n) throws IOException {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
