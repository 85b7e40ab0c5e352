# Sourced by bench/wire/run.sh and bench/wire/ceiling.sh: the rows of the
# bench_accounts table both load, as 1000-row INSERT statements on stdout.
#   bench_accounts_inserts N
bench_accounts_inserts() {
  awk -v n="$1" 'BEGIN {
    for (i = 1; i <= n; i += 1000) {
      e = i + 999; if (e > n) e = n
      printf "INSERT INTO bench_accounts VALUES "
      for (j = i; j <= e; j++)
        printf "%s(%d,%d,0,'"'"'account-filler-text'"'"')", (j > i ? "," : ""), j, int((j - 1) / 100000) + 1
      print ";"
    } }'
}
