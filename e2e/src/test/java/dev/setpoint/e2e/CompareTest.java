package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Compare page: a comparison of the built-in image function at the four levels, started from
 * Apply's "Compare levels", fills in four images and the metrics table; an image opens full size in
 * the lightbox from the grid.
 */
class CompareTest extends PageTest {

    private static final Pattern COMPARE_PAGE = Pattern.compile(".*/compare/([0-9a-f-]{36})$");
    private static final Pattern COMPARISON_ID = Pattern.compile("\"comparison_id\":\"([0-9a-f-]{36})\"");
    private static final String[] LEVELS = {"draft", "standard", "high", "ultra"};
    /** Long enough for four short runs to be queued, run and recorded on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(90_000);

    private Locator finished() {
        return page.getByTestId("comparison-progress");
    }

    @Test
    void aComparisonOfFourImageLevelsFromApplyShowsFourImagesAndTheMetricsTable() {
        page.navigate("/apply");
        page.getByLabel("Template").selectOption("e2e-image");
        page.locator("#input-prompt").fill("a lighthouse at dusk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare levels"))
                .click();
        assertThat(page.getByLabel("Inputs (JSON)")).hasValue(Pattern.compile(".*a lighthouse at dusk.*"));
        for (String level : LEVELS) {
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(level)))
                    .isChecked();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start comparison"))
                .click();
        page.waitForURL(COMPARE_PAGE);
        Matcher id = COMPARE_PAGE.matcher(page.url());
        assertThat(id.matches()).isTrue();

        assertThat(finished()).hasText("All 4 levels finished.", FINISHED);
        Locator images = page.getByTestId("compare-grid").locator("img");
        assertThat(images).hasCount(4);
        for (String level : LEVELS) {
            Locator image = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(level + ": image.png"));
            assertThat(image)
                    .hasAttribute(
                            "src",
                            Pattern.compile("^/api/comparisons/[0-9a-f-]{36}/jobs/[0-9a-f-]{36}/outputs/image\\.png$"));
        }
        // The browser decoded all four PNGs.
        page.waitForFunction("() => [...document.querySelectorAll('[data-testid=compare-grid] img')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");

        Locator table = page.getByTestId("metrics-table");
        assertThat(table.locator("thead th").nth(5)).hasText("psnr (dB) ↑");
        for (String level : LEVELS) {
            Locator row = table.locator("tr[data-level='" + level + "']");
            assertThat(row.locator("td").first()).hasText("succeeded");
            assertThat(row.locator("td[data-metric='psnr']")).hasText(Pattern.compile("^\\d+(\\.\\d+)? dB$"));
        }
        assertThat(table.locator("tr[data-level='standard'] td").nth(2)).hasText("× 1");
        assertThat(page.locator(".quality-chart .point")).hasCount(4);
        assertThat(page.getByTestId("wipe").getByRole(AriaRole.SLIDER)).isVisible();
        assertThat(stack.api("GET", "/api/comparisons/" + id.group(1), null))
                .contains("\"template_id\":\"e2e-image@", "\"time_ratios\"");
        screenshot("compare");
    }

    @Test
    void anImageOfTheCompareGridOpensFullSizeInTheLightbox() {
        Matcher id = COMPARISON_ID.matcher(
                stack.api(
                        "POST",
                        "/api/comparisons",
                        "{\"template\": \"e2e-image\", \"inputs\": {\"prompt\": \"a red boat\"}, \"levels\": [\"draft\", \"high\"]}"));
        assertThat(id.find()).isTrue();
        page.navigate("/compare/" + id.group(1));
        assertThat(finished()).hasText("All 2 levels finished.", FINISHED);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open high: image.png full size"))
                .click();
        Locator dialog =
                page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Full size: high: image.png"));
        assertThat(dialog).isVisible();
        page.waitForFunction("() => document.querySelector('dialog.lightbox img')?.naturalWidth > 0");
        screenshot("compare-lightbox");
        page.keyboard().press("Escape");
        assertThat(dialog).hasCount(0);
    }
}
