using Microsoft.Playwright;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Browser;

/// <summary>
/// A real host and Debian's chromium, driven by Playwright. The browser is the system one
/// (<c>WROTACELNE_CHROMIUM</c>, default <c>/usr/bin/chromium</c>, installed by test.sh); Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TestHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // No write-off: the sending test watches the page reach MRN and release, which a write-off could overtake.
        Host = await TestHost.StartAsync(new Dictionary<string, string> { ["GatewaySimulator:Delays:WriteOff"] = "" });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("WROTACELNE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), starting at the host's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.Address.ToString(), IgnoreHTTPSErrors = true });
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page in through the sign-in form, as a person would.</summary>
    public async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#sign-in button[type=submit]");
    }

    /// <summary>After a sign-in with a handed-out password the page asks for one's own; choose it there.</summary>
    public async Task ChooseOwnPasswordAsync(IPage page, string oneTimePassword, string newPassword)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password$"));
        await Assertions.Expect(page.Locator("#must-change")).ToBeVisibleAsync();
        await page.FillAsync("#Input_CurrentPassword", oneTimePassword);
        await page.FillAsync("#Input_NewPassword", newPassword);
        await page.FillAsync("#Input_Confirmation", newPassword);
        await page.ClickAsync("#change-password button[type=submit]");
        await Assertions.Expect(page.Locator("#notice")).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
