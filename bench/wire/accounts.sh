# Sourced by bench/wire/run.sh and bench/wire/ceiling.sh: benchmark rows as
# 1000-row INSERT statements on stdout.
#   batched_inserts TABLE N AWK_ROW   AWK_ROW prints row j (1..N), e.g. with printf
#   bench_accounts_inserts N          the bench_accounts rows both scripts load
batched_inserts() {
  awk -v table="$1" -v n="$2" 'BEGIN {
    for (i = 1; i <= n; i += 1000) {
      e = i + 999; if (e > n) e = n
      printf "INSERT INTO %s VALUES ", table
      for (j = i; j <= e; j++) { if (j > i) printf ","; '"$3"' }
      print ";"
    } }'
}
bench_accounts_inserts() {
  batched_inserts bench_accounts "$1" 'printf "(%d,%d,0,'"'"'account-filler-text'"'"')", j, int((j - 1) / 100000) + 1'
}
