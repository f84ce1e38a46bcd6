package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Text-to-audio: additive synthesis of a melody and a bass line made from the prompt and the seed,
 * written as 16-bit PCM {@code audio.wav}. Each note is a bright tone of harmonic partials (amplitude
 * 1/k, like a sawtooth) up to 20 kHz or the Nyquist frequency; {@code iterations} caps the partials
 * computed and {@code processing_quality} picks the oscillator (a coarse wavetable up to exact
 * double-precision sines). Work units are partial-samples weighted by the oscillator ({@link Settings#workUnits}).
 */
final class AudioFunction implements BuiltinFunction {

    /** The top of the audible band: partials above it are never part of the sound. */
    static final double AUDIBLE = 20_000;

    private static final double GAIN = 0.22;
    private static final String OUTPUT = "audio.wav";
    /** The ideal sound is computed at one sample of every block of this many (see {@link #measure}). */
    static final int SCORED_BLOCK = 32;
    /**
     * The envelope, the call of the oscillator and the mixing of one note-sample, in balanced
     * partial-samples, under the optimising compiler and under the client compiler alone ({@link Jit}).
     */
    static final double NOTE_SAMPLE_COST = Jit.weight(2.2, 9.1);

    /** One note of one voice. */
    record Note(double start, double length, double frequency, double pan) {}

    /**
     * How a partial's sine is computed. Each oscillator has its own loop over a sample's partials, so
     * that each is compiled for itself: one loop shared by all four, with the oscillator's choice
     * inside it, ran at one speed or at twice that, by the order the JIT happened to meet the
     * oscillators in, and the same draft took 4.5 or 13.9 ns a unit in one JVM.
     */
    enum Oscillator {
        /** 256-entry sine table, nearest entry. */
        FAST(256, Jit.weight(0.23, 0.83)) {
            @Override
            double partialSum(double phase, int partials) {
                int size = table.length - 1;
                double v = 0;
                for (int k = 1; k <= partials; k++) {
                    double pk = phase * k;
                    v += table[(int) ((pk - Math.floor(pk)) * size)] / k;
                }
                return v;
            }
        },
        /** 2048-entry table, linear interpolation. */
        BALANCED(2048, 1) {
            @Override
            double partialSum(double phase, int partials) {
                return interpolatedSum(table, phase, partials);
            }
        },
        /** 16384-entry table, linear interpolation. */
        HIGH(16384, Jit.weight(1.16, 1.06)) {
            @Override
            double partialSum(double phase, int partials) {
                return interpolatedSum(table, phase, partials);
            }
        },
        /** {@link Math#sin} in double precision. */
        MAXIMUM(0, Jit.weight(1.03, 2.46)) {
            @Override
            double partialSum(double phase, int partials) {
                double v = 0;
                for (int k = 1; k <= partials; k++) {
                    double pk = phase * k;
                    v += Math.sin(2 * Math.PI * (pk - Math.floor(pk))) / k;
                }
                return v;
            }
        };

        final double[] table;
        /**
         * Time per partial-sample relative to {@link #BALANCED} under this JVM's compiler (see
         * {@link Settings#workUnits}).
         */
        private final double cost;

        Oscillator(int size, double cost) {
            this.cost = cost;
            this.table = new double[size + 1];
            for (int i = 0; i <= size; i++) {
                table[i] = Math.sin(2 * Math.PI * i / Math.max(size, 1));
            }
        }

        double cost() {
            return cost;
        }

        /** The sum over k = 1 to {@code partials} of sin(2 pi k phase) / k: a sample of a sawtooth-like tone. */
        abstract double partialSum(double phase, int partials);

        private static double interpolatedSum(double[] table, double phase, int partials) {
            int size = table.length - 1;
            double v = 0;
            for (int k = 1; k <= partials; k++) {
                double pk = phase * k;
                double x = (pk - Math.floor(pk)) * size;
                int i = (int) x;
                v += (table[i] + (table[i + 1] - table[i]) * (x - i)) / k;
            }
            return v;
        }

        static Oscillator named(String name) {
            return switch (name) {
                case "fast" -> FAST;
                case "balanced" -> BALANCED;
                case "high" -> HIGH;
                case "maximum" -> MAXIMUM;
                default ->
                    throw SetpointException.invalid(
                            "processing_quality",
                            "the built-in audio function knows fast, balanced, high and maximum, not '" + name + "'");
            };
        }
    }

    record Settings(String prompt, double seconds, int sampleRate, int channels, int partials, Oscillator oscillator) {

        static Settings of(RunSpec spec) {
            Params p = new Params(spec);
            return new Settings(
                    p.text("prompt"),
                    p.number("duration_seconds"),
                    (int) p.integer("sample_rate"),
                    (int) p.integer("channels"),
                    (int) p.integer("iterations"),
                    Oscillator.named(p.text("processing_quality")));
        }

        int frames() {
            return (int) Math.round(seconds * sampleRate);
        }

        /** The highest partial frequency this rate can carry without aliasing. */
        double limit() {
            return Math.min(AUDIBLE, 0.48 * sampleRate);
        }

        /**
         * Work in balanced-oscillator partial-samples: each note's samples times its partials, weighted by
         * the oscillator's cost, plus the envelope and mixing every note-sample pays whatever its
         * partials. The weights were measured by {@code CostProfile audio} (docs/FUNCTIONS.md); without
         * them a draft partial, a nearest-entry lookup, counted as much as an interpolated one though it
         * costs a quarter, and a note-sample's own work, more than two partials', as nothing. The notes
         * follow the seed.
         */
        double workUnits(long seed) {
            double units = 0;
            for (Note n : notes(seed)) {
                double samples = Math.round(n.length() * sampleRate);
                units += samples * unitsPerSample(partialsOf(n.frequency(), limit(), partials));
            }
            return units;
        }

        /** The work of one sample of a note of {@code partials} partials. */
        double unitsPerSample(int partials) {
            return partials * oscillator.cost + NOTE_SAMPLE_COST;
        }

        /** The melody and bass; note timing and pitch depend on the prompt and the seed. */
        List<Note> notes(long seed) {
            SplittableRandom rnd = new SplittableRandom(Hashing.mix(Hashing.of(prompt), seed));
            double beat = 60.0 / (84 + rnd.nextInt(60));
            double root = 98 * Math.pow(2, rnd.nextInt(7) / 12.0);
            int[] scale = rnd.nextBoolean() ? new int[] {0, 2, 4, 7, 9} : new int[] {0, 3, 5, 7, 10};
            double pan = 0.2 + 0.6 * rnd.nextDouble();
            List<Note> notes = new ArrayList<>();
            int degree = 0;
            for (double t = 0; t < seconds; ) {
                double length = Math.min(beat * (1 + rnd.nextInt(2)) / 2, seconds - t);
                degree = Math.max(-2, Math.min(9, degree + rnd.nextInt(5) - 2));
                int octave = Math.floorDiv(degree, scale.length);
                int step = scale[Math.floorMod(degree, scale.length)] + 12 * (octave + 1);
                notes.add(new Note(t, length, root * 2 * Math.pow(2, step / 12.0), pan));
                t += length;
            }
            for (double t = 0; t < seconds; t += 2 * beat) {
                int step = scale[rnd.nextInt(scale.length)];
                notes.add(new Note(t, Math.min(2 * beat, seconds - t), root / 2 * Math.pow(2, step / 12.0), 0.5));
            }
            return notes;
        }

        static int partialsOf(double frequency, double limit, int cap) {
            return (int) Math.min(cap, Math.floor(limit / frequency));
        }
    }

    @Override
    public double workUnits(RunSpec spec) {
        // A seed still to be drawn is measured at seed 0: its notes are as typical as any seed's.
        return Settings.of(spec).workUnits(new Params(spec).chosenSeed().orElse(0));
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Settings s = Settings.of(spec);
        long seed = new Params(spec).seed();
        WorkProgress work = new WorkProgress(progress, s.workUnits(seed));
        work.stage("synthesising");
        double[][] sound = synthesise(s, s.notes(seed), s.partials(), s.limit(), s.oscillator(), work);
        work.stage("writing WAV");
        Output wav = OutputWriter.write(spec.workDir(), OUTPUT, "audio/wav", Wav.encode(sound, s.sampleRate()));
        work.stage("measuring SNR");
        Map<String, Value> metrics = measure(spec, seed);
        return new RunOutcome(
                List.of(wav), "synthesised " + s.seconds() + " s at " + s.sampleRate() + " Hz, seed " + seed, metrics);
    }

    /** Every note of every voice, summed into {@code channels} channels of {@code frames} samples. */
    static double[][] synthesise(Settings s, List<Note> notes, int cap, double limit, Oscillator osc, WorkProgress work)
            throws InterruptedException {
        double[][] out = new double[s.channels()][s.frames()];
        for (Note note : notes) {
            int partials = Settings.partialsOf(note.frequency(), limit, cap);
            int first = (int) Math.round(note.start() * s.sampleRate());
            int count = Math.min((int) Math.round(note.length() * s.sampleRate()), s.frames() - first);
            double[] left = gains(s, note);
            double step = note.frequency() / s.sampleRate();
            for (int i = 0; i < count; i++) {
                double env = envelope(i / (double) s.sampleRate(), note.length());
                double v = osc.partialSum(step * i, partials);
                for (int c = 0; c < s.channels(); c++) {
                    out[c][first + i] += left[c] * env * v;
                }
                if ((i & 4095) == 4095) {
                    work.advance(4096 * s.unitsPerSample(partials));
                }
            }
            work.advance((count & 4095) * s.unitsPerSample(partials));
        }
        return out;
    }

    /** Each channel's gain for a note: equal-power panning in stereo. */
    private static double[] gains(Settings s, Note note) {
        return s.channels() == 1
                ? new double[] {GAIN}
                : new double[] {
                    GAIN * Math.cos(note.pan() * Math.PI / 2) * Math.sqrt(2),
                    GAIN * Math.sin(note.pan() * Math.PI / 2) * Math.sqrt(2)
                };
    }

    /** 10 ms attack, exponential decay, 20 ms release: no clicks at note boundaries. */
    private static double envelope(double t, double length) {
        double attack = Math.min(1, t / 0.01);
        double release = Math.min(1, Math.max(0, (length - t) / 0.02));
        return attack * release * Math.exp(-2.5 * t / length);
    }

    /**
     * {@code snr}: signal-to-noise ratio in dB of the WAV against the ideal sound: every partial up to
     * 20 kHz with exact sines and no quantisation. Partials the run left out (above its Nyquist limit
     * or its iteration cap) count as error, as do oscillator and 16-bit rounding errors. The ideal is
     * computed at one sample in every {@value #SCORED_BLOCK}, at a place in its block a hash picks
     * (computing it everywhere cost up to eight times the run); the partials left out are counted
     * over every sample.
     */
    @Override
    public Map<String, Value> measure(RunSpec spec, long seed) throws InterruptedException {
        if (!Metrics.wanted(spec.template(), "snr")) {
            return Map.of();
        }
        Settings s = Settings.of(spec);
        List<Note> notes = s.notes(seed);
        double[][] wav = Wav.read(spec.workDir().resolve(OUTPUT));
        double signal = 0;
        double error = 0;
        int scored = 0;
        for (int block = 0; block * SCORED_BLOCK < s.frames(); block++) {
            int i = block * SCORED_BLOCK + (int) Math.floorMod(Hashing.mix(block), (long) SCORED_BLOCK);
            if ((block & 1023) == 0 && Thread.interrupted()) {
                throw new InterruptedException("cancelled while measuring");
            }
            if (i < s.frames()) {
                double[] ideal = idealAt(s, notes, i);
                for (int c = 0; c < s.channels(); c++) {
                    double d = wav[c][i] - ideal[c];
                    signal += ideal[c] * ideal[c];
                    error += d * d;
                }
                scored++;
            }
        }
        double everySample = (double) s.frames() / Math.max(1, scored);
        double missing = energyAbove(s, notes, s.limit());
        double snr = 10 * Math.log10((signal * everySample + missing) / Math.max(error * everySample + missing, 1e-30));
        return Metrics.declared(spec.template(), Map.of("snr", snr));
    }

    /** The ideal sound at sample {@code i}, per channel: every partial below the run's limit, exact sines. */
    private static double[] idealAt(Settings s, List<Note> notes, int i) {
        double[] out = new double[s.channels()];
        for (Note note : notes) {
            int first = (int) Math.round(note.start() * s.sampleRate());
            int count = Math.min((int) Math.round(note.length() * s.sampleRate()), s.frames() - first);
            int at = i - first;
            if (at >= 0 && at < count) {
                int partials = Settings.partialsOf(note.frequency(), s.limit(), Integer.MAX_VALUE);
                double step = note.frequency() / s.sampleRate();
                double v = envelope(at / (double) s.sampleRate(), note.length())
                        * Oscillator.MAXIMUM.partialSum(step * at, partials);
                double[] gains = gains(s, note);
                for (int c = 0; c < s.channels(); c++) {
                    out[c] += gains[c] * v;
                }
            }
        }
        return out;
    }

    /** The energy (sum of squares over all channels) of the partials between {@code limit} and 20 kHz. */
    private static double energyAbove(Settings s, List<Note> notes, double limit) {
        double energy = 0;
        for (Note note : notes) {
            double harmonic = 0;
            for (int k = (int) Math.floor(limit / note.frequency()) + 1; k * note.frequency() <= AUDIBLE; k++) {
                harmonic += 0.5 / ((double) k * k);
            }
            int count = (int) Math.round(note.length() * s.sampleRate());
            double envelope = 0;
            for (int i = 0; i < count; i++) {
                double e = envelope(i / (double) s.sampleRate(), note.length());
                envelope += e * e;
            }
            // Equal-power panning: the channels' gains squared add up to 2 GAIN^2 (stereo) or GAIN^2.
            energy += harmonic * envelope * GAIN * GAIN * (s.channels() == 2 ? 2 : 1);
        }
        return energy;
    }
}
