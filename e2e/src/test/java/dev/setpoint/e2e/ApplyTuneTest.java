package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apply as a newcomer's first merge meets it: the picker puts the presets that fit the template
 * first and says why the others do not, Fine-tune offers each merged parameter's candidates, and
 * Tune replaces Run while they make more than one point.
 */
class ApplyTuneTest extends PageTest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private static String create(String name, String parameters) {
        Matcher id = ID.matcher(
                stack.api("POST", "/api/presets", "{\"name\": \"" + name + "\", \"parameters\": " + parameters + "}"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String systemPreset(String name) {
        Matcher id =
                ID.matcher(stack.api("GET", "/api/presets?kind=parameter&sort=id&q=" + name.replace(" ", "%20"), null));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    @Test
    void twoSystemPresetsOnTheSglangServerMakeAFourPointStudy() {
        String steps = unique("Steps");
        create(steps, "{\"steps\": [10, 20]}");
        String balanced = systemPreset("Balanced");
        String lowLatency = systemPreset("Low Latency");
        page.navigate("/apply");
        page.getByLabel("Template").selectOption("sglang-server");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Use presets"))
                .check();

        Locator picker = page.getByLabel("Add a preset");
        String fit = "optgroup[label='Fit Inference engine (SGLang server)'] option";
        assertThat(picker.locator("optgroup").first()).hasAttribute("label", "Fit Inference engine (SGLang server)");
        for (String system : new String[] {"Balanced", "High Throughput", "Low Latency", "Memory Efficient"}) {
            // The name and its category only: other tests on the shared server clone system presets
            // ("Memory Efficient (copy) (memory)"). The names have no regex characters (Playwright runs the
            // pattern as JavaScript, which has no \Q quoting).
            assertThat(picker.locator(
                            fit,
                            new Locator.LocatorOptions().setHasText(Pattern.compile("^" + system + " \\([^)]*\\)$"))))
                    .hasCount(1);
        }
        assertThat(picker.locator(
                        "optgroup[label='Do not fit Inference engine (SGLang server)'] option",
                        new Locator.LocatorOptions().setHasText(steps)))
                .hasCount(1);
        assertThat(page.locator(".unfit-presets li").filter(new Locator.FilterOptions().setHasText(steps)))
                .hasText(steps + " sets steps, which Inference engine (SGLang server) does not have");
        picker.selectOption(new SelectOption().setLabel("Balanced (general)"));
        picker.selectOption(new SelectOption().setLabel("Low Latency (performance)"));

        assertThat(page.getByTestId("grid-size")).hasText("4");
        assertThat(page.getByTestId("candidates-tp-size")).containsText("2 candidates: all go to a study.");
        assertThat(page.getByTestId("candidates-schedule-policy")).containsText("2 candidates: all go to a study.");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("schedule-policy candidates"))
                        .getByRole(AriaRole.BUTTON))
                .hasText(new String[] {"fcfs", "lpm"});
        // A single candidate is simply the value, in place of the template's default (0.88).
        assertThat(page.locator("#input-mem-fraction-static")).hasValue("0.85");
        assertThat(page.getByTestId("candidates-mem-fraction-static")).hasCount(0);
        assertThat(button("Run")).hasCount(0);
        assertThat(page.getByTestId("tune-hint"))
                .containsText("4 runs, one per combination of the candidates for tp-size, schedule-policy");
        assertThat(link("Tune"))
                .hasAttribute(
                        "href",
                        Pattern.compile("^/studies/new\\?template=sglang-server&quality=standard&presets=" + balanced
                                + "%2C" + lowLatency + "&merge_strategy=union&inputs=%7B%7D$"));
        screenshot("apply-tune-sglang");
    }

    @Test
    void twoPresetsThatFitMakeCandidatesAndATuneLinkUntilChoicesPinThem() {
        String steps = unique("Steps");
        String samplers = unique("Samplers");
        String stepsId = create(steps, "{\"steps\": [10, 20]}");
        String samplersId = create(samplers, "{\"sampler\": [\"euler\", \"ddim\"]}");
        page.navigate("/apply");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Use presets"))
                .check();

        Locator picker = page.getByLabel("Add a preset");
        assertThat(picker.locator("optgroup").first()).hasAttribute("label", "Fit Image generation");
        assertThat(picker.locator(
                        "optgroup[label='Fit Image generation'] option",
                        new Locator.LocatorOptions().setHasText(steps)))
                .hasCount(1);
        assertThat(picker.locator(
                        "optgroup[label='Do not fit Image generation'] option",
                        new Locator.LocatorOptions().setHasText("Balanced")))
                .hasCount(1);
        assertThat(page.locator(".unfit-presets li").filter(new Locator.FilterOptions().setHasText("Balanced")))
                .hasText(
                        "Balanced sets tp-size, mem-fraction-static, schedule-policy, which Image generation does not have");
        picker.selectOption(new SelectOption().setLabel(steps));
        picker.selectOption(new SelectOption().setLabel(samplers));

        assertThat(page.getByTestId("grid-size")).hasText("4");
        assertThat(page.getByTestId("candidates-steps")).containsText("2 candidates: all go to a study.");
        assertThat(page.getByTestId("candidates-sampler")).containsText("2 candidates: all go to a study.");
        assertThat(page.locator("#input-steps")).hasValue("");
        assertThat(page.locator(".field-errors")).hasCount(0);
        assertThat(button("Run")).hasCount(0);
        assertThat(page.getByTestId("tune-hint"))
                .containsText("4 runs, one per combination of the candidates for steps, sampler");
        assertThat(link("Tune"))
                .hasAttribute(
                        "href",
                        Pattern.compile("^/studies/new\\?template=sd-image&quality=standard&presets=" + stepsId + "%2C"
                                + samplersId + "&merge_strategy=union&inputs=.*lighthouse.*"));
        screenshot("apply-tune");

        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("steps candidates"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("20"))
                .click();
        assertThat(page.locator("#input-steps")).hasValue("20");
        assertThat(page.getByTestId("tune-hint"))
                .containsText("2 runs, one per combination of the candidates for sampler");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("sampler candidates"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ddim"))
                .click();
        assertThat(link("Tune")).hasCount(0);
        assertThat(button("Run")).isEnabled();
        Locator finalSteps = page.getByTestId("final-parameters").locator("tr[data-parameter='steps']");
        assertThat(finalSteps).containsText("20");
        assertThat(page.getByTestId("final-parameters").locator("tr[data-parameter='sampler']"))
                .containsText("ddim");
        screenshot("apply-candidates-chosen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset sampler"))
                .click();
        link("Tune").click();
        assertThat(page)
                .hasURL(Pattern.compile(".*/studies/new\\?template=sd-image&quality=standard&presets=" + stepsId + "%2C"
                        + samplersId + "&merge_strategy=union&inputs=.*%22steps%22%3A20.*"));
    }

    @Test
    void aPresetThatDoesNotFitCanBeChosenAndSaysWhyInOneSentence() {
        page.navigate("/apply");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Use presets"))
                .check();
        page.getByLabel("Add a preset").selectOption(new SelectOption().setLabel("High Throughput (performance)"));

        Locator chip = page.getByRole(
                        AriaRole.LIST, new Page.GetByRoleOptions().setName("Chosen presets, in merge order"))
                .getByRole(AriaRole.LISTITEM);
        assertThat(chip).containsText("does not fit");
        Locator problems = page.locator(".apply-problems");
        assertThat(problems).containsText("A chosen preset does not fit Image generation:");
        assertThat(problems.locator(".unfit-chosen p"))
                .hasText("High Throughput sets tp-size, mem-fraction-static, schedule-policy, enable-mixed-chunking, "
                        + "which Image generation does not have.");
        assertThat(problems.locator("details")).not().hasAttribute("open", "");
        assertThat(problems.locator(".error-list li")).hasCount(4);
        screenshot("apply-unfit");
    }
}
