using System.Text.RegularExpressions;
using Npgsql;
using Story.Application.Stores;

namespace Story.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the Dockerfile cannot be run where the tests run (no Docker engine), so they are read and
/// checked against what the code expects: the store Story is pointed at, the published ports, the start order.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private readonly SimpleYaml _compose = SimpleYaml.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "docker-compose.yml")));

    private SimpleYaml Services => _compose["services"];

    [Fact]
    public void Compose_Services_IncludePostgresAndStory()
    {
        Assert.Contains("postgres", Services.Map.Keys);
        Assert.Contains("story", Services.Map.Keys);
    }

    [Fact]
    public void Compose_StoryStore_IsTheComposePostgresService()
    {
        var value = Environment(Services["story"])["STORY_STORE"];

        Assert.StartsWith("postgres:", value, StringComparison.Ordinal);
        var location = StoreLocation.Parse(value);
        Assert.Equal(StoreEngine.Postgres, location.Engine);
        var connection = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal("postgres", connection.Host);
        Assert.Equal(5432, connection.Port);
        var postgres = Environment(Services["postgres"]);
        Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        Assert.Equal(postgres["POSTGRES_USER"], connection.Username);
        Assert.Equal(postgres["POSTGRES_PASSWORD"], connection.Password);
    }

    [Fact]
    public void Compose_Ports_PublishPostgres5432AndStory5080()
    {
        Assert.Contains(5432, ContainerPorts(Services["postgres"]));
        Assert.Contains(5080, ContainerPorts(Services["story"]));
        Assert.EndsWith(":5080", Environment(Services["story"])["STORY_URLS"], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Story_StartsOnlyOnceThePostgresHealthcheckPasses()
    {
        Assert.Equal("service_healthy", Services["story"]["depends_on"]["postgres"]["condition"].Scalar);
        Assert.Contains("pg_isready", Services["postgres"]["healthcheck"]["test"].Scalar, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_ForTheStoryService_BuildsTheServerAndExposes5080()
    {
        Assert.Equal(".", Services["story"]["build"].Scalar);
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot, "Dockerfile"));

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", dockerfile);
        Assert.Matches(@"(?m)^RUN dotnet publish src/Story\.Server/Story\.Server\.csproj ", dockerfile);
        Assert.Matches(@"(?m)^ENTRYPOINT \[""dotnet"", ""Story\.Server\.dll""\]$", dockerfile);
        Assert.Contains(5080, Exposed().Matches(dockerfile).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, "src", "Story.Server", "Story.Server.csproj")));
    }

    /// <summary>The environment as a map, whether written as a map or as a list of KEY=value.</summary>
    private static Dictionary<string, string> Environment(SimpleYaml service)
    {
        var environment = service["environment"];
        var pairs = environment.Map.Select(kv => (kv.Key, Value: kv.Value.Scalar ?? string.Empty))
            .Concat(environment.Items.Select(i => i.Split('=', 2)).Select(p => (Key: p[0], Value: p.Length > 1 ? p[1] : string.Empty)));
        return pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The container side of each published port ("5432:5432", "127.0.0.1:5080:5080/tcp", "5080").</summary>
    private static IEnumerable<int> ContainerPorts(SimpleYaml service) =>
        service["ports"].Items.Select(p => int.Parse(p.Split(':')[^1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Story.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Story.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"(?m)^EXPOSE\s+(\d+)")]
    private static partial Regex Exposed();
}
