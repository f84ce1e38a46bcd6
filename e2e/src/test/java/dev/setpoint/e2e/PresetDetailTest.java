package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A preset's own page, reached by clicking its name in the list: system presets and custom quality presets. */
class PresetDetailTest extends PageTest {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void open(String name) {
        page.navigate("/presets");
        page.getByRole(AriaRole.SEARCHBOX).fill(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }

    private Locator parameterRow(String functionType, String parameter) {
        return page.locator("[data-function-type=\"" + functionType + "\"] tr[data-parameter=\"" + parameter + "\"]");
    }

    @Test
    void clickingASystemPresetShowsItsParametersAndOnlyTheActionsAUserMayTake() {
        open("Memory Efficient");

        assertThat(page).hasURL(Pattern.compile("/presets/\\d+$"));
        assertThat(page.locator("[data-testid=preset-parameters] tr[data-parameter=\"mem-fraction-static\"]"))
                .containsText("0.7, 0.75");
        assertThat(button("Edit")).isDisabled();
        assertThat(button("Delete")).isDisabled();
        assertThat(button("Clone")).isEnabled();
        screenshot("preset-detail-system");

        open("Draft");
        assertThat(page.getByTestId("preset-level")).hasText("level 1");
        // The JSON says 7.0 and the templates type cfg_scale as a number: it keeps its decimal point.
        assertThat(parameterRow("image_generation", "cfg_scale")).containsText("7.0");
        assertThat(parameterRow("image_generation", "steps").locator("td").first())
                .hasText("15");
    }

    @Test
    void aCustomQualityPresetShowsItsLevelItsChainAndWhoSetEachValue() {
        String name = unique("E2E Crisp");
        String created = stack.api(
                "POST",
                "/api/presets",
                "{\"kind\": \"quality\", \"name\": \"" + name
                        + "\", \"base_preset\": \"high\", \"cost_multiplier\": 3.0, "
                        + "\"parameters\": {\"image_generation\": {\"steps\": 60}}}");
        String slug = created.replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");

        page.navigate("/presets");
        page.getByRole(AriaRole.SEARCHBOX).fill(name);
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("level 3");
        open(name);

        assertThat(page.getByTestId("preset-level")).hasText("level 3");
        assertThat(page.getByTestId("preset-chain").locator("li")).hasCount(2);
        assertThat(page.getByTestId("preset-chain").locator("li").first()).containsText("High Quality");
        assertThat(page.getByTestId("preset-chain").locator("li").last()).containsText(name);
        assertThat(page.getByTestId("preset-multipliers")).containsText("3.0");
        assertThat(parameterRow("image_generation", "steps")).containsText("60");
        assertThat(parameterRow("image_generation", "steps")).containsText(slug);
        assertThat(parameterRow("image_generation", "cfg_scale")).containsText("8.0");
        assertThat(parameterRow("image_generation", "cfg_scale")).containsText("high");
        assertThat(parameterRow("video_generation", "fps")).containsText("high");
        assertThat(button("Edit")).isEnabled();
        screenshot("preset-detail-quality");

        button("Delete").click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/presets$"));
    }

    @Test
    void deletingABaseOffersToDetachThePresetsBasedOnItWhichKeepTheirValues() {
        String base = unique("E2E Base");
        String baseSlug = stack.api(
                        "POST",
                        "/api/presets",
                        "{\"kind\": \"quality\", \"name\": \"" + base
                                + "\", \"base_preset\": \"high\", \"parameters\": {\"image_generation\": {\"steps\": 70}}}")
                .replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");
        String dependent = unique("E2E Dependent");
        stack.api(
                "POST",
                "/api/presets",
                "{\"kind\": \"quality\", \"name\": \"" + dependent + "\", \"base_preset\": \"" + baseSlug
                        + "\", \"parameters\": {\"image_generation\": {\"cfg_scale\": 9.5}}}");
        open(base);

        button("Delete").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("1 preset");
        screenshot("preset-delete-base");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Detach them and delete"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/presets$"));
        open(dependent);
        assertThat(page.getByTestId("preset-chain").locator("li")).hasCount(2);
        assertThat(parameterRow("image_generation", "steps")).containsText("70");
        assertThat(parameterRow("image_generation", "cfg_scale")).containsText("9.5");
    }
}
