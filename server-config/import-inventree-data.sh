#!/usr/bin/env bash
# Loads InvenTree data (Django fixtures, as `manage.py dumpdata` writes them) into a running
# Stocktree server through POST /api/system/import/. See docs/data-import.md.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: import-inventree-data.sh [-s URL] [-u USER] FILE...

Imports InvenTree data files (Django fixtures: *.json, *.yaml, *.yml) into a running Stocktree
server, in the order given, as ONE import: if any record fails, nothing is imported, and the error
names the record (model, pk, file). Records may refer to records of a later file.

  -s URL    the server (default: $STOCKTREE_URL, else http://localhost:8080)
  -u USER   a superuser's name (default: $STOCKTREE_IMPORT_USER, else admin); the password is
            read from $STOCKTREE_IMPORT_PASSWORD, or asked for
  -h        this text

Prints the server's report: records imported, records that matched existing rows (unchanged) and
records of models Stocktree does not import yet (skipped), by model. Exits non-zero on failure.

The ids of imported records are kept. A running server refuses ids it may already have reserved
for new rows; to load a dump whose ids overlap (e.g. a full InvenTree export), put the files in
the start-up folder (stocktree.import.dir) of a fresh server instead.

Example:
  STOCKTREE_IMPORT_PASSWORD=secret import-inventree-data.sh -s https://stock.example.com groups.json users.json
USAGE
}

server="${STOCKTREE_URL:-http://localhost:8080}"
user="${STOCKTREE_IMPORT_USER:-admin}"
while getopts "s:u:h" option; do
    case "$option" in
        s) server="$OPTARG" ;;
        u) user="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ "$#" -eq 0 ]; then
    usage >&2
    exit 2
fi
for file in "$@"; do
    case "$file" in
        *.json|*.yaml|*.yml|*.JSON|*.YAML|*.YML) ;;
        *) echo "Not a .json, .yaml or .yml file: $file" >&2; exit 2 ;;
    esac
    [ -r "$file" ] || { echo "Cannot read $file" >&2; exit 2; }
done

password="${STOCKTREE_IMPORT_PASSWORD:-}"
if [ -z "$password" ]; then
    read -r -s -p "Password for $user: " password
    echo >&2
fi

body="$(mktemp)"
answer="$(mktemp)"
credentials="$(mktemp)"
trap 'rm -f "$body" "$answer" "$credentials"' EXIT
chmod 600 "$credentials"

# One file goes as it is. Several go as one YAML stream, a document per file (JSON is valid YAML),
# so the server imports them in one transaction.
if [ "$#" -eq 1 ] && [[ "$1" == *.json || "$1" == *.JSON ]]; then
    type="application/json"
    cat "$1" > "$body"
else
    type="application/yaml; charset=UTF-8"
    for file in "$@"; do
        cat "$file" >> "$body"
        printf '\n---\n' >> "$body"
    done
fi

# The credentials go through a file, not the command line, where other users could see them.
quoted="$user:$password"
quoted="${quoted//\\/\\\\}"
quoted="${quoted//\"/\\\"}"
printf 'user = "%s"\n' "$quoted" > "$credentials"
status="$(curl -sS -o "$answer" -w '%{http_code}' -K "$credentials" -X POST \
    -H "Content-Type: $type" --data-binary "@$body" "${server%/}/api/system/import/")"
cat "$answer"
echo
case "$status" in
    200) exit 0 ;;
    401|403) echo "Refused ($status): the import needs a superuser's credentials." >&2; exit 1 ;;
    *) echo "Import failed ($status); nothing was imported." >&2; exit 1 ;;
esac
