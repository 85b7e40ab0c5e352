#!/usr/bin/env bash
# pgbench 15 workflow (issue 3): initialise at scale $PGBENCH_SCALE (default 10) with the
# default init steps (dtgvp: client-side COPY load, VACUUM, primary keys) and with
# server-side generation (-I dtGvp: INSERT ... SELECT FROM generate_series), then run
# tpcb-like, simple-update (-N) and select-only (-S) in -M simple, extended and prepared
# with $PGBENCH_CLIENTS clients (default 8) for $PGBENCH_DURATION seconds each (default 30).
#
# Checks, each of which fails the test:
#   - every pgbench exits 0 and reports 0 failed transactions;
#   - after each init: 100000*s accounts, 10*s tellers, s branches, all balances 0, an empty
#     history, and the primary keys exist (a duplicate bid is rejected with 23505);
#   - after each run (pgbench truncates pgbench_history before it, as it always does
#     without -n): the change of sum(abalance) equals sum(history.delta); for tpcb-like the
#     changes of sum(bbalance) and sum(tbalance) equal it too, for simple-update and
#     select-only they are 0; select-only leaves history empty and balances unchanged;
#     history holds one row per processed transaction (tpcb-like, simple-update).
# A lost update (a READ COMMITTED UPDATE computed from a stale row) breaks the sums.
#
# Run:   AUGUR_BIN=build/src/server/augurdb tests/e2e/test_pgbench.sh
#        AUGUR_PORT=5445 tests/e2e/test_pgbench.sh        (any running server)
#        AUGUR_PG=1 tests/e2e/test_pgbench.sh             (throw-away PostgreSQL 15)
# Prints one "tps" line per run (not a benchmark: the CI machine is shared).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
export LC_ALL=C
unset PGOPTIONS PGPASSWORD 2>/dev/null || true

SCALE="${PGBENCH_SCALE:-10}"
CLIENTS="${PGBENCH_CLIENTS:-8}"
DURATION="${PGBENCH_DURATION:-30}"
PGBENCH="${PGBENCH:-$PG_BIN/pgbench}"

augur_ensure_target || { echo "test_pgbench: FAIL (no server)"; exit 1; }
CONN=(-h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER")
log="$(mktemp /tmp/augur-pgbench.XXXXXX)"
failures=()
fail() { failures+=("$1"); echo "FAIL: $1"; }

sql() {  # one value (or a |-separated row) from a query
  "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 "${CONN[@]}" -d "$AUGUR_DB" -c "$1" 2>&1
}

SUMS_SQL="SELECT (SELECT coalesce(sum(abalance), 0) FROM pgbench_accounts) || '|' ||
  (SELECT coalesce(sum(bbalance), 0) FROM pgbench_branches) || '|' ||
  (SELECT coalesce(sum(tbalance), 0) FROM pgbench_tellers) || '|' ||
  (SELECT coalesce(sum(delta), 0) FROM pgbench_history) || '|' ||
  (SELECT count(*) FROM pgbench_history)"

check_init() {  # label
  local label="$1" got expected
  got="$(sql "SELECT (SELECT count(*) FROM pgbench_accounts) || '|' || (SELECT count(*) FROM pgbench_tellers)
    || '|' || (SELECT count(*) FROM pgbench_branches) || '|' || (SELECT count(*) FROM pgbench_history)
    || '|' || (SELECT count(*) FROM pgbench_accounts WHERE abalance <> 0)
    || '|' || (SELECT count(DISTINCT bid) FROM pgbench_accounts)")"
  expected="$((100000 * SCALE))|$((10 * SCALE))|$SCALE|0|0|$SCALE"
  if [ "$got" = "$expected" ]; then
    echo "init $label: counts ok ($got)"
  else
    fail "init $label: accounts|tellers|branches|history|nonzero|bids = '$got', expected '$expected'"
  fi
  got="$("$PSQL" -X -A -t -q "${CONN[@]}" -d "$AUGUR_DB" -v VERBOSITY=verbose \
    -c "INSERT INTO pgbench_branches (bid, bbalance) VALUES (1, 0)" 2>&1)"
  if grep -q '23505' <<<"$got" && grep -q 'pgbench_branches_pkey' <<<"$got"; then
    echo "init $label: primary key pgbench_branches_pkey rejects a duplicate (23505)"
  else
    fail "init $label: duplicate bid not rejected by pgbench_branches_pkey: $got"
  fi
  got="$("$PSQL" -X -A -t -q "${CONN[@]}" -d "$AUGUR_DB" -v VERBOSITY=verbose \
    -c "INSERT INTO pgbench_accounts (aid, bid, abalance) VALUES ($((100000 * SCALE)), 1, 0)" 2>&1)"
  if ! grep -q 'pgbench_accounts_pkey' <<<"$got"; then
    fail "init $label: duplicate aid not rejected by pgbench_accounts_pkey: $got"
  fi
}

init() {  # label pgbench-args...
  local label="$1"; shift
  local t0=$SECONDS
  if ! "$PGBENCH" "${CONN[@]}" -i -s "$SCALE" "$@" "$AUGUR_DB" >"$log" 2>&1; then
    fail "pgbench -i $* exited non-zero"; tail -n 20 "$log"; return 1
  fi
  grep -E '^done in' "$log" | sed "s/^/init $label: /"
  echo "init $label: $((SECONDS - t0)) s"
  check_init "$label"
}

run() {  # mode builtin-flag (""|-N|-S)
  local mode="$1" flag="$2" name before after processed failed tps
  case "$flag" in -N) name=simple-update ;; -S) name=select-only ;; *) name=tpcb-like ;; esac
  before="$(sql "$SUMS_SQL")"
  # shellcheck disable=SC2086
  if ! "$PGBENCH" "${CONN[@]}" -c "$CLIENTS" -j 2 -T "$DURATION" -M "$mode" $flag "$AUGUR_DB" >"$log" 2>&1; then
    fail "$name -M $mode: pgbench exited non-zero"; tail -n 20 "$log"; return
  fi
  processed="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$log")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$log")"
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$log")"
  echo "run $name -M $mode: $processed transactions, $failed failed, tps = $tps"
  [ "${failed:-x}" = "0" ] || fail "$name -M $mode: $failed failed transactions"
  [ "${processed:-0}" -gt 0 ] || fail "$name -M $mode: no transaction processed"
  after="$(sql "$SUMS_SQL")"
  local a0 b0 t0 a1 b1 t1 hsum hcount
  IFS='|' read -r a0 b0 t0 _ _ <<<"$before"
  IFS='|' read -r a1 b1 t1 hsum hcount <<<"$after"
  local da=$((a1 - a0)) db=$((b1 - b0)) dt=$((t1 - t0))
  local want_b=$hsum want_t=$hsum want_count=$processed
  case "$name" in
    simple-update) want_b=0; want_t=0 ;;
    select-only) want_b=0; want_t=0; want_count=0 ;;
  esac
  if [ "$da" = "$hsum" ] && [ "$db" = "$want_b" ] && [ "$dt" = "$want_t" ] && [ "$hcount" = "$want_count" ] \
      && { [ "$name" != select-only ] || [ "$hsum" = 0 ]; }; then
    echo "run $name -M $mode: sums agree (change of abalance $da, bbalance $db, tbalance $dt;" \
      "history $hcount rows, sum(delta) $hsum)"
  else
    fail "$name -M $mode: sums disagree: change of abalance $da, bbalance $db (want $want_b)," \
      "tbalance $dt (want $want_t), sum(delta) $hsum, history rows $hcount (want $want_count)"
  fi
}

echo "test_pgbench: server $AUGUR_HOST:$AUGUR_PORT, scale $SCALE, $CLIENTS clients, $DURATION s per run"
init "server-side (-I dtGvp)" -I dtGvp
init "default (dtgvp)"
for mode in simple extended prepared; do
  for flag in "" -N -S; do run "$mode" "$flag"; done
done
final="$(sql "$SUMS_SQL")"
echo "final sums abalance|bbalance|tbalance|sum(delta)|history rows: $final"
"$PGBENCH" "${CONN[@]}" -i -I d "$AUGUR_DB" >/dev/null 2>&1 || fail "pgbench -i -I d (drop tables) failed"

rm -f "$log"
if [ ${#failures[@]} -eq 0 ]; then
  echo "test_pgbench: PASS (2 inits, 9 runs)"
  exit 0
fi
echo "test_pgbench: FAIL"
for f in "${failures[@]}"; do echo "  - $f"; done
exit 1
