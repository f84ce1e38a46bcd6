package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Quality page: the four levels side by side, their sample outputs (made on request, then shown
 * on every visit), and a custom preset built on high with a live diff.
 */
class QualityTest extends PageTest {

    /** Long enough for four short runs to be queued, run and recorded on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(90_000);

    @Test
    void theFourLevelsSideBySideWithDifferencesMarkedAndTimeAndCostAsBars() {
        page.navigate("/quality");
        Locator table = page.locator("table.levels-table");
        assertThat(table.locator("thead th")).hasText(new String[] {
            "Parameter", "draft (Draft)", "standard (Standard)", "high (High Quality)", "ultra (Ultra Quality)"
        });
        Locator steps = table.locator("tr[data-parameter='steps']");
        assertThat(steps.locator("td")).hasText(new String[] {"15", "30", "50", "100"});
        assertThat(steps).hasClass("differs");
        assertThat(table.locator("tr[data-parameter='seed']")).not().hasClass("differs");
        Locator bars = page.locator(".comparison").getByRole(AriaRole.IMG);
        assertThat(bars).hasCount(8);
        assertThat(bars.first()).hasAttribute("aria-label", "draft: 150 ms");

        page.getByLabel("Template").selectOption("text-to-video");
        assertThat(table.locator("tr[data-parameter='fps'] td")).hasText(new String[] {"12", "24", "30", "30"});
        page.getByLabel("Template").selectOption("sd-image");
        screenshot("quality");
    }

    @Test
    void samplesAreNotMadeByLookingAndOnceMadeAreShownAgainWithoutAClick() {
        page.navigate("/quality");
        Locator samples = page.getByTestId("samples");
        assertThat(samples.getByTestId("samples-not-made")).isVisible();
        assertThat(samples.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make sample outputs")))
                .isVisible();
        screenshot("quality-samples-not-made");
        // The page read sd-image's samples and ran nothing: there still are none.
        assertThatThrownBy(() -> stack.api("GET", "/api/templates/sd-image/samples", null))
                .hasMessageContaining(": 404 ")
                .hasMessageContaining("no sample outputs have been made yet for sd-image@");

        page.getByLabel("Template").selectOption("e2e-image");
        samples.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make sample outputs"))
                .click();
        assertThat(samples.getByTestId("comparison-progress")).hasText("All 4 levels finished.", FINISHED);
        assertThat(samples.getByTestId("compare-grid").locator("img")).hasCount(4);

        page.reload();
        assertThat(page.getByLabel("Template")).hasValue("e2e-image");
        assertThat(samples.getByTestId("comparison-progress")).hasText("All 4 levels finished.");
        assertThat(samples.getByTestId("compare-grid").locator("img")).hasCount(4);
        assertThat(samples.getByTestId("samples-not-made")).hasCount(0);
        assertThat(samples.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remake")))
                .isEnabled();
        page.waitForFunction("() => [...document.querySelectorAll('[data-testid=samples] img')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        screenshot("quality-samples");

        // On the Compare page a sample is no one's batch: no link to it.
        samples.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open on the Compare page"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Comparison of e2e-image@"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare again")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Its batch")))
                .hasCount(0);
    }

    @Test
    void aCustomPresetOnHighWithAnOverrideShowsItsDiffThenSaves() {
        String name = unique("Crisp");
        page.navigate("/quality");
        page.locator("#custom-name").fill(name);
        assertThat(page.getByLabel("Based on")).hasValue("high");
        Locator override = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Override 1"));
        assertThat(override.getByLabel("Function type")).hasValue("image_generation");
        override.getByLabel("Parameter").fill("steps");
        override.getByLabel("Value").fill("60");

        assertThat(page.getByTestId("diff-summary")).hasText("1 parameter differs from high:");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Differences from high")))
                .hasText("steps: 50 → 60");
        Locator row = page.locator(".preview tr[data-parameter='steps']");
        assertThat(row).hasClass("differs");
        assertThat(row).containsText("custom preset");
        page.locator(".preview")
                .getByRole(AriaRole.SWITCH, new Locator.GetByRoleOptions().setName("Explain"))
                .check();
        assertThat(page.locator(".preview")).containsText("overrode quality level high: 50");
        screenshot("quality-builder");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preset"))
                .click();
        assertThat(page.getByText("Saved " + name)).isVisible();
        assertThat(stack.api("GET", "/api/presets?kind=quality&q=" + name.replace(" ", "%20"), null))
                .contains("\"base_preset\":\"high\"", "\"image_generation\":{\"steps\":60}");
    }

    @Test
    void aValueNoTemplateAcceptsCannotBeSaved() {
        String name = unique("Broken");
        page.navigate("/quality");
        page.locator("#custom-name").fill(name);
        Locator override = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Override 1"));
        override.getByLabel("Parameter").fill("steps");
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preset"));

        for (String value : new String[] {"-5", "0"}) {
            override.getByLabel("Value").fill(value);
            assertThat(override.getByRole(AriaRole.ALERT)).hasText("Steps: " + value + " is below the minimum 1");
            assertThat(save).isDisabled();
        }
        assertThat(page.getByText("Fix the problems above to save it.")).isVisible();
        screenshot("quality-builder-invalid");
        // Nor does the server store one, whatever a client sends.
        assertThatThrownBy(
                        () -> stack.api(
                                "POST",
                                "/api/presets",
                                "{\"kind\": \"quality\", \"name\": \"" + name
                                        + "\", \"base_preset\": \"high\", \"parameters\": {\"image_generation\": {\"steps\": -5}}}"))
                .hasMessageContaining(": 400 ")
                .hasMessageContaining("/parameters/image_generation/steps")
                .hasMessageContaining("-5 is below the minimum 1");
        assertThat(stack.api("GET", "/api/presets?kind=quality&q=" + name.replace(" ", "%20"), null))
                .isEqualTo("[]");
    }

    @Test
    void aSavedPresetIsEditedInPlaceByTheNextSave() {
        String name = unique("Crisp");
        page.navigate("/quality");
        page.locator("#custom-name").fill(name);
        Locator override = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Override 1"));
        override.getByLabel("Parameter").fill("steps");
        override.getByLabel("Value").fill("60");
        assertThat(page.getByTestId("diff-summary")).hasText("1 parameter differs from high:");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preset"))
                .click();
        assertThat(page.getByText("Saved " + name)).isVisible();

        override.getByLabel("Value").fill("70");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Differences from high")))
                .hasText("steps: 50 → 70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.getByText("Updated " + name)).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit " + name)))
                .isVisible();
        screenshot("quality-builder-editing");

        String stored = stack.api("GET", "/api/presets?kind=quality&q=" + name.replace(" ", "%20"), null);
        assertThat(stored).contains("\"image_generation\":{\"steps\":70}", "\"revision\":2");
        assertThat(stored.split("\"slug\"", -1)).hasSize(2);
    }

    @Test
    void aBadOverrideIsExplainedNextToItsFunctionType() {
        page.navigate("/quality");
        Locator override = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Override 1"));
        override.getByLabel("Parameter").fill("steps");
        override.getByLabel("Value").fill("[1, 2]");
        assertThat(override.getByRole(AriaRole.ALERT)).containsText("must be an integer, not array [1,2]");
    }
}
