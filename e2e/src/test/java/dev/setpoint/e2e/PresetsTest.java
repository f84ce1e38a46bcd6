package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Presets page: create, edit, delete, import (valid and invalid), export one and many. */
class PresetsTest extends PageTest {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void search(String text) {
        page.getByRole(AriaRole.SEARCHBOX).fill(text);
    }

    private Locator row(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    /** Replaces the text of a CodeMirror editor, as typing would. */
    private void typeJson(Locator dialog, String label, String json) {
        Locator editor = dialog.getByLabel(label);
        editor.click();
        page.keyboard().press("Control+A");
        page.keyboard().insertText(json);
    }

    @Test
    void createShowsServerErrorsNextToTheFieldThenEditAndDelete() {
        String name = unique("E2E Fast");
        page.navigate("/presets");
        button("New preset").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(button("New preset")).isFocused();
        button("New preset").click();
        dialog.getByLabel("Name").fill(name);
        dialog.getByLabel("Category").fill("e2e");
        typeJson(dialog, "Parameters (JSON)", "{\"tp-size\": 2}");
        button("Create preset").click();
        assertThat(dialog.locator("#preset-parameters-errors"))
                .hasText("Parameters: Parameter 'tp-size' must be a list");
        assertThat(dialog.getByLabel("Parameters (JSON)")).hasAttribute("aria-invalid", "true");
        screenshot("preset-form-error");
        // Fixed, the error goes at once: it was about text that is no longer there.
        typeJson(dialog, "Parameters (JSON)", "{\"tp-size\": [2]}");
        assertThat(dialog.locator("#preset-parameters-errors")).hasCount(0);
        assertThat(dialog.getByLabel("Parameters (JSON)")).hasAttribute("aria-invalid", "false");

        // JSON.parse would keep the last of the two silently.
        typeJson(dialog, "Parameters (JSON)", "{\"tp-size\": [2, 4], \"tp-size\": [1]}");
        button("Create preset").click();
        assertThat(dialog.locator("#preset-parameters-errors")).hasText("Parameters gives \"tp-size\" twice; keep one");

        typeJson(dialog, "Parameters (JSON)", "{\"tp-size\": [2, 4]}");
        button("Create preset").click();
        assertThat(dialog).isHidden();
        search(name);
        assertThat(row(name)).containsText("e2e");
        assertThat(row(name)).containsText(Stack.USER);

        button("Edit " + name).click();
        dialog.getByLabel("Description").fill("Two or four GPUs");
        button("Save changes").click();
        assertThat(dialog).isHidden();
        assertThat(row(name)).containsText("Two or four GPUs");
        assertThat(stack.api("GET", "/api/presets?q=" + name.replace(" ", "%20"), null))
                .contains("\"description\":\"Two or four GPUs\"", "\"tp-size\":[2,4]");

        button("Delete " + name).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText(name + " will be gone for good");
        button("Delete").click();
        assertThat(page.getByText("No presets match.")).isVisible();
        screenshot("presets-empty-search");
    }

    @Test
    void theTableFiltersByAnyCategoryAndSystemPresetsAreCloneOnly() {
        page.navigate("/presets");
        assertThat(row("High Throughput")).isVisible();
        Locator category = page.getByLabel("Category");
        assertThat(category.locator("option"))
                .containsText(new String[] {"All categories", "general", "memory", "performance"});
        category.selectOption("memory");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(row("Memory Efficient")).isVisible();
        assertThat(button("Edit Memory Efficient")).isDisabled();
        assertThat(button("Edit Memory Efficient"))
                .hasAttribute("title", "System presets are read-only: clone it to customise it");

        button("Clone Memory Efficient").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Cloned into")))
                .containsText("Memory Efficient (copy)");
        assertThat(row("Memory Efficient (copy)")).isVisible();
        assertThat(button("Edit Memory Efficient (copy)")).isEnabled();
        page.getByLabel("Category").selectOption("");
        screenshot("presets");
    }

    @Test
    void importAValidFileByThePickerAndAnInvalidOneByDropShowingEveryProblem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String name = unique("Imported");
        Path valid = Files.writeString(
                dir.resolve("valid.json"),
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"" + name
                        + "\", \"category\": \"imported\", \"parameters\": {\"tp-size\": [1, 2]}}}");
        page.navigate("/presets");
        button("Import…").click();
        page.getByLabel("Preset file to import").setInputFiles(valid);
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        assertThat(page.getByText("Imported " + name + ".")).isVisible();
        search(name);
        assertThat(row(name)).containsText("imported");

        button("Import…").click();
        String invalid = "{\"version\": \"1.0\", \"preset\": {\"name\": \"\", \"parameters\": {\"tp-size\": 4}}}";
        JSHandle files = page.evaluateHandle(
                "([name, text]) => { const dt = new DataTransfer();"
                        + " dt.items.add(new File([text], name, {type: 'application/json'})); return dt; }",
                List.of("bad.json", invalid));
        page.getByTestId("drop-zone").dispatchEvent("drop", Map.of("dataTransfer", files));
        Locator problems = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Import problems"));
        assertThat(problems.locator("li")).hasText(new String[] {
            "preset › name: Preset must have a name",
            "preset › parameters › tp-size: Parameter 'tp-size' must be a list"
        });
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("bad.json was not imported: 2 problems.");
        screenshot("import-problems");
    }

    @Test
    void exportDownloadsOneFileNamedAfterThePresetAndManyInOne() throws IOException {
        String first = unique("Export One");
        String second = unique("Export Two");
        stack.api("POST", "/api/presets", "{\"name\": \"" + first + "\", \"parameters\": {\"tp-size\": [8]}}");
        stack.api("POST", "/api/presets", "{\"name\": \"" + second + "\", \"parameters\": {\"tp-size\": [1]}}");
        page.navigate("/presets");
        search("Export ");

        Download one = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export " + first))
                        .click());
        assertThat(one.suggestedFilename()).isEqualTo("preset-" + first + ".json");
        assertThat(Files.readString(one.path()))
                .contains("\"version\": \"1.0\"", "\"name\": \"" + first + "\"", "\"tp-size\": [8]");

        page.getByLabel("Select " + first).check();
        page.getByLabel("Select " + second).check();
        Download both = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export 2 selected"))
                        .click());
        assertThat(both.suggestedFilename()).isEqualTo("presets.json");
        assertThat(Files.readString(both.path())).contains("\"presets\"", first, second);
    }
}
