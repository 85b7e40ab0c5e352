SELECT grp, count(*), sum(val), avg(price) FROM bench_facts GROUP BY grp;
