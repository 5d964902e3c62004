# Shared by the deploy/local commands: settings (each overridable from the environment) and the
# steps they are made of. Sourced, not run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${RUN_DIR:-$ROOT/deploy/local/.run}
SERVICES=(statements signatories recommendations)

export DB_HOST=${DB_HOST:-127.0.0.1}
export DB_PORT=${DB_PORT:-5432}
export DB_USER=${DB_USER:-postgres}
export DB_PASSWORD=${DB_PASSWORD:-}
export STATEMENTS_DB=${STATEMENTS_DB:-statements}
export SIGNATORIES_DB=${SIGNATORIES_DB:-signatories}
export RECOMMENDATIONS_DB=${RECOMMENDATIONS_DB:-recommendations}
export GATEWAY_PORT=${GATEWAY_PORT:-8080}
# The gateway's address as clients reach it; the OpenAPI documents name it as their server.
export PUBLIC_URL=${PUBLIC_URL:-http://localhost:$GATEWAY_PORT}
export STATEMENTS_PORT=${STATEMENTS_PORT:-8081}
export SIGNATORIES_PORT=${SIGNATORIES_PORT:-8082}
export RECOMMENDATIONS_PORT=${RECOMMENDATIONS_PORT:-8083}
export JWT_ISSUER=${JWT_ISSUER:-https://platform.local/issuer}
export JWT_PUBLIC_KEY_LOCATION=${JWT_PUBLIC_KEY_LOCATION:-file:$RUN_DIR/jwt/public.pem}
# signatories-service asks statements-service directly, not through the gateway.
export STATEMENTS_URL=${STATEMENTS_URL:-http://127.0.0.1:$STATEMENTS_PORT}
# Writes the gateway lets through a minute (a window that opens with the first): anonymous registrations and
# comments per client address, and any write per credential, an editor's bearer token or an organization's key.
REGISTRATIONS_PER_MINUTE=${REGISTRATIONS_PER_MINUTE:-10}
COMMENTS_PER_MINUTE=${COMMENTS_PER_MINUTE:-20}
TOKEN_WRITES_PER_MINUTE=${TOKEN_WRITES_PER_MINUTE:-600}
API_KEY_WRITES_PER_MINUTE=${API_KEY_WRITES_PER_MINUTE:-120}
# How long the gateway answers anonymous GETs from its cache; 0 turns the cache off.
ANONYMOUS_CACHE_SECONDS=${ANONYMOUS_CACHE_SECONDS:-1}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseParallelGC}
export PGPASSWORD=$DB_PASSWORD
# Where Debian's nginx keeps its dynamic modules (the Lua module and the development kit it needs).
NGINX_MODULES=${NGINX_MODULES:-/usr/lib/nginx/modules}

say() { printf '==> %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

upper() { tr '[:lower:]' '[:upper:]' <<<"$1"; }
port_of() { local var; var="$(upper "$1")_PORT"; echo "${!var}"; }
database_of() { local var; var="$(upper "$1")_DB"; echo "${!var}"; }

psql_admin() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -qtA "$@"; }

ensure_tools() {
    local missing=()
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
    # The gateway counts rate limits in Lua (RateLimit headers need the remaining count, which limit_req keeps to itself).
    [ -f "$NGINX_MODULES/ngx_http_lua_module.so" ] || missing+=(libnginx-mod-http-lua)
    command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing ${missing[*]}"
        [ "$(id -u)" = 0 ] || fail "need root to install ${missing[*]}; install them and run again"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
    command -v java >/dev/null 2>&1 || fail "java (17 or later) is not installed"
}

ensure_postgres() {
    if pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; then
        return
    fi
    if [ "$DB_HOST" = 127.0.0.1 ] || [ "$DB_HOST" = localhost ]; then
        say "starting PostgreSQL"
        local version
        version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
        [ -n "$version" ] || fail "PostgreSQL is not installed (apt-get install postgresql) and nothing answers on $DB_HOST:$DB_PORT"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start
        for _ in $(seq 1 30); do pg_isready -q -h "$DB_HOST" -p "$DB_PORT" && return; sleep 1; done
    fi
    fail "PostgreSQL does not answer on $DB_HOST:$DB_PORT"
}

ensure_database() {
    local name=$1
    if [ -z "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$name'")" ]; then
        say "creating database $name"
        psql_admin -d postgres -c "create database \"$name\""
    fi
}

recreate_database() {
    local name=$1
    psql_admin -d postgres -c "drop database if exists \"$name\" with (force)"
    psql_admin -d postgres -c "create database \"$name\""
}

# The local key pair that signs editors' tokens; made once, kept under the git-ignored run folder.
ensure_keys() {
    local dir=$RUN_DIR/jwt
    if [ ! -s "$dir/private.pem" ]; then
        say "generating the local token-signing key pair in $dir"
        mkdir -p "$dir"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
        openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
        chmod 600 "$dir/private.pem"
    fi
}

pid_of() {
    local file=$RUN_DIR/$1.pid
    [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

service_jar() { echo "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }

start_service() {
    local name=$1
    if pid_of "$name" >/dev/null; then
        say "$name-service is already running (pid $(pid_of "$name"))"
        return
    fi
    [ -f "$(service_jar "$name")" ] || fail "$(service_jar "$name") is missing; build first"
    say "starting $name-service on port $(port_of "$name")"
    mkdir -p "$RUN_DIR/logs"
    # shellcheck disable=SC2086
    setsid nohup java $JAVA_OPTS -jar "$(service_jar "$name")" >>"$RUN_DIR/logs/$name.log" 2>&1 </dev/null &
    echo $! >"$RUN_DIR/$name.pid"
}

stop_pid_file() {
    local label=$1 file=$2 pid
    [ -s "$file" ] || return 0
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        say "stopping $label (pid $pid)"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

render_gateway_config() {
    local swagger_ui=$ROOT/deploy/gateway/target/swagger-ui
    [ -f "$swagger_ui/index.html" ] || fail "$swagger_ui is missing; build first"
    [[ $ANONYMOUS_CACHE_SECONDS =~ ^[0-9]+$ ]] || fail "ANONYMOUS_CACHE_SECONDS must be a whole number of seconds"
    local limit
    for limit in REGISTRATIONS_PER_MINUTE COMMENTS_PER_MINUTE TOKEN_WRITES_PER_MINUTE API_KEY_WRITES_PER_MINUTE; do
        [[ ${!limit} =~ ^[1-9][0-9]{0,8}$ ]] || fail "$limit must be a whole number of requests a minute, at least 1"
    done
    mkdir -p "$RUN_DIR/logs" "$RUN_DIR/gateway-temp" "$RUN_DIR/gateway-cache"
    sed -e "s#@RUN_DIR@#$RUN_DIR#g" \
        -e "s#@GATEWAY_PORT@#$GATEWAY_PORT#g" \
        -e "s#@SWAGGER_UI_DIR@#$swagger_ui#g" \
        -e "s#@GATEWAY_DIR@#$ROOT/deploy/gateway#g" \
        -e "s#@REGISTRATIONS_PER_MINUTE@#$REGISTRATIONS_PER_MINUTE#g" \
        -e "s#@COMMENTS_PER_MINUTE@#$COMMENTS_PER_MINUTE#g" \
        -e "s#@TOKEN_WRITES_PER_MINUTE@#$TOKEN_WRITES_PER_MINUTE#g" \
        -e "s#@API_KEY_WRITES_PER_MINUTE@#$API_KEY_WRITES_PER_MINUTE#g" \
        -e "s#@NGINX_MODULES@#$NGINX_MODULES#g" \
        -e "s#@ANONYMOUS_CACHE@#$([ "$ANONYMOUS_CACHE_SECONDS" -gt 0 ] && echo anonymous_reads || echo off)#g" \
        -e "s#@ANONYMOUS_CACHE_SECONDS@#$(( ANONYMOUS_CACHE_SECONDS > 0 ? ANONYMOUS_CACHE_SECONDS : 1 ))#g" \
        -e "s#@STATEMENTS_UPSTREAM@#127.0.0.1:$STATEMENTS_PORT#g" \
        -e "s#@SIGNATORIES_UPSTREAM@#127.0.0.1:$SIGNATORIES_PORT#g" \
        -e "s#@RECOMMENDATIONS_UPSTREAM@#127.0.0.1:$RECOMMENDATIONS_PORT#g" \
        "$ROOT/deploy/gateway/nginx.conf.template" >"$RUN_DIR/gateway.conf"
    "$NGINX" -t -q -p "$RUN_DIR" -c "$RUN_DIR/gateway.conf" -e "$RUN_DIR/logs/gateway-error.log"
}

start_gateway() {
    render_gateway_config
    if pid_of gateway >/dev/null; then
        say "reloading the gateway on port $GATEWAY_PORT"
        "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/gateway.conf" -e "$RUN_DIR/logs/gateway-error.log" -s reload
    else
        # What an earlier run cached may describe data that has changed since; a started gateway starts empty.
        rm -rf "$RUN_DIR/gateway-cache" && mkdir -p "$RUN_DIR/gateway-cache"
        say "starting the gateway on port $GATEWAY_PORT"
        "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/gateway.conf" -e "$RUN_DIR/logs/gateway-error.log"
    fi
}

wait_ready() {
    local name=$1 url="http://127.0.0.1:$GATEWAY_PORT/health/$1"
    for _ in $(seq 1 240); do
        if curl -fsS -o /dev/null "$url" 2>/dev/null; then
            say "$name-service is ready"
            return
        fi
        if ! pid_of "$name" >/dev/null; then
            tail -n 40 "$RUN_DIR/logs/$name.log" >&2 || true
            fail "$name-service stopped while starting; its log is $RUN_DIR/logs/$name.log"
        fi
        sleep 0.5
    done
    fail "$name-service was not ready after 120 s; its log is $RUN_DIR/logs/$name.log"
}

# Demo data: one idempotent SQL file a service, applied after the service's own migrations ran.
load_demo_data() {
    local name=$1 file=$ROOT/deploy/demo/$1.sql
    [ -f "$file" ] || return 0
    say "loading demo data into $(database_of "$name")"
    psql_admin -d "$(database_of "$name")" -1 -f "$file" >/dev/null
}
