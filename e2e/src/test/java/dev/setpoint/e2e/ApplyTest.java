package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** The Apply page: the PresetSelector's merges, a quality level's parameters, and manual edits that stay. */
class ApplyTest extends PageTest {

    private Locator parameter(String name) {
        return page.getByTestId("final-parameters").locator("tr[data-parameter='" + name + "']");
    }

    private Locator conflicts() {
        return page.locator(".conflicts li");
    }

    @Test
    void twoPresetsUnderEachMergeStrategy() {
        String first = unique("Wide");
        String second = unique("Narrow");
        stack.api(
                "POST",
                "/api/presets",
                "{\"name\": \"" + first + "\", \"parameters\": {\"tp-size\": [1, 2], \"mem-fraction-static\": [0.8]}}");
        stack.api(
                "POST",
                "/api/presets",
                "{\"name\": \"" + second
                        + "\", \"parameters\": {\"tp-size\": [2, 4], \"schedule-policy\": [\"lpm\"]}}");
        page.navigate("/apply");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Use presets"))
                .check();
        page.getByLabel("Add a preset").selectOption(new SelectOption().setLabel(first));
        page.getByLabel("Add a preset").selectOption(new SelectOption().setLabel(second));
        // The chip, not the problems that name the preset too.
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Chosen presets, in merge order"))
                        .getByRole(AriaRole.LISTITEM)
                        .filter(new Locator.FilterOptions().setHasText(first)))
                .containsText("1");

        Locator merged = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Merged parameters"));
        assertThat(page.getByTestId("grid-size")).hasText("3");
        assertThat(merged.locator("tbody tr"))
                .hasText(new String[] {"tp-size124", "mem-fraction-static0.8", "schedule-policy\"lpm\""});
        assertThat(page.getByText("No conflicts: the presets agree on every parameter they share."))
                .isVisible();
        page.locator("#input-prompt").fill("a cat");
        assertThat(page.locator(".apply-problems")).containsText("template sd-image@1.0.0 has no input 'tp-size'");

        page.getByLabel("Intersection").check();
        assertThat(page.getByTestId("grid-size")).hasText("1");
        assertThat(merged.locator("tbody tr")).hasText(new String[] {"tp-size2"});
        assertThat(page.locator(".conflicts .badge")).hasText("⚠ 2 conflicts");
        assertThat(conflicts()).hasCount(2);
        assertThat(conflicts().nth(0)).containsText("mem-fraction-static: dropped");
        assertThat(conflicts().nth(0)).containsText("(missing from a preset)");
        assertThat(conflicts().nth(1)).containsText("schedule-policy: dropped");
        screenshot("apply-merge");

        page.getByLabel("Last wins").check();
        assertThat(page.getByTestId("grid-size")).hasText("2");
        assertThat(merged.locator("tbody tr").first()).hasText("tp-size24");
        assertThat(page.locator(".conflicts .badge")).hasText("⚠ 1 conflict");
        assertThat(conflicts())
                .hasText(new String[] {"tp-size: " + second + " overrides [1, 2] with [2, 4] (overridden)"});
    }

    @Test
    void aQualityLevelGivesItsParametersWithTheirStory() {
        page.navigate("/apply");
        page.getByLabel("Quality level").selectOption("high");
        page.locator("#input-prompt").fill("a lighthouse at dusk");

        assertThat(page.locator(".quality-line")).hasText("High Quality (level 3)");
        assertThat(parameter("steps")).containsText("50");
        assertThat(parameter("steps")).containsText("quality level high");
        assertThat(parameter("sampler")).containsText("\"dpm++_2m_karras\"");
        assertThat(parameter("width")).containsText("768");
        // The JSON says 8.0 and sd-image types cfg_scale as a number: it keeps its decimal point.
        assertThat(parameter("cfg_scale").locator("td").first()).hasText("8.0");
        assertThat(page.getByTestId("estimate-time")).containsText("s");

        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Explain"))
                .check();
        assertThat(page.locator(".explain-row").first()).isVisible();
        assertThat(page.getByTestId("final-parameters")).containsText("overrode template default (sd-image@1.0.0): 30");
        screenshot("apply");
    }

    @Test
    void manualEditsSurviveSwitchingBetweenPresetsAndManualEntry() {
        page.navigate("/apply");
        page.locator("#input-prompt").fill("waves");
        page.locator("#input-steps").fill("77");
        assertThat(parameter("steps")).containsText("77");
        assertThat(parameter("steps")).containsText("your input");
        assertThat(parameter("steps")).not().containsText("input inputs");

        Locator usePresets = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Use presets"));
        usePresets.check();
        page.getByLabel("Add a preset").selectOption(new SelectOption().setLabel("Balanced (general)"));
        usePresets.uncheck();
        page.getByLabel("Quality level").selectOption("draft");

        assertThat(page.locator("#input-steps")).hasValue("77");
        assertThat(page.locator("#input-prompt")).hasValue("waves");
        assertThat(parameter("steps")).containsText("77");
        assertThat(parameter("sampler")).containsText("\"euler\"");
        usePresets.check();
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Balanced")))
                .isVisible();
    }

    @Test
    void theEstimateIsOfTheParametersAsEdited() {
        page.navigate("/apply");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        Locator time = page.getByTestId("estimate-time");
        assertThat(time).containsText("s");
        String defaults = time.textContent();

        page.locator("#input-width").fill("2048");
        page.locator("#input-height").fill("2048");

        assertThat(time).not().hasText(defaults);
        page.locator("#input-steps").fill("-3");
        assertThat(page.getByTestId("estimate-none")).hasText("No estimate until the parameters resolve.");
    }

    @Test
    void aNumberIsTypedAsWrittenThroughItsHalfTypedStates() {
        page.navigate("/apply");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        Locator width = page.locator("#input-width");
        assertThat(width).hasValue("512");
        width.fill("");
        // "2e" is not yet a number: the field must not snap back to the resolved 512 meanwhile.
        width.pressSequentially("2e2", new Locator.PressSequentiallyOptions().setDelay(300));
        assertThat(width).hasValue("2e2");
        assertThat(parameter("width")).containsText("200");
    }

    @Test
    void theFormIsAsLeftAfterAnotherPageAndBackAndAfterAReload() {
        page.navigate("/apply");
        page.getByLabel("Template").selectOption("text-to-audio");
        page.locator("#input-prompt").fill("rain on a tin roof");
        page.getByLabel("Quality level").selectOption("ultra");
        assertThat(page.getByTestId("final-parameters")).containsText("rain on a tin roof");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Runs"))
                .click();
        page.goBack();
        assertThat(page.locator("#input-prompt")).hasValue("rain on a tin roof");
        page.reload();
        assertThat(page.locator("#input-prompt")).hasValue("rain on a tin roof");
        assertThat(page.getByLabel("Template")).hasValue("text-to-audio");
        assertThat(page.getByLabel("Quality level")).hasValue("ultra");
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoNotBlamedOnTheParameters() {
        page.navigate("/apply");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        assertThat(page.getByTestId("estimate-time")).containsText("s");
        // The connection fails as it does for a stopped server.
        page.route("**/api/apply", route -> route.abort());
        page.route("**/api/estimate", route -> route.abort());

        page.getByLabel("Quality level").selectOption("high");

        assertThat(page.getByText("The server does not answer; Run works again once it does."))
                .isVisible();
        assertThat(page.getByTestId("estimate-none")).hasText("No estimate while the server does not answer.");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Run").setExact(true)))
                .isDisabled();
    }

    @Test
    void aFreshFormSaysNothingIsRequiredUntilRunIsPressed() {
        page.navigate("/apply");
        assertThat(page.getByTestId("estimate-time")).containsText("s");
        assertThat(page.getByText("is required")).hasCount(0);
        assertThat(page.locator("#input-prompt")).hasAttribute("aria-invalid", "false");
        screenshot("apply-fresh");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Run").setExact(true))
                .click();

        assertThat(page.locator("#input-prompt-errors")).hasText("Prompt: is required; give it in the inputs");
        assertThat(page.locator("#input-prompt")).hasAttribute("aria-invalid", "true");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/apply$"));
    }

    @Test
    void aRequiredInputLeftEmptyIsShownAtItsField() {
        page.navigate("/apply");
        page.locator("#input-prompt").focus();
        page.locator("#input-steps").focus();
        assertThat(page.locator("#input-prompt-errors")).hasText("Prompt: is required; give it in the inputs");
    }
}
