package vn.cchc.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, set up as an office computer: clock in
 * Asia/Ho_Chi_Minh, browser language English (the webapps must still answer in Vietnamese). Waits are explicit
 * conditions on the page, never sleeps.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private int shot;

    /**
     * The browser of the test JVM: one Chromium for every browser test, started by the first and quit when the JVM
     * ends, as an official keeps one browser open all day. Its HTTP cache stays warm across tests (the webapps'
     * scripts are loaded once, not once per test); each test's {@link #login} drops cookies and storage first, and
     * {@link #close} drops them again, so no test sees another's session.
     */
    private static ChromeDriver shared;

    Browser(int port) {
        driver = sharedDriver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private static synchronized ChromeDriver sharedDriver() {
        if (shared != null) {
            try {
                shared.getWindowHandles();
                return shared;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // the browser crashed or was closed in an earlier test: start a fresh one
                shared = null;
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("cchc-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=en-US", "--window-size=1440,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
        shared = new ChromeDriver(service, options);
        ChromeDriver started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind does no harm
            }
        }));
        return started;
    }

    /** Logs in on the Tasklist's own login page (after dropping any earlier session). */
    void login(String user) {
        login(user, null);
    }

    /**
     * Logs in, with a screenshot of the filled-in login page when {@code screenshot} names one. On a loaded machine
     * the login form can take the keys before its Angular model is bound and post empty fields; the Tasklist then
     * says the login failed, and the login is tried again (at most three times). The credentials are always right.
     */
    void login(String user, String screenshot) {
        // cookies and storage belong to the page's origin: they are dropped where the browser is, when it is on the
        // application (an earlier login of this test); a browser coming from close() or a fresh start has none
        if (driver.getCurrentUrl().startsWith(origin())) {
            driver.manage().deleteAllCookies();
            ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        // through a blank page, so that the Tasklist loads anew even when only the fragment would change
        driver.get("about:blank");
        driver.get(base);
        By filters = By.cssSelector("[cam-tasklist-filters]");
        By failed = By.xpath("//*[contains(text(),'Đăng nhập không thành công')]");
        for (int attempt = 1; ; attempt++) {
            WebElement name = loginForm();
            WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            if (screenshot != null && attempt == 1) {
                screenshot(screenshot);
            }
            driver.findElement(By.cssSelector("form button[type='submit']")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(filters),
                    ExpectedConditions.visibilityOfElementLocated(failed)));
            if (!driver.findElements(filters).isEmpty() && driver.findElement(filters).isDisplayed()) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("login as " + user + " failed three times");
            }
            driver.get(base);
        }
    }

    /**
     * The login form's user field. The Tasklist's first load in a fresh server can hang on its spinner while the
     * machine is busy; the page is then loaded once more.
     */
    private WebElement loginForm() {
        By field = By.cssSelector("input[ng-model='username']");
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        } catch (org.openqa.selenium.TimeoutException e) {
            driver.navigate().refresh();
            return wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        }
    }

    /** Opens a task of a filter directly, as a link in a notification mail does. */
    void openTask(String filterId, String taskId) {
        driver.get(base + "#/?filter=" + filterId + "&task=" + taskId);
    }

    /** Opens a page of the application beside the Tasklist ({@code /dashboard?plan=…}) in the same session. */
    void openPage(String pathAndQuery) {
        driver.get(origin() + pathAndQuery);
    }

    private String origin() {
        return base.substring(0, base.indexOf("/camunda/"));
    }

    /** The address the browser shows now. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Clicks the link {@code linkText} in the table row that shows {@code rowText} (a list of plans). */
    void clickLinkInRow(String rowText, String linkText) {
        clickWhenReady(By.xpath("//tr[.//*[contains(text()," + literal(rowText) + ")]]//a[normalize-space(text())="
                + literal(linkText) + "]"));
    }

    /**
     * Opens the Tasklist's filter named {@code name} and returns the count it then shows beside its name (the
     * Tasklist shows the count of the focused filter only).
     */
    String filterCount(String name) {
        String filter = "//*[@cam-tasklist-filters]//div[contains(@class,'task-filter')][.//a[normalize-space(text())="
                + literal(name) + "]]";
        clickWhenReady(By.xpath(filter + "//a"));
        By counter = By.xpath(filter + "//*[contains(@class,'counter')]");
        // the counter is shown before the count arrives: wait for a number
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = ExpectedConditions.visibilityOfElementLocated(counter).apply(d) == null ? ""
                    : d.findElement(counter).getText().trim();
            return text.isEmpty() ? null : text;
        });
    }

    /** Runs an asynchronous script in the page (its last argument is the callback) and returns its result. */
    Object script(String asyncJs, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncJs, args);
    }

    /** Clicks at {@code (x, y)} pixels from the top left corner of the element (a bar of a canvas chart). */
    void clickAt(String css, int x, int y) {
        WebElement element = find(css);
        java.util.List<?> at = (java.util.List<?>) ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); var r = arguments[0].getBoundingClientRect();"
                        + "return [Math.round(r.left + arguments[1]), Math.round(r.top + arguments[2])];", element, x, y);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click().perform();
    }

    /** Opens the task whose card in the list shows {@code text} (by the task name link of that card). */
    void openCard(String text) {
        clickWhenReady(By.xpath("//li[contains(@class,'task')][.//*[contains(text()," + literal(text) + ")]]"
                + "//h4[contains(@class,'task')]/a"));
    }

    /** The task card in the list that shows {@code text}, once it is there with the class {@code cssClass}. */
    WebElement cardWithClass(String text, String cssClass) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//li[contains(@class,'task')]"
                + "[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]"
                + "[.//*[contains(text()," + literal(text) + ")]]")));
    }

    /** The task card in the list that shows {@code text}. */
    WebElement card(String text) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//li[contains(@class,'task')]"
                + "[.//*[contains(text()," + literal(text) + ")]]")));
    }

    void clickText(String text) {
        clickWhenReady(byText(text));
    }

    /** Clicks the element whose own text is exactly {@code text}, inside the element matched by {@code css}. */
    void clickTextIn(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpathOf(css) + "//*[normalize-space(text())="
                + literal(text) + "]"))).click();
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(text()," + literal(text)
                + ")]")));
    }

    void waitUntilTextGone(String text) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[contains(text()," + literal(text)
                + ")]")));
    }

    void waitUntilGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} is visible (a notification, a message). */
    WebElement waitVisible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Whether a click at the centre of the element (scrolled into view) reaches it, i.e. nothing (a notification
     * box, an overlay) lies over it.
     */
    boolean reachable(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var e = arguments[0]; e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
                        + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + "return hit === e || e.contains(hit);", find(css)));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The form field whose label contains {@code label} (Camunda Forms link label and input by id). */
    WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[contains(normalize-space(.)," + literal(label) + ")]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    void click(String css) {
        clickWhenReady(By.cssSelector(css));
    }

    /** Clicks once the element is clickable; Angular may re-render it meanwhile, then it is looked up again. */
    private void clickWhenReady(By locator) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                    if (element == null) {
                        return false;
                    }
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                });
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Writes {@code target/screenshots/NN-name.png}, numbered in the order of the steps. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Screenshot and page source of a failed step, for the reader of the test report. */
    void evidence(String name) {
        Path png = screenshot(name);
        try {
            Files.writeString(png.resolveSibling(png.getFileName().toString().replace(".png", ".html")),
                    driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends this test's use of the shared browser: its session and storage are dropped, the browser stays. */
    @Override
    public void close() {
        try {
            // on the application's origin still (every test logs in): its cookies and storage go
            driver.manage().deleteAllCookies();
            ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            driver.get("about:blank");
        } catch (org.openqa.selenium.WebDriverException gone) {
            // the next test starts a fresh browser (sharedDriver)
        }
    }

    private static By byText(String text) {
        return By.xpath("//*[normalize-space(text())=" + literal(text) + "]");
    }

    private static String xpathOf(String css) {
        if (css.startsWith(".")) {
            return "//*[contains(concat(' ', normalize-space(@class), ' '), ' " + css.substring(1) + " ')]";
        }
        return "//" + css;
    }

    /** An XPath string literal for any text (texts with both quote kinds are joined with concat()). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
