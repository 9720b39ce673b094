using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>E-mail through the SMTP server in the <c>Mail</c> settings (none configured: nothing is sent).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
