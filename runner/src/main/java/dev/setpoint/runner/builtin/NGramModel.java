package dev.setpoint.runner.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A character n-gram language model with Witten-Bell interpolation, trained on the bundled corpus
 * (the opening of Shakespeare's Coriolanus, public domain). Immutable once built.
 */
final class NGramModel {

    static final int MAX_ORDER = 7;
    private static final NGramModel CORPUS = train(corpus(), MAX_ORDER);

    private final char[] vocabulary;
    private final Map<Character, Integer> index = new HashMap<>();
    /** Context (the preceding 0 to MAX_ORDER-1 characters) to the counts of the next character. */
    private final Map<String, int[]> counts = new HashMap<>();

    private NGramModel(String text) {
        vocabulary = text.chars()
                .distinct()
                .sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .toCharArray();
        for (int i = 0; i < vocabulary.length; i++) {
            index.put(vocabulary[i], i);
        }
    }

    static NGramModel corpusModel() {
        return CORPUS;
    }

    static NGramModel train(String text, int maxOrder) {
        NGramModel model = new NGramModel(text);
        for (int i = 0; i < text.length(); i++) {
            int next = model.index.get(text.charAt(i));
            for (int n = 0; n < maxOrder && n <= i; n++) {
                model.counts.computeIfAbsent(text.substring(i - n, i), k -> new int[model.vocabulary.length])[next]++;
            }
        }
        return model;
    }

    int size() {
        return vocabulary.length;
    }

    char character(int i) {
        return vocabulary[i];
    }

    /** The index of {@code c}, or -1 when the corpus never has it. */
    int indexOf(char c) {
        return index.getOrDefault(c, -1);
    }

    /**
     * Writes P(next | the last {@code order - 1} characters of {@code history}) for every character
     * to {@code out}: the maximum-likelihood estimate of each context length, interpolated with the
     * shorter ones by Witten-Bell weights, down to a uniform floor.
     */
    void distribution(CharSequence history, int order, double[] out) {
        java.util.Arrays.fill(out, 1.0 / vocabulary.length);
        int longest = Math.min(order - 1, history.length());
        for (int n = 0; n <= longest; n++) {
            int[] c = counts.get(
                    history.subSequence(history.length() - n, history.length()).toString());
            if (c == null) {
                break;
            }
            int total = 0;
            int types = 0;
            for (int v : c) {
                total += v;
                types += v > 0 ? 1 : 0;
            }
            double lambda = total / (double) (total + types);
            for (int i = 0; i < out.length; i++) {
                out[i] = lambda * c[i] / total + (1 - lambda) * out[i];
            }
        }
    }

    private static String corpus() {
        try (InputStream in = NGramModel.class.getResourceAsStream("corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
