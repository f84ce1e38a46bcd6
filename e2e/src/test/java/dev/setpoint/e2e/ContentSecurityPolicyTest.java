package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server's Content-Security-Policy does not break the pages: signing in and using every page
 * (the JSON editor and its style element, the bars, an image and an audio output, a comparison's wipe
 * and chart, a batch's progress) reports no violation. The browser
 * reports each one as a {@code securitypolicyviolation} event, which the test turns into a console
 * message, and logs most of them to the console itself.
 */
class ContentSecurityPolicyTest extends PageTest {

    private static final Pattern JOB_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern COMPARISON_ID = Pattern.compile("\"comparison_id\":\"([0-9a-f-]{36})\"");
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + location.pathname))";

    private final List<String> console = new CopyOnWriteArrayList<>();

    @Test
    void signingInAndUsingThePagesReportsNoContentSecurityPolicyViolation() {
        String image =
                run("{\"template\": \"sd-image\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"a lighthouse\"}}");
        String speech =
                run("{\"template\": \"espeak-speech\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"policy\"}}");
        Matcher compared = COMPARISON_ID.matcher(
                stack.api(
                        "POST",
                        "/api/comparisons",
                        "{\"template\": \"e2e-image\", \"inputs\": {\"prompt\": \"policy\"}, \"levels\": [\"draft\", \"standard\"]}"));
        assertThat(compared.find()).isTrue();
        String comparison = compared.group(1);
        try (BrowserContext fresh = stack.newContext(null)) {
            fresh.addInitScript(REPORT_VIOLATIONS);
            page = fresh.newPage();
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));

            String policy = page.navigate(stack.url + "/login").headerValue("content-security-policy");
            assertThat(policy).contains("script-src 'self'").contains("style-src 'self';");
            stack.signIn(page, Stack.PASSWORD);
            usePresetsDialog();
            page.navigate("/quality");
            assertThat(page.locator(".comparison").getByRole(AriaRole.IMG)).hasCount(8);
            page.navigate("/apply");
            assertThat(page.getByTestId("estimate-basis")).isVisible();
            page.navigate("/templates");
            page.navigate("/runs/" + image);
            page.waitForFunction("() => document.querySelector('.output img')?.naturalWidth > 0");
            page.navigate("/runs/" + speech);
            page.waitForFunction("() => document.querySelector('audio')?.duration > 0.5");
            // The comparison's wipe and chart, and the batch's progress bar, set styles from script.
            page.navigate("/compare/" + comparison);
            page.waitForFunction(
                    "() => document.querySelector('.wipe-top')?.naturalWidth > 0",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            assertThat(page.getByTestId("quality-chart")).isVisible();
            page.navigate("/batches/" + comparison);
            assertThat(page.getByTestId("batch-status")).hasText("finished");

            // An inline script, which the policy forbids, is reported: the collector works, and once its
            // report is in, every earlier one is too.
            page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; "
                    + "document.head.appendChild(s); }");
            page.waitForCondition(
                    () -> violations().stream().anyMatch(m -> m.startsWith("error: CSP violation: script-src")));
            assertThat(violations()).as("reported violations").allMatch(m -> m.contains("script-src"));
        }
    }

    /** Opens the preset dialog and types into its JSON editor (CodeMirror, which styles itself at run time). */
    private void usePresetsDialog() {
        page.navigate("/presets");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("New preset").setExact(true))
                .click();
        Locator editor = page.getByRole(AriaRole.DIALOG).getByLabel("Parameters (JSON)");
        editor.click();
        page.keyboard().insertText("{\"tp-size\": [2, 4]}");
        assertThat(editor).containsText("tp-size");
        page.keyboard().press("Escape");
    }

    private List<String> violations() {
        return console.stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("CSP violation"))
                .toList();
    }

    private static String run(String json) {
        Matcher id = JOB_ID.matcher(stack.api("POST", "/api/jobs", json));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
