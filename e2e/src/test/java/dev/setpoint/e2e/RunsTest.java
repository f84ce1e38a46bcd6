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
 * Runs from the pages: Apply starts one and its page follows it to its output (an image, a WAV); a running one is
 * cancelled; a template whose tool is missing says so; the Runs page lists and filters them. The
 * templates e2e-slow-tone (ffmpeg in real time) and e2e-missing-tool are the tests' own.
 */
class RunsTest extends PageTest {

    private static final Pattern JOB_PAGE = Pattern.compile(".*/runs/([0-9a-f-]{36})$");
    private static final Pattern JOB_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** Long enough for a short run to be queued, started and recorded on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    private Locator status() {
        return page.getByTestId("job-status");
    }

    private Locator progressBar() {
        return page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Progress"));
    }

    /** Apply's Run with the template and quality chosen; the id of the run whose page it opened. */
    private String runFromApply(String template, String quality, String inputId, String value) {
        page.navigate("/apply");
        page.getByLabel("Template").selectOption(template);
        page.getByLabel("Quality level").selectOption(quality);
        page.locator("#" + inputId).fill(value);
        assertThat(page.getByTestId("final-parameters")).not().hasClass("stale");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Run").setExact(true))
                .click();
        page.waitForURL(JOB_PAGE);
        Matcher id = JOB_PAGE.matcher(page.url());
        assertThat(id.matches()).isTrue();
        return id.group(1);
    }

    private String submit(String json) {
        Matcher id = JOB_ID.matcher(stack.api("POST", "/api/jobs", json));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    @Test
    void aRunFromApplyFinishesWithItsAudioInAPlayer() {
        page.navigate("/apply");
        page.getByLabel("Template").selectOption("espeak-speech");
        assertThat(page.getByTestId("estimate-basis")).isVisible();
        String id = runFromApply("espeak-speech", "draft", "input-prompt", "Setpoint ran this from the Apply page.");

        assertThat(status()).hasText("succeeded", FINISHED);
        assertThat(progressBar()).hasAttribute("aria-valuenow", "100");
        assertThat(page.getByTestId("progress-eta")).hasText("Finished.");
        Locator audio = page.locator("audio");
        assertThat(audio).hasAttribute("src", "/api/jobs/" + id + "/outputs/speech.wav");
        assertThat(audio).hasAttribute("controls", "");
        // The browser read the WAV's header: it is a real, playable file, not just an element.
        page.waitForFunction("() => document.querySelector('audio').duration > 0.5");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download speech.wav")))
                .hasAttribute("href", "/api/jobs/" + id + "/outputs/speech.wav");
        assertThat(page.getByTestId("job-run-seconds")).hasText(Pattern.compile("^\\d+(\\.\\d+)?( s| ms)$"));
        assertThat(page.getByTestId("job-estimate")).containsText("s");
        screenshot("run-audio");
    }

    @Test
    void aRunOfTheImageFunctionShowsItsImage() {
        String id = runFromApply("sd-image", "draft", "input-prompt", "a lighthouse at dusk");

        assertThat(status()).hasText("succeeded", FINISHED);
        Locator image = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Output image.png"));
        assertThat(image).hasAttribute("src", "/api/jobs/" + id + "/outputs/image.png");
        // The browser decoded the PNG the built-in function rendered.
        page.waitForFunction("() => document.querySelector('.output img').naturalWidth > 0");
        screenshot("run-image");
    }

    @Test
    void aRunningRunShowsItsProgressAndCancels() {
        String id = runFromApply("e2e-slow-tone", "standard", "input-duration_seconds", "120");

        assertThat(status()).hasText("running", FINISHED);
        // Progress arrives over the event stream while ffmpeg encodes in real time.
        page.waitForFunction(
                "() => Number(document.querySelector('[role=progressbar]').getAttribute('aria-valuenow')) >= 2",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.getByTestId("progress-eta")).containsText("left");
        screenshot("run-progress");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel run"))
                .click();
        assertThat(status()).hasText("cancelled");
        assertThat(page.getByText("This run was cancelled before it finished.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel run")))
                .hasCount(0);
        assertThat(stack.api("GET", "/api/jobs/" + id, null)).contains("\"status\":\"cancelled\"");
    }

    @Test
    void aTemplateWhoseToolIsMissingSaysWhyItCannotRun() {
        page.navigate("/apply");
        page.getByLabel("Template").selectOption("e2e-missing-tool");
        assertThat(page.getByTestId("final-parameters")).isVisible();
        // Without edits the resolved parameters settle too (they are not left dimmed as stale).
        assertThat(page.getByTestId("final-parameters")).not().hasClass("stale");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Run").setExact(true))
                .click();

        Locator refusal = page.locator(".run-refused");
        assertThat(refusal).containsText("This template cannot run on this server.");
        assertThat(refusal)
                .containsText("template e2e-missing-tool@1.0.0 cannot run here: needs "
                        + "setpoint-e2e-no-such-tool, which is not installed");
        assertThat(page).hasURL(Pattern.compile(".*/apply$"));
        screenshot("apply-run-refused");
    }

    @Test
    void theRunsPageListsFiltersAndOpensRuns() {
        String spoken = submit(
                "{\"template\": \"espeak-speech\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"listed\"}}");
        String cancelled = submit("{\"template\": \"e2e-slow-tone\", \"inputs\": {\"duration_seconds\": 300}}");
        stack.api("POST", "/api/jobs/" + cancelled + "/cancel", null);

        page.navigate("/runs");
        Locator spokenRow = page.locator("tr[data-job='" + spoken + "']");
        // The list re-reads itself while a run is active.
        assertThat(spokenRow.getByTestId("job-status")).hasText("succeeded", FINISHED);
        assertThat(spokenRow).containsText("espeak-speech@1.0.0");
        assertThat(spokenRow).containsText("draft");
        assertThat(page.locator("tr[data-job='" + cancelled + "'] [data-testid=job-status]"))
                .hasText("cancelled");
        screenshot("runs");

        page.getByLabel("Status").selectOption("cancelled");
        assertThat(page.locator("tr[data-job='" + cancelled + "']")).isVisible();
        assertThat(spokenRow).hasCount(0);
        for (Locator badge : page.locator("tbody [data-testid=job-status]").all()) {
            assertThat(badge).hasText("cancelled");
        }
        page.getByLabel("Status").selectOption("");
        page.getByLabel("Template").selectOption("espeak-speech");
        assertThat(spokenRow).isVisible();
        assertThat(page.locator("tr[data-job='" + cancelled + "']")).hasCount(0);

        spokenRow.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile(".*/runs/" + spoken + "$"));
        page.reload();
        assertThat(page.locator("audio")).hasAttribute("src", "/api/jobs/" + spoken + "/outputs/speech.wav");
        page.goBack();
        assertThat(page.getByLabel("Template")).hasValue("espeak-speech");
        spokenRow.getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("‹ All runs"))
                .click();
        assertThat(page.getByLabel("Template")).hasValue("espeak-speech");
    }
}
