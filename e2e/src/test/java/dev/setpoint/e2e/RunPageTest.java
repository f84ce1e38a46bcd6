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
 * What a finished run offers: its image full size in the lightbox, "Open in Apply" with its request
 * filled in (the seed it drew kept), and the Runs list filtered by quality level.
 */
class RunPageTest extends PageTest {

    private static final Pattern JOB_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SEED = Pattern.compile("\"seed\":(\\d+)");
    /** Long enough for a short run to be queued, started and recorded on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    private String submit(String json) {
        Matcher id = JOB_ID.matcher(stack.api("POST", "/api/jobs", json));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** The run's page once the run has succeeded. */
    private void openFinished(String id) {
        page.navigate("/runs/" + id);
        assertThat(page.getByTestId("job-status")).hasText("succeeded", FINISHED);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anImageOutputOpensFullSizeZoomsAndClosesWithEscape() {
        String id = submit(
                "{\"template\": \"e2e-image\", \"quality\": \"high\", \"inputs\": {\"prompt\": \"a lighthouse\"}}");
        openFinished(id);
        Locator opener =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Output image.png full size"));
        opener.click();

        Locator lightbox =
                page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Full size: Output image.png"));
        assertThat(lightbox).isVisible();
        Locator image = lightbox.getByRole(AriaRole.IMG);
        assertThat(image).hasAttribute("src", "/api/jobs/" + id + "/outputs/image.png");
        page.waitForFunction("() => document.querySelector('dialog.lightbox img').naturalWidth > 0");
        int width =
                ((Number) page.evaluate("() => document.querySelector('dialog.lightbox img').naturalWidth")).intValue();
        // Fitted: the image at most as large as the window's stage.
        assertThat(page.getByTestId("lightbox-scale")).hasText(Pattern.compile("^Fit, \\d+ %$"));
        assertThat(button("Close")).isFocused();
        screenshot("lightbox");

        button("Actual size").click();
        assertThat(page.getByTestId("lightbox-scale")).hasText("100 %");
        assertThat(image).hasJSProperty("width", width);
        page.keyboard().press("+");
        assertThat(page.getByTestId("lightbox-scale")).hasText("150 %");
        assertThat(image).hasJSProperty("width", Math.round(width * 1.5f));
        // Focus stays in the modal dialog: Tab goes round its controls, never to the page behind.
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("Tab");
            assertThat((Boolean) page.evaluate("() => document.activeElement.closest('dialog.lightbox') !== null"))
                    .isTrue();
        }

        page.keyboard().press("Escape");
        assertThat(lightbox).hasCount(0);
        assertThat(opener).isFocused();
    }

    @Test
    void openInApplyFillsTheFormWithTheRunsRequestAndItsSeed() {
        String id = submit("{\"template\": \"e2e-image\", \"quality\": \"ultra\", "
                + "\"inputs\": {\"prompt\": \"a harbour at night\", \"steps\": 12}}");
        openFinished(id);
        Matcher seed = SEED.matcher(stack.api("GET", "/api/jobs/" + id, null));
        assertThat(seed.find()).isTrue();
        screenshot("run-actions");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open in Apply"))
                .click();
        // The form took the link in; the address drops it, so a reload keeps later edits.
        assertThat(page).hasURL(Pattern.compile(".*/apply$"));
        assertThat(page.getByLabel("Template")).hasValue("e2e-image");
        assertThat(page.getByLabel("Quality level")).hasValue("ultra");
        assertThat(page.locator("#input-prompt")).hasValue("a harbour at night");
        assertThat(page.locator("#input-steps")).hasValue("12");
        assertThat(page.locator("#input-seed")).hasValue(seed.group(1));
        assertThat(page.getByTestId("final-parameters")).not().hasClass("stale");
        assertThat(page.getByTestId("final-parameters")).containsText(seed.group(1));
        screenshot("apply-from-run");
    }

    @Test
    void theRunsListFiltersByLevelInTheAddress() {
        String prompt = unique("level filter");
        String draft = submit("{\"template\": \"e2e-image\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \""
                + prompt + "\", \"width\": 64, \"height\": 64}}");
        String high = submit("{\"template\": \"e2e-image\", \"quality\": \"high\", \"inputs\": {\"prompt\": \"" + prompt
                + "\", \"width\": 64, \"height\": 64}}");
        Locator draftRow = page.locator("tr[data-job='" + draft + "']");
        Locator highRow = page.locator("tr[data-job='" + high + "']");

        page.navigate("/runs?template=e2e-image");
        assertThat(draftRow.getByTestId("job-status")).hasText("succeeded", FINISHED);
        assertThat(highRow.getByTestId("job-status")).hasText("succeeded", FINISHED);
        assertThat(highRow.getByTestId("run-input")).hasText(prompt);
        assertThat(highRow.getByTestId("run-quality")).hasText("high");
        // The picture is the run's own image, decoded by the browser.
        assertThat(highRow.getByTestId("run-thumb")).hasAttribute("src", "/api/jobs/" + high + "/outputs/image.png");
        page.waitForFunction("id => document.querySelector(`tr[data-job='${id}'] img`).naturalWidth > 0", high);

        page.getByLabel("Level").selectOption("high");
        assertThat(page).hasURL(Pattern.compile(".*/runs\\?template=e2e-image&quality=high$"));
        assertThat(highRow).isVisible();
        assertThat(draftRow).hasCount(0);
        for (Locator level : page.locator("tbody [data-testid=run-quality]").all()) {
            assertThat(level).hasText("high");
        }
        screenshot("runs-by-level");

        // The address is the view: opened afresh, it filters the same.
        page.navigate("/runs?quality=draft&template=e2e-image");
        assertThat(page.getByLabel("Level")).hasValue("draft");
        assertThat(draftRow).isVisible();
        assertThat(highRow).hasCount(0);
    }
}
