package cn.liantu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (nothing downloaded), with every
 * host but localhost unresolvable: a page that reached for the Internet would fail. Paths can be
 * changed with -Dliantu.chromium=… and -Dliantu.chromedriver=….
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("liantu.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("liantu.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test when chromium or chromedriver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(),
                "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)");
    }

    /** Starts a fresh headless browser (its own profile) for pages of the server at base. */
    public static Browser start(String base) {
        Path profile = TestServer.freshDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1366,768", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base.replaceAll("/$", ""));
    }

    public String base() {
        return base;
    }

    /** Sets the viewport (what a page can use, as on a laptop or a projector) to this size. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) script("return window.innerWidth;");
        long innerHeight = (Long) script("return window.innerHeight;");
        if (innerWidth != width || innerHeight != height) { // the window's frame takes some room
            driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
        }
    }

    /** The viewport's width and height. */
    @SuppressWarnings("unchecked")
    public List<Long> viewport() {
        return (List<Long>) script("return [window.innerWidth, window.innerHeight];");
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return one(css).getText();
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Waits until the element has the attribute value; on timeout says what the status bar showed. */
    public void waitForAttribute(String css, String attribute, String value) {
        waitUntil(() -> {
            List<WebElement> found = all(css);
            return !found.isEmpty() && value.equals(found.get(0).getAttribute(attribute));
        }, css + " [" + attribute + "=" + value + "]");
    }

    public void waitForText(String css, String text) {
        waitUntil(() -> {
            List<WebElement> found = all(css);
            return !found.isEmpty() && text.equals(found.get(0).getText());
        }, css + " with text " + text);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "waiting for " + what + "; status bar: " + statusBar())
                .until(d -> condition.getAsBoolean());
    }

    private String statusBar() {
        List<WebElement> status = all("#status");
        return status.isEmpty() ? "(none)" : status.get(0).getText();
    }

    /** From now on, the Authorization header of every fetch the page makes is kept ("none" without one). */
    public void recordAuthorizationHeaders() {
        script("""
                window.recordedAuthorization = [];
                const original = window.fetch;
                window.fetch = (url, init) => {
                  const headers = (init && init.headers) || {};
                  window.recordedAuthorization.push(headers.Authorization || 'none');
                  return original(url, init);
                };""");
    }

    /** From now on the page's requests wait until {@link #releaseRequests()}. */
    public void holdRequests() {
        script("""
                window.heldRequests = [];
                const original = window.fetch;
                window.fetch = (url, init) => new Promise(resolve =>
                  window.heldRequests.push(() => resolve(original(url, init))));
                window.releaseRequests = () => { window.fetch = original; window.heldRequests.forEach(go => go()); };""");
    }

    public void releaseRequests() {
        script("window.releaseRequests();");
    }

    @SuppressWarnings("unchecked")
    public List<String> recordedHeaders() {
        return (List<String>) script("return window.recordedAuthorization;");
    }

    public void waitForRecordedHeaders(int count) {
        waitUntil(() -> recordedHeaders().size() >= count, count + " recorded requests");
    }

    /** Every URL the page loaded: the document and its resources, fetches included. */
    @SuppressWarnings("unchecked")
    public List<String> resourceUrls() {
        return (List<String>) script("return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)];");
    }

    /** The two elements stand side by side, and nothing sticks out of the window sideways. */
    @SuppressWarnings("unchecked")
    public void assertSideBySideInTheWindow(String leftCss, String rightCss) {
        Map<String, Object> layout = (Map<String, Object>) script("""
                const left = document.querySelector(arguments[0]).getBoundingClientRect();
                const right = document.querySelector(arguments[1]).getBoundingClientRect();
                return { leftRight: left.right, rightLeft: right.left, rightRight: right.right, leftWidth: left.width,
                         width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth };""",
                leftCss, rightCss);
        double width = ((Number) layout.get("width")).doubleValue();
        assertThat(((Number) layout.get("scrollWidth")).doubleValue()).as("page width").isLessThanOrEqualTo(width);
        assertThat(((Number) layout.get("leftRight")).doubleValue()).as(leftCss + " ends before " + rightCss)
                .isLessThanOrEqualTo(((Number) layout.get("rightLeft")).doubleValue());
        assertThat(((Number) layout.get("rightRight")).doubleValue()).as(rightCss + " inside the window")
                .isLessThanOrEqualTo(width);
        assertThat(((Number) layout.get("leftWidth")).doubleValue()).as(leftCss + " width").isGreaterThan(width / 4);
    }

    /** Saves the viewport as target/screenshots/{name}.png, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void quit() {
        driver.quit();
    }
}
