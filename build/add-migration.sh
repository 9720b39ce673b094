#!/usr/bin/env bash
# Adds an EF Core migration to one module and keeps the generated types internal (module rule).
# usage: build/add-migration.sh <Module> <MigrationName>     e.g. build/add-migration.sh Billing AddInvoices
set -euo pipefail
module=${1:?module name, e.g. Billing}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/modules/$module/WrotaCelne.Modules.$module"
cd "$root"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project "$project" --output-dir Infrastructure/Migrations
sed -i -E 's/^(\s*)public (partial )?class /\1internal \2class /' "$project"/Infrastructure/Migrations/*.cs
echo "Added $name to $module (types made internal)."
