# The Graph service, built in the .NET 10 SDK image (with Node.js for the IDE's npm packages) and run in the ASP.NET image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Api/Graph.Api.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Ingested when the store is empty (found by walking up from the program's folder).
COPY samples ./samples
ENV ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Graph.Api.dll"]
