using System.Net;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>A set of virtual clients at the sign-in form, each on its own connection, disposed together.</summary>
internal sealed class SignInForms : IDisposable
{
    private SignInForms(IReadOnlyList<SignInForm> all) => All = all;

    public IReadOnlyList<SignInForm> All { get; }

    public static async Task<SignInForms> OpenAsync(BenchHost host, int count, IPAddress? from = null)
    {
        var forms = new List<SignInForm>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                forms.Add(await SignInForm.OpenAsync(host.NewClient(useCookies: false, from)));
            }
        }
        catch
        {
            forms.ForEach(f => f.Dispose());
            throw;
        }

        return new SignInForms(forms);
    }

    public void Dispose()
    {
        foreach (var form in All)
        {
            form.Dispose();
        }
    }
}
