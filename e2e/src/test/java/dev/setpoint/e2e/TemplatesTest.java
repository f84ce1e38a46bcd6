package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The Templates page: templates by category, each one's inputs and quality mapping. */
class TemplatesTest extends PageTest {

    @Test
    void templatesByCategoryWithTheirInputsAndQualityMapping() {
        page.navigate("/templates");
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Templates by category"));
        assertThat(nav.getByRole(AriaRole.HEADING))
                .hasText(new String[] {"Audio generation", "Image generation", "Text generation", "Video generation"});

        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Video generation"))
                .click();
        assertThat(page).hasURL(stack.url + "/templates/text-to-video%401.0.0");
        Locator detail = page.getByRole(AriaRole.ARTICLE);
        assertThat(detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .containsText("Video generation");
        assertThat(detail.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("fps"))
                        .first())
                .containsText("Frames per second of the output. Integer, from 1 to 60. Default 24.");
        assertThat(detail.locator("table").nth(1).locator("thead th"))
                .hasText(new String[] {"Input", "draft", "high", "ultra"});
        screenshot("templates");
    }
}
