# syntax=docker/dockerfile:1
# SecurityTrax HTTP gateway image. Build context: the repository root, e.g.
#   docker build -f docker/gateway.Dockerfile -t securitytrax-gateway .
# Configuration comes from environment variables (Cluster__*, ConnectionStrings__Runtime,
# Auth__SigningKey, Urls); see docker/compose.yaml.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Only what the gateway needs: tests/ and the solution file are not part of the image build
# (restoring the .sln would require the test projects).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# The NuGet cache mount keeps package downloads between builds.
RUN --mount=type=cache,id=securitytrax-nuget,target=/root/.nuget/packages \
    dotnet publish src/Gateway/SecurityTrax.Gateway.csproj -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# Listen on 8080 on all interfaces of the container. Unprefixed "Urls" is used because
# appsettings.json sets "Urls" (loopback, for local runs), which would win over
# ASPNETCORE_URLS. ASPNETCORE_HTTP_PORTS (set by the base image) is cleared so that Kestrel
# does not warn about overriding it.
ENV Urls=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
EXPOSE 8080
# Non-root user provided by the .NET images.
USER $APP_UID
ENTRYPOINT ["dotnet", "SecurityTrax.Gateway.dll"]
