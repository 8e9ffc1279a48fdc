# The Story HTTP server (Story.Server), as docker-compose.yml runs it next to PostgreSQL.
# Build: docker build -t story .    Run: docker compose up
# Kept consistent with docker-compose.yml by tests/Story.Tests/Deployment/ComposeFileTests.cs.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files and the shared build settings only, so that the layer is reused until they change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Story.Core/Story.Core.csproj src/Story.Core/
COPY src/Story.Sqlite/Story.Sqlite.csproj src/Story.Sqlite/
COPY src/Story.Postgres/Story.Postgres.csproj src/Story.Postgres/
COPY src/Story.KurrentDb/Story.KurrentDb.csproj src/Story.KurrentDb/
COPY src/Story.Extraction/Story.Extraction.csproj src/Story.Extraction/
COPY src/Story.Application/Story.Application.csproj src/Story.Application/
COPY src/Story.Server/Story.Server.csproj src/Story.Server/
COPY projections/Story.Projections/Story.Projections.csproj projections/Story.Projections/
RUN dotnet restore src/Story.Server/Story.Server.csproj
COPY src/ src/
COPY projections/ projections/
# The seed story is copied beside every program that references Story.Application.
COPY data/seeds/ data/seeds/
RUN dotnet publish src/Story.Server/Story.Server.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# STORY_URLS is what Story.Server listens on; ASPNETCORE_URLS says the same to Kestrel itself (the image's default is port 8080).
ENV STORY_URLS=http://0.0.0.0:5080 \
    ASPNETCORE_URLS=http://0.0.0.0:5080
EXPOSE 5080
# The non-root user the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Story.Server.dll"]
