package dev.setpoint.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRegistryTest {

    @Test
    void shipsValidTemplatesForEveryCategoryInCategoryOrder() {
        assertThat(TemplateRegistry.builtin().list())
                .extracting(Template::ref)
                .containsExactly(
                        "a1111-txt2img@1.0.0",
                        "sd-image@1.0.0",
                        "ffmpeg-video@1.0.0",
                        "text-to-video@1.0.0",
                        "espeak-speech@1.0.0",
                        "ffmpeg-mp3@1.0.0",
                        "text-to-audio@1.0.0",
                        "noop@1.0.0",
                        "openai-chat@1.0.0",
                        "sglang-server@1.0.0",
                        "text-completion@1.0.0",
                        "vllm-server@1.0.0");
        for (FunctionType category : FunctionType.values()) {
            assertThat(TemplateRegistry.builtin().list(category))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.category()).isEqualTo(category));
        }
    }

    @Test
    void everyShippedDefaultAndMappedValueFitsItsInput() {
        for (Template t : TemplateRegistry.builtin().list()) {
            t.inputs().values().stream()
                    .filter(spec -> spec.defaultValue() != null)
                    .forEach(spec -> assertThat(spec.check(spec.defaultValue()))
                            .as(t.id() + " " + spec.name())
                            .isEmpty());
            t.qualityMapping()
                    .forEach((level, parameters) -> parameters.forEach((name, value) -> {
                        assertThat(t.inputs()).as(t.id() + " level " + level).containsKey(name);
                        assertThat(t.inputs().get(name).check(value))
                                .as(t.id() + " " + name)
                                .isEmpty();
                    }));
            if (t.inputs().containsKey("prompt")) {
                assertThat(t.inputs().get("prompt").required()).as(t.id()).isTrue();
            }
            assertThat(t.baseExecutionSeconds()).isPositive();
            assertThat(t.costPerSecond()).isPositive();
        }
    }

    @Test
    void shippedTemplatesFillTheLevelsTheBuiltinLevelsLeaveEmpty() {
        TemplateRegistry registry = TemplateRegistry.builtin();

        assertThat(registry.resolve("text-to-video").qualityParameters(4))
                .containsEntry("motion_quality", Value.of("ultra"))
                .containsEntry("frames", Value.of(120));
        assertThat(registry.resolve("text-to-audio").qualityMapping()).containsOnlyKeys(3, 4);
        assertThat(registry.resolve("text-to-audio").qualityParameters(4))
                .containsEntry("sample_rate", Value.of(48000))
                .containsEntry("bitrate", Value.of(320));
        assertThat(registry.resolve("text-completion").qualityMapping()).containsOnlyKeys(1, 2, 3, 4);
        assertThat(registry.resolve("sd-image").inputs()).containsKeys("enable_vae_slicing", "hr_steps");
    }

    @Test
    void theBuiltinRegistryIsLoadedOnce() {
        assertThat(TemplateRegistry.builtin()).isSameAs(TemplateRegistry.builtin());
    }

    @Test
    void resolvesAnIdAndAnIdAtVersion() {
        Template byId = TemplateRegistry.builtin().resolve("sd-image");

        assertThat(byId.id()).isEqualTo("sd-image");
        assertThat(TemplateRegistry.builtin().resolve("sd-image@1.0.0")).isSameAs(byId);
    }

    @Test
    void anIdResolvesToTheLatestVersionComparedNumerically(@TempDir Path dir) throws IOException {
        write(dir, "a.yaml", "my-tpl", "1.9.0");
        write(dir, "b.yml", "my-tpl", "1.10.0");
        write(dir, "c.yaml", "my-tpl", "1.2.0");

        TemplateRegistry registry = TemplateRegistry.withDirectory(dir);

        assertThat(registry.resolve("my-tpl").version()).isEqualTo("1.10.0");
        assertThat(registry.resolve("my-tpl@1.9.0").version()).isEqualTo("1.9.0");
        assertThat(registry.list(FunctionType.TEXT_GENERATION))
                .extracting(Template::ref)
                .containsExactly(
                        "my-tpl@1.2.0",
                        "my-tpl@1.9.0",
                        "my-tpl@1.10.0",
                        "noop@1.0.0",
                        "openai-chat@1.0.0",
                        "sglang-server@1.0.0",
                        "text-completion@1.0.0",
                        "vllm-server@1.0.0");
        assertThat(registry.list()).hasSize(TemplateRegistry.builtin().list().size() + 3);
    }

    @Test
    void anUnknownIdIsNotFoundAndListsTheKnownIds() {
        SetpointException e = catchThrowableOfType(
                SetpointException.class, () -> TemplateRegistry.builtin().resolve("sd-imag"));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.NOT_FOUND);
        assertThat(e.getMessage())
                .contains("'sd-imag'")
                .contains(
                        "ffmpeg-video, noop, openai-chat, sd-image, sglang-server, text-completion, text-to-audio, text-to-video, vllm-server");
    }

    @Test
    void anUnknownVersionIsNotFoundAndListsTheKnownVersions() {
        SetpointException e = catchThrowableOfType(
                SetpointException.class, () -> TemplateRegistry.builtin().resolve("sd-image@2.0.0"));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("'2.0.0'").contains("known versions: 1.0.0");
    }

    @Test
    void theSameIdAndVersionTwiceIsAConflictNamingBothFiles(@TempDir Path dir) throws IOException {
        Path first = write(dir, "a.yaml", "my-tpl", "1.0.0");
        Path second = write(dir, "b.yaml", "my-tpl", "1.0.0");

        SetpointException e = catchThrowableOfType(SetpointException.class, () -> TemplateRegistry.withDirectory(dir));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.CONFLICT);
        assertThat(e.getMessage())
                .contains("my-tpl@1.0.0")
                .contains(first.toString())
                .contains(second.toString());
    }

    @Test
    void aDirectoryTemplateCannotRedefineAShippedOne(@TempDir Path dir) throws IOException {
        write(dir, "mine.yaml", "text-completion", "1.0.0");

        assertThatThrownBy(() -> TemplateRegistry.withDirectory(dir))
                .hasMessageContaining("builtin/text-completion.yaml");
    }

    @Test
    void badFilesInADirectoryAreAllReportedEachNamingItsFile(@TempDir Path dir) throws IOException {
        write(dir, "good.yaml", "good", "1.0.0");
        Path typo = Files.writeString(
                dir.resolve("typo.yaml"), template("typo", "1.0.0").replace("name:", "nmae:"));
        Path malformed = Files.writeString(dir.resolve("malformed.yml"), "id: [unclosed\n");

        SetpointException e = catchThrowableOfType(SetpointException.class, () -> TemplateRegistry.withDirectory(dir));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith(typo + ": unknown key 'nmae'"))
                .anySatisfy(m ->
                        assertThat(m).startsWith(malformed + ": malformed YAML").contains("line"));
    }

    @Test
    void onlyYamlFilesInADirectoryAreRead(@TempDir Path dir) throws IOException {
        write(dir, "mine.yaml", "mine", "1.0.0");
        Files.writeString(dir.resolve("notes.txt"), "not a template");
        Files.createDirectory(dir.resolve("nested.yaml"));

        assertThat(TemplateRegistry.withDirectory(dir).resolve("mine").version())
                .isEqualTo("1.0.0");
    }

    @Test
    void aMissingDirectoryIsNotFound(@TempDir Path dir) {
        SetpointException e = catchThrowableOfType(
                SetpointException.class, () -> TemplateRegistry.withDirectory(dir.resolve("absent")));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("absent");
    }

    @Test
    void aRegistryOfGivenTemplatesListsThemSortedAndIsImmutable() {
        Template video = TemplateRegistry.builtin().resolve("text-to-video");
        Template image = TemplateRegistry.builtin().resolve("sd-image");

        TemplateRegistry registry = TemplateRegistry.of(List.of(video, image));

        assertThat(registry.list()).containsExactly(image, video);
        assertThatThrownBy(() -> registry.list().add(image)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TemplateRegistry.of(List.of(image, image)))
                .hasMessageContaining("sd-image@1.0.0 is defined twice");
    }

    private static Path write(Path dir, String file, String id, String version) throws IOException {
        return Files.writeString(dir.resolve(file), template(id, version));
    }

    private static String template(String id, String version) {
        return String.join(
                "\n",
                "id: " + id,
                "version: " + version,
                "name: Test template " + id,
                "category: text_generation",
                "inputs: {prompt: {type: string, required: true}}",
                "resources: {cpu: 1, memory: 2}",
                "base_execution_time: 1",
                "cost_per_second: 0.0001",
                "quality: {draft: {prompt: hi}}",
                "");
    }
}
