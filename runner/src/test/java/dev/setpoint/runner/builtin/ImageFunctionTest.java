package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.setpoint.core.SetpointException;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFunctionTest {

    @TempDir
    Path dir;

    private RunSpec spec(String level, String sub, Object... inputs) {
        return Runs.spec("sd-image", level, Runs.inputs(inputs), dir.resolve(sub));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        RunSpec a = spec("draft", "a", "width", 64, "height", 64);
        RunSpec b = spec("draft", "b", "width", 64, "height", 64);
        RunSpec c = spec("draft", "c", "width", 64, "height", 64, "seed", 43);

        assertThat(Runs.output(a, Runs.run(a)))
                .isEqualTo(Runs.output(b, Runs.run(b)))
                .isNotEqualTo(Runs.output(c, Runs.run(c)));
    }

    @Test
    void anImageThatWouldNeedMoreThanHalfTheHeapIsRefusedBeforeItRuns() {
        // The largest inputs need about 6 GB: too much for a 6 GiB heap, not for a 16 GiB one.
        RunSpec huge = spec("standard", "huge", "width", 2048, "height", 2048, "enable_hr_fix", true, "hr_scale", 4);

        assertThatThrownBy(() -> ImageFunction.check(huge, 6L << 30))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.getMessage())
                                .startsWith("/parameters/hr_scale: a 8192x8192 image needs about 5760 MiB"));
        ImageFunction.check(huge, 16L << 30);
        ImageFunction.check(spec("ultra", "fine"), 6L << 30);
    }

    @Test
    void writesAPngOfTheRequestedSizeAndTheHrFixScalesIt() throws Exception {
        RunSpec plain = spec("standard", "plain", "width", 96, "height", 64, "steps", 2);
        RunSpec hr =
                spec("standard", "hr", "width", 96, "height", 64, "steps", 2, "enable_hr_fix", true, "hr_scale", 1.5);

        BufferedImage a = ImageIO.read(new ByteArrayInputStream(Runs.output(plain, Runs.run(plain))));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(Runs.output(hr, Runs.run(hr))));

        assertThat(List.of(a.getWidth(), a.getHeight())).containsExactly(96, 64);
        assertThat(List.of(b.getWidth(), b.getHeight())).containsExactly(144, 96);
        assertThat(Runs.run(hr).log()).startsWith("rendered 144x96 with dpm++_2m, seed ");
    }

    @Test
    void qualityImprovesWithEveryLevel() throws Exception {
        List<Double> psnr = new ArrayList<>();
        for (String level : List.of("draft", "standard", "high", "ultra")) {
            // A quarter of the shipped sizes: 128 at standard; every other parameter is the level's.
            int size = level.equals("ultra") ? 256 : level.equals("high") ? 192 : 128;
            RunSpec spec = spec(level, level, "width", size, "height", size);
            psnr.add(Runs.score(spec, Runs.run(spec)));
        }

        assertThat(psnr).isSortedAccordingTo(Double::compare).doesNotHaveDuplicates();
        assertThat(psnr.get(3) - psnr.get(0)).isGreaterThan(6);
    }

    @Test
    void everySamplerDrawsADifferentImage() throws Exception {
        List<byte[]> images = new ArrayList<>();
        for (String sampler :
                List.of("euler", "euler_a", "ddim", "dpm++_2m", "dpm++_2m_karras", "dpm++_3m_sde_karras")) {
            RunSpec spec = spec("standard", sampler, "width", 64, "height", 64, "steps", 8, "sampler", sampler);
            images.add(Runs.output(spec, Runs.run(spec)));
        }

        for (int i = 0; i < images.size(); i++) {
            for (int j = i + 1; j < images.size(); j++) {
                assertThat(images.get(i)).as("sampler %d vs %d", i, j).isNotEqualTo(images.get(j));
            }
        }
    }

    @Test
    void promptNegativePromptAndCfgScaleEachChangeTheImage() throws Exception {
        RunSpec base = spec("draft", "base", "width", 64, "height", 64);
        RunSpec prompt = spec("draft", "prompt", "width", 64, "height", 64, "prompt", "a blue ball");
        RunSpec negative = spec("draft", "negative", "width", 64, "height", 64, "negative_prompt", "orange");
        RunSpec cfg = spec("draft", "cfg", "width", 64, "height", 64, "cfg_scale", 20.0);
        byte[] reference = Runs.output(base, Runs.run(base));

        for (RunSpec other : List.of(prompt, negative, cfg)) {
            assertThat(Runs.output(other, Runs.run(other))).isNotEqualTo(reference);
        }
    }

    @Test
    void workUnitsWeighEverySampleBySamplerAndSceneAndAddEveryPassesPixels() {
        var image = Runs.executor("sd-image");
        RunSpec plain = spec("standard", "a", "width", 128, "height", 64, "steps", 10, "seed", 5);
        int shapes = ImageFunction.Settings.of(plain).scene(5).shapeCount();
        double perShape = ImageFunction.SHAPE_COST * (shapes - ImageFunction.MEAN_SHAPES);
        double first = 128 * 64 * 10 * (Sampler.DPM_2M.firstCost() + perShape) + 128 * 64 * ImageFunction.PIXEL_COST;

        assertThat(shapes).isNotEqualTo(ImageFunction.MEAN_SHAPES);
        assertThat(image.workUnits(plain)).isCloseTo(first, within(1e-6));
        assertThat(image.workUnits(spec(
                        "standard",
                        "b",
                        "width",
                        128,
                        "height",
                        64,
                        "steps",
                        10,
                        "seed",
                        5,
                        "enable_hr_fix",
                        true,
                        "hr_scale",
                        2.0,
                        "hr_steps",
                        5)))
                .isCloseTo(
                        first
                                + 256 * 128 * 5 * (Sampler.DPM_2M.firstCost() + perShape)
                                + 256 * 128 * ImageFunction.PIXEL_COST,
                        within(1e-6));
        assertThat(image.workUnits(spec(
                        "standard",
                        "c",
                        "width",
                        128,
                        "height",
                        64,
                        "steps",
                        10,
                        "seed",
                        5,
                        "enable_refinement",
                        true)))
                .isCloseTo(first + 2 * 128 * 64 * 10 * (Sampler.DPM_2M.refineCost() + perShape), within(1e-6));
    }

    @Test
    void anEulerAncestralSampleCountsForWhatItCostsOverAnEulerOne() {
        var image = Runs.executor("sd-image");

        double euler = image.workUnits(spec("standard", "e", "sampler", "euler", "seed", 5));
        double ancestral = image.workUnits(spec("standard", "a", "sampler", "euler_a", "seed", 5));

        assertThat(ancestral / euler).isGreaterThan(4);
    }

    @Test
    void theOutcomeReportsItsPsnrAndNothingElse() throws Exception {
        RunSpec spec = spec("standard", "m", "width", 64, "height", 64, "steps", 3, "seed", 11);
        RunOutcome outcome = Runs.run(spec);

        assertThat(outcome.metrics()).containsOnlyKeys("psnr");
        assertThat(Runs.score(spec, outcome)).isBetween(10.0, 60.0);
        assertThat(outcome.outputs().get(0).mediaType()).isEqualTo("image/png");
    }
}
