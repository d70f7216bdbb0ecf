#!/usr/bin/env bash
# Packaging test: packs the seven Cooperation.* packages into a local folder feed, creates a fresh console
# project outside the repository that references them by package id from that feed only, builds it and runs it.
# Fails (non-zero exit) if a package is missing, lacks its metadata, README or XML docs, or the program fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="0.0.0-smoke.$(date +%s)"

echo "== pack $version into $feed"
for p in Abstractions Rules Directory Directory.Sqlite Drafting Tracking Tracking.Sqlite; do
  dotnet pack "$repo/src/Cooperation.$p/Cooperation.$p.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
done

echo "== check package contents"
for p in Abstractions Rules Directory Directory.Sqlite Drafting Tracking Tracking.Sqlite; do
  nupkg="$feed/Cooperation.$p.$version.nupkg"
  [ -f "$nupkg" ] || { echo "missing $nupkg"; exit 1; }
  [ -f "$feed/Cooperation.$p.$version.snupkg" ] || { echo "missing symbols for Cooperation.$p"; exit 1; }
  listing=$(unzip -l "$nupkg")
  for f in README.md "lib/net10.0/Cooperation.$p.dll" "lib/net10.0/Cooperation.$p.xml"; do
    grep -q "$f" <<<"$listing" || { echo "Cooperation.$p: $f not in package"; exit 1; }
  done
  nuspec=$(unzip -p "$nupkg" "Cooperation.$p.nuspec")
  for tag in '<id>' '<version>' '<authors>' '<description>' '<license type="expression">' '<tags>' '<projectUrl>' '<readme>' '<repository'; do
    grep -q "$tag" <<<"$nuspec" || { echo "Cooperation.$p: nuspec lacks $tag"; exit 1; }
  done
done

echo "== fresh consumer project"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Cooperation.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Cooperation.Abstractions" Version="$version" />
    <PackageReference Include="Cooperation.Rules" Version="$version" />
    <PackageReference Include="Cooperation.Directory" Version="$version" />
    <PackageReference Include="Cooperation.Directory.Sqlite" Version="$version" />
    <PackageReference Include="Cooperation.Drafting" Version="$version" />
    <PackageReference Include="Cooperation.Tracking" Version="$version" />
    <PackageReference Include="Cooperation.Tracking.Sqlite" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "$repo/tests/PackageSmoke/Program.cs.txt" "$consumer/Program.cs"
# A private package cache, so the Cooperation.* packages can only come from the feed just packed.
export NUGET_PACKAGES="$work/packages"
dotnet build "$consumer/Consumer.csproj" -c Release --nologo -v quiet
dotnet "$consumer/bin/Release/net10.0/Consumer.dll"
echo "== package smoke test passed"
