using Calcine.Application;
using Calcine.Application.Access;
using Calcine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Cli;

/// <summary>The application layer as the CLI runs it: the web host's registrations
/// (<see cref="CalcineApplicationServices.AddCalcineApplication"/>), acting as the system, in one
/// scope per command. Settings come from the environment, as the host's do (Cache__…, Benchmarks__…).</summary>
public sealed class ApplicationScope : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly AsyncServiceScope scope;

    private ApplicationScope(ServiceProvider provider)
    {
        this.provider = provider;
        scope = provider.CreateAsyncScope();
    }

    public static ApplicationScope Open(StorageOptions storage)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddCalcineApplication<SystemUser>(configuration, storage).AddCliIdentity();
        return new ApplicationScope(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
