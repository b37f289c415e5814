#!/usr/bin/env bash
# Makes sure MariaDB/MySQL and Redis answer before the app or the tests start.
# For each: if it answers, fine; if it is installed but stopped, start it; if it is missing and
# this is Debian/Ubuntu as root, install it with apt-get; otherwise stop with a clear message.
# Hosts and ports come from DATABASE_URL and REDIS_URL (or .env); only local services are started.
set -euo pipefail
cd "$(dirname "$0")/.."

setting() { # name default: from the environment, else .env, else the default
  local value="${!1:-}"
  if [ -z "$value" ] && [ -f .env ]; then value=$(grep -E "^$1=" .env | tail -n1 | cut -d= -f2- || true); fi
  echo "${value:-$2}"
}
host_of() { echo "$1" | sed -E 's#^[a-z]+://([^@/]*@)?([^:/]+).*#\2#'; }
port_of() { local p; p=$(echo "$1" | sed -nE 's#^[a-z]+://([^@/]*@)?[^:/]+:([0-9]+).*#\2#p'); echo "${p:-$2}"; }
answers() { timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
is_local() { [[ "$1" == "127.0.0.1" || "$1" == "localhost" || "$1" == "::1" ]]; }
wait_for() { # host port name
  for _ in $(seq 1 60); do answers "$1" "$2" && return 0; sleep 0.5; done
  echo "✗ $3 did not start on $1:$2 within 30 s." >&2; return 1
}
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

DB_URL=$(setting DATABASE_URL mysql://root@127.0.0.1:3306/styringsdialog)
REDIS_URL_=$(setting REDIS_URL redis://127.0.0.1:6379)
DB_HOST=$(host_of "$DB_URL"); DB_PORT=$(port_of "$DB_URL" 3306)
REDIS_HOST=$(host_of "$REDIS_URL_"); REDIS_PORT=$(port_of "$REDIS_URL_" 6379)

ensure_database() {
  answers "$DB_HOST" "$DB_PORT" && return 0
  if ! is_local "$DB_HOST"; then
    echo "✗ MariaDB/MySQL at $DB_HOST:$DB_PORT (DATABASE_URL) does not answer. Start it, or point DATABASE_URL elsewhere." >&2; exit 1
  fi
  if ! command -v mariadbd >/dev/null && ! [ -x /usr/sbin/mariadbd ] && ! command -v mysqld >/dev/null; then
    if can_apt; then
      echo "• Installing MariaDB with apt-get …"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    else
      echo "✗ MariaDB/MySQL is not installed and cannot be installed here (needs Debian/Ubuntu and root)." >&2
      echo "  Install MariaDB 10.11+ or MySQL 8, or run: docker compose up -d" >&2; exit 1
    fi
  fi
  echo "• Starting MariaDB on port $DB_PORT …"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  if [ -x /usr/sbin/mariadbd ]; then
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --port="$DB_PORT" >/dev/null
  else
    (service mariadb start || service mysql start) >/dev/null 2>&1
  fi
  wait_for "$DB_HOST" "$DB_PORT" MariaDB
}

ensure_redis() {
  answers "$REDIS_HOST" "$REDIS_PORT" && return 0
  if ! is_local "$REDIS_HOST"; then
    echo "✗ Redis at $REDIS_HOST:$REDIS_PORT (REDIS_URL) does not answer. Start it, or point REDIS_URL elsewhere." >&2; exit 1
  fi
  if ! command -v redis-server >/dev/null; then
    if can_apt; then
      echo "• Installing Redis with apt-get …"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    else
      echo "✗ Redis is not installed and cannot be installed here (needs Debian/Ubuntu and root)." >&2
      echo "  Install Redis 7, or run: docker compose up -d" >&2; exit 1
    fi
  fi
  echo "• Starting Redis on port $REDIS_PORT …"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  wait_for "$REDIS_HOST" "$REDIS_PORT" Redis
}

# Letters are rendered to PDF by headless Chromium; tests read PDFs back with pdftotext (poppler-utils).
ensure_chromium() {
  local chromium; chromium=$(setting CHROMIUM_PATH /usr/bin/chromium)
  [ -x "$chromium" ] && command -v pdftotext >/dev/null && return 0
  if can_apt; then
    echo "• Installing Chromium and poppler-utils with apt-get …"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "✗ Chromium ($chromium, CHROMIUM_PATH) or pdftotext is missing and cannot be installed here (needs Debian/Ubuntu and root)." >&2
    echo "  Install the chromium and poppler-utils packages, or set CHROMIUM_PATH to a Chromium binary." >&2; exit 1
  fi
}

# Archive-grade documents: Ghostscript (gs) and its ICC profiles give a letter's PDF its PDF/A-2b
# OutputIntent; xmllint (libxml2-utils) checks the archive extract against the Noark 5 schema.
ensure_archive_tools() {
  command -v gs >/dev/null && [ -f /usr/share/color/icc/ghostscript/srgb.icc ] && command -v xmllint >/dev/null && return 0
  if can_apt; then
    echo "• Installing Ghostscript and libxml2-utils with apt-get …"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ghostscript libxml2-utils >/dev/null
  else
    echo "✗ Ghostscript (gs) or xmllint is missing and cannot be installed here (needs Debian/Ubuntu and root)." >&2
    echo "  Install the ghostscript and libxml2-utils packages." >&2; exit 1
  fi
}

ensure_database
ensure_redis
ensure_chromium
ensure_archive_tools
echo "✓ MariaDB/MySQL ($DB_HOST:$DB_PORT), Redis ($REDIS_HOST:$REDIS_PORT), Chromium, Ghostscript and xmllint are ready."
