package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The Quality page: the four levels side by side, and a custom preset built on high with a live diff. */
class QualityTest extends PageTest {

    @Test
    void theFourLevelsSideBySideWithDifferencesMarkedAndTimeAndCostAsBars() {
        page.navigate("/quality");
        Locator table = page.locator("table.levels-table");
        assertThat(table.locator("thead th")).hasText(new String[] {"Parameter", "draft (Draft)", "standard (Standard)",
            "high (High Quality)", "ultra (Ultra Quality)"});
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
        page.locator(".preview").getByRole(AriaRole.SWITCH, new Locator.GetByRoleOptions().setName("Explain")).check();
        assertThat(page.locator(".preview")).containsText("overrode quality level high: 50");
        screenshot("quality-builder");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preset")).click();
        assertThat(page.getByText("Saved " + name)).isVisible();
        assertThat(stack.api("GET", "/api/presets?kind=quality&q=" + name.replace(" ", "%20"), null))
                .contains("\"base_preset\":\"high\"", "\"image_generation\":{\"steps\":60}");
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
