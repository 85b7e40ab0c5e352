\set aid random(1, :accounts)
SELECT abalance FROM bench_accounts WHERE aid = :aid;
