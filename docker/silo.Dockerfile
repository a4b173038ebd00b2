# syntax=docker/dockerfile:1
# SecurityTrax silo image. Build context: the repository root, e.g.
#   docker build -f docker/silo.Dockerfile -t securitytrax-silo .
# Configuration comes from environment variables (ConnectionStrings__Owner,
# ConnectionStrings__Runtime, Cluster__*, Bootstrap__*); see docker/compose.yaml.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Only what the silo needs: tests/ and the solution file are not part of the image build
# (restoring the .sln would require the test projects).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# The NuGet cache mount keeps package downloads between builds.
RUN --mount=type=cache,id=securitytrax-nuget,target=/root/.nuget/packages \
    dotnet publish src/Silo/SecurityTrax.Silo.csproj -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0
# Invoice PDFs are printed in DejaVu Sans.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Bind all interfaces of the container; Cluster__AdvertisedAddress must still be set to an
# address or host name the other silos and the gateway can reach.
ENV Cluster__ListenAddress=0.0.0.0
# 11111: silo-to-silo, 30000: client gateway (Cluster__SiloPort / Cluster__GatewayPort).
EXPOSE 11111 30000
# Non-root user provided by the .NET images.
USER $APP_UID
ENTRYPOINT ["dotnet", "SecurityTrax.Silo.dll"]
