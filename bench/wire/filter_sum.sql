SELECT count(*), sum(val), sum(price) FROM bench_facts WHERE cat < 10;
