package io.newsdesk.e2e.browser;

import io.newsdesk.e2e.support.BuildOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both named explicitly, so
 * Selenium never looks for (or downloads) a driver of its own. The browser resolves no host name at
 * all: it can reach the servers the tests run on 127.0.0.1 and nothing else.
 */
final class HeadlessChromium implements AutoCloseable {

    /** A desktop browser window. */
    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, 1, false);
    /** A phone held upright (the size of many current phones, in CSS pixels). */
    static final Viewport PHONE = new Viewport("phone", 390, 844, 3, true);

    /**
     * A screen the pages are laid out for.
     *
     * @param name names the screenshots taken with it
     * @param width the width in CSS pixels
     * @param height the height in CSS pixels
     * @param pixelRatio device pixels per CSS pixel
     * @param mobile whether the page is laid out as on a phone (the viewport meta tag applies)
     */
    record Viewport(String name, int width, int height, int pixelRatio, boolean mobile) {}

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start() throws IOException {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, ChromiumRequired.DRIVER.toString());
        Path profile = Files.createTempDirectory("newsdesk-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumRequired.DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(BuildOutput.logs().resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumRequired.BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width() + "," + DESKTOP.height(),
                // Every name fails to resolve: pages may link to other sites, the browser reaches none.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            HeadlessChromium chromium = new HeadlessChromium(service, driver, profile);
            chromium.use(DESKTOP);
            return chromium;
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Lays pages out for {@code viewport} from now on (the page shown is laid out again at once). */
    void use(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(),
                "height", viewport.height(),
                "deviceScaleFactor", viewport.pixelRatio(),
                "mobile", viewport.mobile()));
    }

    /** The page as the browser shows it now, as PNG. */
    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The console messages logged since the last call, with the page shown now. */
    List<ConsoleMessage> drainConsole() {
        String page = driver.getCurrentUrl();
        List<ConsoleMessage> messages = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            messages.add(new ConsoleMessage(page, entry.getLevel(), entry.getMessage()));
        }
        return messages;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the browser profile " + root, e);
        }
    }
}
