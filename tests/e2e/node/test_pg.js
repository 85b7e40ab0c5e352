// node-postgres (npm `pg`) end-to-end test (issue 3) against augurdb or PostgreSQL 15.
//
// Covers parameterized queries (extended protocol: unnamed and named prepared
// statements, parameters of several types, NULL), the simple protocol (several
// statements in one query), type parsing of results (int2/4/8, numeric, float,
// bool, text, date, timestamp, timestamptz, interval, bytea, uuid, NULL, int[]/text[]/int8[]; custom
// parsers; rowMode 'array'; field metadata), transactions (commit, rollback, a
// failed block 25P02, savepoints), errors with their SQLSTATE and fields, and a
// Pool (concurrent queries on several connections, a transaction on a checked-out
// client, release and end).
//
// Run: node test_pg.js   with AUGUR_HOST / AUGUR_PORT / AUGUR_USER / AUGUR_DB set
// (tests/e2e/test_node.sh does this). Prints "ok - name" / "not ok - name: reason"
// and "N passed, M failed"; exits 1 if anything failed.
'use strict';
process.env.TZ = 'UTC';
const assert = require('assert');
const pg = require('pg');

const config = {
  host: process.env.AUGUR_HOST || '127.0.0.1',
  port: Number(process.env.AUGUR_PORT),
  user: process.env.AUGUR_USER || 'postgres',
  database: process.env.AUGUR_DB || 'postgres',
};

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

async function sqlstate(promise) {
  try {
    await promise;
  } catch (e) {
    return e.code;
  }
  return '(no error)';
}

async function main() {
  const client = new pg.Client(config);
  await client.connect();
  await client.query('DROP TABLE IF EXISTS node_t');
  await client.query('DROP TABLE IF EXISTS node_pool');

  await check('connect: server version 15, parameters', async () => {
    const r = await client.query('SHOW server_version');
    assert.match(r.rows[0].server_version, /^15\./);
    assert.strictEqual(client.connectionParameters.database, config.database);
    const enc = await client.query('SHOW client_encoding');
    assert.strictEqual(enc.rows[0].client_encoding, 'UTF8');
  });

  await check('simple protocol: several statements in one query', async () => {
    const results = await client.query(
      'CREATE TABLE node_t (id int PRIMARY KEY, name text NOT NULL, amount numeric(12,2), ' +
        'created timestamptz); INSERT INTO node_t VALUES (1, \'one\', 1.5, NULL); SELECT count(*) AS n FROM node_t');
    assert.strictEqual(results.length, 3);
    assert.strictEqual(results[0].command, 'CREATE');
    assert.strictEqual(results[1].command, 'INSERT');
    assert.strictEqual(results[1].rowCount, 1);
    assert.strictEqual(results[2].rows[0].n, '1');
  });

  await check('parameterized queries: $n of several types, NULL, rowCount, RETURNING', async () => {
    const ins = await client.query(
      'INSERT INTO node_t (id, name, amount, created) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) RETURNING id, name',
      [2, 'two', '2.25', new Date(Date.UTC(2024, 1, 29, 12, 30, 0, 123)), 3, 'thrée ✓', null, null]);
    assert.strictEqual(ins.command, 'INSERT');
    assert.strictEqual(ins.rowCount, 2);
    assert.deepStrictEqual(ins.rows, [{ id: 2, name: 'two' }, { id: 3, name: 'thrée ✓' }]);
    const sel = await client.query('SELECT id, name, amount, created FROM node_t WHERE id = $1 OR name = $2 ORDER BY id',
      [2, 'thrée ✓']);
    assert.strictEqual(sel.rowCount, 2);
    assert.strictEqual(sel.rows[0].amount, '2.25');
    assert.strictEqual(sel.rows[0].created.toISOString(), '2024-02-29T12:30:00.123Z');
    assert.strictEqual(sel.rows[1].amount, null);
    const upd = await client.query('UPDATE node_t SET amount = amount + $1 WHERE id <= $2', ['0.5', 2]);
    assert.strictEqual(upd.command, 'UPDATE');
    assert.strictEqual(upd.rowCount, 2);
    const sum = await client.query('SELECT sum(amount) AS s FROM node_t WHERE id = ANY($1::int[])', [[1, 2, 3]]);
    assert.strictEqual(sum.rows[0].s, '4.75');
    const del = await client.query('DELETE FROM node_t WHERE id = $1', [3]);
    assert.strictEqual(del.rowCount, 1);
  });

  await check('named prepared statements reused across executions', async () => {
    for (let i = 10; i < 20; i++) {
      const r = await client.query({ name: 'node_ins', text: 'INSERT INTO node_t (id, name) VALUES ($1, $2)',
        values: [i, `n${i}`] });
      assert.strictEqual(r.rowCount, 1);
    }
    for (let i = 10; i < 20; i++) {
      const r = await client.query({ name: 'node_sel', text: 'SELECT name FROM node_t WHERE id = $1', values: [i] });
      assert.deepStrictEqual(r.rows, [{ name: `n${i}` }]);
    }
    const r = await client.query('SELECT count(*)::int AS n FROM node_t WHERE id BETWEEN 10 AND 19');
    assert.strictEqual(r.rows[0].n, 10);
  });

  await check('type parsing of results', async () => {
    const r = await client.query(
      "SELECT 1::int2 AS i2, 2147483647::int4 AS i4, 9007199254740993::int8 AS i8, 1.25::float4 AS f4, " +
        "3.141592653589793::float8 AS f8, 12345678901234567890.123::numeric AS n, true AS b, 'x'::text AS t, " +
        "'abc'::varchar(5) AS vc, '2024-02-29'::date AS d, '2001-09-09 01:46:40.5'::timestamp AS ts, " +
        "'2001-09-09 01:46:40+05'::timestamptz AS tstz, '1 day 02:03:04'::interval AS iv, " +
        "'\\x00ff10'::bytea AS by, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, NULL::int AS nul");
    const row = r.rows[0];
    assert.strictEqual(row.i2, 1);
    assert.strictEqual(row.i4, 2147483647);
    assert.strictEqual(row.i8, '9007199254740993');
    assert.strictEqual(row.f4, 1.25);
    assert.strictEqual(row.f8, 3.141592653589793);
    assert.strictEqual(row.n, '12345678901234567890.123');
    assert.strictEqual(row.b, true);
    assert.strictEqual(row.t, 'x');
    assert.strictEqual(row.vc, 'abc');
    assert.ok(row.d instanceof Date);
    assert.strictEqual(row.d.toISOString(), '2024-02-29T00:00:00.000Z');
    assert.strictEqual(row.ts.toISOString(), '2001-09-09T01:46:40.500Z');
    assert.strictEqual(row.tstz.toISOString(), '2001-09-08T20:46:40.000Z');
    assert.deepStrictEqual({ days: row.iv.days, hours: row.iv.hours, minutes: row.iv.minutes, seconds: row.iv.seconds },
      { days: 1, hours: 2, minutes: 3, seconds: 4 });
    assert.ok(Buffer.isBuffer(row.by));
    assert.strictEqual(row.by.toString('hex'), '00ff10');
    assert.strictEqual(row.u, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    assert.strictEqual(row.nul, null);
    const oids = Object.fromEntries(r.fields.map((f) => [f.name, f.dataTypeID]));
    assert.deepStrictEqual(oids, { i2: 21, i4: 23, i8: 20, f4: 700, f8: 701, n: 1700, b: 16, t: 25, vc: 1043, d: 1082,
      ts: 1114, tstz: 1184, iv: 1186, by: 17, u: 2950, nul: 23 });
    // Parameters of the same types come back unchanged.
    const p = await client.query('SELECT $1::bytea AS by, $2::int8 AS i8, $3::bool AS b, $4::timestamptz AS tz',
      [Buffer.from([0, 1, 254, 255]), '-9223372036854775808', false, new Date(Date.UTC(1999, 11, 31, 23, 59, 59))]);
    assert.strictEqual(p.rows[0].by.toString('hex'), '0001feff');
    assert.strictEqual(p.rows[0].i8, '-9223372036854775808');
    assert.strictEqual(p.rows[0].b, false);
    assert.strictEqual(p.rows[0].tz.toISOString(), '1999-12-31T23:59:59.000Z');
  });

  await check('arrays: int[] and text[] results, array parameters', async () => {
    const r = await client.query("SELECT ARRAY[1, 2, NULL, 4] AS ints, '{a,\"b c\",NULL}'::text[] AS texts, " +
      '$1::int8[] AS param, cardinality($2::text[]) AS n', [['9007199254740993', '-1'], ['x', 'y', 'z']]);
    assert.deepStrictEqual(r.rows[0].ints, [1, 2, null, 4]);
    assert.deepStrictEqual(r.rows[0].texts, ['a', 'b c', null]);
    assert.deepStrictEqual(r.rows[0].param, ['9007199254740993', '-1']);
    assert.strictEqual(r.rows[0].n, 3);
    assert.deepStrictEqual(r.fields.map((f) => f.dataTypeID), [1007, 1009, 1016, 23]);
  });

  await check('custom type parsers and rowMode array', async () => {
    const r = await client.query({
      text: 'SELECT 42::int8 AS big, 1.50::numeric(4,2) AS n, $1::text AS t',
      values: ['v'],
      rowMode: 'array',
      types: {
        getTypeParser: (oid, format) => {
          if (oid === 20) return (v) => BigInt(v);
          if (oid === 1700) return (v) => Number(v);
          return pg.types.getTypeParser(oid, format);
        },
      },
    });
    assert.deepStrictEqual(r.rows, [[42n, 1.5, 'v']]);
    assert.deepStrictEqual(r.fields.map((f) => f.name), ['big', 'n', 't']);
  });

  await check('transactions: commit, rollback, failed block 25P02, savepoints', async () => {
    const other = new pg.Client(config);
    await other.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO node_t (id, name) VALUES ($1, $2)', [100, 'rolled back']);
      let seen = await other.query('SELECT count(*)::int AS n FROM node_t WHERE id = 100');
      assert.strictEqual(seen.rows[0].n, 0);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query('INSERT INTO node_t (id, name) VALUES ($1, $2)', [101, 'committed']);
      await client.query('SAVEPOINT s1');
      await client.query('INSERT INTO node_t (id, name) VALUES ($1, $2)', [102, 'undone']);
      await client.query('ROLLBACK TO SAVEPOINT s1');
      assert.strictEqual(await sqlstate(client.query('INSERT INTO node_t (id, name) VALUES ($1, $2)', [101, 'dup'])),
        '23505');
      assert.strictEqual(await sqlstate(client.query('SELECT 1')), '25P02');
      await client.query('ROLLBACK TO SAVEPOINT s1');
      await client.query('RELEASE SAVEPOINT s1');
      const c = await client.query('COMMIT');
      assert.strictEqual(c.command, 'COMMIT');
      seen = await other.query('SELECT id FROM node_t WHERE id >= 100 ORDER BY id');
      assert.deepStrictEqual(seen.rows, [{ id: 101 }]);
      // COMMIT of a failed block answers ROLLBACK.
      await client.query('BEGIN');
      await sqlstate(client.query('SELECT * FROM node_nosuch'));
      const rb = await client.query('COMMIT');
      assert.strictEqual(rb.command, 'ROLLBACK');
    } finally {
      await other.end();
    }
  });

  await check('errors: SQLSTATE, message, constraint, position', async () => {
    try {
      await client.query('INSERT INTO node_t (id, name) VALUES (1, $1)', ['dup']);
      assert.fail('no error');
    } catch (e) {
      assert.strictEqual(e.code, '23505');
      assert.strictEqual(e.message, 'duplicate key value violates unique constraint "node_t_pkey"');
      assert.strictEqual(e.detail, 'Key (id)=(1) already exists.');
      assert.strictEqual(e.severity, 'ERROR');
    }
    try {
      await client.query('SELECT nosuchcolumn FROM node_t');
      assert.fail('no error');
    } catch (e) {
      assert.strictEqual(e.code, '42703');
      assert.strictEqual(e.position, '8');
    }
    assert.strictEqual(await sqlstate(client.query('SELECT $1::int', ['x'])), '22P02');
    assert.strictEqual(await sqlstate(client.query('SELECT 1/0')), '22012');
    // The connection is still usable after errors outside a block.
    const r = await client.query('SELECT 1 AS one');
    assert.strictEqual(r.rows[0].one, 1);
  });

  await check('pool: concurrent queries, a transaction on a checked-out client, release, end', async () => {
    await client.query('CREATE TABLE node_pool (id int PRIMARY KEY, worker int NOT NULL)');
    const pool = new pg.Pool({ ...config, max: 4 });
    try {
      const jobs = [];
      for (let i = 0; i < 40; i++) {
        jobs.push(pool.query('INSERT INTO node_pool VALUES ($1, $2) RETURNING id', [i, i % 4]));
      }
      const results = await Promise.all(jobs);
      assert.strictEqual(results.length, 40);
      assert.ok(pool.totalCount <= 4, `pool opened ${pool.totalCount} connections`);
      const pids = new Set();
      const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
      try {
        for (const c of clients) pids.add((await c.query('SELECT pg_backend_pid() AS p')).rows[0].p);
      } finally {
        clients.forEach((c) => c.release());
      }
      assert.strictEqual(pids.size, 3, 'three checked-out clients are three sessions');
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        await tx.query('UPDATE node_pool SET worker = worker + 10 WHERE id < $1', [10]);
        await tx.query('ROLLBACK');
        await tx.query('BEGIN');
        await tx.query('DELETE FROM node_pool WHERE id >= $1', [30]);
        await tx.query('COMMIT');
      } finally {
        tx.release();
      }
      const r = await pool.query('SELECT count(*)::int AS n, sum(worker)::int AS w FROM node_pool');
      assert.deepStrictEqual(r.rows[0], { n: 30, w: 43 });
      assert.strictEqual(await sqlstate(pool.query('SELECT * FROM node_nosuch')), '42P01');
    } finally {
      await pool.end();
    }
    assert.strictEqual(pool.totalCount, 0);
  });

  await client.query('DROP TABLE IF EXISTS node_t');
  await client.query('DROP TABLE IF EXISTS node_pool');
  await client.end();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.log(`not ok - setup: ${e && e.stack ? e.stack : e}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
