package dev.setpoint.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A signed-in browser window per test, on the shared {@link Stack}. */
@ExtendWith(PageTest.Setup.class)
abstract class PageTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Stack stack;
    BrowserContext context;
    Page page;

    static final class Setup implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            stack = StackExtension.get(context);
        }
    }

    @BeforeEach
    void openWindow() {
        context = stack.signedInContext();
        page = context.newPage();
    }

    @AfterEach
    void closeWindow() {
        if (context != null) {
            context.close();
        }
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The page as it is now, full length, at laptop width and in a narrow window: {name}-wide.png, {name}-narrow.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-wide.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-narrow.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 800);
    }
}
